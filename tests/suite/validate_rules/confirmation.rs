//! What an application for judicial confirmation requires: the parties' particulars, the court, the application.

use super::*;

#[test]
fn confirmation_requires_id_address_and_phone_of_every_person() {
    let mut case = good_case();
    let p = person_mut(&mut case, 0);
    p.id_number.clear();
    p.address.clear();
    p.phone.clear();
    let agreement = run(&case, Check::Agreement);
    assert_no_rule(&agreement, "required.person_field", "parties[0].id_number");
    assert_rule(
        &agreement,
        "required.person_field",
        "parties[0].phone",
        Severity::Warning,
    );
    let confirmation = run(&case, Check::Confirmation);
    for f in ["id_number", "address", "phone"] {
        let i = assert_rule(
            &confirmation,
            "required.person_field",
            &format!("parties[0].{f}"),
            Severity::Error,
        );
        assert_eq!(i.basis, "民诉法解释第三百五十四条", "{f}");
    }
}

#[test]
fn confirmation_requires_credit_code_and_representative_of_organisations() {
    let mut case = good_case();
    case.parties[1].kind = PartyKind::Organisation(Organisation {
        name: "某公司".into(),
        ..Organisation::default()
    });
    let issues = run(&case, Check::Confirmation);
    for f in ["credit_code", "representative", "address", "phone"] {
        assert_rule(
            &issues,
            "required.org_field",
            &format!("parties[1].{f}"),
            Severity::Error,
        );
    }
}

#[test]
fn missing_court_is_a_warning_whose_hint_explains_article_205() {
    let mut case = good_case();
    case.confirmation.as_mut().unwrap().court.clear();
    let issues = run(&case, Check::Confirmation);
    let w = assert_rule(
        &issues,
        "legal.court_missing",
        "confirmation.court",
        Severity::Warning,
    );
    assert_eq!(w.basis, "民事诉讼法第二百零五条");
    assert!(
        w.hint.contains("住所地")
            && w.hint.contains("标的物所在地")
            && w.hint.contains("调解组织所在地")
    );
}

#[test]
fn missing_confirmation_is_an_error_only_when_producing_one() {
    let mut case = good_case();
    case.confirmation = None;
    let issues = run(&case, Check::Confirmation);
    assert_rule(
        &issues,
        "required.confirmation",
        "confirmation",
        Severity::Error,
    );
    let all = run(&case, Check::All);
    assert!(
        all.iter()
            .all(|i| !i.rule.starts_with("legal.") && i.rule != "required.confirmation"),
        "{:#?}",
        dump(&all)
    );
}
