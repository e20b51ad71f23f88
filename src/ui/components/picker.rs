//! The document picker: every form and bundle of the one list of forms
//! (`document::forms::FORMS`), with its line of help.

use super::use_ctx;
use crate::document::forms::FORMS;
use crate::model::DocKind;
use crate::ui::i18n::{t, use_lang};
use crate::ui::state::Action;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[function_component]
pub fn Picker() -> Html {
    let lang = use_lang();
    let ctx = use_ctx();
    let doc = ctx.doc;
    let onchange = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(kind) = DocKind::from_key(&select.value()) {
                ctx.send(Action::ChooseDoc(kind));
            }
        })
    };
    let help = FORMS
        .iter()
        .find(|f| f.kind == doc)
        .map(|f| f.help)
        .unwrap_or("");
    html! {
        <div class="field picker">
            <label for="doc-kind">{ t(lang, "文书") }</label>
            <select id="doc-kind" {onchange} aria-describedby="doc-help">
                { for FORMS.iter().map(|f| html! {
                    <option value={f.key} selected={f.kind == doc}>{ f.title }</option>
                }) }
            </select>
            <p class="hint" id="doc-help">{ help }</p>
        </div>
    }
}
