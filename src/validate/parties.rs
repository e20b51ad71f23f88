//! Rules on the parties, their agents and the committee's contacts: ids, names,
//! 身份证号 (GB 11643-1999) with the sex, birth date and age it encodes, 统一社会信用代码
//! (GB 32100-2015), phone numbers, and minors.
//!
//! | rule | path | severity |
//! |---|---|---|
//! | `party.id_missing`, `party.id_duplicate` | `parties[i].id` | Error |
//! | `party.name_missing` | `parties[i].name` | Error |
//! | `id_card.invalid` | `parties[i].id_number`, `parties[i].agents[j].id_number` | Error |
//! | `id_card.legacy` | same | Warning (suggests the 18-digit form) |
//! | `id_card.normalised` | same | Notice (suggests the normalised form) |
//! | `person.sex_derived` / `person.sex_conflict` | `parties[i].sex` | Notice / Warning |
//! | `person.birth_date_derived` / `person.birth_date_conflict` | `parties[i].birth_date` | Notice / Warning |
//! | `person.age_derived` / `person.age_conflict` | `parties[i].age` | Notice / Warning |
//! | `person.birth_date_future`, `person.age_implausible` | … | Error / Warning |
//! | `person.minor` | `parties[i]` | Notice |
//! | `credit_code.invalid` | `parties[i].credit_code` | Error |
//! | `credit_code.org_code` | same | Warning (inner GB 11714 check, unverified) |
//! | `credit_code.normalised` | same | Notice |
//! | `phone.invalid` / `phone.local` | `…phone` | Warning / Notice |
//! | `agent.name_missing` | `parties[i].agents[j].name` | Error |

use super::basis as b;
use super::{Ctx, Issue};
use crate::model::{Party, PartyKind, Person, Sex};
use crate::values::id_card::{self, IdError};
use crate::values::{credit_code, phone};
use serde_json::json;
use std::collections::BTreeMap;

pub(super) fn check(cx: &mut Ctx) {
    let case = cx.case;
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, p) in case.parties.iter().enumerate() {
        let at = |f: &str| format!("parties[{i}].{f}");
        let id = p.id.trim();
        if id.is_empty() {
            cx.push(
                Issue::error(
                    at("id"),
                    "party.id_missing",
                    b::CASE_FORMAT,
                    format!("第{}个当事人没有编号（id）", i + 1),
                )
                .hint("协议条款、签名记录用编号指代当事人；请填写如 p1、p2 的唯一编号"),
            );
        } else if let Some(first) = seen.insert(id, i) {
            seen.insert(id, first);
            cx.push(
                Issue::error(
                    at("id"),
                    "party.id_duplicate",
                    b::CASE_FORMAT,
                    format!("当事人编号「{id}」与第{}个当事人重复", first + 1),
                )
                .hint("每个当事人的编号必须唯一"),
            );
        }
        if p.name().trim().is_empty() {
            cx.push(
                Issue::error(
                    at("name"),
                    "party.name_missing",
                    b::MEDIATION_29,
                    format!("第{}个当事人未填写姓名或名称", i + 1),
                )
                .hint("协议书应写明当事人的基本情况"),
            );
        }
        match &p.kind {
            PartyKind::Person(person) => check_person(cx, i, person),
            PartyKind::Organisation(org) => {
                check_credit_code(cx, &at("credit_code"), &org.credit_code);
                check_phone(cx, &at("phone"), &org.phone);
            }
        }
        check_agents(cx, i, p);
    }
    let committee = &case.committee;
    check_phone(cx, "committee.phone", &committee.phone);
    for (j, s) in committee.mediators.iter().enumerate() {
        check_phone(cx, &format!("committee.mediators[{j}].phone"), &s.phone);
    }
    for (j, s) in committee.recorders.iter().enumerate() {
        check_phone(cx, &format!("committee.recorders[{j}].phone"), &s.phone);
    }
}

fn sex_value(s: Sex) -> (serde_json::Value, &'static str) {
    match s {
        Sex::Male => (json!("male"), "男"),
        Sex::Female => (json!("female"), "女"),
    }
}

use crate::values::id_card::full_years;

/// Check an identity number at `path`; returns it when valid.
fn check_id_number(cx: &mut Ctx, path: &str, raw: &str) -> Option<id_card::IdNumber> {
    if raw.trim().is_empty() {
        return None;
    }
    match id_card::parse(raw, cx.today) {
        Err(e) => {
            let hint = match e {
                IdError::CheckMismatch { .. } => {
                    "最后一位校验码与前17位不符，通常是某一位抄错，请对照身份证原件逐位核对"
                }
                IdError::BirthInFuture(_) | IdError::NoSuchDate(_) | IdError::BirthTooEarly(_) => {
                    "第7—14位是出生日期（年月日），请核对"
                }
                IdError::UnknownProvince(_) => {
                    "前两位是省级行政区划代码（11—65、71、81、82），请核对"
                }
                _ => "公民身份号码为18位：17位数字加1位校验码（数字或X）",
            };
            cx.push(Issue::error(path, "id_card.invalid", b::GB_11643, e.to_string()).hint(hint));
            None
        }
        Ok(id) => {
            if id.legacy {
                let upgraded = id.to_18();
                cx.push(
                    Issue::warning(path, "id_card.legacy", b::GB_11643, format!("「{}」是15位旧身份证号", id.as_str()))
                        .hint("15位号码已于2013年停止使用；请改填当事人现行的18位号码（按GB 11643-1999升位的结果见建议，仍请与证件核对）")
                        .suggest(path, json!(upgraded), upgraded.clone()),
                );
            } else if id.as_str() != raw {
                cx.push(
                    Issue::notice(
                        path,
                        "id_card.normalised",
                        b::GB_11643,
                        format!("身份证号将规范写作「{}」", id.as_str()),
                    )
                    .hint("校验码X应大写，并去掉空格和全角字符")
                    .suggest(path, json!(id.as_str()), id.as_str()),
                );
            }
            Some(id)
        }
    }
}

fn check_person(cx: &mut Ctx, i: usize, person: &Person) {
    let at = |f: &str| format!("parties[{i}].{f}");
    let who = if person.name.trim().is_empty() {
        format!("第{}个当事人", i + 1)
    } else {
        person.name.trim().to_string()
    };
    let id = check_id_number(cx, &at("id_number"), &person.id_number);
    let on = cx.age_date();
    if let Some(bd) = person.birth_date
        && bd > cx.today
    {
        cx.push(
            Issue::error(
                at("birth_date"),
                "person.birth_date_future",
                b::GB_11643,
                format!("{who}的出生日期晚于今天"),
            )
            .hint("请对照身份证件核对出生日期（身份证号第7—14位）；或清空出生日期，由身份证号推算"),
        );
    }
    if let Some(age) = person.age
        && age > 130
    {
        cx.push(
            Issue::warning(
                at("age"),
                "person.age_implausible",
                b::MOJ_FORMS,
                format!("{who}的年龄{age}岁不合常理，请核对"),
            )
            .hint("请改正年龄，或清空年龄、填写出生日期或身份证号，由程序按协议成立日计算"),
        );
    }
    if let Some(id) = &id {
        // 性别
        let derived: Sex = id.sex();
        let (value, label) = sex_value(derived);
        match person.sex {
            None => cx.push(
                Issue::notice(
                    at("sex"),
                    "person.sex_derived",
                    b::GB_11643,
                    format!("根据身份证号，{who}的性别为{label}"),
                )
                .hint("身份证号第17位奇数为男、偶数为女")
                .suggest(at("sex"), value, label),
            ),
            Some(s) if s != derived => cx.push(
                Issue::warning(
                    at("sex"),
                    "person.sex_conflict",
                    b::GB_11643,
                    format!("{who}填写的性别为{}，身份证号显示为{label}", s.label()),
                )
                .hint("请核对性别或身份证号（第17位奇数为男、偶数为女）")
                .suggest(at("sex"), value, label),
            ),
            _ => {}
        }
        // 出生日期
        let bd = id.birth_date();
        let bd_text = crate::model::date_serde::format(&bd);
        match person.birth_date {
            None => cx.push(
                Issue::notice(
                    at("birth_date"),
                    "person.birth_date_derived",
                    b::GB_11643,
                    format!(
                        "根据身份证号，{who}的出生日期为{}",
                        crate::values::dates::arabic(bd)
                    ),
                )
                .suggest(
                    at("birth_date"),
                    json!(bd_text),
                    crate::values::dates::arabic(bd),
                ),
            ),
            Some(d) if d != bd => cx.push(
                Issue::warning(
                    at("birth_date"),
                    "person.birth_date_conflict",
                    b::GB_11643,
                    format!(
                        "{who}填写的出生日期{}与身份证号中的{}不一致",
                        crate::values::dates::arabic(d),
                        crate::values::dates::arabic(bd)
                    ),
                )
                .hint("身份证号第7—14位是出生日期")
                .suggest(
                    at("birth_date"),
                    json!(bd_text),
                    crate::values::dates::arabic(bd),
                ),
            ),
            _ => {}
        }
    }
    // 年龄: from the ID, else the typed birth date.
    let birth = id.as_ref().map(|id| id.birth_date()).or(person.birth_date);
    if let Some(birth) = birth
        && let Some(derived) = full_years(birth, on)
    {
        match person.age {
            None if person.birth_date.is_none() => cx.push(
                Issue::notice(
                    at("age"),
                    "person.age_derived",
                    b::GB_11643,
                    format!(
                        "{who}在{}年满{derived}周岁",
                        crate::values::dates::arabic(on)
                    ),
                )
                .hint("年龄按协议成立日（未填时按今天）计算")
                .suggest(at("age"), json!(derived), format!("{derived}岁")),
            ),
            Some(age) if age != derived => cx.push(
                Issue::warning(
                    at("age"),
                    "person.age_conflict",
                    b::GB_11643,
                    format!("{who}填写的年龄{age}岁与出生日期推算的{derived}岁不一致"),
                )
                .hint(if person.birth_date.is_some() {
                    "已填出生日期时，文书按出生日期计算年龄，所填年龄不会打印；请核对"
                } else {
                    "年龄按身份证号中的出生日期推算；文书将打印所填年龄，请核对或采用建议值"
                })
                .suggest(at("age"), json!(derived), format!("{derived}岁")),
            ),
            _ => {}
        }
    }
    let age = birth.and_then(|b| full_years(b, on)).or(person.age);
    if let Some(age) = age
        && age < 18
    {
        let capacity = if age < 8 {
            "无民事行为能力人"
        } else {
            "限制民事行为能力人"
        };
        cx.push(
            Issue::notice(
                format!("parties[{i}]"),
                "person.minor",
                b::CIVIL_CODE_MINORS,
                format!("{who}未满十八周岁（{age}岁），是{capacity}"),
            )
            .hint("应由其法定代理人（通常为父母）代理参加调解并签名，请在委托代理人中写明"),
        );
    }
    check_phone(cx, &at("phone"), &person.phone);
}

fn check_credit_code(cx: &mut Ctx, path: &str, raw: &str) {
    if raw.trim().is_empty() {
        return;
    }
    match credit_code::parse(raw) {
        Err(e) => cx.push(
            Issue::error(path, "credit_code.invalid", b::GB_32100, e.to_string())
                .hint("请对照营业执照或登记证书逐位核对；统一社会信用代码不使用I、O、S、V、Z"),
        ),
        Ok(code) => {
            if !code.org_code_check_ok() {
                cx.push(
                    Issue::warning(
                        path,
                        "credit_code.org_code",
                        b::GB_11714,
                        format!(
                            "统一社会信用代码第9—17位（组织机构代码{}）未通过组织机构代码校验",
                            code.org_code()
                        ),
                    )
                    .hint("整体校验码正确，此项校验规则尚未核实，仅供参考；请对照营业执照核对"),
                );
            }
            if code.as_str() != raw {
                cx.push(
                    Issue::notice(
                        path,
                        "credit_code.normalised",
                        b::GB_32100,
                        format!("统一社会信用代码将规范写作「{}」", code.as_str()),
                    )
                    .suggest(path, json!(code.as_str()), code.as_str()),
                );
            }
        }
    }
}

/// Check a 联系方式 field (empty is the business of `required`).
pub(super) fn check_phone(cx: &mut Ctx, path: &str, raw: &str) {
    for r in phone::check(raw) {
        match r {
            Ok(phone::PhoneKind::Local) => cx.push(
                Issue::notice(
                    path,
                    "phone.local",
                    b::NUMBERING_PLAN,
                    format!("电话号码「{}」没有区号", raw.trim()),
                )
                .hint("固定电话请加区号，如 0571-87654321，便于法院和对方当事人联系"),
            ),
            Ok(_) => {}
            Err(e) => cx.push(
                Issue::warning(path, "phone.invalid", b::NUMBERING_PLAN, e.to_string()).hint(
                    "手机号11位；固定电话写区号加号码，如 010-62345678；多个号码用「、」分隔",
                ),
            ),
        }
    }
}

fn check_agents(cx: &mut Ctx, i: usize, p: &Party) {
    for (j, a) in p.agents.iter().enumerate() {
        let at = |f: &str| format!("parties[{i}].agents[{j}].{f}");
        if a.name.trim().is_empty() {
            cx.push(
                Issue::error(
                    at("name"),
                    "agent.name_missing",
                    b::INTERP_351,
                    format!("第{}个当事人的第{}个委托代理人未填写姓名", i + 1, j + 1),
                )
                .hint("请填写委托代理人的姓名；没有委托代理人的，请删除这条记录"),
            );
        }
        if let crate::model::Authority::Special(what) = &a.authority
            && what.trim().is_empty()
        {
            cx.push(
                Issue::error(
                    at("authority.special"),
                    "agent.special_authority_items",
                    b::CPL_62,
                    format!("第{}个当事人的委托代理人为特别授权，但未写明授权事项", i + 1),
                )
                .hint("特别授权须写明具体事项，如「代为承认、放弃、变更请求，进行和解，代为签收法律文书」；否则授权委托书上此处将留空，法院不予认可"),
            );
        }
        if a.category.licensed() {
            if a.licence.trim().is_empty() {
                cx.push(
                    Issue::notice(
                        at("licence"),
                        "agent.licence_missing",
                        b::INTERP_351,
                        format!("委托代理人{}未填写执业证号", a.name.trim()),
                    )
                    .hint("律师、基层法律服务工作者以执业证证明身份；文书中此处将留空"),
                );
            }
            if a.affiliation.trim().is_empty() {
                cx.push(
                    Issue::notice(
                        at("affiliation"),
                        "agent.firm_missing",
                        b::INTERP_351,
                        format!("委托代理人{}未填写律师事务所（法律服务所）", a.name.trim()),
                    )
                    .hint("申请司法确认时须附律师事务所（法律服务所）的所函；文书中此处将留空"),
                );
            }
        }
        check_id_number(cx, &at("id_number"), &a.id_number);
        check_phone(cx, &at("phone"), &a.phone);
    }
}
