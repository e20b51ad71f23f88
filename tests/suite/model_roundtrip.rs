//! The case file format: saving then loading is the identity for any case; loading
//! garbage, a newer version or a wrong shape is an error naming the place, never a
//! panic; version 0 files are migrated.

use crate::strategies as model_strategies;

use proptest::prelude::*;
use tiaojie::model::{self, LoadError, PartyKind, SCHEMA_VERSION, Sex};

#[test]
fn save_then_load_is_the_identity() {
    model_strategies::check(256, model_strategies::case, |case| {
        let text = model::save(&case);
        prop_assert_eq!(model::load(&text), Ok(case));
        Ok(())
    });
}

proptest! {
    #[test]
    fn loading_any_text_never_panics(s in "\\PC{0,200}") {
        let _ = model::load(&s);
    }
}

#[test]
fn loading_mangled_case_json_never_panics() {
    let strategy = || {
        (
            model_strategies::case(),
            0usize..4000,
            "[\\[\\]{}\",:0-9a-z]{0,3}",
        )
    };
    model_strategies::check(256, strategy, |(case, cut, junk)| {
        let text = model::save(&case);
        let mut cut = cut.min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let mangled = format!("{}{}{}", &text[..cut], junk, &text[cut..]);
        let _ = model::load(&mangled);
        Ok(())
    });
}

fn shape(text: &str) -> (String, String) {
    match model::load(text) {
        Err(LoadError::Shape { path, message }) => (path, message),
        other => panic!("expected a shape error, got {other:?}"),
    }
}

#[test]
fn leading_byte_order_mark_is_ignored() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/skeleton.json"
    ))
    .unwrap();
    let plain = model::load(&text).unwrap();
    assert_eq!(model::load(&format!("\u{FEFF}{text}")), Ok(plain));
    // Only one, and only at the start.
    assert!(model::load(&format!("\u{FEFF}\u{FEFF}{text}")).is_err());
}

#[test]
fn skeleton_example_loads() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/skeleton.json"
    ))
    .unwrap();
    let case = model::load(&text).unwrap();
    assert_eq!(case.parties.len(), 2);
    assert_eq!(case.parties[0].name(), "张三");
}

#[test]
fn flattened_party_fields_load_and_unknown_ones_are_rejected() {
    let ok = r#"{"schema_version":1,"parties":[{"id":"p1","type":"person","name":"张三","sex":"female","agents":[]}]}"#;
    let case = model::load(ok).unwrap();
    match &case.parties[0].kind {
        PartyKind::Person(p) => assert_eq!((p.name.as_str(), p.sex), ("张三", Some(Sex::Female))),
        PartyKind::Organisation(_) => panic!("a person"),
    }
    let (path, message) = shape(
        r#"{"schema_version":1,"parties":[{"id":"p1","type":"person","name":"张三","bogus":1}]}"#,
    );
    assert_eq!(path, "parties[0].bogus");
    assert!(message.contains("未知字段「bogus」"), "{message}");
}

#[test]
fn wrong_value_inside_a_party_names_the_field() {
    let (path, message) =
        shape(r#"{"schema_version":1,"parties":[{"id":"p1","type":"person","sex":"x"}]}"#);
    assert_eq!(path, "parties[0].sex");
    assert!(message.contains("未知取值「x」"), "{message}");
    assert!(message.contains("第1行"), "{message}");
}

#[test]
fn field_of_the_other_party_kind_is_rejected_by_name() {
    let (path, message) = shape(
        r#"{"schema_version":1,"parties":[{"id":"p1","type":"person","credit_code":"91350100M000100Y43"}]}"#,
    );
    assert_eq!(path, "parties[0]");
    assert!(message.contains("credit_code"), "{message}");
    let (_, message) =
        shape(r#"{"schema_version":1,"parties":[{"id":"o1","type":"organisation","sex":"male"}]}"#);
    assert!(message.contains("sex"), "{message}");
}

#[test]
fn missing_or_unknown_party_type_is_an_error() {
    let (path, message) = shape(r#"{"schema_version":1,"parties":[{"id":"p1","name":"张三"}]}"#);
    assert_eq!(path, "parties[0]");
    assert!(message.contains("type"), "{message}");
    let (_, message) = shape(r#"{"schema_version":1,"parties":[{"id":"p1","type":"robot"}]}"#);
    assert!(message.contains("robot"), "{message}");
}

#[test]
fn nested_enum_errors_name_the_variant_path() {
    let (path, _) = shape(r#"{"schema_version":1,"committee":{"kind":{"professional":3}}}"#);
    assert_eq!(path, "committee.kind.professional");
    let (path, _) = shape(r#"{"schema_version":1,"dispute":{"source":{"other_referral":[]}}}"#);
    assert_eq!(path, "dispute.source.other_referral");
    let (path, _) = shape(
        r#"{"schema_version":1,"parties":[{"id":"p1","type":"person","agents":[{"authority":{"special":1}}]}]}"#,
    );
    assert_eq!(path, "parties[0].agents[0].authority.special");
}

#[test]
fn bad_dates_and_amounts_name_their_field() {
    let (path, message) = shape(r#"{"schema_version":1,"agreement":{"formed_on":"2025-02-30"}}"#);
    assert_eq!(path, "agreement.formed_on");
    assert!(message.contains("2025-02-30"), "{message}");
    let (path, message) = shape(
        r#"{"schema_version":1,"agreement":{"clauses":[{"obligation":{"amount":"12,0x"}}]}}"#,
    );
    assert_eq!(path, "agreement.clauses[0].obligation.amount");
    assert!(message.contains("金额"), "{message}");
    let (path, message) =
        shape(r#"{"schema_version":1,"agreement":{"clauses":[{"obligation":{"amount":12.5}}]}}"#);
    assert_eq!(path, "agreement.clauses[0].obligation.amount");
    assert!(message.contains("字符串"), "{message}");
    let (path, _) =
        shape(r#"{"schema_version":1,"agreement":{"signatures":{"parties":{"p1":"yesterday"}}}}"#);
    // The entry itself, not only the map: each date is read as it comes.
    assert_eq!(path, "agreement.signatures.parties.p1");
}

#[test]
fn integer_amounts_are_accepted() {
    let case = model::load(r#"{"schema_version":1,"dispute":{"amount_involved":5000}}"#).unwrap();
    assert_eq!(
        case.dispute.amount_involved.unwrap().0,
        rust_decimal::Decimal::from(5000)
    );
}

#[test]
fn garbage_is_a_syntax_error_with_position() {
    match model::load("{\n  \"schema_version\": 1,\n  oops\n}") {
        Err(LoadError::Syntax { line, .. }) => assert_eq!(line, 3),
        other => panic!("{other:?}"),
    }
    assert!(matches!(model::load(""), Err(LoadError::Syntax { .. })));
}

#[test]
fn missing_version_and_non_object_are_reported() {
    assert_eq!(model::load(r#"{"parties":[]}"#), Err(LoadError::NoVersion));
    assert_eq!(model::load("[1,2]"), Err(LoadError::NoVersion));
    assert_eq!(
        model::load(r#"{"schema_version":"1"}"#),
        Err(LoadError::NoVersion)
    );
}

#[test]
fn newer_version_is_refused_with_both_numbers() {
    let e = model::load(r#"{"schema_version":99}"#).unwrap_err();
    assert_eq!(
        e,
        LoadError::TooNew {
            found: "99".into(),
            supported: SCHEMA_VERSION
        }
    );
    assert!(e.to_string().contains("99"));
}

#[test]
fn version_0_skeleton_is_migrated() {
    let v0 = r#"{
        "schema_version": 0,
        "committee": "某村人民调解委员会",
        "parties": ["张三", "李四"],
        "facts": "宅基地边界争议。",
        "clause": "双方以现有围墙为界。"
    }"#;
    let case = model::load(v0).unwrap();
    assert_eq!(case.schema_version, SCHEMA_VERSION);
    assert_eq!(case.committee.name, "某村人民调解委员会");
    assert_eq!(case.parties.len(), 2);
    assert_eq!(case.parties[1].id, "p2");
    assert_eq!(case.parties[1].name(), "李四");
    assert_eq!(case.agreement.clauses[0].text, "双方以现有围墙为界。");
    assert_eq!(case.agreement.facts, "宅基地边界争议。");
    // Saved again, it is a version-1 file that loads to the same case.
    assert_eq!(model::load(&model::save(&case)), Ok(case));
}

#[test]
fn version_0_with_a_wrong_shape_still_names_the_place() {
    let (path, _) = shape(r#"{"schema_version":0,"parties":[7]}"#);
    assert_eq!(path, "parties[0]");
}

#[test]
fn unknown_top_level_field_is_named_with_line_and_column() {
    let e = model::load(r#"{"schema_version":1,"nonsense":true}"#).unwrap_err();
    let text = e.to_string();
    assert!(
        text.contains("位置「nonsense」") && text.contains("未知字段") && text.contains("第1行"),
        "{text}"
    );
}

#[test]
fn version_0_errors_name_the_version_0_field_with_line_and_column() {
    let v0 = "{\n  \"schema_version\": 0,\n  \"committee\": \"某村人民调解委员会\",\n  \"parties\": [\"张三\", \"李四\"],\n  \"facts\": 7,\n  \"clause\": \"双方和解。\"\n}";
    // Migrated, the number is at `agreement.facts`; the user wrote `facts`, line 5.
    let (path, message) = shape(v0);
    assert_eq!(path, "facts");
    assert!(message.contains("（第5行第12列）"), "{message}");
    let v0 = "{\"schema_version\": 0,\n\"clause\": [1]}";
    let (path, message) = shape(v0);
    assert_eq!(path, "clause[0]");
    assert!(message.contains("第2行第12列"), "{message}");
    let v0 = "{\"schema_version\": 0, \"committee\": {\"name\": 5}}";
    let (path, message) = shape(v0);
    assert_eq!(path, "committee.name");
    assert!(message.contains("第1行第45列"), "{message}");
    // A second element of `agreement.clauses` moves up by one when `clause` is first.
    let v0 = r#"{"schema_version":0,"clause":"甲。","agreement":{"clauses":[{"text":"乙。"},{"txt":1}]}}"#;
    let (path, _) = shape(v0);
    assert_eq!(path, "agreement.clauses[1].txt");
}

#[test]
fn a_huge_schema_version_is_too_new_not_missing() {
    for (text, found) in [
        (
            r#"{"schema_version":18446744073709551616}"#,
            "18446744073709551616",
        ),
        (
            r#"{"schema_version":1e30}"#,
            "1000000000000000019884624838656",
        ),
        (
            r#"{"schema_version":18446744073709551615}"#,
            "18446744073709551615",
        ),
    ] {
        match model::load(text) {
            Err(LoadError::TooNew { found: f, .. }) => assert_eq!(f, found),
            other => panic!("{text}: {other:?}"),
        }
    }
    assert_eq!(
        model::load(r#"{"schema_version":-1}"#),
        Err(LoadError::NoVersion)
    );
    assert_eq!(
        model::load(r#"{"schema_version":0.5}"#),
        Err(LoadError::NoVersion)
    );
}

#[test]
fn serde_json_messages_reach_the_user_in_chinese() {
    for (text, expected) in [
        ("[".repeat(200), "嵌套层数过多"),
        (r#"{"a":"\u12"}"#.into(), "转义"),
        (r#"{"a":"\ud800\u0041"}"#.into(), "不成对的代理项"),
        (r#"{"a":1e999}"#.into(), "数字超出范围"),
        (
            r#"{"schema_version":1,"committee":{"name":"a","name":"b"}}"#.into(),
            "字段「name」出现了不止一次",
        ),
        (r#"{"schema_version":1,"parties":{}}"#.into(), "应为数组"),
        (
            r#"{"schema_version":1,"agreement":{"clauses":[1]}}"#.into(),
            "应为对象",
        ),
        (
            r#"{"schema_version":1,"settings":{"first_page_number":"1"}}"#.into(),
            "应为非负整数（0 至 4294967295），实为字符串",
        ),
        (
            r#"{"schema_version":1,"settings":{"first_page_number":-1}}"#.into(),
            "数字超出范围",
        ),
        (
            r#"{"schema_version":1,"settings":{"first_page_number":99999999999999999999}}"#.into(),
            "数字过大",
        ),
        (
            r#"{"schema_version":1,"dispute":{"facts":"x"#.into(),
            "文件意外结束",
        ),
        (
            r#"{"schema_version":1,"dispute":{"facts":"x"},}"#.into(),
            "多余的逗号",
        ),
    ] {
        let m = model::load(&text).unwrap_err().to_string();
        assert!(m.contains(expected), "{text:.50}: {m}");
        assert!(m.contains("行第"), "{text:.50}: {m}");
        for english in [
            "recursion",
            "escape",
            "surrogate",
            "range",
            "duplicate",
            "expected",
            "sequence",
            "struct",
            "u32",
            "EOF",
            "trailing",
        ] {
            assert!(!m.contains(english), "{text:.50}: {m}");
        }
    }
}

#[test]
fn a_json_integer_amount_too_large_is_told_so() {
    let m = model::load(
        r#"{"schema_version":1,"dispute":{"amount_involved":100000000000000000000000}}"#,
    )
    .unwrap_err()
    .to_string();
    assert!(m.contains("金额过大") && !m.contains("小数"), "{m}");
    let m = model::load(r#"{"schema_version":1,"dispute":{"amount_involved":12000.5}}"#)
        .unwrap_err()
        .to_string();
    assert!(m.contains("小数"), "{m}");
}

#[test]
fn amount_strings_outside_the_grammar_say_what_is_wrong() {
    for (amount, why) in [
        ("1e10", "科学计数法"),
        ("+5", "正号"),
        (" 12000 ", "空格"),
        ("12 000", "空格"),
        ("-0", "负号"),
        ("-0.00", "负号"),
        ("1,2000", "千位分隔符"),
        ("12,000,00", "千位分隔符"),
        ("abc", "不是数字"),
        ("¥12000", "不是数字"),
        ("12000元", "不是数字"),
        ("0x10", "不是数字"),
        ("", "金额为空"),
        ("99999999999999999999999999999999", "过大"),
    ] {
        let text =
            serde_json::json!({ "schema_version": 1, "dispute": { "amount_involved": amount } });
        let m = model::load(&text.to_string()).unwrap_err().to_string();
        assert!(
            m.contains("dispute.amount_involved") && m.contains(why) && m.contains("行第"),
            "{amount:?}: {m}"
        );
    }
    for (amount, value) in [
        ("12000", "12000"),
        ("12,000.5", "12000.5"),
        ("0.05", "0.05"),
        ("1,234,567.89", "1234567.89"),
        ("-5", "-5"),
        ("12000.001", "12000.001"),
    ] {
        let text =
            serde_json::json!({ "schema_version": 1, "dispute": { "amount_involved": amount } });
        let case = model::load(&text.to_string()).unwrap_or_else(|e| panic!("{amount}: {e}"));
        assert_eq!(case.dispute.amount_involved.unwrap().0.to_string(), value);
    }
}
