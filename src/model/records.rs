//! Records of the case's life: acceptance, investigations, mediation sessions,
//! follow-up visits, and the archive (卷宗) data.

use super::Date;
use super::date_serde;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// 受理: the application and its registration (人民调解申请书, 受理登记表).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Intake {
    /// 申请日期
    #[serde(with = "date_serde")]
    #[schemars(schema_with = "date_serde::schema")]
    pub applied_on: Option<Date>,
    /// 受理日期
    #[serde(with = "date_serde")]
    #[schemars(schema_with = "date_serde::schema")]
    pub accepted_on: Option<Date>,
    /// 登记人
    pub registered_by: String,
    /// 权利义务告知 given on this date (人民调解当事人权利义务告知书).
    #[serde(with = "date_serde")]
    #[schemars(schema_with = "date_serde::schema")]
    pub rights_notified_on: Option<Date>,
}

/// 人民调解调查记录
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Investigation {
    #[serde(with = "date_serde")]
    #[schemars(schema_with = "date_serde::schema")]
    pub date: Option<Date>,
    /// Time of day, e.g. 「14:30」 or 「14:30—15:20」.
    pub time: String,
    pub place: String,
    /// 调查人
    pub investigators: Vec<String>,
    /// 被调查人
    pub interviewee: String,
    /// 记录人
    pub recorder: String,
    pub content: String,
}

/// 人民调解记录 (调解笔录)
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct MediationSession {
    #[serde(with = "date_serde")]
    #[schemars(schema_with = "date_serde::schema")]
    pub date: Option<Date>,
    pub time: String,
    pub place: String,
    /// 事由
    pub subject: String,
    /// 参加人: people invited to help (not mediators, parties or the recorder).
    pub participants: Vec<String>,
    /// Ids of the parties present (当事人).
    pub parties_present: Vec<String>,
    pub mediators: Vec<String>,
    pub recorder: String,
    pub content: String,
    /// 调解结果 of this session.
    pub result: String,
}

/// How performance stands at a follow-up visit.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Performance {
    #[default]
    /// 未知
    Unknown,
    /// 已履行
    Performed,
    /// 部分履行
    Partly,
    /// 未履行
    NotPerformed,
}

/// 人民调解回访记录
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Visit {
    #[serde(with = "date_serde")]
    #[schemars(schema_with = "date_serde::schema")]
    pub date: Option<Date>,
    /// Ids of the parties visited.
    pub parties: Vec<String>,
    /// 回访人
    pub visitor: String,
    pub performance: Performance,
    /// 回访情况
    pub content: String,
}

/// 调解结果 of the case as a whole.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// 调解中
    #[default]
    Open,
    /// 调解成功
    Success,
    /// 调解不成功
    Failure,
}

/// 卷宗: archive data for the cover, 卷内目录 and 备考表.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Archive {
    /// Serial of the 卷号 「（年）××人调字第N号」.
    pub serial: Option<u32>,
    /// A 卷号 typed in full, overriding the pattern.
    pub number: String,
    /// 立卷人
    pub filed_by: String,
    /// 立卷日期
    #[serde(with = "date_serde")]
    #[schemars(schema_with = "date_serde::schema")]
    pub filed_on: Option<Date>,
    /// 检查人
    pub checked_by: String,
    /// 保管期限, one of the committee's retention scheme values.
    pub retention: String,
    pub outcome: Outcome,
    /// 结案日期 (performance or handling complete)
    #[serde(with = "date_serde")]
    #[schemars(schema_with = "date_serde::schema")]
    pub closed_on: Option<Date>,
    /// 备注 / 本卷情况说明
    pub notes: String,
    /// 调解日期 on the cover (「…至…」), first day; left out, the day the case was
    /// accepted (`intake.accepted_on`; domain spec §4.2).
    #[serde(with = "date_serde")]
    #[schemars(schema_with = "date_serde::schema")]
    pub mediation_from: Option<Date>,
    /// 调解日期, last day; left out, the closing date (`archive.closed_on`).
    #[serde(with = "date_serde")]
    #[schemars(schema_with = "date_serde::schema")]
    pub mediation_to: Option<Date>,
}
