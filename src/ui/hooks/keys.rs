//! Keyboard: Ctrl+Z / Ctrl+Shift+Z (⌘ on a Mac, and Ctrl+Y) undo and redo every edit;
//! and focusing the field a preview click or an issue points to.

use crate::ui::state::{Action, AppState, field_id};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[hook]
pub fn use_undo_keys(state: &UseReducerHandle<AppState>) {
    let state = state.clone();
    use_effect_with((), move |_| {
        let document = gloo::utils::document();
        // Not passive (gloo's default): the browser's own undo in a text field is
        // suppressed, and Chromium logs no "Unable to preventDefault" error (issue 22).
        let options = gloo::events::EventListenerOptions::enable_prevent_default();
        let listener = gloo::events::EventListener::new_with_options(
            &document,
            "keydown",
            options,
            move |e| {
                let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
                    return;
                }
                let key = e.key().to_lowercase();
                let action = match (key.as_str(), e.shift_key()) {
                    ("z", false) => Action::Undo,
                    ("z", true) | ("y", false) => Action::Redo,
                    _ => return,
                };
                e.prevent_default();
                state.dispatch(action);
            },
        );
        move || drop(listener)
    });
}

/// Focus the field at the state's `focus` path (or the nearest enclosing one that has an
/// input, or else its section), opening the sections around it.
#[hook]
pub fn use_focus(state: &UseReducerHandle<AppState>) {
    use_effect_with(state.focus.clone(), |focus| {
        let Some((path, _)) = focus else { return };
        let document = gloo::utils::document();
        // A section itself (the index): its heading at the top of the window.
        if let Some(s) = crate::ui::panels::Section::ALL
            .iter()
            .find(|s| s.path() == path.as_str())
            && let Some(el) = document.get_element_by_id(s.id())
        {
            el.scroll_into_view_with_bool(true);
            focus_in_place(&el);
            return;
        }
        let mut p = path.as_str();
        let el = loop {
            if let Some(el) = document.get_element_by_id(&field_id(p)) {
                break Some(el);
            }
            match p.rfind(['.', '[']) {
                Some(i) => p = &p[..i],
                None => break None,
            }
        };
        // No input of its own (e.g. `parties`, fewer than two): its section.
        let el = el
            .or_else(|| document.get_element_by_id(crate::ui::panels::Section::of_path(path).id()));
        let Some(el) = el else { return };
        if let Some(d) = el.dyn_ref::<web_sys::HtmlDetailsElement>() {
            d.set_open(true);
        }
        let mut up = el.parent_element();
        while let Some(node) = up {
            if let Some(d) = node.dyn_ref::<web_sys::HtmlDetailsElement>() {
                d.set_open(true);
            }
            up = node.parent_element();
        }
        // Centred, not at the window's edge, so the field is seen with what is around it.
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
        // An item of a list (a new party, clause or record): its first field.
        let target = if el.tag_name().eq_ignore_ascii_case("fieldset") {
            el.query_selector("input:not([type=hidden]):not([type=checkbox]), textarea, select")
                .ok()
                .flatten()
                .unwrap_or(el)
        } else {
            el
        };
        focus_in_place(&target);
    });
}

/// Focus `el` where it is: the scroll was chosen already.
fn focus_in_place(el: &web_sys::Element) {
    if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
        let o = web_sys::FocusOptions::new();
        o.set_prevent_scroll(true);
        let _ = h.focus_with_options(&o);
    }
}
