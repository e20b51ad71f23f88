//! Flow: blocks → units → pages. Each block becomes units (a line, a space, a
//! signature row, a table row) with a height and how strongly it keeps with the next
//! unit; pagination fills pages first-fit and, when a unit does not fit, breaks at the
//! last place the keep rules allow. Orphans and widows (a single line of a paragraph
//! alone on a page) are ruled out by keeping a paragraph's first two and last two lines
//! together. A table row that starts a page gets the table's top rule and header rows
//! repeated above it. Several documents make a bundle ([`layout_parts`]): each starts
//! on a new page, and page numbers run on across the bundle.

use super::frame::{Item, Page, TextRun};
use super::metrics::Metrics;
use super::paragraph::{self, LineBox};
use super::style::{PageNumbers, PageStyle};
use super::table;
use super::units::{Point, Pt};
use crate::document::{Align, Block, Document, Paragraph, Role, SignatureBlock, Table};
use std::ops::{Range, RangeInclusive};

/// How strongly a unit holds on to the next one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Keep {
    /// A page may break after this unit.
    None,
    /// Keep with the next unit if possible (paragraph `keep_with_next`, orphans and
    /// widows); broken when a chain of such keeps is taller than the page.
    Weak,
    /// Keep with the next unit (inside a signature block, a table's top rule and header
    /// rows with the first body row); broken only when nothing weaker is left.
    Strong,
}

/// A vertical slice of content that pagination places whole.
#[derive(Clone, Debug, PartialEq)]
struct Unit {
    height: Pt,
    /// Items with `y` relative to the unit's top.
    items: Vec<Item>,
    /// Whether a page may break between this unit and the next.
    keep: Keep,
    /// Vertical space: dropped at the top of a page.
    glue: bool,
    /// For a table body row: the units (indices, all before this one) repeated above it
    /// when it starts a page: the table's top rule and, if they repeat, its header rows.
    repeat: Option<Range<usize>>,
}

impl Unit {
    fn new(height: Pt, items: Vec<Item>, keep: Keep) -> Unit {
        Unit {
            height,
            items,
            keep,
            glue: false,
            repeat: None,
        }
    }

    fn glue(height: Pt, keep: Keep) -> Unit {
        Unit {
            height,
            items: Vec::new(),
            keep,
            glue: true,
            repeat: None,
        }
    }
}

/// One document of a bundle and whether its pages are numbered.
#[derive(Clone, Copy, Debug)]
pub struct BundlePart<'a> {
    /// The document.
    pub doc: &'a Document,
    /// `false` for pages that carry no number and take none from the sequence: the
    /// case-file cover and the 卷内目录 (domain spec §4.5).
    pub numbered: bool,
}

impl<'a> BundlePart<'a> {
    /// A numbered part.
    pub fn numbered(doc: &'a Document) -> BundlePart<'a> {
        BundlePart {
            doc,
            numbered: true,
        }
    }

    /// A part whose pages carry no number and take none from the sequence.
    pub fn unnumbered(doc: &'a Document) -> BundlePart<'a> {
        BundlePart {
            doc,
            numbered: false,
        }
    }
}

/// Where one part of a bundle landed: what the 卷内目录's 页号 column shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartPages {
    /// Indices into [`Bundle::pages`].
    pub pages: Range<usize>,
    /// The printed numbers of its first and last page; `None` when the part is
    /// unnumbered.
    pub numbers: Option<RangeInclusive<u32>>,
}

/// A laid-out bundle: all pages, and where each part went.
#[derive(Clone, Debug, PartialEq)]
pub struct Bundle {
    /// Every page of every part, in order.
    pub pages: Vec<Page>,
    /// One entry per part, in order.
    pub parts: Vec<PartPages>,
}

/// Lay out a document: pure and deterministic. The single-document case of
/// [`layout_bundle`]: numbered from `style.first_page_number`.
pub fn layout(doc: &Document, style: &PageStyle, metrics: &dyn Metrics) -> Vec<Page> {
    layout_bundle(std::slice::from_ref(doc), style, metrics)
}

/// Lay out several documents as one bundle (a case file): each starts on a new page,
/// and page numbers run on across the bundle from `style.first_page_number`, placed as
/// `style.page_numbers` says. Every part is numbered; see [`layout_parts`] to leave
/// some out.
pub fn layout_bundle(docs: &[Document], style: &PageStyle, metrics: &dyn Metrics) -> Vec<Page> {
    let parts: Vec<BundlePart> = docs.iter().map(BundlePart::numbered).collect();
    layout_parts(&parts, style, metrics).pages
}

/// Lay out a bundle whose parts may be unnumbered: an unnumbered part's pages print no
/// number and take none from the sequence, so the first numbered page after a cover
/// and a 卷内目录 is still `style.first_page_number`. `PageNumbers::OfTotal` counts the
/// pages of each part on its own (「第 X 页 共 Y 页」 of that document).
pub fn layout_parts(parts: &[BundlePart], style: &PageStyle, metrics: &dyn Metrics) -> Bundle {
    let mut pages = Vec::new();
    let mut spans = Vec::with_capacity(parts.len());
    let mut next = style.first_page_number;
    for part in parts {
        let units = units(part.doc, style, metrics);
        let doc_pages = paginate(&units, style.type_height);
        let count = doc_pages.len() as u32;
        let start = pages.len();
        let first_number = next;
        for (n, page_units) in doc_pages.into_iter().enumerate() {
            let mut items = Vec::new();
            let mut y = style.top;
            for u in page_units {
                items.extend(u.items.iter().map(|it| it.translated(Pt::ZERO, y)));
                y += u.height;
            }
            if part.numbered {
                items.extend(page_number(style, metrics, next, n as u32 + 1, count));
                next = next.saturating_add(1);
            }
            pages.push(Page {
                width: style.width,
                height: style.height,
                items,
            });
        }
        let numbers = (part.numbered && count > 0)
            .then(|| first_number..=first_number.saturating_add(count - 1));
        spans.push(PartPages {
            pages: start..pages.len(),
            numbers,
        });
    }
    Bundle {
        pages,
        parts: spans,
    }
}

fn line_units(lines: Vec<LineBox>, keep_last_with_next: bool) -> Vec<Unit> {
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

fn units(doc: &Document, style: &PageStyle, metrics: &dyn Metrics) -> Vec<Unit> {
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
            Block::Signature(sig) => out.extend(signature_units(sig, style, metrics)),
            Block::Table(t) => table_units(t, style, metrics, &mut out),
        }
    }
    out
}

/// A table's units, appended to `out`: its top rule (zero height), its header rows,
/// then its body rows. The top rule and the header rows keep strongly with the first
/// body row; every body row remembers which units to repeat above it when it starts a
/// page (the top rule, and the header rows when they repeat).
fn table_units(t: &Table, style: &PageStyle, metrics: &dyn Metrics, out: &mut Vec<Unit>) {
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
fn stacked(lines: Vec<LineBox>) -> (Pt, Vec<Item>) {
    let mut y = Pt::ZERO;
    let mut items = Vec::new();
    for l in lines {
        items.extend(l.items.iter().map(|it| it.translated(Pt::ZERO, y)));
        y += l.height;
    }
    (y, items)
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
        for (col, x) in [
            (&sig.left, style.left),
            (&sig.right, style.left + half + em),
        ] {
            if let Some(p) = col.get(r) {
                let set = set(p, x, half - em);
                for (i, lb) in set.iter().enumerate() {
                    items.extend(
                        lb.items
                            .iter()
                            .map(|it| it.translated(Pt::ZERO, pitch * i as f32)),
                    );
                }
                lines = lines.max(set.len());
            }
        }
        // Room to sign: at least one line under the label (where a party's name is
        // printed, the signature goes beside it), and half a line between rows.
        rows.push(Unit::new(
            pitch * (lines.max(2) as f32 + 0.5),
            items,
            Keep::Strong,
        ));
    }
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

    let total: Pt = rows.iter().map(|u| u.height).sum();
    if total > style.type_height {
        // Too tall for one page: allow breaks between party rows only.
        let parties = sig.left.len().max(sig.right.len());
        for (i, row) in rows.iter_mut().enumerate() {
            if i + 1 < parties.saturating_sub(1) {
                row.keep = Keep::None;
            }
        }
    }
    let mut out = vec![Unit::glue(pitch, Keep::Strong)];
    out.extend(rows);
    out
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

/// Split units into pages of at most `height`, breaking only where allowed. When a
/// unit does not fit, the page breaks after the last unit on it that allows a break;
/// failing that, after the last unit that keeps only weakly; failing that, where it
/// overflows. A table body row that starts a page gets its table's top rule and header
/// rows repeated above it. Every page holds at least one unit of its own, so this
/// always ends; a unit taller than a page gets a page to itself and overflows it.
fn paginate(units: &[Unit], height: Pt) -> Vec<Vec<&Unit>> {
    let eps = Pt(0.01);
    let mut pages: Vec<Vec<&Unit>> = Vec::new();
    // Indices of the units on the page being filled; the first `repeated` are
    // repeated table headers.
    let mut cur: Vec<usize> = Vec::new();
    let mut repeated = 0;
    let mut y = Pt::ZERO;
    let mut i = 0;
    while i < units.len() {
        let u = &units[i];
        if cur.is_empty() {
            if u.glue {
                i += 1;
                continue;
            }
            if let Some(r) = &u.repeat {
                for k in r.clone().filter(|&k| k < i) {
                    cur.push(k);
                    y += units[k].height;
                }
                repeated = cur.len();
            }
        }
        if y + u.height <= height + eps || cur.len() == repeated {
            cur.push(i);
            y += u.height;
            i += 1;
            continue;
        }
        // Overflow: break after cur[j - 1], keeping at least one unit of the page's own.
        let own = repeated + 1..=cur.len();
        let last_with = |strongest: Keep| {
            own.clone()
                .rev()
                .find(|&j| units[cur[j - 1]].keep <= strongest)
        };
        let j = last_with(Keep::None)
            .or_else(|| last_with(Keep::Weak))
            .unwrap_or(cur.len());
        if j < cur.len() {
            i = cur[j];
        }
        pages.push(cur[..j].iter().map(|&k| &units[k]).collect());
        cur.clear();
        repeated = 0;
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

/// Height of a CJK em dash's stroke above the baseline, in em (see [`page_number`]).
const DASH_ABOVE_BASELINE: f32 = 0.34;

/// The page number item(s) for page `number` (`index` of `count` in this document).
fn page_number(
    style: &PageStyle,
    metrics: &dyn Metrics,
    number: u32,
    index: u32,
    count: u32,
) -> Vec<Item> {
    let ts = &style.page_number;
    let text = match style.page_numbers {
        PageNumbers::None => return vec![],
        PageNumbers::Official => format!("— {number} —"),
        PageNumbers::TopRight => number.to_string(),
        PageNumbers::OfTotal => format!("第 {index} 页 共 {count} 页"),
    };
    let advances: Vec<Pt> = text
        .chars()
        .map(|c| ts.size * metrics.advance(metrics.resolve(ts.face, c), c))
        .collect();
    let width: Pt = advances.iter().copied().sum();
    let em = style.body.size;
    let right = style.left + style.type_width;
    // GB/T 9704 §7.5: the 一字线 (the em dashes) 7 mm below the type area. A CJK em
    // dash sits on the ideographic centre line, about 0.34 em above the baseline
    // (Noto Serif/Sans CJK: centre 380, descent 120 units of 1000), so the baseline
    // goes that much lower.
    let below = style.type_bottom() + Pt::mm(7.0) + ts.size * DASH_ABOVE_BASELINE;
    let (x, y) = match style.page_numbers {
        // Odd pages right, even pages left, one character in.
        PageNumbers::Official if !number.is_multiple_of(2) => (right - em - width, below),
        PageNumbers::Official => (style.left + em, below),
        PageNumbers::TopRight => (right - width, style.top - Pt::mm(10.0)),
        _ => (style.left + (style.type_width - width) / 2.0, below),
    };
    let face = metrics.resolve(ts.face, '1');
    vec![Item::Text(TextRun {
        origin: Point::new(x, y),
        face,
        size: ts.size,
        text,
        advances,
        extra: vec![],
        field: None,
    })]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{ColumnWidth, Meta, Run, TableCell, TableRow};
    use crate::layout::metrics::FixedMetrics;

    fn doc(blocks: Vec<Block>) -> Document {
        Document {
            meta: Meta::default(),
            blocks,
        }
    }

    fn para(text: &str) -> Block {
        Block::Paragraph(Paragraph::new(Role::Body, vec![Run::fixed(text)]))
    }

    fn cell(text: &str) -> TableCell {
        TableCell::paragraph(Paragraph::new(Role::Label, vec![Run::fixed(text)]))
    }

    fn style(numbers: PageNumbers) -> PageStyle {
        PageStyle {
            page_numbers: numbers,
            ..PageStyle::gbt9704()
        }
    }

    fn runs(page: &Page) -> Vec<&TextRun> {
        page.items
            .iter()
            .filter_map(|it| match it {
                Item::Text(r) => Some(r),
                Item::Line { .. } => None,
            })
            .collect()
    }

    /// The page-number text of each page (the run in the page-number size), if any.
    fn numbers(pages: &[Page], style: &PageStyle) -> Vec<Option<String>> {
        pages
            .iter()
            .map(|p| {
                runs(p)
                    .into_iter()
                    .find(|r| r.size == style.page_number.size)
                    .map(|r| r.text.clone())
            })
            .collect()
    }

    /// A table of `rows` body rows under one header row, 「序号 | 文书名称」.
    fn toc(rows: usize) -> Table {
        let mut t = Table::new(vec![ColumnWidth::Chars(3.0), ColumnWidth::Fr(1.0)])
            .header_row(TableRow::new(vec![cell("序号"), cell("文书名称")]));
        for i in 0..rows {
            t = t.row(TableRow::new(vec![
                cell(&format!("{}", i + 1)),
                cell("人民调解受理登记表"),
            ]));
        }
        t
    }

    #[test]
    fn table_rows_that_do_not_fit_move_whole_to_the_next_page() {
        let s = style(PageNumbers::None);
        let pages = layout(&doc(vec![Block::Table(toc(60))]), &s, &FixedMetrics);
        assert!(pages.len() >= 2);
        for page in &pages {
            for r in runs(page) {
                assert!(r.origin.y < s.type_bottom(), "{r:?}");
            }
            // Each row number sits on one page only, with its document name beside it.
            let n = runs(page)
                .iter()
                .filter(|r| r.text == "人民调解受理登记表")
                .count();
            let nums = runs(page)
                .iter()
                .filter(|r| r.text.parse::<u32>().is_ok())
                .count();
            assert_eq!(n, nums);
        }
        let total: usize = pages
            .iter()
            .map(|p| {
                runs(p)
                    .iter()
                    .filter(|r| r.text.parse::<u32>().is_ok())
                    .count()
            })
            .sum();
        assert_eq!(total, 60);
    }

    #[test]
    fn header_rows_repeat_at_the_top_of_every_continuation_page() {
        let s = style(PageNumbers::None);
        let blocks = vec![para("卷内目录"), Block::Table(toc(80))];
        let pages = layout(&doc(blocks), &s, &FixedMetrics);
        assert!(pages.len() >= 3);
        for page in &pages[1..] {
            let r = runs(page);
            assert_eq!(
                (r[0].text.as_str(), r[1].text.as_str()),
                ("序号", "文书名称")
            );
            // The top rule sits on the type area's top edge.
            let first_line = page.items.iter().find_map(|it| match it {
                Item::Line { from, to, .. } if from.y == to.y => Some(from.y),
                _ => None,
            });
            assert_eq!(first_line, Some(s.top));
        }
        let headers = pages
            .iter()
            .flat_map(runs)
            .filter(|r| r.text == "序号")
            .count();
        assert_eq!(headers, pages.len());
    }

    #[test]
    fn a_table_without_header_rows_is_ruled_on_top_on_every_page() {
        let s = style(PageNumbers::None);
        let mut t = toc(80);
        t.header.clear();
        let pages = layout(&doc(vec![Block::Table(t)]), &s, &FixedMetrics);
        assert!(pages.len() >= 2);
        for page in &pages {
            let top = page.items.iter().any(
                |it| matches!(it, Item::Line { from, to, .. } if from.y == s.top && to.y == s.top),
            );
            assert!(top);
        }
    }

    #[test]
    fn a_header_stays_with_the_first_body_row() {
        let s = style(PageNumbers::None);
        // 21 body lines fill most of the page; the table's header and first row do not fit.
        let mut blocks: Vec<Block> = (0..21).map(|_| para("甲")).collect();
        blocks.push(Block::Table(toc(3)));
        let pages = layout(&doc(blocks), &s, &FixedMetrics);
        assert_eq!(pages.len(), 2);
        assert!(runs(&pages[0]).iter().all(|r| r.text != "序号"));
        assert_eq!(runs(&pages[1])[0].text, "序号");
    }

    #[test]
    fn a_signature_block_moves_whole_even_after_a_long_chain_of_kept_paragraphs() {
        let s = style(PageNumbers::None);
        let kept = |t: &str| {
            Block::Paragraph(Paragraph::new(Role::Body, vec![Run::fixed(t)]).keep_with_next())
        };
        // 14 kept lines, then the block's blank line and 7.5 lines of rows: 22.5 lines
        // in a 22-line page, so the chain overflows inside the signature block.
        let mut blocks: Vec<Block> = (0..14).map(|_| kept("条款")).collect();
        let sig = SignatureBlock {
            left: (0..3)
                .map(|i| Paragraph::new(Role::Signature, vec![Run::fixed(format!("当事人{i}："))]))
                .collect(),
            right: vec![Paragraph::new(
                Role::Signature,
                vec![Run::fixed("人民调解员：")],
            )],
            seal: Some(Paragraph::new(
                Role::Signature,
                vec![Run::fixed("（人民调解委员会印）")],
            )),
            date: Paragraph::new(Role::Signature, vec![Run::fixed("2026年3月5日")]),
        };
        blocks.push(Block::Signature(sig));
        let pages = layout(&doc(blocks), &s, &FixedMetrics);
        let page_of = |text: &str| {
            pages
                .iter()
                .position(|p| runs(p).iter().any(|r| r.text == text))
                .expect(text)
        };
        assert_eq!(page_of("当事人0："), page_of("2026年3月5日"));
    }

    #[test]
    fn a_long_seal_and_date_are_set_whole() {
        let s = style(PageNumbers::None);
        let long = "（".to_string() + &"某".repeat(60) + "）";
        let sig = SignatureBlock {
            left: vec![],
            right: vec![],
            seal: Some(Paragraph::new(
                Role::Signature,
                vec![Run::fixed(long.clone())],
            )),
            date: Paragraph::new(Role::Signature, vec![Run::fixed("二〇二六年".repeat(10))]),
        };
        let pages = layout(&doc(vec![Block::Signature(sig)]), &s, &FixedMetrics);
        let text: String = runs(&pages[0]).iter().map(|r| r.text.as_str()).collect();
        assert_eq!(text, long + &"二〇二六年".repeat(10));
        for r in runs(&pages[0]) {
            assert!(
                r.origin.x >= s.left && r.origin.x + r.width() <= s.left + s.type_width + Pt(0.01)
            );
        }
    }

    #[test]
    fn each_document_of_a_bundle_starts_on_a_new_page() {
        let s = style(PageNumbers::Official);
        let docs = vec![doc(vec![para("甲")]), doc(vec![para("乙")]), doc(vec![])];
        let pages = layout_bundle(&docs, &s, &FixedMetrics);
        assert_eq!(pages.len(), 3);
        assert_eq!(runs(&pages[0])[0].text, "甲");
        assert_eq!(runs(&pages[1])[0].text, "乙");
    }

    #[test]
    fn bundle_page_numbers_run_on_across_documents_from_the_first_page_number() {
        let s = PageStyle {
            first_page_number: 5,
            ..style(PageNumbers::TopRight)
        };
        let long: Vec<Block> = (0..30).map(|_| para("甲")).collect();
        let docs = vec![doc(long), doc(vec![para("乙")])];
        let pages = layout_bundle(&docs, &s, &FixedMetrics);
        let want: Vec<Option<String>> = ["5", "6", "7"]
            .iter()
            .map(|n| Some(n.to_string()))
            .collect();
        assert_eq!(numbers(&pages, &s), want);
    }

    #[test]
    fn unnumbered_parts_print_no_number_and_take_none_from_the_sequence() {
        let s = style(PageNumbers::TopRight);
        let cover = doc(vec![para("调解卷宗")]);
        let toc_doc = doc(vec![Block::Table(toc(3))]);
        let body = doc((0..30).map(|_| para("甲")).collect());
        let parts = [
            BundlePart::unnumbered(&cover),
            BundlePart::unnumbered(&toc_doc),
            BundlePart::numbered(&body),
        ];
        let bundle = layout_parts(&parts, &s, &FixedMetrics);
        let want = vec![None, None, Some("1".to_string()), Some("2".to_string())];
        assert_eq!(numbers(&bundle.pages, &s), want);
        assert_eq!(
            bundle.parts,
            vec![
                PartPages {
                    pages: 0..1,
                    numbers: None
                },
                PartPages {
                    pages: 1..2,
                    numbers: None
                },
                PartPages {
                    pages: 2..4,
                    numbers: Some(1..=2)
                },
            ]
        );
    }

    #[test]
    fn official_numbers_alternate_sides_by_the_bundle_number_not_the_document_page() {
        let s = style(PageNumbers::Official);
        let docs = vec![doc(vec![para("甲")]), doc(vec![para("乙")])];
        let pages = layout_bundle(&docs, &s, &FixedMetrics);
        let x = |p: &Page| {
            runs(p)
                .into_iter()
                .find(|r| r.size == s.page_number.size)
                .map(|r| r.origin.x)
                .expect("number")
        };
        assert_eq!(
            numbers(&pages, &s),
            vec![Some("— 1 —".to_string()), Some("— 2 —".to_string())]
        );
        assert!(
            x(&pages[0]) > x(&pages[1]),
            "odd page right, even page left"
        );
    }

    #[test]
    fn of_total_counts_the_pages_of_each_document_on_its_own() {
        let s = style(PageNumbers::OfTotal);
        let docs = vec![
            doc((0..30).map(|_| para("甲")).collect()),
            doc(vec![para("乙")]),
        ];
        let pages = layout_bundle(&docs, &s, &FixedMetrics);
        let got = numbers(&pages, &s);
        assert_eq!(
            got,
            vec![
                Some("第 1 页 共 2 页".into()),
                Some("第 2 页 共 2 页".into()),
                Some("第 1 页 共 1 页".into())
            ]
        );
    }

    #[test]
    fn layout_is_the_single_document_bundle() {
        let s = style(PageNumbers::Official);
        let d = doc(vec![
            para("甲乙"),
            Block::Table(toc(40)),
            Block::Space(2.0),
            para("丙"),
        ]);
        assert_eq!(
            layout(&d, &s, &FixedMetrics),
            layout_bundle(std::slice::from_ref(&d), &s, &FixedMetrics)
        );
    }

    #[test]
    fn an_empty_bundle_has_no_pages_and_an_empty_document_one() {
        let s = style(PageNumbers::Official);
        assert!(layout_bundle(&[], &s, &FixedMetrics).is_empty());
        assert_eq!(layout(&doc(vec![]), &s, &FixedMetrics).len(), 1);
    }

    #[test]
    fn negative_or_non_finite_space_counts_as_none() {
        let s = style(PageNumbers::None);
        let plain = layout(&doc(vec![para("甲"), para("乙")]), &s, &FixedMetrics);
        for bad in [-3.0, f32::NAN, f32::NEG_INFINITY] {
            let spaced = layout(
                &doc(vec![para("甲"), Block::Space(bad), para("乙")]),
                &s,
                &FixedMetrics,
            );
            assert_eq!(spaced, plain);
        }
    }
}
