//! Collect: blocks → units. Each block becomes units (a line, a space, a signature
//! row, a table row) with a height and how strongly it keeps with the next unit.

use super::*;

pub(super) fn line_units(lines: Vec<LineBox>, keep_last_with_next: bool) -> Vec<Unit> {
    let n = lines.len();
    lines
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            // No orphan (first line alone) and no widow (last line alone).
            let kept = if i + 1 == n {
                keep_last_with_next
            } else {
                i == 0 || i + 2 == n
            };
            Unit::new(
                l.height,
                l.items,
                if kept { Keep::Weak } else { Keep::None },
            )
        })
        .collect()
}

pub(super) fn units(doc: &Document, style: &PageStyle, metrics: &dyn Metrics) -> Vec<Unit> {
    let mut out = Vec::new();
    for block in &doc.blocks {
        match block {
            Block::Paragraph(p) => {
                let ts = style.role(p.role);
                let lines = paragraph::set(p, ts, style.left, style.type_width, metrics);
                out.extend(line_units(lines, p.keep_with_next));
                if p.role == Role::Title && style.after_title > 0.0 {
                    out.push(Unit::glue(
                        style.body.line_pitch * style.after_title,
                        Keep::Weak,
                    ));
                }
            }
            Block::Space(lines) => {
                // Negative or non-finite space counts as none.
                let lines = if lines.is_finite() {
                    lines.max(0.0)
                } else {
                    0.0
                };
                out.push(Unit::glue(style.body.line_pitch * lines, Keep::None))
            }
            Block::Signature(sig) => {
                // The block keeps with the text before it: its last line strongly, the
                // line before that too unless that would leave the page before less
                // than half full, so one or two lines of text come with the block (it
                // is never alone on a page).
                let mut before = out.iter_mut().rev().filter(|u| !u.glue);
                if let Some(last) = before.next() {
                    last.keep = last.keep.max(Keep::Strong);
                }
                if let Some(second) = before.next() {
                    second.keep = second.keep.max(Keep::Soft);
                }
                out.extend(signature_units(sig, style, metrics))
            }
            Block::PageBreak => out.push(Unit {
                new_page: true,
                ..Unit::glue(Pt::ZERO, Keep::None)
            }),
            Block::Table(t) => table_units(t, style, metrics, &mut out),
        }
    }
    out
}

/// A table's units, appended to `out`: its top rule (zero height), its header rows,
/// then its body rows. The top rule and the header rows keep strongly with the first
/// body row; every body row remembers which units to repeat above it when it starts a
/// page (the top rule, and the header rows when they repeat).
pub(super) fn table_units(
    t: &Table,
    style: &PageStyle,
    metrics: &dyn Metrics,
    out: &mut Vec<Unit>,
) {
    let set = table::set(t, style, metrics);
    if set.is_empty() {
        return;
    }
    let start = out.len();
    out.push(Unit::new(set.top.height, set.top.items, Keep::Strong));
    for row in set.header {
        out.push(Unit::new(row.height, row.items, Keep::Strong));
    }
    let repeat = if set.repeat_header {
        start..out.len()
    } else {
        start..start + 1
    };
    for row in set.body {
        let mut u = Unit::new(row.height, row.items, Keep::None);
        u.repeat = Some(repeat.clone());
        out.push(u);
    }
    if let Some(last) = out.last_mut() {
        last.keep = Keep::None;
    }
}

/// Stack set lines into one list of items, `y` from the first line's top; with their
/// total height.
pub(super) fn stacked(lines: Vec<LineBox>) -> (Pt, Vec<Item>) {
    let mut y = Pt::ZERO;
    let mut items = Vec::new();
    for l in lines {
        items.extend(l.items.iter().map(|it| it.translated(Pt::ZERO, y)));
        y += l.height;
    }
    (y, items)
}
