//! The open case's validation issues, kept off the input path in a large case: in a case
//! of fewer than [`LARGE_CASE`] parties (every ordinary case) the issues are computed
//! during the render that follows an edit, as before; in a larger one (the 120-party
//! case validates in ≈ 10 ms, 40 ms on a phone-speed CPU) an edit of the same case keeps
//! showing the last issues and validation runs [`PAUSE_MS`] after the typing pauses,
//! so a keystroke never waits for it. The size, not a measured time, decides, so an
//! ordinary case never shows stale issues because the machine was busy once. Opening
//! another case or choosing another form validates at once. The final export validates again itself (`hooks::export`), so a
//! stale list never lets an invalid case out as a final PDF.

use crate::model::{Case, DocKind};
use crate::validate::Issue;
use crate::values::calendar::Calendar;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use time::Date;
use yew::prelude::*;

/// From this many parties on, edits validate after typing pauses.
const LARGE_CASE: usize = 40;
/// How long typing must pause before a large case's validation runs (ms).
const PAUSE_MS: u32 = 150;

/// A scheduled validation and the case it is for.
type Pending = Option<(Rc<Case>, Timeout)>;

/// Issues and what they were computed from.
struct Validated {
    case: Rc<Case>,
    case_id: String,
    doc: DocKind,
    today: Date,
    calendar: Rc<Calendar>,
    issues: Rc<Vec<Issue>>,
}

/// Validate.
fn validated(
    case: Rc<Case>,
    case_id: String,
    doc: DocKind,
    today: Date,
    calendar: Rc<Calendar>,
) -> Validated {
    let issues = Rc::new(crate::pipeline::check(&case, &[doc], today, &calendar));
    Validated {
        case,
        case_id,
        doc,
        today,
        calendar,
        issues,
    }
}

/// The issues of `case` (stored as `case_id`) for `doc`, as of `today`, deadlines
/// counted with `calendar` (a new holiday year recomputes them at once).
#[hook]
pub fn use_issues(
    case: Rc<Case>,
    case_id: &str,
    doc: DocKind,
    today: Date,
    calendar: Rc<Calendar>,
) -> Rc<Vec<Issue>> {
    let cache: Rc<RefCell<Option<Validated>>> = use_mut_ref(|| None);
    // The pending run and the case it is for.
    let timer: Rc<RefCell<Pending>> = use_mut_ref(|| None);
    let redraw = use_force_update();
    let (fresh, same_case) = match &*cache.borrow() {
        Some(c) => {
            let same = c.case_id == case_id
                && c.doc == doc
                && c.today == today
                && Rc::ptr_eq(&c.calendar, &calendar);
            (same && Rc::ptr_eq(&c.case, &case), same)
        }
        None => (false, false),
    };
    if !fresh {
        if same_case && case.parties.len() >= LARGE_CASE {
            let pending = timer
                .borrow()
                .as_ref()
                .is_some_and(|(c, _)| Rc::ptr_eq(c, &case));
            if !pending {
                let (cache, c, id) = (cache.clone(), case.clone(), case_id.to_string());
                let cal = calendar.clone();
                let run = Timeout::new(PAUSE_MS, move || {
                    *cache.borrow_mut() = Some(validated(c, id, doc, today, cal));
                    redraw.force_update();
                });
                *timer.borrow_mut() = Some((case.clone(), run));
            }
        } else {
            *timer.borrow_mut() = None;
            *cache.borrow_mut() = Some(validated(case, case_id.to_string(), doc, today, calendar));
        }
    }
    cache
        .borrow()
        .as_ref()
        .map(|c| c.issues.clone())
        .unwrap_or_default()
}
