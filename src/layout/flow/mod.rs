//! Flow: blocks → units → pages. Each block becomes units (a line, a space, a
//! signature row, a table row) with a height and how strongly it keeps with the next
//! unit; pagination fills pages first-fit and, when a unit does not fit, breaks at the
//! last place the keep rules allow. A table row that starts a page gets the table's
//! top rule and header rows repeated above it. Several documents make a bundle
//! ([`layout_parts`]): each starts on a new page, and page numbers run on across the
//! bundle.
//!
//! # Keep rules
//!
//! Every rule ties a few lines, never a whole paragraph, so a page ends at most about
//! three lines short of full unless the next unit itself cannot be split (a table row,
//! the end of a signature block) or a [`Block::PageBreak`] asks for a new page:
//!
//! - **Orphans and widows**: a paragraph's first two lines stay together, and so do
//!   its last two (a single line of a paragraph is never alone on a page).
//! - **`keep_with_next`**: a paragraph's last line keeps with the next block's first
//!   unit; with the orphan rule, a heading keeps with the first two lines of the
//!   paragraph under it, and a party block's lines stay on one page.
//! - **Signature block** ([`signature_units`]): it keeps with the last unit before it
//!   (with the widow rule, the last two lines of text), and its blank line with its
//!   first row, so it never starts a page alone; the page may break between two rows of
//!   a group of signatories that is not kept together, so no row is left empty at a
//!   page end; a group kept together, the seal and the date hold together.
//! - **Tables**: the top rule and header rows keep with the first body row; body rows
//!   break freely (and a row taller than a page is cut).
//! - **Title**: the space after it keeps with what follows.
//!
//! `Soft` keeps give way when honouring them would leave a page less than half full,
//! `Weak` ones when a chain of them is taller than a page, `Strong` ones only when
//! nothing weaker is left.

mod collect;
mod page_number;
mod paginate;
mod signature;

use super::frame::{Item, Page, TextRun};
use super::metrics::Metrics;
use super::paragraph::{self, LineBox};
use super::style::{PageNumbers, PageStyle};
use super::table;
use super::units::{Point, Pt};
use crate::document::{Align, Block, Document, Paragraph, Role, SignatureBlock, Table};
use collect::{stacked, units};
use page_number::page_number;
use paginate::paginate;
use signature::signature_units;
use std::ops::{Range, RangeInclusive};

/// How strongly a unit holds on to the next one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Keep {
    /// A page may break after this unit.
    None,
    /// Keep with the next unit unless the page would be left less than half full (the
    /// second line of text before a signature block: the block takes two lines with it
    /// where the page allows, one where two would empty half a page).
    Soft,
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
    /// A forced page break (zero height): what follows starts a new page.
    new_page: bool,
}

impl Unit {
    fn new(height: Pt, items: Vec<Item>, keep: Keep) -> Unit {
        Unit {
            height,
            items,
            keep,
            glue: false,
            repeat: None,
            new_page: false,
        }
    }

    fn glue(height: Pt, keep: Keep) -> Unit {
        Unit {
            height,
            items: Vec::new(),
            keep,
            glue: true,
            repeat: None,
            new_page: false,
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
    /// A slip standing for `n` pages of paper to be put in its place (a material of
    /// the 卷宗 not in the file yet): its own pages carry no number, and the sequence
    /// moves on by `n`, so the numbers after it stay right once the paper is in.
    pub reserve: Option<u32>,
}

impl<'a> BundlePart<'a> {
    /// A numbered part.
    pub fn numbered(doc: &'a Document) -> BundlePart<'a> {
        BundlePart {
            doc,
            numbered: true,
            reserve: None,
        }
    }

    /// A part whose pages carry no number and take none from the sequence.
    pub fn unnumbered(doc: &'a Document) -> BundlePart<'a> {
        BundlePart {
            doc,
            numbered: false,
            reserve: None,
        }
    }

    /// A slip holding the place (and the page numbers) of `pages` pages of paper.
    pub fn reserving(doc: &'a Document, pages: u32) -> BundlePart<'a> {
        BundlePart {
            doc,
            numbered: false,
            reserve: Some(pages.max(1)),
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
        number_pages_of(&mut pages[start..], metrics);
        let numbers = match part.reserve {
            Some(n) => {
                next = next.saturating_add(n);
                Some(first_number..=first_number.saturating_add(n - 1))
            }
            None => (part.numbered && count > 0)
                .then(|| first_number..=first_number.saturating_add(count - 1)),
        };
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

/// Fill in the [`Run::page_of`](crate::document::Run::page_of) placeholders of one
/// document's pages: for each key, the pages holding a run with it are counted, and the
/// k-th such page shows 「第k页　共m页」. The placeholder was set with the widest
/// numbers, so the text only gets shorter: it stays where it was, left-aligned.
fn number_pages_of(pages: &mut [Page], metrics: &dyn Metrics) {
    use crate::document::{PAGE_OF_PREFIX, page_of_text};
    let key_of = |r: &TextRun| -> Option<String> {
        r.field
            .as_ref()
            .and_then(|f| f.0.strip_prefix(PAGE_OF_PREFIX))
            .map(str::to_string)
    };
    let mut keys: Vec<String> = Vec::new();
    for page in pages.iter() {
        for item in &page.items {
            if let Item::Text(r) = item
                && let Some(k) = key_of(r)
                && !keys.contains(&k)
            {
                keys.push(k);
            }
        }
    }
    for key in keys {
        let holds = |p: &Page| {
            p.items
                .iter()
                .any(|it| matches!(it, Item::Text(r) if key_of(r).as_deref() == Some(key.as_str())))
        };
        let total = pages.iter().filter(|p| holds(p)).count();
        let mut n = 0;
        for page in pages.iter_mut() {
            if !holds(page) {
                continue;
            }
            n += 1;
            for item in &mut page.items {
                let Item::Text(r) = item else { continue };
                if key_of(r).as_deref() != Some(key.as_str()) {
                    continue;
                }
                let text = page_of_text(n, total);
                let tracking = r.extra.first().copied();
                r.advances = text
                    .chars()
                    .map(|c| r.size * metrics.advance(r.face, c))
                    .collect();
                r.extra = match tracking {
                    Some(t) => vec![t; r.advances.len()],
                    None => Vec::new(),
                };
                r.text = text;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{
        ColumnWidth, Meta, Run, SignatureGroup, Signer, Table, TableCell, TableRow,
    };
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

    fn signatory(text: &str) -> Paragraph {
        Paragraph::new(Role::Signature, vec![Run::fixed(text)]).align(Align::Left)
    }

    /// A signature block of these parties' lines, `mediators` mediators and a recorder.
    fn signatures(parties: Vec<Paragraph>, mediators: usize) -> Block {
        let mut staff: Vec<Paragraph> = (0..mediators)
            .map(|i| signatory(&format!("调解员{i}")))
            .collect();
        staff.push(signatory("记录人"));
        Block::Signature(SignatureBlock {
            groups: vec![
                SignatureGroup::of(Signer::Party, parties, false),
                SignatureGroup::of(Signer::Mediator, staff, true),
            ],
            seal: Some(signatory("（人民调解委员会印）")),
            date: signatory("2026年3月5日"),
        })
    }

    /// The height of the units from the first up to the first that allows a break
    /// after it: what must move together.
    fn chain(units: &[Unit]) -> Pt {
        let mut h = Pt::ZERO;
        for u in units {
            h += u.height;
            if u.keep == Keep::None {
                break;
            }
        }
        h
    }

    fn numbered_parties(n: usize) -> Vec<Paragraph> {
        (1..=n).map(|i| signatory(&format!("当事人{i}"))).collect()
    }

    /// Page, x and baseline of the first run reading `text`.
    fn at(pages: &[Page], text: &str) -> (usize, Pt, Pt) {
        pages
            .iter()
            .enumerate()
            .find_map(|(n, p)| {
                runs(p)
                    .into_iter()
                    .find(|r| r.text == text)
                    .map(|r| (n, r.origin.x, r.origin.y))
            })
            .unwrap_or_else(|| panic!("{text} not placed"))
    }

    #[test]
    fn the_signature_grid_is_filled_row_by_row() {
        let s = style(PageNumbers::None);
        let pages = layout(
            &doc(vec![signatures(numbered_parties(6), 1)]),
            &s,
            &FixedMetrics,
        );
        for pair in [[1, 2], [3, 4], [5, 6]] {
            let (p0, x0, y0) = at(&pages, &format!("当事人{}", pair[0]));
            let (p1, x1, y1) = at(&pages, &format!("当事人{}", pair[1]));
            assert_eq!((p0, y0), (p1, y1), "{pair:?} share a row");
            assert_eq!(x0, s.left, "odd parties in the left column");
            assert!(
                x1 > s.left + s.type_width / 2.0,
                "even parties on the right"
            );
        }
        let y = |n: usize| at(&pages, &format!("当事人{n}")).2;
        assert!(y(1) < y(3) && y(3) < y(5), "rows read top to bottom");
        // The mediator and the recorder share the next row.
        assert_eq!(at(&pages, "调解员0").2, at(&pages, "记录人").2);
        assert!(at(&pages, "记录人").2 > y(5));
    }

    #[test]
    fn a_label_too_wide_for_its_column_gets_a_full_width_row_and_keeps_its_name_whole() {
        let s = style(PageNumbers::None);
        let name = format!("（{}）", "某".repeat(16));
        let long = Paragraph::new(
            Role::Signature,
            vec![Run::fixed("当事人"), Run::fixed(name.clone()).kept()],
        )
        .align(Align::Left);
        let parties = vec![signatory("当事人甲"), long, signatory("当事人乙")];
        let pages = layout(&doc(vec![signatures(parties, 1)]), &s, &FixedMetrics);
        // Whole, on one line after 「当事人」: the full measure, not a column.
        let (_, x, y) = at(&pages, &name);
        assert!(x > s.left && x < s.left + s.body.size * 4.0, "{x:?}");
        let (_, _, y_a) = at(&pages, "当事人甲");
        let (_, _, y_b) = at(&pages, "当事人乙");
        assert!(y_a < y && y < y_b, "its own row, in reading order");
    }

    #[test]
    fn staff_seal_and_date_stay_on_one_page() {
        let s = style(PageNumbers::None);
        for filler in 0..22 {
            let mut blocks: Vec<Block> = (0..filler).map(|_| para("甲")).collect();
            blocks.push(signatures(numbered_parties(41), 3));
            let pages = layout(&doc(blocks), &s, &FixedMetrics);
            assert!(pages.len() >= 2);
            let (staff, _, _) = at(&pages, "调解员0");
            for t in [
                "调解员1",
                "调解员2",
                "记录人",
                "（人民调解委员会印）",
                "2026年3月5日",
            ] {
                assert_eq!(at(&pages, t).0, staff, "{filler} lines before: {t}");
            }
            // The grid breaks between rows of parties.
            assert!(at(&pages, "当事人1").0 < at(&pages, "当事人41").0);
        }
    }

    #[test]
    fn the_grid_breaks_between_rows_and_leaves_no_empty_row_at_a_page_end() {
        let s = style(PageNumbers::None);
        for filler in 0..22 {
            let mut blocks: Vec<Block> = (0..filler).map(|_| para("甲")).collect();
            blocks.push(signatures(numbered_parties(60), 2));
            let d = doc(blocks);
            let units = units(&d, &s, &FixedMetrics);
            let pages = paginate(&units, s.type_height);
            let mut first = 0;
            for page in &pages[..pages.len() - 1] {
                first += page.len();
                let free = s.type_height - page.iter().map(|u| u.height).sum::<Pt>();
                // More than three lines short only before a chain that cannot be split
                // and did not fit: the staff rows with the seal and the date, or the
                // line before the block with its blank line and first row.
                if free > s.body.line_pitch * 3.0 + Pt(0.01) {
                    assert!(
                        chain(&units[first..]) > free,
                        "{filler} lines before: a page ends {free:?} short"
                    );
                }
            }
        }
    }

    #[test]
    fn a_signature_block_never_starts_a_page_alone() {
        let s = style(PageNumbers::None);
        for filler in 0..30 {
            let mut blocks: Vec<Block> = (0..filler).map(|_| para("甲")).collect();
            blocks.push(para("本协议一式三份。"));
            blocks.push(signatures(numbered_parties(2), 1));
            let pages = layout(&doc(blocks), &s, &FixedMetrics);
            assert_eq!(
                at(&pages, "当事人1").0,
                at(&pages, "本协议一式三份。").0,
                "{filler} lines before"
            );
        }
    }

    #[test]
    fn the_signature_block_keeps_with_only_the_last_two_lines_before_it() {
        let s = style(PageNumbers::None);
        // Filler lines and a paragraph of `l` lines fill 20 lines; the block's blank
        // line and first row (3.5 lines) do not fit, so they move with the
        // paragraph's last two lines only.
        let long = para(&"乙".repeat(28 * 5 + 3));
        let l = units(&doc(vec![long.clone()]), &s, &FixedMetrics).len();
        assert!(l >= 5);
        let filler = 20 - l;
        let mut blocks: Vec<Block> = (0..filler).map(|_| para("甲")).collect();
        blocks.push(long);
        blocks.push(signatures(numbered_parties(2), 1));
        let d = doc(blocks);
        let units = units(&d, &s, &FixedMetrics);
        let pages = paginate(&units, s.type_height);
        assert_eq!(pages.len(), 2);
        assert_eq!(pages[0].len(), filler + l - 2, "all but two lines stay");
        let pages = layout(&d, &s, &FixedMetrics);
        assert_eq!(at(&pages, "当事人1").0, 1);
    }

    #[test]
    fn a_heading_keeps_with_the_first_two_lines_of_its_paragraph() {
        let s = style(PageNumbers::None);
        let mut blocks: Vec<Block> = (0..20).map(|_| para("甲")).collect();
        blocks.push(Block::Paragraph(
            Paragraph::new(Role::Heading, vec![Run::fixed("履行方式、时限：")]).keep_with_next(),
        ));
        blocks.push(para(&"乙".repeat(28 * 4)));
        let d = doc(blocks);
        let units = units(&d, &s, &FixedMetrics);
        let pages = paginate(&units, s.type_height);
        // 20 lines and the heading leave room for one line: the heading moves with
        // the first two.
        assert_eq!(pages.len(), 2);
        assert_eq!(pages[0].len(), 20);
    }

    #[test]
    fn a_page_break_starts_a_new_page_and_never_an_empty_one() {
        let s = style(PageNumbers::None);
        let d = doc(vec![
            Block::PageBreak,
            para("甲"),
            Block::PageBreak,
            Block::PageBreak,
            para("乙"),
            Block::PageBreak,
        ]);
        let pages = layout(&d, &s, &FixedMetrics);
        assert_eq!(pages.len(), 2);
        assert_eq!(runs(&pages[0])[0].text, "甲");
        assert_eq!(runs(&pages[1])[0].text, "乙");
        assert_eq!(runs(&pages[1])[0].origin.y, runs(&pages[0])[0].origin.y);
    }

    proptest::proptest! {
        /// A page ends more than three lines short only when the units that start the
        /// next page are a chain kept together that was taller than the space left.
        #[test]
        fn pages_end_at_most_three_lines_short_unless_the_next_chain_cannot_be_split(
            spec in proptest::collection::vec((1u8..8, 0u8..4), 1..120)
        ) {
            let pitch = Pt(29.0);
            let height = pitch * 22.0;
            let units: Vec<Unit> = spec
                .iter()
                .map(|&(halves, keep)| {
                    let keep = [Keep::None, Keep::Soft, Keep::Weak, Keep::Strong][keep as usize];
                    Unit::new(pitch * (halves as f32 / 2.0), vec![], keep)
                })
                .collect();
            let pages = paginate(&units, height);
            let mut first = 0;
            for page in &pages[..pages.len() - 1] {
                first += page.len();
                let free = height - page.iter().map(|u| u.height).sum::<Pt>();
                if free <= pitch * 3.0 {
                    continue;
                }
                let next = chain(&units[first..]);
                proptest::prop_assert!(next > free, "{:?} free, next chain {:?}", free, next);
            }
        }
    }

    #[test]
    fn a_table_header_counts_the_pages_it_is_repeated_on() {
        let s = style(PageNumbers::Official);
        let cell =
            |text: &str| TableCell::paragraph(Paragraph::new(Role::Label, vec![Run::fixed(text)]));
        let mut t = Table::new(vec![ColumnWidth::Fr(1.0), ColumnWidth::Fr(1.0)]).header_row(
            TableRow::new(vec![
                cell("附表"),
                TableCell::paragraph(Paragraph::new(Role::Label, vec![Run::page_of("t")])),
            ]),
        );
        for _ in 0..70 {
            t = t.row(TableRow::new(vec![cell("甲"), cell("乙")]));
        }
        let pages = layout(&doc(vec![para("前"), Block::Table(t)]), &s, &FixedMetrics);
        let shown: Vec<String> = pages
            .iter()
            .flat_map(|p| runs(p).into_iter().filter(|r| r.text.starts_with('第')))
            .map(|r| r.text.clone())
            .collect();
        let m = pages.len();
        assert!(m >= 2, "{m} pages");
        let want: Vec<String> = (1..=m).map(|n| format!("第{n}页　共{m}页")).collect();
        assert_eq!(shown, want);
        for p in &pages {
            for r in runs(p) {
                assert_eq!(r.advances.len(), r.text.chars().count());
            }
        }
    }

    #[test]
    fn a_long_seal_and_date_are_set_whole() {
        let s = style(PageNumbers::None);
        let long = "（".to_string() + &"某".repeat(60) + "）";
        let sig = SignatureBlock {
            groups: vec![],
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
