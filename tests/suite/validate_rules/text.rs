//! Free text: control characters and length limits.

use super::*;

#[test]
fn control_characters_in_a_text_field_are_errors_naming_field_and_code_point() {
    let mut case = good_case();
    let PartyKind::Person(p) = &mut case.parties[0].kind else {
        panic!("a person")
    };
    p.name = "张\u{1b}[2J三".into();
    case.agreement.facts = "第一段。\r\n\t第二段\u{7}。".into();
    let issues = run(&case, Check::Agreement);
    let name = assert_rule(
        &issues,
        "text.control_char",
        "parties[0].name",
        Severity::Error,
    );
    assert!(
        name.message.contains("U+001B") && name.message.contains("第2个字符"),
        "{}",
        name.message
    );
    // Tab and line breaks are fine in long text, BEL is not.
    let facts = expect_rule(&issues, "text.control_char", "agreement.facts");
    assert!(facts.message.contains("U+0007"), "{}", facts.message);
    case.agreement.facts = "第一段。\r\n\t第二段。".into();
    assert_no_rule(
        &run(&case, Check::Agreement),
        "text.control_char",
        "agreement.facts",
    );
    // Not in a name, though.
    p_name(&mut case, "张\n三");
    expect_rule(
        &run(&case, Check::Agreement),
        "text.control_char",
        "parties[0].name",
    );
}

fn p_name(case: &mut Case, name: &str) {
    if let PartyKind::Person(p) = &mut case.parties[0].kind {
        p.name = name.into();
    }
}

#[test]
fn text_longer_than_its_limit_is_an_error_giving_the_limit() {
    let mut case = good_case();
    p_name(&mut case, &"张".repeat(501));
    case.agreement.facts = "事".repeat(50_001);
    case.agreement.performance = "履".repeat(50_000);
    let issues = run(&case, Check::Agreement);
    let name = assert_rule(&issues, "text.too_long", "parties[0].name", Severity::Error);
    assert!(
        name.message.contains("501") && name.message.contains("500"),
        "{}",
        name.message
    );
    let facts = expect_rule(&issues, "text.too_long", "agreement.facts");
    assert!(facts.message.contains("50000"), "{}", facts.message);
    assert_no_rule(&issues, "text.too_long", "agreement.performance");
    p_name(&mut case, &"张".repeat(500));
    assert_no_rule(
        &run(&case, Check::Agreement),
        "text.too_long",
        "parties[0].name",
    );
}
