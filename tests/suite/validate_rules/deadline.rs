//! When the agreement takes effect, and the 30-day window for confirmation on the holiday schedules.

use super::*;

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
    let w = assert_rule(
        &issues,
        "legal.not_effective",
        "agreement.signatures.parties.p2",
        Severity::Warning,
    );
    assert_eq!(w.basis, "人民调解法第二十九条");
    expect_rule(&issues, "legal.not_effective", "agreement.signatures.seal");
    assert_no_rule(
        &issues,
        "legal.not_effective",
        "agreement.signatures.mediator",
    );
}

#[test]
fn oral_agreement_is_effective_when_reached() {
    let mut case = good_case();
    case.agreement.form = AgreementForm::Oral;
    case.agreement.signatures = Signatures::default();
    let issues = run(&case, Check::Confirmation);
    assert_no_rule_anywhere(&issues, "legal.not_effective");
    case.agreement.formed_on = None;
    let issues = run(&case, Check::Confirmation);
    assert_eq!(
        expect_rule(&issues, "legal.not_effective", "agreement.formed_on").basis,
        "人民调解法第三十条"
    );
}

#[test]
fn application_after_thirty_days_is_a_warning_citing_the_window() {
    let mut case = good_case();
    // Effective 2025-06-10; day 30 is 2025-07-10 (Thursday).
    case.confirmation.as_mut().unwrap().applied_on = Some(date!(2025 - 07 - 10));
    assert_no_rule_anywhere(&run(&case, Check::Confirmation), "legal.deadline_passed");
    case.confirmation.as_mut().unwrap().applied_on = Some(date!(2025 - 07 - 11));
    let issues = run(&case, Check::Confirmation);
    let w = assert_rule(
        &issues,
        "legal.deadline_passed",
        "confirmation.applied_on",
        Severity::Warning,
    );
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
    expect_rule(
        &run(&case, Check::Confirmation),
        "legal.applied_before_effective",
        "confirmation.applied_on",
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
    let n = assert_rule(
        &issues,
        "legal.deadline",
        "confirmation.applied_on",
        Severity::Notice,
    );
    assert!(n.message.contains("顺延至2025年10月9日"), "{}", n.message);
    assert!(n.hint.contains("第八十五条"), "{}", n.hint);
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
    assert_no_rule_anywhere(&issues, "legal.deadline_passed");
    case.confirmation.as_mut().unwrap().applied_on = Some(date!(2026 - 03 - 02));
    let issues = tiaojie::pipeline::check_as(&case, Check::Confirmation, date!(2026 - 03 - 05));
    let w = expect_rule(&issues, "legal.deadline_passed", "confirmation.applied_on");
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
    let n = expect_rule(&issues, "legal.deadline", "confirmation.applied_on");
    assert!(n.message.contains("顺延至2026年10月8日"), "{}", n.message);
    assert_no_rule_anywhere(&issues, "legal.deadline_passed");
    case.confirmation.as_mut().unwrap().applied_on = Some(date!(2026 - 10 - 09));
    let issues = tiaojie::pipeline::check_as(&case, Check::Confirmation, date!(2026 - 10 - 20));
    expect_rule(&issues, "legal.deadline_passed", "confirmation.applied_on");
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
