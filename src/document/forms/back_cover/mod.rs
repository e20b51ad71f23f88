//! 封底 with the 卷内备考表 on it (domain spec §4.4): 本卷情况说明 with the number of
//! documents and pages the file holds, then 立卷人, 检查人, 立卷时间.

pub mod wording;

use super::super::common::{Options, date_text};
use super::super::*;
use super::kit;
use crate::model::Case;
use wording as w;

/// What the file holds: the numbered documents and their pages (cover, 目录 and 封底
/// take no numbers, §4.5, and are not counted).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub documents: u32,
    pub pages: u32,
}

/// Room for the statement, in lines.
const STATEMENT_LINES: f32 = 12.0;

/// A cell whose blank, if any, is left for the pen.
fn pen_cell(mut cell: TableCell) -> TableCell {
    for p in &mut cell.paragraphs {
        for r in &mut p.runs {
            r.pen = r.blank;
        }
    }
    cell
}

/// Build the 封底 for `case`; `counts` unknown leaves the numbers blank.
pub fn build(case: &Case, _opts: &Options, counts: Option<Counts>) -> Document {
    let a = &case.archive;
    let number = |n: Option<u32>| match n {
        Some(n) => Run::value(n.to_string(), "archive"),
        // Counted when the whole 卷宗 is laid out; on a 封底 printed alone, by hand.
        None => Run::field("", "archive", 2).for_pen(),
    };
    let mut statement = vec![
        Paragraph::new(
            Role::Label,
            vec![
                Run::fixed(w::COUNT_BEFORE),
                number(counts.map(|c| c.documents)),
                Run::fixed(w::COUNT_DOCUMENTS),
                number(counts.map(|c| c.pages)),
                Run::fixed(w::COUNT_PAGES),
            ],
        )
        .align(Align::Left)
        .indent(2.0, 0.0),
    ];
    if !a.notes.trim().is_empty() {
        statement.append(&mut kit::text_cell(&a.notes, "archive.notes").paragraphs);
    }
    let row = |label: &str, cell: TableCell| TableRow::new(vec![kit::label_cell(label), cell]);
    let filed_on = a
        .filed_on
        .map(|_| date_text(a.filed_on))
        .unwrap_or_default();
    let table = Table::new(vec![ColumnWidth::Chars(7.0), ColumnWidth::Fr(1.0)])
        .row(
            row(w::STATEMENT, TableCell::new(statement).valign(VAlign::Top))
                .min_lines(STATEMENT_LINES),
        )
        .row(
            row(
                w::FILED_BY,
                kit::value_cell(&a.filed_by, "archive.filed_by", 6),
            )
            .min_lines(2.0),
        )
        .row(
            row(
                w::CHECKED_BY,
                // 检查人 signs here (GB/T 9705-2008 §5): left for the pen.
                pen_cell(kit::value_cell(&a.checked_by, "archive.checked_by", 6)),
            )
            .min_lines(2.0),
        )
        .row(
            row(
                w::FILED_ON,
                kit::value_cell(&filed_on, "archive.filed_on", 8),
            )
            .min_lines(2.0),
        );
    Document {
        meta: kit::meta(w::TITLE, case),
        blocks: vec![kit::title(w::TITLE), Block::Table(table)],
    }
}
