//! Validation rules, one behaviour per test, on small hand-made cases.
//!
//! A submodule per subject; the fixtures (`good_case` and its parts) and the checks of
//! one issue (`assert_rule`, `assert_no_rule`, …: an issue found by rule and path, or not)
//! are here, written once.

use serde_json::json;
use tiaojie::model::*;
use tiaojie::validate::{self, Check, Issue, Severity};
use tiaojie::values::id_card;
use time::macros::date;

mod admissibility;
mod amounts;
mod confirmation;
mod dates;
mod deadline;
mod general;
mod ids;
mod parties;
mod settings;
mod text;

const TODAY: Date = date!(2026 - 03 - 05);

fn id18(body: &str) -> String {
    format!("{body}{}", id_card::expected_check_char(body).unwrap())
}

fn person(id: &str, name: &str) -> Party {
    Party {
        id: id.into(),
        kind: PartyKind::Person(Person {
            name: name.into(),
            sex: Some(Sex::Female),
            ethnicity: "汉族".into(),
            birth_date: Some(date!(1980 - 01 - 01)),
            id_number: id18("11010519800101002"),
            occupation: "职员".into(),
            phone: "13812345678".into(),
            address: "北京市朝阳区某路1号".into(),
            ..Person::default()
        }),
        ..Party::default()
    }
}

fn person_mut(case: &mut Case, i: usize) -> &mut Person {
    match &mut case.parties[i].kind {
        PartyKind::Person(p) => p,
        PartyKind::Organisation(_) => panic!("not a person"),
    }
}

/// A complete, effective written agreement between two people, with a confirmation
/// application filed in time.
fn good_case() -> Case {
    let mut a = person("p1", "张三");
    a.side = Side::Applicant;
    let mut b = person("p2", "李四");
    b.side = Side::Respondent;
    if let PartyKind::Person(p) = &mut b.kind {
        p.sex = Some(Sex::Male);
        p.birth_date = Some(date!(1975 - 06 - 15));
        p.id_number = id18("11010519750615003");
    }
    let day = date!(2025 - 06 - 10);
    Case {
        committee: Committee {
            name: "某街道人民调解委员会".into(),
            ..Committee::default()
        },
        parties: vec![a, b],
        dispute: Dispute {
            kind: "邻里纠纷".into(),
            ..Dispute::default()
        },
        intake: Intake {
            applied_on: Some(date!(2025 - 06 - 01)),
            accepted_on: Some(date!(2025 - 06 - 02)),
            registered_by: "王五".into(),
            ..Intake::default()
        },
        agreement: Agreement {
            facts: "漏水。".into(),
            responsibility: "李四负责。".into(),
            clauses: vec![Clause {
                obligation: Some(Obligation {
                    payers: vec!["p2".into()],
                    payees: vec!["p1".into()],
                    amount: Some(Money("3800.00".parse().unwrap())),
                    due: Some(date!(2025 - 06 - 30)),
                    method: "银行转账".into(),
                    purpose: "修复费".into(),
                }),
                ..Clause::default()
            }],
            formed_on: Some(day),
            signatures: Signatures {
                parties: [("p1".to_string(), day), ("p2".to_string(), day)].into(),
                mediator: Some(day),
                seal: Some(day),
            },
            mediators: vec!["赵六".into()],
            recorder: "钱七".into(),
            ..Agreement::default()
        },
        confirmation: Some(JudicialConfirmation {
            court: "北京市朝阳区人民法院".into(),
            court_basis: "调解组织所在地".into(),
            applied_on: Some(date!(2025 - 06 - 20)),
            attachments: vec![],
        }),
        archive: Archive {
            serial: Some(1),
            filed_by: "钱七".into(),
            ..Archive::default()
        },
        ..Case::default()
    }
}

fn run(case: &Case, check: Check) -> Vec<Issue> {
    tiaojie::pipeline::check_as(case, check, TODAY)
}

fn find<'a>(issues: &'a [Issue], rule: &str, path: &str) -> Option<&'a Issue> {
    issues.iter().find(|i| i.rule == rule && i.path == path)
}

fn dump(issues: &[Issue]) -> Vec<String> {
    issues.iter().map(Issue::line).collect()
}

/// The first issue of `rule` at `path` (as `find`), which must be there: else a panic
/// listing every issue.
#[track_caller]
fn expect_rule<'a>(issues: &'a [Issue], rule: &str, path: &str) -> &'a Issue {
    let Some(i) = find(issues, rule, path) else {
        panic!("no {rule} at {path}; the issues: {:#?}", dump(issues))
    };
    i
}

/// The first issue of `rule` at `path`, which must be there with `severity`: else a panic
/// listing every issue. Returned for the caller to check its message, basis or hint.
#[track_caller]
fn assert_rule<'a>(issues: &'a [Issue], rule: &str, path: &str, severity: Severity) -> &'a Issue {
    let i = expect_rule(issues, rule, path);
    if i.severity != severity {
        panic!(
            "{rule} at {path} is {:?}, expected {severity:?}: {}; the issues: {:#?}",
            i.severity,
            i.line(),
            dump(issues)
        )
    }
    i
}

/// No issue of `rule` at `path`: else a panic naming it and listing every issue.
#[track_caller]
fn assert_no_rule(issues: &[Issue], rule: &str, path: &str) {
    if let Some(i) = find(issues, rule, path) {
        panic!(
            "unexpected {rule} at {path}: {}; the issues: {:#?}",
            i.line(),
            dump(issues)
        )
    }
}

/// No issue of `rule` at any path: else a panic listing every issue.
#[track_caller]
fn assert_no_rule_anywhere(issues: &[Issue], rule: &str) {
    if issues.iter().any(|i| i.rule == rule) {
        panic!("unexpected {rule}; the issues: {:#?}", dump(issues))
    }
}
