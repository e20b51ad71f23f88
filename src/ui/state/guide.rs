//! The guided first case (「五步完成第一份调解协议书」, `document::explain::Guide`):
//! whether the open case has what each step asks, decided from the state alone.

use super::{AppState, ExportStatus};
use crate::model::{Date, DocKind, Side};

/// Whether the step whose check is `check` is done in `state` on `today` (the export
/// step checks the agreement as the pre-flight does). An unknown check is never done;
/// a read-only example does none (it is not the class's case).
pub fn done(check: &str, state: &AppState, today: Date) -> bool {
    if state.case_id.is_empty() || state.read_only.is_some() {
        return false;
    }
    let case = &state.case;
    let named = |side: Side| {
        case.parties
            .iter()
            .any(|p| p.side == side && !p.name().trim().is_empty())
    };
    match check {
        "committee" => !case.committee.name.trim().is_empty(),
        "parties" => named(Side::Applicant) && named(Side::Respondent),
        "facts" => !case.agreement.facts.trim().is_empty(),
        "clauses" => case
            .agreement
            .clauses
            .iter()
            .any(|c| !c.text.trim().is_empty() || c.obligation.is_some()),
        "export" => {
            state.doc == DocKind::Agreement
                && matches!(state.export, ExportStatus::Done { .. })
                && crate::pipeline::refuse_final(
                    &crate::pipeline::check_as(
                        case,
                        crate::document::forms::scope(&[DocKind::Agreement]),
                        today,
                    ),
                    false,
                )
                .is_none()
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::state::{Action, Op};
    use serde_json::json;
    use std::rc::Rc;
    use yew::Reducible;

    fn set(s: Rc<AppState>, path: &str, v: serde_json::Value) -> Rc<AppState> {
        s.reduce(Action::Edit {
            path: path.into(),
            op: Op::Set(v),
        })
    }

    fn opened() -> Rc<AppState> {
        Rc::new(AppState::default()).reduce(Action::Open {
            id: "c1".into(),
            case: Rc::new(crate::ui::state::starter_case()),
        })
    }

    const STEPS: [&str; 5] = ["committee", "parties", "facts", "clauses", "export"];

    fn today() -> Date {
        Date::from_calendar_date(2026, time::Month::November, 23).expect("valid date")
    }

    fn done(check: &str, s: &AppState) -> bool {
        super::done(check, s, today())
    }

    fn ticks(s: &AppState) -> Vec<bool> {
        STEPS.iter().map(|c| done(c, s)).collect()
    }

    #[test]
    fn a_new_case_ticks_nothing_and_each_step_ticks_when_the_case_has_it() {
        let s = opened();
        assert_eq!(ticks(&s), [false; 5]);
        let s = set(s, "committee.name", json!("城东街道人民调解委员会"));
        assert_eq!(ticks(&s), [true, false, false, false, false]);
        let s = set(s, "parties[0].name", json!("张三"));
        assert!(!done("parties", &s), "one side only");
        let s = set(s, "parties[1].name", json!("李四"));
        assert_eq!(ticks(&s), [true, true, false, false, false]);
        let s = set(s, "agreement.facts", json!("楼上漏水。"));
        assert!(done("facts", &s));
        let s = set(
            s,
            "agreement.clauses[0].text",
            json!("李四赔偿张三人民币伍佰元整。"),
        );
        assert_eq!(ticks(&s), [true, true, true, true, false]);
    }

    #[test]
    fn blank_text_does_not_tick_a_step() {
        let s = set(opened(), "committee.name", json!("   "));
        assert!(!done("committee", &s));
        let s = set(s, "agreement.facts", json!("\n"));
        assert!(!done("facts", &s));
    }

    #[test]
    fn the_export_step_needs_an_exported_agreement_without_errors() {
        let s = opened();
        let exported = s.clone().reduce(Action::ExportDone {
            file_name: "x.pdf".into(),
            bytes: 1,
            millis: 1.0,
        });
        assert!(!done("export", &exported), "the starter case has errors");
        let case = crate::model::load(include_str!("../../../examples/neighbours-water-leak.json"))
            .expect("example loads");
        let s = Rc::new(AppState::default()).reduce(Action::Open {
            id: "c2".into(),
            case: Rc::new(case),
        });
        assert!(!done("export", &s), "not exported yet");
        let s = s.reduce(Action::ExportDone {
            file_name: "x.pdf".into(),
            bytes: 1,
            millis: 1.0,
        });
        assert!(done("export", &s));
        let other = s.reduce(Action::ChooseDoc(DocKind::Proof));
        assert!(!done("export", &other), "another form exported");
    }

    #[test]
    fn a_read_only_example_and_an_unknown_check_tick_nothing() {
        let case = crate::model::load(include_str!("../../../examples/neighbours-water-leak.json"))
            .expect("example loads");
        let s = Rc::new(AppState::default()).reduce(Action::OpenReadOnly {
            name: "neighbours-water-leak".into(),
            case: Rc::new(case),
        });
        assert_eq!(ticks(&s), [false; 5]);
        assert!(!done("nonsense", &opened()));
    }

    #[test]
    fn the_shipped_guide_has_five_steps_each_with_a_known_check() {
        let g = crate::document::explain::parse_guide(crate::document::explain::GUIDE_JSON)
            .expect("guide parses");
        assert_eq!(g.title, "五步完成第一份调解协议书");
        let checks: Vec<&str> = g.steps.iter().map(|s| s.check.as_str()).collect();
        assert_eq!(checks, STEPS);
        for s in &g.steps {
            assert!(!s.title.is_empty() && !s.text.is_empty());
            assert_eq!(s.field.is_empty(), s.check == "export", "{}", s.check);
        }
    }
}
