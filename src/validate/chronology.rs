//! The order of the case's dates: 申请 ≤ 受理 ≤ 调查/调解 ≤ 协议成立 ≤ 签名 (生效) ≤
//! 申请确认 ≤ 回访, and 受理 ≤ 结案 ≤ 立卷. Each broken link is a warning at the later
//! date's path; dates after today where only the past makes sense are notices. (The
//! confirmation application against the effective date is `legal`'s business; against
//! the date the agreement was made it is checked here, effective or not.)
//!
//! | rule | path | severity | basis |
//! |---|---|---|---|
//! | `date.order` | the later date (`confirmation.applied_on` before `agreement.formed_on` included) | Warning | 人民调解法第二十九条、第三十三条 (and the record's own logic) |
//! | `date.future` | the date | Notice | 案件文件格式 |
//! | `date.rights_notice` | `intake.rights_notified_on` | Notice | 人民调解工作若干规定第三十条 |
//! | `date.long_mediation` | `agreement.formed_on` | Notice | 人民调解工作若干规定第三十三条 |

use super::basis as b;
use super::{Ctx, Issue, legal};
use crate::model::Date;
use crate::values::dates::arabic;

fn order(
    cx: &mut Ctx,
    earlier: (Option<Date>, &str),
    later: (Option<Date>, &str),
    path: String,
    basis: &'static str,
) {
    if let (Some(a), Some(l)) = (earlier.0, later.0)
        && l < a
    {
        cx.push(
            Issue::warning(
                path,
                "date.order",
                basis,
                format!(
                    "{}（{}）早于{}（{}）",
                    later.1,
                    arabic(l),
                    earlier.1,
                    arabic(a)
                ),
            )
            .hint("请核对这两个日期"),
        );
    }
}

fn future(cx: &mut Ctx, d: Option<Date>, what: &str, path: String) {
    if let Some(d) = d
        && d > cx.today
    {
        cx.push(
            Issue::notice(
                path,
                "date.future",
                b::CASE_FORMAT,
                format!("{what}（{}）晚于今天", arabic(d)),
            )
            .hint("已经发生的事项，日期不应晚于今天；如为预填，请在实际发生后核对"),
        );
    }
}

/// One calendar month after `d` (the day clamped to the month's length).
fn one_month_after(d: Date) -> Option<Date> {
    let (y, m) = if d.month() == time::Month::December {
        (d.year() + 1, time::Month::January)
    } else {
        (d.year(), d.month().next())
    };
    let day = d.day().min(m.length(y));
    Date::from_calendar_date(y, m, day).ok()
}

pub(super) fn check(cx: &mut Ctx) {
    let case = cx.case;
    let intake = &case.intake;
    let a = &case.agreement;
    let accepted = (intake.accepted_on, "受理日期");
    order(
        cx,
        (intake.applied_on, "申请日期"),
        accepted,
        "intake.accepted_on".into(),
        b::MEDIATION_27,
    );
    future(
        cx,
        intake.accepted_on,
        "受理日期",
        "intake.accepted_on".into(),
    );
    for (i, inv) in case.investigations.iter().enumerate() {
        order(
            cx,
            accepted,
            (inv.date, "调查日期"),
            format!("investigations[{i}].date"),
            b::MEDIATION_27,
        );
        future(
            cx,
            inv.date,
            "调查日期",
            format!("investigations[{i}].date"),
        );
    }
    for (i, s) in case.sessions.iter().enumerate() {
        order(
            cx,
            accepted,
            (s.date, "调解日期"),
            format!("sessions[{i}].date"),
            b::MEDIATION_27,
        );
        order(
            cx,
            (s.date, "调解日期"),
            (a.formed_on, "协议成立日期"),
            "agreement.formed_on".into(),
            b::MEDIATION_29,
        );
        future(cx, s.date, "调解日期", format!("sessions[{i}].date"));
    }
    order(
        cx,
        accepted,
        (a.formed_on, "协议成立日期"),
        "agreement.formed_on".into(),
        b::MEDIATION_29,
    );
    let formed = (a.formed_on, "协议成立日期");
    let sig = &a.signatures;
    for (id, d) in &sig.parties {
        let who = case
            .party(id)
            .map(|p| p.name().trim().to_string())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| id.clone());
        let what = format!("{who}的签名日期");
        order(
            cx,
            formed,
            (Some(*d), &what),
            format!("agreement.signatures.parties.{id}"),
            b::MEDIATION_29,
        );
        future(
            cx,
            Some(*d),
            &what,
            format!("agreement.signatures.parties.{id}"),
        );
    }
    order(
        cx,
        formed,
        (sig.mediator, "人民调解员签名日期"),
        "agreement.signatures.mediator".into(),
        b::MEDIATION_29,
    );
    order(
        cx,
        formed,
        (sig.seal, "盖章日期"),
        "agreement.signatures.seal".into(),
        b::MEDIATION_29,
    );
    future(
        cx,
        sig.mediator,
        "人民调解员签名日期",
        "agreement.signatures.mediator".into(),
    );
    future(cx, sig.seal, "盖章日期", "agreement.signatures.seal".into());
    let effective_on = legal::effective_date(case);
    if let Some(applied) = case.confirmation.as_ref().and_then(|c| c.applied_on) {
        // Once the agreement is in effect and the application is checked, an application
        // before the effective date is `legal.applied_before_effective`.
        let reported = cx.confirming && effective_on.is_some_and(|e| applied < e);
        if !reported {
            order(
                cx,
                formed,
                (Some(applied), "司法确认申请日期"),
                "confirmation.applied_on".into(),
                b::MEDIATION_33,
            );
        }
    }
    let effective = effective_on.or(a.formed_on);
    for (i, v) in case.visits.iter().enumerate() {
        order(
            cx,
            (effective, "协议生效日期"),
            (v.date, "回访日期"),
            format!("visits[{i}].date"),
            b::MEDIATION_29,
        );
        if let Some(c) = &case.confirmation {
            order(
                cx,
                (c.applied_on, "司法确认申请日期"),
                (v.date, "回访日期"),
                format!("visits[{i}].date"),
                b::MEDIATION_33,
            );
        }
        future(cx, v.date, "回访日期", format!("visits[{i}].date"));
    }
    let ar = &case.archive;
    order(
        cx,
        accepted,
        (ar.closed_on, "结案日期"),
        "archive.closed_on".into(),
        b::MEDIATION_27,
    );
    order(
        cx,
        formed,
        (ar.closed_on, "结案日期"),
        "archive.closed_on".into(),
        b::MEDIATION_27,
    );
    order(
        cx,
        accepted,
        (ar.filed_on, "立卷日期"),
        "archive.filed_on".into(),
        b::MEDIATION_27,
    );
    order(
        cx,
        (ar.closed_on, "结案日期"),
        (ar.filed_on, "立卷日期"),
        "archive.filed_on".into(),
        b::MEDIATION_27,
    );
    future(cx, ar.filed_on, "立卷日期", "archive.filed_on".into());
    // The cover's 调解日期 range, as printed, when the committee typed either end (the
    // derived range is the accepted/closed pair, checked above).
    let (from, to) = case.mediation_dates();
    if ar.mediation_from.is_some() || ar.mediation_to.is_some() {
        order(
            cx,
            (from, "调解起始日期"),
            (to, "调解终止日期"),
            "archive.mediation_to".into(),
            b::MEDIATION_27,
        );
    }
    // 告知 before the first session.
    let first_session = case.sessions.iter().filter_map(|s| s.date).min();
    if let (Some(n), Some(s)) = (intake.rights_notified_on, first_session)
        && n > s
    {
        cx.push(
            Issue::notice(
                "intake.rights_notified_on",
                "date.rights_notice",
                b::RULES_2002_30,
                format!(
                    "权利义务告知日期（{}）晚于第一次调解（{}）",
                    arabic(n),
                    arabic(s)
                ),
            )
            .hint("调解开始前应告知当事人人民调解的性质、原则、效力和当事人的权利义务"),
        );
    }
    if let (Some(acc), Some(f)) = (intake.accepted_on, a.formed_on)
        && let Some(limit) = one_month_after(acc)
        && f > limit
    {
        cx.push(
            Issue::notice(
                "agreement.formed_on",
                "date.long_mediation",
                b::RULES_2002_33,
                format!(
                    "自受理（{}）到达成协议（{}）超过一个月",
                    arabic(acc),
                    arabic(f)
                ),
            )
            .hint("人民调解一般在一个月内调结；超过的，卷宗情况说明中可写明原因"),
        );
    }
}
