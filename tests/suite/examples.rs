//! Every case in `examples/` loads, validates without an error, and shows the warnings
//! planted in it (and not the ones it should not have).

use std::path::Path;
use tiaojie::model::{self, Case, Date};
use tiaojie::validate::{self, Check, Issue, Severity};

const TODAY: Date = time::macros::date!(2026 - 03 - 05);

/// The realistic examples (the lead's `skeleton.json` is only required to load).
const EXAMPLES: [&str; 8] = [
    "neighbours-water-leak.json",
    "family-support.json",
    "consumer-group-refund.json",
    "traffic-accident.json",
    "migrant-wages.json",
    "property-management.json",
    "medical-dispute.json",
    "land-contract.json",
];

fn load(name: &str) -> Case {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    model::load(&text).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn issues(name: &str) -> Vec<Issue> {
    tiaojie::pipeline::check_as(&load(name), Check::All, TODAY)
}

fn has(issues: &[Issue], rule: &str, path: &str) -> bool {
    issues.iter().any(|i| i.rule == rule && i.path == path)
}

fn rules(issues: &[Issue]) -> Vec<String> {
    issues
        .iter()
        .map(|i| format!("{} {} {}", i.rule, i.path, i.message))
        .collect()
}

#[test]
fn every_json_file_in_examples_loads() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            load(path.file_name().unwrap().to_str().unwrap());
            n += 1;
        }
    }
    assert!(
        n >= 9,
        "expected the eight examples and the skeleton, found {n}"
    );
}

#[test]
fn no_example_has_an_error_for_any_document() {
    for name in EXAMPLES {
        let case = load(name);
        for check in [Check::Agreement, Check::Confirmation, Check::All] {
            if check == Check::Confirmation && case.confirmation.is_none() {
                continue;
            }
            let errors: Vec<_> = tiaojie::pipeline::check_as(&case, check, TODAY)
                .into_iter()
                .filter(|i| i.severity == Severity::Error)
                .collect();
            assert!(
                errors.is_empty(),
                "{name} ({check:?}): {:#?}",
                rules(&errors)
            );
        }
    }
}

#[test]
fn examples_are_eight_different_dispute_types() {
    let mut kinds: Vec<String> = EXAMPLES.iter().map(|n| load(n).dispute.kind).collect();
    kinds.sort();
    kinds.dedup();
    assert_eq!(kinds.len(), 8, "{kinds:?}");
}

#[test]
fn examples_save_and_load_back_unchanged() {
    for name in EXAMPLES {
        let case = load(name);
        assert_eq!(
            model::load(&model::save(&case)).as_ref(),
            Ok(&case),
            "{name}"
        );
    }
}

#[test]
fn family_support_flags_nothing_inadmissible() {
    let i = issues("family-support.json");
    assert!(
        !i.iter()
            .any(|i| i.rule.starts_with("legal.inadmissible")
                || i.rule == "legal.possible_inadmissible"),
        "{:#?}",
        rules(&i)
    );
    assert!(
        has(&i, "id_card.legacy", "parties[0].id_number"),
        "the mother's planted 15-digit number"
    );
    let legacy = i.iter().find(|i| i.rule == "id_card.legacy").unwrap();
    let body = "41132419460305024";
    let upgraded = format!(
        "{body}{}",
        tiaojie::values::id_card::expected_check_char(body).unwrap()
    );
    assert_eq!(
        legacy.suggestion.as_ref().unwrap().value,
        serde_json::json!(upgraded)
    );
}

#[test]
fn land_contract_flagged_ownership_clause_is_inadmissible() {
    let i = issues("land-contract.json");
    assert!(
        has(
            &i,
            "legal.inadmissible_ownership",
            "agreement.clauses[0].flags"
        ),
        "{:#?}",
        rules(&i)
    );
    // The flag is there, so the keyword heuristic stays quiet on that clause.
    assert!(!has(
        &i,
        "legal.possible_inadmissible",
        "agreement.clauses[0].text"
    ));
}

#[test]
fn traffic_accident_application_is_late() {
    let i = issues("traffic-accident.json");
    let late = i
        .iter()
        .find(|i| i.rule == "legal.deadline_passed")
        .expect("planted late application");
    assert_eq!(late.path, "confirmation.applied_on");
    assert!(late.message.contains("2025年7月21日"), "{}", late.message);
}

#[test]
fn consumer_group_window_rolls_past_national_day() {
    let case = load("consumer-group-refund.json");
    assert_eq!(case.parties.len(), 121);
    assert_eq!(
        case.parties.iter().filter(|p| p.is_organisation()).count(),
        1
    );
    let d = validate::legal::confirmation_deadline(
        &case,
        &tiaojie::values::calendar::Calendar::builtin(),
    )
    .unwrap();
    assert_eq!(d.date, time::macros::date!(2025 - 10 - 09));
    assert_eq!(d.rolled_from, Some(time::macros::date!(2025 - 10 - 05)));
    let i = issues("consumer-group-refund.json");
    assert!(has(&i, "legal.deadline", "confirmation.applied_on"));
    assert!(!i.iter().any(|i| i.rule == "legal.deadline_passed"));
}

#[test]
fn migrant_wages_subcontractor_code_fails_only_the_inner_check() {
    let i = issues("migrant-wages.json");
    let w = i
        .iter()
        .find(|i| i.rule == "credit_code.org_code")
        .expect("planted inner-check failure");
    assert_eq!(
        (w.severity, w.path.as_str()),
        (Severity::Warning, "parties[7].credit_code")
    );
    assert!(!i.iter().any(|i| i.rule == "credit_code.invalid"));
}

#[test]
fn property_management_typed_age_conflicts_with_id() {
    let i = issues("property-management.json");
    let w = i
        .iter()
        .find(|i| i.rule == "person.age_conflict")
        .expect("planted age");
    assert_eq!(w.suggestion.as_ref().unwrap().value, serde_json::json!(54));
}

#[test]
fn neighbours_lower_case_x_is_offered_upper_case() {
    let i = issues("neighbours-water-leak.json");
    let n = i
        .iter()
        .find(|i| i.rule == "id_card.normalised")
        .expect("planted lower-case x");
    assert!(n.suggestion.as_ref().unwrap().label.ends_with('X'));
}

#[test]
fn medical_dispute_is_clean_apart_from_notices() {
    let i = issues("medical-dispute.json");
    assert!(
        i.iter().all(|i| i.severity == Severity::Notice),
        "{:#?}",
        rules(&i)
    );
}

#[test]
fn every_example_agreement_is_effective() {
    for name in EXAMPLES {
        let case = load(name);
        assert!(validate::legal::effective_date(&case).is_some(), "{name}");
    }
}
