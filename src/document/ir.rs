//! The document IR types.

use serde::Serialize;

/// Where a piece of text came from in the case record, e.g. `parties[0].name`.
/// Layout carries it onto frame runs so the preview can highlight the form field.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct FieldPath(pub String);

impl FieldPath {
    pub fn new(path: impl Into<String>) -> FieldPath {
        FieldPath(path.into())
    }
}

pub use crate::model::DocKind;

/// Document-level metadata, written into the PDF's info dictionary.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Meta {
    pub title: String,
    /// The committee.
    pub author: String,
    pub subject: String,
    /// A draft, not for signing: the renderers mark every page with a diagonal
    /// 「草稿」 watermark and the PDF title with 「（草稿）」. Left out of the IR's JSON
    /// when false, so the goldens of final documents do not mention it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
}

/// Every paragraph of `blocks`, in reading order: body paragraphs, table cells, and
/// signature lines, seal and date.
pub fn paragraphs(blocks: &[Block]) -> Vec<&Paragraph> {
    let mut out = Vec::new();
    for b in blocks {
        match b {
            Block::Paragraph(p) => out.push(p),
            Block::Signature(s) => {
                out.extend(s.lines());
                out.extend(&s.seal);
                out.push(&s.date);
            }
            Block::Table(t) => {
                for row in t.header.iter().chain(&t.rows) {
                    for cell in &row.cells {
                        out.extend(&cell.paragraphs);
                    }
                }
            }
            Block::Space(_) | Block::PageBreak => {}
        }
    }
    out
}

/// Every paragraph of `block`, mutably (as [`paragraphs`]).
pub fn paragraphs_mut(block: &mut Block) -> Vec<&mut Paragraph> {
    match block {
        Block::Paragraph(p) => vec![p],
        Block::Signature(s) => {
            let mut out: Vec<&mut Paragraph> = s
                .groups
                .iter_mut()
                .flat_map(|g| g.signatories.iter_mut().map(|s| &mut s.line))
                .collect();
            out.extend(s.seal.as_mut());
            out.push(&mut s.date);
            out
        }
        Block::Table(t) => t
            .header
            .iter_mut()
            .chain(t.rows.iter_mut())
            .flat_map(|r| r.cells.iter_mut().flat_map(|c| c.paragraphs.iter_mut()))
            .collect(),
        Block::Space(_) | Block::PageBreak => Vec::new(),
    }
}

/// A whole form, as semantic blocks.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document {
    pub meta: Meta,
    pub blocks: Vec<Block>,
}

/// The typographic role of a paragraph; the page style maps each to face and size.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Role {
    /// The form's title (2号, 小标宋 role).
    Title,
    /// A section heading (黑体 role).
    Heading,
    /// Body text (3号).
    Body,
    /// A field label in a party block, a table, or a signature block.
    Label,
    /// A line of the signature block.
    Signature,
}

/// Horizontal alignment of a paragraph.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub enum Align {
    /// Justified: every line but the paragraph's last is spread to the full measure.
    #[default]
    Justify,
    Left,
    Center,
    Right,
}

/// A block of the document.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum Block {
    Paragraph(Paragraph),
    /// Vertical space, in lines of body text.
    Space(f32),
    /// Signature and seal block: kept with the last lines before it; breaks across
    /// pages only between rows of parties (see [`SignatureBlock`]).
    Signature(SignatureBlock),
    /// A ruled table whose header rows repeat on every page it continues on.
    Table(Table),
    /// What follows starts on a new page (the 附表 of a group case); nothing at the top
    /// of a page.
    PageBreak,
}

/// Who signs a line of a signature block. Layout does not read it (it sets groups,
/// not legal roles); it tells readers of the IR (the roadmap's Word copy and 套打)
/// what the line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Signer {
    /// A party (当事人, 申请人, 委托人, 受送达人, 被调查人…).
    Party,
    /// A party's agent (受托人, 委托代理人).
    Agent,
    /// A presiding mediator.
    Mediator,
    /// The recorder (记录人).
    Recorder,
    /// Another official of the committee (登记人, 告知人, 调查人, 回访人…).
    Official,
}

/// One signature line and who signs it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Signatory {
    pub signer: Signer,
    pub line: Paragraph,
}

/// Signature lines set together as a two-column grid, filled row by row.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SignatureGroup {
    pub signatories: Vec<Signatory>,
    /// Never split across pages. A group that is not may break between its rows (the
    /// parties of a long list); the last group always keeps with the seal and date.
    pub together: bool,
}

impl SignatureGroup {
    /// A group of `lines`, all signed by `signer`.
    pub fn of(signer: Signer, lines: Vec<Paragraph>, together: bool) -> SignatureGroup {
        SignatureGroup {
            signatories: lines
                .into_iter()
                .map(|line| Signatory { signer, line })
                .collect(),
            together,
        }
    }

    /// Every line of the group.
    pub fn lines(&self) -> impl Iterator<Item = &Paragraph> {
        self.signatories.iter().map(|s| &s.line)
    }
}

/// A signature block (domain spec §1.4): groups of signature lines in order, then the
/// seal position with the date under it. Layout sets each group as a two-column grid
/// filled row by row (signatory 1 beside signatory 2); a line too wide for its column
/// gets a row of its own.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SignatureBlock {
    pub groups: Vec<SignatureGroup>,
    /// 「（人民调解委员会印）」, at the bottom right, over the date.
    pub seal: Option<Paragraph>,
    /// The date line, right-aligned under the seal.
    pub date: Paragraph,
}

impl SignatureBlock {
    /// Every signature line, in reading order.
    pub fn lines(&self) -> impl Iterator<Item = &Paragraph> {
        self.groups.iter().flat_map(SignatureGroup::lines)
    }
}

/// A paragraph: runs set in one role.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Paragraph {
    pub role: Role,
    pub align: Align,
    /// First-line indent in em (2.0 for body paragraphs).
    pub first_indent: f32,
    /// Indent of every line but the first, in em (hanging indent of numbered clauses).
    pub rest_indent: f32,
    pub runs: Vec<Run>,
    /// Keep this paragraph on the same page as the next block.
    pub keep_with_next: bool,
}

impl Paragraph {
    pub fn new(role: Role, runs: Vec<Run>) -> Paragraph {
        Paragraph {
            role,
            align: Align::Justify,
            first_indent: 0.0,
            rest_indent: 0.0,
            runs,
            keep_with_next: false,
        }
    }

    pub fn align(mut self, align: Align) -> Paragraph {
        self.align = align;
        self
    }

    pub fn indent(mut self, first: f32, rest: f32) -> Paragraph {
        self.first_indent = first;
        self.rest_indent = rest;
        self
    }

    pub fn keep_with_next(mut self) -> Paragraph {
        self.keep_with_next = true;
        self
    }

    /// The paragraph's text, runs joined (blanks as their fill characters).
    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }
}

/// A run of text inside a paragraph.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Run {
    pub text: String,
    /// True for a fill-in blank (＿＿, an empty date) standing for data the case does
    /// not hold: the form's check reports it at `field` (`tests/suite/blanks.rs`),
    /// unless it is left for the pen.
    pub blank: bool,
    pub field: Option<FieldPath>,
    /// No line break inside this run, nor between it and the next character: a form
    /// label (「年龄：」) stays whole and on the line of its value.
    pub keep: bool,
    /// A blank the form leaves for the pen at signing (a signature, a seal, a signing
    /// date the case leaves open, a box ticked by hand): no check reports it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub pen: bool,
    /// Set this run to this many ems, the difference spread evenly between its
    /// characters (a form's labels distributed to one width: 「卷　　名」 and 「调解日期」
    /// both five ems, as typesetters set a column of labels).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spread_to: Option<u8>,
}

impl Run {
    /// Fixed wording.
    pub fn fixed(text: impl Into<String>) -> Run {
        Run {
            text: text.into(),
            blank: false,
            field: None,
            keep: false,
            pen: false,
            spread_to: None,
        }
    }

    /// This run, if blank, a blank left for the pen at signing ([`Run::pen`]).
    pub fn for_pen(mut self) -> Run {
        self.pen = self.blank;
        self
    }

    /// 「第 n 页 共 m 页」 of the pages that show this run's table header: layout
    /// fills in the numbers, counting the pages of its document that hold a run with
    /// the same `key` (a 附表 continued over pages, each page tied to its agreement).
    pub fn page_of(key: &str) -> Run {
        Run {
            text: page_of_text(PAGE_OF_WIDEST, PAGE_OF_WIDEST),
            blank: false,
            field: Some(FieldPath::new(format!("{PAGE_OF_PREFIX}{key}"))),
            keep: true,
            pen: false,
            spread_to: None,
        }
    }

    /// A value shown as is (never blank), coming from `path`.
    pub fn value(text: impl Into<String>, path: impl Into<String>) -> Run {
        Run {
            text: text.into(),
            blank: false,
            field: Some(FieldPath::new(path)),
            keep: false,
            pen: false,
            spread_to: None,
        }
    }

    /// A value composed from the case (names joined, a phrase around them) that may hold
    /// blanks (＿) where data is missing: a recorded blank at `path` when it does.
    pub fn composed(text: impl Into<String>, path: impl Into<String>) -> Run {
        let text = text.into();
        let blank = text.contains('＿');
        Run {
            blank,
            keep: blank,
            ..Run::value(text, path)
        }
    }

    /// A label distributed to `width` ems ([`Run::spread_to`]), kept whole.
    pub fn spread(text: impl Into<String>, width: u8) -> Run {
        Run {
            spread_to: Some(width),
            ..Run::fixed(text).kept()
        }
    }

    /// This run, kept whole and with the next character.
    pub fn kept(mut self) -> Run {
        self.keep = true;
        self
    }

    /// A value typed by the user; blank (＿＿, at least `min_blank` wide) when empty.
    /// A blank is one unit: it is never split across lines.
    pub fn field(value: &str, path: impl Into<String>, min_blank: usize) -> Run {
        let value = value.trim();
        if value.is_empty() {
            Run {
                text: blank(min_blank),
                blank: true,
                field: Some(FieldPath::new(path)),
                keep: true,
                pen: false,
                spread_to: None,
            }
        } else {
            Run {
                text: value.to_string(),
                blank: false,
                field: Some(FieldPath::new(path)),
                keep: false,
                pen: false,
                spread_to: None,
            }
        }
    }
}

/// The field path prefix of a [`Run::page_of`] run.
pub const PAGE_OF_PREFIX: &str = "@page-of:";

/// The numbers a [`Run::page_of`] placeholder is set with (the widest text it takes).
const PAGE_OF_WIDEST: usize = 999;

/// 「第2页　共5页」.
pub fn page_of_text(n: usize, m: usize) -> String {
    format!("第{n}页　共{m}页")
}

/// A fill-in blank of `n` full-width low lines (＿).
pub fn blank(n: usize) -> String {
    "＿".repeat(n.max(2))
}

/// A ruled table (卷宗 cover, 卷内目录, registration and follow-up forms). Cells hold
/// paragraphs, set in the page style's `table` text style (小四). The header rows are
/// repeated at the top of every page the table continues on.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Table {
    /// One width per column. A row with more columns than listed adds columns of
    /// `Fr(1.0)`, so no cell is ever dropped.
    pub columns: Vec<ColumnWidth>,
    /// Header rows: set first, and again at the top of every continuation page.
    pub header: Vec<TableRow>,
    /// Body rows. A row is never split across pages unless it is taller than a page.
    pub rows: Vec<TableRow>,
    /// Set in the page style's `compact_table` text style (五号) instead of `table`
    /// (小四): a roster whose point is many rows a page.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub compact: bool,
}

impl Table {
    /// An empty table with these columns.
    pub fn new(columns: Vec<ColumnWidth>) -> Table {
        Table {
            columns,
            header: Vec::new(),
            rows: Vec::new(),
            compact: false,
        }
    }

    /// This table in the compact text style (五号).
    pub fn compact(mut self) -> Table {
        self.compact = true;
        self
    }

    /// This table with `row` appended to its header rows.
    pub fn header_row(mut self, row: TableRow) -> Table {
        self.header.push(row);
        self
    }

    /// This table with `row` appended to its body rows.
    pub fn row(mut self, row: TableRow) -> Table {
        self.rows.push(row);
        self
    }

    /// Every paragraph of the table, header rows first, row by row, cell by cell.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.header
            .iter()
            .chain(&self.rows)
            .flat_map(|r| &r.cells)
            .flat_map(|c| &c.paragraphs)
    }
}

/// The width of a table column. Kept in plain numbers (not layout's `Pt`) so the IR does
/// not depend on layout.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub enum ColumnWidth {
    /// A fixed width in points (1/72 inch).
    Fixed(f32),
    /// A fixed width in characters (字) of the table's text size.
    Chars(f32),
    /// A share of the width left after the fixed columns: `Fr(2.0)` is twice `Fr(1.0)`.
    Fr(f32),
}

/// A table row: cells from left to right.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct TableRow {
    /// The cells, left to right; missing cells are drawn as empty boxes.
    pub cells: Vec<TableCell>,
    /// Minimum height in lines of table text (room to write by hand on a blank form);
    /// 0 for none.
    pub min_lines: f32,
}

impl TableRow {
    /// A row of these cells, as tall as its tallest cell.
    pub fn new(cells: Vec<TableCell>) -> TableRow {
        TableRow {
            cells,
            min_lines: 0.0,
        }
    }

    /// This row, at least `lines` lines of table text tall.
    pub fn min_lines(mut self, lines: f32) -> TableRow {
        self.min_lines = lines;
        self
    }
}

/// Vertical alignment of a cell's content within its row.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub enum VAlign {
    Top,
    /// Centred, as on printed forms.
    #[default]
    Middle,
    Bottom,
}

/// A table cell: paragraphs (usually `Role::Label` or `Role::Body` runs), optionally
/// spanning several columns.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TableCell {
    /// The cell's paragraphs, top to bottom, set in the `table` text style.
    pub paragraphs: Vec<Paragraph>,
    /// Columns spanned (1 for a plain cell; 0 counts as 1).
    pub span: usize,
    pub valign: VAlign,
}

impl TableCell {
    /// A one-column, vertically centred cell.
    pub fn new(paragraphs: Vec<Paragraph>) -> TableCell {
        TableCell {
            paragraphs,
            span: 1,
            valign: VAlign::Middle,
        }
    }

    /// A cell holding one paragraph.
    pub fn paragraph(p: Paragraph) -> TableCell {
        TableCell::new(vec![p])
    }

    /// An empty cell (a blank box on a form).
    pub fn empty() -> TableCell {
        TableCell::new(Vec::new())
    }

    /// This cell, spanning `columns` columns.
    pub fn span(mut self, columns: usize) -> TableCell {
        self.span = columns;
        self
    }

    /// This cell, aligned vertically as `valign` says.
    pub fn valign(mut self, valign: VAlign) -> TableCell {
        self.valign = valign;
        self
    }
}

/// Whether the preview run tagged `run_path` belongs to the part at `part_path`: the
/// same path, or a path below it (`parties` covers `parties[0].name`;
/// `agreement.clauses` covers `agreement.clauses[1].text`), never a sibling that only
/// shares a prefix (`dispute.fact` does not cover `dispute.facts`). `[*]` in the part
/// path matches any index (`parties[*].agents` covers `parties[2].agents[0].name`). An
/// empty part path covers nothing.
pub fn covers(part_path: &str, run_path: &str) -> bool {
    if part_path.is_empty() {
        return false;
    }
    let mut run = run_path;
    let mut parts = part_path.split("[*]").peekable();
    while let Some(piece) = parts.next() {
        let Some(rest) = run.strip_prefix(piece) else {
            return false;
        };
        run = rest;
        if parts.peek().is_some() {
            // An index: `[digits]`.
            let Some(inner) = run.strip_prefix('[') else {
                return false;
            };
            let digits = inner.chars().take_while(char::is_ascii_digit).count();
            if digits == 0 || !inner[digits..].starts_with(']') {
                return false;
            }
            run = &inner[digits + 1..];
        }
    }
    run.is_empty() || run.starts_with('.') || run.starts_with('[')
}
