//! Small components, one concern each: the field inputs bound to a field path
//! ([`fields`]), list tools ([`list`]), issues and pre-flight ([`issues`]), the export
//! status ([`status`]), the document picker ([`picker`]) and the preview ([`preview`]).
//!
//! Every component reads the app through [`Ctx`], shared by a `ContextProvider` (Yew's
//! `contexts` example): the reducer handle, the validation issues of the open case, and
//! today's date.

pub mod fields;
pub mod issues;
pub mod list;
pub mod picker;
pub mod preview;
pub mod status;

use super::state::{Action, AppState, Op};
use crate::model::Date;
use crate::validate::Issue;
use std::rc::Rc;
use yew::prelude::*;

/// What every component may read: the state (and its dispatcher), the issues of the open
/// case for the chosen document, and today.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub state: UseReducerHandle<AppState>,
    pub issues: Rc<Vec<Issue>>,
    pub today: Date,
}

impl Ctx {
    /// Dispatch the generic edit.
    pub fn edit(&self, path: impl Into<String>, op: Op) {
        self.state.dispatch(Action::Edit {
            path: path.into(),
            op,
        });
    }

    /// The issues reported at exactly `path`.
    pub fn issues_at<'a>(&'a self, path: &'a str) -> impl Iterator<Item = &'a Issue> + 'a {
        self.issues.iter().filter(move |i| i.path == path)
    }
}

/// The app context. Panics only if a component is used outside the provider (a
/// programmer error, caught by the browser tests).
#[hook]
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().expect("components are used inside the app's ContextProvider<Ctx>")
}
