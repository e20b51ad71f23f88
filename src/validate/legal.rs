//! Legal pre-checks before applying for judicial confirmation (domain spec §3, §3.5
//! note 6). Every finding is a warning or a notice citing its article: the court
//! decides, not this program. Only `legal.unclear_text` (a payment in words without
//! amount or time limit) also runs for the agreement alone.
//!
//! | rule | path | severity | basis |
//! |---|---|---|---|
//! | `legal.not_effective` | `agreement.signatures.parties.<id>`, `.mediator`, `.seal`, `agreement.formed_on` (oral) | Warning | 人民调解法第二十九条 / 第三十条 |
//! | `legal.deadline_passed` | `confirmation.applied_on` (or `confirmation` when no date) | Warning | 人民调解法第三十三条；民事诉讼法第二百零五条、第八十五条 |
//! | `legal.applied_before_effective` | `confirmation.applied_on` | Warning | same |
//! | `legal.deadline` | `confirmation.applied_on` | Notice (the date the window closes) | same |
//! | `legal.holidays_unknown` | `confirmation.applied_on` | Warning | 民事诉讼法第八十五条 |
//! | `legal.court_missing` | `confirmation.court` | Warning (hint: the Art. 205 rule) | 民事诉讼法第二百零五条 |
//! | `legal.court_name`, `legal.court_basis` | `confirmation.court`, `confirmation.court_basis` | Notice | 民事诉讼法第二百零五条 |
//! | `legal.inadmissible_status` | `dispute.kind` (离婚、婚姻、收养、亲子、抚养关系 kinds), `agreement.clauses[i].flags` | Warning | 民诉法解释第三百五十五条第一款第三项 |
//! | `legal.inadmissible_procedure` | `agreement.clauses[i].flags` | Warning | …第四项 |
//! | `legal.inadmissible_ownership` | `agreement.clauses[i].flags` | Warning | …第五项 |
//! | `legal.possible_inadmissible` | `agreement.clauses[i].text` | Warning (keyword heuristic: 解除婚姻关系、离婚、确认亲子关系…; 归……所有、确认……所有权; 宣告失踪… ) | …第三至五项 |
//! | `legal.possible_inadmissible` | `dispute.kind` | Notice (婚姻家庭纠纷: status is not confirmable, property and support terms are; 房屋宅基地、山林土地… with no flagged clause) | …第三项、第五项 |
//! | `legal.unclear_obligation` | `agreement.clauses[i].obligation.{payers,payees,amount,due}` | Warning | 民诉法解释第三百五十八条第五项 |
//! | `legal.unclear_shared_amount` | `agreement.clauses[i].obligation.payees` | Notice | same |
//! | `legal.unclear_text` | `agreement.clauses[i].text` | Warning (a payment in words with no amount or no time limit; for the agreement too, citing 人民调解法第二十九条); Notice (when confirming: not naming who pays whom) | same |

use super::basis as b;
use super::{Ctx, Issue, text};
use crate::model::HolidayYear;
use crate::model::{AgreementForm, Case, Date, SubjectFlag};
use crate::values::calendar::{Calendar, Deadline, YearSource};
use crate::values::dates::arabic;

/// The period for applying, in days (人民调解法 Art. 33; CPL Art. 205).
pub const CONFIRMATION_DAYS: u32 = 30;

/// CPL Art. 205 in plain words: which courts may hear a confirmation application.
pub const JURISDICTION_RULE: &str = "民事诉讼法第二百零五条：人民法院邀请调解组织开展先行调解的，向作出邀请的人民法院提出；\
由调解组织自行开展调解的，向当事人住所地、标的物所在地、调解组织所在地的基层人民法院提出；\
调解协议所涉纠纷应当由中级人民法院管辖的，向相应的中级人民法院提出。请由当事人选定并填写法院全称。";

/// The day the agreement took effect, if it has:
/// - a written agreement (人民调解法 Art. 29): the day the last of these was done —
///   every party signed, sealed or fingerprinted; the mediator signed; the committee
///   seal was affixed; `None` while any is missing or there are no parties;
/// - an oral agreement (Art. 30): the day it was reached (`formed_on`).
pub fn effective_date(case: &Case) -> Option<Date> {
    let a = &case.agreement;
    match a.form {
        AgreementForm::Oral => a.formed_on,
        AgreementForm::Written => {
            if case.parties.is_empty() {
                return None;
            }
            let sig = &a.signatures;
            let mut last = sig.mediator?.max(sig.seal?);
            for p in &case.parties {
                last = last.max(*sig.parties.get(&p.id)?);
            }
            Some(last)
        }
    }
}

/// The last day for applying for judicial confirmation: 30 days from the effective
/// date, counted per CPL Art. 85 (the effective day itself not counted; a last day
/// that is a rest day moves to the next working day), with `calendar`'s holiday
/// schedules. `None` while the agreement is not effective.
pub fn confirmation_deadline(case: &Case, calendar: &Calendar) -> Option<Deadline> {
    calendar.deadline(effective_date(case)?, CONFIRMATION_DAYS)
}

/// Put into `case.holidays` the committee's years (`committee`, the profile's) that the
/// case's confirmation deadline is counted with, so the case file exported carries
/// them and another device or the command line counts the same last day. Years the
/// case already carries are kept; returns whether any was added.
pub fn embed_holidays(case: &mut Case, committee: &[HolidayYear]) -> bool {
    let mut years = committee.to_vec();
    years.extend(case.holidays.iter().cloned());
    let calendar = Calendar::with(&years);
    let Some(d) = confirmation_deadline(case, &calendar) else {
        return false;
    };
    let mut added = false;
    for (year, source) in d.years {
        if !matches!(source, YearSource::Committee { .. })
            || case.holidays.iter().any(|h| h.year == year)
        {
            continue;
        }
        if let Some(h) = committee.iter().find(|h| h.year == year) {
            case.holidays.push(h.clone());
            added = true;
        }
    }
    added
}

pub(super) fn check(cx: &mut Ctx) {
    unclear_terms(cx);
    if !cx.confirming {
        return;
    }
    effectiveness(cx);
    deadline(cx);
    court(cx);
    admissibility(cx);
    clarity(cx);
}

fn effectiveness(cx: &mut Ctx) {
    let case = cx.case;
    let a = &case.agreement;
    if a.form == AgreementForm::Oral {
        if a.formed_on.is_none() {
            cx.push(
                Issue::warning(
                    "agreement.formed_on",
                    "legal.not_effective",
                    b::MEDIATION_30,
                    "口头协议未填写达成日期，无法确定生效日",
                )
                .hint("口头协议自各方当事人达成协议之日起生效；司法确认申请期限从该日起算"),
            );
        }
        return;
    }
    let sig = &a.signatures;
    for (i, p) in case.parties.iter().enumerate() {
        if !sig.parties.contains_key(&p.id) {
            // A party not yet named is called by its place, never by its id (`p1`).
            let who = if p.name().trim().is_empty() {
                format!("第{}个当事人", i + 1)
            } else {
                p.name().trim().to_string()
            };
            cx.push(
                Issue::warning(format!("agreement.signatures.parties.{}", p.id), "legal.not_effective", b::MEDIATION_29, format!("{who}尚未签名、盖章或按指印，协议尚未生效"))
                    .hint("协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效；未生效的协议不能申请司法确认"),
            );
        }
    }
    if sig.mediator.is_none() {
        cx.push(
            Issue::warning(
                "agreement.signatures.mediator",
                "legal.not_effective",
                b::MEDIATION_29,
                "人民调解员尚未签名，协议尚未生效",
            )
            .hint("请记录人民调解员签名的日期"),
        );
    }
    if sig.seal.is_none() {
        cx.push(
            Issue::warning(
                "agreement.signatures.seal",
                "legal.not_effective",
                b::MEDIATION_29,
                "尚未加盖人民调解委员会印章，协议尚未生效",
            )
            .hint("请记录盖章的日期"),
        );
    }
}

fn deadline(cx: &mut Ctx) {
    let case = cx.case;
    let Some(eff) = effective_date(case) else {
        return;
    };
    let Some(d) = confirmation_deadline(case, cx.calendar) else {
        return;
    };
    let applied = case.confirmation.as_ref().and_then(|c| c.applied_on);
    let rolled = match d.rolled_from {
        Some(n) => format!(
            "（第三十日{}为休息日，顺延至{}）",
            arabic(n),
            arabic(d.date)
        ),
        None => String::new(),
    };
    // The last day always with its date and where its holidays come from (issue 27).
    let window = format!(
        "协议于{}生效，申请期限至{}{rolled}，{}",
        arabic(eff),
        arabic(d.date),
        d.source_words()
    );
    let late_hint = "逾期申请的，人民法院可能不予受理；当事人可就协议的履行或内容向人民法院起诉（人民调解法第三十二条），或经调解变更原协议、达成新协议后再申请";
    match applied {
        Some(day) if day > d.date => cx.push(
            Issue::warning(
                "confirmation.applied_on",
                "legal.deadline_passed",
                b::DEADLINE,
                format!("申请日期{}已超过三十日申请期限：{window}", arabic(day)),
            )
            .hint(late_hint),
        ),
        Some(day) if day < eff => cx.push(
            Issue::warning(
                "confirmation.applied_on",
                "legal.applied_before_effective",
                b::DEADLINE,
                format!("申请日期{}早于协议生效日{}", arabic(day), arabic(eff)),
            )
            .hint("司法确认只能在协议生效后申请；请核对签名、盖章日期和申请日期"),
        ),
        Some(_) => {
            let hint = if d.rolled_from.is_some() {
                "期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期（民事诉讼法第八十五条）；申请日期在顺延后的期限内"
            } else {
                "申请日期在三十日期限内"
            };
            cx.push(
                Issue::notice(
                    "confirmation.applied_on",
                    "legal.deadline",
                    b::DEADLINE,
                    format!("申请在期限内：{window}"),
                )
                .hint(hint),
            );
        }
        None if cx.today > d.date => cx.push(
            Issue::warning(
                "confirmation",
                "legal.deadline_passed",
                b::DEADLINE,
                format!("今天（{}）已超过三十日申请期限：{window}", arabic(cx.today)),
            )
            .hint(late_hint),
        ),
        None => {
            let left = (d.date - cx.today).whole_days();
            cx.push(
                Issue::notice(
                    "confirmation.applied_on",
                    "legal.deadline",
                    b::DEADLINE,
                    format!("{window}，还有{left}天"),
                )
                .hint("双方当事人须在期限内共同向人民法院提出申请"),
            );
        }
    }
    if !d.schedule_known {
        let years: Vec<String> = d.unknown_years().iter().map(|y| format!("{y}年")).collect();
        // A warning, not a notice: the pre-flight keeps showing it while the year is
        // unknown, since the date above may be wrong by a holiday.
        cx.push(
            Issue::warning("confirmation.applied_on", "legal.holidays_unknown", b::CPL_85, format!("本程序未收录{}的法定节假日安排，期限仅按周末顺延计算", years.join("、")))
                .hint("期限届满日如遇法定节假日，顺延至节后第一个工作日。请在「本委员会设置 → 法定节假日安排」中按国务院公布的通知录入该年的安排，期限会立即重新计算"),
        );
    }
}

fn court(cx: &mut Ctx) {
    let Some(conf) = &cx.case.confirmation else {
        return;
    };
    let court = conf.court.trim();
    if court.is_empty() {
        cx.push(
            Issue::warning(
                "confirmation.court",
                "legal.court_missing",
                b::CPL_205,
                "未填写受理申请的人民法院",
            )
            .hint(JURISDICTION_RULE),
        );
    } else if !(court.ends_with("法院") || court.ends_with("法庭")) {
        cx.push(
            Issue::notice(
                "confirmation.court",
                "legal.court_name",
                b::CPL_205,
                format!("法院名称「{court}」似乎不是全称"),
            )
            .hint("请写法院全称，如「××市××区人民法院」"),
        );
    }
    if conf.court_basis.trim().is_empty() {
        cx.push(
            Issue::notice(
                "confirmation.court_basis",
                "legal.court_basis",
                b::CPL_205,
                "未写明该法院有管辖权的理由",
            )
            .hint("当事人住所地、标的物所在地、调解组织所在地，或邀请先行调解的法院"),
        );
    }
}

/// Words in a dispute type that make it about a status relationship (Art. 355(3)).
const STATUS_KINDS: [&str; 7] = [
    "离婚",
    "收养",
    "亲子",
    "抚养关系",
    "身份关系",
    "婚姻关系",
    "婚姻效力",
];

/// The dispute type's status-relationship word, if it has one: 「离婚纠纷」「收养关系纠纷」
/// 「婚姻无效纠纷」; 婚姻 alone counts except in the broad 「婚姻家庭纠纷」.
fn status_kind(kind: &str) -> Option<&'static str> {
    STATUS_KINDS
        .iter()
        .copied()
        .find(|w| kind.contains(w))
        .or_else(|| (kind.contains("婚姻") && !kind.contains("婚姻家庭")).then_some("婚姻"))
}

const PROPERTY_KINDS: [&str; 6] = [
    "房屋宅基地纠纷",
    "山林土地纠纷",
    "土地承包经营纠纷",
    "征地拆迁纠纷",
    "继承纠纷",
    "知识产权纠纷",
];

fn admissibility(cx: &mut Ctx) {
    let case = cx.case;
    let kind = case.dispute.kind.trim();
    let any_flag = |f: SubjectFlag| case.agreement.clauses.iter().any(|c| c.flags.contains(&f));
    let status_words = case
        .agreement
        .clauses
        .iter()
        .any(|c| text::suggests_status(&c.text).is_some());
    if let Some(w) = status_kind(kind) {
        cx.push(
            Issue::warning("dispute.kind", "legal.inadmissible_status", b::INTERP_355_3, format!("纠纷类型「{kind}」涉及{w}，属于身份关系"))
                .hint("请求确认婚姻关系、亲子关系、收养关系等身份关系无效、有效或者解除的，人民法院裁定不予受理；协议中的财产、抚养费等内容另行考虑"),
        );
    } else if kind.contains("婚姻家庭")
        && !status_words
        && !any_flag(SubjectFlag::StatusRelationship)
    {
        cx.push(
            Issue::notice("dispute.kind", "legal.possible_inadmissible", b::INTERP_355_3, format!("「{kind}」中，财产分割、抚养费、赡养费等财产内容可以申请司法确认，婚姻、亲子、收养等身份关系不能"))
                .hint("协议如有解除婚姻关系、确认亲子关系、解除收养关系等内容，人民法院对该部分裁定不予受理；请在该条款上标记，或只就财产内容申请确认"),
        );
    }
    let any_property_flag =
        any_flag(SubjectFlag::PropertyOwnership) || any_flag(SubjectFlag::IpOwnership);
    if PROPERTY_KINDS.contains(&kind) && !any_property_flag {
        cx.push(
            Issue::notice("dispute.kind", "legal.possible_inadmissible", b::INTERP_355_5, format!("「{kind}」常涉及物权或知识产权的权属"))
                .hint("协议内容涉及物权、知识产权确权的，人民法院裁定不予受理；如有此类条款，请在该条款上标记"),
        );
    }
    for (i, c) in case.agreement.clauses.iter().enumerate() {
        let at = format!("agreement.clauses[{i}].flags");
        let n = i + 1;
        let mut flags = c.flags.clone();
        flags.sort();
        flags.dedup();
        for f in &flags {
            let issue = match f {
                SubjectFlag::StatusRelationship => Issue::warning(&at, "legal.inadmissible_status", b::INTERP_355_3, format!("第{n}条涉及婚姻、亲子、收养等身份关系"))
                    .hint("请求确认身份关系无效、有效或者解除的，人民法院裁定不予受理"),
                SubjectFlag::PropertyOwnership => Issue::warning(&at, "legal.inadmissible_ownership", b::INTERP_355_5, format!("第{n}条涉及物权确权"))
                    .hint("调解协议内容涉及物权确权的，人民法院裁定不予受理；可考虑不就该条申请确认，或通过诉讼、不动产登记等途径解决"),
                SubjectFlag::IpOwnership => Issue::warning(&at, "legal.inadmissible_ownership", b::INTERP_355_5, format!("第{n}条涉及知识产权确权"))
                    .hint("调解协议内容涉及知识产权确权的，人民法院裁定不予受理"),
                SubjectFlag::OtherProcedure => Issue::warning(&at, "legal.inadmissible_procedure", b::INTERP_355_4, format!("第{n}条涉及适用其他特别程序、公示催告程序或破产程序的事项"))
                    .hint("此类事项应通过相应程序解决，人民法院对该确认申请裁定不予受理"),
            };
            cx.push(issue);
        }
        let words = c.text.as_str();
        let soft: [(SubjectFlag, Option<&str>, &'static str, &str); 4] = [
            (
                SubjectFlag::StatusRelationship,
                text::suggests_status(words),
                b::INTERP_355_3,
                "婚姻、亲子、收养等身份关系",
            ),
            (
                SubjectFlag::PropertyOwnership,
                text::suggests_property(words),
                b::INTERP_355_5,
                "物权确权",
            ),
            (
                SubjectFlag::IpOwnership,
                text::suggests_ip(words),
                b::INTERP_355_5,
                "知识产权确权",
            ),
            (
                SubjectFlag::OtherProcedure,
                text::suggests_other_procedure(words),
                b::INTERP_355_4,
                "其他特别程序、公示催告或破产程序的事项",
            ),
        ];
        for (flag, found, basis, what) in soft {
            if let Some(w) = found
                && !flags.contains(&flag)
            {
                cx.push(
                    Issue::warning(format!("agreement.clauses[{i}].text"), "legal.possible_inadmissible", basis, format!("第{n}条含有「{w}」，可能涉及{what}"))
                        .hint("如确属此类内容，人民法院对该部分裁定不予受理：请在该条款上标记，并考虑不就该条申请确认；如不是，可忽略本警告"),
                );
            }
        }
    }
}

/// How many parties `words` name: by full name, or (an organisation) by a four-character
/// piece of its name without the place and the legal form (「力行健身」 for
/// 「上海力行健身服务有限公司」).
fn parties_named(case: &Case, words: &str) -> usize {
    case.parties
        .iter()
        .filter(|p| {
            let name = p.name().trim();
            if name.is_empty() {
                return false;
            }
            if words.contains(name) {
                return true;
            }
            if !p.is_organisation() {
                return false;
            }
            let core = org_core(name);
            let chars: Vec<char> = core.chars().collect();
            if chars.len() <= 4 {
                return chars.len() >= 2 && words.contains(core);
            }
            chars
                .windows(4)
                .any(|w| words.contains(&w.iter().collect::<String>()))
        })
        .count()
}

/// An organisation's name without the leading place names and the trailing legal form.
fn org_core(name: &str) -> &str {
    let mut core = name;
    for suffix in ["股份有限公司", "有限责任公司", "有限公司", "公司"] {
        if let Some(rest) = core.strip_suffix(suffix) {
            core = rest;
            break;
        }
    }
    loop {
        let cut = ['省', '市', '区', '县']
            .iter()
            .filter_map(|c| core.find(*c).map(|i| i + c.len_utf8()))
            .filter(|&i| i <= 12 && core[i..].chars().count() >= 2)
            .min();
        match cut {
            Some(i) => core = &core[i..],
            None => return core,
        }
    }
}

fn clarity(cx: &mut Ctx) {
    let case = cx.case;
    for (i, c) in case.agreement.clauses.iter().enumerate() {
        let n = i + 1;
        match &c.obligation {
            Some(o) => {
                let at = |f: &str| format!("agreement.clauses[{i}].obligation.{f}");
                for (field, label) in super::obligations::gaps(o) {
                    cx.push(
                        Issue::warning(at(field), "legal.unclear_obligation", b::INTERP_358_5, format!("第{n}条付款义务未写明{label}，协议内容不明确"))
                            .hint("调解协议内容不明确的，人民法院裁定驳回申请；付款条款应写明谁向谁、支付多少、何时支付、以何种方式支付"),
                    );
                }
                if o.payees.len() > 1 && o.amount.is_some() {
                    cx.push(
                        Issue::notice(
                            at("payees"),
                            "legal.unclear_shared_amount",
                            b::INTERP_358_5,
                            format!("第{n}条有{}个收款人共用一个金额", o.payees.len()),
                        )
                        .hint("请写明是各自的金额还是合计金额及如何分配，或拆分为每人一条"),
                    );
                }
            }
            None if text::mentions_payment(&c.text) => {
                let at = format!("agreement.clauses[{i}].text");
                let named = parties_named(case, &c.text);
                if text::mentions_amount(&c.text) && named < 2 && case.parties.len() >= 2 {
                    let what = if named == 0 {
                        "没有写明由谁向谁支付（未出现任何当事人的姓名或名称）"
                    } else {
                        "只出现了一方当事人，没有写明付款人或收款人"
                    };
                    cx.push(
                        Issue::notice(
                            &at,
                            "legal.unclear_text",
                            b::INTERP_358_5,
                            format!("第{n}条提到支付或赔偿及金额，但{what}"),
                        )
                        .hint("付款条款应写明谁向谁支付：用当事人的姓名或名称写明付款人和收款人（如「李四向张三支付……」），或将本条改为付款义务"),
                    );
                }
            }
            None => {}
        }
    }
}

/// A payment in free words must say how much and by when: the agreement itself must
/// state 履行方式、时限 (人民调解法 Art. 29), and a court rejects unclear terms
/// (民诉法解释 Art. 358(5)). A warning for the agreement and for confirmation alike.
fn unclear_terms(cx: &mut Ctx) {
    let basis = if cx.confirming {
        b::INTERP_358_5
    } else {
        b::MEDIATION_29
    };
    for (i, c) in cx.case.agreement.clauses.iter().enumerate() {
        if c.obligation.is_some() || !text::mentions_payment(&c.text) {
            continue;
        }
        let n = i + 1;
        let at = format!("agreement.clauses[{i}].text");
        if !text::mentions_amount(&c.text) {
            cx.push(
                Issue::warning(
                    &at,
                    "legal.unclear_text",
                    basis,
                    format!("第{n}条提到支付或赔偿，但没有写明金额"),
                )
                .hint("写明具体金额（大写和小写），或将本条改为付款义务"),
            );
        }
        if !text::mentions_time(&c.text) {
            cx.push(
                Issue::warning(
                    &at,
                    "legal.unclear_text",
                    basis,
                    format!("第{n}条提到支付或赔偿，但没有写明期限"),
                )
                .hint("写明履行期限，如「于2026年3月31日前」"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Case, Party, Side};
    use crate::validate::{Check, validate_as};

    #[test]
    fn an_unnamed_party_is_called_by_its_place_not_its_id() {
        let case = Case {
            parties: vec![
                Party::person("p1", Side::Applicant, ""),
                Party::person("p2", Side::Respondent, "李建国"),
            ],
            ..Case::default()
        };
        let today = time::Date::from_calendar_date(2026, time::Month::December, 8).unwrap();
        let messages: Vec<String> = validate_as(&case, Check::Confirmation, today)
            .into_iter()
            .filter(|i| i.path.starts_with("agreement.signatures.parties."))
            .map(|i| i.message)
            .collect();
        assert_eq!(
            messages,
            [
                "第1个当事人尚未签名、盖章或按指印，协议尚未生效",
                "李建国尚未签名、盖章或按指印，协议尚未生效"
            ]
        );
    }
}
