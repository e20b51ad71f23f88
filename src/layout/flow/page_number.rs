//! Page numbers (GB/T 9704 §7.5 and the local placements).

use super::*;

/// Height of a CJK em dash's stroke above the baseline, in em (see [`page_number`]).
pub(super) const DASH_ABOVE_BASELINE: f32 = 0.34;

/// The page number item(s) for page `number` (`index` of `count` in this document).
pub(super) fn page_number(
    style: &PageStyle,
    metrics: &dyn Metrics,
    number: u32,
    index: u32,
    count: u32,
) -> Vec<Item> {
    let ts = &style.page_number;
    let text = match style.page_numbers {
        PageNumbers::None => return vec![],
        PageNumbers::Official => format!("— {number} —"),
        PageNumbers::TopRight => number.to_string(),
        PageNumbers::OfTotal => format!("第 {index} 页 共 {count} 页"),
    };
    let advances: Vec<Pt> = text
        .chars()
        .map(|c| ts.size * metrics.advance(metrics.resolve(ts.face, c), c))
        .collect();
    let width: Pt = advances.iter().copied().sum();
    let em = style.body.size;
    let right = style.left + style.type_width;
    // GB/T 9704 §7.5: the 一字线 (the em dashes) 7 mm below the type area. A CJK em
    // dash sits on the ideographic centre line, about 0.34 em above the baseline
    // (Noto Serif/Sans CJK: centre 380, descent 120 units of 1000), so the baseline
    // goes that much lower.
    let below = style.type_bottom() + Pt::mm(7.0) + ts.size * DASH_ABOVE_BASELINE;
    let (x, y) = match style.page_numbers {
        // Odd pages right, even pages left, one character in.
        PageNumbers::Official if !number.is_multiple_of(2) => (right - em - width, below),
        PageNumbers::Official => (style.left + em, below),
        PageNumbers::TopRight => (right - width, style.top - Pt::mm(10.0)),
        _ => (style.left + (style.type_width - width) / 2.0, below),
    };
    let face = metrics.resolve(ts.face, '1');
    vec![Item::Text(TextRun {
        origin: Point::new(x, y),
        face,
        size: ts.size,
        text,
        advances,
        extra: vec![],
        field: None,
    })]
}
