//! Building blocks the record forms share: titles, 「label：value」 lines, signature
//! lines, table cells, names from party ids.

use super::super::common::signature_date;
use super::super::*;
use crate::model::{Case, Date};

/// The form's title, centred (2号 小标宋 role).
pub fn title(text: &str) -> Block {
    Block::Paragraph(Paragraph::new(Role::Title, vec![Run::fixed(text)]).align(Align::Center))
}

/// A section heading 「纠纷简要情况：」, kept with what follows.
pub fn heading(text: &str) -> Block {
    Block::Paragraph(
        Paragraph::new(Role::Heading, vec![Run::fixed(text)])
            .align(Align::Left)
            .keep_with_next(),
    )
}

/// One left-aligned body line of runs; continuation lines hang under the value when
/// `hang` (in characters) is the label's width.
pub fn line(runs: Vec<Run>, hang: f32) -> Block {
    Block::Paragraph(
        Paragraph::new(Role::Body, runs)
            .align(Align::Left)
            .indent(0.0, hang),
    )
}

/// A 「label：value」 header line of a record (时　　间：…, 地　　点：…), the label
/// spread to `width` characters so the values align.
pub fn field_line(
    label: &str,
    width: usize,
    value: &str,
    path: impl Into<String>,
    min: usize,
) -> Block {
    let hang = (width.max(label.chars().count()) + COLON.chars().count()) as f32;
    let mut runs = label_runs(label, width);
    runs.push(Run::field(value, path, min));
    line(runs, hang)
}

/// A label distributed to `width` characters, then its colon, kept whole and on the
/// line of the value: full-width spaces between its characters when they divide
/// evenly (「卷　　　名：」, 「立　卷　人：」), else the characters spread by the same
/// fraction of an em each (「调解日期」 over five ems), never a space before it.
pub fn label_runs(label: &str, width: usize) -> Vec<Run> {
    match spread(label, width) {
        Some(spaced) => vec![Run::fixed(format!("{spaced}{COLON}")).kept()],
        None => vec![
            Run::spread(label, u8::try_from(width).unwrap_or(u8::MAX)),
            Run::fixed(COLON).kept(),
        ],
    }
}

/// The colon after a field label.
const COLON: &str = "：";

/// Free text typed by the user, one indented body paragraph per line of it; one blank
/// paragraph `min` characters wide when it is empty.
pub fn text_paragraphs(text: &str, path: &str, min: usize) -> Vec<Block> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if lines.is_empty() {
        return vec![Block::Paragraph(
            Paragraph::new(Role::Body, vec![Run::field("", path, min)]).indent(2.0, 0.0),
        )];
    }
    lines
        .into_iter()
        .map(|l| {
            Block::Paragraph(Paragraph::new(Role::Body, vec![Run::value(l, path)]).indent(2.0, 0.0))
        })
        .collect()
}

/// A signature line: the label, then the name printed in brackets when known.
pub fn sign_line(label: &str, name: &str, path: impl Into<String>) -> Paragraph {
    let mut runs = vec![Run::fixed(label)];
    if !name.trim().is_empty() {
        runs.push(Run::value(format!("（{}）", name.trim()), path));
    }
    Paragraph::new(Role::Signature, runs).align(Align::Left)
}

/// The date line under a signature block (as the committee writes dates, or the
/// 「　　年　　月　　日」 blank).
pub fn date_line(case: &Case, date: Option<Date>, path: &str) -> Paragraph {
    Paragraph::new(
        Role::Signature,
        vec![Run {
            text: signature_date(date, case.settings.date_style),
            blank: date.is_none(),
            field: Some(FieldPath::new(path)),
            keep: true,
            pen: false,
            spread_to: None,
        }],
    )
    .align(Align::Right)
}

/// The date line of a signature block whose day is written by hand at signing: a
/// blank left for the pen ([`Run::pen`]).
pub fn pen_date_line(case: &Case) -> Paragraph {
    Paragraph::new(
        Role::Signature,
        vec![Run {
            text: signature_date(None, case.settings.date_style),
            blank: true,
            field: None,
            keep: true,
            pen: true,
            spread_to: None,
        }],
    )
    .align(Align::Right)
}

/// The committee's seal position 「（人民调解委员会印）」.
pub fn seal() -> Paragraph {
    Paragraph::new(
        Role::Signature,
        vec![Run::fixed(super::super::wording::SEAL)],
    )
    .align(Align::Right)
}

/// A table cell holding a fixed label.
pub fn label_cell(text: &str) -> TableCell {
    TableCell::paragraph(Paragraph::new(Role::Label, vec![Run::fixed(text)]).align(Align::Center))
}

/// A table cell holding a typed value, or a blank.
pub fn value_cell(value: &str, path: impl Into<String>, min: usize) -> TableCell {
    TableCell::paragraph(
        Paragraph::new(Role::Label, vec![Run::field(value, path, min)]).align(Align::Left),
    )
}

/// A table cell of runs, left-aligned.
pub fn runs_cell(runs: Vec<Run>) -> TableCell {
    TableCell::paragraph(Paragraph::new(Role::Label, runs).align(Align::Left))
}

/// A table cell of typed free text, one paragraph per line, at the top of the cell;
/// a blank line when empty.
pub fn text_cell(text: &str, path: &str) -> TableCell {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let paragraphs = if lines.is_empty() {
        vec![Paragraph::new(Role::Label, vec![Run::field("", path, 2)]).align(Align::Left)]
    } else {
        lines
            .into_iter()
            .map(|l| {
                Paragraph::new(Role::Label, vec![Run::value(l, path)])
                    .align(Align::Justify)
                    .indent(2.0, 0.0)
            })
            .collect()
    };
    TableCell::new(paragraphs).valign(VAlign::Top)
}

/// Names of these people, joined with 「、」; empty when none is named.
pub fn join_names<'a>(names: impl IntoIterator<Item = &'a String>) -> String {
    names
        .into_iter()
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
        .collect::<Vec<_>>()
        .join("、")
}

/// Names of the parties with these ids, joined with 「、」; ids naming no party are
/// left out.
pub fn party_names(case: &Case, ids: &[String]) -> String {
    ids.iter()
        .filter_map(|id| case.party(id))
        .map(|p| p.name().trim())
        .filter(|n| !n.is_empty())
        .collect::<Vec<_>>()
        .join("、")
}

/// Names of every party, joined with 「、」.
pub fn all_party_names(case: &Case) -> String {
    case.parties
        .iter()
        .map(|p| p.name().trim())
        .filter(|n| !n.is_empty())
        .collect::<Vec<_>>()
        .join("、")
}

/// A date and a time of day 「2025年6月5日 09:30—10:20」; empty when neither is known.
pub fn date_time(date: Option<Date>, time: &str) -> String {
    let d = date.map(crate::values::dates::arabic).unwrap_or_default();
    [d.as_str(), time.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The document metadata of a form of `case`.
pub fn meta(title: &str, case: &Case) -> Meta {
    Meta {
        title: title.to_string(),
        author: case.committee.name.clone(),
        subject: super::super::common::dispute_title(case),
        draft: false,
    }
}

/// A label padded to `width` characters with full-width spaces spread evenly between
/// its characters (「卷　　　名」); `None` when they do not divide evenly (a label of four
/// over five), which [`label_runs`] spreads by fractions of an em instead. A label as
/// wide or wider is itself.
pub fn spread(label: &str, width: usize) -> Option<String> {
    let chars: Vec<char> = label.chars().collect();
    let n = chars.len();
    if n >= width {
        return Some(label.to_string());
    }
    let spaces = width - n;
    if n > 1 && spaces.is_multiple_of(n - 1) {
        let gap = "　".repeat(spaces / (n - 1));
        let mut out = String::new();
        for (i, c) in chars.iter().enumerate() {
            if i > 0 {
                out.push_str(&gap);
            }
            out.push(*c);
        }
        Some(out)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::{label_runs, spread};

    #[test]
    fn labels_are_spread_to_one_width() {
        assert_eq!(spread("卷名", 5).as_deref(), Some("卷　　　名"));
        assert_eq!(spread("立卷人", 5).as_deref(), Some("立　卷　人"));
        assert_eq!(spread("人民调解员", 5).as_deref(), Some("人民调解员"));
        // Four over five: no whole spaces; spread by a third of an em per gap.
        assert_eq!(spread("调解日期", 5), None);
        let runs = label_runs("调解日期", 5);
        assert_eq!(runs[0].spread_to, Some(5));
        assert_eq!(runs[0].text, "调解日期");
        assert_eq!(runs[1].text, "：");
    }
}
