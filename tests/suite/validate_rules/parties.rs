//! Parties: organisations' credit codes, phone numbers, party ids and references to them.

use super::*;

#[test]
fn credit_code_check_character_is_an_error_and_inner_check_only_a_warning() {
    let mut case = good_case();
    case.parties[1].kind = PartyKind::Organisation(Organisation {
        name: "某公司".into(),
        credit_code: "91350100M000100Y4Z".into(),
        address: "某地".into(),
        representative: "某人".into(),
        phone: "0591-87654321".into(),
        ..Organisation::default()
    });
    let issues = run(&case, Check::Agreement);
    let e = assert_rule(
        &issues,
        "credit_code.invalid",
        "parties[1].credit_code",
        Severity::Error,
    );
    assert_eq!(e.basis, "GB 32100-2015");
    assert!(e.message.contains("应为3"), "{}", e.message);
    // Right overall check, wrong inner organisation-code check: a warning only.
    let body = "91350100M00010015";
    let code = tiaojie::values::credit_code::make(body).unwrap();
    if let PartyKind::Organisation(o) = &mut case.parties[1].kind {
        o.credit_code = code;
    }
    let issues = run(&case, Check::Agreement);
    assert_no_rule(&issues, "credit_code.invalid", "parties[1].credit_code");
    assert_rule(
        &issues,
        "credit_code.org_code",
        "parties[1].credit_code",
        Severity::Warning,
    );
}

#[test]
fn bad_phone_is_a_warning_and_missing_area_code_a_notice() {
    let mut case = good_case();
    person_mut(&mut case, 0).phone = "1381234567".into();
    person_mut(&mut case, 1).phone = "87654321".into();
    let issues = run(&case, Check::Agreement);
    assert_rule(
        &issues,
        "phone.invalid",
        "parties[0].phone",
        Severity::Warning,
    );
    assert_rule(&issues, "phone.local", "parties[1].phone", Severity::Notice);
}

#[test]
fn references_to_unknown_parties_are_errors() {
    let mut case = good_case();
    case.agreement.clauses[0]
        .obligation
        .as_mut()
        .unwrap()
        .payees = vec!["p9".into()];
    case.agreement
        .signatures
        .parties
        .insert("ghost".into(), date!(2025 - 06 - 10));
    let issues = run(&case, Check::Agreement);
    for path in [
        "agreement.clauses[0].obligation.payees",
        "agreement.signatures.parties.ghost",
    ] {
        assert_rule(&issues, "ref.unknown_party", path, Severity::Error);
    }
}

#[test]
fn duplicate_party_ids_are_errors() {
    let mut case = good_case();
    case.parties[1].id = "p1".into();
    let issues = run(&case, Check::Agreement);
    assert_rule(
        &issues,
        "party.id_duplicate",
        "parties[1].id",
        Severity::Error,
    );
}
