//! 「五步完成第一份调解协议书」: a small panel beside the editor that walks a class through
//! a first agreement. Each step goes to the section it is about (focuses its field, or
//! the export button) and ticks itself when the case has what it asks
//! (`ui::state::guide::done`). The steps and their texts are `explain/guide.json`,
//! compiled in (1.5 KB).

use crate::document::explain::{GUIDE_JSON, parse_guide};
use crate::ui::components::{use_app, use_ctx};
use crate::ui::i18n::{fmt, t, use_lang};
use crate::ui::state::{Action, guide};
use yew::prelude::*;

/// The id of the export button the last step goes to.
const EXPORT_BUTTON: &str = "export";

#[function_component]
pub fn GuidePanel() -> Html {
    let app = use_app();
    let ctx = use_ctx();
    let lang = use_lang();
    let g = match parse_guide(GUIDE_JSON) {
        Ok(g) => g,
        Err(e) => return html! { <p class="notice error" role="alert">{ e }</p> },
    };
    let close = {
        let s = app.clone();
        Callback::from(move |_: MouseEvent| s.dispatch(Action::ShowGuide(false)))
    };
    let done: Vec<bool> = g
        .steps
        .iter()
        .map(|s| guide::done(&s.check, &app, ctx.today))
        .collect();
    let count = done.iter().filter(|d| **d).count();
    html! {
        <section class="guide" id="guide" aria-labelledby="guide-title">
            <div class="guide-head">
                <h2 id="guide-title">{ g.title.clone() }</h2>
                <button type="button" class="secondary" id="guide-close" onclick={close}>{ t(lang, "收起引导") }</button>
            </div>
            <p class="hint" id="guide-progress" aria-live="polite">{ fmt(lang, "已完成 {count} / {total} 步", &[&count, &g.steps.len()]) }</p>
            <ol class="guide-steps">
                { for g.steps.iter().zip(&done).enumerate().map(|(i, (step, ok))| {
                    let go = {
                        let (ctx, field) = (ctx.clone(), step.field.clone());
                        Callback::from(move |_: MouseEvent| {
                            if field.is_empty() {
                                focus_by_id(EXPORT_BUTTON);
                            } else {
                                ctx.send(Action::Focus(field.clone()));
                            }
                        })
                    };
                    html! {
                        <li class={classes!("guide-step", ok.then_some("done"))} id={format!("guide-step-{}", i + 1)} data-done={ok.to_string()}>
                            <span class="tick" aria-hidden="true">{ if *ok { "✔" } else { "○" } }</span>
                            <div>
                                <button type="button" class="link" onclick={go}>
                                    { fmt(lang, "第{n}步：{title}", &[&(i + 1), &step.title]) }
                                    <span class="visually-hidden">{ if *ok { t(lang, "（已完成）") } else { t(lang, "（未完成）") } }</span>
                                </button>
                                <p>{ step.text.clone() }</p>
                            </div>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

/// Focus and show the element `id`.
fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        el.scroll_into_view_with_bool(false);
        if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
            let _ = h.focus();
        }
    }
}
