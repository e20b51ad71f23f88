//! The app's components: a form for the case, and the export button.

use super::browser;
use super::state::{Action, AppState, ExportStatus};
use crate::document::DocKind;
use crate::fonts::{BUNDLED, FontSet};
use crate::layout::Face;
use crate::model::FORMS;
use crate::validate::{self, Issue, Severity, Summary};
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Where trunk puts the bundled fonts (see `index.html`).
const FONT_DIR: &str = "fonts/";

/// The CSS family the preview uses for a user-loaded font (see `render::svg::family`).
const USER_FAMILY: &str = "tiaojie-user";

#[derive(Properties, PartialEq)]
struct FieldProps {
    id: AttrValue,
    label: AttrValue,
    value: AttrValue,
    on_change: Callback<String>,
    #[prop_or_default]
    multiline: bool,
    #[prop_or_default]
    placeholder: AttrValue,
}

/// A controlled text field: value in, `Callback<String>` out.
#[function_component]
fn Field(props: &FieldProps) -> Html {
    let on_change = props.on_change.clone();
    let input = if props.multiline {
        let oninput = Callback::from(move |e: InputEvent| {
            on_change.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        });
        html! { <textarea id={props.id.clone()} rows="4" value={props.value.clone()} placeholder={props.placeholder.clone()} {oninput} /> }
    } else {
        let oninput = Callback::from(move |e: InputEvent| {
            on_change.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        });
        html! { <input id={props.id.clone()} type="text" value={props.value.clone()} placeholder={props.placeholder.clone()} {oninput} /> }
    };
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            { input }
        </div>
    }
}

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_048_576.0)
}

#[derive(Properties, PartialEq)]
struct StatusProps {
    status: ExportStatus,
}

#[function_component]
fn Status(props: &StatusProps) -> Html {
    match &props.status {
        ExportStatus::Idle => {
            html! { <p class="status" role="status">{ "填写后点击「生成 PDF」。所有内容只在本机处理，不会上传。" }</p> }
        }
        ExportStatus::LoadingFonts { loaded, total } => {
            let (value, max, text) = match total {
                Some(t) if *t > 0 => (
                    *loaded as f64,
                    *t as f64,
                    format!("正在下载字体（首次使用需要）：{} / {}", mb(*loaded), mb(*t)),
                ),
                _ => (
                    0.0,
                    1.0,
                    format!("正在下载字体（首次使用需要）：{}", mb(*loaded)),
                ),
            };
            html! {
                <div class="status" role="status">
                    <progress value={value.to_string()} max={max.to_string()} />
                    <span>{ text }</span>
                </div>
            }
        }
        ExportStatus::Rendering => {
            html! { <p class="status" role="status">{ "正在排版并生成 PDF……" }</p> }
        }
        ExportStatus::Done {
            file_name,
            bytes,
            millis,
        } => html! {
            <p class="status ok" role="status">{ format!("已生成「{file_name}」（{} KB，用时 {millis:.0} 毫秒）", bytes.div_ceil(1024)) }</p>
        },
        ExportStatus::Failed(msg) => {
            html! { <p class="status error" role="alert">{ msg.clone() }</p> }
        }
    }
}

#[derive(Properties, PartialEq)]
struct IssuesProps {
    issues: Rc<Vec<Issue>>,
}

/// What validation found, most severe first: every issue at once, with its basis.
#[function_component]
fn Issues(props: &IssuesProps) -> Html {
    let summary = Summary::of(&props.issues);
    let item = |i: &Issue| {
        let class = match i.severity {
            Severity::Error => "issue error",
            Severity::Warning => "issue warning",
            Severity::Notice => "issue notice",
        };
        html! {
            <li class={class}>
                <strong>{ i.severity.label() }</strong>{ " " }{ i.message.clone() }
                if !i.hint.is_empty() { <div class="hint">{ i.hint.clone() }</div> }
                if !i.basis.is_empty() { <div class="basis">{ format!("依据：{}", i.basis) }</div> }
            </li>
        }
    };
    let mut sorted: Vec<&Issue> = props.issues.iter().collect();
    sorted.sort_by_key(|i| i.severity);
    html! {
        <details class="issues">
            <summary>{ format!("检查结果：{summary}") }</summary>
            <ul>{ for sorted.into_iter().map(item) }</ul>
        </details>
    }
}

#[derive(Properties, PartialEq)]
struct PreflightProps {
    issues: Rc<Vec<Issue>>,
    doc: DocKind,
}

/// Beside the export buttons: what blocks the final document (errors) and what a court
/// or an archivist would object to (warnings: the last day to apply for confirmation,
/// an agreement not yet effective, Art. 355, Art. 358(5), a missing court).
#[function_component]
fn Preflight(props: &PreflightProps) -> Html {
    let pick = |sev: Severity| -> Vec<&Issue> {
        props.issues.iter().filter(|i| i.severity == sev).collect()
    };
    let (errors, warnings) = (pick(Severity::Error), pick(Severity::Warning));
    if errors.is_empty() && warnings.is_empty() {
        return html! {
            <p id="preflight" class="preflight ok">{ format!("{}：检查通过，可生成正式文书。", props.doc.title()) }</p>
        };
    }
    let item = |i: &&Issue| {
        html! {
            <li class={if i.severity == Severity::Error { "issue error" } else { "issue warning" }}>
                <strong>{ i.severity.label() }</strong>{ " " }{ i.message.clone() }
                if !i.basis.is_empty() { <span class="basis">{ format!("（依据：{}）", i.basis) }</span> }
            </li>
        }
    };
    html! {
        <div id="preflight" class="preflight" role="region" aria-label="生成前检查">
            if !errors.is_empty() {
                <p class="error">{ format!("有 {} 个错误：不能生成正式文书；可先「生成草稿」（每页带「草稿」水印）。", errors.len()) }</p>
            }
            <ul>{ for errors.iter().chain(warnings.iter()).map(item) }</ul>
        </div>
    }
}

/// Fetch the bundled faces not loaded yet, reporting progress across all of them.
async fn ensure_fonts(
    fonts: &Rc<RefCell<FontSet>>,
    state: &UseReducerHandle<AppState>,
) -> Result<(), String> {
    let mut done_before = 0u64;
    for (face, file) in BUNDLED {
        if fonts.borrow().is_loaded(face) {
            continue;
        }
        let url = format!("{FONT_DIR}{file}");
        let bytes = browser::fetch_bytes(&url, |loaded, total| {
            state.dispatch(Action::FontProgress {
                loaded: done_before + loaded,
                total: total.map(|t| done_before + t),
            });
        })
        .await?;
        done_before += bytes.len() as u64;
        fonts
            .borrow_mut()
            .load(face, &bytes, file)
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(AppState::default);
    let fonts = use_mut_ref(FontSet::new);
    // Bumped whenever a font is loaded, so the preview recomputes.
    let fonts_version = use_state(|| 0u32);
    let case = state.case.clone();
    let today = browser::today();

    // Derived data, never stored: the issues and the preview pages.
    let issues = use_memo((case.clone(), today, state.doc), |(case, today, doc)| {
        let state_doc = *doc;
        Rc::new(validate::validate(case, &[state_doc], *today))
    });
    let has_errors = validate::has_errors(&issues);
    let preview = {
        let fonts = fonts.clone();
        use_memo(
            (case.clone(), *fonts_version, state.doc),
            move |(case, version, doc)| {
                // No preview before the bundled faces are in: a user font loaded first
                // would otherwise set every character it lacks as a box.
                if *version == 0 || !fonts.borrow().is_loaded(Face::Serif) {
                    return Rc::new(Vec::new());
                }
                let (_, pages) =
                    crate::pipeline::pages(case, *doc, browser::today(), &*fonts.borrow());
                Rc::new(
                    pages
                        .iter()
                        .map(|p| AttrValue::from(crate::render::svg::svg(p)))
                        .collect::<Vec<_>>(),
                )
            },
        )
    };

    let on_preview = {
        let state = state.clone();
        let fonts = fonts.clone();
        let fonts_version = fonts_version.clone();
        Callback::from(move |_: MouseEvent| {
            if state.export.busy() {
                return;
            }
            state.dispatch(Action::ExportStarted);
            let (state, fonts, fonts_version) =
                (state.clone(), fonts.clone(), fonts_version.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match ensure_fonts(&fonts, &state).await {
                    Ok(()) => {
                        fonts_version.set(*fonts_version + 1);
                        state.dispatch(Action::Previewed);
                    }
                    Err(e) => state.dispatch(Action::ExportFailed(e)),
                }
            });
        })
    };

    let on_user_font = {
        let state = state.clone();
        let fonts = fonts.clone();
        let fonts_version = fonts_version.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            let (state, fonts, fonts_version) =
                (state.clone(), fonts.clone(), fonts_version.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let blob = gloo::file::Blob::from(file);
                match gloo::file::futures::read_as_bytes(&blob).await {
                    Ok(bytes) => match fonts.borrow_mut().load(Face::User, &bytes, &name) {
                        Ok(()) => {
                            // The preview draws the user face too; if the browser
                            // refuses it, only the preview falls back.
                            let _ = browser::register_font(USER_FAMILY, &bytes);
                            fonts_version.set(*fonts_version + 1);
                            state.dispatch(Action::UserFont(name));
                        }
                        Err(e) => state.dispatch(Action::ExportFailed(e.to_string())),
                    },
                    Err(e) => {
                        state.dispatch(Action::ExportFailed(format!("无法读取字体文件：{e}")))
                    }
                }
            });
        })
    };

    let body_in_user_font = case.settings.page.body_face == crate::model::BodyFace::User;
    let on_body_face = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            state.dispatch(Action::BodyInUserFont(input.checked()))
        })
    };

    let party_field = |index: usize, label: &'static str| {
        let state = state.clone();
        let value = case
            .parties
            .get(index)
            .map(|p| p.name().to_string())
            .unwrap_or_default();
        let on_change = Callback::from(move |value: String| {
            state.dispatch(Action::SetPartyName { index, value })
        });
        html! { <Field id={format!("party-{index}-name")} {label} value={value} {on_change} placeholder="姓名或单位名称" /> }
    };

    let clause = {
        let state = state.clone();
        let value = case
            .agreement
            .clauses
            .first()
            .map(|c| c.text.clone())
            .unwrap_or_default();
        let on_change = Callback::from(move |value: String| {
            state.dispatch(Action::SetClause { index: 0, value })
        });
        html! { <Field id="clause-0" label="协议内容（第一条）" value={value} {on_change} multiline=true placeholder="例如：李四于2026年12月31日前向张三支付赔偿款人民币伍仟元整（¥5,000.00）。" /> }
    };

    let export = |draft: bool| {
        let state = state.clone();
        let fonts = fonts.clone();
        let fonts_version = fonts_version.clone();
        Callback::from(move |_: MouseEvent| {
            if state.export.busy() {
                return;
            }
            state.dispatch(Action::ExportStarted);
            let state = state.clone();
            let fonts = fonts.clone();
            let fonts_version = fonts_version.clone();
            let case = state.case.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let had_fonts = fonts.borrow().is_loaded(Face::Serif);
                if let Err(e) = ensure_fonts(&fonts, &state).await {
                    state.dispatch(Action::ExportFailed(e));
                    return;
                }
                if !had_fonts {
                    // The fonts came with this export: from now on the preview shows.
                    fonts_version.set(*fonts_version + 1);
                }
                state.dispatch(Action::Rendering);
                // Let the page paint the new status before the work starts.
                gloo::timers::future::TimeoutFuture::new(0).await;
                let t0 = browser::now_ms();
                let kind = state.doc;
                let result = crate::pipeline::pdf_with(
                    &case,
                    kind,
                    &fonts.borrow(),
                    browser::today(),
                    draft,
                    browser::now_unix(),
                );
                let millis = browser::now_ms() - t0;
                match result {
                    Ok(pdf) => {
                        let file_name = crate::pipeline::file_name(&case, kind, draft);
                        match browser::save(&pdf.bytes, &file_name, "application/pdf") {
                            Ok(()) => state.dispatch(Action::ExportDone {
                                file_name,
                                bytes: pdf.bytes.len(),
                                millis,
                            }),
                            Err(e) => state.dispatch(Action::ExportFailed(e)),
                        }
                    }
                    Err(e) => state.dispatch(Action::ExportFailed(e.to_string())),
                }
            });
        })
    };
    let on_export = export(false);
    let on_draft = export(true);

    let on_doc = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(kind) = DocKind::from_key(&select.value()) {
                state.dispatch(Action::ChooseDoc(kind));
            }
        })
    };

    html! {
        <main class="app">
            <header>
                <h1>{ "人民调解文书生成器" }</h1>
                <p class="sub">{ "人民调解协议书、司法确认申请材料、调解卷宗 · 全部在本机生成，无需联网上传" }</p>
            </header>
            <section class="form" aria-label="案件信息">
                <fieldset>
                    <legend>{ "当事人" }</legend>
                    { party_field(0, "当事人（申请人）") }
                    { party_field(1, "当事人（被申请人）") }
                </fieldset>
                <fieldset>
                    <legend>{ "经调解，自愿达成如下协议" }</legend>
                    { clause }
                </fieldset>
                <div class="field">
                    <label for="doc-kind">{ "文书" }</label>
                    <select id="doc-kind" onchange={on_doc}>
                        { for FORMS.iter().map(|f| html! {
                            <option value={f.key} selected={f.kind == state.doc}>{ f.title }</option>
                        }) }
                    </select>
                </div>
                <div class="actions">
                    <button id="export" class="primary" onclick={on_export} disabled={state.export.busy() || has_errors}>{ "生成 PDF" }</button>
                    if has_errors {
                        <button id="export-draft" class="secondary" onclick={on_draft} disabled={state.export.busy()}>{ "生成草稿" }</button>
                    }
                    <button id="preview" class="secondary" onclick={on_preview} disabled={state.export.busy()}>{ "预览" }</button>
                </div>
                <Preflight issues={(*issues).clone()} doc={state.doc} />
                <Status status={state.export.clone()} />
                <Issues issues={(*issues).clone()} />
                <details class="user-font">
                    <summary>{ "字体缺字？加载本机字体" }</summary>
                    <p>{ "内置字体覆盖 GB 2312 与《通用规范汉字表》共 8,230 个汉字。姓名中的生僻字若缺失，可加载本机已有的字体（如仿宋_GB2312），PDF 将只嵌入用到的字形。" }</p>
                    <label for="user-font">{ "选择字体文件（.otf / .ttf）" }</label>
                    <input id="user-font" type="file" accept=".otf,.ttf,font/otf,font/ttf" onchange={on_user_font} />
                    if let Some(name) = &state.user_font {
                        <p class="status ok">{ format!("已加载：{name}") }</p>
                        <label class="check">
                            <input id="body-user-font" type="checkbox" checked={body_in_user_font} onchange={on_body_face} />
                            { "正文也使用此字体（如仿宋_GB2312）；其中缺少的字仍用内置字体" }
                        </label>
                    }
                </details>
            </section>
            if !preview.is_empty() {
                <section class="preview" aria-label="预览">
                    { for preview.iter().map(|svg| html! { <div class="page">{ Html::from_html_unchecked(svg.clone()) }</div> }) }
                </section>
            }
        </main>
    }
}
