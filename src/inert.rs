//! User text made inert for a terminal: the characters that could recolour, move or
//! rewrite what a terminal shows (ESC, BEL and the other C0/C1 controls), reorder it
//! (bidi embeddings, overrides and isolates, U+202E) or hide part of it (zero-width
//! characters, U+FEFF) are shown as `\u{1b}`-style escapes. The CLI passes every line
//! of human-readable output through [`escape`]; JSON output (`check --json`) is left
//! exact, serde_json escaping the controls itself.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether `c` is shown as an escape in human-readable output: C0 and C1 controls and
/// DEL (tab and line feed included), the Arabic letter mark, zero-width and
/// directional marks (U+200B–U+200F), line and paragraph separators (U+2028, U+2029),
/// bidi embeddings and overrides (U+202A–U+202E), word joiner and invisible operators
/// (U+2060–U+2064), bidi isolates and the deprecated format controls (U+2066–U+206F),
/// the byte-order mark U+FEFF and the interlinear annotation controls (U+FFF9–U+FFFB).
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206F}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
        )
}

/// `s` with every [`is_hidden`] character written as `\u{…}` (lower-case hex, as Rust
/// writes it): 「张三\u{1b}[31m」. Borrowed when there is nothing to escape.
pub fn escape(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_hidden) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if is_hidden(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_controls_and_bidi_overrides_are_escaped() {
        assert_eq!(escape("张\u{1b}[31m三\u{7}"), "张\\u{1b}[31m三\\u{7}");
        assert_eq!(escape("\u{202E}四李"), "\\u{202e}四李");
        assert_eq!(escape("a\u{85}b\u{9b}c"), "a\\u{85}b\\u{9b}c");
        assert_eq!(escape("甲\u{200B}乙\u{FEFF}"), "甲\\u{200b}乙\\u{feff}");
        assert_eq!(escape("\u{2066}x\u{2069}"), "\\u{2066}x\\u{2069}");
        assert_eq!(escape("一\n二\t三"), "一\\u{a}二\\u{9}三");
        // The joiner of emoji sequences is one of the zero-width characters.
        assert_eq!(escape("👨\u{200D}👩"), "👨\\u{200d}👩");
    }

    #[test]
    fn ordinary_text_is_borrowed_unchanged() {
        let s = "错误　parties[0].name　张三（依据：GB 11643-1999）👍 𠮷 «»";
        assert!(matches!(escape(s), Cow::Borrowed(_)));
        assert_eq!(escape(s), s);
    }
}
