//! Money and references: typed payment obligations (amount valid per the PBoC rules,
//! payers and payees who exist and differ, the words of a clause agreeing with its
//! amount), and every party id the case refers to (signatures, claims, sessions, visits).
//!
//! | rule | path | severity | basis |
//! |---|---|---|---|
//! | `obligation.amount_invalid` | `agreement.clauses[i].obligation.amount`, `dispute.amount_involved` | Error | 支付结算办法 |
//! | `obligation.amount_zero` | `…obligation.amount` | Warning | 支付结算办法 |
//! | `obligation.same_party` | `…obligation.payees` | Error | 人民调解法第二十九条 |
//! | `obligation.incomplete` | `…obligation.{payers,payees,amount,due}` | Warning (agreement only; when confirming see `legal.unclear_obligation`) | 人民调解法第二十九条 |
//! | `clause.amount_mismatch` | `agreement.clauses[i].text` | Warning | 支付结算办法 |
//! | `clause.terms_missing` | `agreement.clauses[i].text` | Warning (the words, which are printed, leave out the typed amount or due date) | 民诉法解释第三百五十八条第五项 |
//! | `clause.due_mismatch` | `agreement.clauses[i].text` | Warning (a time limit in the words differs from the typed due date) | 民诉法解释第三百五十八条第五项 |
//! | `amount.mismatch` | `agreement.clauses[i].text`, `agreement.performance`, `dispute.claims[i].text` | Error (a capital amount and the Arabic one beside it differ) | 支付结算办法 |
//! | `amount.capital_invalid` | same | Error (a capital amount not written per the PBoC rules) | 支付结算办法 |
//! | `amount.capital_zheng` | same | Warning (「整」 missing after 元, or written after 分) | 支付结算办法 |
//! | `ref.unknown_party` | any list of party ids | Error | 案件文件格式 |

use super::basis as b;
use super::{Ctx, Issue, text};
use crate::model::Obligation;
use crate::values::amount;
use crate::values::dates::arabic;
use serde_json::json;

pub(super) fn check(cx: &mut Ctx) {
    let case = cx.case;
    for (i, c) in case.agreement.clauses.iter().enumerate() {
        let Some(o) = &c.obligation else { continue };
        let at = |f: &str| format!("agreement.clauses[{i}].obligation.{f}");
        check_refs(cx, &at("payers"), &o.payers);
        check_refs(cx, &at("payees"), &o.payees);
        if let Some(same) = o
            .payers
            .iter()
            .find(|p| !p.trim().is_empty() && o.payees.contains(p))
        {
            cx.push(
                Issue::error(
                    at("payees"),
                    "obligation.same_party",
                    b::MEDIATION_29,
                    format!(
                        "第{}条：当事人「{}」既是付款人又是收款人",
                        i + 1,
                        name_of(cx, same)
                    ),
                )
                .hint("付款人和收款人应是不同的当事人；请从付款人或收款人中删去该当事人"),
            );
        }
        if let Some(m) = o.amount {
            match amount::to_capital(m.0) {
                Err(e) => cx.push(
                    Issue::error(
                        at("amount"),
                        "obligation.amount_invalid",
                        b::PBOC_AMOUNTS,
                        format!("第{}条的金额{}：{e}", i + 1, m.0),
                    )
                    .hint("金额须为非负数，最多两位小数（精确到分）"),
                ),
                Ok(capital) => {
                    if m.0.is_zero() {
                        cx.push(
                            Issue::warning(
                                at("amount"),
                                "obligation.amount_zero",
                                b::PBOC_AMOUNTS,
                                format!("第{}条的金额为零", i + 1),
                            )
                            .hint("无须付款的条款请不要填写付款义务"),
                        );
                    }
                    check_words(cx, i, &c.text, m.0, &capital);
                }
            }
        }
        check_terms(cx, i, &c.text, o);
        if !cx.confirming {
            for (field, label) in gaps(o) {
                cx.push(
                    Issue::warning(
                        at(field),
                        "obligation.incomplete",
                        b::MEDIATION_29,
                        format!("第{}条付款义务未填写{label}", i + 1),
                    )
                    .hint("协议应写明履行的方式和期限；文书中此处将留空"),
                );
            }
        }
    }
    free_text_amounts(cx);
    if let Some(m) = case.dispute.amount_involved
        && let Err(e) = amount::to_capital(m.0)
    {
        cx.push(Issue::error(
            "dispute.amount_involved",
            "obligation.amount_invalid",
            b::PBOC_AMOUNTS,
            format!("协议涉及金额{}：{e}", m.0),
        ));
    }
    for key in case.agreement.signatures.parties.keys() {
        if case.party(key).is_none() {
            cx.push(
                Issue::error(
                    format!("agreement.signatures.parties.{key}"),
                    "ref.unknown_party",
                    b::CASE_FORMAT,
                    format!("签名记录中的当事人编号「{key}」不存在"),
                )
                .hint("请删除这条签名记录，或改为现有当事人的编号"),
            );
        }
    }
    for (i, claim) in case.dispute.claims.iter().enumerate() {
        if !claim.party.trim().is_empty() {
            check_refs(
                cx,
                &format!("dispute.claims[{i}].party"),
                std::slice::from_ref(&claim.party),
            );
        }
    }
    for (i, s) in case.sessions.iter().enumerate() {
        check_refs(
            cx,
            &format!("sessions[{i}].parties_present"),
            &s.parties_present,
        );
    }
    for (i, v) in case.visits.iter().enumerate() {
        check_refs(cx, &format!("visits[{i}].parties"), &v.parties);
    }
}

/// The essentials a payment obligation leaves out, as (field, Chinese label): who pays,
/// who is paid, how much, by when (人民调解法 Art. 29; 民诉法解释 Art. 358(5)).
pub(super) fn gaps(o: &crate::model::Obligation) -> Vec<(&'static str, &'static str)> {
    [
        (
            "payers",
            o.payers.iter().all(|p| p.trim().is_empty()),
            "付款人",
        ),
        (
            "payees",
            o.payees.iter().all(|p| p.trim().is_empty()),
            "收款人",
        ),
        ("amount", o.amount.is_none(), "金额"),
        ("due", o.due.is_none(), "履行期限"),
    ]
    .into_iter()
    .filter(|(_, missing, _)| *missing)
    .map(|(field, _, label)| (field, label))
    .collect()
}

fn name_of(cx: &Ctx, id: &str) -> String {
    cx.case
        .party(id)
        .map(|p| p.name().trim().to_string())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| id.to_string())
}

fn check_refs(cx: &mut Ctx, path: &str, ids: &[String]) {
    for id in ids {
        if cx.case.party(id).is_none() {
            cx.push(
                Issue::error(
                    path,
                    "ref.unknown_party",
                    b::CASE_FORMAT,
                    format!("当事人编号「{id}」不存在"),
                )
                .hint("请改为现有当事人的编号（如 p1）"),
            );
        }
    }
}

/// A clause with its own words and a typed amount: the amounts in the words must be the
/// typed one (the words are printed, so they win).
fn check_words(cx: &mut Ctx, i: usize, words: &str, value: rust_decimal::Decimal, capital: &str) {
    if words.trim().is_empty() {
        return;
    }
    let path = format!("agreement.clauses[{i}].text");
    let arabic = text::arabic_amounts(words);
    let capitals = text::capital_amounts(words);
    let rmb = amount::format_rmb(value).unwrap_or_default();
    if !arabic.is_empty() && !arabic.contains(&value) {
        cx.push(
            Issue::warning(
                &path,
                "clause.amount_mismatch",
                b::PBOC_AMOUNTS,
                format!(
                    "第{}条文字中的金额与付款义务的金额{}不一致",
                    i + 1,
                    amount::format_arabic(value)
                ),
            )
            .hint("条款文字会原样打印；请改正文字，或清空文字由付款义务自动生成")
            .suggest(&path, json!(""), "清空文字，按付款义务生成"),
        );
    } else if !capitals.is_empty() && !capitals.contains(&value) {
        cx.push(
            Issue::warning(
                &path,
                "clause.amount_mismatch",
                b::PBOC_AMOUNTS,
                format!(
                    "第{}条文字中的大写金额与付款义务的金额不一致，应为「{capital}」",
                    i + 1
                ),
            )
            .hint(format!("大写与小写金额必须一致，建议写作「{rmb}」")),
        );
    }
}

/// A clause with its own words and a typed obligation is printed from the words alone
/// (`document::common::clause_text`), so the words must state the typed amount and due
/// date (the due date may instead be in 履行方式、时限); a time limit in the words must
/// be the typed one.
fn check_terms(cx: &mut Ctx, i: usize, words: &str, o: &Obligation) {
    if words.trim().is_empty() {
        return;
    }
    let path = format!("agreement.clauses[{i}].text");
    let n = i + 1;
    let mut missing = Vec::new();
    // The words name no amount at all (a different one is `clause.amount_mismatch`),
    // nor the typed one in any Arabic spelling (8500, 8,500, 8500.00).
    if let Some(m) = o.amount
        && amount::to_capital(m.0).is_ok()
        && text::capital_amounts(words).is_empty()
        && text::arabic_amounts(words).is_empty()
        && !text::numbers(words).contains(&m.0)
    {
        missing.push(format!("金额¥{}", amount::format_arabic(m.0)));
    }
    if let Some(due) = o.due {
        let dates = text::dates_in(words);
        let limits: Vec<_> = dates.iter().filter(|d| d.deadline).collect();
        if dates.iter().any(|d| d.is(due)) {
            // Stated.
        } else if !limits.is_empty() {
            let written: Vec<String> = limits.iter().map(|d| d.label()).collect();
            cx.push(
                Issue::warning(
                    &path,
                    "clause.due_mismatch",
                    b::INTERP_358_5,
                    format!(
                        "第{n}条文字中的期限（{}）与付款义务的履行期限{}不一致",
                        written.join("、"),
                        arabic(due)
                    ),
                )
                .hint("条款文字会原样打印，付款义务中的期限不会出现；请改正文字中的日期或付款义务的履行期限，或清空文字由付款义务自动生成")
                .suggest(&path, json!(""), "清空文字，按付款义务生成"),
            );
        } else if !text::dates_in(&cx.case.agreement.performance)
            .iter()
            .any(|d| d.is(due))
        {
            missing.push(format!("履行期限{}", arabic(due)));
        }
    }
    if !missing.is_empty() {
        cx.push(
            Issue::warning(
                &path,
                "clause.terms_missing",
                b::INTERP_358_5,
                format!(
                    "第{n}条有自己的文字，文书只打印这段文字；文字中没有写明付款义务的{}，打印的协议将缺少这些内容",
                    missing.join("和")
                ),
            )
            .hint("请把金额（大写和小写）和履行期限写进条款文字（期限也可写在「履行方式、时限」中），或清空文字，由付款义务自动生成条款")
            .suggest(&path, json!(""), "清空文字，按付款义务生成"),
        );
    }
}

/// Capital amounts in the free text of the clauses, the performance terms and the
/// claims: each must be written per the PBoC rules and agree with the Arabic amount
/// written beside it.
fn free_text_amounts(cx: &mut Ctx) {
    let case = cx.case;
    let mut texts: Vec<(String, String, &str)> = Vec::new();
    for (i, c) in case.agreement.clauses.iter().enumerate() {
        texts.push((
            format!("agreement.clauses[{i}].text"),
            format!("第{}条", i + 1),
            &c.text,
        ));
    }
    texts.push((
        "agreement.performance".into(),
        "履行方式、时限".into(),
        &case.agreement.performance,
    ));
    for (i, claim) in case.dispute.claims.iter().enumerate() {
        texts.push((
            format!("dispute.claims[{i}].text"),
            format!("第{}项申请事项", i + 1),
            &claim.text,
        ));
    }
    for (path, what, words) in texts {
        for found in text::capital_amounts_in(words) {
            let written = &found.text;
            let expected = found
                .arabic
                .and_then(|v| amount::format_rmb(v).ok())
                .map(|rmb| format!("按所写的小写金额，应写作「{rmb}」"));
            match &found.reading {
                text::CapitalReading::Invalid(why) => cx.push(
                    Issue::error(
                        &path,
                        "amount.capital_invalid",
                        b::PBOC_AMOUNTS,
                        format!("{what}中的大写金额「{written}」不符合书写规定：{why}"),
                    )
                    .hint(expected.unwrap_or_else(|| {
                        "大写金额用零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整书写，如「人民币壹万贰仟元整（¥12,000.00）」".into()
                    })),
                ),
                // The PBoC rule says 应写「整」: a rule of the form, not a style hint.
                text::CapitalReading::Zheng(_, why) => cx.push(
                    Issue::warning(
                        &path,
                        "amount.capital_zheng",
                        b::PBOC_AMOUNTS,
                        format!("{what}中的大写金额「{written}」：{why}"),
                    )
                    .hint("如「人民币壹万贰仟元整」「人民币壹仟肆佰零玖元伍角」「人民币陆仟零柒元壹角肆分」"),
                ),
                text::CapitalReading::Valid(_) => {}
            }
            if let (Some(cap), Some(arabic)) = (found.reading.value(), found.arabic)
                && cap != arabic
            {
                cx.push(
                    Issue::error(
                        &path,
                        "amount.mismatch",
                        b::PBOC_AMOUNTS,
                        format!(
                            "{what}中的大写金额「{written}」（¥{}）与所写的小写金额¥{}不一致",
                            amount::format_arabic(cap),
                            amount::format_arabic(arabic)
                        ),
                    )
                    .hint(format!(
                        "大写与小写金额必须一致，请核对后改正；若小写金额无误，应写作「{}」",
                        amount::format_rmb(arabic).unwrap_or_default()
                    )),
                );
            }
        }
    }
}
