//! Settings and counted numbers: risk levels, page settings, copies, documented ranges.

use super::*;

#[test]
fn risk_level_outside_the_committees_levels_is_a_warning() {
    let mut case = good_case();
    case.dispute.risk_level = "紫".into();
    let issues = run(&case, Check::Agreement);
    let w = assert_rule(
        &issues,
        "dispute.risk_level_unknown",
        "dispute.risk_level",
        Severity::Warning,
    );
    assert_eq!(w.basis, "本程序的案件文件格式");
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
    assert_no_rule_anywhere(&run(&case, Check::Agreement), "dispute.risk_level_unknown");
}

#[test]
fn page_settings_out_of_range_are_errors_naming_the_field() {
    let mut case = good_case();
    case.settings.page.left_mm = Some(500.0);
    case.settings.page.lines_per_page = Some(0);
    let issues = run(&case, Check::Agreement);
    for field in ["left_mm", "lines_per_page"] {
        let e = assert_rule(
            &issues,
            "settings.page_range",
            &format!("settings.page.{field}"),
            Severity::Error,
        );
        assert_eq!(e.basis, "GB/T 9704-2012");
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
        let w = assert_rule(
            &issues,
            "settings.page",
            &format!("settings.page.{field}"),
            Severity::Warning,
        );
        assert_eq!(w.basis, "GB/T 9704-2012");
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
    assert_no_rule_anywhere(&run(&case, Check::Agreement), "settings.page");
}

#[test]
fn copies_fewer_than_parties_plus_one_are_flagged() {
    let mut case = good_case();
    case.agreement.copies = Some(2);
    expect_rule(
        &run(&case, Check::Agreement),
        "required.copies",
        "agreement.copies",
    );
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
        let e = assert_rule(&issues, "settings.range", path, Severity::Error);
        assert!(e.message.contains(range), "{}", e.message);
    }
    case.settings.first_page_number = 9999;
    case.settings.roster_threshold = 2;
    case.agreement.copies = Some(3);
    assert_no_rule_anywhere(&run(&case, Check::Agreement), "settings.range");
}
