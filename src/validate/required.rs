//! Required fields per document (`Check`): what 人民调解法 Art. 29 asks of an agreement,
//! what 民诉法解释 Art. 354 and 法释〔2011〕5号 Art. 3 ask of a confirmation
//! application, and what the case-file records need. A field the form can leave as a
//! blank to fill in by hand is a warning or a notice, not an error.
//!
//! | rule | path | severity | basis |
//! |---|---|---|---|
//! | `required.parties` | `parties` | Error (fewer than two) | 人民调解法第二十九条 / 民事诉讼法第二百零五条 |
//! | `required.committee_name` | `committee.name` | Error | 人民调解法第二十九条 |
//! | `required.facts` | `agreement.facts` | Error | 人民调解法第二十九条 |
//! | `required.responsibility` | `agreement.responsibility` | Notice | 人民调解法第二十九条 |
//! | `required.clauses` | `agreement.clauses` | Error | 人民调解法第二十九条 |
//! | `required.clause_text` | `agreement.clauses[i].text` | Error | 人民调解法第二十九条 |
//! | `required.performance` | `agreement.performance` | Warning | 人民调解法第二十九条 |
//! | `required.mediators` | `agreement.mediators` | Warning | 人民调解法第二十九条 |
//! | `required.recorder`, `required.formed_on` | `agreement.…` | Notice / Warning | 司法部文书格式 |
//! | `required.copies` | `agreement.copies` | Warning (fewer than parties + 1) | 人民调解法第二十九条 |
//! | `required.oral_form` | `agreement.form` | Notice | 人民调解法第二十八条 |
//! | `required.person_field` | `parties[i].{sex,ethnicity,age,occupation,phone,address}` | Notice/Warning; Error for id_number, address, phone when confirming | 司法部文书格式 / 民诉法解释第三百五十四条 |
//! | `required.org_field` | `parties[i].{credit_code,representative,address,phone}` | Warning/Notice; Error when confirming | 同上 |
//! | `required.dispute_kind` | `dispute.kind` | Warning (All) / Notice | 司法部统计报表 |
//! | `dispute.kind_unknown` | `dispute.kind` | Notice | 司法部统计报表 |
//! | `dispute.risk_level_unknown` | `dispute.risk_level` | Warning (not one of `settings.risk_levels`) | 案件文件格式 |
//! | `required.confirmation` | `confirmation` | Error | 民诉法解释第三百五十四条 |
//! | `required.applied_on` | `confirmation.applied_on` | Notice | 民诉法解释第三百五十四条 |
//! | `required.attachment` | `confirmation.attachments[i].present` | Warning | 民诉法解释第三百五十四条 |
//! | `required.power_of_attorney` | `parties[i].agents[j]` | Notice | 法释〔2011〕5号第三条 |
//! | `required.intake`, `required.archive`, `required.visitor` | records | Notice/Warning (All) | 人民调解法第二十七条 |

use super::basis as b;
use super::{Ctx, Issue, Severity};
use crate::model::{
    AgreementForm, EXTENSION_CATEGORIES, OFFICIAL_CATEGORIES, PartyKind, SUB_CATEGORIES,
};

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

pub(super) fn check(cx: &mut Ctx) {
    agreement(cx);
    parties(cx);
    dispute(cx);
    if cx.confirming {
        confirmation(cx);
    }
    if cx.check.records() {
        records(cx);
    }
}

fn agreement(cx: &mut Ctx) {
    let case = cx.case;
    let a = &case.agreement;
    if case.parties.len() < 2 {
        cx.push(
            Issue::error(
                "parties",
                "required.parties",
                if cx.confirming {
                    b::CPL_205
                } else {
                    b::MEDIATION_29
                },
                format!("调解协议至少要有两方当事人，现有{}方", case.parties.len()),
            )
            .hint("请添加纠纷的各方当事人"),
        );
    }
    if blank(&a.number) && a.serial.is_none() {
        cx.push(
            Issue::notice(
                "agreement.number",
                "required.number",
                b::MOJ_FORMS,
                "未填写协议编号（或序号）",
            )
            .hint("文书中此处将留空；填写序号，编号按本委员会的编号格式生成"),
        );
    }
    if blank(&case.committee.name) {
        cx.push(
            Issue::error(
                "committee.name",
                "required.committee_name",
                b::MEDIATION_29,
                "未填写人民调解委员会名称",
            )
            .hint("协议书须加盖人民调解委员会印章，文书抬头和落款都要用全称"),
        );
    }
    if blank(&a.facts) {
        cx.push(
            Issue::error(
                "agreement.facts",
                "required.facts",
                b::MEDIATION_29,
                "未填写纠纷的主要事实、争议事项",
            )
            .hint("简要写明纠纷的起因、经过、各方争议的焦点，如「2025年5月，301室卫生间渗水致201室吊顶受损，双方就修复费用发生争议」"),
        );
    }
    if blank(&a.responsibility) {
        cx.push(
            Issue::notice(
                "agreement.responsibility",
                "required.responsibility",
                b::MEDIATION_29,
                "未写明各方当事人的责任",
            )
            .hint("人民调解法第二十九条列明协议可以载明各方当事人的责任；无需区分责任时可不填"),
        );
    }
    if a.clauses.is_empty() {
        cx.push(
            Issue::error(
                "agreement.clauses",
                "required.clauses",
                b::MEDIATION_29,
                "协议没有任何条款",
            )
            .hint("请写明当事人达成的协议内容"),
        );
    }
    for (i, c) in a.clauses.iter().enumerate() {
        if blank(&c.text) && c.obligation.is_none() {
            cx.push(
                Issue::error(
                    format!("agreement.clauses[{i}].text"),
                    "required.clause_text",
                    b::MEDIATION_29,
                    format!("第{}条协议条款是空的", i + 1),
                )
                .hint("请填写条款内容，或删除此条"),
            );
        }
    }
    let typed_due = a
        .clauses
        .iter()
        .any(|c| c.obligation.as_ref().is_some_and(|o| o.due.is_some()));
    if blank(&a.performance) && !typed_due {
        cx.push(
            Issue::warning("agreement.performance", "required.performance", b::MEDIATION_29, "未写明履行方式、时限")
                .hint("写明何时、以何种方式履行（如「于2026年3月31日前通过银行转账一次性付清」），或在付款条款中填写期限"),
        );
    }
    if a.mediators.iter().all(|m| blank(m)) {
        cx.push(
            Issue::warning(
                "agreement.mediators",
                "required.mediators",
                b::MEDIATION_29,
                "未填写主持调解的人民调解员",
            )
            .hint("协议书须由人民调解员签名"),
        );
    }
    if blank(&a.recorder) && a.form == AgreementForm::Written {
        cx.push(
            Issue::notice(
                "agreement.recorder",
                "required.recorder",
                b::MOJ_FORMS,
                "未填写记录人",
            )
            .hint("协议书落款有「记录人（签名）」栏"),
        );
    }
    if a.formed_on.is_none() {
        cx.push(
            Issue::warning(
                "agreement.formed_on",
                "required.formed_on",
                b::MOJ_FORMS,
                "未填写协议成立日期",
            )
            .hint("落款日期将留空，须手写"),
        );
    }
    if let Some(n) = a.copies {
        let needed = case.parties.len() + 1;
        if (n as usize) < needed {
            cx.push(
                Issue::warning(
                    "agreement.copies",
                    "required.copies",
                    b::MEDIATION_29,
                    format!("协议一式{n}份，少于当事人人数加一（{needed}份）"),
                )
                .hint("当事人各执一份，人民调解委员会留存一份"),
            );
        }
    }
    if a.form == AgreementForm::Oral && !cx.check.records() {
        cx.push(
            Issue::notice(
                "agreement.form",
                "required.oral_form",
                b::MEDIATION_28,
                "这是口头协议：不制作协议书，由人民调解员记录协议内容",
            )
            .hint("请制作「人民调解口头协议登记表」"),
        );
    }
}

fn parties(cx: &mut Ctx) {
    let confirming = cx.confirming;
    let case = cx.case;
    for (i, p) in case.parties.iter().enumerate() {
        let at = |f: &str| format!("parties[{i}].{f}");
        let who = if blank(p.name()) {
            format!("第{}个当事人", i + 1)
        } else {
            p.name().trim().to_string()
        };
        let strict = |sev: Severity| if confirming { Severity::Error } else { sev };
        match &p.kind {
            PartyKind::Person(person) => {
                // What the forms print (typed, else derived from a valid ID number):
                // the same rule the builders and the editor use.
                let printed = crate::values::id_card::particulars(
                    &person.id_number,
                    person.sex,
                    person.birth_date,
                    person.age,
                    cx.age_date(),
                    cx.today,
                );
                let has_age = printed.age.is_some();
                let fields: [(&str, bool, &str, Severity); 7] = [
                    ("sex", printed.sex.is_some(), "性别", Severity::Notice),
                    (
                        "ethnicity",
                        !blank(&person.ethnicity),
                        "民族",
                        Severity::Notice,
                    ),
                    (
                        "age",
                        has_age,
                        "年龄（或出生日期、身份证号）",
                        Severity::Notice,
                    ),
                    (
                        "occupation",
                        !blank(&person.occupation),
                        "职业或职务",
                        Severity::Notice,
                    ),
                    (
                        "phone",
                        !blank(&person.phone),
                        "联系方式",
                        strict(Severity::Warning),
                    ),
                    (
                        "address",
                        !blank(&person.address),
                        "住址",
                        strict(Severity::Warning),
                    ),
                    (
                        "id_number",
                        !blank(&person.id_number),
                        "身份证号",
                        strict(Severity::Notice),
                    ),
                ];
                for (field, present, label, sev) in fields {
                    if present || (field == "id_number" && !confirming) {
                        continue;
                    }
                    let basis = if confirming && matches!(field, "phone" | "address" | "id_number")
                    {
                        b::INTERP_354
                    } else {
                        b::MOJ_FORMS
                    };
                    let hint = if confirming && sev == Severity::Error {
                        "申请司法确认须提交当事人的身份、住所、联系方式等基本信息"
                    } else {
                        "文书中此处将留空"
                    };
                    cx.push(
                        Issue::new(
                            sev,
                            at(field),
                            "required.person_field",
                            basis,
                            format!("{who}未填写{label}"),
                        )
                        .hint(hint),
                    );
                }
            }
            PartyKind::Organisation(org) => {
                let rep = org.representative_kind.label();
                let fields = [
                    (
                        "credit_code",
                        !blank(&org.credit_code),
                        "统一社会信用代码".to_string(),
                        strict(Severity::Notice),
                    ),
                    (
                        "representative",
                        !blank(&org.representative),
                        rep.to_string(),
                        strict(Severity::Warning),
                    ),
                    (
                        "representative_title",
                        !blank(&org.representative_title),
                        format!("{rep}的职务"),
                        Severity::Notice,
                    ),
                    (
                        "address",
                        !blank(&org.address),
                        "住所".to_string(),
                        strict(Severity::Warning),
                    ),
                    (
                        "phone",
                        !blank(&org.phone),
                        "联系方式".to_string(),
                        strict(Severity::Warning),
                    ),
                ];
                for (field, present, label, sev) in fields {
                    if present {
                        continue;
                    }
                    let basis = if sev == Severity::Error {
                        b::INTERP_354
                    } else {
                        b::MOJ_FORMS
                    };
                    let hint = if sev == Severity::Error {
                        "申请司法确认须提交组织的营业执照或登记证书、法定代表人（负责人）身份证明及联系方式"
                    } else {
                        "文书中此处将留空"
                    };
                    cx.push(
                        Issue::new(
                            sev,
                            at(field),
                            "required.org_field",
                            basis,
                            format!("{who}未填写{label}"),
                        )
                        .hint(hint),
                    );
                }
            }
        }
        if confirming {
            for (j, _) in p.agents.iter().enumerate() {
                cx.push(
                    Issue::notice(format!("parties[{i}].agents[{j}]"), "required.power_of_attorney", b::SPC_2011_3, format!("{who}委托代理人申请的，须提交由{who}签名或盖章的授权委托书"))
                        .hint("代理人须属于民事诉讼法第六十一条规定的范围（律师、基层法律服务工作者、近亲属、工作人员或推荐的公民）"),
                );
            }
        }
    }
}

fn dispute(cx: &mut Ctx) {
    risk_level(cx);
    let kind = cx.case.dispute.kind.trim();
    if kind.is_empty() {
        let sev = if cx.check.records() {
            Severity::Warning
        } else {
            Severity::Notice
        };
        cx.push(
            Issue::new(
                sev,
                "dispute.kind",
                "required.dispute_kind",
                b::MOJ_STATISTICS,
                "未填写纠纷类型",
            )
            .hint("纠纷类型用于受理登记表、卷宗和统计报表"),
        );
        return;
    }
    let known = OFFICIAL_CATEGORIES.contains(&kind)
        || SUB_CATEGORIES.iter().any(|(s, _)| *s == kind)
        || EXTENSION_CATEGORIES.contains(&kind)
        || kind == "其他纠纷";
    if !known {
        cx.push(
            Issue::notice("dispute.kind", "dispute.kind_unknown", b::MOJ_STATISTICS, format!("纠纷类型「{kind}」不在司法部统计分类中"))
                .hint("统计时须归入十五类之一（如婚姻家庭纠纷、邻里纠纷、合同纠纷等）；本地分类可填在「本地分类代码」一栏"),
        );
    }
}

/// 四色预警: the level must be one the committee configured (empty is fine: not assessed).
fn risk_level(cx: &mut Ctx) {
    let level = cx.case.dispute.risk_level.trim();
    let levels = &cx.case.settings.risk_levels;
    if level.is_empty() || levels.iter().any(|l| l.trim() == level) {
        return;
    }
    let hint = if levels.iter().all(|l| blank(l)) {
        "本调委会未设置预警等级（settings.risk_levels）；请先设置，或清空此项".to_string()
    } else {
        format!(
            "可选：{}（在 settings.risk_levels 中设置，由重到轻）；未评估时可不填",
            levels
                .iter()
                .map(|l| l.trim())
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join("、")
        )
    };
    cx.push(
        Issue::warning(
            "dispute.risk_level",
            "dispute.risk_level_unknown",
            b::CASE_FORMAT,
            format!("预警等级「{level}」不在本调委会设置的预警等级中"),
        )
        .hint(hint),
    );
}

fn confirmation(cx: &mut Ctx) {
    let Some(conf) = &cx.case.confirmation else {
        cx.push(
            Issue::error(
                "confirmation",
                "required.confirmation",
                b::INTERP_354,
                "尚未填写司法确认申请的内容",
            )
            .hint("请填写受理法院和申请日期"),
        );
        return;
    };
    if conf.applied_on.is_none() {
        cx.push(
            Issue::notice(
                "confirmation.applied_on",
                "required.applied_on",
                b::INTERP_354,
                "未填写申请日期",
            )
            .hint("申请书落款日期将留空；申请须在协议生效之日起三十日内提出"),
        );
    }
    for (i, att) in conf.attachments.iter().enumerate() {
        if !att.present && !blank(&att.name) {
            cx.push(
                Issue::warning(format!("confirmation.attachments[{i}].present"), "required.attachment", b::INTERP_354, format!("附件「{}」尚未备齐", att.name.trim()))
                    .hint("材料不全的，法院会要求限期补交，逾期不补交的按撤回申请处理（民诉法解释第三百五十七条）"),
            );
        }
    }
}

fn records(cx: &mut Ctx) {
    let case = cx.case;
    if case.intake.accepted_on.is_none() {
        cx.push(
            Issue::warning(
                "intake.accepted_on",
                "required.intake",
                b::MEDIATION_27,
                "未填写受理日期",
            )
            .hint("受理登记表和卷宗封面的调解日期要用"),
        );
    }
    if blank(&case.intake.registered_by) {
        cx.push(Issue::notice(
            "intake.registered_by",
            "required.intake",
            b::MEDIATION_27,
            "未填写登记人",
        ));
    }
    for (i, v) in case.visits.iter().enumerate() {
        if blank(&v.visitor) {
            cx.push(Issue::notice(
                format!("visits[{i}].visitor"),
                "required.visitor",
                b::MEDIATION_27,
                format!("第{}次回访未填写回访人", i + 1),
            ));
        }
        if v.date.is_none() {
            cx.push(Issue::notice(
                format!("visits[{i}].date"),
                "required.visitor",
                b::MEDIATION_27,
                format!("第{}次回访未填写回访日期", i + 1),
            ));
        }
    }
    let ar = &case.archive;
    if ar.serial.is_none() && blank(&ar.number) {
        cx.push(
            Issue::notice(
                "archive.number",
                "required.archive",
                b::MEDIATION_27,
                "未填写卷号（或序号）",
            )
            .hint("卷宗封面「（年）××人调字第×号」"),
        );
    }
    if blank(&ar.filed_by) {
        cx.push(
            Issue::notice(
                "archive.filed_by",
                "required.archive",
                b::MEDIATION_27,
                "未填写立卷人",
            )
            .hint("文书中此处将留空"),
        );
    }
    if ar.filed_on.is_none() {
        cx.push(
            Issue::notice(
                "archive.filed_on",
                "required.archive",
                b::MEDIATION_27,
                "未填写立卷日期",
            )
            .hint("文书中此处将留空"),
        );
    }
    let (from, to) = case.mediation_dates();
    if from.is_none() {
        cx.push(
            Issue::notice(
                "archive.mediation_from",
                "required.archive",
                b::MEDIATION_27,
                "卷宗的调解日期缺少起始日（受理日期）",
            )
            .hint("填写受理日期，或在归档中填写调解起始日期；文书中此处将留空"),
        );
    }
    if to.is_none() {
        cx.push(
            Issue::notice(
                "archive.mediation_to",
                "required.archive",
                b::MEDIATION_27,
                "卷宗的调解日期缺少终止日（结案日期）",
            )
            .hint("填写结案日期，或在归档中填写调解终止日期；文书中此处将留空"),
        );
    }
    if case.dispute.claims.iter().all(|c| blank(&c.text)) {
        cx.push(
            Issue::notice(
                "dispute.claims",
                "required.claims",
                b::MOJ_FORMS,
                "未填写当事人申请事项",
            )
            .hint("人民调解申请书的「当事人申请事项」；文书中此处将留空"),
        );
    }
    if !blank(&ar.retention)
        && !case
            .settings
            .retention_scheme
            .iter()
            .any(|r| r.trim() == ar.retention.trim())
    {
        cx.push(
            Issue::warning(
                "archive.retention",
                "required.archive",
                b::MEDIATION_27,
                format!(
                    "保管期限「{}」不在本调委会的保管期限方案中",
                    ar.retention.trim()
                ),
            )
            .hint(format!(
                "可选：{}",
                case.settings.retention_scheme.join("、")
            )),
        );
    }
}
