//! The signature block as grids of signatories, the seal over the date (domain spec
//! §1.4), with the keep rules that hold it together.

use super::*;

/// Whether every run of `p` fits `width` on a line of its own: a signatory's label
/// that does not (a long company name, kept whole) gets the full measure instead of a
/// grid column.
pub(super) fn runs_fit(p: &Paragraph, style: &PageStyle, width: Pt, metrics: &dyn Metrics) -> bool {
    let eps = Pt(0.01);
    p.runs.iter().all(|r| {
        let one = Paragraph::new(p.role, vec![r.clone()]).align(Align::Left);
        let lines = paragraph::set(&one, &style.body, Pt::ZERO, Pt(1.0e6), metrics);
        let (_, items) = stacked(lines);
        extent(&items).is_none_or(|(x0, x1)| x1 - x0 <= width + eps)
    })
}

/// Signatories in grid rows, read row by row: two to a row, left then right; one that
/// does not fit a column takes a row of its own at full width (the one before it then
/// stays alone in its row, so the reading order holds).
pub(super) fn grid_rows<'a>(
    lines: &[&'a Paragraph],
    style: &PageStyle,
    column: Pt,
    metrics: &dyn Metrics,
) -> Vec<Vec<&'a Paragraph>> {
    let mut rows: Vec<Vec<&Paragraph>> = Vec::new();
    let mut open = false;
    for &p in lines {
        if !runs_fit(p, style, column, metrics) {
            rows.push(vec![p]);
            open = false;
        } else if open {
            if let Some(row) = rows.last_mut() {
                row.push(p);
            }
            open = false;
        } else {
            rows.push(vec![p]);
            open = true;
        }
    }
    rows
}

/// The signature block as grids (domain spec §1.4): one blank line, each group of
/// signatories two to a row filled row by row, then the seal over the date. Each row
/// has a line of room to sign under its labels.
///
/// Keeps, by a generic rule that knows no legal form: the blank line keeps with the
/// first row (and `units` ties it to the line before the block), so the block never
/// starts a page alone; the page may break after any row of a group that is not kept
/// together, so no row is left empty at a page end; every row of a group kept together
/// holds to what follows, and the seal to the date, so such a group, the seal and the
/// date are on one page.
pub(super) fn signature_units(
    sig: &SignatureBlock,
    style: &PageStyle,
    metrics: &dyn Metrics,
) -> Vec<Unit> {
    let half = style.type_width / 2.0;
    let pitch = style.body.line_pitch;
    let em = style.body.size + style.body.tracking;
    let column = half - em;
    let set = |p: &Paragraph, x: Pt, w: Pt| paragraph::set(p, &style.body, x, w, metrics);
    // A row of the grid laid out once: its items and its number of lines.
    let lay_row = |row: &[&Paragraph]| -> (Vec<Item>, usize) {
        let mut items = Vec::new();
        let mut lines = 0usize;
        let cells: Vec<(Pt, Pt)> = if row.len() == 1 && !runs_fit(row[0], style, column, metrics) {
            vec![(style.left, style.type_width)]
        } else {
            vec![(style.left, column), (style.left + half + em, column)]
        };
        for (&p, (x, w)) in row.iter().zip(cells) {
            let set = set(p, x, w);
            for (i, lb) in set.iter().enumerate() {
                items.extend(
                    lb.items
                        .iter()
                        .map(|it| it.translated(Pt::ZERO, pitch * i as f32)),
                );
            }
            lines = lines.max(set.len());
        }
        (items, lines)
    };
    // Room to sign: at least one line under the label (where a party's name is printed,
    // the signature goes beside it), and half a line between rows. Closed up
    // (`compact`), the signature goes beside the label: no line under it, and half a
    // line under a label of one line.
    let height = |lines: usize, compact: bool| {
        pitch
            * if compact {
                (lines as f32).max(1.5)
            } else {
                lines.max(2) as f32 + 0.5
            }
    };
    // Each group a grid; a group kept together holds all its rows to what follows. A
    // block taller than a page cannot keep every group whole: there the groups before
    // the last (the parties of a long list) may break between rows, but not after their
    // last row, so the staff, the seal and the date never start a page alone. Each row:
    // its items, lines, keep, and keep in a block taller than a page.
    let last = sig.groups.len().saturating_sub(1);
    let mut laid: Vec<(Vec<Item>, usize, Keep, Keep)> = Vec::new();
    for (g, group) in sig.groups.iter().enumerate() {
        let lines: Vec<&Paragraph> = group.lines().collect();
        let grid = grid_rows(&lines, style, column, metrics);
        let n = grid.len();
        for (r, row) in grid.iter().enumerate() {
            let (items, lines) = lay_row(row);
            let keep = |breakable: bool| {
                if group.together && !breakable {
                    Keep::Strong
                } else {
                    Keep::None
                }
            };
            laid.push((items, lines, keep(false), keep(g < last && r + 2 < n)));
        }
    }
    // Half a line between rows, unless the block would not fit on one page with the
    // two lines of text it keeps with (and its blank line, the seal and the date, a
    // line each): then rows close up (a signature beside its label), and if it still
    // does not fit, the parties may break between rows.
    let room = style.type_height - pitch * 5.0;
    let tall = |compact: bool| laid.iter().map(|r| height(r.1, compact)).sum::<Pt>() > room;
    let compact = tall(false);
    let oversized = compact && tall(true);
    let mut rows: Vec<Unit> = laid
        .into_iter()
        .map(|(items, lines, keep, keep_oversized)| {
            let keep = if oversized { keep_oversized } else { keep };
            Unit::new(height(lines, compact), items, keep)
        })
        .collect();

    // Seal and date: the date right-aligned four characters in from the right edge
    // (GB/T 9704 §7.3.5.4), the seal text centred over it. Every line of both is set.
    let date_w = style.type_width - em * 4.0;
    let (date_h, date_items) = stacked(set(
        &sig.date.clone().align(Align::Right),
        style.left,
        date_w,
    ));
    let (date_x0, date_x1) =
        extent(&date_items).unwrap_or((style.left + date_w, style.left + date_w));
    if let Some(seal) = &sig.seal {
        let (seal_h, seal_items) = stacked(set(
            &seal.clone().align(Align::Left),
            style.left,
            style.type_width,
        ));
        let (s0, s1) = extent(&seal_items).unwrap_or((style.left, style.left));
        let centre = (date_x0 + date_x1) / 2.0;
        let right = style.left + style.type_width;
        // Centred over the date, but never past the type area's right or left edge.
        let dx = ((centre - (s1 - s0) / 2.0).min(right - (s1 - s0)) - s0).max(style.left - s0);
        let seal_items = seal_items
            .iter()
            .map(|it| it.translated(dx, Pt::ZERO))
            .collect();
        rows.push(Unit::new(seal_h, seal_items, Keep::Strong));
    }
    rows.push(Unit::new(date_h, date_items, Keep::None));

    let mut out = vec![Unit::glue(pitch, Keep::Strong)];
    out.extend(rows);
    out
}

/// The horizontal extent of some items (text runs only).
pub(super) fn extent(items: &[Item]) -> Option<(Pt, Pt)> {
    items
        .iter()
        .filter_map(|it| match it {
            Item::Text(r) => Some((r.origin.x, r.origin.x + r.width())),
            Item::Line { .. } => None,
        })
        .reduce(|(a0, a1), (b0, b1)| (a0.min(b0), a1.max(b1)))
}
