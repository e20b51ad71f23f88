//! The live preview, kept off the input path: the pages are laid out after the typing
//! pauses, not on every keystroke. The pause adapts to the document: a short one when
//! the last layout was quick (the 2-page agreement), a longer one when it was slow (the
//! 120-party case), so typing never waits for a layout.

use super::Fonts;
use crate::model::{Case, DocKind};
use crate::ui::browser;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The preview's pages as SVG, their text in reading order (the text alternative a
/// screen reader reads), and how long the layout took (ms).
#[derive(Clone, PartialEq, Default)]
pub struct PreviewPages {
    pub pages: Rc<Vec<AttrValue>>,
    pub texts: Rc<Vec<AttrValue>>,
    pub millis: f64,
}

/// Pauses before a re-layout, by how long the last one took.
fn pause_ms(last_layout_ms: f64) -> u32 {
    if last_layout_ms < 12.0 { 60 } else { 350 }
}

#[hook]
pub fn use_preview(case: Rc<Case>, doc: DocKind, fonts: &Fonts) -> PreviewPages {
    let out = use_state(PreviewPages::default);
    let timer: Rc<RefCell<Option<gloo::timers::callback::Timeout>>> = use_mut_ref(|| None);
    let last = use_mut_ref(|| 0.0f64);
    // A fetch of font slices for the preview is under way.
    let fetching = use_mut_ref(|| false);
    {
        let (out, fonts_set, last) = (out.clone(), fonts.set.clone(), last.clone());
        let (fonts, fetching) = (fonts.clone(), fetching.clone());
        use_effect_with((case, doc, *fonts.version), move |(case, doc, _)| {
            // No preview before the bundled faces are in: a user font loaded first
            // would otherwise set every character it lacks as a box.
            if fonts_set.borrow().is_loaded(crate::layout::Face::Serif) {
                let (case, doc) = (case.clone(), *doc);
                let first = out.pages.is_empty();
                let pause = pause_ms(*last.borrow());
                let run = move || {
                    let t0 = browser::now_ms();
                    let (_, pages) =
                        crate::pipeline::pages(&case, doc, browser::today(), &*fonts_set.borrow());
                    // Outlines the pages draw that have not arrived: fetch them, then
                    // draw again (a failed fetch leaves those characters blank until
                    // the next edit or export tries again).
                    let need = crate::fonts::outlines_pending(&pages, None, &fonts_set.borrow());
                    if !need.is_empty() && !*fetching.borrow() {
                        *fetching.borrow_mut() = true;
                        let (fonts, fetching) = (fonts.clone(), fetching.clone());
                        wasm_bindgen_futures::spawn_local(async move {
                            let ok = fonts.fetch_slices(&need).await.is_ok();
                            *fetching.borrow_mut() = false;
                            if ok {
                                fonts.bump();
                            }
                        });
                    }
                    let svgs: Vec<AttrValue> = pages
                        .iter()
                        .map(|p| AttrValue::from(crate::render::svg::svg(p)))
                        .collect();
                    let texts: Vec<AttrValue> = pages
                        .iter()
                        .map(|p| AttrValue::from(crate::render::text::page_text(p)))
                        .collect();
                    let millis = browser::now_ms() - t0;
                    *last.borrow_mut() = millis;
                    out.set(PreviewPages {
                        pages: Rc::new(svgs),
                        texts: Rc::new(texts),
                        millis,
                    });
                };
                if first {
                    run();
                } else {
                    *timer.borrow_mut() = Some(gloo::timers::callback::Timeout::new(pause, run));
                }
            }
        });
    }
    (*out).clone()
}
