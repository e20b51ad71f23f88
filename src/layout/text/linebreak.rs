//! Line breaking by total fit over atoms, with 禁则 (避头尾), ties and 标点挤压.
//!
//! Input is a paragraph's characters and their advance widths in points, already
//! resolved by the caller (so this knows nothing about fonts), and two measures: the
//! first line's (which may be shorter, for the paragraph indent) and every other
//! line's. Output is a list of [`Line`]s that tile the paragraph exactly.
//!
//! The breaker chooses the breaks of the whole paragraph at once (Knuth–Plass "total
//! fit", as typst does for CJK): of all the ways to break it, the one with the least
//! total demerits, where each line costs `(LINE_PENALTY + badness)² + price²`.
//!
//! - **Badness** measures how far a justified line is from its natural width. Stretch
//!   is spread over the line's gaps ([`super::justify`]); a line that adds
//!   [`COMFORTABLE_STRETCH_EM`] em to every gap has badness 100, and badness grows with
//!   the cube of the stretch, so unavoidable slack is spread over several lines rather
//!   than left on one; a line stretched further is [`LOOSE`] and avoided at almost any
//!   price. Shrink comes first: adjacent full-width punctuation may be set
//!   half-width (CLREQ §3.1.6 标点挤压), which costs almost nothing, so a line squeezes
//!   a mark before it stretches. The last line of a paragraph (and a line before a hard
//!   break) is not justified and has no badness.
//! - **Breaks**: between any two atoms ([`segment`]), except before a closing mark,
//!   after an opening one, and before white space (spaces trail the line they end and do
//!   not count in its width). A break that cuts a date, a number from its unit or an
//!   amount in capitals carries its price ([`super::ties`]), so it happens only when
//!   every alternative leaves a loose line.
//! - 禁则: when no legal break fits on a line, it breaks before the atom that does not
//!   fit anyway (a violation that cannot be avoided without overflowing), at a
//!   prohibitive price.
//! - Hanging punctuation (option [`BreakOptions::hang_closing`]): a [`HANGABLE`] mark
//!   that does not fit may stay at the end of the line, overflowing the measure.
//! - An atom wider than the measure that starts a line is broken at character
//!   boundaries ([`LineEnd::Forced`]); at least one character goes on every line, so
//!   zero or negative measures terminate too.
//! - A [`AtomKind::Newline`] atom ends its line ([`LineEnd::Paragraph`]).
//!
//! The search looks ahead at most one line's worth of atoms from each possible line
//! start (never more than [`MAX_LINE_ATOMS`]), so it runs in O(n·w) for n atoms and
//! lines of w atoms.
//!
//! Widths are sanitised: a missing width (fewer widths than chars) counts as 0, and a
//! negative or NaN width counts as 0; a NaN measure counts as 0. Widths and measures
//! are otherwise assumed finite; infinite ones give odd lines but never a panic or an
//! endless loop.

use super::segment::{Atom, AtomKind, HANGABLE, segment};
use super::ties::ties;
use std::ops::Range;

/// Tolerance (pt) when comparing a line's width with its measure, so rounding in sums
/// of `f32` widths never pushes an exactly fitting atom to the next line.
pub const EPSILON: f32 = 1e-3;

/// Stretch per gap, in em, that a justified line may take with badness 100: the most a
/// gap between Chinese characters may open before a reader (or `pdftotext`) sees a
/// space.
pub const COMFORTABLE_STRETCH_EM: f32 = 0.1;

/// The cost of every line, so that the breaker prefers fewer lines when all else is
/// equal (Knuth's line penalty).
pub const LINE_PENALTY: f64 = 10.0;

/// Badness of a line that uses all its shrink (标点挤压 throughout): small, so that a
/// line compresses punctuation before it stretches.
pub const FULL_SHRINK_BADNESS: f64 = 1.0;

/// Badness added to a line stretched past [`COMFORTABLE_STRETCH_EM`] per gap: a loose
/// line costs more than any reasonable number of priced breaks ([`super::ties`]), so
/// the breaker cuts a date or an amount rather than leave a line loose.
pub const LOOSE: f64 = 1e4;

/// Badness cap (a justified line with one atom and slack, or an absurd stretch).
pub const MAX_BADNESS: f64 = 1e7;

/// Demerits of a paragraph whose last line holds a single character (with the closing
/// marks after it): 段末孤字, which a typesetter avoids by pulling a character down
/// (issue 21). More than any comfortably justified line costs, less than a [`LOOSE`]
/// one: where the only way to avoid it is a line whose gaps open past
/// [`COMFORTABLE_STRETCH_EM`] (visible as spaces, to a reader and to `pdftotext`), the
/// lone character stays. A one-line paragraph is exempt.
pub const LONE_LAST_CHARACTER: f64 = 1e6;

/// Demerits of 段末孤字 in a ragged paragraph ([`BreakOptions::ragged`]: a table cell,
/// a signature line). Its lines are not justified, so the slack of a line that gives a
/// character to the last one shows as a shorter line, not as spaces between
/// characters: more than a loose line costs (about 1e8 for a short cell line), so the
/// character comes down unless the only way is a line of one unbreakable atom with
/// room to spare ([`MAX_BADNESS`]) or a 禁则 violation.
pub const RAGGED_LONE_LAST_CHARACTER: f64 = 1e12;

/// Demerits of a line break that violates 禁则 because no legal break fits.
pub const KINSOKU_VIOLATION: f64 = 1e20;

/// The most atoms the breaker puts on one line (it only matters for zero widths or an
/// infinite measure).
pub const MAX_LINE_ATOMS: usize = 1024;

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
    /// The lines will be set ragged (not justified): a lone last character costs
    /// [`RAGGED_LONE_LAST_CHARACTER`] instead of [`LONE_LAST_CHARACTER`].
    pub ragged: bool,
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

/// Break a paragraph into lines (see [`break_lines`]) with explicit options. No
/// punctuation is compressed: every line fits its measure at natural widths.
pub fn break_lines_with(
    chars: &[char],
    widths: &[f32],
    first_width: f32,
    rest_width: f32,
    opts: &BreakOptions,
) -> Vec<Line> {
    let atoms = segment(chars);
    let prices = ties(chars, &atoms);
    let input = Input {
        chars,
        atoms: &atoms,
        widths,
        shrink: &[],
        ties: &prices,
        em: None,
    };
    break_atoms(&input, first_width, rest_width, opts)
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

/// Can atom `a` hang past the measure? (A one-character [`HANGABLE`] closing mark.)
pub(crate) fn is_hangable(chars: &[char], a: &Atom) -> bool {
    a.kind == AtomKind::Close
        && a.range.len() == 1
        && chars
            .get(a.range.start)
            .is_some_and(|c| HANGABLE.contains(c))
}

/// A paragraph ready for breaking.
pub(crate) struct Input<'a> {
    pub chars: &'a [char],
    /// The atoms of `chars` (possibly merged across glue).
    pub atoms: &'a [Atom],
    /// Advance of each char (the compressed ones when compressing all punctuation).
    pub widths: &'a [f32],
    /// How much each char may give up when a line is too full (标点挤压 on demand);
    /// empty for none.
    pub shrink: &'a [f32],
    /// Price of a break before each char ([`ties`]); missing entries are free.
    pub ties: &'a [f32],
    /// The em (pt) that stretch is measured in: the font size. `None` (or a zero,
    /// negative or non-finite size) estimates it from the widths.
    pub em: Option<f32>,
}

/// The em the badness is measured in: the given one if it is a positive size, else the
/// widest single-character ideograph, else the widest character, else 1. (An estimate
/// from the widths includes any tracking, so give the font size when there is one: a
/// grid with negative tracking would otherwise hold lines to a tighter bound than 0.1
/// em and let the breaker trade two lines just past that for one far past 0.1 em.)
fn em_of(input: &Input) -> f32 {
    if let Some(em) = input.em.filter(|e| *e > 0.0 && e.is_finite()) {
        return em;
    }
    let widest = |ideographs: bool| {
        input
            .atoms
            .iter()
            .filter(|a| !ideographs || (a.kind == AtomKind::Ideograph && a.range.len() == 1))
            .flat_map(|a| a.range.clone())
            .map(|i| width_at(input.widths, i))
            .fold(0.0_f32, f32::max)
    };
    [widest(true), widest(false)]
        .into_iter()
        .find(|w| *w > 0.0 && w.is_finite())
        .unwrap_or(1.0)
}

/// Badness of a line of natural width `width` (content only) set to `measure`, with
/// `gaps` justification gaps and `shrink` points of compressible punctuation.
fn badness(width: f32, measure: f32, gaps: usize, shrink: f32, em: f32, justified: bool) -> f64 {
    let slack = (measure - width) as f64;
    if slack < -(EPSILON as f64) {
        let r = if shrink > 0.0 {
            (-slack / shrink as f64).min(1.0)
        } else {
            1.0
        };
        return FULL_SHRINK_BADNESS * r * r * r;
    }
    if !justified || slack <= EPSILON as f64 {
        return 0.0;
    }
    if gaps == 0 {
        return MAX_BADNESS;
    }
    let comfortable = gaps as f64 * (COMFORTABLE_STRETCH_EM * em) as f64;
    let r = slack / comfortable;
    // A line at the bound is not loose: the slack and the bound are sums of `f32`
    // widths, so compare them with the same tolerance as a fit.
    let step = if slack > comfortable + EPSILON as f64 {
        LOOSE
    } else {
        0.0
    };
    (step + 100.0 * r * r * r).min(MAX_BADNESS)
}

/// The best way found so far to end a line at a char position.
#[derive(Clone, Debug)]
struct Node {
    /// Total demerits of the lines up to here.
    cost: f64,
    /// Where the line ending here starts.
    from: usize,
    /// Natural width of that line (content only).
    width: f32,
    /// How that line ends.
    end: LineEnd,
}

/// A line the search may take, from the line start being expanded.
struct Candidate {
    /// Where the next line starts.
    next: usize,
    end: LineEnd,
    /// Natural width of the line's content (hung mark included).
    width: f32,
    /// Demerits of the line.
    demerits: f64,
}

/// The line breaker proper (shared with [`super::set_paragraph`]).
pub(crate) fn break_atoms(
    input: &Input,
    first_width: f32,
    rest_width: f32,
    opts: &BreakOptions,
) -> Vec<Line> {
    let atoms = input.atoms;
    let total = atoms.last().map_or(0, |a| a.range.end);
    if atoms.is_empty() {
        return vec![Line {
            range: 0..0,
            width: 0.0,
            end: LineEnd::Paragraph,
        }];
    }
    let sane = |m: f32| if m.is_nan() { 0.0 } else { m };
    let (first_width, rest_width) = (sane(first_width), sane(rest_width));
    let em = em_of(input);
    // The atom holding each char.
    let mut atom_of = vec![0usize; total];
    for (k, a) in atoms.iter().enumerate() {
        for slot in &mut atom_of[a.range.clone()] {
            *slot = k;
        }
    }
    let mut best: Vec<Option<Node>> = vec![None; total + 1];
    best[0] = Some(Node {
        cost: 0.0,
        from: 0,
        width: 0.0,
        end: LineEnd::Paragraph,
    });
    let mut candidates = Vec::new();
    for p in 0..total {
        let Some(cost) = best[p].as_ref().map(|b| b.cost) else {
            continue;
        };
        let measure = if p == 0 { first_width } else { rest_width };
        candidates.clear();
        expand(input, atom_of[p], p, measure, em, opts, &mut candidates);
        for c in &candidates {
            let demerits = if c.demerits.is_finite() {
                c.demerits
            } else {
                f64::MAX / 4.0
            };
            let total_cost = cost + demerits;
            if best[c.next].as_ref().is_none_or(|b| total_cost < b.cost) {
                best[c.next] = Some(Node {
                    cost: total_cost,
                    from: p,
                    width: c.width,
                    end: c.end,
                });
            }
        }
    }
    // Walk back from the end of the paragraph.
    let mut lines = Vec::new();
    let mut at = total;
    while at > 0 {
        let Some(node) = &best[at] else {
            // Unreachable by construction (every line start has a way on); keep the
            // rest as one line rather than lose text.
            lines.push(Line {
                range: 0..at,
                width: sum_widths(input.widths, 0..at),
                end: LineEnd::Paragraph,
            });
            break;
        };
        lines.push(Line {
            range: node.from..at,
            width: node.width,
            end: node.end,
        });
        at = node.from;
    }
    lines.reverse();
    lines
}

/// The lines that may start at char `head` (inside atom `i`), with their demerits.
fn expand(
    input: &Input,
    i: usize,
    head: usize,
    measure: f32,
    em: f32,
    opts: &BreakOptions,
    out: &mut Vec<Candidate>,
) {
    let (chars, atoms, widths) = (input.chars, input.atoms, input.widths);
    let n = atoms.len();
    let shrink_of = |r: Range<usize>| -> f32 { r.map(|c| width_at(input.shrink, c)).sum() };
    let price_at = |c: usize| f64::from(input.ties.get(c).copied().unwrap_or(0.0).max(0.0));
    let line = |width: f32, gaps: usize, shrink: f32, justified: bool| {
        let b = badness(width, measure, gaps, shrink, em, justified);
        (LINE_PENALTY + b) * (LINE_PENALTY + b)
    };
    // Where the line goes on after atom `k - 1`: past trailing spaces and one hard break.
    let absorb = |mut k: usize| {
        while k < n && atoms[k].kind == AtomKind::Space {
            k += 1;
        }
        let mut end = LineEnd::Soft;
        if k < n && atoms[k].kind == AtomKind::Newline {
            k += 1;
            end = LineEnd::Paragraph;
        }
        match atoms.get(k) {
            Some(a) => (a.range.start, end),
            None => (atoms[n - 1].range.end, LineEnd::Paragraph),
        }
    };
    let mut width = 0.0_f32; // content so far, with interior spaces
    let mut pending = 0.0_f32; // spaces after the content so far
    let mut shrink = 0.0_f32; // shrink of the content so far
    let mut gaps = 0usize;
    let mut pieces = 0usize;
    let mut last_content: Option<AtomKind> = None;
    let mut legal = false;
    // Characters of the content atoms on the line (punctuation and spaces aside).
    let mut content_chars = 0usize;
    let mut q = i;
    loop {
        let Some(a) = atoms.get(q) else {
            // The paragraph's last line: one character alone on it (not the first line)
            // is 段末孤字.
            let lone = if head > 0 && content_chars == 1 {
                if opts.ragged {
                    RAGGED_LONE_LAST_CHARACTER
                } else {
                    LONE_LAST_CHARACTER
                }
            } else {
                0.0
            };
            out.push(Candidate {
                next: atoms[n - 1].range.end,
                end: LineEnd::Paragraph,
                width,
                demerits: line(width, gaps, shrink, false) + lone,
            });
            return;
        };
        let a_start = if q == i { head } else { a.range.start };
        let w = sum_widths(widths, a_start..a.range.end);
        match a.kind {
            AtomKind::Space => {
                pending += w;
                pieces += 1;
                q += 1;
                continue;
            }
            AtomKind::Newline => {
                out.push(Candidate {
                    next: a.range.end,
                    end: LineEnd::Paragraph,
                    width,
                    demerits: line(width, gaps, shrink, false),
                });
                return;
            }
            _ => {}
        }
        // A break before this atom.
        if let Some(prev) = last_content
            && a.kind != AtomKind::Close
            && prev != AtomKind::Open
        {
            legal = true;
            let price = price_at(a.range.start);
            out.push(Candidate {
                next: a.range.start,
                end: LineEnd::Soft,
                width,
                demerits: line(width, gaps, shrink, true) + price * price,
            });
        }
        let a_shrink = shrink_of(a_start..a.range.end);
        let with_atom = width + pending + w;
        let fits = with_atom - (shrink + a_shrink) <= measure + EPSILON && q - i < MAX_LINE_ATOMS;
        if fits {
            width = with_atom;
            shrink += a_shrink;
            pending = 0.0;
            if pieces > 0 {
                gaps += 1;
            }
            pieces += 1;
            if !matches!(a.kind, AtomKind::Open | AtomKind::Close) {
                content_chars += a.range.end - a_start;
            }
            last_content = Some(a.kind);
            q += 1;
            continue;
        }
        if last_content.is_none() {
            // Nothing but spaces on the line yet and this atom does not fit:
            // force-break it, keeping at least one character.
            let room = measure - pending;
            let mut used = 0.0_f32;
            let mut s = a_start;
            while s < a.range.end {
                let cw = width_at(widths, s);
                if s > a_start && used + cw > room + EPSILON {
                    break;
                }
                used += cw;
                s += 1;
            }
            if s < a.range.end {
                out.push(Candidate {
                    next: s,
                    end: LineEnd::Forced,
                    width: pending + used,
                    demerits: LINE_PENALTY * LINE_PENALTY,
                });
            } else {
                let (next, end) = absorb(q + 1);
                out.push(Candidate {
                    next,
                    end,
                    width: with_atom,
                    demerits: LINE_PENALTY * LINE_PENALTY,
                });
            }
            return;
        }
        if opts.hang_closing
            && is_hangable(chars, a)
            && pending == 0.0
            && atoms[q - 1].kind != AtomKind::Space
            && atoms.get(q + 1).is_none_or(|b| b.kind != AtomKind::Close)
        {
            legal = true;
            let (next, end) = absorb(q + 1);
            out.push(Candidate {
                next,
                end,
                width: with_atom,
                demerits: line(width, gaps, shrink, end == LineEnd::Soft),
            });
        }
        if !legal {
            // 禁则 cannot be kept on this line: break where the atom did not fit.
            out.push(Candidate {
                next: a.range.start,
                end: LineEnd::Soft,
                width,
                demerits: line(width, gaps, shrink, true) + KINSOKU_VIOLATION,
            });
        }
        return;
    }
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
    fn a_paragraph_never_ends_with_one_character_alone_on_its_last_line() {
        // 29 characters and a full stop on a 28-character measure: the natural break
        // leaves 「字。」 alone; the breaker pulls a character down.
        let text = format!("{}。", "字".repeat(29));
        let got = lines(&text, 28.0);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1].chars().filter(|c| *c != '。').count(), 2, "{got:?}");
        // A one-line paragraph of one character is left alone.
        assert_eq!(lines("字", 28.0), vec!["字".to_string()]);
    }

    #[test]
    fn a_ragged_cell_pulls_a_character_down_rather_than_end_with_one_alone() {
        // An address in a seven-em cell: 「…路18」 fills the first line and 「号」
        // would stand alone. Justified, pulling 「18」 down opens the first line's
        // five gaps by 0.2 em (loose), so it stays; ragged, the short line is fine.
        let text = "西湖区文三路18号";
        let chars: Vec<char> = text.chars().collect();
        let set = |ragged: bool| -> Vec<String> {
            let opts = BreakOptions {
                ragged,
                ..Default::default()
            };
            break_lines_with(&chars, &widths(&chars), 7.0, 7.0, &opts)
                .into_iter()
                .map(|l| chars[l.range].iter().collect())
                .collect()
        };
        assert_eq!(set(false), ["西湖区文三路18", "号"]);
        assert_eq!(set(true), ["西湖区文三路", "18号"]);
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
    fn han_text_fills_every_line_but_the_last() {
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
    fn a_number_is_never_split() {
        assert_eq!(lines("一二三12,000.00元", 6.0), ["一二三", "12,000.00元"]);
    }

    /// `n` Han characters.
    fn han(n: usize) -> String {
        "调解协议书甲乙双方自愿达成如下"
            .chars()
            .cycle()
            .take(n)
            .collect()
    }

    #[test]
    fn a_date_moves_whole_when_the_line_before_stays_tight() {
        // 26 + 「2026」 would fill 28 exactly, but cuts the number from 年; 26 alone
        // leaves 2 em over 25 gaps (0.08 em each).
        let text = format!("{}2026年12月31日前", han(26));
        assert_eq!(
            lines(&text, 28.0),
            [han(26), "2026年12月31日前".to_string()]
        );
    }

    #[test]
    fn a_date_is_cut_between_its_parts_when_the_alternative_is_loose() {
        // Moving the date whole would leave 4 em over 23 gaps (0.17 em each).
        let text = format!("{}2026年12月31日前", han(24));
        assert_eq!(
            lines(&text, 28.0),
            [format!("{}2026年", han(24)), "12月31日前".to_string()]
        );
    }

    #[test]
    fn an_amount_in_capitals_stays_whole_when_it_can() {
        // 「人民 / 币肆仟…」 would fill the line; keeping the amount whole leaves 2 em
        // over 25 gaps, which is still tight.
        let text = format!("{}人民币肆仟伍佰伍拾元整（¥4,550.00）。", han(26));
        let got = lines(&text, 28.0);
        assert_eq!(got[0], han(26));
        assert!(got[1].starts_with("人民币肆仟伍佰伍拾元整（"), "{got:?}");
    }

    #[test]
    fn an_amount_in_capitals_is_cut_when_the_alternative_is_loose() {
        // Moving it whole would leave 8 em on the line.
        let text = format!("{}人民币肆仟伍佰伍拾元整（¥4,550.00）。", han(20));
        assert_eq!(
            lines(&text, 28.0),
            [
                format!("{}人民币肆仟伍佰伍", han(20)),
                "拾元整（¥4,550.00）。".to_string()
            ]
        );
    }

    #[test]
    fn unavoidable_slack_is_spread_over_several_lines() {
        // An 18-digit number (9 em) that does not fit after the 76th character: first
        // fit would leave 8 em on the third line alone.
        let text = format!("{}110101198001011234{}", han(76), han(10));
        let chars: Vec<char> = text.chars().collect();
        let got = break_lines(&chars, &widths(&chars), 28.0, 28.0);
        let slacks: Vec<f32> = got[..3].iter().map(|l| 28.0 - l.width).collect();
        assert!(slacks.iter().all(|s| *s <= 4.0), "{slacks:?}");
        assert!(
            slacks.iter().filter(|s| **s > 0.0).count() >= 2,
            "{slacks:?}"
        );
        assert!(chars[got[3].range.clone()].starts_with(&['1', '1', '0']));
    }

    #[test]
    fn a_line_stretched_exactly_to_the_bound_is_not_loose() {
        // 「仟伍佰元整（¥12,345.67）人民币」 at 16.629595 pt on a 16 em line: 15 em over
        // 10 gaps is 0.1 em each, but the `f32` sums make the slack 16.62961 pt, a hair
        // over 10 × 0.1 em. Counted loose, it made a breaking with two such lines look
        // worse than one with a single line at 0.22 em.
        let em = 16.629_595_f32;
        let (width, measure) = (249.443_91_f32, 266.073_52_f32);
        assert!(badness(width, measure, 10, 0.0, em, true) < LOOSE);
        // Past the bound (by 0.01 pt, not rounding), it is loose.
        assert!(badness(width - 0.01, measure, 10, 0.0, em, true) >= LOOSE);
    }

    #[test]
    fn slack_is_never_spread_onto_the_last_line_before_a_hard_break() {
        // The line before 「\n」 is not justified, so nothing pulls the break earlier.
        assert_eq!(lines("一二三\n四五", 4.0), ["一二三\n", "四五"]);
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
        let opts = BreakOptions {
            hang_closing: true,
            ..Default::default()
        };
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
        let opts = BreakOptions {
            hang_closing: true,
            ..Default::default()
        };
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
