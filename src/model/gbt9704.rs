//! GB/T 9704-2012 《党政机关公文格式》: the page every form is set on (domain spec §6),
//! its numbers written once. The page style (`layout::style::PageStyle::gbt9704`), the
//! check of a committee's page settings (`PageSettings::effective`) and the messages that
//! name the standard's values all read this table.
//!
//! | item | value | clause |
//! |---|---|---|
//! | paper | A4, 210 × 297 mm (GB/T 148) | 5.1 |
//! | 天头 (top margin) | 37 mm | 5.2.1 |
//! | 订口 (binding margin) | 28 mm | 5.2.1 |
//! | 版心 (type area) | 156 × 225 mm | 5.2.1 |
//! | body | 三号 (16 pt) | 5.2.2 |
//! | grid | 22 lines × 28 characters | 5.2.3 |
//! | title | 二号 (22 pt), 小标宋 | 7.3.1 |
//! | page number | 四号 (14 pt), 「— 1 —」, 7 mm below the type area | 7.5 |
//!
//! Not in the standard, but the common practice the forms follow: table text 小四
//! (12 pt) and about 35 pt between title lines (domain spec §1.9, §6).

/// A4 width, mm (GB/T 148).
pub const PAPER_WIDTH_MM: f32 = 210.0;
/// A4 height, mm (GB/T 148).
pub const PAPER_HEIGHT_MM: f32 = 297.0;
/// 天头, mm (§5.2.1).
pub const TOP_MM: f32 = 37.0;
/// 订口, mm (§5.2.1).
pub const LEFT_MM: f32 = 28.0;
/// 版心 width, mm (§5.2.1).
pub const TYPE_WIDTH_MM: f32 = 156.0;
/// 版心 height, mm (§5.2.1).
pub const TYPE_HEIGHT_MM: f32 = 225.0;
/// Body size, pt: 三号 (§5.2.2).
pub const BODY_PT: f32 = 16.0;
/// Lines per page (§5.2.3).
pub const LINES_PER_PAGE: u32 = 22;
/// Characters per line (§5.2.3).
pub const CHARS_PER_LINE: u32 = 28;
/// Title size, pt: 二号 (§7.3.1).
pub const TITLE_PT: f32 = 22.0;
/// Distance between title lines, pt (word-processor practice, domain spec §6).
pub const TITLE_PITCH_PT: f32 = 35.0;
/// Page-number size, pt: 四号 (§7.5).
pub const PAGE_NUMBER_PT: f32 = 14.0;
/// The page number's dash line below the type area, mm (§7.5).
pub const PAGE_NUMBER_BELOW_MM: f32 = 7.0;
/// Table text, pt: 小四 (practice, domain spec §1.9).
pub const TABLE_PT: f32 = 12.0;
/// Distance between table lines, pt.
pub const TABLE_PITCH_PT: f32 = 20.0;
/// Text of a compact table (a group's 附表 roster), pt: 五号, as court rosters print it,
/// so that a page holds at least twelve parties.
pub const COMPACT_TABLE_PT: f32 = 10.5;
/// Distance between the lines of a compact table, pt.
pub const COMPACT_TABLE_PITCH_PT: f32 = 15.0;

/// The standard's values in words, for messages that send the user back to them.
pub fn summary() -> String {
    format!(
        "天头{TOP_MM} mm、订口{LEFT_MM} mm、版心{TYPE_WIDTH_MM} mm×{TYPE_HEIGHT_MM} mm、正文三号字、每页{LINES_PER_PAGE}行、每行{CHARS_PER_LINE}字"
    )
}
