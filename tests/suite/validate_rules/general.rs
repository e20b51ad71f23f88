//! The case as a whole: a good one, an empty one; the order, JSON form, bases and hints of issues.

use super::*;

#[test]
fn the_good_case_has_no_errors_or_warnings() {
    let issues = run(&good_case(), Check::All);
    assert!(
        issues.iter().all(|i| i.severity == Severity::Notice),
        "{:#?}",
        dump(&issues)
    );
}

#[test]
fn empty_case_reports_every_missing_essential_at_once() {
    let issues = run(&Case::default(), Check::Agreement);
    for (rule, path) in [
        ("required.parties", "parties"),
        ("required.committee_name", "committee.name"),
        ("required.facts", "agreement.facts"),
        ("required.clauses", "agreement.clauses"),
    ] {
        let i = assert_rule(&issues, rule, path, Severity::Error);
        assert!(!i.basis.is_empty());
    }
}

#[test]
fn issues_are_sorted_by_path_with_numeric_indices() {
    let mut case = good_case();
    for n in 3..=11 {
        case.parties.push(person(&format!("p{n}"), ""));
    }
    let issues = run(&case, Check::Agreement);
    let paths: Vec<&str> = issues
        .iter()
        .map(|i| i.path.as_str())
        .filter(|p| p.ends_with("].name"))
        .collect();
    let pos = |p: &str| paths.iter().position(|x| *x == p).unwrap();
    assert!(
        pos("parties[2].name") < pos("parties[10].name"),
        "{paths:?}"
    );
    let again = run(&case, Check::Agreement);
    assert_eq!(issues, again, "deterministic");
}

#[test]
fn issues_serialise_for_the_json_output() {
    let mut case = good_case();
    person_mut(&mut case, 0).sex = None;
    let issues = run(&case, Check::Agreement);
    let v = serde_json::to_value(&issues).unwrap();
    let sex = v
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["rule"] == "person.sex_derived")
        .unwrap();
    assert_eq!(sex["severity"], "notice");
    assert_eq!(sex["suggestion"]["path"], "parties[0].sex");
    assert_eq!(sex["suggestion"]["value"], "female");
}

#[test]
fn future_dates_and_other_issues_have_a_basis_and_a_hint() {
    let mut case = good_case();
    case.intake.accepted_on = Some(date!(2026 - 04 - 01));
    person_mut(&mut case, 0).birth_date = Some(date!(2027 - 01 - 01));
    person_mut(&mut case, 0).id_number = String::new();
    person_mut(&mut case, 1).age = Some(150);
    case.parties[1].agents.push(Agent::default());
    case.agreement.facts = String::new();
    let o = case.agreement.clauses[0].obligation.as_mut().unwrap();
    o.payees = vec!["p2".into()];
    let issues = run(&case, Check::All);
    for (rule, path) in [
        ("date.future", "intake.accepted_on"),
        ("person.birth_date_future", "parties[0].birth_date"),
        ("person.age_implausible", "parties[1].age"),
        ("agent.name_missing", "parties[1].agents[0].name"),
        ("required.facts", "agreement.facts"),
        (
            "obligation.same_party",
            "agreement.clauses[0].obligation.payees",
        ),
    ] {
        let i = expect_rule(&issues, rule, path);
        assert!(!i.basis.is_empty() && !i.hint.is_empty(), "{rule}: {i:?}");
    }
}
