//! Resident ID numbers: check character, normal form, 15 digits; sex, birth date and age read from them; minors.

use super::*;

#[test]
fn wrong_id_check_character_is_an_error_naming_expected_and_found() {
    let mut case = good_case();
    person_mut(&mut case, 0).id_number = "110105198001010023".into();
    let issues = run(&case, Check::Agreement);
    let i = assert_rule(
        &issues,
        "id_card.invalid",
        "parties[0].id_number",
        Severity::Error,
    );
    assert_eq!(i.basis, "GB 11643-1999");
    // 110105198001010023: the first 17 digits call for another check character.
    let expected = id_card::expected_check_char("11010519800101002").unwrap();
    assert_ne!(expected, '3');
    assert!(
        i.message.contains(&format!("应为{expected}，实为3")),
        "names the expected and the found check character: {}",
        i.message
    );
    assert!(
        i.line()
            .starts_with("错误　parties[0].id_number　身份证号校验码错误"),
        "{}",
        i.line()
    );
}

#[test]
fn lower_case_x_is_accepted_and_normalised() {
    let mut case = good_case();
    let body = (0..1000)
        .map(|s| format!("11010519800101{s:03}"))
        .find(|b| id_card::expected_check_char(b) == Some('X') && b.as_bytes()[16] % 2 == 0)
        .unwrap();
    person_mut(&mut case, 0).id_number = format!("{body}x");
    let issues = run(&case, Check::Agreement);
    assert_no_rule(&issues, "id_card.invalid", "parties[0].id_number");
    let n = expect_rule(&issues, "id_card.normalised", "parties[0].id_number");
    assert_eq!(
        n.suggestion.as_ref().unwrap().value,
        json!(format!("{body}X"))
    );
}

#[test]
fn an_id_number_with_inner_spaces_gets_the_normalised_notice_not_an_error() {
    let mut case = good_case();
    let PartyKind::Person(p) = &case.parties[1].kind else {
        panic!("a person")
    };
    let id = p.id_number.clone();
    assert_eq!(id.len(), 18);
    for spaced in [
        format!("{} {} {}", &id[..6], &id[6..14], &id[14..]),
        format!("{}\u{3000}{}", &id[..6], &id[6..]),
        format!("{}\u{a0}{}", &id[..9], &id[9..]),
    ] {
        if let PartyKind::Person(p) = &mut case.parties[1].kind {
            p.id_number = spaced.clone();
        }
        let issues = run(&case, Check::Agreement);
        let n = find(&issues, "id_card.normalised", "parties[1].id_number")
            .unwrap_or_else(|| panic!("{spaced:?}: {:#?}", dump(&issues)));
        assert_eq!(n.severity, Severity::Notice);
        assert_eq!(
            n.suggestion.as_ref().unwrap().value,
            json!(id.to_uppercase())
        );
        assert!(
            issues
                .iter()
                .all(|i| !(i.path == "parties[1].id_number" && i.severity == Severity::Error)),
            "{spaced:?}: {:#?}",
            dump(&issues)
        );
    }
}

#[test]
fn fifteen_digit_number_is_a_warning_offering_the_18_digit_form() {
    let mut case = good_case();
    person_mut(&mut case, 0).id_number = "110105800101002".into();
    let issues = run(&case, Check::Agreement);
    let w = assert_rule(
        &issues,
        "id_card.legacy",
        "parties[0].id_number",
        Severity::Warning,
    );
    assert_eq!(
        w.suggestion.as_ref().unwrap().value,
        json!(id18("11010519800101002"))
    );
}

#[test]
fn sex_birth_date_and_age_are_derived_and_offered() {
    let mut case = good_case();
    let p = person_mut(&mut case, 1);
    p.sex = None;
    p.birth_date = None;
    p.age = None;
    let issues = run(&case, Check::Agreement);
    let s = assert_rule(
        &issues,
        "person.sex_derived",
        "parties[1].sex",
        Severity::Notice,
    );
    assert_eq!(s.suggestion.as_ref().unwrap().value, json!("male"));
    let b = expect_rule(
        &issues,
        "person.birth_date_derived",
        "parties[1].birth_date",
    );
    assert_eq!(b.suggestion.as_ref().unwrap().value, json!("1975-06-15"));
    // Age on the agreement's date (2025-06-10): not yet 50.
    let a = expect_rule(&issues, "person.age_derived", "parties[1].age");
    assert_eq!(a.suggestion.as_ref().unwrap().value, json!(49));
}

#[test]
fn typed_sex_birth_date_or_age_conflicting_with_the_id_is_flagged() {
    let mut case = good_case();
    let p = person_mut(&mut case, 0);
    p.sex = Some(Sex::Male);
    p.birth_date = Some(date!(1980 - 02 - 01));
    p.age = Some(30);
    let issues = run(&case, Check::Agreement);
    let s = assert_rule(
        &issues,
        "person.sex_conflict",
        "parties[0].sex",
        Severity::Warning,
    );
    assert_eq!(s.suggestion.as_ref().unwrap().value, json!("female"));
    expect_rule(
        &issues,
        "person.birth_date_conflict",
        "parties[0].birth_date",
    );
    let a = expect_rule(&issues, "person.age_conflict", "parties[0].age");
    assert_eq!(a.suggestion.as_ref().unwrap().value, json!(45));
}

#[test]
fn minor_party_gets_a_notice_about_legal_representation() {
    let mut case = good_case();
    let p = person_mut(&mut case, 0);
    p.id_number.clear();
    p.birth_date = Some(date!(2012 - 05 - 01));
    let issues = run(&case, Check::Agreement);
    let n = assert_rule(&issues, "person.minor", "parties[0]", Severity::Notice);
    assert!(n.message.contains("限制民事行为能力人"));
}
