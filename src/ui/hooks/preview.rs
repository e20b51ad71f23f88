//! The live preview, kept off the input path: the pages are laid out after the typing
//! pauses, not on every keystroke. The pause adapts to the document: a short one when
//! the last layout was quick (the 2-page agreement), a longer one when it was slow (the
//! 120-party case), so typing never waits for a layout.
//!
//! After the layout the work is cut up so that a key pressed meanwhile is not kept
//! waiting for all of it: a page laid out as before keeps its SVG and text (typing a
//! name changes a few of the 61 pages of the 120-party case), the pages that changed
//! are drawn a few milliseconds' worth at a time with the browser's event loop let in
//! between, and an edit made meanwhile abandons the run (the next one starts after its
//! pause).

use super::Fonts;
use crate::layout::frame::Page;
use crate::model::{Case, DocKind};
use crate::ui::browser;
use std::cell::{Cell, RefCell};
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

/// How long one slice of drawing may hold the page before the browser gets a turn (ms).
const SLICE_MS: f64 = 8.0;

/// The last pages drawn: their frames and what was shown for them, to reuse for a
/// page that comes out the same.
#[derive(Default)]
struct Drawn {
    frames: Vec<Page>,
    shown: PreviewPages,
}

impl Drawn {
    /// The SVG and text of `page`, if page `i` was drawn the same last time.
    fn reuse(&self, i: usize, page: &Page) -> Option<(AttrValue, AttrValue)> {
        (self.frames.get(i) == Some(page))
            .then(|| (self.shown.pages[i].clone(), self.shown.texts[i].clone()))
    }
}

#[hook]
pub fn use_preview(case: Rc<Case>, doc: DocKind, fonts: &Fonts) -> PreviewPages {
    let out = use_state(PreviewPages::default);
    let timer: Rc<RefCell<Option<gloo::timers::callback::Timeout>>> = use_mut_ref(|| None);
    let last = use_mut_ref(|| 0.0f64);
    // A fetch of font slices for the preview is under way.
    let fetching = use_mut_ref(|| false);
    let drawn: Rc<RefCell<Drawn>> = use_mut_ref(Drawn::default);
    // Which edit the running preview is for: a newer edit abandons it.
    let generation: Rc<Cell<u64>> = use_memo((), |_| Cell::new(0));
    {
        let (out, fonts_set, last) = (out.clone(), fonts.set.clone(), last.clone());
        let (fonts, fetching) = (fonts.clone(), fetching.clone());
        use_effect_with((case, doc, *fonts.version), move |(case, doc, _)| {
            let run_id = generation.get() + 1;
            generation.set(run_id);
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
                    wasm_bindgen_futures::spawn_local(async move {
                        let mut busy = browser::now_ms() - t0;
                        let mut slice = browser::now_ms();
                        let (mut svgs, mut texts) = (Vec::new(), Vec::new());
                        for (i, page) in pages.iter().enumerate() {
                            if browser::now_ms() - slice > SLICE_MS {
                                busy += browser::now_ms() - slice;
                                gloo::timers::future::TimeoutFuture::new(0).await;
                                if generation.get() != run_id {
                                    return;
                                }
                                slice = browser::now_ms();
                            }
                            let reused = drawn.borrow().reuse(i, page);
                            let (svg, text) = reused.unwrap_or_else(|| {
                                (
                                    AttrValue::from(crate::render::svg::svg(page)),
                                    AttrValue::from(crate::render::text::page_text(page)),
                                )
                            });
                            svgs.push(svg);
                            texts.push(text);
                        }
                        // The time the preview held the page: the layout and the
                        // slices of drawing, not the waits between them.
                        let millis = busy + (browser::now_ms() - slice);
                        *last.borrow_mut() = millis;
                        let shown = PreviewPages {
                            pages: Rc::new(svgs),
                            texts: Rc::new(texts),
                            millis,
                        };
                        *drawn.borrow_mut() = Drawn {
                            frames: pages,
                            shown: shown.clone(),
                        };
                        out.set(shown);
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
