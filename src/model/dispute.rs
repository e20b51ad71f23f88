//! 纠纷: its type, its source, the facts and each party's claims.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The 15 categories of the MoJ people's-mediation statistics, in their official order
/// (domain spec §5.1, 黄石市司法局 2016 report; 中国统计年鉴 2012 table 23-9).
pub const OFFICIAL_CATEGORIES: [&str; 15] = [
    "婚姻家庭纠纷",
    "邻里纠纷",
    "房屋宅基地纠纷",
    "合同纠纷",
    "生产经营纠纷",
    "损害赔偿纠纷",
    "山林土地纠纷",
    "征地拆迁纠纷",
    "环境污染纠纷",
    "劳动争议纠纷",
    "消费纠纷",
    "医疗纠纷",
    "道路交通事故纠纷",
    "物业纠纷",
    "其它纠纷",
];

/// Sub-categories on the MoJ report form (domain spec §5.1): (sub-category, parent).
pub const SUB_CATEGORIES: [(&str, &str); 5] = [
    ("拖欠农民工工资纠纷", "劳动争议纠纷"),
    ("其他劳动争议纠纷", "劳动争议纠纷"),
    ("旅游纠纷", "消费纠纷"),
    ("电子商务纠纷", "消费纠纷"),
    ("其他消费纠纷", "消费纠纷"),
];

/// Local extensions seen in practice (domain spec §5.1); any other name is accepted
/// with a notice.
pub const EXTENSION_CATEGORIES: [&str; 7] = [
    "知识产权纠纷",
    "金融纠纷",
    "村务管理纠纷",
    "赡养纠纷",
    "抚养纠纷",
    "继承纠纷",
    "土地承包经营纠纷",
];

/// Where this tool files the local extensions among the 15 official categories when it
/// indexes cases (the spec lists them as extensions without a parent, §5.1): 赡养 and
/// 土地承包经营 by the subject they concern. The tool's choice, shown as such.
pub const EXTENSION_PARENTS: [(&str, &str); 5] = [
    ("赡养纠纷", "婚姻家庭纠纷"),
    ("抚养纠纷", "婚姻家庭纠纷"),
    ("继承纠纷", "婚姻家庭纠纷"),
    ("土地承包经营纠纷", "山林土地纠纷"),
    ("村务管理纠纷", "其它纠纷"),
];

/// The official category (§5.1) a dispute type belongs to, and whether it is this
/// tool's filing of a local extension ([`EXTENSION_PARENTS`]) rather than the MoJ
/// form's; `None` for an empty or unknown type.
pub fn official_category(kind: &str) -> Option<(&'static str, bool)> {
    if let Some(c) = OFFICIAL_CATEGORIES.iter().find(|c| **c == kind) {
        return Some((c, false));
    }
    if let Some((_, parent)) = SUB_CATEGORIES.iter().find(|(s, _)| *s == kind) {
        return Some((parent, false));
    }
    EXTENSION_PARENTS
        .iter()
        .find(|(s, _)| *s == kind)
        .map(|(_, parent)| (*parent, true))
}

/// 案件来源 (MoJ statistics, domain spec §5.2).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CaseSource {
    /// 依申请调解 (当事人申请)
    #[default]
    Application,
    /// 主动调解
    OwnInitiative,
    /// 法院委托移送
    CourtReferral,
    /// 检察院委托移送
    ProcuratorateReferral,
    /// 公安机关委托移送
    PoliceReferral,
    /// 信访部门委托移送
    PetitionReferral,
    /// 其他部门委托移送, naming the department
    OtherReferral(String),
}

impl CaseSource {
    pub fn label(&self) -> String {
        match self {
            CaseSource::Application => "当事人申请".into(),
            CaseSource::OwnInitiative => "人民调解委员会主动调解".into(),
            CaseSource::CourtReferral => "法院委托移送".into(),
            CaseSource::ProcuratorateReferral => "检察院委托移送".into(),
            CaseSource::PoliceReferral => "公安机关委托移送".into(),
            CaseSource::PetitionReferral => "信访部门委托移送".into(),
            CaseSource::OtherReferral(d) if d.trim().is_empty() => "其他部门委托移送".into(),
            CaseSource::OtherReferral(d) => format!("{d}委托移送"),
        }
    }
}

/// One party's claim (当事人申请事项 / 诉求).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Claim {
    /// The claiming party's id.
    pub party: String,
    pub text: String,
}

/// 纠纷
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Dispute {
    /// 纠纷类型, by name (the key): one of [`OFFICIAL_CATEGORIES`], [`SUB_CATEGORIES`] or
    /// a local extension.
    pub kind: String,
    /// An optional local numeric code for the type.
    pub local_code: String,
    /// 卷名 / 回访事由 style short title, e.g. 「张三与李四相邻关系纠纷」; derived when empty.
    pub title: String,
    pub source: CaseSource,
    /// 纠纷简要情况
    pub facts: String,
    /// 当事人申请事项
    pub claims: Vec<Claim>,
    /// 四色预警 level name (configurable; internal, never printed).
    pub risk_level: String,
    /// 协议涉及金额 (statistics), when known.
    pub amount_involved: Option<super::Money>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_the_app_offers_has_an_official_category_and_extensions_are_marked() {
        for c in OFFICIAL_CATEGORIES {
            assert_eq!(official_category(c), Some((c, false)));
        }
        assert_eq!(
            official_category("拖欠农民工工资纠纷"),
            Some(("劳动争议纠纷", false))
        );
        for e in EXTENSION_CATEGORIES
            .iter()
            .filter(|e| EXTENSION_PARENTS.iter().any(|(k, _)| k == *e))
        {
            let (parent, by_tool) = official_category(e).unwrap();
            assert!(by_tool && OFFICIAL_CATEGORIES.contains(&parent), "{e}");
        }
        assert_eq!(official_category(""), None);
        assert_eq!(official_category("知识产权纠纷"), None);
    }
}
