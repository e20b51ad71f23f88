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
}

/// Set `para` in `style` into lines of width `measure`, starting at `x0`.
pub fn set(para: &Paragraph, style: &TextStyle, x0: Pt, measure: Pt, metrics: &dyn Metrics) -> Vec<LineBox> {
    let mut glyphs = Vec::new();
    for (ri, run) in para.runs.iter().enumerate() {
        for ch in run.text.chars() {
            let face = metrics.resolve(style.face, ch);
            let advance = style.size * metrics.advance(face, ch);
            glyphs.push(Glyph { ch, face, advance, run: ri });
        }
    }
    let chars: Vec<char> = glyphs.iter().map(|g| g.ch).collect();
    // Glue: no break inside a kept run, nor between it and the next character.
    let glue: Vec<bool> = (0..glyphs.len())
        .map(|i| i > 0 && para.runs[glyphs[i - 1].run].keep)
        .collect();
    let widths: Vec<f32> = glyphs.iter().map(|g| (g.advance + style.tracking).0).collect();
    let em = style.size.0 + style.tracking.0;
    let first_x = x0 + Pt(em * para.first_indent);
    let rest_x = x0 + Pt(em * para.rest_indent);
    let first_w = (measure - Pt(em * para.first_indent)).max(Pt(em));
    let rest_w = (measure - Pt(em * para.rest_indent)).max(Pt(em));
    let opts = text::SetOptions { justify: para.align == Align::Justify, ..text::SetOptions::default() };
    let lines = text::set_paragraph_glued(&chars, &widths, &glue, first_w.0, rest_w.0, &opts);
    let baseline = baseline_offset(style);

    lines
        .iter()
        .enumerate()
        .map(|(li, line)| {
            let (x_start, width) = if li == 0 { (first_x, first_w) } else { (rest_x, rest_w) };
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
            let mut i = range.start;
            while i < range.end {
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
                while i < range.end && glyphs[i].run == g0.run && glyphs[i].face == g0.face {
                    let g = &glyphs[i];
                    let just = line.extra.get(i - range.start).copied().unwrap_or(0.0);
                    run.text.push(g.ch);
                    run.advances.push(g.advance);
                    run.extra.push(style.tracking + Pt(just));
                    x += g.advance + style.tracking + Pt(just);
                    i += 1;
                }
                if run.extra.iter().all(|e| *e == Pt::ZERO) {
                    run.extra.clear();
                }
                // Trailing spaces of a broken line are not drawn.
                if !run.text.trim_end().is_empty() {
                    items.push(Item::Text(run));
                }
            }
            LineBox { height: style.line_pitch, items }
        })
        .collect()
}
