//! Fixed wording of the 封底 and its 卷内备考表 (domain spec §4.4: the MoJ set's 封底,
//! the 备考表 fields of GB/T 9705-2008 §5 [B], printed on the 封底 as §4.4 suggests).

/// Title of the 备考表 (§4.4).
pub const TITLE: &str = "卷内备考表";
/// Row labels (§4.4, GB/T 9705-2008).
pub const STATEMENT: &str = "本卷情况说明";
pub const FILED_BY: &str = "立卷人";
pub const CHECKED_BY: &str = "检查人";
pub const FILED_ON: &str = "立卷时间";
/// The counts sentence, around the number of documents and of pages (§4.4: 「本卷共有
/// 文件材料＿页」).
pub const COUNT_BEFORE: &str = "本卷共有文件材料";
pub const COUNT_DOCUMENTS: &str = "件，共";
pub const COUNT_PAGES: &str = "页。";
/// The form's name in the list of forms and in file names.
pub const LIST_TITLE: &str = "封底（卷内备考表）";
