//! The preview: the chosen document's pages as SVG, drawn from the same frames as the
//! PDF. Every text run carries its field path (`data-field`); a click on it focuses the
//! field it came from. Each page is an image labelled 「第 n 页」 and described by the
//! page's text in reading order (`render::text`, from the same frames), kept in a
//! hidden element: a screen reader reads the document, and the text costs no layout.

use super::use_ctx;
use crate::ui::i18n::{fmt, use_lang};
use crate::ui::state::Action;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    /// One SVG document per page (the renderer escapes every text and attribute).
    pub pages: Rc<Vec<AttrValue>>,
    /// Each page's text in reading order, by page.
    pub texts: Rc<Vec<AttrValue>>,
    /// How long the last layout took, for the status line.
    pub millis: f64,
}

#[function_component]
pub fn Preview(props: &PreviewProps) -> Html {
    let lang = use_lang();
    let ctx = use_ctx();
    let onclick = {
        let ctx = ctx.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                return;
            };
            if let Ok(Some(el)) = target.closest("[data-field]")
                && let Some(path) = el.get_attribute("data-field")
                && !path.is_empty()
            {
                ctx.send(Action::Focus(path));
            }
        })
    };
    let n = props.pages.len();
    html! {
        <section class="preview" aria-label={fmt(lang, "预览：{form}，共 {n} 页", &[&ctx.doc.title(), &n])} {onclick}>
            <p class="hint">{ fmt(lang, "共 {n} 页 · 排版 {ms} 毫秒 · 点击文字可转到对应的填写项", &[&n, &format!("{:.0}", props.millis)]) }</p>
            { for props.pages.iter().enumerate().map(|(i, svg)| {
                let text_id = format!("preview-text-{}", i + 1);
                html! { <>
                    <div class="page" role="img" aria-label={fmt(lang, "第 {n} 页", &[&(i + 1)])} aria-describedby={text_id.clone()}>{ Html::from_html_unchecked(svg.clone()) }</div>
                    <div id={text_id} class="page-text" hidden=true>{ props.texts.get(i).cloned().unwrap_or_default() }</div>
                </> }
            }) }
        </section>
    }
}
