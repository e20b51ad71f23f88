//! App state and its reducer: plain data and one typed [`Action`] enum, tested natively
//! (Yew's `function_todomvc` shape). Split by concern: [`edit`] (the one generic edit,
//! addressed by field path), [`history`] (undo/redo), [`cases`] (the stored cases, the
//! committee profile, backups), [`export`] (export progress).
//!
//! Storage, fonts and downloads are side effects and live in `ui::hooks`; they report
//! back through actions.

pub mod cases;
pub mod edit;
pub mod export;
pub mod guide;
pub mod history;

pub use cases::{CaseSummary, Profile, SortBy};
pub use edit::{Op, field_id};
pub use export::ExportStatus;
pub use history::History;

use crate::model::{BodyFace, Case, Clause, DocKind, Party, PartyKind, Side};
use crate::ui::i18n::{Lang, fmt, t};

use crate::model::Section;
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::Reducible;

/// Which screen is showing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    /// The cases stored in this browser.
    #[default]
    Cases,
    /// One case, with its preview.
    Editor,
    /// The committee profile and the local form settings.
    Profile,
    /// Training: the forms with numbered notes on their parts.
    Training,
}

/// Whether browser storage works.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum StorageStatus {
    #[default]
    Ok,
    /// Saved at this time (ms since 1970).
    Saved(f64),
    /// The browser refused (private mode, disabled, quota): the message says which and
    /// what to do. Edits stay in memory meanwhile.
    Failed(String),
}

/// A message at the top of the page (an import, a deletion that can be undone).
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
    /// A case just deleted, kept so 「撤销」 can put it back: its summary and file text.
    pub undo_delete: Option<(CaseSummary, Rc<str>)>,
}

/// The whole app state.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub screen: Screen,
    /// The storage id of the open case.
    pub case_id: String,
    pub case: Rc<Case>,
    pub history: History,
    /// Bumped on every change of the case: the autosave watches it.
    pub revision: u64,
    /// The form being previewed and exported (one of `document::forms::FORMS`).
    pub doc: DocKind,
    pub export: ExportStatus,
    /// The name of a font the user loaded, if any.
    pub user_font: Option<String>,
    /// The stored cases.
    pub cases: Rc<Vec<CaseSummary>>,
    pub profile: Rc<Profile>,
    pub storage: StorageStatus,
    pub notice: Option<Notice>,
    /// The last edit that was refused, and why (shown beside the field).
    pub edit_error: Option<(String, String)>,
    /// A field to focus (from a click on the preview or an issue), and a counter so a
    /// second click on the same field focuses it again.
    pub focus: Option<(String, u32)>,
    /// An example open read-only (its file stem): shown in the editor with every input
    /// disabled, never stored, every edit refused.
    pub read_only: Option<String>,
    /// The five-step guide to a first agreement is showing beside the editor.
    pub guide: bool,
    /// The section being worked on: the only one open in the editor, the others folded
    /// (issue 24: short paths). `None`: every section folded.
    pub open_section: Option<Section>,
    /// The fields whose findings show beneath them: edited, or reached from an issue.
    /// A blank case does not open in red. (Not on leaving a field: a message appearing
    /// then moves the button being clicked from under the pointer, and the click is
    /// lost, as 「＋ 添加一条」 was.)
    pub touched: Rc<BTreeSet<String>>,
    /// The user asked for the form's check: every field shows its findings.
    pub check_all: bool,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            screen: Screen::Cases,
            case_id: String::new(),
            case: Rc::new(starter_case()),
            history: History::default(),
            revision: 0,
            doc: DocKind::Agreement,
            export: ExportStatus::Idle,
            user_font: None,
            cases: Rc::new(Vec::new()),
            profile: Rc::new(Profile::default()),
            storage: StorageStatus::Ok,
            notice: None,
            edit_error: None,
            focus: None,
            read_only: None,
            guide: false,
            open_section: None,
            touched: Rc::new(BTreeSet::new()),
            check_all: false,
        }
    }
}

/// The sections `doc` needs, in the order of a case's life.
pub fn needed(doc: DocKind) -> Vec<Section> {
    let sections = doc.form().sections;
    Section::ALL
        .iter()
        .copied()
        .filter(|s| sections.contains(s))
        .collect()
}

/// The first section `doc` needs: the one a case opens at.
pub fn first_section(doc: DocKind) -> Option<Section> {
    needed(doc).first().copied()
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

/// The prefix of paths that edit the committee profile instead of the case.
pub const PROFILE: &str = "profile.";

/// Everything that changes the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The one generic edit: `op` at the field `path` of the case, or of the profile
    /// when the path starts with `profile.`.
    Edit {
        path: String,
        op: Op,
    },
    /// A party becomes a person or an organisation: the fields of the other kind go,
    /// the name, id, side and agents stay.
    SetPartyKind {
        index: usize,
        organisation: bool,
    },
    Undo,
    Redo,
    /// Focus the field at this path (preview click, issue click).
    Focus(String),
    /// Open a case (from the list, new, imported, an example).
    Open {
        id: String,
        case: Rc<Case>,
    },
    /// Open an example read-only (`name` its file stem): not stored, not editable.
    OpenReadOnly {
        name: String,
        case: Rc<Case>,
    },
    /// The training screen.
    ShowTraining,
    /// Show or hide the five-step guide beside the editor.
    ShowGuide(bool),
    /// Back to the list.
    ShowCases,
    /// Back to the open case.
    ShowEditor,
    ShowProfile,
    /// The stored cases and profile, read at start.
    Loaded {
        cases: Vec<CaseSummary>,
        profile: Option<Rc<Profile>>,
    },
    /// All local data was removed: no case is open, the list and profile are empty.
    Cleared,
    /// A case was written to storage.
    Stored(CaseSummary),
    /// Storage refused a write or is unavailable.
    StorageFailed(String),
    /// A case was removed from storage; its text is kept for 「撤销」.
    Deleted {
        id: String,
        text: Rc<str>,
    },
    Notify {
        text: String,
        error: bool,
    },
    DismissNotice,
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
    /// Open this section of the editor and fold the others (`None`: fold them all).
    OpenSection(Option<Section>),
    /// Show every field's findings (the form's check asked for), or only the touched.
    CheckAll(bool),
}

impl AppState {
    /// The state with `case` as the open case, the change recorded for undo.
    fn with_case(mut self, case: Case, path: Option<&str>, before: &Rc<Case>) -> Self {
        self.history.record(before, path);
        self.case = Rc::new(case);
        self.revision += 1;
        self.edit_error = None;
        self
    }

    /// Show `case` (stored as `id`; none for a read-only example, `read_only` naming it)
    /// in the editor, with a fresh history and no leftover error, focus or export status.
    fn open(&mut self, id: String, case: Rc<Case>, read_only: Option<String>) {
        self.read_only = read_only;
        self.case_id = id;
        self.case = case;
        self.history.clear();
        self.revision += 1;
        self.screen = Screen::Editor;
        self.edit_error = None;
        self.focus = None;
        self.open_section = first_section(self.doc);
        self.touched = Rc::new(BTreeSet::new());
        self.check_all = false;
        if !self.export.busy() {
            self.export = ExportStatus::Idle;
        }
    }

    /// Mark `path` touched (its findings show from now on).
    fn touch(&mut self, path: &str) {
        if !self.touched.contains(path) {
            Rc::make_mut(&mut self.touched).insert(path.to_string());
        }
    }

    fn edit_profile(mut self, path: &str, op: &Op) -> Result<Option<Self>, String> {
        let segs =
            edit::parse(path).ok_or_else(|| fmt(Lang::Zh, "字段路径「{path}」无效", &[&path]))?;
        let mut value = edit::json(&*self.profile);
        let before = value.clone();
        edit::apply_value(&mut value, &segs, op)?;
        if value == before {
            return Ok(None);
        }
        let profile: Profile = serde_json::from_str(&value.to_string())
            .map_err(|_| fmt(Lang::Zh, "无法修改「{path}」：取值不合格式", &[&path]))?;
        self.profile = Rc::new(profile);
        Ok(Some(self))
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // A read-only example takes no change to its case.
        if self.read_only.is_some()
            && matches!(
                action,
                Action::Edit { .. }
                    | Action::SetPartyKind { .. }
                    | Action::Undo
                    | Action::Redo
                    | Action::BodyInUserFont(_)
            )
        {
            let profile_edit =
                matches!(&action, Action::Edit { path, .. } if path.starts_with(PROFILE));
            if !profile_edit {
                return self;
            }
        }
        let mut next = (*self).clone();
        // A notice that is not an error lasts until the user moves on (opens a case,
        // edits, changes screen): an old 「已删除…」 with its 「撤销」 does not linger.
        if next.notice.as_ref().is_some_and(|n| !n.error)
            && matches!(
                action,
                Action::Edit { .. }
                    | Action::Open { .. }
                    | Action::OpenReadOnly { .. }
                    | Action::ShowEditor
                    | Action::ShowProfile
                    | Action::ShowTraining
            )
        {
            next.notice = None;
        }
        match action {
            Action::Edit { path, op } => {
                next.touch(&path);
                if let Some(rest) = path.strip_prefix(PROFILE) {
                    return match next.edit_profile(rest, &op) {
                        Ok(Some(s)) => Rc::new(s),
                        Ok(None) => self,
                        Err(m) => {
                            let mut s = (*self).clone();
                            s.edit_error = Some((path, m));
                            Rc::new(s)
                        }
                    };
                }
                match edit::apply(&self.case, &path, &op) {
                    Ok(Some(case)) => {
                        let merge_key = matches!(op, Op::Set(_)).then_some(path.as_str());
                        next = next.with_case(case, merge_key, &self.case);
                    }
                    Ok(None) => return self,
                    Err(m) => next.edit_error = Some((path, m)),
                }
            }
            Action::SetPartyKind {
                index,
                organisation,
            } => {
                let Some(party) = self.case.parties.get(index) else {
                    return self;
                };
                if party.is_organisation() == organisation {
                    return self;
                }
                let mut case = (*self.case).clone();
                let name = party.name().to_string();
                let p = &mut case.parties[index];
                p.kind = if organisation {
                    PartyKind::Organisation(crate::model::Organisation {
                        name,
                        ..Default::default()
                    })
                } else {
                    PartyKind::Person(crate::model::Person {
                        name,
                        ..Default::default()
                    })
                };
                next = next.with_case(case, None, &self.case);
            }
            Action::Undo => match next.history.undo(&self.case) {
                Some(prev) => {
                    next.case = prev;
                    next.revision += 1;
                    next.edit_error = None;
                }
                None => return self,
            },
            Action::Redo => match next.history.redo(&self.case) {
                Some(case) => {
                    next.case = case;
                    next.revision += 1;
                    next.edit_error = None;
                }
                None => return self,
            },
            Action::Focus(path) => {
                // Reached from an issue or the preview: the field's section opens and
                // its findings show.
                next.open_section = Some(Section::of_path(&path));
                next.touch(&path);
                let n = next.focus.as_ref().map_or(0, |f| f.1) + 1;
                next.focus = Some((path, n));
            }
            Action::Open { id, case } => next.open(id, case, None),
            Action::OpenReadOnly { name, case } => next.open(String::new(), case, Some(name)),
            Action::ShowGuide(on) => {
                if self.guide == on {
                    return self;
                }
                next.guide = on;
            }
            Action::ShowTraining => {
                if self.screen == Screen::Training {
                    return self;
                }
                next.screen = Screen::Training;
            }
            Action::ShowCases => {
                if self.screen == Screen::Cases {
                    return self;
                }
                next.screen = Screen::Cases;
            }
            Action::ShowEditor => {
                if self.screen == Screen::Editor
                    || (self.case_id.is_empty() && self.read_only.is_none())
                {
                    return self;
                }
                next.screen = Screen::Editor;
            }
            Action::ShowProfile => {
                if self.screen == Screen::Profile {
                    return self;
                }
                next.screen = Screen::Profile;
            }
            Action::Loaded { cases, profile } => {
                next.cases = Rc::new(cases);
                if let Some(p) = profile {
                    next.profile = p;
                }
            }
            Action::Cleared => {
                next.cases = Rc::new(Vec::new());
                next.profile = Rc::new(Profile::default());
                next.case_id = String::new();
                next.read_only = None;
                next.case = Rc::new(starter_case());
                next.history.clear();
                next.screen = Screen::Cases;
                next.notice = Some(Notice {
                    text: t(Lang::Zh, "本机数据已全部清除。").into(),
                    error: false,
                    undo_delete: None,
                });
            }
            Action::Stored(summary) => {
                let mut cases = (*self.cases).clone();
                match cases.iter_mut().find(|c| c.id == summary.id) {
                    Some(c) => *c = summary.clone(),
                    None => cases.push(summary.clone()),
                }
                next.cases = Rc::new(cases);
                next.storage = StorageStatus::Saved(summary.updated);
            }
            Action::StorageFailed(m) => {
                if self.storage == StorageStatus::Failed(m.clone()) {
                    return self;
                }
                next.storage = StorageStatus::Failed(m)
            }
            Action::Deleted { id, text } => {
                let mut cases = (*self.cases).clone();
                let Some(at) = cases.iter().position(|c| c.id == id) else {
                    return self;
                };
                let summary = cases.remove(at);
                next.cases = Rc::new(cases);
                next.notice = Some(Notice {
                    text: fmt(
                        Lang::Zh,
                        "已删除「{name}」。",
                        &[&if summary.parties.is_empty() {
                            t(Lang::Zh, "未命名案件")
                        } else {
                            summary.parties.as_str()
                        }],
                    ),
                    error: false,
                    undo_delete: Some((summary, text)),
                });
                if self.case_id == id {
                    next.case_id = String::new();
                    next.screen = Screen::Cases;
                }
            }
            Action::Notify { text, error } => {
                next.notice = Some(Notice {
                    text,
                    error,
                    undo_delete: None,
                })
            }
            Action::DismissNotice => {
                if self.notice.is_none() {
                    return self;
                }
                next.notice = None;
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
                let value = edit::json(&face);
                return self.reduce(Action::Edit {
                    path: "settings.page.body_face".into(),
                    op: Op::Set(value),
                });
            }
            Action::ChooseDoc(kind) => {
                if self.doc == kind {
                    return self;
                }
                next.doc = kind;
                // The open section stays when the new form needs it too.
                if !next
                    .open_section
                    .is_some_and(|s| kind.form().sections.contains(&s))
                {
                    next.open_section = first_section(kind);
                }
                if !next.export.busy() {
                    next.export = ExportStatus::Idle;
                }
            }
            Action::OpenSection(section) => {
                if self.open_section == section {
                    return self;
                }
                next.open_section = section;
            }
            Action::CheckAll(on) => {
                if self.check_all == on {
                    return self;
                }
                next.check_all = on;
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn reduce(s: Rc<AppState>, a: Action) -> Rc<AppState> {
        s.reduce(a)
    }

    fn set(path: &str, v: Value) -> Action {
        Action::Edit {
            path: path.into(),
            op: Op::Set(v),
        }
    }

    #[test]
    fn one_section_is_open_and_an_issue_click_opens_its_own() {
        let s = reduce(
            Rc::new(AppState::default()),
            Action::Open {
                id: "a".into(),
                case: Rc::new(starter_case()),
            },
        );
        assert_eq!(
            s.open_section,
            Some(Section::Committee),
            "a case opens at its first section"
        );
        let s = reduce(s, Action::Focus("agreement.clauses[0].text".into()));
        assert_eq!(s.open_section, Some(Section::Agreement));
        let s = reduce(s, Action::OpenSection(None));
        assert_eq!(s.open_section, None, "the open one folds too");
        // A form that does not need the open section opens its own first one.
        let s = reduce(s, Action::OpenSection(Some(Section::Visits)));
        let s = reduce(s, Action::ChooseDoc(DocKind::Filing));
        assert_eq!(s.open_section, first_section(DocKind::Filing));
        let s = reduce(s, Action::OpenSection(Some(Section::Confirmation)));
        let s = reduce(s, Action::ChooseDoc(DocKind::Confirmation));
        assert_eq!(
            s.open_section,
            Some(Section::Confirmation),
            "still needed: stays open"
        );
    }

    #[test]
    fn findings_show_for_touched_fields_until_the_next_case() {
        let s = Rc::new(AppState::default());
        let s = reduce(s, set("parties[0].name", json!("王芳")));
        let s = reduce(s, Action::Focus("committee.name".into()));
        let touched: Vec<&str> = s.touched.iter().map(String::as_str).collect();
        assert_eq!(touched, ["committee.name", "parties[0].name"]);
        let same = reduce(s.clone(), Action::CheckAll(false));
        assert!(
            Rc::ptr_eq(&s, &same),
            "asking for what is already so changes nothing"
        );
        let s = reduce(s, Action::CheckAll(true));
        assert!(s.check_all);
        let s = reduce(
            s,
            Action::Open {
                id: "b".into(),
                case: Rc::new(starter_case()),
            },
        );
        assert!(
            s.touched.is_empty() && !s.check_all,
            "another case starts untouched"
        );
    }

    #[test]
    fn typing_a_name_updates_only_that_party() {
        let s = reduce(
            Rc::new(AppState::default()),
            set("parties[1].name", json!("李四")),
        );
        assert_eq!(s.case.parties[1].name(), "李四");
        assert_eq!(s.case.parties[0].name(), "");
        assert_eq!(s.revision, 1);
    }

    #[test]
    fn a_no_op_returns_the_same_state() {
        let s = Rc::new(AppState::default());
        let same = reduce(s.clone(), set("agreement.clauses[0].text", json!("")));
        assert!(Rc::ptr_eq(&s, &same));
        let same = reduce(
            s.clone(),
            Action::SetPartyKind {
                index: 0,
                organisation: false,
            },
        );
        assert!(Rc::ptr_eq(&s, &same));
        let same = reduce(s.clone(), Action::Undo);
        assert!(Rc::ptr_eq(&s, &same));
    }

    #[test]
    fn a_refused_edit_keeps_the_case_and_says_why_at_the_field() {
        let s = Rc::new(AppState::default());
        let next = reduce(s.clone(), set("parties[9].name", json!("x")));
        assert!(Rc::ptr_eq(&s.case, &next.case));
        let (path, msg) = next.edit_error.clone().unwrap();
        assert_eq!(path, "parties[9].name");
        assert!(msg.contains("没有第 10 项"), "{msg}");
    }

    #[test]
    fn applying_a_suggestion_is_the_same_edit_as_typing() {
        // A validation suggestion carries a path and a value: the editor dispatches it
        // as the generic edit.
        let mut case = starter_case();
        case.parties[0] = Party::person("p1", Side::Applicant, "张三");
        if let PartyKind::Person(p) = &mut case.parties[0].kind {
            p.id_number = "11010519491231002x".into();
        }
        let issues = crate::pipeline::check(
            &case,
            &[DocKind::Agreement],
            time::macros::date!(2026 - 12 - 03),
            &crate::values::calendar::Calendar::builtin(),
        );
        let s = issues
            .iter()
            .find_map(|i| {
                i.suggestion
                    .clone()
                    .filter(|s| s.path.ends_with("id_number"))
            })
            .expect("a normalisation suggestion for the lower-case x");
        let state = Rc::new(AppState {
            case: Rc::new(case),
            ..AppState::default()
        });
        let next = reduce(
            state,
            Action::Edit {
                path: s.path.clone(),
                op: Op::Set(s.value.clone()),
            },
        );
        let PartyKind::Person(p) = &next.case.parties[0].kind else {
            panic!()
        };
        assert_eq!(p.id_number, "11010519491231002X");
    }

    #[test]
    fn reordering_clauses_and_undoing_restores_the_order() {
        let mut s = Rc::new(AppState::default());
        s = reduce(s, set("agreement.clauses[0].text", json!("甲")));
        s = reduce(
            s,
            Action::Edit {
                path: "agreement.clauses".into(),
                op: Op::Insert {
                    index: 1,
                    value: json!({"text": "乙"}),
                },
            },
        );
        s = reduce(
            s,
            Action::Edit {
                path: "agreement.clauses".into(),
                op: Op::Move { from: 1, to: 0 },
            },
        );
        let texts = |s: &AppState| {
            s.case
                .agreement
                .clauses
                .iter()
                .map(|c| c.text.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(texts(&s), ["乙", "甲"]);
        s = reduce(s, Action::Undo);
        assert_eq!(texts(&s), ["甲", "乙"]);
        s = reduce(s, Action::Undo);
        assert_eq!(texts(&s), ["甲"]);
        s = reduce(s, Action::Redo);
        assert_eq!(texts(&s), ["甲", "乙"]);
    }

    #[test]
    fn a_party_becomes_an_organisation_keeping_name_and_agents() {
        let mut s = Rc::new(AppState::default());
        s = reduce(s, set("parties[1].name", json!("某某物业公司")));
        s = reduce(
            s,
            Action::Edit {
                path: "parties[1].agents".into(),
                op: Op::Insert {
                    index: 0,
                    value: json!({"name": "王律师", "category": "lawyer"}),
                },
            },
        );
        s = reduce(
            s,
            Action::SetPartyKind {
                index: 1,
                organisation: true,
            },
        );
        assert!(s.case.parties[1].is_organisation());
        assert_eq!(s.case.parties[1].name(), "某某物业公司");
        assert_eq!(s.case.parties[1].agents[0].name, "王律师");
        s = reduce(
            s,
            set("parties[1].credit_code", json!("91350100M000100Y43")),
        );
        assert!(s.edit_error.is_none());
    }

    #[test]
    fn profile_paths_edit_the_profile_not_the_case() {
        let s = Rc::new(AppState::default());
        let next = reduce(
            s.clone(),
            set("profile.committee.name", json!("城东街道人民调解委员会")),
        );
        assert_eq!(next.profile.committee.name, "城东街道人民调解委员会");
        assert!(Rc::ptr_eq(&s.case, &next.case));
        assert_eq!(next.revision, s.revision, "the case was not touched");
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
        for f in crate::document::forms::FORMS {
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

    #[test]
    fn deleting_a_case_keeps_it_for_undo_and_storing_updates_the_list() {
        let mut s = Rc::new(AppState::default());
        let summary = CaseSummary::of("a", &starter_case(), 1.0);
        s = reduce(s, Action::Stored(summary.clone()));
        assert_eq!(s.cases.len(), 1);
        s = reduce(
            s,
            Action::Stored(CaseSummary {
                updated: 2.0,
                ..summary.clone()
            }),
        );
        assert_eq!(s.cases.len(), 1, "a second save replaces the line");
        s = reduce(
            s,
            Action::Deleted {
                id: "a".into(),
                text: Rc::from("{}"),
            },
        );
        assert!(s.cases.is_empty());
        let notice = s.notice.clone().unwrap();
        assert_eq!(notice.undo_delete.unwrap().0.id, "a");
    }

    #[test]
    fn a_notice_expires_when_the_user_moves_on_but_an_error_stays() {
        let deleted = reduce(
            reduce(
                Rc::new(AppState::default()),
                Action::Stored(CaseSummary::of("a", &starter_case(), 1.0)),
            ),
            Action::Deleted {
                id: "a".into(),
                text: Rc::from("{}"),
            },
        );
        assert!(deleted.notice.is_some());
        let open = Action::Open {
            id: "b".into(),
            case: Rc::new(starter_case()),
        };
        assert!(reduce(deleted.clone(), open).notice.is_none());
        assert!(
            reduce(deleted.clone(), Action::ShowProfile)
                .notice
                .is_none()
        );
        // Sorting or saving is not moving on.
        let saved = reduce(
            deleted,
            Action::Stored(CaseSummary::of("c", &starter_case(), 2.0)),
        );
        assert!(saved.notice.is_some());
        let error = reduce(
            Rc::new(AppState::default()),
            Action::Notify {
                text: "坏文件".into(),
                error: true,
            },
        );
        assert!(reduce(error, Action::ShowProfile).notice.is_some());
    }

    #[test]
    fn clearing_local_data_closes_the_open_case_so_nothing_is_saved_again() {
        let mut s = reduce(
            Rc::new(AppState::default()),
            Action::Open {
                id: "a".into(),
                case: Rc::new(starter_case()),
            },
        );
        s = reduce(
            s,
            Action::Stored(CaseSummary::of("a", &starter_case(), 1.0)),
        );
        s = reduce(s, Action::Cleared);
        assert!(
            s.case_id.is_empty(),
            "the autosave skips a state with no open case"
        );
        assert!(s.cases.is_empty());
        assert_eq!(s.screen, Screen::Cases);
    }

    #[test]
    fn opening_a_case_clears_the_history() {
        let mut s = reduce(
            Rc::new(AppState::default()),
            set("dispute.title", json!("甲")),
        );
        assert!(s.history.can_undo());
        s = reduce(
            s,
            Action::Open {
                id: "b".into(),
                case: Rc::new(starter_case()),
            },
        );
        assert!(!s.history.can_undo());
        assert_eq!(s.screen, Screen::Editor);
    }

    #[test]
    fn a_read_only_example_refuses_every_edit_and_its_copy_takes_them() {
        let case = Rc::new(
            crate::model::load(include_str!("../../../examples/neighbours-water-leak.json"))
                .unwrap(),
        );
        let s = reduce(
            Rc::new(AppState::default()),
            Action::OpenReadOnly {
                name: "neighbours-water-leak".into(),
                case: case.clone(),
            },
        );
        assert_eq!(s.screen, Screen::Editor);
        assert!(s.case_id.is_empty(), "never stored");
        let same = reduce(s.clone(), set("parties[0].name", json!("王五")));
        assert!(Rc::ptr_eq(&same, &s), "the edit is refused");
        assert!(Rc::ptr_eq(&reduce(s.clone(), Action::Undo), &s));
        let copy = reduce(
            s.clone(),
            Action::Open {
                id: "c1".into(),
                case: s.case.clone(),
            },
        );
        assert_eq!(copy.read_only, None);
        let edited = reduce(copy, set("parties[0].name", json!("王五")));
        assert_eq!(edited.case.parties[0].name(), "王五");
    }

    #[test]
    fn the_training_screen_is_reached_and_left_by_the_nav() {
        let s = reduce(Rc::new(AppState::default()), Action::ShowTraining);
        assert_eq!(s.screen, Screen::Training);
        assert!(Rc::ptr_eq(&reduce(s.clone(), Action::ShowTraining), &s));
        assert_eq!(reduce(s, Action::ShowCases).screen, Screen::Cases);
    }
}
