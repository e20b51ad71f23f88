//! App state and its reducer: plain data and one typed [`Action`] enum, tested natively.

use crate::model::{BodyFace, Case, Clause, DocKind, Party, Side};
use std::rc::Rc;
use yew::Reducible;

/// Where an export stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum ExportStatus {
    #[default]
    Idle,
    /// Downloading the fonts: bytes so far, and the total when known.
    LoadingFonts {
        loaded: u64,
        total: Option<u64>,
    },
    /// Laying out and writing the PDF.
    Rendering,
    Done {
        file_name: String,
        bytes: usize,
        millis: f64,
    },
    Failed(String),
}

impl ExportStatus {
    /// Is an export under way (the button is disabled meanwhile)?
    pub fn busy(&self) -> bool {
        matches!(
            self,
            ExportStatus::LoadingFonts { .. } | ExportStatus::Rendering
        )
    }
}

/// The whole app state.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub case: Rc<Case>,
    pub export: ExportStatus,
    /// The name of a font the user loaded, if any.
    pub user_font: Option<String>,
    /// The form being previewed and exported (one of `model::FORMS`).
    pub doc: DocKind,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            case: Rc::new(starter_case()),
            export: ExportStatus::Idle,
            user_font: None,
            doc: DocKind::Agreement,
        }
    }
}

/// A new case: two parties (one on each side) and one empty clause.
pub fn starter_case() -> Case {
    Case {
        parties: vec![
            Party::person("p1", Side::Applicant, ""),
            Party::person("p2", Side::Respondent, ""),
        ],
        agreement: crate::model::Agreement {
            clauses: vec![Clause::default()],
            ..Default::default()
        },
        ..Case::default()
    }
}

/// Everything that changes the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetPartyName {
        index: usize,
        value: String,
    },
    SetClause {
        index: usize,
        value: String,
    },
    ExportStarted,
    FontProgress {
        loaded: u64,
        total: Option<u64>,
    },
    Rendering,
    ExportDone {
        file_name: String,
        bytes: usize,
        millis: f64,
    },
    ExportFailed(String),
    /// Fonts are loaded and the preview is showing.
    Previewed,
    /// The user loaded a font file.
    UserFont(String),
    /// Set body text in the loaded font (true) or the bundled serif (false).
    BodyInUserFont(bool),
    /// Preview and export this form.
    ChooseDoc(DocKind),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetPartyName { index, value } => {
                let case = Rc::make_mut(&mut next.case);
                let Some(party) = case.parties.get_mut(index) else {
                    return self;
                };
                let name = match &mut party.kind {
                    crate::model::PartyKind::Person(p) => &mut p.name,
                    crate::model::PartyKind::Organisation(o) => &mut o.name,
                };
                if *name == value {
                    return self;
                }
                *name = value;
            }
            Action::SetClause { index, value } => {
                let case = Rc::make_mut(&mut next.case);
                let Some(clause) = case.agreement.clauses.get_mut(index) else {
                    return self;
                };
                if clause.text == value {
                    return self;
                }
                clause.text = value;
            }
            Action::ExportStarted => {
                if self.export.busy() {
                    return self;
                }
                next.export = ExportStatus::LoadingFonts {
                    loaded: 0,
                    total: None,
                };
            }
            Action::FontProgress { loaded, total } => {
                next.export = ExportStatus::LoadingFonts { loaded, total }
            }
            Action::Rendering => next.export = ExportStatus::Rendering,
            Action::ExportDone {
                file_name,
                bytes,
                millis,
            } => {
                next.export = ExportStatus::Done {
                    file_name,
                    bytes,
                    millis,
                }
            }
            Action::ExportFailed(msg) => next.export = ExportStatus::Failed(msg),
            Action::Previewed => next.export = ExportStatus::Idle,
            Action::UserFont(name) => {
                next.user_font = Some(name);
                next.export = ExportStatus::Idle;
            }
            Action::BodyInUserFont(on) => {
                let face = if on {
                    BodyFace::User
                } else {
                    BodyFace::Bundled
                };
                if self.case.settings.page.body_face == face {
                    return self;
                }
                Rc::make_mut(&mut next.case).settings.page.body_face = face;
            }
            Action::ChooseDoc(kind) => {
                if self.doc == kind {
                    return self;
                }
                next.doc = kind;
                if !next.export.busy() {
                    next.export = ExportStatus::Idle;
                }
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(s: Rc<AppState>, a: Action) -> Rc<AppState> {
        s.reduce(a)
    }

    #[test]
    fn typing_a_name_updates_only_that_party() {
        let s = reduce(
            Rc::new(AppState::default()),
            Action::SetPartyName {
                index: 1,
                value: "李四".into(),
            },
        );
        assert_eq!(s.case.parties[1].name(), "李四");
        assert_eq!(s.case.parties[0].name(), "");
    }

    #[test]
    fn a_no_op_returns_the_same_state() {
        let s = Rc::new(AppState::default());
        let same = reduce(
            s.clone(),
            Action::SetClause {
                index: 0,
                value: String::new(),
            },
        );
        assert!(Rc::ptr_eq(&s, &same));
        let out_of_range = reduce(
            s.clone(),
            Action::SetPartyName {
                index: 9,
                value: "x".into(),
            },
        );
        assert!(Rc::ptr_eq(&s, &out_of_range));
    }

    #[test]
    fn the_body_face_follows_the_checkbox_and_a_repeat_is_a_no_op() {
        let s = reduce(Rc::new(AppState::default()), Action::BodyInUserFont(true));
        assert_eq!(s.case.settings.page.body_face, BodyFace::User);
        let same = reduce(s.clone(), Action::BodyInUserFont(true));
        assert!(Rc::ptr_eq(&s, &same));
        let back = reduce(s, Action::BodyInUserFont(false));
        assert_eq!(back.case.settings.page.body_face, BodyFace::Bundled);
    }

    #[test]
    fn choosing_a_form_switches_the_document_and_a_repeat_is_a_no_op() {
        let s = Rc::new(AppState::default());
        assert_eq!(s.doc, DocKind::Agreement);
        let same = reduce(s.clone(), Action::ChooseDoc(DocKind::Agreement));
        assert!(Rc::ptr_eq(&s, &same));
        for f in crate::model::FORMS {
            let next = reduce(s.clone(), Action::ChooseDoc(f.kind));
            assert_eq!(next.doc, f.kind);
        }
    }

    #[test]
    fn a_second_export_click_while_busy_is_ignored() {
        let s = reduce(Rc::new(AppState::default()), Action::ExportStarted);
        assert!(s.export.busy());
        let again = reduce(s.clone(), Action::ExportStarted);
        assert!(Rc::ptr_eq(&s, &again));
    }

    #[test]
    fn export_runs_through_its_states() {
        let mut s = Rc::new(AppState::default());
        for a in [
            Action::ExportStarted,
            Action::FontProgress {
                loaded: 10,
                total: Some(100),
            },
            Action::Rendering,
            Action::ExportDone {
                file_name: "a.pdf".into(),
                bytes: 5,
                millis: 1.0,
            },
        ] {
            s = reduce(s, a);
        }
        assert_eq!(
            s.export,
            ExportStatus::Done {
                file_name: "a.pdf".into(),
                bytes: 5,
                millis: 1.0
            }
        );
        assert!(!s.export.busy());
    }
}
