//! The labels of the case format's fixed values, for the editor's choices: (JSON key,
//! label) pairs, in the order a mediator expects them. Labels are marked with `n_` and
//! shown with `t(lang, label)`.

use crate::ui::i18n::n_;
use serde::Serialize;
use yew::AttrValue;

/// The JSON key of an enum value (`"male"`; for a value with data, `{"special": …}`,
/// the key `special`).
pub fn key<T: Serialize>(v: &T) -> AttrValue {
    match crate::ui::state::edit::json(v) {
        serde_json::Value::String(s) => s.into(),
        serde_json::Value::Object(m) => m.keys().next().cloned().unwrap_or_default().into(),
        _ => AttrValue::default(),
    }
}

pub const SIDE: &[(&str, &str)] = &[
    ("applicant", n_("申请人一方")),
    ("respondent", n_("被申请人一方")),
];
pub const SEX: &[(&str, &str)] = &[("male", n_("男")), ("female", n_("女"))];
pub const REPRESENTATIVE: &[(&str, &str)] = &[
    ("legal_representative", n_("法定代表人")),
    ("principal", n_("主要负责人")),
];
pub const AGENT_CATEGORY: &[(&str, &str)] = &[
    ("lawyer", n_("律师")),
    ("legal_service_worker", n_("基层法律服务工作者")),
    ("near_relative", n_("近亲属")),
    ("employee", n_("工作人员")),
    ("recommended", n_("社区、单位或社会团体推荐的公民")),
];
pub const AUTHORITY: &[(&str, &str)] = &[("general", n_("一般授权")), ("special", n_("特别授权"))];
pub const COMMITTEE_KIND: &[(&str, &str)] = &[
    ("village", n_("村民委员会人民调解委员会")),
    ("residents", n_("居民委员会人民调解委员会")),
    ("township", n_("乡镇人民调解委员会")),
    ("subdistrict", n_("街道人民调解委员会")),
    ("enterprise", n_("企业事业单位人民调解委员会")),
    ("social_organisation", n_("社会团体人民调解委员会")),
    ("professional", n_("行业性、专业性人民调解委员会")),
];
pub const SOURCE: &[(&str, &str)] = &[
    ("application", n_("当事人申请")),
    ("own_initiative", n_("人民调解委员会主动调解")),
    ("court_referral", n_("法院委托移送")),
    ("procuratorate_referral", n_("检察院委托移送")),
    ("police_referral", n_("公安机关委托移送")),
    ("petition_referral", n_("信访部门委托移送")),
    ("other_referral", n_("其他部门委托移送")),
];
pub const FORM: &[(&str, &str)] = &[
    ("written", n_("书面协议（协议书）")),
    ("oral", n_("口头协议")),
];
pub const FLAGS: &[(&str, &str)] = &[
    (
        "status_relationship",
        n_("涉及身份关系（婚姻、收养、监护等）"),
    ),
    ("property_ownership", n_("涉及物权确权")),
    ("ip_ownership", n_("涉及知识产权确权")),
    ("other_procedure", n_("应适用其他程序（如破产、特别程序）")),
];
pub const PERFORMANCE: &[(&str, &str)] = &[
    ("unknown", n_("尚不清楚")),
    ("performed", n_("已履行")),
    ("partly", n_("部分履行")),
    ("not_performed", n_("未履行")),
];
/// The kinds of 卷宗 material (`model::MaterialKind`), in the binding order.
pub const MATERIAL_KIND: &[(&str, &str)] = &[
    ("identity", n_("当事人身份证明")),
    ("power_of_attorney", n_("授权委托书（签字件）")),
    ("evidence", n_("证据材料")),
    ("photo", n_("照片")),
    ("performance", n_("履行凭证")),
    ("confirmation", n_("司法确认申请及裁定书")),
    ("service_receipt", n_("送达回证")),
    ("other", n_("其他材料")),
];
pub const OUTCOME: &[(&str, &str)] = &[
    ("open", n_("调解中")),
    ("success", n_("调解成功")),
    ("failure", n_("调解不成功")),
];
pub const PERFORMANCE_HEADING: &[(&str, &str)] = &[
    ("standard", n_("履行方式、时限")),
    ("detailed", n_("履行方式、地点、期限")),
];
pub const AGREEMENT_HEADING: &[(&str, &str)] = &[
    ("standard", n_("经调解，自愿达成如下协议")),
    ("all_parties", n_("经调解，各方当事人自愿达成如下协议")),
];
pub const UNDERTAKING: &[(&str, &str)] = &[
    ("others", n_("不损害他人合法权益")),
    (
        "state_collective_others",
        n_("不损害国家利益、社会公共利益和他人合法权益"),
    ),
];
pub const CONFIRMATION_LABELS: &[(&str, &str)] = &[
    ("joint", n_("各方均称申请人（最高法 2016 样式）")),
    ("applicant_respondent", n_("申请人／被申请人（地方样式）")),
];
pub const DATE_STYLE: &[(&str, &str)] = &[
    ("arabic", n_("2026年12月3日")),
    ("chinese", n_("二〇二六年十二月三日")),
];
pub const PAGE_NUMBERS: &[(&str, &str)] = &[
    ("official", n_("公文式「— 1 —」单页居右、双页居左")),
    ("top_right", n_("右上角")),
    ("of_total", n_("「第 X 页 共 Y 页」")),
    ("none", n_("不编页码")),
];
pub const ROSTER: &[(&str, &str)] = &[
    ("auto", n_("当事人多时自动改为附表")),
    ("inline", n_("总在正文中列出")),
    ("annex", n_("总用附表")),
];
pub const BODY_FACE: &[(&str, &str)] = &[
    ("bundled", n_("内置宋体（思源宋体）")),
    ("user", n_("本机加载的字体")),
];

/// The values that carry a text beside their key.
pub const WITH_TEXT: &[&str] = &["professional", "special", "other_referral"];
