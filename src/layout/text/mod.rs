//! Setting a paragraph's text into lines: segment into atoms ([`segment()`]), price the
//! breaks that cut an expression ([`ties()`]), break into lines by total fit with 禁则
//! ([`linebreak`]), justify and compress punctuation ([`justify()`]).
//!
//! Everything here is a pure function over a paragraph's characters and their advance
//! widths in points, already resolved by the caller through a
//! [`Metrics`](crate::layout::metrics::Metrics): the text stage knows nothing about
//! fonts. [`set_paragraph`] runs the whole stage.

pub mod justify;
pub mod linebreak;
pub mod segment;
pub mod ties;

pub use justify::{compressed_widths, compression, is_compressed, justify, shrinkability};
pub use linebreak::{BreakOptions, Line, LineEnd, break_lines, break_lines_with};
pub use segment::{
    Atom, AtomKind, LINE_END_PROHIBITED, LINE_START_PROHIBITED, is_line_end_prohibited,
    is_line_start_prohibited, segment,
};
pub use ties::ties;

use std::ops::Range;

/// How [`set_paragraph`] sets a paragraph.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SetOptions {
    /// Let a line-end ，。、 hang past the measure (CLREQ 行尾点号悬挂). Default off.
    pub hang_closing: bool,
    /// 标点挤压 throughout: set the first of two adjacent full-width punctuation marks
    /// half-width everywhere. Default off.
    pub compress_punct: bool,
    /// 标点挤压 on demand: a line too full may set the first of two adjacent full-width
    /// marks half-width, before any line is stretched (ignored with
    /// `compress_punct`, which has already compressed them all). Default on.
    pub shrink_punct: bool,
    /// Justify every line that ends [`LineEnd::Soft`]. Default on; turn off for ragged
    /// or centred text.
    pub justify: bool,
    /// The font size (pt): the em in which justification is held to
    /// [`linebreak::COMFORTABLE_STRETCH_EM`] per gap. `None` estimates it from the widths
    /// (the widest ideograph, tracking included). Default `None`.
    pub em: Option<f32>,
}

impl Default for SetOptions {
    fn default() -> Self {
        SetOptions {
            hang_closing: false,
            compress_punct: false,
            shrink_punct: true,
            justify: true,
            em: None,
        }
    }
}

/// Merge atoms across glued boundaries into one unbreakable word-like atom.
///
/// A glued group wider than `limit` (a whole line) could only be force-broken at an
/// arbitrary character, which may put a 「）」 or 「，」 at the start of a line. Such a
/// group is left as its own atoms instead: it breaks where ordinary text breaks, with
/// the line-start and line-end rules (禁则) intact.
fn merge_glued(atoms: Vec<Atom>, glue: &[bool], widths: &[f32], limit: f32) -> Vec<Atom> {
    let width =
        |r: &Range<usize>| -> f32 { r.clone().map(|i| linebreak::width_at(widths, i)).sum() };
    let mut out: Vec<Atom> = Vec::with_capacity(atoms.len());
    // The atoms merged into `out.last()`, kept to undo an over-wide merge.
    let mut group: Vec<Atom> = Vec::new();
    let flush = |out: &mut Vec<Atom>, group: &mut Vec<Atom>| {
        if group.len() > 1
            && out
                .last()
                .is_some_and(|last| width(&last.range) > limit + linebreak::EPSILON)
        {
            out.pop();
            out.append(group);
        }
        group.clear();
    };
    // A space inside a kept run (the character after it glued to it, as in 「第1页　共3页」)
    // is no break either: it joins the word around it. A space ending a run, or a hard
    // break, stays a break.
    let inner_space =
        |a: &Atom| a.kind == AtomKind::Space && glue.get(a.range.end).copied().unwrap_or(false);
    let joins = |a: &Atom| !linebreak::is_trailing(a.kind) || inner_space(a);
    for a in atoms {
        let glued = glue.get(a.range.start).copied().unwrap_or(false);
        match out.last_mut() {
            Some(prev) if glued && prev.range.end == a.range.start && joins(prev) && joins(&a) => {
                prev.range.end = a.range.end;
                prev.kind = AtomKind::Word;
                group.push(a);
            }
            _ => {
                flush(&mut out, &mut group);
                group.push(a.clone());
                out.push(a);
            }
        }
    }
    flush(&mut out, &mut group);
    out
}

/// One set line of a paragraph.
#[derive(Clone, Debug, PartialEq)]
pub struct SetLine {
    /// The line's characters, as indices into the paragraph.
    pub range: Range<usize>,
    /// Extra space (pt) after each character of the line, relative to its natural
    /// advance: justification (≥ 0) plus compression (−½ advance). One entry per char.
    pub extra: Vec<f32>,
    /// How the line ends.
    pub end: LineEnd,
    /// The set width (pt) of the line's content, extras included, trailing spaces
    /// excluded: the measure for a justified line; use it to centre or right-align.
    pub width: f32,
}

/// Break and justify a paragraph in one go.
///
/// `widths[i]` is the natural advance of `chars[i]` in points (missing, negative or NaN
/// widths count as 0); `first_width` is the first line's measure, `rest_width` every
/// other line's. With `opts.compress_punct`, the compressed widths are used for
/// breaking and justification ([`compressed_widths`]) and the compression shows up as
/// negative extras, so the caller always draws natural advances plus `extra`.
pub fn set_paragraph(
    chars: &[char],
    widths: &[f32],
    first_width: f32,
    rest_width: f32,
    opts: &SetOptions,
) -> Vec<SetLine> {
    set_paragraph_glued(chars, widths, &[], first_width, rest_width, opts)
}

/// [`set_paragraph`] with glue: `glue[i] == true` forbids a line break between
/// `chars[i - 1]` and `chars[i]` (the atoms either side are set as one unbreakable
/// unit, force-broken only if wider than a line). Used to keep a form label such as
/// 「年龄：」 whole and on the line of its value. A short or empty `glue` glues nothing.
pub fn set_paragraph_glued(
    chars: &[char],
    widths: &[f32],
    glue: &[bool],
    first_width: f32,
    rest_width: f32,
    opts: &SetOptions,
) -> Vec<SetLine> {
    let set_widths = if opts.compress_punct {
        compressed_widths(chars, widths)
    } else {
        (0..chars.len())
            .map(|i| linebreak::width_at(widths, i))
            .collect()
    };
    let squeeze = if opts.compress_punct {
        compression(chars, widths)
    } else {
        Vec::new()
    };
    let shrink = if opts.shrink_punct && !opts.compress_punct {
        shrinkability(chars, widths)
    } else {
        Vec::new()
    };
    let atoms = segment(chars);
    let prices = ties(chars, &atoms);
    let atoms = merge_glued(atoms, glue, &set_widths, rest_width.min(first_width));
    let break_opts = BreakOptions {
        hang_closing: opts.hang_closing,
        ragged: !opts.justify,
    };
    let input = linebreak::Input {
        chars,
        atoms: &atoms,
        widths: &set_widths,
        shrink: &shrink,
        ties: &prices,
        em: opts.em,
    };
    let lines = linebreak::break_atoms(&input, first_width, rest_width, &break_opts);
    lines
        .into_iter()
        .enumerate()
        .map(|(n, line)| {
            let measure = if n == 0 { first_width } else { rest_width };
            let mut extra =
                justify::justify_atoms(chars, &atoms, &set_widths, &shrink, &line, measure);
            if !opts.justify {
                // Ragged: keep only the squeeze the line breaker counted on.
                for e in &mut extra {
                    *e = e.min(0.0);
                }
            }
            let width = line.width + extra.iter().sum::<f32>();
            for (k, e) in extra.iter_mut().enumerate() {
                *e += squeeze.get(line.range.start + k).copied().unwrap_or(0.0);
            }
            SetLine {
                range: line.range,
                extra,
                end: line.end,
                width,
            }
        })
        .collect()
}

#[cfg(test)]
mod tokens;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::metrics::is_wide;
    use proptest::prelude::*;

    /// Fake widths: wide characters `size`, others `size / 2`.
    fn widths(chars: &[char], size: f32) -> Vec<f32> {
        chars
            .iter()
            .map(|&c| if is_wide(c) { size } else { size * 0.5 })
            .collect()
    }

    #[test]
    fn a_space_inside_a_glued_run_is_no_break_but_a_space_after_it_is() {
        // 「编号甲乙　第1页　共3页」 where 「第1页　共3页」 is glued: on a line of 8 it cannot
        // break at its inner space; it moves whole to the next line after 「　」.
        let chars: Vec<char> = "编号甲乙　第1页　共3页".chars().collect();
        let w = widths(&chars, 1.0);
        let start = 6; // after 「第」
        let glue: Vec<bool> = (0..chars.len()).map(|i| i >= start).collect();
        let lines = set_paragraph_glued(&chars, &w, &glue, 8.0, 8.0, &SetOptions::default());
        let texts: Vec<String> = lines
            .iter()
            .map(|l| {
                chars[l.range.clone()]
                    .iter()
                    .collect::<String>()
                    .trim_end()
                    .to_string()
            })
            .collect();
        assert_eq!(texts, vec!["编号甲乙", "第1页　共3页"]);
    }

    use super::tokens::{HAN, token};

    fn text() -> impl Strategy<Value = Vec<char>> {
        prop::collection::vec(token(), 0..60).prop_map(|v| v.concat().chars().collect())
    }

    /// Characters that stress the segmenter: emoji, combining marks, controls.
    fn wild_char() -> impl Strategy<Value = char> {
        prop_oneof![
            3 => any::<char>(),
            2 => prop::sample::select(&[
                '\u{301}', '\u{200D}', '\u{FE0F}', '👨', '👩', '\u{1F3FB}', '\0', '\n', '\r',
                '\t', '\u{0B}', '\u{2028}', ' ', '\u{3000}', '，', '（', '…', '—', 'a', '1',
                '.', ',', '¥', '调', 'ッ', '\u{E0061}',
            ][..]),
        ]
    }

    /// Pieces of the line `range` (atoms clipped to it), with kinds.
    fn pieces(atoms: &[Atom], range: &Range<usize>) -> Vec<(Range<usize>, AtomKind)> {
        atoms
            .iter()
            .filter(|a| a.range.end > range.start && a.range.start < range.end)
            .map(|a| {
                (
                    a.range.start.max(range.start)..a.range.end.min(range.end),
                    a.kind,
                )
            })
            .collect()
    }

    /// The line's pieces without trailing spaces and hard breaks.
    fn content(atoms: &[Atom], range: &Range<usize>) -> Vec<(Range<usize>, AtomKind)> {
        let mut p = pieces(atoms, range);
        while p
            .last()
            .is_some_and(|(_, k)| matches!(k, AtomKind::Space | AtomKind::Newline))
        {
            p.pop();
        }
        p
    }

    /// Lines tile the input exactly, and an empty input gives one empty line.
    fn assert_tiles(chars: &[char], ranges: &[Range<usize>]) {
        assert!(!ranges.is_empty());
        if chars.is_empty() {
            assert_eq!(ranges.len(), 1);
            assert_eq!(ranges[0], 0..0);
            return;
        }
        let mut at = 0;
        for r in ranges {
            assert_eq!(r.start, at, "gap or overlap at {at}");
            assert!(r.end > r.start, "empty line at {at}");
            at = r.end;
        }
        assert_eq!(at, chars.len());
    }

    /// Does the boundary before the piece at index `k` of `content` break a 禁则 rule?
    /// (`content` is one line's content pieces.)
    fn legal_inside(chars: &[char], content: &[(Range<usize>, AtomKind)], k: usize) -> bool {
        let (ref r, kind) = content[k];
        if kind == AtomKind::Close
            || kind == AtomKind::Space
            || is_line_start_prohibited(chars[r.start])
        {
            return false;
        }
        match content[..k]
            .iter()
            .rev()
            .find(|(_, k)| *k != AtomKind::Space)
        {
            None => false,
            Some((r, kind)) => *kind != AtomKind::Open && !is_line_end_prohibited(chars[r.end - 1]),
        }
    }

    const CAPITALS: &[&str] = &[
        "人民币壹万贰仟叁佰肆拾伍元陆角柒分",
        "人民币捌万陆仟伍佰元整",
        "人民币肆仟伍佰伍拾元整",
        "人民币壹拾万元整",
    ];
    const FIGURES: &[&str] = &["（¥12,345.67）", "（¥86,500.00）", "（¥4,550.00）", ""];
    const CHINESE_PUNCT: &[&str] = &[
        "，", "。", "、", "；", "：", "“", "”", "《", "》", "（", "）",
    ];

    /// Chinese legal prose: Han, dates, times, amounts in capitals with their figures,
    /// numbers with units, punctuation.
    fn chinese_token() -> impl Strategy<Value = String> {
        prop_oneof![
            12 => prop::sample::select(HAN).prop_map(String::from),
            2 => (2000u32..2100, 1u32..13, 1u32..32)
                .prop_map(|(y, m, d)| format!("{y}年{m}月{d}日")),
            1 => (0u32..24, 0u32..60).prop_map(|(h, m)| format!("{h}时{m}分")),
            2 => (prop::sample::select(CAPITALS), prop::sample::select(FIGURES))
                .prop_map(|(c, f)| format!("{c}{f}")),
            1 => "[0-9]{1,6}",
            1 => "[1-9][0-9]{0,2}(,[0-9]{3})?\\.[0-9]{2}元",
            3 => prop::sample::select(CHINESE_PUNCT).prop_map(String::from),
        ]
    }

    fn chinese_text() -> impl Strategy<Value = Vec<char>> {
        prop::collection::vec(chinese_token(), 1..80).prop_map(|v| v.concat().chars().collect())
    }

    /// Could the paragraph (no spaces, no hard breaks) be broken at legal 禁则 breaks so
    /// that every line fits its measure (`first` for the first line, `rest` for the
    /// others; 标点挤压 allowed) and no justified line adds more than `bound` to a gap?
    /// (A reachability search over all breakings, independent of the line breaker; ties
    /// are ignored. A justified line of one atom with room to spare has no gap to
    /// spread it over and counts as past the bound.)
    fn some_breaking_keeps_the_bound(
        chars: &[char],
        w: &[f32],
        first: f32,
        rest: f32,
        bound: f32,
    ) -> bool {
        let atoms = segment(chars);
        let shrink = shrinkability(chars, w);
        let n = atoms.len();
        let legal =
            |k: usize| atoms[k].kind != AtomKind::Close && atoms[k - 1].kind != AtomKind::Open;
        let mut reach = vec![false; n + 1];
        reach[0] = true;
        for a in 0..n {
            if !reach[a] {
                continue;
            }
            let measure = if a == 0 { first } else { rest };
            let (mut width, mut give) = (0.0, 0.0);
            for b in a + 1..=n {
                width += atoms[b - 1].range.clone().map(|i| w[i]).sum::<f32>();
                give += atoms[b - 1].range.clone().map(|i| shrink[i]).sum::<f32>();
                if width - give > measure + 1e-3 {
                    break;
                }
                if b == n {
                    return true;
                }
                let gaps = (b - a - 1) as f32;
                let slack = measure - width;
                if legal(b) && (slack <= 1e-3 || (gaps > 0.0 && slack / gaps <= bound + 1e-4)) {
                    reach[b] = true;
                }
            }
        }
        false
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// The bound: no justified line adds more than 0.1 em to a gap, unless no
        /// breaking of the paragraph can keep it (an unbreakable run such as
        /// 「（¥86,500.00）」 leaving a line short with no line before it to share the
        /// slack). Lines may have a hanging indent (first measure ≠ the others').
        #[test]
        fn justified_gaps_stay_within_a_tenth_of_an_em(
            chars in chinese_text(), size in 8.0f32..20.0, first_em in 8u32..40,
            indent in prop_oneof![Just(0i32), -6i32..7],
        ) {
            let w = widths(&chars, size);
            let first = first_em as f32 * size;
            let rest = (first_em as i32 + indent).max(4) as f32 * size;
            let opts = SetOptions { em: Some(size), ..SetOptions::default() };
            let set = set_paragraph(&chars, &w, first, rest, &opts);
            let bound = 0.1 * size;
            let worst = set
                .iter()
                .filter(|l| l.end == LineEnd::Soft)
                .flat_map(|l| l.extra.iter().copied())
                .fold(0.0_f32, f32::max);
            if worst > bound + 1e-3 {
                prop_assert!(
                    !some_breaking_keeps_the_bound(&chars, &w, first, rest, bound),
                    "{} adds {} em to a gap: {:?}",
                    chars.iter().collect::<String>(),
                    worst / size,
                    set.iter()
                        .map(|l| chars[l.range.clone()].iter().collect::<String>())
                        .collect::<Vec<_>>()
                );
            }
        }

        /// 标点挤压 on demand: no line is wider than its measure unless it holds one
        /// content atom; a squeezed character gives up at most half its width, and only
        /// a compressible one; justified lines with two atoms or more fill the measure.
        #[test]
        fn squeezed_lines_fit_and_fill_the_measure(
            chars in text(), size in 5.0f32..30.0, first in 1.0f32..40.0, rest in 1.0f32..40.0,
        ) {
            let w = widths(&chars, size);
            let atoms = segment(&chars);
            let set = set_paragraph(&chars, &w, first * size, rest * size, &SetOptions::default());
            for (n, line) in set.iter().enumerate() {
                let measure = if n == 0 { first } else { rest } * size;
                for (k, e) in line.extra.iter().enumerate() {
                    let i = line.range.start + k;
                    if *e < 0.0 {
                        prop_assert!(is_compressed(&chars, i), "{line:?} squeezes {i}");
                        prop_assert!(*e >= -0.5 * w[i] - 1e-4, "{line:?}");
                    }
                }
                let cont = content(&atoms, &line.range);
                let Some(end) = cont.last().map(|(r, _)| r.end) else { continue };
                let drawn: f32 = (line.range.start..end)
                    .map(|i| w[i] + line.extra[i - line.range.start])
                    .sum();
                let atoms_in = cont.iter().filter(|(_, k)| *k != AtomKind::Space).count();
                if drawn > measure + 0.01 {
                    prop_assert_eq!(atoms_in, 1, "{:?} overflows {}", line, measure);
                }
                if line.end == LineEnd::Soft && cont.len() >= 2 && line.width <= measure + 0.01 {
                    prop_assert!((drawn - measure).abs() < 0.01, "{line:?}: {drawn} vs {measure}");
                }
            }
        }

        #[test]
        fn atoms_tile_any_input(chars in prop::collection::vec(wild_char(), 0..80)) {
            let atoms = segment(&chars);
            let ranges: Vec<Range<usize>> = atoms.iter().map(|a| a.range.clone()).collect();
            if chars.is_empty() {
                prop_assert!(atoms.is_empty());
            } else {
                assert_tiles(&chars, &ranges);
            }
        }

        /// (1) Lines concatenate back to the input.
        #[test]
        fn lines_concatenate_to_the_input(
            chars in text(), size in 5.0f32..30.0, first in 1.0f32..40.0, rest in 1.0f32..40.0,
            hang in any::<bool>(),
        ) {
            let w = widths(&chars, size);
            let lines = break_lines_with(
                &chars, &w, first * size, rest * size, &BreakOptions { hang_closing: hang, ragged: false },
            );
            let ranges: Vec<_> = lines.iter().map(|l| l.range.clone()).collect();
            assert_tiles(&chars, &ranges);
            let joined: String = ranges.iter().flat_map(|r| chars[r.clone()].iter()).collect();
            prop_assert_eq!(joined, chars.iter().collect::<String>());
            prop_assert_eq!(lines.last().unwrap().end, LineEnd::Paragraph);
        }

        /// (2) No line is wider than its measure unless it holds a single content atom
        /// (or forced piece).
        #[test]
        fn lines_fit_unless_one_unbreakable_atom(
            chars in text(), size in 5.0f32..30.0, first in 1.0f32..40.0, rest in 1.0f32..40.0,
        ) {
            let w = widths(&chars, size);
            let atoms = segment(&chars);
            for (n, line) in break_lines(&chars, &w, first * size, rest * size).iter().enumerate() {
                let measure = if n == 0 { first } else { rest } * size;
                let cont = content(&atoms, &line.range);
                let natural: f32 = cont
                    .last()
                    .map_or(0.0, |(r, _)| w[line.range.start..r.end].iter().sum());
                prop_assert!((natural - line.width).abs() < 0.01, "{line:?} natural {natural}");
                if line.width > measure + 0.01 {
                    let atoms_in = cont.iter().filter(|(_, k)| *k != AtomKind::Space).count();
                    prop_assert_eq!(atoms_in, 1, "{:?} overflows {}", line, measure);
                }
            }
        }

        /// (3) 禁则: after a Soft break, the next line does not start with a
        /// line-start-prohibited atom and the line does not end (before trailing spaces)
        /// with a line-end-prohibited one — unless unavoidable, meaning the line has no
        /// legal break inside it: every boundary between its content atoms would
        /// itself start a line with a closing mark, end one with an opening mark, or
        /// leave only spaces before it.
        #[test]
        fn no_forbidden_punctuation_at_soft_breaks_unless_unavoidable(
            chars in text(), size in 5.0f32..30.0, first in 1.0f32..40.0, rest in 1.0f32..40.0,
        ) {
            let w = widths(&chars, size);
            let atoms = segment(&chars);
            let lines = break_lines(&chars, &w, first * size, rest * size);
            for pair in lines.windows(2) {
                let (line, next) = (&pair[0], &pair[1]);
                if line.end != LineEnd::Soft {
                    continue;
                }
                let cont = content(&atoms, &line.range);
                let next_first = &pieces(&atoms, &next.range)[0];
                let last = cont.iter().rev().find(|(_, k)| *k != AtomKind::Space);
                let bad_start = next_first.1 == AtomKind::Close
                    || is_line_start_prohibited(chars[next.range.start]);
                let bad_end = last.is_none_or(|(r, k)| {
                    *k == AtomKind::Open || is_line_end_prohibited(chars[r.end - 1])
                });
                if bad_start || bad_end {
                    for k in 1..cont.len() {
                        prop_assert!(
                            !legal_inside(&chars, &cont, k),
                            "avoidable violation: {:?} | {:?}, legal break before {:?}",
                            chars[line.range.clone()].iter().collect::<String>(),
                            chars[next.range.clone()].iter().collect::<String>(),
                            cont[k].0,
                        );
                    }
                }
            }
        }

        /// (4) Justified Soft lines with at least one gap fill the measure; extras are
        /// never negative.
        #[test]
        fn justified_lines_fill_the_measure(
            chars in text(), size in 5.0f32..30.0, first in 1.0f32..40.0, rest in 1.0f32..40.0,
            hang in any::<bool>(),
        ) {
            let w = widths(&chars, size);
            let atoms = segment(&chars);
            let opts = BreakOptions { hang_closing: hang, ragged: false };
            let lines = break_lines_with(&chars, &w, first * size, rest * size, &opts);
            for (n, line) in lines.iter().enumerate() {
                let measure = if n == 0 { first } else { rest } * size;
                let extra = justify(&chars, &w, line, measure);
                prop_assert_eq!(extra.len(), line.range.len());
                prop_assert!(extra.iter().all(|e| *e >= 0.0));
                let cont = content(&atoms, &line.range);
                if line.end != LineEnd::Soft {
                    prop_assert!(extra.iter().all(|e| *e == 0.0));
                    continue;
                }
                let hung = line.width > measure + 0.01;
                let hung_width = if hung { cont.last().map_or(0.0, |(r, _)| w[r.clone()].iter().sum()) } else { 0.0 };
                let gaps_possible = cont.len() >= if hung { 3 } else { 2 };
                if gaps_possible {
                    let total = line.width - hung_width + extra.iter().sum::<f32>();
                    prop_assert!((total - measure).abs() < 0.01, "{line:?}: {total} vs {measure}");
                }
            }
        }

        /// (4, with 标点挤压) set_paragraph's extras are relative to natural widths and
        /// justified lines still fill the measure.
        #[test]
        fn set_paragraph_with_compression_fills_the_measure(
            chars in text(), size in 5.0f32..30.0, first in 1.0f32..40.0, rest in 1.0f32..40.0,
        ) {
            let w = widths(&chars, size);
            let atoms = segment(&chars);
            let opts = SetOptions { compress_punct: true, ..SetOptions::default() };
            let set = set_paragraph(&chars, &w, first * size, rest * size, &opts);
            let ranges: Vec<_> = set.iter().map(|l| l.range.clone()).collect();
            assert_tiles(&chars, &ranges);
            for (n, line) in set.iter().enumerate() {
                let measure = if n == 0 { first } else { rest } * size;
                prop_assert_eq!(line.extra.len(), line.range.len());
                let cont = content(&atoms, &line.range);
                let Some(end) = cont.last().map(|(r, _)| r.end) else { continue };
                let drawn: f32 = (line.range.start..end)
                    .map(|i| w[i] + line.extra[i - line.range.start])
                    .sum();
                prop_assert!((drawn - line.width).abs() < 0.01, "{line:?}: drawn {drawn}");
                if line.end == LineEnd::Soft && cont.len() >= 2 && line.width <= measure + 0.01 {
                    prop_assert!((drawn - measure).abs() < 0.01, "{line:?}: {drawn} vs {measure}");
                }
            }
        }

        /// (5) No panic on arbitrary characters, widths (zero, negative, missing) and
        /// measures (zero, negative), with every option; lines still tile the input.
        #[test]
        fn never_panics_on_wild_input(
            chars in prop::collection::vec(wild_char(), 0..80),
            ws in prop::collection::vec(prop_oneof![Just(0.0f32), 0.0f32..3.0, Just(-1.0f32)], 0..90),
            first in -5.0f32..50.0, rest in -5.0f32..50.0,
            hang in any::<bool>(), compress in any::<bool>(), shrink in any::<bool>(),
            just in any::<bool>(),
            em in prop_oneof![
                Just(None), Just(Some(0.0f32)), Just(Some(-1.0)), Just(Some(f32::NAN)),
                Just(Some(f32::INFINITY)), (0.01f32..40.0).prop_map(Some),
            ],
        ) {
            let opts = SetOptions { hang_closing: hang, compress_punct: compress, shrink_punct: shrink, justify: just, em };
            let set = set_paragraph(&chars, &ws, first, rest, &opts);
            let ranges: Vec<_> = set.iter().map(|l| l.range.clone()).collect();
            assert_tiles(&chars, &ranges);
            for line in break_lines(&chars, &ws, first, rest) {
                let extra = justify(&chars, &ws, &line, rest);
                prop_assert!(extra.iter().all(|e| *e >= 0.0 && e.is_finite()));
            }
            let _ = compressed_widths(&chars, &ws);
        }

        /// Arbitrary strings (proptest's own generator) also never panic.
        #[test]
        fn never_panics_on_any_string(s in any::<String>(), m in 0.0f32..20.0) {
            let chars: Vec<char> = s.chars().collect();
            let w = vec![1.0; chars.len()];
            let set = set_paragraph(&chars, &w, m, m, &SetOptions::default());
            let ranges: Vec<_> = set.iter().map(|l| l.range.clone()).collect();
            assert_tiles(&chars, &ranges);
        }
    }

    #[test]
    fn set_paragraph_reports_ranges_extras_and_ends() {
        let chars: Vec<char> = "一二三四五六七".chars().collect();
        let set = set_paragraph(
            &chars,
            &widths(&chars, 10.0),
            35.0,
            35.0,
            &SetOptions::default(),
        );
        assert_eq!(set.len(), 3);
        assert_eq!(set[0].range, 0..3);
        assert_eq!(set[0].extra, [2.5, 2.5, 0.0]);
        assert_eq!(set[0].end, LineEnd::Soft);
        assert_eq!(set[0].width, 35.0);
        assert_eq!(set[2].end, LineEnd::Paragraph);
        assert_eq!(set[2].extra, [0.0]);
    }

    #[test]
    fn compression_lets_one_more_character_fit() {
        // 好。」好: 4 em natural, 3.5 em with 。 compressed.
        let chars: Vec<char> = "好。」好".chars().collect();
        let w = widths(&chars, 1.0);
        let natural = SetOptions {
            shrink_punct: false,
            ..SetOptions::default()
        };
        let plain = set_paragraph(&chars, &w, 3.5, 3.5, &natural);
        assert_eq!(plain.len(), 2);
        for opts in [
            SetOptions {
                compress_punct: true,
                ..SetOptions::default()
            },
            SetOptions::default(),
        ] {
            let set = set_paragraph(&chars, &w, 3.5, 3.5, &opts);
            assert_eq!(set.len(), 1, "{opts:?}");
            assert_eq!(set[0].extra, [0.0, -0.5, 0.0, 0.0]);
            assert_eq!(set[0].width, 3.5);
        }
    }

    #[test]
    fn punctuation_is_squeezed_only_as_much_as_the_line_needs() {
        // 「一二。」三」 is 5 em, 4.5 with 。 half-width; on 4.75 em it gives up ¼ em.
        let chars: Vec<char> = "一二。」三".chars().collect();
        let set = set_paragraph(
            &chars,
            &widths(&chars, 1.0),
            4.75,
            4.75,
            &SetOptions::default(),
        );
        assert_eq!(set.len(), 1);
        assert_eq!(set[0].extra, [0.0, 0.0, -0.25, 0.0, 0.0]);
        assert_eq!(set[0].width, 4.75);
    }

    #[test]
    fn a_line_squeezes_punctuation_rather_than_stretch() {
        // 8 em measure: 「甲乙丙。」丁戊己」 is 8.5 em natural; without squeezing, 「己」
        // would go down and the line stretch by 1 em.
        let chars: Vec<char> = "甲乙丙。」丁戊己庚".chars().collect();
        let set = set_paragraph(
            &chars,
            &widths(&chars, 1.0),
            8.0,
            8.0,
            &SetOptions::default(),
        );
        assert_eq!(set[0].range, 0..8);
        assert!(set[0].extra.iter().all(|e| *e <= 0.0), "{:?}", set[0]);
    }

    #[test]
    fn ragged_lines_keep_the_squeeze_they_need() {
        let chars: Vec<char> = "好。」好".chars().collect();
        let opts = SetOptions {
            justify: false,
            ..SetOptions::default()
        };
        let set = set_paragraph(&chars, &widths(&chars, 1.0), 3.5, 3.5, &opts);
        assert_eq!(set.len(), 1);
        assert_eq!(set[0].width, 3.5);
    }

    #[test]
    fn ragged_setting_has_no_justification() {
        let chars: Vec<char> = "一二三四五".chars().collect();
        let opts = SetOptions {
            justify: false,
            ..SetOptions::default()
        };
        let set = set_paragraph(&chars, &widths(&chars, 1.0), 3.5, 3.5, &opts);
        assert!(set.iter().all(|l| l.extra.iter().all(|e| *e == 0.0)));
        assert_eq!(set[0].width, 3.0);
    }
}
