//! First-fit line breaking over atoms, with 禁则 (避头尾).
//!
//! Input is a paragraph's characters and their advance widths in points, already
//! resolved by the caller (so this knows nothing about fonts), and two measures: the
//! first line's (which may be shorter, for the paragraph indent) and every other
//! line's. Output is a list of [`Line`]s that tile the paragraph exactly.
//!
//! Rules, in order:
//! - Atoms ([`segment`]) are placed greedily while they fit. Spaces always fit: they
//!   trail the line they end and do not count in its width.
//! - 禁则: a line never starts with a [`AtomKind::Close`] atom and never ends (ignoring
//!   trailing spaces) with an [`AtomKind::Open`] one. When the first atom that does not
//!   fit would break a rule, the break moves back to the nearest earlier atom boundary
//!   that breaks none ("pulling" the previous atom down). If the line has no such
//!   boundary, it breaks where the atom did not fit anyway (a 禁则 violation that
//!   cannot be avoided without overflowing).
//! - Hanging punctuation (option [`BreakOptions::hang_closing`]): a [`HANGABLE`] mark
//!   that does not fit may stay at the end of the line, overflowing the measure, instead
//!   of pulling the previous atom down.
//! - An atom wider than the measure that starts a line is broken at character
//!   boundaries ([`LineEnd::Forced`]); at least one character goes on every line, so
//!   zero or negative measures terminate too.
//! - A [`AtomKind::Newline`] atom ends its line ([`LineEnd::Paragraph`]).
//!
//! Widths are sanitised: a missing width (fewer widths than chars) counts as 0, and a
//! negative or NaN width counts as 0. Widths and measures are otherwise assumed finite;
//! infinite ones give odd lines but never a panic or an endless loop.

use super::segment::{Atom, AtomKind, HANGABLE, segment};
use std::ops::Range;

/// Tolerance (pt) when comparing a line's width with its measure, so rounding in sums
/// of `f32` widths never pushes an exactly fitting atom to the next line.
pub const EPSILON: f32 = 1e-3;

/// One line of a paragraph.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// The line's characters, as indices into the paragraph. Trailing spaces and a
    /// trailing hard break belong to the line they end.
    pub range: Range<usize>,
    /// Natural width in points: the sum of the characters' widths, excluding trailing
    /// spaces and hard breaks.
    pub width: f32,
    /// How the line ends.
    pub end: LineEnd,
}

/// How a line ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LineEnd {
    /// At a break chosen by the line breaker: justify this line.
    Soft,
    /// At the end of the paragraph, or at a hard break inside it: set at natural width.
    Paragraph,
    /// Inside an atom too wide for the measure: set at natural width.
    Forced,
}

/// Line-breaking options.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BreakOptions {
    /// Let a line-end 点号 ([`HANGABLE`]: ，。、 and , .) hang past the measure instead
    /// of pulling the previous character down to the next line (CLREQ 行尾点号悬挂).
    /// Off by default.
    pub hang_closing: bool,
}

/// Break a paragraph into lines with default [`BreakOptions`].
///
/// `widths[i]` is the advance of `chars[i]` in points; `first_width` is the first
/// line's measure, `rest_width` every other line's. An empty paragraph gives one empty
/// line.
pub fn break_lines(chars: &[char], widths: &[f32], first_width: f32, rest_width: f32) -> Vec<Line> {
    break_lines_with(
        chars,
        widths,
        first_width,
        rest_width,
        &BreakOptions::default(),
    )
}

/// Break a paragraph into lines (see [`break_lines`]) with explicit options.
pub fn break_lines_with(
    chars: &[char],
    widths: &[f32],
    first_width: f32,
    rest_width: f32,
    opts: &BreakOptions,
) -> Vec<Line> {
    let atoms = segment(chars);
    break_atoms(chars, &atoms, widths, first_width, rest_width, opts)
}

/// The advance of char `i`, sanitised (missing, negative or NaN → 0).
pub(crate) fn width_at(widths: &[f32], i: usize) -> f32 {
    widths.get(i).copied().unwrap_or(0.0).max(0.0)
}

/// Sum of the sanitised widths of `range`.
pub(crate) fn sum_widths(widths: &[f32], range: Range<usize>) -> f32 {
    range.map(|i| width_at(widths, i)).sum()
}

/// Is `kind` white space that trails a line (and does not count in its width)?
pub(crate) fn is_trailing(kind: AtomKind) -> bool {
    matches!(kind, AtomKind::Space | AtomKind::Newline)
}

/// May a line that starts at atom `first` break before atom `k` (`first < k`)?
/// Yes unless atom `k` is closing punctuation or white space, the line has no content
/// before `k`, or its last content atom is opening punctuation.
fn can_break_before(atoms: &[Atom], first: usize, k: usize) -> bool {
    let next = atoms[k].kind;
    if next == AtomKind::Close || is_trailing(next) {
        return false;
    }
    match atoms[first..k].iter().rev().find(|a| !is_trailing(a.kind)) {
        None => false,
        Some(a) => a.kind != AtomKind::Open,
    }
}

/// Can atom `a` hang past the measure? (A one-character [`HANGABLE`] closing mark.)
pub(crate) fn is_hangable(chars: &[char], a: &Atom) -> bool {
    a.kind == AtomKind::Close
        && a.range.len() == 1
        && chars
            .get(a.range.start)
            .is_some_and(|c| HANGABLE.contains(c))
}

/// The line breaker proper, over atoms already segmented from `chars` (shared with
/// [`super::set_paragraph`]).
pub(crate) fn break_atoms(
    chars: &[char],
    atoms: &[Atom],
    widths: &[f32],
    first_width: f32,
    rest_width: f32,
    opts: &BreakOptions,
) -> Vec<Line> {
    let n = atoms.len();
    if n == 0 {
        return vec![Line {
            range: 0..0,
            width: 0.0,
            end: LineEnd::Paragraph,
        }];
    }
    let mut lines: Vec<Line> = Vec::new();
    // The line being built starts at atom `i`, at char `head` (past
    // `atoms[i].range.start` when the atom was force-broken on the previous line).
    let mut i = 0;
    let mut head = atoms[0].range.start;
    while i < n {
        let measure = if lines.is_empty() {
            first_width
        } else {
            rest_width
        };
        let start = head;
        // The line ends inside atom `j` at char `split` (forced), or before atom `k`.
        let (k, split) = fit(chars, atoms, widths, i, head, measure, opts);
        if let Some(s) = split {
            lines.push(Line {
                range: start..s,
                width: sum_widths(widths, start..s),
                end: LineEnd::Forced,
            });
            // `fit` returns the split atom's index as `k`.
            i = k;
            head = s;
            continue;
        }
        // Spaces trail the line they end; so does one hard break.
        let mut k = k;
        while k < n && atoms[k].kind == AtomKind::Space {
            k += 1;
        }
        let mut end = LineEnd::Soft;
        if k < n && atoms[k].kind == AtomKind::Newline {
            k += 1;
            end = LineEnd::Paragraph;
        }
        if k >= n {
            end = LineEnd::Paragraph;
        }
        let stop = atoms[k - 1].range.end;
        let mut content_end = stop;
        for a in atoms[i..k].iter().rev() {
            if !is_trailing(a.kind) {
                break;
            }
            content_end = a.range.start.max(start);
        }
        lines.push(Line {
            range: start..stop,
            width: sum_widths(widths, start..content_end),
            end,
        });
        i = k;
        head = atoms.get(k).map_or(stop, |a| a.range.start);
    }
    lines
}

/// Fill one line starting at atom `i`, char `head`. Returns `(k, None)` when the line
/// ends before atom `k` (`k > i`, trailing spaces not yet absorbed), or `(j, Some(s))`
/// when atom `j` is force-broken before char `s`.
fn fit(
    chars: &[char],
    atoms: &[Atom],
    widths: &[f32],
    i: usize,
    head: usize,
    measure: f32,
    opts: &BreakOptions,
) -> (usize, Option<usize>) {
    let n = atoms.len();
    let mut width = 0.0_f32; // content so far, with interior spaces
    let mut pending = 0.0_f32; // spaces after the content so far
    let mut has_content = false;
    let mut j = i;
    while j < n {
        let a = &atoms[j];
        let a_start = if j == i { head } else { a.range.start };
        let w = sum_widths(widths, a_start..a.range.end);
        match a.kind {
            AtomKind::Space => {
                pending += w;
                j += 1;
                continue;
            }
            AtomKind::Newline => return (j, None),
            _ => {}
        }
        let with_atom = width + pending + w;
        if with_atom <= measure + EPSILON {
            width = with_atom;
            pending = 0.0;
            has_content = true;
            j += 1;
            continue;
        }
        if !has_content {
            // Nothing but spaces on the line yet and this atom does not fit:
            // force-break it, keeping at least one character.
            let room = measure - pending;
            let mut used = 0.0_f32;
            let mut q = a_start;
            while q < a.range.end {
                let cw = width_at(widths, q);
                let fits = used + cw <= room + EPSILON;
                if q > a_start && !fits {
                    break;
                }
                used += cw;
                q += 1;
            }
            return if q < a.range.end {
                (j, Some(q))
            } else {
                (j + 1, None)
            };
        }
        if opts.hang_closing
            && is_hangable(chars, a)
            && pending == 0.0
            && atoms[j - 1].kind != AtomKind::Space
            && atoms.get(j + 1).is_none_or(|b| b.kind != AtomKind::Close)
        {
            return (j + 1, None);
        }
        // 禁则: the nearest boundary at or before `j` that breaks no rule, else `j`.
        let k = (i + 1..=j)
            .rev()
            .find(|&k| can_break_before(atoms, i, k))
            .unwrap_or(j);
        return (k, None);
    }
    (n, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fake widths: wide characters 1 pt, others ½ pt.
    fn widths(chars: &[char]) -> Vec<f32> {
        chars
            .iter()
            .map(|&c| {
                if crate::layout::metrics::is_wide(c) {
                    1.0
                } else {
                    0.5
                }
            })
            .collect()
    }

    fn lines_with(s: &str, first: f32, rest: f32, opts: &BreakOptions) -> Vec<(String, LineEnd)> {
        let chars: Vec<char> = s.chars().collect();
        break_lines_with(&chars, &widths(&chars), first, rest, opts)
            .into_iter()
            .map(|l| (chars[l.range].iter().collect(), l.end))
            .collect()
    }

    fn lines(s: &str, measure: f32) -> Vec<String> {
        lines_with(s, measure, measure, &BreakOptions::default())
            .into_iter()
            .map(|(t, _)| t)
            .collect()
    }

    #[test]
    fn empty_paragraph_is_one_empty_line() {
        assert_eq!(
            break_lines(&[], &[], 10.0, 10.0),
            vec![Line {
                range: 0..0,
                width: 0.0,
                end: LineEnd::Paragraph
            }]
        );
    }

    #[test]
    fn han_text_fills_lines_first_fit() {
        assert_eq!(lines("一二三四五六七", 3.0), ["一二三", "四五六", "七"]);
    }

    #[test]
    fn first_line_has_its_own_measure() {
        assert_eq!(
            lines_with("一二三四五六七", 2.0, 4.0, &BreakOptions::default()),
            [
                ("一二".into(), LineEnd::Soft),
                ("三四五六".into(), LineEnd::Soft),
                ("七".into(), LineEnd::Paragraph)
            ]
        );
    }

    #[test]
    fn comma_at_line_start_pulls_the_previous_character_down() {
        assert_eq!(lines("一二三四，五六", 4.0), ["一二三", "四，五六"]);
    }

    #[test]
    fn closing_pair_pulls_the_previous_character_down() {
        assert_eq!(lines("一二三。」五", 4.0), ["一二", "三。」五"]);
    }

    #[test]
    fn opening_bracket_at_line_end_is_pushed_down() {
        assert_eq!(lines("一二三（四）", 4.0), ["一二三", "（四）"]);
    }

    #[test]
    fn ellipsis_pair_is_never_split() {
        assert_eq!(lines("一二三……", 4.0), ["一二", "三……"]);
    }

    #[test]
    fn numbers_are_not_split_from_their_digits() {
        assert_eq!(lines("一二三12,000.00元", 6.0), ["一二三", "12,000.00元"]);
    }

    #[test]
    fn a_date_moves_to_the_next_line_whole() {
        assert_eq!(
            lines("一二三四2026年12月31日前", 8.0),
            ["一二三四", "2026年12月31日前"]
        );
    }

    #[test]
    fn unavoidable_violation_breaks_anyway() {
        // Nothing but closing punctuation: every break is forbidden.
        let got = lines("，，，，，，", 2.0);
        assert_eq!(got, ["，，", "，，", "，，"]);
    }

    #[test]
    fn overlong_url_is_force_broken() {
        let s = "http://example.com/a/b";
        let got = lines_with(s, 5.0, 5.0, &BreakOptions::default());
        assert_eq!(
            got,
            [
                ("http://exa".into(), LineEnd::Forced),
                ("mple.com/a".into(), LineEnd::Forced),
                ("/b".into(), LineEnd::Paragraph)
            ]
        );
    }

    #[test]
    fn remainder_of_a_forced_atom_shares_its_line() {
        assert_eq!(lines("abcdefgh 一二", 3.5), ["abcdefg", "h 一二"]);
    }

    #[test]
    fn trailing_spaces_stay_on_the_line_and_do_not_count() {
        let chars: Vec<char> = "ab cd ef".chars().collect();
        let got = break_lines(&chars, &widths(&chars), 2.5, 2.5);
        let texts: Vec<String> = got
            .iter()
            .map(|l| chars[l.range.clone()].iter().collect())
            .collect();
        assert_eq!(texts, ["ab cd ", "ef"]);
        assert_eq!(got[0].width, 2.5);
    }

    #[test]
    fn hard_break_ends_the_line() {
        assert_eq!(
            lines_with("一\n二", 10.0, 10.0, &BreakOptions::default()),
            [
                ("一\n".into(), LineEnd::Paragraph),
                ("二".into(), LineEnd::Paragraph)
            ]
        );
    }

    #[test]
    fn zero_or_negative_measure_puts_one_character_per_line() {
        for m in [0.0, -3.0, f32::NAN] {
            assert_eq!(lines("一二ab", m), ["一", "二", "a", "b"]);
        }
    }

    #[test]
    fn missing_and_negative_widths_count_as_zero() {
        let chars: Vec<char> = "一二三".chars().collect();
        let got = break_lines(&chars, &[-1.0], 0.0, 0.0);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].width, 0.0);
    }

    #[test]
    fn hanging_lets_a_comma_overflow() {
        let opts = BreakOptions { hang_closing: true };
        assert_eq!(
            lines_with("一二三四，五六", 4.0, 4.0, &opts),
            [
                ("一二三四，".into(), LineEnd::Soft),
                ("五六".into(), LineEnd::Paragraph)
            ]
        );
    }

    #[test]
    fn hanging_does_not_apply_to_closing_brackets() {
        let opts = BreakOptions { hang_closing: true };
        assert_eq!(
            lines_with("一二三四）五", 4.0, 4.0, &opts),
            [
                ("一二三".into(), LineEnd::Soft),
                ("四）五".into(), LineEnd::Paragraph)
            ]
        );
    }

    #[test]
    fn leading_spaces_then_overlong_word_is_forced_into_the_rest() {
        assert_eq!(lines("  abcdef", 2.0), ["  ab", "cdef"]);
    }
}
