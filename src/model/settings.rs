//! Local variants of the forms ([C] items of the domain spec): each a setting with the
//! documented default. Kept with the case so a file prints the same everywhere.

use super::gbt9704;
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

/// How the parties are labelled on the confirmation application (domain spec §3.5
/// note 1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConfirmationLabels {
    /// Every party is 「申请人」: the application is joint (SPC 2016 样式).
    #[default]
    Joint,
    /// 「申请人」 and 「被申请人」 by side, as some local forms have it (Nanjing 医调委,
    /// 广德): a local variant, not the SPC 样式.
    ApplicantRespondent,
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

/// Where the parties of a group case are listed (group disputes; the 2010 form has one
/// party block per party).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Roster {
    /// A side with at least `roster_threshold` parties goes to the 附表; others inline.
    #[default]
    Auto,
    /// Every party gets its party block and its signature line in the body.
    Inline,
    /// Every side with more than one party goes to the 附表.
    Annex,
}

/// Settings for the local variants.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    pub performance_heading: PerformanceHeading,
    pub agreement_heading: AgreementHeading,
    pub undertaking: Undertaking,
    /// 申请人 for every party (default), or 申请人/被申请人 by side (domain spec §3.5
    /// note 1).
    pub confirmation_labels: ConfirmationLabels,
    /// List a 送达地址确认书 under 附 on the confirmation application (domain spec §3.5
    /// note 4: court practice, not required by the sources).
    pub service_address_form: bool,
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
    /// Parties in the body or in a 附表 at the end of the agreement (group cases).
    pub roster: Roster,
    /// With `roster: auto`, the number of parties on one side from which that side is
    /// listed in the 附表.
    pub roster_threshold: u32,
    /// Where page numbers go in the whole 卷宗 (domain spec §4.5: top right on the front
    /// in litigation and legal-aid practice, the default here).
    pub dossier_page_numbers: PageNumbering,
    /// The optional fields on the 卷宗封面 (domain spec §4.2); all off by default, as on
    /// the MoJ-style cover.
    pub cover_fields: CoverFields,
    /// The roles of the 联 of a 四联单 agreement (domain spec §1.8), in order: a role
    /// naming the 当事人 gives one 联 per party, every other role one 联; the 联 are
    /// numbered 第一联, 第二联, … when printed. An unverified local form: the default
    /// roles are an assumption.
    pub carbon_copy_captions: Vec<String>,
}

/// Optional fields many local 卷宗 covers add to the MoJ-style cover (domain spec §4.2).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct CoverFields {
    /// 当事人: the parties' names.
    pub parties: bool,
    /// 纠纷类型
    pub dispute_kind: bool,
    /// 调解结果 (调解成功 / 调解不成功)
    pub outcome: bool,
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
    /// Heading size (黑体 role), standard the body size; at most one line high.
    pub heading_pt: Option<f32>,
    /// Size of text in tables, standard 12 pt (小四).
    pub table_pt: Option<f32>,
    /// Page-number size, standard 14 pt (四号).
    pub page_number_pt: Option<f32>,
    /// Space after the title, in body lines, standard 1.
    pub after_title_lines: Option<f32>,
    /// The face of body and table text: the bundled serif, or a font the user loads
    /// (e.g. a licensed 仿宋_GB2312, GB/T 9704's body face).
    pub body_face: BodyFace,
}

/// Which face sets body and table text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BodyFace {
    /// The bundled Noto Serif SC (standing in for 仿宋).
    #[default]
    Bundled,
    /// The font the user loads, when one is loaded; characters it lacks come from the
    /// bundled serif. With no font loaded, the bundled serif.
    User,
}

/// A page setting that is not used, and why: the page is then set as GB/T 9704 has it
/// for that value.
#[derive(Clone, Debug, PartialEq)]
pub struct RejectedPageSetting {
    /// The field under `settings.page`, e.g. `left_mm`.
    pub field: &'static str,
    /// Why it is not used, in Chinese.
    pub reason: String,
    /// Whether the value is outside its documented range (an error of the file);
    /// otherwise it is in range but does not fit with the others (the type area
    /// larger than the sheet, lines or characters that would overlap).
    pub out_of_range: bool,
}

/// A4 (GB/T 148), the only paper the forms are printed on.
const PAPER_MM: (f32, f32) = (gbt9704::PAPER_WIDTH_MM, gbt9704::PAPER_HEIGHT_MM);
/// The GB/T 9704-2012 values the settings depart from.
const GBT9704: (f32, f32, f32, f32, f32) = (
    gbt9704::TOP_MM,
    gbt9704::LEFT_MM,
    gbt9704::TYPE_WIDTH_MM,
    gbt9704::TYPE_HEIGHT_MM,
    gbt9704::BODY_PT,
);
/// 1 pt in millimetres.
const PT_MM: f32 = 25.4 / 72.0;

impl PageSettings {
    /// The settings as they are used, and the ones that are not: each value must be
    /// finite and in its range, the type area must fit on the A4 sheet with its
    /// margins, lines must not overlap (a line at least as high as the body size) and
    /// characters must not overlap (at least 0.9 of the body size each). A value that
    /// fails is dropped (the standard's is used) and reported.
    pub fn effective(&self) -> (PageSettings, Vec<RejectedPageSetting>) {
        let mut out = self.clone();
        let mut rejected = Vec::new();
        let mut reject = |field: &'static str, reason: String, out_of_range: bool| {
            rejected.push(RejectedPageSetting {
                field,
                reason,
                out_of_range,
            })
        };
        for (v, field, lo, hi, unit) in [
            (&mut out.top_mm, "top_mm", 0.0, 150.0, "mm"),
            (&mut out.left_mm, "left_mm", 0.0, 150.0, "mm"),
            (
                &mut out.type_width_mm,
                "type_width_mm",
                50.0,
                PAPER_MM.0,
                "mm",
            ),
            (
                &mut out.type_height_mm,
                "type_height_mm",
                50.0,
                PAPER_MM.1,
                "mm",
            ),
            (&mut out.body_pt, "body_pt", 5.0, 72.0, "pt"),
            (&mut out.title_pt, "title_pt", 5.0, 72.0, "pt"),
            (&mut out.heading_pt, "heading_pt", 5.0, 72.0, "pt"),
            (&mut out.table_pt, "table_pt", 5.0, 36.0, "pt"),
            (&mut out.page_number_pt, "page_number_pt", 5.0, 36.0, "pt"),
            (
                &mut out.after_title_lines,
                "after_title_lines",
                0.0,
                5.0,
                "行",
            ),
        ] {
            if let Some(x) = *v
                && !(x.is_finite() && (lo..=hi).contains(&x))
            {
                reject(field, format!("取值 {x} 不在 {lo}–{hi} {unit} 之内"), true);
                *v = None;
            }
        }
        let (top, left, width, height, body) = GBT9704;
        // The type area and its margin fit the sheet: drop the type-area size first,
        // then the margin, whichever the committee set.
        let fits = [
            (
                &mut out.left_mm,
                &mut out.type_width_mm,
                ("left_mm", "type_width_mm"),
            ),
            (
                &mut out.top_mm,
                &mut out.type_height_mm,
                ("top_mm", "type_height_mm"),
            ),
        ];
        let standard = [
            (left, width, PAPER_MM.0, "宽"),
            (top, height, PAPER_MM.1, "高"),
        ];
        for ((margin, size, (m_field, s_field)), (m0, s0, paper, name)) in
            fits.into_iter().zip(standard)
        {
            let why =
                |m: f32, s: f32| format!("边距 {m} mm 加版心 {s} mm 超出纸张{name} {paper} mm");
            if margin.unwrap_or(m0) + size.unwrap_or(s0) > paper + 1e-3 && size.is_some() {
                reject(
                    s_field,
                    why(margin.unwrap_or(m0), size.unwrap_or(s0)),
                    false,
                );
                *size = None;
            }
            if margin.unwrap_or(m0) + s0 > paper + 1e-3 && margin.is_some() {
                reject(m_field, why(margin.unwrap_or(m0), s0), false);
                *margin = None;
            }
        }
        let size_mm = out.body_pt.unwrap_or(body) * PT_MM;
        if let Some(n) = out.lines_per_page {
            let pitch = out.type_height_mm.unwrap_or(height) / n.max(1) as f32;
            if n == 0 || n > 200 {
                reject(
                    "lines_per_page",
                    format!("取值 {n} 不在 1–200 行之内"),
                    true,
                );
                out.lines_per_page = None;
            } else if pitch < size_mm {
                reject("lines_per_page", format!("每页 {n} 行时行与行重叠"), false);
                out.lines_per_page = None;
            }
        }
        if let Some(h) = out.heading_pt {
            let lines = out.lines_per_page.unwrap_or(gbt9704::LINES_PER_PAGE).max(1) as f32;
            let pitch = out.type_height_mm.unwrap_or(height) / lines;
            if h * PT_MM > pitch {
                reject("heading_pt", format!("标题字号 {h} pt 超过行距"), false);
                out.heading_pt = None;
            }
        }
        if let Some(n) = out.chars_per_line {
            let each = out.type_width_mm.unwrap_or(width) / n.max(1) as f32;
            if n == 0 || n > 200 {
                reject(
                    "chars_per_line",
                    format!("取值 {n} 不在 1–200 字之内"),
                    true,
                );
                out.chars_per_line = None;
            } else if each < 0.9 * size_mm {
                reject("chars_per_line", format!("每行 {n} 字时字与字重叠"), false);
                out.chars_per_line = None;
            }
        }
        (out, rejected)
    }
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
            confirmation_labels: ConfirmationLabels::default(),
            service_address_form: false,
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
            roster: Roster::default(),
            roster_threshold: 10,
            dossier_page_numbers: PageNumbering::TopRight,
            cover_fields: CoverFields::default(),
            carbon_copy_captions: ["存根", "当事人", "人民调解委员会"]
                .map(String::from)
                .to_vec(),
        }
    }
}
