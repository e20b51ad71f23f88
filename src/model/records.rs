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
    /// The materials the 卷宗 binds that this program does not write (身份证明, evidence,
    /// signed originals, the court's ruling…), each at its place of domain spec §4.3.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub materials: Vec<Material>,
}

/// One material of the 卷宗 the program does not write: listed, counted and given its
/// place and page numbers; its paper goes where the bound file has its slip.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Material {
    pub kind: MaterialKind,
    /// 材料名称, as the 卷内目录 lists it (left empty: the kind's name).
    pub title: String,
    /// The material's date (the 目录's 备注 shows it).
    #[serde(with = "date_serde")]
    #[schemars(schema_with = "date_serde::schema")]
    pub date: Option<Date>,
    /// 页数: the pages it takes in the file (left out: one).
    pub pages: Option<u32>,
    /// 备注
    pub notes: String,
}

/// The most pages one material counts (a larger number is taken as this).
pub const MATERIAL_MAX_PAGES: u32 = 9_999;

/// The kinds of material domain spec §4.3 lists, each with its place in the file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MaterialKind {
    /// 当事人身份证明 (§4.3 item 3, mandatory)
    #[default]
    Identity,
    /// 授权委托书（签字件） (item 4)
    PowerOfAttorney,
    /// 证据材料 (item 6)
    Evidence,
    /// 照片 (item 6, with the evidence)
    Photo,
    /// 履行凭证: receipts, transfer slips (item 9)
    Performance,
    /// 司法确认申请及裁定书 (item 11)
    Confirmation,
    /// 送达回证 (item 11, with the confirmation materials)
    ServiceReceipt,
    /// 其他 (item 12, before the 封底)
    Other,
}

impl MaterialKind {
    pub const ALL: [MaterialKind; 8] = [
        MaterialKind::Identity,
        MaterialKind::PowerOfAttorney,
        MaterialKind::Evidence,
        MaterialKind::Photo,
        MaterialKind::Performance,
        MaterialKind::Confirmation,
        MaterialKind::ServiceReceipt,
        MaterialKind::Other,
    ];

    /// The kind's name, as the 目录 and the editor show it.
    pub fn label(self) -> &'static str {
        match self {
            MaterialKind::Identity => "当事人身份证明",
            MaterialKind::PowerOfAttorney => "授权委托书（签字件）",
            MaterialKind::Evidence => "证据材料",
            MaterialKind::Photo => "照片",
            MaterialKind::Performance => "履行凭证",
            MaterialKind::Confirmation => "司法确认申请及裁定书",
            MaterialKind::ServiceReceipt => "送达回证",
            MaterialKind::Other => "其他材料",
        }
    }

    /// Its item of the binding order (domain spec §4.3).
    pub fn item(self) -> u8 {
        match self {
            MaterialKind::Identity => 3,
            MaterialKind::PowerOfAttorney => 4,
            MaterialKind::Evidence | MaterialKind::Photo => 6,
            MaterialKind::Performance => 9,
            MaterialKind::Confirmation | MaterialKind::ServiceReceipt => 11,
            MaterialKind::Other => 12,
        }
    }
}

impl Material {
    /// The 目录's 文书名称: the title, or the kind's name.
    pub fn name(&self) -> &str {
        let t = self.title.trim();
        if t.is_empty() { self.kind.label() } else { t }
    }

    /// The pages it takes: 1 to [`MATERIAL_MAX_PAGES`] (left out or 0: one).
    pub fn page_count(&self) -> u32 {
        self.pages.unwrap_or(1).clamp(1, MATERIAL_MAX_PAGES)
    }
}
