//! Local variants of the forms ([C] items of the domain spec): each a setting with the
//! documented default. Kept with the case so a file prints the same everywhere.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Heading before the performance terms (domain spec §1.4 note 2).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PerformanceHeading {
    /// 「履行方式、时限：」 (2010 MoJ form)
    #[default]
    Standard,
    /// 「履行协议的方式、地点、期限：」 (2002 规定 Art. 35, many local forms)
    Detailed,
}

/// Heading before the clauses (domain spec §1.4 note 3).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AgreementHeading {
    /// 「经调解，自愿达成如下协议：」
    #[default]
    Standard,
    /// 「经调解，各方当事人自愿达成以下协议：」 (Xiamen)
    AllParties,
}

/// The undertaking on the confirmation application (domain spec §3.5 note 2).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Undertaking {
    /// 「……给他人造成损害的……」 (SPC 2016 样式 as recalled)
    #[default]
    Others,
    /// 「……给国家、集体或他人造成损害的……」
    StateCollectiveOthers,
}

/// How the signature date is written (domain spec §7.4).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DateStyle {
    /// 2026年3月5日 (GB/T 9704-2012)
    #[default]
    Arabic,
    /// 二〇二六年三月五日
    Chinese,
}

/// Settings for the local variants.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    pub performance_heading: PerformanceHeading,
    pub agreement_heading: AgreementHeading,
    pub undertaking: Undertaking,
    pub date_style: DateStyle,
    /// 编号 pattern: `{年}`, `{简称}`, `{序号}` are replaced.
    pub number_pattern: String,
    /// 卷号 pattern, same placeholders.
    pub volume_pattern: String,
    /// Print a 身份证号 line in party blocks (the 2010 form has none).
    pub print_id_number: bool,
    /// 保管期限 values offered (domain spec §4.6).
    pub retention_scheme: Vec<String>,
    /// 四色预警 levels, most severe first (domain spec §5.3).
    pub risk_levels: Vec<String>,
    /// Where page numbers go (domain spec §6, §4.5).
    pub page_numbers: PageNumbering,
    /// The number printed on the first page (continuous numbering across a bundle).
    pub first_page_number: u32,
    /// Page geometry and type sizes, where the committee departs from GB/T 9704.
    pub page: PageSettings,
}

/// Overrides of the GB/T 9704-2012 page (domain spec §6); every value left out keeps
/// the standard's. Lengths in millimetres, sizes in points.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct PageSettings {
    /// 天头 (top margin), standard 37 mm.
    pub top_mm: Option<f32>,
    /// 订口 (binding margin), standard 28 mm.
    pub left_mm: Option<f32>,
    /// 版心 width, standard 156 mm.
    pub type_width_mm: Option<f32>,
    /// 版心 height, standard 225 mm.
    pub type_height_mm: Option<f32>,
    /// Body size, standard 16 pt (三号).
    pub body_pt: Option<f32>,
    /// Title size, standard 22 pt (二号).
    pub title_pt: Option<f32>,
    /// Lines per page, standard 22.
    pub lines_per_page: Option<u32>,
    /// Characters per line, standard 28.
    pub chars_per_line: Option<u32>,
}

/// Page-number placement.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PageNumbering {
    /// 「— 1 —」 below the type area, odd pages right, even pages left (GB/T 9704 §7.5).
    #[default]
    Official,
    /// Top right of every page (case files, domain spec §4.5).
    TopRight,
    /// 「第 1 页 共 2 页」 centred below the type area.
    OfTotal,
    /// No page numbers.
    None,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            performance_heading: PerformanceHeading::default(),
            agreement_heading: AgreementHeading::default(),
            undertaking: Undertaking::default(),
            date_style: DateStyle::default(),
            number_pattern: "（{年}）{简称}调字第{序号}号".into(),
            volume_pattern: "（{年}）{简称}人调字第{序号}号".into(),
            print_id_number: true,
            retention_scheme: ["永久", "长期", "短期", "30年", "10年"]
                .map(String::from)
                .to_vec(),
            risk_levels: ["红", "橙", "黄", "蓝"].map(String::from).to_vec(),
            page_numbers: PageNumbering::default(),
            first_page_number: 1,
            page: PageSettings::default(),
        }
    }
}
