//! 卷内目录 (domain spec §4.3): 序号 | 文书名称 | 页号 | 备注, one row per document of
//! the file, 页号 the first and last page it takes (§4.5). Built from entries whose
//! page ranges come from layout (see `crate::dossier`).

pub mod wording;

use super::super::common::Options;
use super::super::*;
use super::kit;
use crate::model::Case;
use std::ops::RangeInclusive;
use wording as w;

/// One row of the 目录.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TocEntry {
    /// 文书名称
    pub title: String,
    /// The printed numbers of the document's first and last page; `None` while unknown.
    pub pages: Option<RangeInclusive<u32>>,
    /// 备注 (the record's date, the agreement's 编号, …).
    pub note: String,
}

/// 「3」 for one page, 「3-5」 for several.
pub fn page_range(pages: &RangeInclusive<u32>) -> String {
    if pages.start() == pages.end() {
        pages.start().to_string()
    } else {
        format!("{}{}{}", pages.start(), w::PAGE_RANGE, pages.end())
    }
}

/// Build the 目录 of `entries`; with none, a table of empty rows to fill in by hand.
pub fn build(case: &Case, _opts: &Options, entries: &[TocEntry]) -> Document {
    let header = TableRow::new(
        [w::SERIAL, w::NAME, w::PAGES, w::NOTES]
            .map(kit::label_cell)
            .to_vec(),
    )
    .min_lines(1.5);
    let mut table = Table::new(vec![
        ColumnWidth::Chars(4.0),
        ColumnWidth::Fr(1.0),
        ColumnWidth::Chars(6.0),
        ColumnWidth::Chars(9.0),
    ])
    .header_row(header);
    let centred = |text: String| {
        TableCell::paragraph(
            Paragraph::new(Role::Label, vec![Run::fixed(text)]).align(Align::Center),
        )
    };
    for (i, e) in entries.iter().enumerate() {
        table = table.row(
            TableRow::new(vec![
                centred((i + 1).to_string()),
                TableCell::paragraph(
                    Paragraph::new(Role::Label, vec![Run::fixed(e.title.clone())])
                        .align(Align::Left),
                ),
                centred(e.pages.as_ref().map(page_range).unwrap_or_default()),
                TableCell::paragraph(
                    Paragraph::new(Role::Label, vec![Run::fixed(e.note.clone())])
                        .align(Align::Left),
                ),
            ])
            .min_lines(1.5),
        );
    }
    if entries.is_empty() {
        for _ in 0..w::BLANK_ROWS {
            table = table.row(TableRow::new(Vec::new()).min_lines(1.5));
        }
    }
    Document {
        meta: kit::meta(w::TITLE, case),
        blocks: vec![kit::title(w::TITLE), Block::Table(table)],
    }
}
