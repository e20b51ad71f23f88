//! Undo and redo across every edit of the case (Ctrl+Z / Ctrl+Shift+Z).
//!
//! Typing into one field makes one undo step, not one per keystroke: consecutive edits
//! of the same path are merged. Any other edit, a list change or an undo starts a new
//! step. The history is bounded so a long session does not grow without limit.

use crate::model::Case;
use std::rc::Rc;

/// How many steps are kept.
pub const LIMIT: usize = 200;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    past: Vec<Rc<Case>>,
    future: Vec<Rc<Case>>,
    /// The path of the last plain edit, for merging keystrokes.
    last_path: Option<String>,
}

impl History {
    /// Record that `before` was replaced by an edit at `path` (`None`: a structural
    /// change that never merges).
    pub fn record(&mut self, before: &Rc<Case>, path: Option<&str>) {
        let merge = path.is_some() && self.last_path.as_deref() == path && !self.past.is_empty();
        if !merge {
            self.past.push(before.clone());
            if self.past.len() > LIMIT {
                self.past.remove(0);
            }
        }
        self.future.clear();
        self.last_path = path.map(str::to_string);
    }

    /// The case to go back to from `current`, if any.
    pub fn undo(&mut self, current: &Rc<Case>) -> Option<Rc<Case>> {
        let prev = self.past.pop()?;
        self.future.push(current.clone());
        self.last_path = None;
        Some(prev)
    }

    /// The case to go forward to from `current`, if any.
    pub fn redo(&mut self, current: &Rc<Case>) -> Option<Rc<Case>> {
        let next = self.future.pop()?;
        self.past.push(current.clone());
        self.last_path = None;
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// Forget everything (another case was opened).
    pub fn clear(&mut self) {
        *self = History::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(name: &str) -> Rc<Case> {
        let mut c = Case::default();
        c.dispute.title = name.into();
        Rc::new(c)
    }

    #[test]
    fn keystrokes_in_one_field_are_one_undo_step() {
        let mut h = History::default();
        let (a, b, c) = (case("a"), case("ab"), case("abc"));
        h.record(&a, Some("dispute.title"));
        h.record(&b, Some("dispute.title"));
        assert_eq!(h.undo(&c).unwrap(), a);
        assert!(!h.can_undo());
    }

    #[test]
    fn edits_of_different_fields_are_separate_steps_and_redo_returns() {
        let mut h = History::default();
        let (a, b, c) = (case("a"), case("b"), case("c"));
        h.record(&a, Some("dispute.title"));
        h.record(&b, Some("dispute.facts"));
        assert_eq!(h.undo(&c).unwrap(), b);
        assert_eq!(h.undo(&b).unwrap(), a);
        assert_eq!(h.redo(&a).unwrap(), b);
        assert_eq!(h.redo(&b).unwrap(), c);
        assert!(!h.can_redo());
    }

    #[test]
    fn a_new_edit_after_undo_drops_the_redo_steps() {
        let mut h = History::default();
        let (a, b) = (case("a"), case("b"));
        h.record(&a, None);
        h.undo(&b);
        assert!(h.can_redo());
        h.record(&a, None);
        assert!(!h.can_redo());
    }

    #[test]
    fn the_history_keeps_at_most_the_limit() {
        let mut h = History::default();
        for i in 0..LIMIT + 50 {
            h.record(&case(&i.to_string()), None);
        }
        let mut n = 0;
        let cur = case("x");
        while h.undo(&cur).is_some() {
            n += 1;
        }
        assert_eq!(n, LIMIT);
    }
}
