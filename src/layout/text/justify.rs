//! Justification and 标点挤压 (punctuation compression).
//!
//! [`justify`] spreads a line's slack (measure − natural width) evenly over the gaps
//! between its atoms: after every atom that is followed by another on the line, except
//! inside a Latin word (a word is one atom), after the last character, or before a space
//! (the space itself is the gap, so `a b` has one gap, not two). Only lines that end
//! [`LineEnd::Soft`] are justified; a paragraph's last line, a line before a hard break
//! and a forced piece of an overlong atom are set at natural width.
//!
//! 标点挤压 (CLREQ §3.1.6, optional): of two adjacent full-width punctuation marks, the
//! first is set half-width (`。」`, `），`, `」「`, `（「`). Because compression changes
//! widths, it must happen *before* line breaking. The flow is:
//!
//! 1. `let set = compressed_widths(chars, widths);`
//! 2. `let lines = break_lines(chars, &set, first, rest);`
//! 3. for each line, `justify(chars, &set, &line, measure)` gives the justification
//!    extras, and [`compression`]`(chars, widths)` the (negative) compression extras;
//!    their sum is the extra space after each character relative to its natural
//!    advance, which is what `TextRun::extra` holds.
//!
//! [`super::set_paragraph`] does all of this.

use super::linebreak::{EPSILON, Line, LineEnd, is_hangable, is_trailing, sum_widths, width_at};
use super::segment::{Atom, AtomKind, COMPRESSIBLE_CLOSING, COMPRESSIBLE_OPENING, segment};
use std::ops::Range;

/// Extra space (pt) to add after each character of `line` so that it fills `measure`.
///
/// The result has one entry per character of `line.range` (clipped to `chars`; entries
/// past the end of `chars` stay 0). All entries are zero unless the line ends
/// [`LineEnd::Soft`], has at least one gap and is narrower than `measure`; they are
/// never negative. A line whose last mark hangs past the measure (see
/// [`super::BreakOptions::hang_closing`]) is justified without that mark.
///
/// `widths` must be the ones the line was broken with (compressed ones, when
/// compressing punctuation).
pub fn justify(chars: &[char], widths: &[f32], line: &Line, measure: f32) -> Vec<f32> {
    justify_atoms(chars, &segment(chars), widths, &[], line, measure)
}

/// [`justify`] over atoms already segmented from `chars`, with the shrink the line
/// breaker counted on: `shrink[i]` is how much `chars[i]` may give up (标点挤压 on
/// demand; empty for none). A line wider than `measure` (and not force-broken) gives
/// up what it must, in proportion, as negative extras; a [`LineEnd::Soft`] line
/// narrower than `measure` is stretched.
pub(crate) fn justify_atoms(
    chars: &[char],
    atoms: &[Atom],
    widths: &[f32],
    shrink: &[f32],
    line: &Line,
    measure: f32,
) -> Vec<f32> {
    let start = line.range.start;
    let mut extra = vec![0.0_f32; line.range.end.saturating_sub(start)];
    let stop = line.range.end.min(chars.len());
    if line.end == LineEnd::Forced || start >= stop {
        return extra;
    }
    // The line's atoms, clipped to it (its first may be the rest of a forced atom).
    let first = atoms.partition_point(|a| a.range.end <= start);
    let pieces: Vec<(Range<usize>, AtomKind)> = atoms[first..]
        .iter()
        .take_while(|a| a.range.start < stop)
        .map(|a| (a.range.start.max(start)..a.range.end.min(stop), a.kind))
        .collect();
    let mut m = pieces.len();
    while m > 0 && is_trailing(pieces[m - 1].1) {
        m -= 1;
    }
    if m == 0 {
        return extra;
    }
    let content = &pieces[..m];
    let shrink_of = |r: Range<usize>| -> f32 { r.map(|i| width_at(shrink, i)).sum() };
    let mut end = content[m - 1].0.end;
    let mut natural = sum_widths(widths, start..end);
    // Gaps come after pieces `0..limit`.
    let mut limit = m - 1;
    let last = Atom {
        range: content[m - 1].0.clone(),
        kind: content[m - 1].1,
    };
    if natural - shrink_of(start..end) > measure + EPSILON && m >= 2 && is_hangable(chars, &last) {
        natural -= sum_widths(widths, last.range.clone());
        end = last.range.start;
        limit = m - 2;
    }
    let slack = measure - natural;
    if slack.is_nan() {
        return extra;
    }
    if slack < -EPSILON {
        let cap = shrink_of(start..end);
        if cap > 0.0 {
            let over = (-slack).min(cap);
            for i in start..end {
                extra[i - start] = -over * width_at(shrink, i) / cap;
            }
        }
        return extra;
    }
    if line.end != LineEnd::Soft || slack <= 0.0 {
        return extra;
    }
    let gaps: Vec<usize> = (0..limit)
        .filter(|&p| content[p + 1].1 != AtomKind::Space)
        .map(|p| content[p].0.end - 1)
        .collect();
    if gaps.is_empty() {
        return extra;
    }
    let each = slack / gaps.len() as f32;
    for g in gaps {
        extra[g - start] = each;
    }
    extra
}

/// How much each char may give up when a line is too full (标点挤压 on demand): half
/// the width of every [`is_compressed`] character, 0 elsewhere (one entry per char).
pub fn shrinkability(chars: &[char], widths: &[f32]) -> Vec<f32> {
    compression(chars, widths).into_iter().map(|c| -c).collect()
}

/// Is `chars[i]` set half-width by 标点挤压? When it is a full-width closing mark
/// ([`COMPRESSIBLE_CLOSING`]) followed by any full-width mark, or a full-width opening
/// mark ([`COMPRESSIBLE_OPENING`]) followed by another opening one.
pub fn is_compressed(chars: &[char], i: usize) -> bool {
    let (Some(a), Some(b)) = (chars.get(i), chars.get(i + 1)) else {
        return false;
    };
    if COMPRESSIBLE_CLOSING.contains(a) {
        COMPRESSIBLE_CLOSING.contains(b) || COMPRESSIBLE_OPENING.contains(b)
    } else {
        COMPRESSIBLE_OPENING.contains(a) && COMPRESSIBLE_OPENING.contains(b)
    }
}

/// The widths to break and justify with when compressing punctuation: `widths`
/// (sanitised: missing, negative or NaN → 0; one entry per char) with every
/// [`is_compressed`] character halved.
pub fn compressed_widths(chars: &[char], widths: &[f32]) -> Vec<f32> {
    (0..chars.len())
        .map(|i| {
            let w = width_at(widths, i);
            if is_compressed(chars, i) { w * 0.5 } else { w }
        })
        .collect()
}

/// The 标点挤压 extras relative to the natural `widths`: −½ × the width of every
/// [`is_compressed`] character, 0 elsewhere (one entry per char).
pub fn compression(chars: &[char], widths: &[f32]) -> Vec<f32> {
    (0..chars.len())
        .map(|i| {
            if is_compressed(chars, i) {
                -0.5 * width_at(widths, i)
            } else {
                0.0
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::text::linebreak::break_lines;

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

    fn soft(range: Range<usize>, width: f32) -> Line {
        Line {
            range,
            width,
            end: LineEnd::Soft,
        }
    }

    #[test]
    fn slack_is_spread_over_gaps_between_han_characters() {
        let chars: Vec<char> = "一二三".chars().collect();
        let extra = justify(&chars, &widths(&chars), &soft(0..3, 3.0), 4.0);
        assert_eq!(extra, [0.5, 0.5, 0.0]);
    }

    #[test]
    fn latin_words_are_not_stretched_inside() {
        let chars: Vec<char> = "ab一".chars().collect();
        let extra = justify(&chars, &widths(&chars), &soft(0..3, 2.0), 3.0);
        assert_eq!(extra, [0.0, 1.0, 0.0]);
    }

    #[test]
    fn a_space_is_one_gap() {
        let chars: Vec<char> = "ab cd".chars().collect();
        let extra = justify(&chars, &widths(&chars), &soft(0..5, 2.5), 3.5);
        assert_eq!(extra, [0.0, 0.0, 1.0, 0.0, 0.0]);
    }

    #[test]
    fn trailing_spaces_get_nothing() {
        let chars: Vec<char> = "一二  ".chars().collect();
        let extra = justify(&chars, &widths(&chars), &soft(0..4, 2.0), 3.0);
        assert_eq!(extra, [1.0, 0.0, 0.0, 0.0]);
    }

    #[test]
    fn last_and_forced_lines_are_not_justified() {
        let chars: Vec<char> = "一二三".chars().collect();
        for end in [LineEnd::Paragraph, LineEnd::Forced] {
            let line = Line {
                range: 0..3,
                width: 3.0,
                end,
            };
            assert_eq!(justify(&chars, &widths(&chars), &line, 10.0), [0.0; 3]);
        }
    }

    #[test]
    fn no_slack_or_overflow_gives_zeros() {
        let chars: Vec<char> = "一二三".chars().collect();
        assert_eq!(
            justify(&chars, &widths(&chars), &soft(0..3, 3.0), 3.0),
            [0.0; 3]
        );
        assert_eq!(
            justify(&chars, &widths(&chars), &soft(0..3, 3.0), 1.0),
            [0.0; 3]
        );
    }

    #[test]
    fn one_atom_line_has_no_gap() {
        let chars: Vec<char> = "abc".chars().collect();
        assert_eq!(
            justify(&chars, &widths(&chars), &soft(0..3, 1.5), 5.0),
            [0.0; 3]
        );
    }

    #[test]
    fn out_of_range_line_does_not_panic() {
        let chars: Vec<char> = "一二".chars().collect();
        assert_eq!(justify(&chars, &[], &soft(1..5, 0.0), 5.0).len(), 4);
        #[allow(clippy::reversed_empty_ranges)]
        let backwards = soft(3..1, 0.0);
        assert!(justify(&chars, &[], &backwards, 5.0).is_empty());
    }

    #[test]
    fn hung_comma_is_left_out_of_justification() {
        let chars: Vec<char> = "一二三，".chars().collect();
        let extra = justify(&chars, &widths(&chars), &soft(0..4, 4.0), 3.5);
        assert_eq!(extra, [0.25, 0.25, 0.0, 0.0]);
    }

    #[test]
    fn adjacent_full_width_punctuation_compresses_the_first() {
        let chars: Vec<char> = "好。」「对），".chars().collect();
        let w = widths(&chars);
        assert_eq!(
            compressed_widths(&chars, &w),
            [1.0, 0.5, 0.5, 1.0, 1.0, 0.5, 1.0]
        );
        assert_eq!(
            compression(&chars, &w),
            [0.0, -0.5, -0.5, 0.0, 0.0, -0.5, 0.0]
        );
    }

    #[test]
    fn opening_then_closing_and_lone_marks_are_not_compressed() {
        let chars: Vec<char> = "「」，好（「".chars().collect();
        let flags: Vec<bool> = (0..chars.len()).map(|i| is_compressed(&chars, i)).collect();
        assert_eq!(flags, [false, true, false, false, true, false]);
    }

    #[test]
    fn justified_soft_lines_fill_the_measure() {
        let chars: Vec<char> = "甲方应于2026年12月31日前支付人民币¥50,000.00元。"
            .chars()
            .collect();
        let w = widths(&chars);
        for line in break_lines(&chars, &w, 8.0, 8.0) {
            if line.end == LineEnd::Soft {
                let extra = justify(&chars, &w, &line, 8.0);
                let total = line.width + extra.iter().sum::<f32>();
                assert!((total - 8.0).abs() < 0.01, "{line:?} {extra:?}");
            }
        }
    }
}
