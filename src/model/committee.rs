//! 人民调解委员会, its mediators and recorders.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// 调解委员会类型 (MoJ statistics, domain spec §5.2).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CommitteeKind {
    /// 村调委会
    #[default]
    Village,
    /// 居调委会
    Residents,
    /// 乡镇调委会
    Township,
    /// 街道调委会
    Subdistrict,
    /// 企事业单位调委会
    Enterprise,
    /// 社会团体和其他组织调委会
    SocialOrganisation,
    /// 行业性专业性调委会, with its field (e.g. 医疗纠纷, 道路交通事故)
    Professional(String),
}

/// A mediator or recorder.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Staff {
    pub name: String,
    pub phone: String,
}

/// 人民调解委员会
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Committee {
    /// Full name, e.g. 「××县××镇人民调解委员会」.
    pub name: String,
    /// Short name used in 编号 and 卷号, e.g. 「××镇」.
    pub short_name: String,
    pub kind: CommitteeKind,
    pub address: String,
    pub phone: String,
    /// The text of the seal, when it differs from the name.
    pub seal_text: String,
    pub mediators: Vec<Staff>,
    pub recorders: Vec<Staff>,
}
