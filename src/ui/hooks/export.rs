//! Export: fetch the fonts if needed (progress), let the page paint, lay out and write
//! the PDF, then save it as a download named after the form and number, or print it.

use super::Fonts;
use crate::render::pdf::ExportError;
use crate::ui::browser;
use crate::ui::i18n::n_;
use crate::ui::state::{Action, AppState};
use yew::prelude::*;

/// Said when a final PDF is asked for while the case has errors the issue list has not
/// shown yet (in a large case it is refreshed after typing pauses, `hooks::issues`);
/// kept in Chinese in the state, shown with `tr`.
const REFUSED_WITH_ERRORS: &str = n_("案件还有错误，不能生成正式文书：请按提示修改，或生成草稿。");

/// What to do with the PDF.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Then {
    Download,
    Print,
}

/// A click handler that exports the open case's chosen form (a `draft` carries the
/// watermark).
pub fn on_export(
    state: &UseReducerHandle<AppState>,
    fonts: &Fonts,
    draft: bool,
    then: Then,
) -> Callback<MouseEvent> {
    let (state, fonts) = (state.clone(), fonts.clone());
    Callback::from(move |_: MouseEvent| {
        if state.export.busy() {
            return;
        }
        // The button follows the shown issues; check the case as it is now.
        if !draft
            && crate::pipeline::refuse_final(
                &crate::pipeline::check_as(
                    &state.case,
                    crate::document::forms::scope(&[state.doc]),
                    browser::today(),
                ),
                draft,
            )
            .is_some()
        {
            state.dispatch(Action::ExportFailed(REFUSED_WITH_ERRORS.into()));
            return;
        }
        state.dispatch(Action::ExportStarted);
        let (state, fonts) = (state.clone(), fonts.clone());
        let case = state.case.clone();
        let kind = state.doc;
        wasm_bindgen_futures::spawn_local(async move {
            if let Err(e) = fonts.ensure(&state).await {
                state.dispatch(Action::ExportFailed(e));
                return;
            }
            state.dispatch(Action::Rendering);
            // Let the page paint the new status before the work starts.
            gloo::timers::future::TimeoutFuture::new(0).await;
            let mut t0 = browser::now_ms();
            let mut fetched = false;
            let pdf = loop {
                let result = crate::pipeline::pdf_with(
                    &case,
                    kind,
                    &fonts.set.borrow(),
                    browser::today(),
                    draft,
                    browser::now_unix(),
                );
                match result {
                    Ok(pdf) => break pdf,
                    // The faces lack outlines the pages draw: fetch those slices once
                    // and make the PDF again.
                    Err(ExportError::OutlinesPending(need)) if !fetched => {
                        fetched = true;
                        if let Err(e) = fonts.fetch_slices(&need).await {
                            return state.dispatch(Action::ExportFailed(e));
                        }
                        t0 = browser::now_ms();
                    }
                    Err(e) => return state.dispatch(Action::ExportFailed(e.to_string())),
                }
            };
            let millis = browser::now_ms() - t0;
            // Everything else in the background now that the first PDF is made.
            if !fonts.set.borrow().missing_slices().is_empty() {
                let fonts = fonts.clone();
                wasm_bindgen_futures::spawn_local(async move { fonts.fetch_rest().await });
            }
            let file_name = crate::pipeline::file_name(&case, kind, draft);
            let done = match then {
                Then::Download => browser::save(&pdf.bytes, &file_name, "application/pdf"),
                Then::Print => browser::print_pdf(&pdf.bytes),
            };
            match done {
                Ok(()) => state.dispatch(Action::ExportDone {
                    file_name,
                    bytes: pdf.bytes.len(),
                    millis,
                }),
                Err(e) => state.dispatch(Action::ExportFailed(e)),
            }
        });
    })
}

/// Fetch the fonts for the preview.
pub fn on_load_fonts(state: &UseReducerHandle<AppState>, fonts: &Fonts) -> Callback<MouseEvent> {
    let (state, fonts) = (state.clone(), fonts.clone());
    Callback::from(move |_: MouseEvent| load_fonts(&state, &fonts))
}

/// Fetch the bundled fonts and show the preview (the button, or a reload of a page
/// whose preview was shown).
pub fn load_fonts(state: &UseReducerHandle<AppState>, fonts: &Fonts) {
    if state.export.busy() {
        return;
    }
    state.dispatch(Action::ExportStarted);
    let (state, fonts) = (state.clone(), fonts.clone());
    wasm_bindgen_futures::spawn_local(async move {
        match fonts.ensure(&state).await {
            Ok(()) => {
                super::storage::set_preview_shown();
                state.dispatch(Action::Previewed)
            }
            Err(e) => state.dispatch(Action::ExportFailed(e)),
        }
    });
}
