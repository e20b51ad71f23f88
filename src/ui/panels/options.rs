//! The labels of the case format's fixed values, for the editor's choices: (JSON key,
//! label) pairs, in the order a mediator expects them.

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

pub const SIDE: &[(&str, &str)] = &[("applicant", "申请人一方"), ("respondent", "被申请人一方")];
pub const SEX: &[(&str, &str)] = &[("male", "男"), ("female", "女")];
pub const REPRESENTATIVE: &[(&str, &str)] = &[
    ("legal_representative", "法定代表人"),
    ("principal", "主要负责人"),
];
pub const AGENT_CATEGORY: &[(&str, &str)] = &[
    ("lawyer", "律师"),
    ("legal_service_worker", "基层法律服务工作者"),
    ("near_relative", "近亲属"),
    ("employee", "工作人员"),
    ("recommended", "社区、单位或社会团体推荐的公民"),
];
pub const AUTHORITY: &[(&str, &str)] = &[("general", "一般授权"), ("special", "特别授权")];
pub const COMMITTEE_KIND: &[(&str, &str)] = &[
    ("village", "村民委员会人民调解委员会"),
    ("residents", "居民委员会人民调解委员会"),
    ("township", "乡镇人民调解委员会"),
    ("subdistrict", "街道人民调解委员会"),
    ("enterprise", "企业事业单位人民调解委员会"),
    ("social_organisation", "社会团体人民调解委员会"),
    ("professional", "行业性、专业性人民调解委员会"),
];
pub const SOURCE: &[(&str, &str)] = &[
    ("application", "当事人申请"),
    ("own_initiative", "人民调解委员会主动调解"),
    ("court_referral", "法院委托移送"),
    ("procuratorate_referral", "检察院委托移送"),
    ("police_referral", "公安机关委托移送"),
    ("petition_referral", "信访部门委托移送"),
    ("other_referral", "其他部门委托移送"),
];
pub const FORM: &[(&str, &str)] = &[("written", "书面协议（协议书）"), ("oral", "口头协议")];
pub const FLAGS: &[(&str, &str)] = &[
    ("status_relationship", "涉及身份关系（婚姻、收养、监护等）"),
    ("property_ownership", "涉及物权确权"),
    ("ip_ownership", "涉及知识产权确权"),
    ("other_procedure", "应适用其他程序（如破产、特别程序）"),
];
pub const PERFORMANCE: &[(&str, &str)] = &[
    ("unknown", "尚不清楚"),
    ("performed", "已履行"),
    ("partly", "部分履行"),
    ("not_performed", "未履行"),
];
pub const OUTCOME: &[(&str, &str)] = &[
    ("open", "调解中"),
    ("success", "调解成功"),
    ("failure", "调解不成功"),
];
pub const PERFORMANCE_HEADING: &[(&str, &str)] = &[
    ("standard", "履行方式、时限"),
    ("detailed", "履行方式、地点、期限"),
];
pub const AGREEMENT_HEADING: &[(&str, &str)] = &[
    ("standard", "经调解，自愿达成如下协议"),
    ("all_parties", "经调解，各方当事人自愿达成如下协议"),
];
pub const UNDERTAKING: &[(&str, &str)] = &[
    ("others", "不损害他人合法权益"),
    (
        "state_collective_others",
        "不损害国家利益、社会公共利益和他人合法权益",
    ),
];
pub const CONFIRMATION_LABELS: &[(&str, &str)] = &[
    ("joint", "各方均称申请人（最高法 2016 样式）"),
    ("applicant_respondent", "申请人／被申请人（地方样式）"),
];
pub const DATE_STYLE: &[(&str, &str)] = &[
    ("arabic", "2026年12月3日"),
    ("chinese", "二〇二六年十二月三日"),
];
pub const PAGE_NUMBERS: &[(&str, &str)] = &[
    ("official", "公文式「— 1 —」单页居右、双页居左"),
    ("top_right", "右上角"),
    ("of_total", "「第 X 页 共 Y 页」"),
    ("none", "不编页码"),
];
pub const ROSTER: &[(&str, &str)] = &[
    ("auto", "当事人多时自动改为附表"),
    ("inline", "总在正文中列出"),
    ("annex", "总用附表"),
];
pub const BODY_FACE: &[(&str, &str)] = &[
    ("bundled", "内置宋体（思源宋体）"),
    ("user", "本机加载的字体"),
];

/// The values that carry a text beside their key.
pub const WITH_TEXT: &[&str] = &["professional", "special", "other_referral"];
