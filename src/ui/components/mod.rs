//! Small components, one concern each: the field inputs bound to a field path
//! ([`fields`]), list tools ([`list`]), issues and pre-flight ([`issues`]), the export
//! status ([`status`]), the document picker ([`picker`]), the preview ([`preview`]), an
//! issue's 「为什么？」 ([`why`]) and the index of every rule explained ([`rule_index`]).
//!
//! Field-level components read the app through [`Ctx`], shared by a `ContextProvider`
//! (Yew's `contexts` example): the dispatcher, the validation issues, the last refused
//! edit, today. It is rebuilt only when one of these really changes (the issues are
//! compared, not just recomputed), so typing re-renders the inputs whose value changed,
//! not the two thousand inputs of a 120-party case. The parties' names, which change
//! as a name is typed, are a context of their own ([`PartyNames`]), read only by the
//! choices that name parties.
//! Panels and screens, which show the case itself, read the whole state with
//! [`use_app`].

pub mod fields;
pub mod issues;
pub mod list;
pub mod offers;
pub mod picker;
pub mod preview;
pub mod rule_index;
pub mod status;
pub mod why;

use super::state::{Action, AppState, Op};
use crate::model::{Date, DocKind};
use crate::validate::Issue;
use crate::values::calendar::Calendar;
use std::rc::Rc;
use yew::prelude::*;

/// What every component may read: the state (and its dispatcher), the issues of the open
/// case for the chosen document, and today.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub dispatch: UseReducerDispatcher<AppState>,
    pub issues: Rc<Vec<Issue>>,
    /// The last refused edit: its path and why.
    pub edit_error: Option<Rc<(String, String)>>,
    /// The form being previewed and exported.
    pub doc: DocKind,
    pub today: Date,
    /// The holiday schedules deadlines are counted with: built in, the committee
    /// profile's years, the case file's years.
    pub calendar: Rc<Calendar>,
}

impl Ctx {
    pub fn send(&self, action: Action) {
        self.dispatch.dispatch(action);
    }

    /// Dispatch the generic edit.
    pub fn edit(&self, path: impl Into<String>, op: Op) {
        self.dispatch.dispatch(Action::Edit {
            path: path.into(),
            op,
        });
    }

    /// The issues reported at exactly `path`.
    pub fn issues_at<'a>(&'a self, path: &'a str) -> impl Iterator<Item = &'a Issue> + 'a {
        self.issues.iter().filter(move |i| i.path == path)
    }
}

/// Which fields show their findings beneath them (issue 24): those the user has
/// touched (edited, or reached from an issue), or every one when the
/// user asked for the form's check. The pre-flight beside the export buttons and the
/// section index count every finding regardless.
#[derive(Clone, PartialEq)]
pub struct Shown {
    pub touched: Rc<std::collections::BTreeSet<String>>,
    pub all: bool,
}

impl Shown {
    pub fn shows(&self, path: &str) -> bool {
        self.all || self.touched.contains(path)
    }
}

/// Which fields show their findings; outside the editor's provider, all of them.
#[hook]
pub fn use_shown() -> Shown {
    use_context::<Shown>().unwrap_or(Shown {
        touched: Rc::default(),
        all: true,
    })
}

/// The parties' ids and names, for the choices that name parties.
#[derive(Clone, PartialEq, Default)]
pub struct PartyNames(pub Rc<Vec<(String, String)>>);

/// The parties' names (none outside the app).
#[hook]
pub fn use_party_names() -> PartyNames {
    use_context::<PartyNames>().unwrap_or_default()
}

/// The field context. Panics only if a component is used outside the provider (a
/// programmer error, caught by the browser tests).
#[hook]
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().expect("components are used inside the app's ContextProvider<Ctx>")
}

/// The whole state, for panels and screens.
#[hook]
pub fn use_app() -> UseReducerHandle<AppState> {
    use_context::<UseReducerHandle<AppState>>()
        .expect("panels are used inside the app's ContextProvider<UseReducerHandle<AppState>>")
}
