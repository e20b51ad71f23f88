//! What the 卷宗 still lacks: the documents §4.3 of the domain spec marks 必须 that the
//! case holds no record of. The same predicates decide which documents
//! `crate::dossier` binds, so the check and the file agree.
//!
//! | rule | path | severity | basis |
//! |---|---|---|---|
//! | `dossier.application` | `intake.applied_on` | Warning (Dossier) / Notice (All) | 人民调解法第二十七条 |
//! | `dossier.rights_notice` | `intake.rights_notified_on` | 同上 | 人民调解工作若干规定第三十条 |
//! | `dossier.session` | `sessions` | 同上 | 人民调解法第二十七条 |
//! | `dossier.agreement` | `agreement` | 同上 | 人民调解法第二十七条、第二十八条 |

use super::basis as b;
use super::{Check, Ctx, Issue, Severity};
use crate::model::Case;

/// Whether the case holds a 人民调解申请书: the day of application is known.
pub fn has_application(case: &Case) -> bool {
    case.intake.applied_on.is_some()
}

/// Whether the case holds a 人民调解受理登记表: the day of acceptance or the registrar
/// is known.
pub fn has_registration(case: &Case) -> bool {
    case.intake.accepted_on.is_some() || !case.intake.registered_by.trim().is_empty()
}

/// Whether the case holds a 权利义务告知书: the day the parties were told is known.
pub fn has_rights_notice(case: &Case) -> bool {
    case.intake.rights_notified_on.is_some()
}

/// Whether the case holds an agreement (written, or an oral one registered): any of its
/// facts, terms or date is typed.
pub fn has_agreement(case: &Case) -> bool {
    let a = &case.agreement;
    !a.clauses.is_empty()
        || a.formed_on.is_some()
        || !a.facts.trim().is_empty()
        || !a.performance.trim().is_empty()
}

pub(super) fn check(cx: &mut Ctx) {
    if !cx.check.records() {
        return;
    }
    let severity = if cx.check == Check::Dossier {
        Severity::Warning
    } else {
        Severity::Notice
    };
    let case = cx.case;
    let mut lack = |path: &str, rule: &'static str, basis: &'static str, what: &str, hint: &str| {
        cx.push(
            Issue::new(
                severity,
                path,
                rule,
                basis,
                format!("卷宗缺少{what}（必须）"),
            )
            .hint(hint),
        );
    };
    if !has_application(case) && !has_registration(case) {
        lack(
            "intake.applied_on",
            "dossier.application",
            b::MEDIATION_27,
            "人民调解申请书或人民调解受理登记表",
            "填写申请日期或受理日期后生成",
        );
    }
    if !has_rights_notice(case) {
        lack(
            "intake.rights_notified_on",
            "dossier.rights_notice",
            b::RULES_2002_30,
            "人民调解当事人权利义务告知书",
            "填写告知日期后生成",
        );
    }
    if case.sessions.is_empty() {
        lack(
            "sessions",
            "dossier.session",
            b::MEDIATION_27,
            "人民调解记录",
            "添加一次调解记录",
        );
    }
    if !has_agreement(case) {
        lack(
            "agreement",
            "dossier.agreement",
            b::MEDIATION_27_28,
            "人民调解协议书或口头协议登记表",
            "填写协议内容；口头协议也须登记",
        );
    }
}
