//! Dates: their order, the mediation period on the cover, the range 1900–2100.

use super::*;

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
    assert_rule(
        &issues,
        "date.order",
        "intake.accepted_on",
        Severity::Warning,
    );
    // A session after the agreement.
    assert_rule(
        &issues,
        "date.order",
        "agreement.formed_on",
        Severity::Warning,
    );
    // A visit before the confirmation application.
    assert_rule(&issues, "date.order", "visits[0].date", Severity::Warning);
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
    expect_rule(
        &issues,
        "legal.applied_before_effective",
        "confirmation.applied_on",
    );
    assert_no_rule(&issues, "date.order", "confirmation.applied_on");
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
    assert_no_rule(
        &run(&case, Check::All),
        "date.order",
        "archive.mediation_to",
    );
    case.archive.mediation_to = Some(date!(2026 - 03 - 01));
    let issues = run(&case, Check::All);
    // The range out of order.
    assert_rule(
        &issues,
        "date.order",
        "archive.mediation_to",
        Severity::Warning,
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
        let e = assert_rule(&issues, "date.out_of_range", path, Severity::Error);
        assert!(
            e.message.contains("1900-01-01 至 2100-12-31"),
            "{}",
            e.message
        );
    }
    assert_no_rule(&issues, "date.out_of_range", "archive.filed_on");
    // Reported once: no other rule quotes the date (「协议成立日期（-1年1月1日）早于…」).
    for i in &issues {
        assert!(
            i.rule == "date.out_of_range"
                || !(i.message.contains("-1年") || i.message.contains("2101年")),
            "{i:?}"
        );
    }
}
