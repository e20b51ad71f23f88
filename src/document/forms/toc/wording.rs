//! Fixed wording of the 卷内目录 (domain spec §4.3, bdocx columns [B]; MoJ 2010 set,
//! §1.2 #9).

/// Title (§1.2 #9).
pub const TITLE: &str = "卷内目录";
/// Columns (§4.3): 序号 | 文书名称 | 页号 | 备注.
pub const SERIAL: &str = "序号";
pub const NAME: &str = "文书名称";
pub const PAGES: &str = "页号";
pub const NOTES: &str = "备注";
/// Between the first and last page of a document (§4.5: the start–end page).
pub const PAGE_RANGE: &str = "-";
/// Rows printed empty when the list is empty, to fill in by hand.
pub const BLANK_ROWS: usize = 12;
