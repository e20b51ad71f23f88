//! Measuring text. Layout never touches a font file: it asks a [`Metrics`], so the
//! engine is tested with fixed fake widths ([`FixedMetrics`]) and runs for real with
//! `fonts::FontMetrics`, which reads the advance widths of the bundled faces.

use serde::Serialize;

/// A typeface role. Which font file serves each face is decided in `fonts`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Face {
    /// Body text (standing in for 仿宋 / 宋体): Noto Serif SC Regular.
    Serif,
    /// Titles (standing in for 小标宋): Noto Serif SC Bold.
    SerifBold,
    /// Headings (黑体 role): Noto Sans SC.
    Sans,
    /// A font the user loaded (e.g. a licensed 仿宋_GB2312), last in every fallback chain.
    User,
}

impl Face {
    pub const ALL: [Face; 4] = [Face::Serif, Face::SerifBold, Face::Sans, Face::User];
}

/// Advance widths, in em (1.0 = the font size).
pub trait Metrics {
    /// The face that will really draw `ch` when `face` is asked for: `face` itself when
    /// it has the glyph, else the first face in its fallback chain that has it, else
    /// `face` (the glyph is then missing, which `fonts::coverage` reports before export).
    fn resolve(&self, face: Face, ch: char) -> Face {
        let _ = ch;
        face
    }

    /// Advance width of `ch` drawn in `face`, in em.
    fn advance(&self, face: Face, ch: char) -> f32;

    /// An id of what these metrics answer: two calls that return the same id give the
    /// same face and width for every character, so a paragraph set once can be reused
    /// (`paragraph::set`). `None` (the default): never reuse.
    fn generation(&self) -> Option<u64> {
        None
    }
}

/// Fake, fixed widths for tests: wide (CJK, full-width) characters 1 em, everything
/// else ½ em. Every face has every glyph.
#[derive(Clone, Copy, Debug, Default)]
pub struct FixedMetrics;

impl Metrics for FixedMetrics {
    fn advance(&self, _face: Face, ch: char) -> f32 {
        if is_wide(ch) { 1.0 } else { 0.5 }
    }
}

/// Is `ch` a full-width (East Asian wide) character: Han, CJK punctuation, kana,
/// full-width forms?
pub fn is_wide(ch: char) -> bool {
    matches!(ch as u32,
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFD)
        || matches!(ch, '“' | '”' | '‘' | '’' | '…' | '—' | '·')
}
