//! Property tests of the whole layout (flow, tables, signature blocks, bundles) over
//! random documents, measured with `FixedMetrics` (wide characters 1 em, others ½ em).
//!
//! Every generated run gets a unique field path `b.row.cell.para.run` (block; row of a
//! table or signature block, else 0; cell or signature column; paragraph in the cell;
//! run), so each frame run says which document run it came from, and the only runs
//! without a field are page numbers. On that basis:
//!
//! - **Placed once, in order.** Take the text runs with a field, in page and item
//!   order, and leave out the repeated header rows of tables (a header run on a later
//!   page than the first page its field appears on). Then (a) the pairs (block, row)
//!   never go backwards; (b) within one (block, row, cell) the pairs (paragraph, run)
//!   never go backwards (the cells of one row sit side by side, and a row cut across
//!   pages interleaves them, so no order is asked between cells); (c) for each document
//!   run, its frame runs' texts concatenated equal the run's text with some white-space
//!   characters (`char::is_whitespace`) deleted, and nothing else deleted: layout does
//!   not draw white space that trails a line (spaces at soft breaks, hard breaks) nor a
//!   run that is all white space.
//! - **Page numbers**: the runs without a field; one per page unless the style prints
//!   none.
//! - **Horizontal bounds**: every run lies within the type area (0.01 pt), unless its
//!   text is a single non-space character (an unbreakable atom wider than its measure,
//!   e.g. in a column narrower than one character).
//! - **Vertical bounds**: every glyph box (0.88 em above the baseline, 0.12 em below)
//!   and every rule lies within the type area (0.05 pt for sums of `f32` heights). The
//!   exception in the engine, a single unit taller than a page, cannot arise from these
//!   documents: lines are units, table rows taller than a page are cut, signature rows
//!   are a few lines.
//! - **Signature blocks** shorter than a page sit on one page.
//! - **Table headers** (short here, so they always repeat) come first on every later
//!   page holding the table's body text, identical to their first appearance.
//! - **Determinism**: the same input gives identical pages.
//! - **Totality**: wild input (any characters, NaN and infinite lengths, huge spans,
//!   degenerate page styles) never panics.

use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use tiaojie::document::{
    Align, Block, ColumnWidth, Document, FieldPath, Meta, Paragraph, Role, Run, SignatureBlock,
    SignatureGroup, Signer, Table, TableCell, TableRow, VAlign,
};
use tiaojie::layout::style::PageNumbers;
use tiaojie::layout::text::{LINE_END_PROHIBITED, LINE_START_PROHIBITED};
use tiaojie::layout::{
    BundlePart, FixedMetrics, Item, Page, PageStyle, Pt, TextRun, layout, layout_bundle,
    layout_parts,
};

// The text stage's proptest tokens, written once (src/layout/text/tokens.rs).
#[path = "../../src/layout/text/tokens.rs"]
mod tokens;
use tokens::{HAN, token};

fn text(tokens: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    prop::collection::vec(token(), tokens).prop_map(|v| v.concat())
}

fn han(chars: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(HAN), chars).prop_map(|v| v.concat())
}

fn run(tokens: std::ops::Range<usize>) -> impl Strategy<Value = Run> {
    (text(tokens), any::<bool>()).prop_map(|(t, keep)| Run {
        text: t,
        blank: false,
        field: None,
        keep,
        pen: false,
        spread_to: None,
    })
}

fn role() -> impl Strategy<Value = Role> {
    prop::sample::select(vec![
        Role::Title,
        Role::Heading,
        Role::Body,
        Role::Label,
        Role::Signature,
    ])
}

fn align() -> impl Strategy<Value = Align> {
    prop::sample::select(vec![
        Align::Justify,
        Align::Left,
        Align::Center,
        Align::Right,
    ])
}

fn paragraph(tokens: std::ops::Range<usize>) -> impl Strategy<Value = Paragraph> {
    (
        role(),
        align(),
        0.0f32..4.0,
        0.0f32..4.0,
        prop::collection::vec(run(tokens), 1..4),
        any::<bool>(),
    )
        .prop_map(|(role, align, first, rest, runs, keep)| Paragraph {
            role,
            align,
            first_indent: first,
            rest_indent: rest,
            runs,
            keep_with_next: keep,
        })
}

/// One line of a signature column: a label and a short name (fits half the measure).
fn signatory() -> impl Strategy<Value = Paragraph> {
    (
        prop::sample::select(vec!["当事人：", "调解员：", "记录人："]),
        han(0..9),
        any::<bool>(),
    )
        .prop_map(|(label, name, keep)| {
            let label = Run {
                keep,
                ..Run::fixed(label)
            };
            Paragraph::new(Role::Signature, vec![label, Run::fixed(name)])
        })
}

fn signature() -> impl Strategy<Value = SignatureBlock> {
    (
        prop::collection::vec(signatory(), 0..150),
        prop::collection::vec(signatory(), 0..4),
        any::<bool>(),
        (2000u32..2100, 1u32..13, 1u32..32),
    )
        .prop_map(|(parties, staff, seal, (y, m, d))| SignatureBlock {
            groups: vec![
                SignatureGroup::of(Signer::Party, parties, false),
                SignatureGroup::of(Signer::Mediator, staff, true),
            ],
            seal: seal
                .then(|| Paragraph::new(Role::Signature, vec![Run::fixed("（人民调解委员会印）")])),
            date: Paragraph::new(
                Role::Signature,
                vec![Run::fixed(format!("{y}年{m}月{d}日"))],
            ),
        })
}

fn column() -> impl Strategy<Value = ColumnWidth> {
    prop_oneof![
        (0.0f32..250.0).prop_map(ColumnWidth::Fixed),
        (0.0f32..10.0).prop_map(ColumnWidth::Chars),
        (0.0f32..3.0).prop_map(ColumnWidth::Fr),
    ]
}

fn valign() -> impl Strategy<Value = VAlign> {
    prop::sample::select(vec![VAlign::Top, VAlign::Middle, VAlign::Bottom])
}

/// A header cell: one short Han label (so the header always repeats).
fn header_cell() -> impl Strategy<Value = TableCell> {
    (han(1..5), 1usize..3).prop_map(|(t, span)| {
        TableCell::paragraph(Paragraph::new(Role::Label, vec![Run::fixed(t)])).span(span)
    })
}

/// A body cell: a few paragraphs, now and then a very long one (a row taller than a page).
fn body_cell() -> impl Strategy<Value = TableCell> {
    let long =
        (200usize..1500).prop_map(|n| Paragraph::new(Role::Body, vec![Run::fixed("调".repeat(n))]));
    let para = prop_oneof![12 => paragraph(0..10), 1 => long];
    (prop::collection::vec(para, 0..3), 0usize..3, valign()).prop_map(
        |(paragraphs, span, valign)| TableCell {
            paragraphs,
            span,
            valign,
        },
    )
}

fn table() -> impl Strategy<Value = Table> {
    (
        prop::collection::vec(column(), 0..5),
        prop::collection::vec(prop::collection::vec(header_cell(), 1..4), 0..3),
        prop::collection::vec(
            (prop::collection::vec(body_cell(), 0..5), 0.0f32..3.0),
            0..40,
        ),
    )
        .prop_map(|(columns, header, rows)| Table {
            columns,
            header: header.into_iter().map(TableRow::new).collect(),
            rows: rows
                .into_iter()
                .map(|(cells, min)| TableRow::new(cells).min_lines(min))
                .collect(),
            compact: false,
        })
}

fn block() -> impl Strategy<Value = Block> {
    prop_oneof![
        8 => paragraph(0..40).prop_map(Block::Paragraph),
        1 => (0.0f32..3.0).prop_map(Block::Space),
        1 => signature().prop_map(Block::Signature),
        2 => table().prop_map(Block::Table),
        1 => Just(Block::PageBreak),
    ]
}

fn document() -> impl Strategy<Value = Document> {
    prop::collection::vec(block(), 0..12).prop_map(|blocks| Document {
        meta: Meta::default(),
        blocks,
    })
}

fn page_style() -> impl Strategy<Value = PageStyle> {
    let numbers = prop::sample::select(vec![
        PageNumbers::None,
        PageNumbers::Official,
        PageNumbers::TopRight,
        PageNumbers::OfTotal,
    ]);
    (numbers, 0u32..1000).prop_map(|(page_numbers, first_page_number)| PageStyle {
        page_numbers,
        first_page_number,
        ..PageStyle::gbt9704()
    })
}

/// (block, row, cell, paragraph, run).
type Key = [usize; 5];

/// What the checks need to know about a labelled document.
#[derive(Default)]
struct Expect {
    /// Every run's text.
    text: BTreeMap<Key, String>,
    /// Tables: block index → number of header rows.
    tables: BTreeMap<usize, usize>,
    /// Signature blocks: block index → (number of parties, height of the part that
    /// stays on one page: the staff, the seal and the date).
    signatures: BTreeMap<usize, (usize, Pt)>,
}

fn label_paragraph(p: &mut Paragraph, key: [usize; 4], expect: &mut Expect) {
    for (r, run) in p.runs.iter_mut().enumerate() {
        let k = [key[0], key[1], key[2], key[3], r];
        run.field = Some(FieldPath::new(k.map(|n| n.to_string()).join(".")));
        expect.text.insert(k, run.text.clone());
    }
}

/// Give every run of `doc` its unique field path and note what to expect.
fn label(doc: &mut Document, style: &PageStyle) -> Expect {
    let mut e = Expect::default();
    for (b, block) in doc.blocks.iter_mut().enumerate() {
        match block {
            Block::Paragraph(p) => label_paragraph(p, [b, 0, 0, 0], &mut e),
            Block::Space(_) => {}
            Block::Signature(sig) => {
                // Keyed in reading order: parties, staff, seal, date.
                // (The generated blocks have two groups: parties, kept together staff.)
                let (np, ns) = (
                    sig.groups[0].signatories.len(),
                    sig.groups[1].signatories.len(),
                );
                for (i, s) in sig.groups[0].signatories.iter_mut().enumerate() {
                    label_paragraph(&mut s.line, [b, i, 0, 0], &mut e);
                }
                for (i, s) in sig.groups[1].signatories.iter_mut().enumerate() {
                    label_paragraph(&mut s.line, [b, np + i, 0, 0], &mut e);
                }
                if let Some(p) = &mut sig.seal {
                    label_paragraph(p, [b, np + ns, 0, 0], &mut e);
                }
                label_paragraph(&mut sig.date, [b, np + ns + 1, 0, 0], &mut e);
                // The staff rows (every signatory on one line of a grid column), the
                // seal and the date.
                let rows = ns.div_ceil(2);
                let lines = rows as f32 * 2.5 + sig.seal.is_some() as u8 as f32 + 1.0;
                e.signatures.insert(b, (np, style.body.line_pitch * lines));
            }
            Block::PageBreak => {}
            Block::Table(t) => {
                e.tables.insert(b, t.header.len());
                for (r, row) in t.header.iter_mut().chain(t.rows.iter_mut()).enumerate() {
                    for (c, cell) in row.cells.iter_mut().enumerate() {
                        for (p, para) in cell.paragraphs.iter_mut().enumerate() {
                            label_paragraph(para, [b, r, c, p], &mut e);
                        }
                    }
                }
            }
        }
    }
    e
}

fn parse_key(f: &FieldPath) -> Key {
    let v: Vec<usize> =
        f.0.split('.')
            .map(|n| n.parse().expect("numeric key"))
            .collect();
    [v[0], v[1], v[2], v[3], v[4]]
}

/// A content run and where it is.
struct Placed<'a> {
    page: usize,
    key: Key,
    run: &'a TextRun,
}

/// Is `got` `want` with some white-space characters deleted (and nothing else)?
fn deletes_only_white_space(want: &str, got: &str) -> bool {
    let mut g = got.chars().peekable();
    for c in want.chars() {
        if g.peek() == Some(&c) {
            g.next();
        } else if !c.is_whitespace() {
            return false;
        }
    }
    g.next().is_none()
}

fn text_runs(page: &Page) -> impl Iterator<Item = &TextRun> {
    page.items.iter().filter_map(|it| match it {
        Item::Text(r) => Some(r),
        Item::Line { .. } => None,
    })
}

fn check(style: &PageStyle, pages: &[Page], e: &Expect) -> Result<(), TestCaseError> {
    prop_assert!(!pages.is_empty());
    let eps_x = Pt(0.01);
    let eps_y = Pt(0.05);
    let left = style.left - eps_x;
    let right = style.left + style.type_width + eps_x;
    let top = style.top - eps_y;
    let bottom = style.type_bottom() + eps_y;
    let is_header = |k: &Key| e.tables.get(&k[0]).is_some_and(|&h| k[1] < h);

    // Content runs, in page and item order; page numbers counted.
    let mut all: Vec<Placed> = Vec::new();
    for (p, page) in pages.iter().enumerate() {
        let mut numbers = 0;
        for r in text_runs(page) {
            match &r.field {
                None => numbers += 1,
                Some(f) => all.push(Placed {
                    page: p,
                    key: parse_key(f),
                    run: r,
                }),
            }
        }
        let want = if style.page_numbers == PageNumbers::None {
            0
        } else {
            1
        };
        prop_assert_eq!(numbers, want, "page {} numbers", p);
        // Rules inside the type area.
        for it in &page.items {
            if let Item::Line { from, to, .. } = it {
                for pt in [from, to] {
                    prop_assert!(
                        pt.y >= top && pt.y <= bottom,
                        "rule at {:?} on page {}",
                        pt,
                        p
                    );
                    prop_assert!(
                        pt.x >= left && pt.x <= right,
                        "rule at {:?} on page {}",
                        pt,
                        p
                    );
                }
            }
        }
    }

    // Bounds of every content run (repeated headers included).
    for pl in &all {
        let r = pl.run;
        let (x0, x1) = (r.origin.x, r.origin.x + r.width());
        let visible: Vec<char> = r.text.chars().filter(|c| !c.is_whitespace()).collect();
        prop_assert!(
            (x0 >= left && x1 <= right) || visible.len() == 1,
            "run {:?} [{:?}, {:?}] outside the type area on page {}",
            r.text,
            x0,
            x1,
            pl.page
        );
        let (ascent, descent) = (r.size * 0.88, r.size * 0.12);
        prop_assert!(
            r.origin.y - ascent >= top && r.origin.y + descent <= bottom,
            "run {:?} at y {:?} outside the type area on page {}",
            r.text,
            r.origin.y,
            pl.page
        );
    }

    // Repeated headers: a header run on a later page than its field's first page.
    let mut first_page: BTreeMap<Key, usize> = BTreeMap::new();
    for pl in &all {
        first_page.entry(pl.key).or_insert(pl.page);
    }
    let repeated = |pl: &Placed| is_header(&pl.key) && pl.page > first_page[&pl.key];
    let main: Vec<&Placed> = all.iter().filter(|pl| !repeated(pl)).collect();

    // Order.
    let mut last_row: Option<(usize, usize)> = None;
    let mut last_in_cell: BTreeMap<[usize; 3], (usize, usize)> = BTreeMap::new();
    for pl in &main {
        let k = pl.key;
        let row = (k[0], k[1]);
        prop_assert!(
            last_row.is_none_or(|l| l <= row),
            "row {:?} after {:?}",
            row,
            last_row
        );
        last_row = Some(row);
        let pr = (k[3], k[4]);
        if let Some(prev) = last_in_cell.insert([k[0], k[1], k[2]], pr) {
            prop_assert!(
                prev <= pr,
                "run {:?} after {:?} in cell {:?}",
                pr,
                prev,
                &k[..3]
            );
        }
    }

    // Text: each run placed once, white space aside.
    let mut got: BTreeMap<Key, String> = BTreeMap::new();
    for pl in &main {
        got.entry(pl.key).or_default().push_str(&pl.run.text);
    }
    for k in got.keys() {
        prop_assert!(e.text.contains_key(k), "unknown field {:?}", k);
    }
    for (k, want) in &e.text {
        let have = got.get(k).map(String::as_str).unwrap_or("");
        prop_assert!(
            deletes_only_white_space(want, have),
            "run {:?}: want {:?}, placed {:?}",
            k,
            want,
            have
        );
    }

    // The staff, the seal and the date are on one page (when they fit one).
    for (&b, &(np, h)) in &e.signatures {
        let page_of = |pred: &dyn Fn(usize) -> bool| -> BTreeSet<usize> {
            main.iter()
                .filter(|pl| pl.key[0] == b && pred(pl.key[1]))
                .map(|pl| pl.page)
                .collect()
        };
        if h <= style.type_height - Pt(0.5) {
            let on = page_of(&|k| k >= np);
            prop_assert!(
                on.len() <= 1,
                "signature block {}: its end ({:?} pt) split over pages {:?}",
                b,
                h,
                on
            );
        }
    }

    // Table headers first on every later page with the table's body text.
    for (&b, &h) in &e.tables {
        let heads: Vec<&Placed> = main
            .iter()
            .copied()
            .filter(|pl| pl.key[0] == b && pl.key[1] < h)
            .collect();
        let Some(first) = heads.first().map(|pl| pl.page) else {
            continue;
        };
        prop_assert!(
            heads.iter().all(|pl| pl.page == first),
            "header of table {} not on one page",
            b
        );
        let body_pages: BTreeSet<usize> = main
            .iter()
            .filter(|pl| pl.key[0] == b && pl.key[1] >= h)
            .map(|pl| pl.page)
            .collect();
        for p in body_pages.into_iter().filter(|&p| p > first) {
            let on: Vec<&Placed> = all.iter().filter(|pl| pl.page == p).collect();
            prop_assert!(
                on.len() >= heads.len(),
                "page {} too short for table {}'s header",
                p,
                b
            );
            let y0 = |v: &[&Placed]| v[0].run.origin.y;
            for (i, hd) in heads.iter().enumerate() {
                let cp = on[i];
                prop_assert_eq!(
                    cp.key,
                    hd.key,
                    "page {}: header run {} of table {}",
                    p,
                    i,
                    b
                );
                prop_assert_eq!(&cp.run.text, &hd.run.text);
                prop_assert_eq!(cp.run.origin.x, hd.run.origin.x);
                let dy = (cp.run.origin.y - y0(&on)) - (hd.run.origin.y - y0(&heads));
                prop_assert!(
                    dy.0.abs() < 0.01,
                    "page {}: header run {} of table {} moved by {:?}",
                    p,
                    i,
                    b,
                    dy
                );
            }
            let head_bottom = on[..heads.len()]
                .iter()
                .map(|pl| pl.run.origin.y)
                .fold(Pt(f32::MIN), Pt::max);
            for pl in &on[heads.len()..] {
                prop_assert!(
                    pl.run.origin.y > head_bottom,
                    "page {}: {:?} above table {}'s header",
                    p,
                    pl.run.text,
                    b
                );
            }
            // Only the header is repeated, and only at the top.
            let reps = on.iter().filter(|pl| repeated(pl)).count();
            prop_assert!(reps <= heads.len());
        }
    }
    // No page repeats a header anywhere but at its top.
    for (p, page) in pages.iter().enumerate() {
        let keys: Vec<Option<Key>> = text_runs(page)
            .map(|r| r.field.as_ref().map(parse_key))
            .collect();
        let seen_other = keys.iter().position(|k| match k {
            Some(k) => !(is_header(k) && p > first_page[k]),
            None => true,
        });
        if let Some(at) = seen_other {
            for k in keys[at..].iter().flatten() {
                prop_assert!(
                    !(is_header(k) && p > first_page[k]),
                    "page {}: repeated header {:?} below content",
                    p,
                    k
                );
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn random_documents_lay_out_within_the_rules(mut doc in document(), style in page_style()) {
        let expect = label(&mut doc, &style);
        let pages = layout(&doc, &style, &FixedMetrics);
        check(&style, &pages, &expect)?;
    }

    #[test]
    fn layout_is_deterministic(doc in document(), style in page_style()) {
        let a = layout(&doc, &style, &FixedMetrics);
        let b = layout(&doc, &style, &FixedMetrics);
        prop_assert_eq!(a, b);
    }

    #[test]
    fn a_bundle_is_its_documents_in_order_with_numbers_running_on(
        docs in prop::collection::vec((document(), any::<bool>()), 0..4),
        first in 0u32..1000,
    ) {
        let style = PageStyle { page_numbers: PageNumbers::TopRight, first_page_number: first, ..PageStyle::gbt9704() };
        let mut labelled = Vec::new();
        for (d, numbered) in &docs {
            let mut d = d.clone();
            label(&mut d, &style);
            labelled.push((d, *numbered));
        }
        let parts: Vec<BundlePart> =
            labelled.iter().map(|(d, n)| BundlePart {
                doc: d,
                numbered: *n,
                reserve: None,
            }).collect();
        let bundle = layout_parts(&parts, &style, &FixedMetrics);
        let content = |p: &Page| -> Vec<Item> {
            p.items.iter().filter(|it| !matches!(it, Item::Text(r) if r.field.is_none())).cloned().collect()
        };
        let mut at = 0;
        let mut next = first;
        prop_assert_eq!(bundle.parts.len(), parts.len());
        for (part, span) in parts.iter().zip(&bundle.parts) {
            let alone = layout(part.doc, &style, &FixedMetrics);
            prop_assert_eq!(span.pages.clone(), at..at + alone.len());
            for (k, page) in alone.iter().enumerate() {
                let placed = &bundle.pages[at + k];
                prop_assert_eq!(content(placed), content(page));
                let number: Vec<&str> =
                    text_runs(placed).filter(|r| r.field.is_none()).map(|r| r.text.as_str()).collect();
                if part.numbered {
                    prop_assert_eq!(number, vec![next.to_string()]);
                    next += 1;
                } else {
                    prop_assert!(number.is_empty());
                }
            }
            at += alone.len();
        }
        prop_assert_eq!(at, bundle.pages.len());
        let all: Vec<Document> = labelled.into_iter().map(|(d, _)| d).collect();
        let plain = layout_bundle(&all, &style, &FixedMetrics);
        prop_assert_eq!(plain.len(), bundle.pages.len());
    }
}

// Wild input: only totality is checked.

fn wild_f32() -> impl Strategy<Value = f32> {
    prop_oneof![
        3 => -10.0f32..50.0,
        1 => prop::sample::select(vec![f32::NAN, f32::INFINITY, f32::NEG_INFINITY, f32::MAX, -f32::MAX, 0.0, 1e-30]),
        1 => any::<f32>(),
    ]
}

fn wild_text() -> impl Strategy<Value = String> {
    let ch = prop_oneof![
        3 => any::<char>(),
        2 => prop::sample::select(vec![
            '\u{301}', '\u{200D}', '\u{FE0F}', '👨', '\0', '\n', '\r', '\t', ' ', '\u{3000}', '，', '（', '…', '—',
            'a', '1', '调', '＿',
        ]),
    ];
    prop::collection::vec(ch, 0..30).prop_map(|v| v.into_iter().collect())
}

fn wild_paragraph() -> impl Strategy<Value = Paragraph> {
    (
        role(),
        align(),
        wild_f32(),
        wild_f32(),
        prop::collection::vec((wild_text(), any::<bool>()), 0..3),
        any::<bool>(),
    )
        .prop_map(|(role, align, first, rest, runs, keep)| Paragraph {
            role,
            align,
            first_indent: first,
            rest_indent: rest,
            runs: runs
                .into_iter()
                .map(|(t, k)| Run {
                    keep: k,
                    ..Run::fixed(t)
                })
                .collect(),
            keep_with_next: keep,
        })
}

fn wild_table() -> impl Strategy<Value = Table> {
    let width = prop_oneof![
        wild_f32().prop_map(ColumnWidth::Fixed),
        wild_f32().prop_map(ColumnWidth::Chars),
        wild_f32().prop_map(ColumnWidth::Fr),
    ];
    (
        prop::collection::vec(width, 0..4),
        prop::collection::vec(wild_row(), 0..3),
        prop::collection::vec(wild_row(), 0..8),
        any::<bool>(),
    )
        .prop_map(|(columns, header, rows, compact)| Table {
            columns,
            header,
            rows,
            compact,
        })
}

fn wild_row() -> impl Strategy<Value = TableRow> {
    let cell = (
        prop::collection::vec(wild_paragraph(), 0..3),
        prop_oneof![0usize..4, Just(usize::MAX)],
        valign(),
    )
        .prop_map(|(paragraphs, span, valign)| TableCell {
            paragraphs,
            span,
            valign,
        });
    (prop::collection::vec(cell, 0..4), wild_f32())
        .prop_map(|(cells, min)| TableRow::new(cells).min_lines(min))
}

fn wild_document() -> impl Strategy<Value = Document> {
    let block = prop_oneof![
        wild_paragraph().prop_map(Block::Paragraph),
        wild_f32().prop_map(Block::Space),
        (
            prop::collection::vec(wild_paragraph(), 0..4),
            prop::collection::vec(wild_paragraph(), 0..3),
            prop::option::of(wild_paragraph()),
            wild_paragraph()
        )
            .prop_map(
                |(parties, staff, seal, date)| Block::Signature(SignatureBlock {
                    groups: vec![
                        SignatureGroup::of(Signer::Party, parties, false),
                        SignatureGroup::of(Signer::Mediator, staff, true),
                    ],
                    seal,
                    date
                })
            ),
        wild_table().prop_map(Block::Table),
        Just(Block::PageBreak),
    ];
    prop::collection::vec(block, 0..8).prop_map(|blocks| Document {
        meta: Meta::default(),
        blocks,
    })
}

fn wild_style() -> impl Strategy<Value = PageStyle> {
    (
        prop::sample::select(vec![
            PageNumbers::None,
            PageNumbers::Official,
            PageNumbers::TopRight,
            PageNumbers::OfTotal,
        ]),
        any::<u32>(),
        prop_oneof![3 => Just(None), 1 => (wild_f32(), wild_f32()).prop_map(Some)],
    )
        .prop_map(|(page_numbers, first_page_number, area)| {
            let mut s = PageStyle {
                page_numbers,
                first_page_number,
                ..PageStyle::gbt9704()
            };
            if let Some((w, h)) = area {
                s.type_width = Pt(w * 10.0);
                s.type_height = Pt(h * 10.0);
            }
            s
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn layout_never_panics_on_wild_input(docs in prop::collection::vec(wild_document(), 0..3), style in wild_style()) {
        let pages = layout_bundle(&docs, &style, &FixedMetrics);
        prop_assert!(pages.len() >= docs.len());
    }
}

/// A body paragraph of `n` Han characters, each run tagged `para` in its field path.
fn body_text(n: usize, tag: usize) -> Block {
    Block::Paragraph(
        Paragraph::new(
            Role::Body,
            vec![Run::value("字".repeat(n.max(1)), format!("p.{tag}"))],
        )
        .indent(2.0, 0.0),
    )
}

/// A signature block as the forms make it (issue 21): every group kept together.
fn whole_signature_block(parties: usize, staff: usize, seal: bool) -> Block {
    let line = |label: &str, i: usize| {
        Paragraph::new(
            Role::Signature,
            vec![Run::value(format!("{label}{i}"), format!("sig.{label}{i}"))],
        )
        .align(Align::Left)
    };
    Block::Signature(SignatureBlock {
        groups: vec![
            SignatureGroup::of(
                Signer::Party,
                (0..parties).map(|i| line("当事人", i)).collect(),
                true,
            ),
            SignatureGroup::of(
                Signer::Mediator,
                (0..staff).map(|i| line("调解员", i)).collect(),
                true,
            ),
        ],
        seal: seal
            .then(|| Paragraph::new(Role::Signature, vec![Run::fixed("（人民调解委员会印）")])),
        date: Paragraph::new(
            Role::Signature,
            vec![Run::value("2026年12月7日", "sig.date")],
        ),
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Issue 21: whatever the paragraphs before it, a signature block of a real form's
    /// size (up to twelve parties and four mediators: closed up when the rows with half
    /// a line between them would not fit one page) is never split across pages and
    /// never alone on its page: the last two lines of the text before it come with it,
    /// or the last line alone where taking two would leave the page before less than
    /// half full.
    #[test]
    fn a_signature_block_is_never_split_and_never_alone(
        lengths in prop::collection::vec(1usize..200, 1..12),
        parties in 1usize..13,
        staff in 0usize..5,
        seal in any::<bool>(),
    ) {
        let style = PageStyle::gbt9704();
        let mut blocks: Vec<Block> = lengths.iter().enumerate().map(|(i, &n)| body_text(n, i)).collect();
        blocks.push(whole_signature_block(parties, staff, seal));
        let doc = Document { meta: Meta::default(), blocks };
        let pages = layout(&doc, &style, &FixedMetrics);
        let page_of = |prefix: &str| -> BTreeSet<usize> {
            pages.iter().enumerate()
                .filter(|(_, p)| p.items.iter().any(|it| matches!(it, Item::Text(r) if r.field.as_ref().is_some_and(|f| f.0.starts_with(prefix)))))
                .map(|(i, _)| i)
                .collect()
        };
        let sig = page_of("sig.");
        prop_assert_eq!(sig.len(), 1, "the block spans pages {:?}", sig);
        let at = *sig.iter().next().expect("one page");
        // Lines of text on the block's page (the last paragraph's lines and any before).
        let text_lines = pages[at].items.iter()
            .filter(|it| matches!(it, Item::Text(r) if r.field.as_ref().is_some_and(|f| f.0.starts_with("p."))))
            .count();
        let total_lines: usize = pages.iter().map(|p| p.items.iter()
            .filter(|it| matches!(it, Item::Text(r) if r.field.as_ref().is_some_and(|f| f.0.starts_with("p."))))
            .count()).sum();
        prop_assert!(text_lines >= 1, "no line of text with the block");
        if text_lines == 1 && total_lines >= 2 {
            // Where the two-line rule would have broken the page before: after its
            // last line that keeps with nothing, by the widow and orphan rules (a
            // paragraph's first line keeps with its second, its second-last with its
            // last), the last line of text with the block and the line before it with
            // that one.
            let tags = |p: &Page| -> Vec<String> {
                p.items.iter().filter_map(|it| match it {
                    Item::Text(r) => r.field.as_ref().filter(|f| f.0.starts_with("p.")).map(|f| f.0.clone()),
                    _ => None,
                }).collect()
            };
            let all: Vec<(usize, String)> = pages.iter().enumerate()
                .flat_map(|(i, p)| tags(p).into_iter().map(move |t| (i, t)))
                .collect();
            let n = all.len();
            let kept = |k: usize| -> bool {
                if k + 2 >= n {
                    return true;
                }
                let tag = &all[k].1;
                let lines = all.iter().filter(|(_, t)| t == tag).count();
                let index = all[..k].iter().filter(|(_, t)| t == tag).count();
                index + 1 < lines && (index == 0 || index + 2 == lines)
            };
            let before: Vec<usize> = (0..n).filter(|&k| all[k].0 == at - 1).collect();
            if let Some(&k) = before.iter().rev().find(|&&k| !kept(k)) {
                let left = before.iter().filter(|&&j| j <= k).count() as f32;
                let half = style.type_height.0 / style.body.line_pitch.0 / 2.0;
                prop_assert!(
                    left < half,
                    "one line of text with the block, though two would leave {} lines before", left
                );
            }
        }
    }
}

/// Issue 21: a block taller than a page even closed up (a list of 30 to 60 parties)
/// breaks between the parties' rows, never inside the staff: the mediators, the seal
/// and the date are on one page, with at least two rows of parties before them.
#[test]
fn a_block_taller_than_a_page_breaks_between_parties_and_keeps_the_staff_whole() {
    let style = PageStyle::gbt9704();
    for parties in 30..=60 {
        let doc = Document {
            meta: Meta::default(),
            blocks: vec![body_text(40, 0), whole_signature_block(parties, 3, true)],
        };
        let pages = layout(&doc, &style, &FixedMetrics);
        let on = |prefix: &str| -> Vec<usize> {
            pages
                .iter()
                .enumerate()
                .flat_map(|(i, p)| {
                    p.items.iter().filter_map(move |it| match it {
                        Item::Text(r)
                            if r.field.as_ref().is_some_and(|f| f.0.starts_with(prefix)) =>
                        {
                            Some(i)
                        }
                        _ => None,
                    })
                })
                .collect()
        };
        let party_pages = on("sig.当事人");
        let staff: BTreeSet<usize> = on("sig.调解员").into_iter().collect();
        let date: BTreeSet<usize> = on("sig.date").into_iter().collect();
        assert!(
            party_pages.first() < party_pages.last(),
            "{parties} parties fit one page?"
        );
        assert_eq!(
            staff.len(),
            1,
            "{parties} parties: the mediators span pages {staff:?}"
        );
        assert_eq!(
            staff, date,
            "{parties} parties: the mediators and the date on different pages"
        );
        let page = *staff.iter().next().expect("one page");
        let with = party_pages.iter().filter(|&&p| p == page).count();
        assert!(with >= 3, "{parties} parties: {with} on the staff's page");
    }
}
