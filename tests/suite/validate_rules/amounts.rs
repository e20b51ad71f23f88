//! Payment terms and amounts: obligations, clause wording against the typed terms, capital (大写) amounts.

use super::*;

#[test]
fn payment_obligation_lacking_payer_amount_or_deadline_is_unclear() {
    let mut case = good_case();
    let o = case.agreement.clauses[0].obligation.as_mut().unwrap();
    o.payers.clear();
    o.amount = None;
    o.due = None;
    let issues = run(&case, Check::Confirmation);
    for f in ["payers", "amount", "due"] {
        let w = assert_rule(
            &issues,
            "legal.unclear_obligation",
            &format!("agreement.clauses[0].obligation.{f}"),
            Severity::Warning,
        );
        assert_eq!(w.basis, "民诉法解释第三百五十八条第五项");
    }
    // Drafting an agreement: the same gaps are blanks to fill, cited to Art. 29.
    let issues = run(&case, Check::Agreement);
    assert_eq!(
        expect_rule(
            &issues,
            "obligation.incomplete",
            "agreement.clauses[0].obligation.due"
        )
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
    let w = assert_rule(
        &issues,
        "clause.terms_missing",
        "agreement.clauses[0].text",
        Severity::Warning,
    );
    assert_eq!(w.basis, "民诉法解释第三百五十八条第五项");
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
    let w = expect_rule(
        &run(&case, Check::Agreement),
        "clause.terms_missing",
        "agreement.clauses[0].text",
    )
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
    let w = assert_rule(
        &run(&case, Check::Agreement),
        "clause.due_mismatch",
        "agreement.clauses[0].text",
        Severity::Warning,
    )
    .clone();
    assert!(
        w.message.contains("2025年7月31日") && w.message.contains("2025年6月30日"),
        "{}",
        w.message
    );
}

#[test]
fn clause_words_must_agree_with_the_typed_amount() {
    let mut case = good_case();
    case.agreement.clauses[0].text =
        "李四于2025年6月30日前向张三支付人民币叁仟捌佰元整（¥3,800.00）。".into();
    assert_no_rule_anywhere(&run(&case, Check::Agreement), "clause.amount_mismatch");
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
    let e = assert_rule(
        &issues,
        "amount.mismatch",
        "agreement.clauses[1].text",
        Severity::Error,
    );
    assert_eq!(
        e.basis,
        "《正确填写票据和结算凭证的基本规定》（中国人民银行）"
    );
    assert!(
        e.message.contains("156,800.00") && e.message.contains("165,800.00"),
        "{}",
        e.message
    );
    assert!(e.hint.contains("人民币壹拾陆万伍仟捌佰元整"), "{}", e.hint);
    expect_rule(&issues, "amount.mismatch", "dispute.claims[0].text");
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
    let e = assert_rule(
        &issues,
        "amount.capital_invalid",
        "agreement.clauses[1].text",
        Severity::Error,
    );
    assert!(e.message.contains("「千」"), "{}", e.message);
    assert!(e.hint.contains("人民币壹万贰仟元整"), "{}", e.hint);
    // 「叁万伍仟陆佰元」 without 整: the PBoC rule says 应写「整」.
    assert_rule(
        &issues,
        "amount.capital_zheng",
        "agreement.clauses[2].text",
        Severity::Warning,
    );
    assert_no_rule(&issues, "amount.mismatch", "agreement.clauses[2].text");
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
    let e = assert_rule(
        &i,
        "obligation.amount_invalid",
        "agreement.clauses[0].obligation.amount",
        Severity::Error,
    );
    assert!(e.message.contains("负数"));
    case.agreement.clauses[0]
        .obligation
        .as_mut()
        .unwrap()
        .amount = Some(Money("1.005".parse().unwrap()));
    let i = run(&case, Check::Agreement);
    let e = assert_rule(
        &i,
        "obligation.amount_invalid",
        "agreement.clauses[0].obligation.amount",
        Severity::Error,
    );
    assert!(e.message.contains("两位小数"), "{}", e.message);
}
