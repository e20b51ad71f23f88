//! Flow: blocks → units → pages. Each block becomes units (a line, a space, a
//! signature row) with a height and a "keep with next" flag; pagination fills pages
//! first-fit and, when a unit does not fit, breaks at the last place the keep rules
//! allow. Orphans and widows (a single line of a paragraph alone on a page) are ruled
//! out by keeping a paragraph's first two and last two lines together.

use super::frame::{Item, Page, TextRun};
use super::metrics::Metrics;
use super::paragraph::{self, LineBox};
use super::style::{PageNumbers, PageStyle};
use super::units::{Point, Pt};
use crate::document::{Align, Block, Document, Paragraph, SignatureBlock};

/// A vertical slice of content that pagination places whole.
#[derive(Clone, Debug, PartialEq)]
struct Unit {
    height: Pt,
    /// Items with `y` relative to the unit's top.
    items: Vec<Item>,
    /// No page break between this unit and the next.
    keep_next: bool,
    /// Vertical space: dropped at the top of a page.
    glue: bool,
}

/// Lay out a document: pure and deterministic.
pub fn layout(doc: &Document, style: &PageStyle, metrics: &dyn Metrics) -> Vec<Page> {
    let units = units(doc, style, metrics);
    let pages = paginate(&units, style.type_height);
    let total = pages.len() as u32;
    pages
        .into_iter()
        .enumerate()
        .map(|(n, page_units)| {
            let mut items = Vec::new();
            let mut y = style.top;
            for u in page_units {
                items.extend(u.items.iter().map(|it| shift(it, y)));
                y += u.height;
            }
            let number = style.first_page_number + n as u32;
            items.extend(page_number(style, metrics, number, style.first_page_number + total - 1, n as u32 + 1, total));
            Page { width: style.width, height: style.height, items }
        })
        .collect()
}

fn shift(item: &Item, dy: Pt) -> Item {
    match item {
        Item::Text(r) => Item::Text(TextRun { origin: Point::new(r.origin.x, r.origin.y + dy), ..r.clone() }),
        Item::Line { from, to, thickness } => Item::Line {
            from: Point::new(from.x, from.y + dy),
            to: Point::new(to.x, to.y + dy),
            thickness: *thickness,
        },
    }
}

fn line_units(lines: Vec<LineBox>, keep_last_with_next: bool) -> Vec<Unit> {
    let n = lines.len();
    lines
        .into_iter()
        .enumerate()
        .map(|(i, l)| Unit {
            height: l.height,
            items: l.items,
            // No orphan (first line alone) and no widow (last line alone).
            keep_next: if i + 1 == n { keep_last_with_next } else { i == 0 || i + 2 == n },
            glue: false,
        })
        .collect()
}

fn units(doc: &Document, style: &PageStyle, metrics: &dyn Metrics) -> Vec<Unit> {
    let mut out = Vec::new();
    for block in &doc.blocks {
        match block {
            Block::Paragraph(p) => {
                let ts = style.role(p.role);
                let lines = paragraph::set(p, ts, style.left, style.type_width, metrics);
                out.extend(line_units(lines, p.keep_with_next));
                if p.role == crate::document::Role::Title && style.after_title > 0.0 {
                    out.push(Unit { height: style.body.line_pitch * style.after_title, items: vec![], keep_next: true, glue: true });
                }
            }
            Block::Space(lines) => {
                out.push(Unit { height: style.body.line_pitch * *lines, items: vec![], keep_next: false, glue: true })
            }
            Block::Signature(sig) => out.extend(signature_units(sig, style, metrics)),
        }
    }
    out
}

/// The signature block as rows: one blank line above it, then for each row the
/// signatories' lines with a line of room to sign, then the seal over the date.
/// Kept on one page unless it is taller than a page, when it may break between rows.
fn signature_units(sig: &SignatureBlock, style: &PageStyle, metrics: &dyn Metrics) -> Vec<Unit> {
    let half = style.type_width / 2.0;
    let pitch = style.body.line_pitch;
    let em = style.body.size + style.body.tracking;
    let mut rows = Vec::new();
    let set = |p: &Paragraph, x: Pt, w: Pt| paragraph::set(p, &style.body, x, w, metrics);
    for r in 0..sig.left.len().max(sig.right.len()) {
        let mut items = Vec::new();
        let mut lines = 0usize;
        for (col, x) in [(&sig.left, style.left), (&sig.right, style.left + half + em)] {
            if let Some(p) = col.get(r) {
                let set = set(p, x, half - em);
                for (i, lb) in set.iter().enumerate() {
                    items.extend(lb.items.iter().map(|it| shift(it, pitch * i as f32)));
                }
                lines = lines.max(set.len());
            }
        }
        // Room to sign: at least one line under the label (where a party's name is
        // printed, the signature goes beside it), and half a line between rows.
        rows.push(Unit { height: pitch * (lines.max(2) as f32 + 0.5), items, keep_next: true, glue: false });
    }
    // Seal and date: the date right-aligned four characters in from the right edge
    // (GB/T 9704 §7.3.5.4), the seal text centred over it.
    let date_w = style.type_width - em * 4.0;
    let date_lines = set(&sig.date.clone().align(Align::Right), style.left, date_w);
    let date_items = first_items(date_lines);
    let (date_x0, date_x1) = extent(&date_items).unwrap_or((style.left + date_w, style.left + date_w));
    if let Some(seal) = &sig.seal {
        let seal_items = first_items(set(&seal.clone().align(Align::Left), style.left, style.type_width));
        let (s0, s1) = extent(&seal_items).unwrap_or((style.left, style.left));
        let centre = (date_x0 + date_x1) / 2.0;
        let right = style.left + style.type_width;
        let dx = (centre - (s1 - s0) / 2.0).min(right - (s1 - s0)) - s0;
        let seal_items = seal_items.iter().map(|it| shift_x(it, dx)).collect();
        rows.push(Unit { height: pitch, items: seal_items, keep_next: true, glue: false });
    }
    rows.push(Unit { height: pitch, items: date_items, keep_next: false, glue: false });

    let total: Pt = rows.iter().map(|u| u.height).sum();
    if total > style.type_height {
        // Too tall for one page: allow breaks between party rows only.
        let parties = sig.left.len().max(sig.right.len());
        for (i, row) in rows.iter_mut().enumerate() {
            if i + 1 < parties.saturating_sub(1) {
                row.keep_next = false;
            }
        }
    }
    let mut out = vec![Unit { height: pitch, items: vec![], keep_next: true, glue: true }];
    out.extend(rows);
    out
}

fn first_items(lines: Vec<LineBox>) -> Vec<Item> {
    lines.into_iter().next().map(|l| l.items).unwrap_or_default()
}

/// The horizontal extent of some items (text runs only).
fn extent(items: &[Item]) -> Option<(Pt, Pt)> {
    items
        .iter()
        .filter_map(|it| match it {
            Item::Text(r) => Some((r.origin.x, r.origin.x + r.width())),
            Item::Line { .. } => None,
        })
        .reduce(|(a0, a1), (b0, b1)| (a0.min(b0), a1.max(b1)))
}

fn shift_x(item: &Item, dx: Pt) -> Item {
    match item {
        Item::Text(r) => Item::Text(TextRun { origin: Point::new(r.origin.x + dx, r.origin.y), ..r.clone() }),
        Item::Line { from, to, thickness } => Item::Line {
            from: Point::new(from.x + dx, from.y),
            to: Point::new(to.x + dx, to.y),
            thickness: *thickness,
        },
    }
}

/// Split units into pages of at most `height`, breaking only where allowed; a chain
/// of kept units taller than a page is broken where it overflows.
fn paginate(units: &[Unit], height: Pt) -> Vec<Vec<&Unit>> {
    let eps = Pt(0.01);
    let mut pages: Vec<Vec<&Unit>> = Vec::new();
    let mut cur: Vec<usize> = Vec::new();
    let mut y = Pt::ZERO;
    let mut i = 0;
    while i < units.len() {
        let u = &units[i];
        if cur.is_empty() && u.glue {
            i += 1;
            continue;
        }
        if y + u.height <= height + eps || cur.is_empty() {
            cur.push(i);
            y += u.height;
            i += 1;
            continue;
        }
        // Overflow: the last allowed break on this page (after cur[j-1]).
        let j = (1..=cur.len()).rev().find(|&j| !units[cur[j - 1]].keep_next).unwrap_or(cur.len());
        i = if j < cur.len() { cur[j] } else { i };
        pages.push(cur[..j].iter().map(|&k| &units[k]).collect());
        cur.clear();
        y = Pt::ZERO;
    }
    if !cur.is_empty() || pages.is_empty() {
        pages.push(cur.iter().map(|&k| &units[k]).collect());
    }
    // Glue at the bottom of a page is invisible; drop trailing glue for tidiness.
    for p in &mut pages {
        while p.last().is_some_and(|u| u.glue) {
            p.pop();
        }
    }
    pages
}

/// The page number item(s) for page `number` (`index` of `count` in this document).
fn page_number(style: &PageStyle, metrics: &dyn Metrics, number: u32, _last: u32, index: u32, count: u32) -> Vec<Item> {
    let ts = &style.page_number;
    let text = match style.page_numbers {
        PageNumbers::None => return vec![],
        PageNumbers::Official => format!("— {number} —"),
        PageNumbers::TopRight => number.to_string(),
        PageNumbers::OfTotal => format!("第 {index} 页 共 {count} 页"),
    };
    let advances: Vec<Pt> = text.chars().map(|c| ts.size * metrics.advance(metrics.resolve(ts.face, c), c)).collect();
    let width: Pt = advances.iter().copied().sum();
    let em = style.body.size;
    let right = style.left + style.type_width;
    // 7 mm below the type area to the top of the number.
    let below = style.type_bottom() + Pt::mm(7.0) + ts.size * 0.88;
    let (x, y) = match style.page_numbers {
        // Odd pages right, even pages left, one character in.
        PageNumbers::Official if !number.is_multiple_of(2) => (right - em - width, below),
        PageNumbers::Official => (style.left + em, below),
        PageNumbers::TopRight => (right - width, style.top - Pt::mm(10.0)),
        _ => (style.left + (style.type_width - width) / 2.0, below),
    };
    let face = metrics.resolve(ts.face, '1');
    vec![Item::Text(TextRun { origin: Point::new(x, y), face, size: ts.size, text, advances, extra: vec![], field: None })]
}
