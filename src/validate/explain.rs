//! Every validation rule explained for the people who meet it: a mediator who sees
//! 「身份证号校验码不符」 and a trainer who reads the rules to a class. The text is data,
//! `src/document/explain/rules.json` (Chinese, one entry per rule id of the rule table in
//! `docs/case-format.md`): a title, what the rule checks, why it matters, the basis as
//! the rule cites it ([`super::basis`]), and a right and a wrong example, each a concrete
//! value with a one-line comment.
//!
//! The app fetches the file on first use (trunk copies it to `explain/rules.json`, the
//! service worker precaches it), so the wasm does not carry it; [`parse`] reads it and
//! [`Explanations::get`] looks a rule up. The tests (`tests/rule_explanations.rs`) prove
//! the entries equal the table's rules and that the examples are right: a wrong example
//! that names a primitive ([`Primitive`]) fails it and the right one passes, and a wrong
//! example with a case patch ([`Example::patch`]) fires its rule on the shipped
//! traffic-accident example.

use serde::Deserialize;
use std::collections::BTreeMap;

/// Where the app finds the file, relative to the page (`index.html` copies it there).
pub const URL: &str = "explain/rules.json";

/// A group of rules in the index: the rules whose id starts with `prefix` and a dot.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// The part of the rule id before the dot, e.g. `id_card`.
    pub prefix: String,
    /// The group's heading, e.g. 「公民身份号码」.
    pub title: String,
}

/// The value-level check a rule rests on, so a test can run the example through it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Primitive {
    /// `id_card::parse` accepts the number.
    IdCard,
    /// `id_card::parse` accepts it as an 18-digit number (not a 15-digit one).
    IdCard18,
    /// `id_card::normalise` leaves it as it is.
    IdCardNormal,
    /// `credit_code::parse` accepts the code.
    CreditCode,
    /// `credit_code::normalise` leaves it as it is.
    CreditCodeNormal,
    /// The organisation code inside a valid credit code passes its own check.
    OrgCode,
    /// `phone::check_one` accepts the number.
    Phone,
    /// `phone::check_one` accepts it and it has an area code (not a local number).
    PhoneWithArea,
    /// `amount::parse_amount` accepts the amount.
    Amount,
    /// `amount::parse_amount` accepts it and it is not zero.
    AmountNonZero,
    /// `dates::parse_date` accepts the date (1900-01-01 to 2100-12-31).
    Date,
}

/// A right or a wrong example.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// The concrete value, as typed into the field (or the dates, texts compared).
    pub value: String,
    /// One line on why it is right or wrong.
    pub comment: String,
    /// Changes to the traffic-accident example (JSON pointer → new value) that give the
    /// example as a case: a wrong example's patch fires the rule, a right one's does not.
    #[serde(default)]
    pub patch: BTreeMap<String, serde_json::Value>,
}

/// One rule explained.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Explanation {
    /// The rule id, as in `Issue::rule`.
    pub rule: String,
    /// A short title.
    pub title: String,
    /// What the rule checks, in plain Chinese.
    pub checks: String,
    /// Why it matters: the legal or practical consequence.
    pub why: String,
    /// The law or standard, as the rule cites it.
    pub basis: String,
    /// The primitive the examples are values of, if the rule checks one value.
    #[serde(default)]
    pub primitive: Option<Primitive>,
    pub right: Example,
    pub wrong: Example,
}

/// The whole file: the groups of the index, in order, and every rule.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Explanations {
    pub groups: Vec<Group>,
    pub rules: Vec<Explanation>,
}

impl Explanations {
    /// The explanation of `rule`, if there is one.
    pub fn get(&self, rule: &str) -> Option<&Explanation> {
        self.rules.iter().find(|e| e.rule == rule)
    }

    /// The group `rule` belongs to (by the part of its id before the dot).
    pub fn group_of(&self, rule: &str) -> Option<&Group> {
        let prefix = rule.split_once('.').map_or(rule, |(p, _)| p);
        self.groups.iter().find(|g| g.prefix == prefix)
    }

    /// The groups with their rules, in the file's order; a rule whose group is missing
    /// is not lost but listed under a last group 「其他」.
    pub fn grouped(&self) -> Vec<(Group, Vec<&Explanation>)> {
        let mut out: Vec<(Group, Vec<&Explanation>)> = self
            .groups
            .iter()
            .map(|g| (g.clone(), Vec::new()))
            .collect();
        let mut rest = Vec::new();
        for e in &self.rules {
            let prefix = e.rule.split_once('.').map_or(e.rule.as_str(), |(p, _)| p);
            match out.iter_mut().find(|(g, _)| g.prefix == prefix) {
                Some((_, v)) => v.push(e),
                None => rest.push(e),
            }
        }
        out.retain(|(_, v)| !v.is_empty());
        if !rest.is_empty() {
            out.push((
                Group {
                    prefix: String::new(),
                    title: OTHER_GROUP.to_string(),
                },
                rest,
            ));
        }
        out
    }
}

/// The heading of rules no group names.
const OTHER_GROUP: &str = "其他";

impl Explanation {
    /// Whether every word of `query` (split at white space) occurs in the rule id,
    /// title, explanation, basis or examples; an empty query matches every rule.
    pub fn matches(&self, query: &str) -> bool {
        let hay = [
            self.rule.as_str(),
            &self.title,
            &self.checks,
            &self.why,
            &self.basis,
            &self.right.value,
            &self.right.comment,
            &self.wrong.value,
            &self.wrong.comment,
        ]
        .join("\n")
        .to_lowercase();
        query
            .split_whitespace()
            .all(|w| hay.contains(&w.to_lowercase()))
    }
}

/// Reads the file. An error names the line and column.
pub fn parse(json: &str) -> Result<Explanations, String> {
    serde_json::from_str(json).map_err(|e| {
        format!(
            "规则说明文件有误（第{}行第{}列）：{e}",
            e.line(),
            e.column()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = r#"{
      "groups": [{"prefix": "phone", "title": "电话"}],
      "rules": [
        {"rule": "phone.invalid", "title": "电话号码", "checks": "位数", "why": "联系不上",
         "basis": "电信网编号计划（2017年版）", "primitive": "phone",
         "right": {"value": "13905312461", "comment": "11位手机号"},
         "wrong": {"value": "12345", "comment": "位数不对"}},
        {"rule": "misc.thing", "title": "别的", "checks": "c", "why": "w", "basis": "b",
         "right": {"value": "a", "comment": "x"},
         "wrong": {"value": "b", "comment": "y", "patch": {"/parties/0/phone": "12345"}}}
      ]
    }"#;

    #[test]
    fn lookup_finds_a_rule_by_id_and_not_an_unknown_one() {
        let e = parse(SMALL).expect("parses");
        assert_eq!(
            e.get("phone.invalid").map(|x| x.title.as_str()),
            Some("电话号码")
        );
        assert_eq!(e.get("phone.local"), None);
        assert_eq!(e.get("misc.thing").map(|x| x.wrong.patch.len()), Some(1));
    }

    #[test]
    fn rules_without_a_group_are_listed_under_other() {
        let e = parse(SMALL).expect("parses");
        let g = e.grouped();
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].0.title, "电话");
        assert_eq!(g[1].0.title, OTHER_GROUP);
        assert_eq!(g[1].1[0].rule, "misc.thing");
    }

    #[test]
    fn search_needs_every_word_and_ignores_case() {
        let e = parse(SMALL).expect("parses");
        let r = e.get("phone.invalid").expect("rule");
        assert!(r.matches(""));
        assert!(r.matches("PHONE 位数"));
        assert!(r.matches("13905312461"));
        assert!(!r.matches("电话 身份证"));
    }

    #[test]
    fn a_broken_file_is_an_error_naming_the_line_not_a_panic() {
        let err = parse("{\n \"groups\": [],\n \"rules\": [1]\n}").expect_err("refused");
        assert!(err.contains("第3行"), "{err}");
        assert!(parse("").is_err());
        assert!(parse(r#"{"groups": [], "rules": [], "extra": 1}"#).is_err());
    }
}
