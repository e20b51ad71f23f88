//! 人民调解回访记录 (domain spec §1.7), one per follow-up visit, as a ruled table:
//! 当事人, 调解协议编号 (the agreement's 编号, §1.3), 回访事由 (the dispute's title),
//! 回访情况, 回访人, 回访时间.

pub mod wording;

use super::super::common::{Options, agreement_number, dispute_title};
use super::super::*;
use super::kit;
use crate::model::{Case, Performance, Visit};
use wording as w;

/// Width of the label column, in characters of table text.
const LABEL_CHARS: f32 = 7.0;
/// Room for the 回访情况 to be written by hand, in lines.
const REPORT_LINES: f32 = 12.0;

/// One record per visit of `case`, in order; one blank record when it has none.
pub fn build_all(case: &Case, opts: &Options) -> Vec<Document> {
    if case.visits.is_empty() {
        return vec![build_one(case, &Visit::default(), 0, opts)];
    }
    case.visits
        .iter()
        .enumerate()
        .map(|(i, v)| build_one(case, v, i, opts))
        .collect()
}

/// The record of visit `v`, the `index`-th of `case.visits`.
pub fn build_one(case: &Case, v: &Visit, index: usize, _opts: &Options) -> Document {
    let path = |f: &str| format!("visits[{index}].{f}");
    let row = |label: &str, cell: TableCell| TableRow::new(vec![kit::label_cell(label), cell]);
    let mut report = Vec::new();
    let performance = match v.performance {
        Performance::Unknown => None,
        Performance::Performed => Some(w::PERFORMED),
        Performance::Partly => Some(w::PARTLY),
        Performance::NotPerformed => Some(w::NOT_PERFORMED),
    };
    if let Some(p) = performance {
        report.push(
            Paragraph::new(
                Role::Label,
                vec![
                    Run::fixed(w::PERFORMANCE),
                    Run::value(p, path("performance")),
                ],
            )
            .align(Align::Left)
            .indent(2.0, 0.0),
        );
    }
    let mut content = kit::text_cell(&v.content, &path("content"));
    report.append(&mut content.paragraphs);
    let date = v.date.map(crate::values::dates::arabic).unwrap_or_default();
    let table = Table::new(vec![ColumnWidth::Chars(LABEL_CHARS), ColumnWidth::Fr(1.0)])
        .row(row(
            w::PARTIES,
            kit::value_cell(&kit::party_names(case, &v.parties), path("parties"), 8),
        ))
        .row(row(
            w::AGREEMENT_NUMBER,
            kit::value_cell(&agreement_number(case), "agreement.number", 8),
        ))
        .row(row(
            w::SUBJECT,
            kit::value_cell(&dispute_title(case), "dispute.title", 8),
        ))
        .row(row(w::REPORT, TableCell::new(report).valign(VAlign::Top)).min_lines(REPORT_LINES))
        .row(row(w::VISITOR, kit::value_cell(&v.visitor, path("visitor"), 6)).min_lines(2.0))
        .row(row(w::DATE, kit::value_cell(&date, path("date"), 8)));
    Document {
        meta: kit::meta(w::TITLE, case),
        blocks: vec![kit::title(w::TITLE), Block::Table(table)],
    }
}
