//! One paragraph → line boxes: resolve each character's face through the fallback
//! chain, measure it, break and justify (the `text` stage), then cut each line into
//! text runs at field and face boundaries.

use super::frame::{Item, TextRun};
use super::metrics::{Face, Metrics};
use super::style::TextStyle;
use super::text;
use super::units::{Point, Pt};
use crate::document::{Align, Paragraph};

/// A set line: its height and its runs, with `origin.y` relative to the line's top.
#[derive(Clone, Debug, PartialEq)]
pub struct LineBox {
    pub height: Pt,
    pub items: Vec<Item>,
}

/// Where on the line the baseline sits: the em box (ideographic, 0.88 em above the
/// baseline and 0.12 em below) centred in the line pitch.
pub fn baseline_offset(style: &TextStyle) -> Pt {
    (style.line_pitch - style.size) / 2.0 + style.size * 0.88
}

struct Glyph {
    ch: char,
    face: Face,
    advance: Pt,
    run: usize,
    /// Extra space after this character that spreads its run to the run's width
    /// (`Run::spread_to`); zero after a run's last character and in every other run.
    spread: Pt,
}

/// Spread a run's characters so that the run is `width` ems wide: the difference to
/// its natural width shared evenly by the gaps between its characters (none after the
/// last). A run as wide or wider, or of one character, is left as it is.
fn spread(glyphs: &mut [Glyph], width: Option<u8>, style: &TextStyle) {
    let (Some(width), n @ 2..) = (width, glyphs.len()) else {
        return;
    };
    let natural: Pt = glyphs
        .iter()
        .fold(Pt::ZERO, |w, g| w + g.advance + style.tracking);
    let room = style.size * f32::from(width) - natural;
    if room <= Pt::ZERO {
        return;
    }
    let gap = room / (n - 1) as f32;
    for g in &mut glyphs[..n - 1] {
        g.spread = gap;
    }
}

/// Set `para` in `style` into lines of width `measure`, starting at `x0`.
///
/// Setting is a pure function of these, so with metrics that name their state
/// ([`Metrics::generation`]) a paragraph set before is taken from [`remembered`]: the
/// live preview lays the whole document out again after each pause in typing, and in
/// the 120-party case almost every paragraph is the same as the last time.
pub fn set(
    para: &Paragraph,
    style: &TextStyle,
    x0: Pt,
    measure: Pt,
    metrics: &dyn Metrics,
) -> Vec<LineBox> {
    match metrics.generation() {
        Some(generation) => remembered::set(para, style, x0, measure, generation, || {
            set_now(para, style, x0, measure, metrics)
        }),
        None => set_now(para, style, x0, measure, metrics),
    }
}

/// Paragraphs set before, by everything their lines depend on.
mod remembered {
    use super::{LineBox, Paragraph, Pt, TextStyle};
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::hash::{Hash, Hasher};

    /// How many set paragraphs are kept (a 61-page document has ≈ 1,000); past this
    /// the memory starts again empty.
    const LIMIT: usize = 8192;

    struct Key {
        para: Paragraph,
        style: TextStyle,
        x0: Pt,
        measure: Pt,
    }

    #[derive(Default)]
    struct Memory {
        generation: u64,
        len: usize,
        by_hash: HashMap<u64, Vec<(Key, Vec<LineBox>)>>,
    }

    thread_local! {
        static MEMORY: RefCell<Memory> = RefCell::new(Memory::default());
    }

    fn hash(para: &Paragraph, style: &TextStyle, x0: Pt, measure: Pt) -> u64 {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        for r in &para.runs {
            r.text.hash(&mut h);
            (r.blank, r.keep, r.field.is_some(), r.spread_to).hash(&mut h);
        }
        (para.first_indent.to_bits(), para.rest_indent.to_bits()).hash(&mut h);
        (
            style.size.0.to_bits(),
            style.tracking.0.to_bits(),
            x0.0.to_bits(),
            measure.0.to_bits(),
        )
            .hash(&mut h);
        h.finish()
    }

    pub fn set(
        para: &Paragraph,
        style: &TextStyle,
        x0: Pt,
        measure: Pt,
        generation: u64,
        now: impl FnOnce() -> Vec<LineBox>,
    ) -> Vec<LineBox> {
        let h = hash(para, style, x0, measure);
        let same =
            |k: &Key| k.para == *para && k.style == *style && k.x0 == x0 && k.measure == measure;
        let found = MEMORY.with_borrow_mut(|m| {
            if m.generation != generation {
                *m = Memory {
                    generation,
                    ..Memory::default()
                };
            }
            m.by_hash
                .get(&h)?
                .iter()
                .find(|(k, _)| same(k))
                .map(|(_, lines)| lines.clone())
        });
        if let Some(lines) = found {
            return lines;
        }
        let lines = now();
        MEMORY.with_borrow_mut(|m| {
            if m.len >= LIMIT {
                *m = Memory {
                    generation,
                    ..Memory::default()
                };
            }
            m.len += 1;
            let key = Key {
                para: para.clone(),
                style: *style,
                x0,
                measure,
            };
            m.by_hash.entry(h).or_default().push((key, lines.clone()));
        });
        lines
    }
}

/// [`set`], without reusing.
fn set_now(
    para: &Paragraph,
    style: &TextStyle,
    x0: Pt,
    measure: Pt,
    metrics: &dyn Metrics,
) -> Vec<LineBox> {
    let mut glyphs = Vec::new();
    for (ri, run) in para.runs.iter().enumerate() {
        let first = glyphs.len();
        for ch in run.text.chars() {
            let face = metrics.resolve(style.face, ch);
            let advance = style.size * metrics.advance(face, ch);
            glyphs.push(Glyph {
                ch,
                face,
                advance,
                run: ri,
                spread: Pt::ZERO,
            });
        }
        spread(&mut glyphs[first..], run.spread_to, style);
    }
    let chars: Vec<char> = glyphs.iter().map(|g| g.ch).collect();
    // Glue: no break inside a kept run, nor between it and the next character.
    let glue: Vec<bool> = (0..glyphs.len())
        .map(|i| i > 0 && para.runs[glyphs[i - 1].run].keep)
        .collect();
    let widths: Vec<f32> = glyphs
        .iter()
        .map(|g| (g.advance + style.tracking + g.spread).0)
        .collect();
    let em = style.size.0 + style.tracking.0;
    let first_in = indent(para.first_indent, em, measure);
    let rest_in = indent(para.rest_indent, em, measure);
    let first_x = x0 + first_in;
    let rest_x = x0 + rest_in;
    // A measure narrower than a character sets one character a line (the line breaker
    // always places at least one), never more than fit.
    let first_w = (measure - first_in).max(Pt::ZERO);
    let rest_w = (measure - rest_in).max(Pt::ZERO);
    let opts = text::SetOptions {
        justify: para.align == Align::Justify,
        em: Some(style.size.0),
        ..text::SetOptions::default()
    };
    let lines = text::set_paragraph_glued(&chars, &widths, &glue, first_w.0, rest_w.0, &opts);
    let baseline = baseline_offset(style);

    lines
        .iter()
        .enumerate()
        .map(|(li, line)| {
            let (x_start, width) = if li == 0 {
                (first_x, first_w)
            } else {
                (rest_x, rest_w)
            };
            let range = line.range.clone();
            // Set width, trailing spaces excluded, for alignment.
            let natural: f32 = line.width;
            let shift = match para.align {
                Align::Justify | Align::Left => Pt::ZERO,
                Align::Center => ((width - Pt(natural)) / 2.0).max(Pt::ZERO),
                Align::Right => (width - Pt(natural)).max(Pt::ZERO),
            };
            let mut items = Vec::new();
            let mut x = x_start + shift;
            // Trailing white space (spaces, a hard break) is not drawn.
            let end = (range.start..range.end)
                .rev()
                .find(|&k| !glyphs[k].ch.is_whitespace())
                .map_or(range.start, |k| k + 1);
            let mut i = range.start;
            while i < end {
                let g0 = &glyphs[i];
                let mut run = TextRun {
                    origin: Point::new(x, baseline),
                    face: g0.face,
                    size: style.size,
                    text: String::new(),
                    advances: Vec::new(),
                    extra: Vec::new(),
                    field: para.runs[g0.run].field.clone(),
                };
                while i < end && glyphs[i].run == g0.run && glyphs[i].face == g0.face {
                    let g = &glyphs[i];
                    let just = line.extra.get(i - range.start).copied().unwrap_or(0.0);
                    run.text.push(g.ch);
                    run.advances.push(g.advance);
                    run.extra.push(style.tracking + g.spread + Pt(just));
                    x += g.advance + style.tracking + g.spread + Pt(just);
                    i += 1;
                }
                if run.extra.iter().all(|e| *e == Pt::ZERO) {
                    run.extra.clear();
                }
                // A run of white space alone (a separator) is not drawn.
                if !run.text.trim_end().is_empty() {
                    items.push(Item::Text(run));
                }
            }
            LineBox {
                height: style.line_pitch,
                items,
            }
        })
        .collect()
}

/// An indent of `em_count` em as a length, kept inside the measure: negative or
/// non-finite indents count as 0, and at least one em of the measure stays free.
fn indent(em_count: f32, em: f32, measure: Pt) -> Pt {
    let raw = em_count * em;
    let room = (measure.0 - em).max(0.0);
    if raw.is_finite() && raw > 0.0 {
        Pt(raw.min(room))
    } else {
        Pt::ZERO
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Role, Run};
    use crate::layout::metrics::FixedMetrics;
    use crate::layout::style::PageStyle;

    fn texts(lines: &[LineBox]) -> Vec<String> {
        lines
            .iter()
            .map(|l| {
                l.items
                    .iter()
                    .map(|it| match it {
                        Item::Text(r) => r.text.clone(),
                        Item::Line { .. } => String::new(),
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn trailing_spaces_and_hard_breaks_are_not_drawn() {
        let style = PageStyle::gbt9704().table;
        // 5 × 12 pt: "abc de" breaks after the space.
        let p = Paragraph::new(Role::Body, vec![Run::fixed("abcdefgh ijk\nxy")]).align(Align::Left);
        let lines = set(&p, &style, Pt::ZERO, Pt(50.0), &FixedMetrics);
        assert_eq!(texts(&lines), vec!["abcdefgh", "ijk", "xy"]);
    }

    #[test]
    fn no_run_of_a_line_reaches_past_the_measure_because_of_trailing_spaces() {
        let style = PageStyle::gbt9704().table;
        let p = Paragraph::new(Role::Body, vec![Run::fixed("甲乙丙丁      戊")]);
        for l in set(&p, &style, Pt::ZERO, Pt(48.0), &FixedMetrics) {
            for it in &l.items {
                if let Item::Text(r) = it {
                    assert!(r.origin.x + r.width() <= Pt(48.01), "{r:?}");
                }
            }
        }
    }

    #[test]
    fn an_indent_wider_than_the_measure_leaves_room_for_one_character() {
        let style = PageStyle::gbt9704().table;
        let p = Paragraph::new(Role::Body, vec![Run::fixed("甲乙")]).indent(100.0, f32::NAN);
        let lines = set(&p, &style, Pt::ZERO, Pt(48.0), &FixedMetrics);
        assert_eq!(texts(&lines), vec!["甲", "乙"]);
        let x = |l: &LineBox| match &l.items[0] {
            Item::Text(r) => r.origin.x,
            Item::Line { from, .. } => from.x,
        };
        assert_eq!((x(&lines[0]), x(&lines[1])), (Pt(36.0), Pt::ZERO));
    }

    /// Fixed widths (`em` for every character) that name their state.
    struct Named {
        em: f32,
        generation: u64,
    }

    impl Metrics for Named {
        fn advance(&self, _face: Face, _ch: char) -> f32 {
            self.em
        }
        fn generation(&self) -> Option<u64> {
            Some(self.generation)
        }
    }

    #[test]
    fn a_paragraph_set_again_is_remembered_only_while_the_metrics_stay_the_same() {
        let style = PageStyle::gbt9704().body;
        let para = Paragraph::new(
            Role::Body,
            vec![Run::fixed(
                "甲方于二〇二六年十二月三十一日前一次性支付乙方赔偿款人民币壹万贰仟元整，乙方收款后不再追究。",
            )],
        );
        let measure = style.size * 28.0;
        let wide = Named {
            em: 1.0,
            generation: 9001,
        };
        let first = set(&para, &style, Pt::ZERO, measure, &wide);
        assert_eq!(first, set_now(&para, &style, Pt::ZERO, measure, &wide));
        assert_eq!(set(&para, &style, Pt::ZERO, measure, &wide), first);
        // Other widths under another generation: set anew, not the remembered lines.
        let narrow = Named {
            em: 0.5,
            generation: 9002,
        };
        let again = set(&para, &style, Pt::ZERO, measure, &narrow);
        assert_eq!(again, set_now(&para, &style, Pt::ZERO, measure, &narrow));
        assert!(
            again.len() < first.len(),
            "{} lines at ½ em, {} at 1 em",
            again.len(),
            first.len()
        );
        // Another measure is another paragraph.
        let half = set(&para, &style, Pt::ZERO, measure / 2.0, &narrow);
        assert_eq!(
            half,
            set_now(&para, &style, Pt::ZERO, measure / 2.0, &narrow)
        );
    }
}
