//! The explanations of the validation rules (`src/document/explain/rules.json`, read by
//! `tiaojie::validate::explain`) cover exactly the rules of the table in
//! `docs/case-format.md`, say something in every field, cite the basis the rule's issues
//! carry, and have examples that cannot silently be wrong: a right example passes the
//! primitive its rule checks and a wrong one fails it, and a wrong example's case patch
//! fires its rule on the traffic-accident example while a right one's does not.

use crate::common;

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use tiaojie::model::{self, Case};
use tiaojie::validate::explain::{self, Example, Explanation, Explanations, Primitive};
use tiaojie::validate::{self, Check};
use tiaojie::values::{amount, credit_code, dates, id_card, phone};

fn explanations() -> Explanations {
    let text = std::fs::read_to_string(common::root().join("src/document/explain/rules.json"))
        .expect("src/document/explain/rules.json");
    explain::parse(&text).unwrap_or_else(|e| panic!("{e}"))
}

const SCOPES: [Check; 4] = [
    Check::Agreement,
    Check::Confirmation,
    Check::All,
    Check::Dossier,
];

/// Every issue of `case` in every scope.
fn issues(case: &Case) -> Vec<validate::Issue> {
    SCOPES
        .iter()
        .flat_map(|&s| tiaojie::pipeline::check_as(case, s, common::today()))
        .collect()
}

/// The traffic-accident example (the base of `tests/rule_coverage.rs`'s small cases).
fn base() -> Value {
    let text = std::fs::read_to_string(common::root().join("examples/traffic-accident.json"))
        .expect("base case");
    serde_json::from_str(&text).expect("base case is JSON")
}

/// The base case with `patch` applied: each JSON pointer set to its value, or, for
/// `null`, the key or element removed. Pointers are applied last first, so removing
/// `/parties/2` and `/parties/1` removes both.
fn patched(rule: &str, patch: &BTreeMap<String, Value>) -> Case {
    let mut v = base();
    for (pointer, value) in patch.iter().rev() {
        let (parent, key) = pointer
            .rsplit_once('/')
            .unwrap_or_else(|| panic!("{rule}: {pointer} is not a JSON pointer"));
        let parent = v
            .pointer_mut(parent)
            .unwrap_or_else(|| panic!("{rule}: no {parent} in the base case"));
        match (parent, value) {
            (Value::Object(o), Value::Null) => {
                o.remove(key);
            }
            (Value::Object(o), value) => {
                o.insert(key.to_string(), value.clone());
            }
            (Value::Array(a), value) => {
                let i: usize = key
                    .parse()
                    .unwrap_or_else(|_| panic!("{rule}: {pointer} indexes an array by name"));
                assert!(i < a.len(), "{rule}: {pointer} is past the array's end");
                if value.is_null() {
                    a.remove(i);
                } else {
                    a[i] = value.clone();
                }
            }
            _ => panic!("{rule}: {pointer} points into a value that is not a container"),
        }
    }
    model::load(&v.to_string())
        .unwrap_or_else(|e| panic!("{rule}: the patched case does not load: {e}"))
}

fn fires(rule: &str, case: &Case) -> bool {
    issues(case).iter().any(|i| i.rule == rule)
}

/// Whether `value` passes `primitive` (the check the rule makes of one value).
fn passes(primitive: Primitive, value: &str) -> bool {
    let today = common::today();
    match primitive {
        Primitive::IdCard => id_card::parse(value, today).is_ok(),
        Primitive::IdCard18 => {
            id_card::parse(value, today).is_ok() && value.trim().chars().count() == 18
        }
        Primitive::IdCardNormal => id_card::normalise(value, today).as_deref() == Some(value),
        Primitive::CreditCode => credit_code::parse(value).is_ok(),
        Primitive::CreditCodeNormal => credit_code::normalise(value).as_deref() == Some(value),
        Primitive::OrgCode => credit_code::parse(value).is_ok_and(|c| c.org_code_check_ok()),
        Primitive::Phone => phone::check_one(value).is_ok(),
        Primitive::PhoneWithArea => {
            phone::check_one(value).is_ok_and(|k| k != phone::PhoneKind::Local)
        }
        Primitive::Amount => amount::parse_amount(value).is_ok(),
        Primitive::AmountNonZero => amount::parse_amount(value).is_ok_and(|a| !a.is_zero()),
        Primitive::Date => {
            dates::parse_date(value).is_ok_and(tiaojie::model::limits::date_in_range)
        }
    }
}

#[test]
fn the_explained_rules_are_exactly_the_rules_of_the_table() {
    let table = common::table_rules();
    assert!(table.len() >= 80, "rule table not found: {table:?}");
    let e = explanations();
    let mut seen = BTreeSet::new();
    let twice: Vec<_> = e
        .rules
        .iter()
        .filter(|r| !seen.insert(r.rule.clone()))
        .map(|r| r.rule.as_str())
        .collect();
    assert!(twice.is_empty(), "explained twice: {twice:?}");
    let missing: Vec<_> = table.difference(&seen).collect();
    assert!(missing.is_empty(), "rules with no explanation: {missing:?}");
    let extra: Vec<_> = seen.difference(&table).collect();
    assert!(
        extra.is_empty(),
        "explanations of rules not in the table: {extra:?}"
    );
    for t in &table {
        assert_eq!(e.get(t).map(|r| r.rule.as_str()), Some(t.as_str()));
    }
}

#[test]
fn every_text_is_filled_in_and_every_rule_has_a_group() {
    let e = explanations();
    let example = |r: &Explanation, which: &str, x: &Example| {
        assert!(!x.value.trim().is_empty(), "{}: {which} value", r.rule);
        assert!(!x.comment.trim().is_empty(), "{}: {which} comment", r.rule);
        assert!(
            !x.comment.contains('\n'),
            "{}: {which} comment is one line",
            r.rule
        );
    };
    for r in &e.rules {
        for (field, text) in [
            ("title", &r.title),
            ("checks", &r.checks),
            ("why", &r.why),
            ("basis", &r.basis),
        ] {
            assert!(!text.trim().is_empty(), "{}: {field} is empty", r.rule);
        }
        example(r, "right", &r.right);
        example(r, "wrong", &r.wrong);
        assert_ne!(
            r.right.value, r.wrong.value,
            "{}: the examples are the same",
            r.rule
        );
        assert!(e.group_of(&r.rule).is_some(), "{}: no group", r.rule);
    }
    let prefixes: BTreeSet<_> = e.groups.iter().map(|g| g.prefix.as_str()).collect();
    assert_eq!(prefixes.len(), e.groups.len(), "a group is listed twice");
    for g in &e.groups {
        assert!(
            !g.title.trim().is_empty(),
            "group {} has no title",
            g.prefix
        );
        assert!(
            e.rules.iter().any(|r| e.group_of(&r.rule) == Some(g)),
            "group {} has no rule",
            g.prefix
        );
    }
}

#[test]
fn each_explanation_cites_every_basis_its_rule_gives() {
    let e = explanations();
    let mut cases: Vec<Case> = common::cases().iter().map(|c| common::case(c)).collect();
    for r in &e.rules {
        for x in [&r.right, &r.wrong] {
            if !x.patch.is_empty() {
                cases.push(patched(&r.rule, &x.patch));
            }
        }
    }
    let mut given: BTreeMap<&'static str, BTreeSet<&'static str>> = BTreeMap::new();
    for case in &cases {
        for i in issues(case) {
            given.entry(i.rule).or_default().insert(i.basis);
        }
    }
    let mut wrong = Vec::new();
    for (rule, bases) in &given {
        let Some(r) = e.get(rule) else { continue };
        for b in bases {
            if !r.basis.contains(b) {
                wrong.push(format!(
                    "{rule}: cites 「{}」, the rule gives 「{b}」",
                    r.basis
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn right_examples_pass_their_primitive_and_wrong_examples_fail_it() {
    let e = explanations();
    let mut checked = 0;
    for r in &e.rules {
        let Some(p) = r.primitive else { continue };
        assert!(
            passes(p, &r.right.value),
            "{}: the right example 「{}」 fails {p:?}",
            r.rule,
            r.right.value
        );
        assert!(
            !passes(p, &r.wrong.value),
            "{}: the wrong example 「{}」 passes {p:?}",
            r.rule,
            r.wrong.value
        );
        checked += 1;
    }
    // id_card ×3, credit_code ×3, phone ×2, amount ×2, date.
    assert!(checked >= 11, "only {checked} rules name a primitive");
}

#[test]
fn wrong_example_patches_fire_their_rule_and_right_ones_do_not() {
    let e = explanations();
    let mut silent = Vec::new();
    let mut firing = Vec::new();
    for r in &e.rules {
        if !r.wrong.patch.is_empty() && !fires(&r.rule, &patched(&r.rule, &r.wrong.patch)) {
            silent.push(r.rule.as_str());
        }
        if !r.right.patch.is_empty() && fires(&r.rule, &patched(&r.rule, &r.right.patch)) {
            firing.push(r.rule.as_str());
        }
    }
    assert!(
        silent.is_empty(),
        "wrong examples that do not fire: {silent:?}"
    );
    assert!(firing.is_empty(), "right examples that fire: {firing:?}");
}

/// The rules whose examples are prose only: neither a primitive nor a case patch proves
/// them. `required.power_of_attorney` is a reminder every agent of an applicant gets,
/// so no case is "wrong" for it.
#[test]
fn only_the_listed_rules_have_prose_only_examples() {
    let e = explanations();
    let prose: Vec<_> = e
        .rules
        .iter()
        .filter(|r| r.primitive.is_none() && r.wrong.patch.is_empty())
        .map(|r| r.rule.as_str())
        .collect();
    assert_eq!(prose, ["required.power_of_attorney"]);
}

#[test]
fn the_app_ships_the_file_and_precaches_it() {
    let index = std::fs::read_to_string(common::root().join("index.html")).expect("index.html");
    assert!(
        index.contains(r#"rel="copy-dir" href="src/document/explain" data-target-path="explain""#),
        "index.html does not copy the rules' explanations"
    );
    let sw = std::fs::read_to_string(common::root().join("assets/sw/sw.js")).expect("sw.js");
    assert!(
        sw.contains(explain::URL),
        "sw.js does not precache {}",
        explain::URL
    );
}
