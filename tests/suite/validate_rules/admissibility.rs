//! Matters a court does not confirm: status relationships, ownership, other procedures, by flag or by wording.

use super::*;

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
    let w = assert_rule(
        &issues,
        "legal.inadmissible_ownership",
        "agreement.clauses[1].flags",
        Severity::Warning,
    );
    assert_eq!(w.basis, "民诉法解释第三百五十五条第一款第五项");
    let w = assert_rule(
        &issues,
        "legal.inadmissible_procedure",
        "agreement.clauses[1].flags",
        Severity::Warning,
    );
    assert_eq!(w.basis, "民诉法解释第三百五十五条第一款第四项");
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
        let w = assert_rule(
            &issues,
            "legal.possible_inadmissible",
            path,
            Severity::Warning,
        );
        assert_eq!(w.basis, basis, "{path}");
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
    let n = assert_rule(
        &issues,
        "legal.possible_inadmissible",
        "dispute.kind",
        Severity::Notice,
    );
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
    assert_no_rule(&issues, "legal.possible_inadmissible", "dispute.kind");
    assert_rule(
        &issues,
        "legal.possible_inadmissible",
        "agreement.clauses[2].text",
        Severity::Warning,
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
    assert_no_rule_anywhere(&issues, "legal.possible_inadmissible");
}

#[test]
fn describing_a_minor_is_not_a_capacity_procedure_but_a_request_is() {
    let mut case = good_case();
    case.agreement.clauses.push(Clause {
        text: "张小明系无民事行为能力人，由其法定代理人张三代为签名。".into(),
        ..Clause::default()
    });
    let issues = run(&case, Check::Confirmation);
    assert_no_rule_anywhere(&issues, "legal.possible_inadmissible");
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
