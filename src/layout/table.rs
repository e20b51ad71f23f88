//! Tables → row slices. Resolves the column widths, sets every cell's paragraphs in the
//! `table` text style with [`paragraph::set`] at the cell's width, makes each row as tall
//! as its tallest cell, and rules it (frame and inner rules as [`Item::Line`]). A row
//! taller than the room a page offers it is cut between lines into pieces that fit.
//!
//! The result, [`TableLayout`], is what [`flow`](super::flow) paginates: a zero-height
//! top rule, the header rows, then the body rows, each slice with `y` relative to its
//! own top. Flow repeats the top rule and header rows at the top of every page the
//! table continues on.

use super::frame::Item;
use super::metrics::Metrics;
use super::paragraph::{self, LineBox};
use super::style::PageStyle;
use super::units::{Point, Pt};
use crate::document::{ColumnWidth, Table, TableCell, TableRow, VAlign};

/// The most columns one cell may span; larger spans are clamped (keeps sums small).
const MAX_SPAN: usize = 64;

/// Widths larger than this (points) are clamped, so sums stay finite.
const MAX_WIDTH: f32 = 1.0e6;

/// One horizontal slice of a table: a whole row, or one piece of a row taller than a
/// page.
#[derive(Clone, Debug, PartialEq)]
pub struct RowSlice {
    pub height: Pt,
    /// Text and rules, with `y` relative to the slice's top.
    pub items: Vec<Item>,
}

/// A table set into slices ready for pagination.
#[derive(Clone, Debug, PartialEq)]
pub struct TableLayout {
    /// A zero-height slice holding the table's top rule.
    pub top: RowSlice,
    /// The header rows (each possibly cut into pieces, if taller than a page).
    pub header: Vec<RowSlice>,
    /// The body rows, in order; the pieces of a cut row follow one another.
    pub body: Vec<RowSlice>,
    /// Whether the header rows are repeated on continuation pages: yes when there are
    /// some and together they take at most half the type area's height.
    pub repeat_header: bool,
}

impl TableLayout {
    /// Has the table no rows at all?
    pub fn is_empty(&self) -> bool {
        self.header.is_empty() && self.body.is_empty()
    }
}

/// The widths of `count` columns sharing `available` points: fixed widths first (in
/// points, or in characters of `em`), then the rest shared by fraction; a column with no
/// width given counts as `Fr(1.0)`. Negative or non-finite widths count as 0. If the
/// widths add up to more than `available`, all are scaled down to fit; if they add up to
/// nothing, the columns share `available` equally.
pub fn column_widths(columns: &[ColumnWidth], count: usize, em: Pt, available: Pt) -> Vec<Pt> {
    let clean = |v: f32| {
        if v.is_finite() && v > 0.0 {
            v.min(MAX_WIDTH)
        } else {
            0.0
        }
    };
    let available = clean(available.0);
    let em = clean(em.0);
    let mut widths: Vec<f32> = Vec::with_capacity(count);
    let mut shares: Vec<f32> = Vec::with_capacity(count);
    for i in 0..count {
        let (w, fr) = match columns.get(i) {
            Some(ColumnWidth::Fixed(pt)) => (clean(*pt), 0.0),
            Some(ColumnWidth::Chars(n)) => (clean(clean(*n) * em), 0.0),
            Some(ColumnWidth::Fr(fr)) => (0.0, clean(*fr)),
            None => (0.0, 1.0),
        };
        widths.push(w);
        shares.push(fr);
    }
    let fixed: f32 = widths.iter().sum();
    let total_share: f32 = shares.iter().sum();
    if total_share > 0.0 {
        let rest = (available - fixed).max(0.0);
        for (w, fr) in widths.iter_mut().zip(&shares) {
            *w += rest * fr / total_share;
        }
    }
    let total: f32 = widths.iter().sum();
    if total <= 0.0 {
        let each = if count > 0 {
            available / count as f32
        } else {
            0.0
        };
        return vec![Pt(each); count];
    }
    let scale = if total > available {
        available / total
    } else {
        1.0
    };
    widths.into_iter().map(|w| Pt(w * scale)).collect()
}

/// The number of columns `table` needs: the columns it lists, or more if a row's cells
/// span more.
fn column_count(table: &Table) -> usize {
    let widest = table
        .header
        .iter()
        .chain(&table.rows)
        .map(|r| r.cells.iter().map(span).sum::<usize>())
        .max()
        .unwrap_or(0);
    table.columns.len().max(widest)
}

fn span(cell: &TableCell) -> usize {
    cell.span.clamp(1, MAX_SPAN)
}

/// Set `table` across the type area of `style` (centred if narrower).
pub fn set(table: &Table, style: &PageStyle, metrics: &dyn Metrics) -> TableLayout {
    let compact;
    let style = if table.compact {
        compact = style.with_compact_tables();
        &compact
    } else {
        style
    };
    let n = column_count(table);
    let widths = column_widths(&table.columns, n, style.table.size, style.type_width);
    let table_w: Pt = widths.iter().copied().sum();
    let x0 = style.left + ((style.type_width - table_w) / 2.0).max(Pt::ZERO);
    let mut xs = Vec::with_capacity(n + 1);
    let mut x = x0;
    xs.push(x);
    for w in &widths {
        x += *w;
        xs.push(x);
    }
    let geo = Geometry { xs, style, metrics };
    let x1 = geo.right();
    let frame = style.table_box.frame;
    let top = RowSlice {
        height: Pt::ZERO,
        items: vec![hline(x0, x1, Pt::ZERO, frame)],
    };
    if n == 0 {
        return TableLayout {
            top,
            header: Vec::new(),
            body: Vec::new(),
            repeat_header: false,
        };
    }

    let page = finite_or_zero(style.type_height);
    let header_rows: Vec<SetRow> = table.header.iter().map(|r| geo.set_row(r)).collect();
    let header_h: Pt = header_rows.iter().map(|r| geo.row_height(r, page)).sum();
    let repeat_header = !header_rows.is_empty() && header_h <= page / 2.0;
    let body_room = if repeat_header { page - header_h } else { page };

    let last_header = header_rows.len().checked_sub(1);
    let has_body = !table.rows.is_empty();
    let mut header = Vec::new();
    for (i, row) in header_rows.iter().enumerate() {
        let last = !has_body && Some(i) == last_header;
        header.extend(geo.slices(row, page, last));
    }
    let mut body = Vec::new();
    for (i, r) in table.rows.iter().enumerate() {
        let row = geo.set_row(r);
        body.extend(geo.slices(&row, body_room, i + 1 == table.rows.len()));
    }
    TableLayout {
        top,
        header,
        body,
        repeat_header,
    }
}

fn finite_or_zero(p: Pt) -> Pt {
    if p.0.is_finite() {
        p.max(Pt::ZERO)
    } else {
        Pt::ZERO
    }
}

/// Column edges and what is needed to set cells.
struct Geometry<'a> {
    /// Column edges, left to right (one more than the columns).
    xs: Vec<Pt>,
    style: &'a PageStyle,
    metrics: &'a dyn Metrics,
}

/// A cell's content, set: its first column and its lines, stacked from `y = 0`.
struct SetCell {
    first_col: usize,
    valign: VAlign,
    lines: Vec<LineBox>,
}

impl SetCell {
    fn content_height(&self) -> Pt {
        self.lines.iter().map(|l| l.height).sum()
    }
}

/// A row with its cells set.
struct SetRow {
    cells: Vec<SetCell>,
    /// The least height of the row's content (its `min_lines`, at least one line).
    min_content: Pt,
}

impl SetRow {
    /// The height of the tallest cell's lines.
    fn content_height(&self) -> Pt {
        self.cells
            .iter()
            .map(SetCell::content_height)
            .fold(Pt::ZERO, Pt::max)
    }
}

impl Geometry<'_> {
    fn right(&self) -> Pt {
        self.xs.last().copied().unwrap_or(Pt::ZERO)
    }

    fn pad_y(&self) -> Pt {
        finite_or_zero(self.style.table_box.pad_y)
    }

    fn pad_x(&self) -> Pt {
        finite_or_zero(self.style.table_box.pad_x)
    }

    /// Set a row's cells (padding it with empty cells to the full column count).
    fn set_row(&self, row: &TableRow) -> SetRow {
        let n = self.xs.len().saturating_sub(1).max(1);
        let mut cells = Vec::new();
        let mut col = 0;
        for cell in &row.cells {
            let first = col.min(n - 1);
            let last = (col + span(cell)).clamp(first + 1, n);
            col += span(cell);
            let x = self.xs[first] + self.pad_x();
            let w = self.xs[last] - self.xs[first] - self.pad_x() * 2.0;
            let mut lines = Vec::new();
            for p in &cell.paragraphs {
                let ts = self.style.table_role(p.role);
                lines.extend(paragraph::set(p, &ts, x, w, self.metrics));
            }
            cells.push(SetCell {
                first_col: first,
                valign: cell.valign,
                lines,
            });
        }
        while col < n {
            cells.push(SetCell {
                first_col: col,
                valign: VAlign::Top,
                lines: Vec::new(),
            });
            col += 1;
        }
        // At least one line of room in every row.
        let min_lines = if row.min_lines.is_finite() {
            row.min_lines.clamp(1.0, 1.0e4)
        } else {
            1.0
        };
        SetRow {
            cells,
            min_content: finite_or_zero(self.style.table.line_pitch * min_lines),
        }
    }

    /// The row's height, padding included, when not cut: its tallest cell or its
    /// minimum height, whichever is more (the minimum capped at `room`, so a blank box
    /// never forces a cut).
    fn row_height(&self, row: &SetRow, room: Pt) -> Pt {
        let pad = self.pad_y() * 2.0;
        (row.content_height() + pad).max(row.min_content.min(room - pad) + pad)
    }

    /// The row as slices no taller than `room`, cut between lines when its content is
    /// taller; `last` marks the table's last row, whose bottom rule is the frame.
    fn slices(&self, row: &SetRow, room: Pt, last: bool) -> Vec<RowSlice> {
        let pad = self.pad_y();
        if row.content_height() + pad * 2.0 <= room + Pt(0.01) || room <= Pt::ZERO {
            return vec![self.slice(row, self.row_height(row, room), last)];
        }
        // Cut: fill pieces of at most `room` greedily, line by line, in every cell; the
        // pieces but the last fill the room, so the rules run to the page's foot.
        let limit = room - pad * 2.0;
        let mut next = vec![0usize; row.cells.len()];
        let mut out = Vec::new();
        loop {
            let mut pieces: Vec<Vec<&LineBox>> = Vec::with_capacity(row.cells.len());
            for (c, cell) in row.cells.iter().enumerate() {
                let mut used = Pt::ZERO;
                let mut taken = Vec::new();
                while let Some(l) = cell.lines.get(next[c]) {
                    if used + l.height > limit + Pt(0.01) {
                        break;
                    }
                    used += l.height;
                    taken.push(l);
                    next[c] += 1;
                }
                pieces.push(taken);
            }
            if pieces.iter().all(Vec::is_empty) {
                // No line fits the room: one line from every cell that has any left.
                for (c, cell) in row.cells.iter().enumerate() {
                    if let Some(l) = cell.lines.get(next[c]) {
                        pieces[c].push(l);
                        next[c] += 1;
                    }
                }
            }
            let done = row
                .cells
                .iter()
                .zip(&next)
                .all(|(cell, &k)| k >= cell.lines.len());
            let content = pieces
                .iter()
                .map(|p| p.iter().map(|l| l.height).sum::<Pt>())
                .fold(Pt::ZERO, Pt::max);
            let h = if done {
                content + pad * 2.0
            } else {
                (content + pad * 2.0).max(room)
            };
            let mut items = Vec::new();
            for lines in &pieces {
                let mut y = pad;
                for l in lines {
                    items.extend(l.items.iter().map(|it| it.translated(Pt::ZERO, y)));
                    y += l.height;
                }
            }
            items.extend(self.rules(row, h, done && last));
            out.push(RowSlice { height: h, items });
            if done {
                return out;
            }
        }
    }

    /// A whole row as one slice of `height`, cells aligned vertically.
    fn slice(&self, row: &SetRow, height: Pt, last: bool) -> RowSlice {
        let pad = self.pad_y();
        let mut items = Vec::new();
        for cell in &row.cells {
            let content = cell.content_height();
            let free = (height - pad * 2.0 - content).max(Pt::ZERO);
            let mut y = pad
                + match cell.valign {
                    VAlign::Top => Pt::ZERO,
                    VAlign::Middle => free / 2.0,
                    VAlign::Bottom => free,
                };
            for l in &cell.lines {
                items.extend(l.items.iter().map(|it| it.translated(Pt::ZERO, y)));
                y += l.height;
            }
        }
        items.extend(self.rules(row, height, last));
        RowSlice { height, items }
    }

    /// The verticals of a slice of `row` of `height` (at each cell's left edge and the
    /// table's right edge) and its bottom rule.
    fn rules(&self, row: &SetRow, height: Pt, last: bool) -> Vec<Item> {
        let tb = &self.style.table_box;
        let x0 = self.xs[0];
        let x1 = self.right();
        let mut items = Vec::new();
        for cell in &row.cells {
            let x = self.xs[cell.first_col];
            let t = if cell.first_col == 0 {
                tb.frame
            } else {
                tb.rule
            };
            items.push(vline(x, height, t));
        }
        items.push(vline(x1, height, tb.frame));
        items.push(hline(x0, x1, height, if last { tb.frame } else { tb.rule }));
        items
    }
}

fn hline(x0: Pt, x1: Pt, y: Pt, thickness: Pt) -> Item {
    Item::Line {
        from: Point::new(x0, y),
        to: Point::new(x1, y),
        thickness,
    }
}

fn vline(x: Pt, height: Pt, thickness: Pt) -> Item {
    Item::Line {
        from: Point::new(x, Pt::ZERO),
        to: Point::new(x, height),
        thickness,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Paragraph, Role, Run};
    use crate::layout::frame::TextRun;
    use crate::layout::metrics::FixedMetrics;

    fn cell(text: &str) -> TableCell {
        TableCell::paragraph(Paragraph::new(Role::Label, vec![Run::fixed(text)]))
    }

    fn texts(items: &[Item]) -> Vec<&TextRun> {
        items
            .iter()
            .filter_map(|it| match it {
                Item::Text(r) => Some(r),
                Item::Line { .. } => None,
            })
            .collect()
    }

    fn lines(items: &[Item]) -> Vec<(Point, Point, Pt)> {
        items
            .iter()
            .filter_map(|it| match it {
                Item::Line {
                    from,
                    to,
                    thickness,
                } => Some((*from, *to, *thickness)),
                Item::Text(_) => None,
            })
            .collect()
    }

    #[test]
    fn fixed_columns_come_first_and_fractions_share_the_rest() {
        let cols = [
            ColumnWidth::Fixed(100.0),
            ColumnWidth::Chars(2.0),
            ColumnWidth::Fr(1.0),
            ColumnWidth::Fr(3.0),
        ];
        let w = column_widths(&cols, 4, Pt(12.0), Pt(424.0));
        assert_eq!(w, vec![Pt(100.0), Pt(24.0), Pt(75.0), Pt(225.0)]);
    }

    #[test]
    fn columns_wider_than_the_measure_are_scaled_down_to_fit() {
        let w = column_widths(
            &[ColumnWidth::Fixed(300.0), ColumnWidth::Fixed(900.0)],
            2,
            Pt(12.0),
            Pt(400.0),
        );
        assert_eq!(w, vec![Pt(100.0), Pt(300.0)]);
    }

    #[test]
    fn missing_columns_count_as_one_fraction_and_bad_widths_as_zero() {
        let cols = [ColumnWidth::Fixed(f32::NAN), ColumnWidth::Fr(-2.0)];
        let w = column_widths(&cols, 3, Pt(12.0), Pt(300.0));
        assert_eq!(w, vec![Pt(0.0), Pt(0.0), Pt(300.0)]);
        let w = column_widths(
            &[ColumnWidth::Fr(0.0), ColumnWidth::Fixed(f32::INFINITY)],
            2,
            Pt(12.0),
            Pt(300.0),
        );
        assert!(w.iter().all(|p| p.0.is_finite()) && w.iter().copied().sum::<Pt>() <= Pt(300.0));
    }

    #[test]
    fn all_zero_widths_share_the_measure_equally() {
        let w = column_widths(
            &[ColumnWidth::Fr(0.0), ColumnWidth::Fixed(0.0)],
            2,
            Pt(12.0),
            Pt(300.0),
        );
        assert_eq!(w, vec![Pt(150.0), Pt(150.0)]);
    }

    #[test]
    fn a_narrow_table_is_centred_in_the_type_area() {
        let style = PageStyle::gbt9704();
        let t = Table::new(vec![ColumnWidth::Fixed(100.0)]).row(TableRow::new(vec![cell("甲")]));
        let set = set(&t, &style, &FixedMetrics);
        let (from, to, _) = lines(&set.top.items)[0];
        let mid = style.left + style.type_width / 2.0;
        assert!((from.x.0 - (mid.0 - 50.0)).abs() < 1e-3 && (to.x.0 - (mid.0 + 50.0)).abs() < 1e-3);
    }

    #[test]
    fn a_row_is_as_tall_as_its_tallest_cell_and_text_wraps_in_its_cell() {
        let style = PageStyle::gbt9704();
        // 48 pt columns hold (48 − 8) / 12 = 3 characters a line.
        let t = Table::new(vec![ColumnWidth::Fixed(48.0), ColumnWidth::Fixed(48.0)])
            .row(TableRow::new(vec![cell("甲乙丙丁戊己庚"), cell("甲")]));
        let set = set(&t, &style, &FixedMetrics);
        assert_eq!(set.body.len(), 1);
        let pad = style.table_box.pad_y * 2.0;
        assert_eq!(set.body[0].height, style.table.line_pitch * 3.0 + pad);
        let x0 = style.left + (style.type_width - Pt(96.0)) / 2.0;
        for r in texts(&set.body[0].items) {
            let in_first = r.origin.x >= x0 && r.origin.x + r.width() <= x0 + Pt(48.0) + Pt(0.01);
            let in_second =
                r.origin.x >= x0 + Pt(48.0) && r.origin.x + r.width() <= x0 + Pt(96.0) + Pt(0.01);
            assert!(in_first || in_second, "{r:?} crosses a column rule");
        }
    }

    #[test]
    fn a_short_cell_is_centred_vertically_by_default_and_can_sit_on_top() {
        let style = PageStyle::gbt9704();
        let tall = cell("甲乙丙丁戊己庚");
        let t = Table::new(vec![ColumnWidth::Fixed(48.0); 3]).row(TableRow::new(vec![
            tall,
            cell("中"),
            cell("上").valign(VAlign::Top),
        ]));
        let set = set(&t, &style, &FixedMetrics);
        let runs = texts(&set.body[0].items);
        let y = |s: &str| {
            runs.iter()
                .find(|r| r.text == s)
                .map(|r| r.origin.y)
                .expect("run")
        };
        assert!(((y("中") - y("上")) - style.table.line_pitch).0.abs() < 1e-3);
        assert_eq!(y("上"), y("甲乙丙"));
    }

    #[test]
    fn every_row_is_ruled_with_verticals_and_a_bottom_rule_and_the_frame_is_thicker() {
        let style = PageStyle::gbt9704();
        let t = Table::new(vec![ColumnWidth::Fr(1.0); 3])
            .header_row(TableRow::new(vec![
                cell("序号"),
                cell("文书名称"),
                cell("页号"),
            ]))
            .row(TableRow::new(vec![
                cell("1"),
                cell("人民调解申请书"),
                cell("1"),
            ]))
            .row(TableRow::new(vec![
                cell("2"),
                cell("人民调解协议书"),
                cell("2-3"),
            ]));
        let set = set(&t, &style, &FixedMetrics);
        assert_eq!(lines(&set.top.items).len(), 1);
        assert_eq!(lines(&set.top.items)[0].2, style.table_box.frame);
        for (k, row) in set.header.iter().chain(&set.body).enumerate() {
            let ls = lines(&row.items);
            let verticals: Vec<_> = ls.iter().filter(|(f, t, _)| f.x == t.x).collect();
            let horizontals: Vec<_> = ls.iter().filter(|(f, t, _)| f.y == t.y).collect();
            assert_eq!(verticals.len(), 4);
            assert!(
                verticals
                    .iter()
                    .all(|(f, t, _)| f.y == Pt::ZERO && t.y == row.height)
            );
            assert_eq!(horizontals.len(), 1);
            let bottom = if k == 2 {
                style.table_box.frame
            } else {
                style.table_box.rule
            };
            assert_eq!(horizontals[0].2, bottom);
            assert_eq!(horizontals[0].0.y, row.height);
        }
        assert!(set.repeat_header);
    }

    #[test]
    fn a_spanning_cell_has_no_rule_inside_it() {
        let style = PageStyle::gbt9704();
        let t = Table::new(vec![ColumnWidth::Fr(1.0); 3])
            .row(TableRow::new(vec![cell("卷名").span(2), cell("号")]));
        let set = set(&t, &style, &FixedMetrics);
        let verticals = lines(&set.body[0].items)
            .into_iter()
            .filter(|(f, t, _)| f.x == t.x)
            .count();
        assert_eq!(verticals, 3);
    }

    #[test]
    fn a_row_with_more_cells_than_columns_adds_columns_and_drops_nothing() {
        let style = PageStyle::gbt9704();
        let t = Table::new(vec![ColumnWidth::Fr(1.0)]).row(TableRow::new(vec![
            cell("甲"),
            cell("乙"),
            cell("丙"),
        ]));
        let set = set(&t, &style, &FixedMetrics);
        let text: String = texts(&set.body[0].items)
            .iter()
            .map(|r| r.text.as_str())
            .collect();
        assert_eq!(text, "甲乙丙");
    }

    #[test]
    fn a_blank_row_is_as_tall_as_its_minimum_lines() {
        let style = PageStyle::gbt9704();
        let t = Table::new(vec![ColumnWidth::Fr(1.0)])
            .row(TableRow::new(vec![TableCell::empty()]).min_lines(5.0));
        let set = set(&t, &style, &FixedMetrics);
        assert_eq!(
            set.body[0].height,
            style.table.line_pitch * 5.0 + style.table_box.pad_y * 2.0
        );
    }

    #[test]
    fn a_row_taller_than_a_page_is_cut_into_pieces_that_fit_below_the_header() {
        let style = PageStyle::gbt9704();
        let long = "调".repeat(36 * 80);
        let t = Table::new(vec![ColumnWidth::Fr(1.0)])
            .header_row(TableRow::new(vec![cell("标题")]))
            .row(TableRow::new(vec![cell(&long)]));
        let set = set(&t, &style, &FixedMetrics);
        let header_h: Pt = set.header.iter().map(|s| s.height).sum();
        assert!(set.body.len() > 1);
        for s in &set.body {
            assert!(
                s.height + header_h <= style.type_height + Pt(0.01),
                "{:?}",
                s.height
            );
        }
        let text: String = set
            .body
            .iter()
            .flat_map(|s| texts(&s.items))
            .map(|r| r.text.as_str())
            .collect();
        assert_eq!(text, long);
    }

    #[test]
    fn a_header_taller_than_half_a_page_is_not_repeated() {
        let style = PageStyle::gbt9704();
        let t = Table::new(vec![ColumnWidth::Fr(1.0)])
            .header_row(TableRow::new(vec![TableCell::empty()]).min_lines(20.0))
            .row(TableRow::new(vec![cell("甲")]));
        assert!(!set(&t, &style, &FixedMetrics).repeat_header);
    }

    #[test]
    fn a_table_without_rows_or_columns_sets_nothing_and_does_not_panic() {
        let style = PageStyle::gbt9704();
        assert!(set(&Table::default(), &style, &FixedMetrics).is_empty());
        let t = Table::new(vec![]).row(TableRow::new(vec![]));
        assert!(set(&t, &style, &FixedMetrics).is_empty());
        let mut odd = style.clone();
        odd.type_height = Pt(-5.0);
        odd.type_width = Pt(f32::NAN);
        let t = Table::new(vec![ColumnWidth::Fr(1.0)])
            .row(TableRow::new(vec![cell(&"甲".repeat(50)).span(usize::MAX)]));
        let _ = set(&t, &odd, &FixedMetrics);
    }
}
