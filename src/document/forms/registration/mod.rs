//! 人民调解受理登记表 (domain spec §1.7), as a ruled table: the opening sentence with the
//! acceptance date and the parties' names, 纠纷类型, 案件来源 as ticks with the case's
//! source marked, 纠纷简要情况, the signatures, and the note
//! 「此表由人民调解委员会填写」.

pub mod wording;

use super::super::common::{Options, dispute_title};
use super::super::*;
use super::kit;
use crate::model::{Case, CaseSource};
use wording as w;

/// Width of the label column, in characters of table text.
const LABEL_CHARS: f32 = 7.0;
/// Room for the facts to be written by hand, in lines.
const FACTS_LINES: f32 = 10.0;

/// Build the registration form for `case`. Total: every missing value becomes a blank.
pub fn build(case: &Case, _opts: &Options) -> Document {
    let date = case.intake.accepted_on.map(crate::values::dates::arabic);
    let mut opening = vec![
        Run::field(date.as_deref().unwrap_or(""), "intake.accepted_on", 8),
        Run::fixed(w::OPENING_AFTER_DATE),
    ];
    let names = kit::all_party_names(case);
    if names.is_empty() {
        opening.push(Run::field("", "parties", 4));
        opening.push(Run::fixed("、"));
        opening.push(Run::field("", "parties", 4));
    } else {
        opening.push(Run::value(names, "parties"));
    }
    opening.push(Run::fixed(w::OPENING_BETWEEN));

    let table = Table::new(vec![ColumnWidth::Chars(LABEL_CHARS), ColumnWidth::Fr(1.0)])
        .row(
            TableRow::new(vec![
                TableCell::paragraph(
                    Paragraph::new(Role::Label, opening)
                        .align(Align::Justify)
                        .indent(2.0, 0.0),
                )
                .span(2),
            ])
            .min_lines(2.0),
        )
        .row(TableRow::new(vec![
            kit::label_cell(w::KIND),
            kit::value_cell(&case.dispute.kind, "dispute.kind", 8),
        ]))
        .row(TableRow::new(vec![
            kit::label_cell(w::SOURCE),
            kit::runs_cell(source_ticks(&case.dispute.source)),
        ]))
        .row(
            TableRow::new(vec![
                kit::label_cell(w::FACTS),
                kit::text_cell(&case.dispute.facts, "dispute.facts"),
            ])
            .min_lines(FACTS_LINES),
        )
        .row(TableRow::new(vec![TableCell::new(signatures(case)).span(2)]).min_lines(4.0));

    Document {
        meta: Meta {
            title: w::TITLE.to_string(),
            author: case.committee.name.clone(),
            subject: dispute_title(case),
            draft: _opts.draft,
        },
        blocks: vec![
            kit::title(w::TITLE),
            Block::Table(table),
            Block::Paragraph(
                Paragraph::new(Role::Body, vec![Run::fixed(w::NOTE)]).align(Align::Left),
            ),
        ],
    }
}

/// 「■①当事人申请　□②人民调解委员会主动调解」, plus 「■③法院委托移送」 when the
/// source is neither of the form's two.
fn source_ticks(source: &CaseSource) -> Vec<Run> {
    let tick = |on: bool| if on { w::TICKED } else { w::UNTICKED };
    let mut options = vec![
        (
            w::SOURCE_APPLICATION.to_string(),
            *source == CaseSource::Application,
        ),
        (
            w::SOURCE_OWN_INITIATIVE.to_string(),
            *source == CaseSource::OwnInitiative,
        ),
    ];
    if !matches!(source, CaseSource::Application | CaseSource::OwnInitiative) {
        options.push((source.label(), true));
    }
    let mut runs = Vec::new();
    for (i, (label, on)) in options.into_iter().enumerate() {
        if i > 0 {
            runs.push(Run::fixed("　"));
        }
        let text = format!("{}{}{label}", tick(on), w::CIRCLED[i]);
        runs.push(if on {
            Run::value(text, "dispute.source").kept()
        } else {
            Run::fixed(text).kept()
        });
    }
    runs
}

/// 当事人（签名）　登记人（签名）, then the seal and the date at the right.
fn signatures(case: &Case) -> Vec<Paragraph> {
    let registrar = case.intake.registered_by.trim();
    let mut line = vec![Run::fixed(w::SIGN_PARTY), Run::fixed("　".repeat(6))];
    line.push(Run::fixed(w::SIGN_REGISTRAR));
    if !registrar.is_empty() {
        line.push(Run::value(
            format!("（{registrar}）"),
            "intake.registered_by",
        ));
    }
    vec![
        Paragraph::new(Role::Label, line).align(Align::Left),
        Paragraph::new(Role::Label, vec![Run::fixed("")]),
        Paragraph::new(Role::Label, vec![Run::fixed(w::SEAL)]).align(Align::Right),
        Paragraph {
            role: Role::Label,
            ..kit::date_line(case, case.intake.accepted_on, "intake.accepted_on")
        },
    ]
}
