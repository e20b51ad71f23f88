//! The editor screen: the sections on one side; the document picker, export, pre-flight
//! and the live preview on the other (one column on a phone).

use super::Sections;
use crate::ui::components::issues::{AllIssues, Preflight};
use crate::ui::components::picker::Picker;
use crate::ui::components::preview::Preview;
use crate::ui::components::status::Status;
use crate::ui::components::{use_app, use_ctx};
use crate::ui::hooks::export::{Then, on_export, on_load_fonts};
use crate::ui::hooks::{Fonts, use_preview};
use crate::ui::i18n::{fmt, t, tr, use_lang};
use crate::ui::state::{Action, StorageStatus};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub fonts: Fonts,
}

#[function_component]
pub fn EditorScreen(props: &EditorProps) -> Html {
    let lang = use_lang();
    let ctx = use_ctx();
    let app = use_app();
    let state = app.clone();
    let fonts = &props.fonts;
    let preview = use_preview(state.case.clone(), state.doc, fonts);
    let has_errors = crate::validate::has_errors(&ctx.issues);
    let busy = state.export.busy();
    let undo = {
        let s = state.clone();
        Callback::from(move |_: MouseEvent| s.dispatch(Action::Undo))
    };
    let redo = {
        let s = state.clone();
        Callback::from(move |_: MouseEvent| s.dispatch(Action::Redo))
    };
    let back = {
        let s = state.clone();
        Callback::from(move |_: MouseEvent| s.dispatch(Action::ShowCases))
    };
    let saved = match &state.storage {
        _ if state.read_only.is_some() => {
            html! { <span class="saved" id="save-status">{ t(lang, "只读示例不保存") }</span> }
        }
        StorageStatus::Saved(_) => {
            html! { <span class="saved" id="save-status">{ t(lang, "已保存到本机") }</span> }
        }
        StorageStatus::Failed(m) => {
            html! { <span class="saved error" id="save-status" role="alert">{ tr(lang, m).into_owned() }</span> }
        }
        StorageStatus::Ok => {
            html! { <span class="saved" id="save-status">{ t(lang, "修改会自动保存到本机") }</span> }
        }
    };
    let read_only = state.read_only.clone().map(|name| {
        let copy = {
            let s = state.clone();
            Callback::from(move |_: MouseEvent| {
                crate::ui::panels::cases::open_new(&s, (*s.case).clone())
            })
        };
        html! {
            <div class="read-only-banner" role="status" id="read-only-banner">
                <strong>{ t(lang, "只读示例") }</strong>
                <span>{ fmt(lang, "「{name}」只供查看：不能修改，也不会保存。", &[&t(lang, super::examples::label(&name))]) }</span>
                <button type="button" class="primary" id="copy-example" onclick={copy}>{ t(lang, "复制为我的案件") }</button>
            </div>
        }
    });
    let locked = read_only.is_some();
    let show_guide = {
        let s = state.clone();
        Callback::from(move |_: MouseEvent| s.dispatch(Action::ShowGuide(true)))
    };
    // What the first preview still has to download, from what the browser's cache
    // holds: nothing once the fonts are kept on this device.
    let left = use_state(|| None::<u64>);
    {
        let left = left.clone();
        let off = preview.pages.is_empty();
        use_effect_with(off, move |off| {
            if *off {
                wasm_bindgen_futures::spawn_local(async move {
                    left.set(Some(crate::ui::hooks::fonts::left_to_fetch().await));
                });
            }
        });
    }
    let font_hint = match *left {
        Some(0) => t(lang, "字体已保存在本机，显示预览不需下载。").to_string(),
        Some(bytes) => fmt(
            lang,
            "预览需要先下载字体（约 {size} MB，只需一次）。",
            &[&format!("{:.1}", bytes as f64 / 1_000_000.0)],
        ),
        None => t(lang, "预览需要先下载字体（只需一次）。").to_string(),
    };
    html! {
        <div class="editor">
            { read_only.unwrap_or_default() }
            <div class="toolbar" role="toolbar" aria-label={t(lang, "编辑")}>
                <button type="button" class="secondary" id="back" onclick={back}>{ t(lang, "← 案件列表") }</button>
                <button type="button" class="secondary" id="undo" onclick={undo} disabled={locked || !state.history.can_undo()} title="Ctrl+Z">{ t(lang, "撤销") }</button>
                <button type="button" class="secondary" id="redo" onclick={redo} disabled={locked || !state.history.can_redo()} title="Ctrl+Shift+Z">{ t(lang, "重做") }</button>
                { saved }
                if !state.guide && !locked {
                    <button type="button" class="secondary" id="guide-open" onclick={show_guide}>{ t(lang, "五步引导") }</button>
                }
            </div>
            if state.guide && !locked {
                <super::guide::GuidePanel />
            }
            <div class="columns">
                <div class="form-col">
                    <super::SectionIndex />
                    // A disabled fieldset disables every input, select and button in it.
                    <fieldset class="case-fields" disabled={locked} aria-label={locked.then(|| t(lang, "只读示例的内容"))}>
                        <Sections />
                    </fieldset>
                </div>
                <aside class="side-col" aria-label={t(lang, "生成文书")}>
                    <div class="doc-panel" id="doc-panel">
                    <Picker />
                    <div class="actions">
                        <button id="export" class="primary" onclick={on_export(&state, fonts, false, Then::Download)} disabled={busy || has_errors}>{ t(lang, "生成 PDF") }</button>
                        if has_errors {
                            <button id="export-draft" class="secondary" onclick={on_export(&state, fonts, true, Then::Download)} disabled={busy}>{ t(lang, "生成草稿") }</button>
                        }
                        <button id="print" class="secondary" onclick={on_export(&state, fonts, has_errors, Then::Print)} disabled={busy}>{ t(lang, "打印") }</button>
                    </div>
                    <Preflight />
                    <Status status={state.export.clone()} />
                    <AllIssues />
                    <super::profile::UserFont fonts={fonts.clone()} />
                    </div>
                    <div class="preview-wrap" id="preview-wrap">
                    if preview.pages.is_empty() {
                        <div class="preview-off">
                            <p class="hint" id="font-hint">{ font_hint }</p>
                            <button id="preview" class="secondary" onclick={on_load_fonts(&state, fonts)} disabled={busy}>{ t(lang, "显示预览") }</button>
                        </div>
                    } else {
                        <Preview pages={preview.pages.clone()} texts={preview.texts.clone()} millis={preview.millis} />
                    }
                    </div>
                </aside>
            </div>
        </div>
    }
}
