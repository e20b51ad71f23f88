//! Validation rules, one behaviour per test, on small hand-made cases.

use serde_json::json;
use tiaojie::model::*;
use tiaojie::validate::{self, Check, Issue, Severity};
use tiaojie::values::id_card;
use time::macros::date;

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
        let i = find(&issues, rule, path).unwrap_or_else(|| panic!("{rule}"));
        assert_eq!(i.severity, Severity::Error);
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
fn wrong_id_check_character_is_an_error_naming_expected_and_found() {
    let mut case = good_case();
    person_mut(&mut case, 0).id_number = "110105198001010023".into();
    let issues = run(&case, Check::Agreement);
    let i = find(&issues, "id_card.invalid", "parties[0].id_number").expect("error");
    assert_eq!(i.severity, Severity::Error);
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
    assert!(find(&issues, "id_card.invalid", "parties[0].id_number").is_none());
    let n = find(&issues, "id_card.normalised", "parties[0].id_number").unwrap();
    assert_eq!(
        n.suggestion.as_ref().unwrap().value,
        json!(format!("{body}X"))
    );
}

#[test]
fn fifteen_digit_number_is_a_warning_offering_the_18_digit_form() {
    let mut case = good_case();
    person_mut(&mut case, 0).id_number = "110105800101002".into();
    let issues = run(&case, Check::Agreement);
    let w = find(&issues, "id_card.legacy", "parties[0].id_number").unwrap();
    assert_eq!(w.severity, Severity::Warning);
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
    let s = find(&issues, "person.sex_derived", "parties[1].sex").unwrap();
    assert_eq!(
        (s.severity, &s.suggestion.as_ref().unwrap().value),
        (Severity::Notice, &json!("male"))
    );
    let b = find(
        &issues,
        "person.birth_date_derived",
        "parties[1].birth_date",
    )
    .unwrap();
    assert_eq!(b.suggestion.as_ref().unwrap().value, json!("1975-06-15"));
    // Age on the agreement's date (2025-06-10): not yet 50.
    let a = find(&issues, "person.age_derived", "parties[1].age").unwrap();
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
    let s = find(&issues, "person.sex_conflict", "parties[0].sex").unwrap();
    assert_eq!(
        (s.severity, &s.suggestion.as_ref().unwrap().value),
        (Severity::Warning, &json!("female"))
    );
    assert!(
        find(
            &issues,
            "person.birth_date_conflict",
            "parties[0].birth_date"
        )
        .is_some()
    );
    let a = find(&issues, "person.age_conflict", "parties[0].age").unwrap();
    assert_eq!(a.suggestion.as_ref().unwrap().value, json!(45));
}

#[test]
fn minor_party_gets_a_notice_about_legal_representation() {
    let mut case = good_case();
    let p = person_mut(&mut case, 0);
    p.id_number.clear();
    p.birth_date = Some(date!(2012 - 05 - 01));
    let issues = run(&case, Check::Agreement);
    let n = find(&issues, "person.minor", "parties[0]").unwrap();
    assert_eq!(n.severity, Severity::Notice);
    assert!(n.message.contains("限制民事行为能力人"));
}

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
    let e = find(&issues, "credit_code.invalid", "parties[1].credit_code").unwrap();
    assert_eq!((e.severity, e.basis), (Severity::Error, "GB 32100-2015"));
    assert!(e.message.contains("应为3"), "{}", e.message);
    // Right overall check, wrong inner organisation-code check: a warning only.
    let body = "91350100M00010015";
    let code = tiaojie::values::credit_code::make(body).unwrap();
    if let PartyKind::Organisation(o) = &mut case.parties[1].kind {
        o.credit_code = code;
    }
    let issues = run(&case, Check::Agreement);
    assert!(find(&issues, "credit_code.invalid", "parties[1].credit_code").is_none());
    assert_eq!(
        find(&issues, "credit_code.org_code", "parties[1].credit_code")
            .unwrap()
            .severity,
        Severity::Warning
    );
}

#[test]
fn bad_phone_is_a_warning_and_missing_area_code_a_notice() {
    let mut case = good_case();
    person_mut(&mut case, 0).phone = "1381234567".into();
    person_mut(&mut case, 1).phone = "87654321".into();
    let issues = run(&case, Check::Agreement);
    assert_eq!(
        find(&issues, "phone.invalid", "parties[0].phone")
            .unwrap()
            .severity,
        Severity::Warning
    );
    assert_eq!(
        find(&issues, "phone.local", "parties[1].phone")
            .unwrap()
            .severity,
        Severity::Notice
    );
}

#[test]
fn confirmation_requires_id_address_and_phone_of_every_person() {
    let mut case = good_case();
    let p = person_mut(&mut case, 0);
    p.id_number.clear();
    p.address.clear();
    p.phone.clear();
    let agreement = run(&case, Check::Agreement);
    assert!(find(&agreement, "required.person_field", "parties[0].id_number").is_none());
    assert_eq!(
        find(&agreement, "required.person_field", "parties[0].phone")
            .unwrap()
            .severity,
        Severity::Warning
    );
    let confirmation = run(&case, Check::Confirmation);
    for f in ["id_number", "address", "phone"] {
        let i = find(
            &confirmation,
            "required.person_field",
            &format!("parties[0].{f}"),
        )
        .unwrap();
        assert_eq!(
            (i.severity, i.basis),
            (Severity::Error, "民诉法解释第三百五十四条"),
            "{f}"
        );
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
        assert_eq!(
            find(&issues, "required.org_field", &format!("parties[1].{f}"))
                .unwrap()
                .severity,
            Severity::Error,
            "{f}"
        );
    }
}

#[test]
fn missing_court_is_a_warning_whose_hint_explains_article_205() {
    let mut case = good_case();
    case.confirmation.as_mut().unwrap().court.clear();
    let issues = run(&case, Check::Confirmation);
    let w = find(&issues, "legal.court_missing", "confirmation.court").unwrap();
    assert_eq!(
        (w.severity, w.basis),
        (Severity::Warning, "民事诉讼法第二百零五条")
    );
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
    let e = find(&issues, "required.confirmation", "confirmation").expect("an error");
    assert_eq!(e.severity, Severity::Error);
    let all = run(&case, Check::All);
    assert!(
        all.iter()
            .all(|i| !i.rule.starts_with("legal.") && i.rule != "required.confirmation"),
        "{:#?}",
        dump(&all)
    );
}

#[test]
fn effective_date_is_the_last_of_signatures_mediator_and_seal() {
    let mut case = good_case();
    case.agreement.signatures.seal = Some(date!(2025 - 06 - 12));
    assert_eq!(
        validate::legal::effective_date(&case),
        Some(date!(2025 - 06 - 12))
    );
    case.agreement.signatures.parties.remove("p2");
    assert_eq!(validate::legal::effective_date(&case), None);
    case.agreement.form = AgreementForm::Oral;
    assert_eq!(
        validate::legal::effective_date(&case),
        case.agreement.formed_on
    );
}

#[test]
fn unsigned_party_missing_mediator_or_seal_means_not_effective() {
    let mut case = good_case();
    case.agreement.signatures.parties.remove("p2");
    case.agreement.signatures.seal = None;
    let issues = run(&case, Check::Confirmation);
    let w = find(
        &issues,
        "legal.not_effective",
        "agreement.signatures.parties.p2",
    )
    .unwrap();
    assert_eq!(
        (w.severity, w.basis),
        (Severity::Warning, "人民调解法第二十九条")
    );
    assert!(find(&issues, "legal.not_effective", "agreement.signatures.seal").is_some());
    assert!(
        find(
            &issues,
            "legal.not_effective",
            "agreement.signatures.mediator"
        )
        .is_none()
    );
}

#[test]
fn oral_agreement_is_effective_when_reached() {
    let mut case = good_case();
    case.agreement.form = AgreementForm::Oral;
    case.agreement.signatures = Signatures::default();
    let issues = run(&case, Check::Confirmation);
    assert!(
        issues.iter().all(|i| i.rule != "legal.not_effective"),
        "{:#?}",
        dump(&issues)
    );
    case.agreement.formed_on = None;
    let issues = run(&case, Check::Confirmation);
    assert_eq!(
        find(&issues, "legal.not_effective", "agreement.formed_on")
            .unwrap()
            .basis,
        "人民调解法第三十条"
    );
}

#[test]
fn application_after_thirty_days_is_a_warning_citing_the_window() {
    let mut case = good_case();
    // Effective 2025-06-10; day 30 is 2025-07-10 (Thursday).
    case.confirmation.as_mut().unwrap().applied_on = Some(date!(2025 - 07 - 10));
    assert!(
        run(&case, Check::Confirmation)
            .iter()
            .all(|i| i.rule != "legal.deadline_passed")
    );
    case.confirmation.as_mut().unwrap().applied_on = Some(date!(2025 - 07 - 11));
    let issues = run(&case, Check::Confirmation);
    let w = find(&issues, "legal.deadline_passed", "confirmation.applied_on").unwrap();
    assert_eq!(w.severity, Severity::Warning);
    assert!(
        w.basis.contains("第八十五条") && w.message.contains("2025年7月10日"),
        "{}",
        w.message
    );
}

#[test]
fn application_before_the_agreement_took_effect_is_flagged() {
    let mut case = good_case();
    case.confirmation.as_mut().unwrap().applied_on = Some(date!(2025 - 06 - 09));
    assert!(
        find(
            &run(&case, Check::Confirmation),
            "legal.applied_before_effective",
            "confirmation.applied_on"
        )
        .is_some()
    );
}

#[test]
fn deadline_ending_in_a_holiday_rolls_to_the_next_working_day() {
    let mut case = good_case();
    let day = date!(2025 - 09 - 05);
    case.agreement.formed_on = Some(day);
    case.agreement.signatures = Signatures {
        parties: [("p1".to_string(), day), ("p2".to_string(), day)].into(),
        mediator: Some(day),
        seal: Some(day),
    };
    let d = validate::legal::confirmation_deadline(
        &case,
        &tiaojie::values::calendar::Calendar::builtin(),
    )
    .unwrap();
    assert_eq!(
        (d.date, d.rolled_from),
        (date!(2025 - 10 - 09), Some(date!(2025 - 10 - 05)))
    );
}

/// `good_case` with the agreement signed, sealed and formed on `day`.
fn effective_on(day: Date) -> Case {
    let mut case = good_case();
    case.agreement.formed_on = Some(day);
    case.agreement.signatures = Signatures {
        parties: [("p1".to_string(), day), ("p2".to_string(), day)].into(),
        mediator: Some(day),
        seal: Some(day),
    };
    case
}

/// The 2026 schedule (国务院办公厅关于2026年部分节假日安排的通知, as shipped in
/// `assets/data/cn-holidays.json`): 元旦 1月1日–3日, 1月4日（周日）上班;
/// 春节 2月15日–23日, 2月14日（周六）、2月28日（周六）上班; 中秋 9月25日–27日; 国庆
/// 10月1日–7日, 9月20日（周日）、10月10日（周六）上班.
#[test]
fn thirty_day_window_follows_the_2026_schedule() {
    // (effective day, last day, the nominal day it was rolled from)
    let cases = [
        // 国庆: day 30 is Saturday 10月3日, in the holiday: the first working day after.
        (
            date!(2026 - 09 - 03),
            date!(2026 - 10 - 08),
            Some(date!(2026 - 10 - 03)),
        ),
        // 春节: day 30 is Monday 2月16日, a holiday although a weekday.
        (
            date!(2026 - 01 - 17),
            date!(2026 - 02 - 24),
            Some(date!(2026 - 02 - 16)),
        ),
        // 中秋: day 30 is Friday 9月25日.
        (
            date!(2026 - 08 - 26),
            date!(2026 - 09 - 28),
            Some(date!(2026 - 09 - 25)),
        ),
        // An ordinary Saturday rolls to Monday …
        (
            date!(2026 - 02 - 12),
            date!(2026 - 03 - 16),
            Some(date!(2026 - 03 - 14)),
        ),
        // … but a Saturday or Sunday made a working day (调休上班日) does not roll.
        (date!(2026 - 01 - 29), date!(2026 - 02 - 28), None),
        (date!(2026 - 09 - 10), date!(2026 - 10 - 10), None),
        (date!(2026 - 08 - 21), date!(2026 - 09 - 20), None),
        (date!(2025 - 12 - 05), date!(2026 - 01 - 04), None),
    ];
    for (eff, last, rolled) in cases {
        let d = validate::legal::confirmation_deadline(
            &effective_on(eff),
            &tiaojie::values::calendar::Calendar::builtin(),
        )
        .unwrap_or_else(|| panic!("{eff}: no deadline"));
        assert_eq!((d.date, d.rolled_from), (last, rolled), "effective {eff}");
        assert!(d.schedule_known, "effective {eff}: 2026 is shipped");
    }
}

#[test]
fn application_on_a_2026_make_up_working_day_is_the_last_day_and_the_monday_after_is_late() {
    // Effective 1月29日: day 30 is Saturday 2月28日, a 调休上班日.
    let mut case = effective_on(date!(2026 - 01 - 29));
    case.confirmation.as_mut().unwrap().applied_on = Some(date!(2026 - 02 - 28));
    let issues = tiaojie::pipeline::check_as(&case, Check::Confirmation, date!(2026 - 03 - 05));
    assert!(
        issues.iter().all(|i| i.rule != "legal.deadline_passed"),
        "{:#?}",
        dump(&issues)
    );
    case.confirmation.as_mut().unwrap().applied_on = Some(date!(2026 - 03 - 02));
    let issues = tiaojie::pipeline::check_as(&case, Check::Confirmation, date!(2026 - 03 - 05));
    let w = find(&issues, "legal.deadline_passed", "confirmation.applied_on")
        .unwrap_or_else(|| panic!("{:#?}", dump(&issues)));
    assert!(
        w.message.contains("申请期限至2026年2月28日"),
        "{}",
        w.message
    );
    assert!(!w.message.contains("顺延"), "{}", w.message);
}

#[test]
fn application_after_national_day_2026_is_in_time_and_the_notice_explains_the_roll() {
    let mut case = effective_on(date!(2026 - 09 - 03));
    case.confirmation.as_mut().unwrap().applied_on = Some(date!(2026 - 10 - 08));
    let issues = tiaojie::pipeline::check_as(&case, Check::Confirmation, date!(2026 - 10 - 20));
    let n = find(&issues, "legal.deadline", "confirmation.applied_on")
        .unwrap_or_else(|| panic!("{:#?}", dump(&issues)));
    assert!(n.message.contains("顺延至2026年10月8日"), "{}", n.message);
    assert!(issues.iter().all(|i| i.rule != "legal.deadline_passed"));
    case.confirmation.as_mut().unwrap().applied_on = Some(date!(2026 - 10 - 09));
    let issues = tiaojie::pipeline::check_as(&case, Check::Confirmation, date!(2026 - 10 - 20));
    assert!(
        find(&issues, "legal.deadline_passed", "confirmation.applied_on").is_some(),
        "{:#?}",
        dump(&issues)
    );
}

#[test]
fn unknown_holiday_schedule_is_said_plainly() {
    let mut case = good_case();
    let day = date!(2031 - 03 - 03);
    case.agreement.formed_on = Some(day);
    case.agreement.signatures = Signatures {
        parties: [("p1".to_string(), day), ("p2".to_string(), day)].into(),
        mediator: Some(day),
        seal: Some(day),
    };
    case.confirmation.as_mut().unwrap().applied_on = None;
    let issues = tiaojie::pipeline::check_as(&case, Check::Confirmation, date!(2031 - 03 - 05));
    let n = issues
        .iter()
        .find(|i| i.rule == "legal.holidays_unknown")
        .unwrap();
    assert!(
        n.message.contains("2031年") && n.message.contains("未收录"),
        "{}",
        n.message
    );
    let left = issues.iter().find(|i| i.rule == "legal.deadline").unwrap();
    assert!(left.message.contains("还有"), "{}", left.message);
}

#[test]
fn status_relationship_dispute_type_is_inadmissible() {
    let mut case = good_case();
    case.dispute.kind = "离婚纠纷".into();
    let w = run(&case, Check::Confirmation)
        .into_iter()
        .find(|i| i.rule == "legal.inadmissible_status")
        .unwrap();
    assert_eq!(
        (w.severity, w.path.as_str(), w.basis),
        (
            Severity::Warning,
            "dispute.kind",
            "民诉法解释第三百五十五条第一款第三项"
        )
    );
}

#[test]
fn flagged_clauses_are_inadmissible_warnings() {
    let mut case = good_case();
    case.agreement.clauses.push(Clause {
        text: "甲乙双方的著作权约定。".into(),
        flags: vec![SubjectFlag::IpOwnership, SubjectFlag::OtherProcedure],
        ..Clause::default()
    });
    let issues = run(&case, Check::Confirmation);
    let w = find(
        &issues,
        "legal.inadmissible_ownership",
        "agreement.clauses[1].flags",
    )
    .unwrap();
    assert_eq!(
        (w.severity, w.basis),
        (Severity::Warning, "民诉法解释第三百五十五条第一款第五项")
    );
    let w = find(
        &issues,
        "legal.inadmissible_procedure",
        "agreement.clauses[1].flags",
    )
    .unwrap();
    assert_eq!(
        (w.severity, w.basis),
        (Severity::Warning, "民诉法解释第三百五十五条第一款第四项")
    );
}

#[test]
fn ownership_or_divorce_wording_without_a_flag_is_a_keyword_warning() {
    let mut case = good_case();
    case.agreement.clauses.push(Clause {
        text: "争议车库归张三所有。".into(),
        ..Clause::default()
    });
    case.agreement.clauses.push(Clause {
        text: "双方自愿解除婚姻关系。".into(),
        ..Clause::default()
    });
    let issues = run(&case, Check::Confirmation);
    for (path, basis) in [
        (
            "agreement.clauses[1].text",
            "民诉法解释第三百五十五条第一款第五项",
        ),
        (
            "agreement.clauses[2].text",
            "民诉法解释第三百五十五条第一款第三项",
        ),
    ] {
        let w = find(&issues, "legal.possible_inadmissible", path).unwrap();
        assert_eq!((w.severity, w.basis), (Severity::Warning, basis), "{path}");
        assert!(!w.hint.is_empty());
    }
    // Flags are the user's word; the wording alone is a heuristic.
    assert!(
        issues
            .iter()
            .all(|i| !i.rule.starts_with("legal.inadmissible"))
    );
}

#[test]
fn divorce_adoption_and_parentage_dispute_types_are_status_warnings() {
    for kind in [
        "离婚纠纷",
        "婚姻纠纷",
        "婚姻无效纠纷",
        "收养关系纠纷",
        "亲子关系纠纷",
        "抚养关系纠纷",
    ] {
        let mut case = good_case();
        case.dispute.kind = kind.into();
        let issues = run(&case, Check::Confirmation);
        let w = find(&issues, "legal.inadmissible_status", "dispute.kind")
            .unwrap_or_else(|| panic!("{kind}: {:#?}", dump(&issues)));
        assert_eq!(
            (w.severity, w.basis),
            (Severity::Warning, "民诉法解释第三百五十五条第一款第三项"),
            "{kind}"
        );
    }
    for kind in ["赡养纠纷", "抚养纠纷", "继承纠纷", "邻里纠纷"] {
        let mut case = good_case();
        case.dispute.kind = kind.into();
        assert!(
            run(&case, Check::Confirmation)
                .iter()
                .all(|i| i.rule != "legal.inadmissible_status"),
            "{kind}"
        );
    }
}

#[test]
fn status_request_wording_in_a_clause_is_a_warning() {
    assert_wording_warns(
        &[
            "双方自愿离婚。",
            "双方自愿解除收养关系。",
            "双方确认亲子关系。",
            "双方确认该婚姻无效。",
        ],
        "民诉法解释第三百五十五条第一款第三项",
    );
}

/// Each of `wordings`, as a further clause of a good case, is a possible-inadmissible
/// warning on that clause citing `basis`.
fn assert_wording_warns(wordings: &[&str], basis: &str) {
    for words in wordings {
        let mut case = good_case();
        case.agreement.clauses.push(Clause {
            text: (*words).into(),
            ..Clause::default()
        });
        let issues = run(&case, Check::Confirmation);
        let w = find(
            &issues,
            "legal.possible_inadmissible",
            "agreement.clauses[1].text",
        )
        .unwrap_or_else(|| panic!("{words}: {:#?}", dump(&issues)));
        assert_eq!((w.severity, w.basis), (Severity::Warning, basis), "{words}");
    }
}

#[test]
fn broad_family_dispute_type_is_at_most_a_notice() {
    let mut case = good_case();
    case.dispute.kind = "婚姻家庭纠纷".into();
    case.agreement.clauses.push(Clause {
        text: "子女由张三抚养，李四每月10日前支付抚养费人民币壹仟元整（¥1,000.00）。".into(),
        ..Clause::default()
    });
    let issues = run(&case, Check::Confirmation);
    let n = find(&issues, "legal.possible_inadmissible", "dispute.kind").unwrap();
    assert_eq!(n.severity, Severity::Notice);
    assert!(n.message.contains("身份关系不能"), "{}", n.message);
    assert!(
        issues
            .iter()
            .filter(|i| i.rule.starts_with("legal."))
            .all(|i| i.severity == Severity::Notice),
        "{:#?}",
        dump(&issues)
    );
    // With a status term the clause gets the warning and the general notice goes.
    case.agreement.clauses.push(Clause {
        text: "双方自愿解除婚姻关系。".into(),
        ..Clause::default()
    });
    let issues = run(&case, Check::Confirmation);
    assert!(find(&issues, "legal.possible_inadmissible", "dispute.kind").is_none());
    assert_eq!(
        find(
            &issues,
            "legal.possible_inadmissible",
            "agreement.clauses[2].text"
        )
        .unwrap()
        .severity,
        Severity::Warning
    );
}

#[test]
fn repaying_all_the_loans_is_not_an_ownership_term() {
    let mut case = good_case();
    case.agreement.clauses.push(Clause {
        text: "李四于3月31日前归还张三所有借款5000元。".into(),
        ..Clause::default()
    });
    let issues = run(&case, Check::Confirmation);
    assert!(
        issues
            .iter()
            .all(|i| i.rule != "legal.possible_inadmissible"),
        "{:#?}",
        dump(&issues)
    );
}

#[test]
fn describing_a_minor_is_not_a_capacity_procedure_but_a_request_is() {
    let mut case = good_case();
    case.agreement.clauses.push(Clause {
        text: "张小明系无民事行为能力人，由其法定代理人张三代为签名。".into(),
        ..Clause::default()
    });
    let issues = run(&case, Check::Confirmation);
    assert!(
        issues
            .iter()
            .all(|i| i.rule != "legal.possible_inadmissible"),
        "{:#?}",
        dump(&issues)
    );
    assert_wording_warns(
        &[
            "双方同意申请认定王五为限制民事行为能力人。",
            "张三申请宣告王五失踪。",
            "双方同意认定该批货物为无主财产。",
            "李四对该汇票申请公示催告。",
        ],
        "民诉法解释第三百五十五条第一款第四项",
    );
}

#[test]
fn payment_obligation_lacking_payer_amount_or_deadline_is_unclear() {
    let mut case = good_case();
    let o = case.agreement.clauses[0].obligation.as_mut().unwrap();
    o.payers.clear();
    o.amount = None;
    o.due = None;
    let issues = run(&case, Check::Confirmation);
    for f in ["payers", "amount", "due"] {
        let w = find(
            &issues,
            "legal.unclear_obligation",
            &format!("agreement.clauses[0].obligation.{f}"),
        )
        .unwrap();
        assert_eq!(
            (w.severity, w.basis),
            (Severity::Warning, "民诉法解释第三百五十八条第五项")
        );
    }
    // Drafting an agreement: the same gaps are blanks to fill, cited to Art. 29.
    let issues = run(&case, Check::Agreement);
    assert_eq!(
        find(
            &issues,
            "obligation.incomplete",
            "agreement.clauses[0].obligation.due"
        )
        .unwrap()
        .basis,
        "人民调解法第二十九条"
    );
}

#[test]
fn free_text_payment_without_amount_or_date_is_a_warning_for_agreement_and_confirmation() {
    let mut case = good_case();
    case.agreement.clauses.push(Clause {
        text: "李四向张三赔偿损失。".into(),
        ..Clause::default()
    });
    case.agreement.clauses.push(Clause {
        text: "李四于2025年6月30日前向张三支付补偿款人民币伍佰元整（¥500.00）。".into(),
        ..Clause::default()
    });
    // Confirming: a court rejects unclear terms (民诉法解释 Art. 358(5)). Drafting the
    // agreement: Art. 29 asks the agreement itself for 履行方式、时限.
    for (check, basis) in [
        (Check::Confirmation, "民诉法解释第三百五十八条第五项"),
        (Check::Agreement, "人民调解法第二十九条"),
    ] {
        let issues = run(&case, check);
        let unclear: Vec<_> = issues
            .iter()
            .filter(|i| i.rule == "legal.unclear_text")
            .collect();
        assert_eq!(unclear.len(), 2, "{check:?}: {:#?}", dump(&issues));
        assert!(unclear.iter().any(|i| i.message.contains("金额")));
        assert!(unclear.iter().any(|i| i.message.contains("期限")));
        assert!(unclear.iter().all(|i| i.path == "agreement.clauses[1].text"
            && i.severity == Severity::Warning
            && i.basis == basis));
    }
}

#[test]
fn free_text_payment_not_naming_who_pays_whom_is_a_notice() {
    let mut case = good_case();
    for words in [
        "于2025年6月30日前支付赔偿款人民币伍佰元整（¥500.00）。",
        "李四于2025年6月30日前支付赔偿款500元。",
        "李四于2025年6月30日前向张三支付赔偿款500元。",
    ] {
        case.agreement.clauses.push(Clause {
            text: words.into(),
            ..Clause::default()
        });
    }
    let issues = run(&case, Check::Confirmation);
    let at = |i: usize| {
        issues
            .iter()
            .filter(|x| {
                x.rule == "legal.unclear_text" && x.path == format!("agreement.clauses[{i}].text")
            })
            .collect::<Vec<_>>()
    };
    let none = at(1);
    assert_eq!(none.len(), 1, "{:#?}", dump(&issues));
    assert!(none[0].message.contains("由谁向谁"), "{}", none[0].message);
    assert_eq!(
        (none[0].severity, none[0].basis),
        (Severity::Notice, "民诉法解释第三百五十八条第五项")
    );
    assert!(!none[0].hint.is_empty());
    let one = at(2);
    assert_eq!(one.len(), 1, "{:#?}", dump(&issues));
    assert!(
        one[0].message.contains("只出现了一方"),
        "{}",
        one[0].message
    );
    assert!(at(3).is_empty(), "{:#?}", dump(&issues));
}

#[test]
fn clause_text_leaving_out_the_typed_amount_and_due_date_is_a_warning() {
    let mut case = good_case();
    case.agreement.clauses = vec![
        serde_json::from_value(json!({
            "text": "刘志明向赵淑珍支付赔偿款。",
            "obligation": {"payers": ["p2"], "payees": ["p1"], "amount": "8500",
                           "due": "2025-06-30", "method": "银行转账"}
        }))
        .unwrap(),
    ];
    case.agreement.performance = String::new();
    let issues = run(&case, Check::Agreement);
    let w = find(&issues, "clause.terms_missing", "agreement.clauses[0].text")
        .unwrap_or_else(|| panic!("{:#?}", dump(&issues)));
    assert_eq!(
        (w.severity, w.basis),
        (Severity::Warning, "民诉法解释第三百五十八条第五项")
    );
    assert!(
        w.message.contains("金额¥8,500.00") && w.message.contains("履行期限2025年6月30日"),
        "{}",
        w.message
    );
    assert!(w.hint.contains("清空文字"), "{}", w.hint);
    assert_eq!(w.suggestion.as_ref().unwrap().value, json!(""));

    // The amount in any usual spelling, the date in the text or in 履行方式、时限.
    let clean = |case: &Case| {
        run(case, Check::Agreement)
            .into_iter()
            .filter(|i| i.rule.starts_with("clause."))
            .map(|i| i.line())
            .collect::<Vec<_>>()
    };
    for words in [
        "李四于2025年6月30日前向张三支付赔偿款人民币捌仟伍佰元整（¥8,500.00）。",
        "李四于2025年6月30日前向张三支付赔偿款8500元。",
        "李四于2025年6月30日前向张三支付赔偿款8,500。",
        "李四于2025年6月30日前向张三支付赔偿款8500.00元。",
        "李四于2025年6月30日前向张三支付赔偿款¥8,500.00。",
    ] {
        case.agreement.clauses[0].text = words.into();
        assert!(clean(&case).is_empty(), "{words}: {:#?}", clean(&case));
    }
    case.agreement.clauses[0].text = "李四向张三支付赔偿款8500元。".into();
    let w = find(
        &run(&case, Check::Agreement),
        "clause.terms_missing",
        "agreement.clauses[0].text",
    )
    .unwrap()
    .clone();
    assert!(
        w.message.contains("履行期限") && !w.message.contains("金额¥"),
        "{}",
        w.message
    );
    case.agreement.performance = "李四于2025年6月30日前通过银行转账一次性付清。".into();
    assert!(clean(&case).is_empty(), "{:#?}", clean(&case));

    // A different time limit in the words.
    case.agreement.clauses[0].text = "李四于2025年7月31日前向张三支付赔偿款8500元。".into();
    let w = find(
        &run(&case, Check::Agreement),
        "clause.due_mismatch",
        "agreement.clauses[0].text",
    )
    .unwrap()
    .clone();
    assert_eq!(w.severity, Severity::Warning);
    assert!(
        w.message.contains("2025年7月31日") && w.message.contains("2025年6月30日"),
        "{}",
        w.message
    );
}

#[test]
fn capital_and_arabic_amounts_in_free_text_must_agree() {
    let mut case = good_case();
    case.agreement.clauses.push(Clause {
        text: "各项损失共计人民币壹拾伍万陆仟捌佰元整（¥165,800.00）。".into(),
        ..Clause::default()
    });
    case.agreement.clauses.push(Clause {
        text: "各项损失共计人民币壹拾伍万陆仟捌佰元整（¥156,800.00）。".into(),
        ..Clause::default()
    });
    case.agreement.performance =
        "李四于2025年6月30日前支付人民币壹万贰仟元整（小写：12000.00元）。".into();
    case.dispute.claims = vec![Claim {
        party: "p1".into(),
        text: "要求赔偿人民币叁仟伍佰元整（小写：3800元）。".into(),
    }];
    let issues = run(&case, Check::Agreement);
    let e = find(&issues, "amount.mismatch", "agreement.clauses[1].text")
        .unwrap_or_else(|| panic!("{:#?}", dump(&issues)));
    assert_eq!(
        (e.severity, e.basis),
        (
            Severity::Error,
            "《正确填写票据和结算凭证的基本规定》（中国人民银行）"
        )
    );
    assert!(
        e.message.contains("156,800.00") && e.message.contains("165,800.00"),
        "{}",
        e.message
    );
    assert!(e.hint.contains("人民币壹拾陆万伍仟捌佰元整"), "{}", e.hint);
    assert!(find(&issues, "amount.mismatch", "dispute.claims[0].text").is_some());
    // The ones that agree are quiet.
    for path in ["agreement.clauses[2].text", "agreement.performance"] {
        assert!(
            issues
                .iter()
                .all(|i| !(i.path == path && i.rule.starts_with("amount."))),
            "{path}: {:#?}",
            dump(&issues)
        );
    }
}

#[test]
fn capital_amounts_not_written_per_the_pboc_rules_are_errors_and_a_missing_zheng_a_warning() {
    let mut case = good_case();
    case.agreement.clauses.push(Clause {
        text: "李四于2025年6月30日前向张三支付人民币壹万贰千元整（¥12,000.00）。".into(),
        ..Clause::default()
    });
    case.agreement.clauses.push(Clause {
        text: "李四于2025年6月30日前向张三支付人民币叁万伍仟陆佰元（¥35,600.00）。".into(),
        ..Clause::default()
    });
    let issues = run(&case, Check::Agreement);
    let e = find(
        &issues,
        "amount.capital_invalid",
        "agreement.clauses[1].text",
    )
    .unwrap_or_else(|| panic!("{:#?}", dump(&issues)));
    assert_eq!(e.severity, Severity::Error);
    assert!(e.message.contains("「千」"), "{}", e.message);
    assert!(e.hint.contains("人民币壹万贰仟元整"), "{}", e.hint);
    // 「叁万伍仟陆佰元」 without 整: the PBoC rule says 应写「整」.
    let n = find(&issues, "amount.capital_zheng", "agreement.clauses[2].text").unwrap();
    assert_eq!(n.severity, Severity::Warning);
    assert!(find(&issues, "amount.mismatch", "agreement.clauses[2].text").is_none());
}

#[test]
fn negative_or_sub_fen_amounts_are_errors() {
    let mut case = good_case();
    case.agreement.clauses[0]
        .obligation
        .as_mut()
        .unwrap()
        .amount = Some(Money("-5".parse().unwrap()));
    let i = run(&case, Check::Agreement);
    let e = find(
        &i,
        "obligation.amount_invalid",
        "agreement.clauses[0].obligation.amount",
    )
    .unwrap();
    assert_eq!(e.severity, Severity::Error);
    assert!(e.message.contains("负数"));
    case.agreement.clauses[0]
        .obligation
        .as_mut()
        .unwrap()
        .amount = Some(Money("1.005".parse().unwrap()));
    let i = run(&case, Check::Agreement);
    let e = find(
        &i,
        "obligation.amount_invalid",
        "agreement.clauses[0].obligation.amount",
    )
    .unwrap();
    assert_eq!(e.severity, Severity::Error);
    assert!(e.message.contains("两位小数"), "{}", e.message);
}

#[test]
fn clause_words_must_agree_with_the_typed_amount() {
    let mut case = good_case();
    case.agreement.clauses[0].text =
        "李四于2025年6月30日前向张三支付人民币叁仟捌佰元整（¥3,800.00）。".into();
    assert!(
        run(&case, Check::Agreement)
            .iter()
            .all(|i| i.rule != "clause.amount_mismatch")
    );
    case.agreement.clauses[0].text = "李四向张三支付人民币叁仟伍佰元整。".into();
    let w = run(&case, Check::Agreement)
        .into_iter()
        .find(|i| i.rule == "clause.amount_mismatch")
        .unwrap();
    assert!(w.message.contains("叁仟捌佰元整"), "{}", w.message);
    case.agreement.clauses[0].text = "李四向张三支付3500元。".into();
    assert!(
        run(&case, Check::Agreement)
            .iter()
            .any(|i| i.rule == "clause.amount_mismatch")
    );
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
        let e = find(&issues, "ref.unknown_party", path)
            .unwrap_or_else(|| panic!("{path}: {:#?}", dump(&issues)));
        assert_eq!(e.severity, Severity::Error, "{path}");
    }
}

#[test]
fn duplicate_party_ids_are_errors() {
    let mut case = good_case();
    case.parties[1].id = "p1".into();
    let issues = run(&case, Check::Agreement);
    let e = find(&issues, "party.id_duplicate", "parties[1].id").expect("an issue");
    assert_eq!(e.severity, Severity::Error);
}

#[test]
fn dates_out_of_order_are_warnings_at_the_later_date() {
    let mut case = good_case();
    case.intake.accepted_on = Some(date!(2025 - 05 - 20));
    case.intake.applied_on = Some(date!(2025 - 05 - 25));
    case.sessions.push(MediationSession {
        date: Some(date!(2025 - 06 - 11)),
        ..MediationSession::default()
    });
    case.visits.push(Visit {
        date: Some(date!(2025 - 06 - 15)),
        ..Visit::default()
    });
    let issues = run(&case, Check::All);
    let order = |p: &str| find(&issues, "date.order", p).map(|i| i.severity);
    assert_eq!(order("intake.accepted_on"), Some(Severity::Warning));
    assert_eq!(
        order("agreement.formed_on"),
        Some(Severity::Warning),
        "session after the agreement"
    );
    assert_eq!(
        order("visits[0].date"),
        Some(Severity::Warning),
        "visit before the confirmation application"
    );
}

#[test]
fn application_before_the_agreement_was_made_is_flagged_even_when_not_effective() {
    let mut case = good_case();
    case.agreement.signatures.seal = None;
    case.confirmation.as_mut().unwrap().applied_on = Some(date!(2025 - 06 - 05));
    for check in [Check::Agreement, Check::Confirmation, Check::All] {
        let issues = run(&case, check);
        let w = find(&issues, "date.order", "confirmation.applied_on")
            .unwrap_or_else(|| panic!("{check:?}: {:#?}", dump(&issues)));
        assert_eq!(w.severity, Severity::Warning);
        assert!(w.message.contains("协议成立日期"), "{}", w.message);
    }
    // Effective and confirming: reported once, as an application before the effective date.
    case.agreement.signatures.seal = Some(date!(2025 - 06 - 10));
    let issues = run(&case, Check::Confirmation);
    assert!(
        find(
            &issues,
            "legal.applied_before_effective",
            "confirmation.applied_on"
        )
        .is_some()
    );
    assert!(find(&issues, "date.order", "confirmation.applied_on").is_none());
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
        let i = find(&issues, rule, path).unwrap_or_else(|| panic!("{rule}: {:#?}", dump(&issues)));
        assert!(!i.basis.is_empty() && !i.hint.is_empty(), "{rule}: {i:?}");
    }
}

#[test]
fn rolled_deadline_notice_explains_the_roll() {
    let mut case = good_case();
    let day = date!(2025 - 09 - 05);
    case.agreement.formed_on = Some(day);
    case.agreement.signatures = Signatures {
        parties: [("p1".to_string(), day), ("p2".to_string(), day)].into(),
        mediator: Some(day),
        seal: Some(day),
    };
    case.confirmation.as_mut().unwrap().applied_on = Some(date!(2025 - 10 - 09));
    let issues = run(&case, Check::Confirmation);
    let n = find(&issues, "legal.deadline", "confirmation.applied_on").unwrap();
    assert_eq!(n.severity, Severity::Notice);
    assert!(n.message.contains("顺延至2025年10月9日"), "{}", n.message);
    assert!(n.hint.contains("第八十五条"), "{}", n.hint);
}

#[test]
fn risk_level_outside_the_committees_levels_is_a_warning() {
    let mut case = good_case();
    case.dispute.risk_level = "紫".into();
    let issues = run(&case, Check::Agreement);
    let w = find(&issues, "dispute.risk_level_unknown", "dispute.risk_level").unwrap();
    assert_eq!(
        (w.severity, w.basis),
        (Severity::Warning, "案件文件格式（docs/case-format.md）")
    );
    assert!(w.hint.contains("红、橙、黄、蓝"), "{}", w.hint);
    for level in ["", "黄", " 红 "] {
        case.dispute.risk_level = level.into();
        assert!(
            run(&case, Check::Agreement)
                .iter()
                .all(|i| i.rule != "dispute.risk_level_unknown"),
            "{level:?}"
        );
    }
    case.settings.risk_levels = vec!["红".into(), "黄".into(), "绿".into()];
    case.dispute.risk_level = "绿".into();
    assert!(
        run(&case, Check::Agreement)
            .iter()
            .all(|i| i.rule != "dispute.risk_level_unknown")
    );
}

#[test]
fn page_settings_out_of_range_are_errors_naming_the_field() {
    let mut case = good_case();
    case.settings.page.left_mm = Some(500.0);
    case.settings.page.lines_per_page = Some(0);
    let issues = run(&case, Check::Agreement);
    for field in ["left_mm", "lines_per_page"] {
        let e = find(
            &issues,
            "settings.page_range",
            &format!("settings.page.{field}"),
        )
        .unwrap_or_else(|| panic!("{field}: {:#?}", dump(&issues)));
        assert_eq!((e.severity, e.basis), (Severity::Error, "GB/T 9704-2012"));
        assert!(e.message.contains("不在"), "{}", e.message);
    }
}

#[test]
fn unusable_page_settings_are_warnings_naming_the_field() {
    let mut case = good_case();
    // Each in its range, but together too wide for the sheet; 60 lines overlap.
    case.settings.page.left_mm = Some(100.0);
    case.settings.page.type_width_mm = Some(150.0);
    case.settings.page.lines_per_page = Some(60);
    let issues = run(&case, Check::Agreement);
    for field in ["type_width_mm", "lines_per_page"] {
        let w = find(&issues, "settings.page", &format!("settings.page.{field}"))
            .unwrap_or_else(|| panic!("{field}: {:#?}", dump(&issues)));
        assert_eq!((w.severity, w.basis), (Severity::Warning, "GB/T 9704-2012"));
        assert!(
            w.message.starts_with(&format!("页面设置 {field} 无效："))
                && w.message.ends_with("，已按 GB/T 9704 排版"),
            "{}",
            w.message
        );
        assert!(!w.hint.is_empty());
    }
    case.settings.page = PageSettings {
        left_mm: Some(30.0),
        ..PageSettings::default()
    };
    assert!(
        run(&case, Check::Agreement)
            .iter()
            .all(|i| i.rule != "settings.page")
    );
}

#[test]
fn copies_fewer_than_parties_plus_one_are_flagged() {
    let mut case = good_case();
    case.agreement.copies = Some(2);
    assert!(
        find(
            &run(&case, Check::Agreement),
            "required.copies",
            "agreement.copies"
        )
        .is_some()
    );
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
fn the_covers_mediation_dates_default_to_acceptance_and_closing_and_must_be_in_order() {
    let mut case = good_case();
    case.intake.accepted_on = Some(date!(2026 - 03 - 02));
    case.archive.closed_on = Some(date!(2026 - 04 - 20));
    assert_eq!(
        case.mediation_dates(),
        (Some(date!(2026 - 03 - 02)), Some(date!(2026 - 04 - 20)))
    );
    case.archive.mediation_from = Some(date!(2026 - 03 - 05));
    assert_eq!(case.mediation_dates().0, Some(date!(2026 - 03 - 05)));
    assert!(
        find(
            &run(&case, Check::All),
            "date.order",
            "archive.mediation_to"
        )
        .is_none()
    );
    case.archive.mediation_to = Some(date!(2026 - 03 - 01));
    let issues = run(&case, Check::All);
    let w = find(&issues, "date.order", "archive.mediation_to").expect("range out of order");
    assert_eq!(w.severity, Severity::Warning);
}

#[test]
fn control_characters_in_a_text_field_are_errors_naming_field_and_code_point() {
    let mut case = good_case();
    let PartyKind::Person(p) = &mut case.parties[0].kind else {
        panic!("a person")
    };
    p.name = "张\u{1b}[2J三".into();
    case.agreement.facts = "第一段。\r\n\t第二段\u{7}。".into();
    let issues = run(&case, Check::Agreement);
    let name = find(&issues, "text.control_char", "parties[0].name")
        .unwrap_or_else(|| panic!("{:#?}", dump(&issues)));
    assert_eq!(name.severity, Severity::Error);
    assert!(
        name.message.contains("U+001B") && name.message.contains("第2个字符"),
        "{}",
        name.message
    );
    // Tab and line breaks are fine in long text, BEL is not.
    let facts = find(&issues, "text.control_char", "agreement.facts").unwrap();
    assert!(facts.message.contains("U+0007"), "{}", facts.message);
    case.agreement.facts = "第一段。\r\n\t第二段。".into();
    assert!(
        find(
            &run(&case, Check::Agreement),
            "text.control_char",
            "agreement.facts"
        )
        .is_none()
    );
    // Not in a name, though.
    p_name(&mut case, "张\n三");
    assert!(
        find(
            &run(&case, Check::Agreement),
            "text.control_char",
            "parties[0].name"
        )
        .is_some()
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
    let name = find(&issues, "text.too_long", "parties[0].name")
        .unwrap_or_else(|| panic!("{:#?}", dump(&issues)));
    assert_eq!(name.severity, Severity::Error);
    assert!(
        name.message.contains("501") && name.message.contains("500"),
        "{}",
        name.message
    );
    let facts = find(&issues, "text.too_long", "agreement.facts").unwrap();
    assert!(facts.message.contains("50000"), "{}", facts.message);
    assert!(find(&issues, "text.too_long", "agreement.performance").is_none());
    p_name(&mut case, &"张".repeat(500));
    assert!(
        find(
            &run(&case, Check::Agreement),
            "text.too_long",
            "parties[0].name"
        )
        .is_none()
    );
}

#[test]
fn dates_before_1900_or_after_2100_are_errors_naming_the_field() {
    let mut case = good_case();
    case.agreement.formed_on = Some(date!(-0001 - 01 - 01));
    case.intake.accepted_on = Some(date!(2101 - 01 - 01));
    case.archive.filed_on = Some(date!(1900 - 01 - 01));
    let issues = run(&case, Check::All);
    for path in ["agreement.formed_on", "intake.accepted_on"] {
        let e = find(&issues, "date.out_of_range", path)
            .unwrap_or_else(|| panic!("{path}: {:#?}", dump(&issues)));
        assert_eq!(e.severity, Severity::Error);
        assert!(
            e.message.contains("1900-01-01 至 2100-12-31"),
            "{}",
            e.message
        );
    }
    assert!(find(&issues, "date.out_of_range", "archive.filed_on").is_none());
    // Reported once: no other rule quotes the date (「协议成立日期（-1年1月1日）早于…」).
    for i in &issues {
        assert!(
            i.rule == "date.out_of_range"
                || !(i.message.contains("-1年") || i.message.contains("2101年")),
            "{i:?}"
        );
    }
}

#[test]
fn numbers_outside_their_documented_range_are_errors() {
    let mut case = good_case();
    case.settings.first_page_number = u32::MAX;
    case.settings.roster_threshold = 1;
    case.agreement.copies = Some(0);
    let issues = run(&case, Check::Agreement);
    for (path, range) in [
        ("settings.first_page_number", "1–9999"),
        ("settings.roster_threshold", "2–10000"),
        ("agreement.copies", "1–99"),
    ] {
        let e = find(&issues, "settings.range", path)
            .unwrap_or_else(|| panic!("{path}: {:#?}", dump(&issues)));
        assert_eq!(e.severity, Severity::Error);
        assert!(e.message.contains(range), "{}", e.message);
    }
    case.settings.first_page_number = 9999;
    case.settings.roster_threshold = 2;
    case.agreement.copies = Some(3);
    assert!(
        run(&case, Check::Agreement)
            .iter()
            .all(|i| i.rule != "settings.range")
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
