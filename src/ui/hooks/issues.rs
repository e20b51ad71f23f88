//! The open case's validation issues, kept off the input path in a large case: while
//! validating takes under [`SYNC_MS`] (every ordinary case) the issues are computed
//! during the render that follows an edit, as before; once a run takes longer (the
//! 120-party case: ≈ 10 ms, 40 ms on a phone-speed CPU) an edit of the same case keeps
//! showing the last issues and validation runs [`PAUSE_MS`] after the typing pauses,
//! so a keystroke never waits for it. Opening another case or choosing another form
//! validates at once. The final export validates again itself (`hooks::export`), so a
//! stale list never lets an invalid case out as a final PDF.

use crate::model::{Case, DocKind};
use crate::ui::browser;
use crate::validate::Issue;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use time::Date;
use yew::prelude::*;

/// A validation quicker than this (ms) runs on the edit's own render.
const SYNC_MS: f64 = 4.0;
/// How long typing must pause before a slow validation runs (ms).
const PAUSE_MS: u32 = 150;

/// A scheduled validation and the case it is for.
type Pending = Option<(Rc<Case>, Timeout)>;

/// Issues and what they were computed from.
struct Validated {
    case: Rc<Case>,
    case_id: String,
    doc: DocKind,
    today: Date,
    issues: Rc<Vec<Issue>>,
}

/// Validate, and remember whether it was slow.
fn validated(
    case: Rc<Case>,
    case_id: String,
    doc: DocKind,
    today: Date,
    slow: &RefCell<bool>,
) -> Validated {
    let t0 = browser::now_ms();
    let issues = Rc::new(crate::validate::validate(&case, &[doc], today));
    *slow.borrow_mut() = browser::now_ms() - t0 > SYNC_MS;
    Validated {
        case,
        case_id,
        doc,
        today,
        issues,
    }
}

/// The issues of `case` (stored as `case_id`) for `doc`, as of `today`.
#[hook]
pub fn use_issues(case: Rc<Case>, case_id: &str, doc: DocKind, today: Date) -> Rc<Vec<Issue>> {
    let cache: Rc<RefCell<Option<Validated>>> = use_mut_ref(|| None);
    let slow = use_mut_ref(|| false);
    // The pending run and the case it is for.
    let timer: Rc<RefCell<Pending>> = use_mut_ref(|| None);
    let redraw = use_force_update();
    let (fresh, same_case) = match &*cache.borrow() {
        Some(c) => {
            let same = c.case_id == case_id && c.doc == doc && c.today == today;
            (same && Rc::ptr_eq(&c.case, &case), same)
        }
        None => (false, false),
    };
    if !fresh {
        if same_case && *slow.borrow() {
            let pending = timer
                .borrow()
                .as_ref()
                .is_some_and(|(c, _)| Rc::ptr_eq(c, &case));
            if !pending {
                let (cache, slow, c, id) = (
                    cache.clone(),
                    slow.clone(),
                    case.clone(),
                    case_id.to_string(),
                );
                let run = Timeout::new(PAUSE_MS, move || {
                    *cache.borrow_mut() = Some(validated(c, id, doc, today, &slow));
                    redraw.force_update();
                });
                *timer.borrow_mut() = Some((case.clone(), run));
            }
        } else {
            *timer.borrow_mut() = None;
            *cache.borrow_mut() = Some(validated(case, case_id.to_string(), doc, today, &slow));
        }
    }
    cache
        .borrow()
        .as_ref()
        .map(|c| c.issues.clone())
        .unwrap_or_default()
}
