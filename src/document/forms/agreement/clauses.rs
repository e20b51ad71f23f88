//! The agreement's clauses as printed: typed payment terms put into words, and in a
//! group case the payments to a side listed in the 附表 collapsed into one clause.

use super::*;

/// The clauses as the agreement prints them, for forms that quote the agreement (the
/// confirmation application): the index of the (first) clause each stands for, and its
/// text — typed payments to a side in the 附表 collapsed into one clause.
pub fn printed_clauses(case: &Case) -> Vec<(usize, String)> {
    let annexed = annexed_sides(case);
    clause_items(case, &annexed)
        .into_iter()
        .map(|item| match item {
            ClauseItem::One(i) => (
                i,
                super::common::clause_text(case, &case.agreement.clauses[i]),
            ),
            ClauseItem::Collapsed(is) => (is[0], collapsed_text(case, &is)),
        })
        .collect()
}

/// A clause of the body: one of the case's clauses, or several typed payments to
/// parties in the 附表 printed as one.
#[derive(Debug, PartialEq)]
pub(super) enum ClauseItem {
    One(usize),
    /// Indices of the clauses it stands for, in order (at least two).
    Collapsed(Vec<usize>),
}

/// What a typed payment must share with others to be printed as one clause: the same
/// payers, due date, method and purpose, each paying one party of the same listed side.
fn collapse_key<'a>(case: &'a Case, c: &'a Clause, annexed: &[Side]) -> Option<CollapseKey<'a>> {
    let o = c.obligation.as_ref().filter(|_| c.text.trim().is_empty())?;
    let [payee] = o.payees.as_slice() else {
        return None;
    };
    let side = case.party(payee)?.side;
    annexed.contains(&side).then_some(CollapseKey {
        payers: &o.payers,
        due: o.due,
        method: o.method.trim(),
        purpose: o.purpose.trim(),
        side,
    })
}

#[derive(Debug, PartialEq)]
struct CollapseKey<'a> {
    payers: &'a [String],
    due: Option<crate::model::Date>,
    method: &'a str,
    purpose: &'a str,
    side: Side,
}

/// The body's clauses, in order: typed payments that differ only in payee (a party of
/// a listed side) and amount become one clause where the first of them was; the
/// amounts go to the 附表.
pub(super) fn clause_items(case: &Case, annexed: &[Side]) -> Vec<ClauseItem> {
    let clauses = &case.agreement.clauses;
    let keys: Vec<Option<CollapseKey>> = clauses
        .iter()
        .map(|c| collapse_key(case, c, annexed))
        .collect();
    let mut done = vec![false; clauses.len()];
    let mut out = Vec::new();
    for i in 0..clauses.len() {
        if done[i] {
            continue;
        }
        let same: Vec<usize> = match &keys[i] {
            Some(k) => (i..clauses.len())
                .filter(|&j| keys[j].as_ref() == Some(k))
                .collect(),
            None => vec![i],
        };
        for &j in &same {
            done[j] = true;
        }
        out.push(if same.len() > 1 {
            ClauseItem::Collapsed(same)
        } else {
            ClauseItem::One(i)
        });
    }
    out
}

/// The names of `ids`, 「、」-joined, blanks for unknown or unnamed parties.
pub(super) fn names(case: &Case, ids: &[String]) -> String {
    let v: Vec<String> = ids
        .iter()
        .map(|id| {
            case.party(id)
                .map(|p| p.name().trim().to_string())
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| blank(3))
        })
        .collect();
    if v.is_empty() {
        blank(3)
    } else {
        v.join("、")
    }
}

/// 「甲于2025年9月30日前以银行转账方式向附表所列申请人支付退款，各人金额见附表，合计
/// 人民币…（¥…）。」 for the typed payments `is` (which share a collapse key).
pub(super) fn collapsed_text(case: &Case, is: &[usize]) -> String {
    let obligations: Vec<&Obligation> = is
        .iter()
        .filter_map(|&i| case.agreement.clauses.get(i)?.obligation.as_ref())
        .collect();
    let Some(o) = obligations.first() else {
        return String::new();
    };
    let side = o
        .payees
        .first()
        .and_then(|id| case.party(id))
        .map(|p| p.side)
        .unwrap_or_default();
    let due = format!(
        "于{}前",
        o.due
            .map(dates::arabic)
            .unwrap_or_else(|| w::BLANK_DATE.to_string())
    );
    let method = if o.method.trim().is_empty() {
        String::new()
    } else {
        format!("以{}方式", o.method.trim())
    };
    let mut text = format!(
        "{}{due}{method}{}{}{}{}{}",
        names(case, &o.payers),
        w::TO_ANNEX_LISTED,
        side_name(side),
        w::PAY,
        o.purpose.trim(),
        w::EACH_AMOUNT_IN_ANNEX
    );
    // The total, when every amount is typed and it can be written in capitals.
    let total: Option<Decimal> = obligations
        .iter()
        .map(|o| o.amount.map(|m| m.0))
        .try_fold(Decimal::ZERO, |acc, a| acc.checked_add(a?));
    if let Some(words) = total.and_then(|t| amount::format_rmb(t).ok()) {
        text.push_str(w::IN_TOTAL);
        text.push_str(&words);
    }
    text.push('。');
    text
}

/// What party `id` is to receive under the typed payments naming it as the only payee;
/// `None` when there are none (or the sum overflows).
pub(super) fn amount_due(case: &Case, id: &str) -> Option<Decimal> {
    let amounts: Vec<Decimal> = case
        .agreement
        .clauses
        .iter()
        .filter_map(|c| c.obligation.as_ref())
        .filter(|o| matches!(o.payees.as_slice(), [p] if p == id))
        .filter_map(|o| o.amount.map(|m| m.0))
        .collect();
    if amounts.is_empty() {
        return None;
    }
    amounts
        .into_iter()
        .try_fold(Decimal::ZERO, |acc, a| acc.checked_add(a))
}
