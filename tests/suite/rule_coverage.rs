//! Every rule of the table in `docs/case-format.md` fires on some case: the table is
//! read at run time, and each rule id must be produced by validating the shipped
//! examples and fixtures or one of the small cases below, each of which is made to
//! fire the rule it names. A rule the table lists that nothing fires (a dead rule, or
//! one no test ever saw) fails, and so does a rule that fires but is not in the table.

use crate::common;

use serde_json::{Value, json};
use std::collections::BTreeSet;
use tiaojie::model::Case;
use tiaojie::validate::Check;

const SCOPES: [Check; 4] = [
    Check::Agreement,
    Check::Confirmation,
    Check::All,
    Check::Dossier,
];

fn fired(case: &Case, today: time::Date) -> BTreeSet<String> {
    SCOPES
        .iter()
        .flat_map(|&s| tiaojie::pipeline::check_as(case, s, today))
        .map(|i| i.rule.to_string())
        .collect()
}

/// The case every firing below starts from: the traffic-accident example (two people,
/// an insurer, an agent, a confirmation application, a session and a visit).
const BASE: &str = "examples/traffic-accident.json";

/// One small case per rule the examples and fixtures do not fire: the rule, and the
/// change to the base case's JSON that makes it fire. Each is asserted to fire its rule.
type Firing = (&'static str, fn(&mut Value));

const FIRINGS: &[Firing] = &[
    ("agent.special_authority_items", |v| {
        v["parties"][0]["agents"][0]["authority"] = json!({ "special": "" })
    }),
    ("agent.licence_missing", |v| {
        v["parties"][0]["agents"][0]["licence"] = json!("")
    }),
    ("agent.firm_missing", |v| {
        v["parties"][0]["agents"][0]["affiliation"] = json!("")
    }),
    ("agent.name_missing", |v| {
        v["parties"][0]["agents"][0]["name"] = json!("")
    }),
    ("amount.capital_invalid", |v| {
        v["agreement"]["clauses"][0]["text"] =
            json!("各项损失共计人民币壹拾伍万陆千捌佰元整（¥156,800.00）。")
    }),
    ("amount.capital_zheng", |v| {
        v["agreement"]["clauses"][0]["text"] =
            json!("各项损失共计人民币壹拾伍万陆仟捌佰元（¥156,800.00）。")
    }),
    ("amount.mismatch", |v| {
        v["agreement"]["clauses"][0]["text"] =
            json!("各项损失共计人民币壹拾伍万陆仟捌佰元整（¥156,900.00）。")
    }),
    ("clause.amount_mismatch", |v| {
        v["agreement"]["clauses"][1]["text"] = json!(
            "鲁安财产保险股份有限公司济南中心支公司于2025年7月10日前以银行转账方式向赵淑珍支付人民币148,000.00元。"
        )
    }),
    ("clause.due_mismatch", |v| {
        v["agreement"]["clauses"][1]["text"] = json!(
            "鲁安财产保险股份有限公司济南中心支公司于2025年8月1日前以银行转账方式向赵淑珍支付人民币148,300.00元。"
        )
    }),
    ("clause.terms_missing", |v| {
        v["agreement"]["clauses"][1]["text"] = json!("保险公司按约定赔付。")
    }),
    ("credit_code.invalid", |v| {
        v["parties"][2]["credit_code"] = json!("91370102MA3C8N4R6C")
    }),
    ("credit_code.normalised", |v| {
        v["parties"][2]["credit_code"] = json!("91370102ma3c8n4r6b")
    }),
    ("date.future", |v| {
        v["visits"][0]["date"] = json!("2027-03-01")
    }),
    ("date.long_mediation", |v| {
        v["intake"]["accepted_on"] = json!("2025-05-06")
    }),
    ("date.order", |v| {
        v["intake"]["accepted_on"] = json!("2025-06-01")
    }),
    ("date.rights_notice", |v| {
        v["intake"]["rights_notified_on"] = json!("2025-06-21")
    }),
    ("dispute.kind_unknown", |v| {
        v["dispute"]["kind"] = json!("外星来客纠纷")
    }),
    ("dispute.risk_level_unknown", |v| {
        v["dispute"]["risk_level"] = json!("紫")
    }),
    ("id_card.invalid", |v| {
        v["parties"][0]["id_number"] = json!("370102195809160283")
    }),
    ("legal.applied_before_effective", |v| {
        v["confirmation"]["applied_on"] = json!("2025-06-19")
    }),
    ("legal.court_basis", |v| {
        v["confirmation"]["court_basis"] = json!("")
    }),
    ("legal.court_missing", |v| {
        v["confirmation"]["court"] = json!("")
    }),
    ("legal.court_name", |v| {
        v["confirmation"]["court"] = json!("历下区人民法")
    }),
    ("holidays.invalid", |v| {
        // A make-up working day that is also a day off (test data, not a notice).
        v["holidays"] = json!([{ "year": 2027, "source": "测试数据",
            "holidays": [{ "name": "春节", "from": "2027-02-06", "to": "2027-02-14",
                           "workdays": ["2027-02-13"] }] }]);
    }),
    ("holidays.builtin_differs", |v| {
        // 2026 is built in; 春节 2026 was 2月15日–23日.
        v["holidays"] = json!([{ "year": 2026, "source": "测试数据",
            "holidays": [{ "name": "春节", "from": "2026-02-06", "to": "2026-02-14" }] }]);
    }),
    ("legal.holidays_unknown", |v| {
        // Effective on 2026-12-20: the window runs into 2027, whose schedule is not
        // shipped.
        let a = &mut v["agreement"];
        a["formed_on"] = json!("2026-12-20");
        for k in ["p1", "p2", "p3"] {
            a["signatures"]["parties"][k] = json!("2026-12-20");
        }
        a["signatures"]["mediator"] = json!("2026-12-20");
        a["signatures"]["seal"] = json!("2026-12-20");
        v["confirmation"]["applied_on"] = Value::Null;
    }),
    ("legal.inadmissible_procedure", |v| {
        v["agreement"]["clauses"][3]["flags"] = json!(["other_procedure"])
    }),
    ("legal.inadmissible_status", |v| {
        v["dispute"]["kind"] = json!("离婚纠纷")
    }),
    ("legal.possible_inadmissible", |v| {
        v["agreement"]["clauses"][3]["text"] = json!("双方同意解除婚姻关系。")
    }),
    ("legal.unclear_shared_amount", |v| {
        v["agreement"]["clauses"][1]["obligation"]["payees"] = json!(["p1", "p2"])
    }),
    ("obligation.amount_invalid", |v| {
        v["agreement"]["clauses"][1]["obligation"]["amount"] = json!("-5.00")
    }),
    ("obligation.amount_zero", |v| {
        v["agreement"]["clauses"][1]["obligation"]["amount"] = json!("0")
    }),
    ("obligation.incomplete", |v| {
        v["agreement"]["clauses"][1]["obligation"]["due"] = Value::Null
    }),
    ("obligation.same_party", |v| {
        v["agreement"]["clauses"][1]["obligation"]["payees"] = json!(["p3"])
    }),
    ("party.id_duplicate", |v| {
        v["parties"][1]["id"] = json!("p1")
    }),
    ("party.id_missing", |v| v["parties"][1]["id"] = json!("")),
    ("party.name_missing", |v| {
        v["parties"][1]["name"] = json!("")
    }),
    ("person.age_derived", |v| {
        let p = v["parties"][0].as_object_mut().expect("a party");
        p.remove("birth_date");
        p.remove("age");
    }),
    ("person.age_implausible", |v| {
        let p = v["parties"][1].as_object_mut().expect("a party");
        p.insert("id_number".into(), json!(""));
        p.remove("birth_date");
        p.insert("age".into(), json!(150));
    }),
    ("person.birth_date_conflict", |v| {
        v["parties"][0]["birth_date"] = json!("1968-09-16")
    }),
    ("person.birth_date_future", |v| {
        v["parties"][1]["id_number"] = json!("");
        v["parties"][1]["birth_date"] = json!("2030-01-01");
    }),
    ("person.minor", |v| {
        v["parties"][1]["id_number"] = json!("");
        v["parties"][1]["birth_date"] = json!("2015-01-01");
    }),
    ("person.sex_conflict", |v| {
        v["parties"][0]["sex"] = json!("male")
    }),
    ("person.sex_derived", |v| {
        v["parties"][0]
            .as_object_mut()
            .expect("a party")
            .remove("sex");
    }),
    ("phone.invalid", |v| {
        v["parties"][0]["phone"] = json!("12345")
    }),
    ("phone.local", |v| {
        v["parties"][2]["phone"] = json!("86012345")
    }),
    ("ref.unknown_party", |v| {
        v["agreement"]["clauses"][1]["obligation"]["payers"] = json!(["p9"])
    }),
    ("required.applied_on", |v| {
        v["confirmation"]["applied_on"] = Value::Null
    }),
    ("required.attachment", |v| {
        v["confirmation"]["attachments"][3]["present"] = json!(false)
    }),
    ("required.clause_text", |v| {
        v["agreement"]["clauses"][0]["text"] = json!("")
    }),
    ("required.copies", |v| v["agreement"]["copies"] = json!(2)),
    ("required.oral_form", |v| {
        v["agreement"]["form"] = json!("oral")
    }),
    ("required.org_field", |v| {
        v["parties"][2]["representative"] = json!("")
    }),
    ("required.visitor", |v| {
        v["visits"][0]["visitor"] = json!("")
    }),
    // Each value in its range, but together wider than the sheet.
    (
        "settings.page",
        |v| v["settings"] = json!({"page": {"left_mm": 100.0, "type_width_mm": 150.0}}),
    ),
    ("settings.page_range", |v| {
        v["settings"] = json!({"page": {"top_mm": -5.0}})
    }),
    ("settings.range", |v| {
        v["settings"] = json!({"first_page_number": 4294967295u32})
    }),
    ("date.out_of_range", |v| {
        v["agreement"]["formed_on"] = json!("1899-12-31")
    }),
    ("text.control_char", |v| {
        v["parties"][0]["name"] = json!("赵\u{1b}淑珍")
    }),
    ("text.too_long", |v| {
        v["parties"][0]["name"] = json!("赵".repeat(501))
    }),
];

/// The base case's JSON.
fn base() -> Value {
    let text = std::fs::read_to_string(common::root().join(BASE)).expect("base case");
    serde_json::from_str(&text).expect("base case is JSON")
}

#[test]
fn each_small_case_fires_the_rule_it_names() {
    let today = common::today();
    let mut silent = Vec::new();
    for (rule, change) in FIRINGS {
        let mut v = base();
        change(&mut v);
        let case = tiaojie::model::load(&v.to_string())
            .unwrap_or_else(|e| panic!("{rule}: the changed case does not load: {e}"));
        if !fired(&case, today).contains(*rule) {
            silent.push(*rule);
        }
    }
    assert!(
        silent.is_empty(),
        "these cases do not fire their rule: {silent:?}"
    );
}

#[test]
fn every_rule_in_the_table_fires_and_every_rule_that_fires_is_in_the_table() {
    let today = common::today();
    let table = common::table_rules();
    assert!(
        table.len() >= 80,
        "rule table not found or cut short: {table:?}"
    );
    let mut seen = BTreeSet::new();
    for rel in common::cases() {
        seen.extend(fired(&common::case(&rel), today));
    }
    for (_, change) in FIRINGS {
        let mut v = base();
        change(&mut v);
        if let Ok(case) = tiaojie::model::load(&v.to_string()) {
            seen.extend(fired(&case, today));
        }
    }
    let never: Vec<_> = table.difference(&seen).collect();
    assert!(
        never.is_empty(),
        "rules in docs/case-format.md that no case fires (add a case to FIRINGS): {never:?}"
    );
    let undocumented: Vec<_> = seen.difference(&table).collect();
    assert!(
        undocumented.is_empty(),
        "rules that fire but are not in the table of docs/case-format.md: {undocumented:?}"
    );
}
