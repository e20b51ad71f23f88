//! 培训: for trainers teaching new mediators. Pick a form and an example; the form's
//! pages (the editor preview's SVG, from the same frames) carry a numbered mark at
//! each annotated part, and beside them the numbered notes say what goes in the part,
//! why it is there and which article requires it (`document::explain`). Choosing a note
//! boxes its part; a click on a mark chooses its note. Below: the examples indexed by
//! the 15 MoJ dispute categories, to open read-only or as a copy, and the five-step
//! guide to a first agreement.
//!
//! The notes file is fetched when the screen opens (`explain/forms.json`, copied into
//! `dist/` by trunk and precached by the service worker), so it does not grow the wasm.

use super::examples::ExampleIndex;
use crate::document::explain::{self, Notes};
use crate::document::forms::FORMS;
use crate::layout::Page;
use crate::model::{Case, DocKind};
use crate::render::marks::{Mark, numbers_on, svg_marked};
use crate::ui::browser;
use crate::ui::components::use_app;
use crate::ui::hooks::Fonts;
use crate::ui::hooks::export::on_load_fonts;
use crate::ui::i18n::{Lang, fmt, n_, t, tr, use_lang};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlSelectElement};
use yew::prelude::*;

/// Where the app finds the notes (relative to the page).
pub const NOTES_URL: &str = "explain/forms.json";

/// The example a form is shown on first: the traffic case holds every record.
const FIRST_EXAMPLE: &str = "traffic-accident";

/// A fetched file: not yet, or its content, or why not.
type Fetched<T> = Option<Result<Rc<T>, String>>;

/// The chosen example's pages for `form`, laid out once the bundled faces are in;
/// outlines the pages need that have not arrived are fetched, then laid out again.
#[hook]
fn use_pages(case: Option<Rc<Case>>, form: DocKind, fonts: &Fonts) -> Rc<Vec<Page>> {
    let pages = use_state(|| Rc::new(Vec::new()));
    {
        let (pages, fonts) = (pages.clone(), fonts.clone());
        let key = case.as_ref().map(|c| Rc::as_ptr(c) as usize);
        use_effect_with((key, form, *fonts.version), move |_| {
            let Some(case) = case else {
                pages.set(Rc::new(Vec::new()));
                return;
            };
            if !fonts.bundled_loaded() {
                return;
            }
            let (_, laid) =
                crate::pipeline::pages(&case, form, browser::today(), &*fonts.set.borrow());
            let need = crate::fonts::outlines_pending(&laid, None, &fonts.set.borrow());
            if !need.is_empty() {
                let fonts = fonts.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    if fonts.fetch_slices(&need).await.is_ok() {
                        fonts.bump();
                    }
                });
            }
            pages.set(Rc::new(laid));
        });
    }
    (*pages).clone()
}

/// Fetch a text file and read it with `parse`; `what` is a key, the error Chinese (shown
/// with `tr`).
async fn fetch_parsed<T>(
    url: &str,
    what: &str,
    parse: impl FnOnce(&str) -> Result<T, String>,
) -> Result<Rc<T>, String> {
    let bytes = browser::fetch_bytes(url, |_, _| {})
        .await
        .map_err(|e| fmt(Lang::Zh, "{what}下载失败：{e}", &[&what, &e]))?;
    parse(&String::from_utf8_lossy(&bytes)).map(Rc::new)
}

#[derive(Properties, PartialEq)]
pub struct TrainingProps {
    pub fonts: Fonts,
}

#[function_component]
pub fn TrainingScreen(props: &TrainingProps) -> Html {
    let app = use_app();
    let lang = use_lang();
    let notes = use_state(|| None as Fetched<Notes>);
    let form = use_state(|| DocKind::Agreement);
    let example = use_state(|| FIRST_EXAMPLE.to_string());
    let case = use_state(|| None as Fetched<Case>);
    let selected = use_state(|| None::<usize>);
    {
        let notes = notes.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                notes.set(Some(
                    fetch_parsed(NOTES_URL, n_("培训说明"), explain::parse).await,
                ));
            });
        });
    }
    {
        let case = case.clone();
        use_effect_with((*example).clone(), move |name| {
            let url = format!("examples/{name}.json");
            wasm_bindgen_futures::spawn_local(async move {
                let read = |t: &str| {
                    crate::model::load(t).map_err(|e| fmt(Lang::Zh, "示例无法读取：{e}", &[&e]))
                };
                case.set(Some(fetch_parsed(&url, n_("示例"), read).await));
            });
        });
    }
    let loaded = case.as_ref().and_then(|c| c.as_ref().ok()).cloned();
    let pages = use_pages(loaded, *form, &props.fonts);

    let on_form = {
        let (form, selected) = (form.clone(), selected.clone());
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(k) = DocKind::from_key(&v) {
                form.set(k);
                selected.set(None);
            }
        })
    };
    let on_example = {
        let (example, selected) = (example.clone(), selected.clone());
        Callback::from(move |e: Event| {
            example.set(e.target_unchecked_into::<HtmlSelectElement>().value());
            selected.set(None);
        })
    };
    // A click on a mark in the pages chooses its note.
    let on_pages = {
        let selected = selected.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                return;
            };
            if let Ok(Some(g)) = target.closest("[data-note]")
                && let Some(n) = g.get_attribute("data-note").and_then(|n| n.parse().ok())
            {
                selected.set(Some(n));
                scroll_to(&format!("note-{n}"));
            }
        })
    };

    let form_notes = match &*notes {
        Some(Ok(n)) => n.of(*form).cloned(),
        _ => None,
    };
    let marks: Vec<Mark> = form_notes
        .as_ref()
        .map(|f| {
            f.parts
                .iter()
                .enumerate()
                .map(|(i, p)| Mark {
                    number: i + 1,
                    field: &p.field,
                    label: &p.label,
                })
                .collect()
        })
        .unwrap_or_default();
    let shown: Vec<usize> = pages.iter().flat_map(|p| numbers_on(p, &marks)).collect();

    let list = match (&*notes, &form_notes) {
        (None, _) => html! { <p class="hint">{ t(lang, "正在读取培训说明……") }</p> },
        (Some(Err(e)), _) => {
            html! { <p class="notice error" role="alert">{ tr(lang, e).into_owned() }</p> }
        }
        (Some(Ok(_)), None) => html! { <p class="hint">{ t(lang, "此文书暂无说明。") }</p> },
        (Some(Ok(_)), Some(f)) => html! {
            <ol class="notes" id="notes" aria-label={fmt(lang, "「{form}」各部分说明", &[&form.title()])}>
                { for f.parts.iter().enumerate().map(|(i, p)| {
                    let n = i + 1;
                    let current = *selected == Some(n);
                    let onclick = {
                        let selected = selected.clone();
                        Callback::from(move |_: MouseEvent| {
                            selected.set(Some(n));
                            scroll_to(&format!("mark-page-{n}"));
                        })
                    };
                    html! {
                        <li id={format!("note-{n}")} class={classes!("note", current.then_some("current"))}>
                            <button type="button" class="note-head" aria-pressed={current.to_string()} {onclick}>
                                <span class="note-number" aria-hidden="true">{ n }</span>
                                <span class="note-label">{ p.label.clone() }</span>
                                if !pages.is_empty() && !shown.contains(&n) {
                                    <span class="note-absent">{ t(lang, "（本示例此处为空）") }</span>
                                }
                            </button>
                            <dl>
                                <dt>{ t(lang, "填什么") }</dt><dd>{ p.what.clone() }</dd>
                                <dt>{ t(lang, "为什么") }</dt><dd>{ p.why.clone() }</dd>
                                <dt>{ t(lang, "依据") }</dt><dd class="note-basis">{ p.basis.clone() }</dd>
                            </dl>
                        </li>
                    }
                }) }
            </ol>
        },
    };

    let preview = if let Some(Err(e)) = &*case {
        html! { <p class="notice error" role="alert">{ tr(lang, e).into_owned() }</p> }
    } else if !props.fonts.bundled_loaded() {
        html! {
            <div class="preview-off">
                <p class="hint">{ t(lang, "显示文书页面需要先下载字体（只需一次）。") }</p>
                <button id="training-preview" class="secondary" onclick={on_load_fonts(&app, &props.fonts)} disabled={app.export.busy()}>{ t(lang, "显示文书页面") }</button>
            </div>
        }
    } else if pages.is_empty() {
        html! { <p class="hint">{ t(lang, "正在排版……") }</p> }
    } else {
        let n = pages.len();
        html! {
            <section class="preview training-pages" aria-label={fmt(lang, "{form}，共 {n} 页，带编号标记", &[&form.title(), &n])} onclick={on_pages}>
                { for pages.iter().enumerate().map(|(i, page)| {
                    let on_page = numbers_on(page, &marks);
                    let svg = AttrValue::from(svg_marked(page, &marks, *selected));
                    // An anchor per note on the page where its part starts, to scroll to.
                    let anchors = on_page.iter().filter(|m| first_page(&pages, &marks, **m) == Some(i)).map(|m| html! {
                        <span id={format!("mark-page-{m}")} class="anchor"></span>
                    });
                    html! {
                        <div class="page" role="img" aria-label={fmt(lang, "第 {page} 页，标记 {marks}", &[&(i + 1), &join(lang, &on_page)])}>
                            { for anchors }
                            { Html::from_html_unchecked(svg) }
                        </div>
                    }
                }) }
            </section>
        }
    };

    let start_guide = {
        let s = app.clone();
        Callback::from(move |_: MouseEvent| {
            super::cases::open_new(&s, crate::ui::state::starter_case());
            s.dispatch(crate::ui::state::Action::ShowGuide(true));
        })
    };
    html! {
        <div class="training">
            <h2>{ t(lang, "培训：文书各部分怎么填、为什么要填") }</h2>
            <p class="training-guide">
                <button type="button" class="primary" id="start-guide" onclick={start_guide}>{ t(lang, "开始「五步完成第一份调解协议书」") }</button>
                <span class="hint">{ t(lang, "新建一个空白案件，按五步引导填写并导出协议书。") }</span>
            </p>
            <div class="training-pick">
                <div class="field">
                    <label for="training-form">{ t(lang, "文书") }</label>
                    <select id="training-form" onchange={on_form}>
                        { for FORMS.iter().filter(|f| f.notes).map(|f| html! {
                            <option value={f.key} selected={f.kind == *form}>{ f.title }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="training-example">{ t(lang, "示例") }</label>
                    <select id="training-example" onchange={on_example}>
                        { for super::cases::EXAMPLES.iter().map(|(k, l)| html! {
                            <option value={*k} selected={*example == *k}>{ t(lang, l) }</option>
                        }) }
                    </select>
                </div>
            </div>
            <div class="training-columns">
                <div class="training-preview">{ preview }</div>
                <div class="training-notes">{ list }</div>
            </div>
            <ExampleIndex />
        </div>
    }
}

/// The page on which the part of mark `n` starts.
fn first_page(pages: &[Page], marks: &[Mark], n: usize) -> Option<usize> {
    pages.iter().position(|p| numbers_on(p, marks).contains(&n))
}

/// The mark numbers for a page's label: 「1、2」, or 「无」 (none).
fn join(lang: Lang, ns: &[usize]) -> String {
    if ns.is_empty() {
        return t(lang, "无").into();
    }
    let sep = if lang == Lang::En { ", " } else { "、" };
    ns.iter()
        .map(|n| n.to_string())
        .collect::<Vec<_>>()
        .join(sep)
}

/// Bring the element `id` into view, if it is there.
fn scroll_to(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        el.scroll_into_view_with_bool(true);
    }
}
