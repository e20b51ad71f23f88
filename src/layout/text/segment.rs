//! Segmenting a paragraph into atoms: the units the line breaker never splits (except
//! by force, when one atom is wider than the measure).
//!
//! Every Han character, kana, hangul syllable, full-width form and CJK punctuation mark
//! is its own atom. Runs of Latin letters and digits, together with the joiners that
//! belong inside numbers, dates, amounts, addresses and URLs (`12,000.00`, `3.5`,
//! `No.12`, `e-mail`, `http://a.b/c`), stay one [`AtomKind::Word`]; half-width
//! punctuation right after a word (`,` `.` `)` `%` …) is attached to it, and a currency
//! sign or opening bracket right before one (`¥50`, `(1)`) is part of it too. A run of
//! digits is therefore never split; the unit after it (`元`, `年`, `号楼`) is its own
//! atom, tied to the number by a price rather than glued ([`super::ties`]).
//!
//! The 禁则 (避头尾) sets live here as documented consts, following GB/T 15834-2011
//! 《标点符号用法》 and W3C *Requirements for Chinese Text Layout* (CLREQ, w3c/clreq)
//! §3.1.7 "避头尾规则" and its character classes (which extend the Japanese cl-02/cl-04
//! classes of JLREQ for small kana and iteration marks).
//!
//! Every function here is total: any `&[char]` (empty, only punctuation, control
//! characters, emoji, stray combining marks) segments without panicking, and the atoms
//! always tile the input exactly, in order.

use crate::layout::metrics::is_wide;
use std::ops::Range;

/// One unbreakable unit of a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Atom {
    /// The characters of the atom, as indices into the paragraph's `&[char]`.
    pub range: Range<usize>,
    /// What the atom is, for line breaking and justification.
    pub kind: AtomKind,
}

/// The class of an [`Atom`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AtomKind {
    /// One Han character, kana, hangul syllable or full-width letter/digit: a break is
    /// allowed on either side.
    Ideograph,
    /// A run of Latin letters and digits with the joiners inside it and the half-width
    /// punctuation attached to it (`2026`, `¥50,000.00`, `e-mail`, `abc,`).
    Word,
    /// A run of breakable spaces (ASCII space, tab, U+3000 ideographic space and other
    /// `Zs` spaces except the no-break ones). Spaces trail the line they end and do not
    /// count in its width.
    Space,
    /// An opening punctuation mark, which must not end a line
    /// ([`LINE_END_PROHIBITED`]).
    Open,
    /// A closing punctuation mark, which must not start a line
    /// ([`LINE_START_PROHIBITED`]); `……` and `——` are one atom each.
    Close,
    /// A hard line break inside the paragraph (`\n`, `\r\n`, `\r`, U+2028, U+2029, U+0085,
    /// VT, FF): the line ends after it.
    Newline,
    /// Anything else (emoji, symbols, control characters, a lone hyphen): its own atom,
    /// breakable on either side.
    Other,
}

/// Characters that must not start a line (行首禁则, "closing" marks).
///
/// From GB/T 15834-2011 (点号 and the closing halves of 标号 never begin a line: 4.1–4.3,
/// 5.1.x "不出现在一行之首") and CLREQ §3.1.7 (adds ‰ ℃ % and their full-width forms,
/// the interpunct, iteration marks and small kana): full-width ，。、；：？！）》」』】〕〉
/// 〗〙〛］｝”’…—·・％‰℃ and the half-width , . ; : ? ! ) ] } %, plus small kana
/// ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰ–ㇿ, the prolonged sound mark ー
/// and the iteration marks 々〻ゝゞヽヾ.
///
/// `…` and `—` are always used in pairs (`……`, `——`); the segmenter keeps a run of
/// them in one atom, so the pair is never split across lines either.
pub const LINE_START_PROHIBITED: &[char] = &[
    // Full-width 点号 (GB/T 15834 §4).
    '，', '。', '、', '；', '：', '？', '！', '．', '｡', '､', '‼', '⁇', '⁈', '⁉',
    // Closing 标号 (GB/T 15834 §5).
    '）', '》', '」', '』', '】', '〕', '〉', '〗', '〙', '〛', '］', '｝', '｠', '｣', '”', '’',
    '〞', '〟', // Ellipsis, dash, interpuncts (GB/T 15834 §5.3, §5.4, §5.12).
    '…', '⋯', '‥', '—', '·', '・', // Units that follow a number (CLREQ cl-postfixed).
    '%', '％', '‰', '℃', '°', '′', '″', // Half-width cousins.
    ',', '.', ';', ':', '?', '!', ')', ']', '}',
    // Small kana, prolonged sound mark, iteration marks (CLREQ / JLREQ cl-11, cl-09).
    'ぁ', 'ぃ', 'ぅ', 'ぇ', 'ぉ', 'っ', 'ゃ', 'ゅ', 'ょ', 'ゎ', 'ゕ', 'ゖ', 'ァ', 'ィ', 'ゥ', 'ェ',
    'ォ', 'ッ', 'ャ', 'ュ', 'ョ', 'ヮ', 'ヵ', 'ヶ', 'ㇰ', 'ㇱ', 'ㇲ', 'ㇳ', 'ㇴ', 'ㇵ', 'ㇶ', 'ㇷ',
    'ㇸ', 'ㇹ', 'ㇺ', 'ㇻ', 'ㇼ', 'ㇽ', 'ㇾ', 'ㇿ', 'ー', '々', '〻', 'ゝ', 'ゞ', 'ヽ', 'ヾ',
];

/// Characters that must not end a line (行尾禁则, "opening" marks).
///
/// From GB/T 15834-2011 (the opening halves of 引号, 括号, 书名号 never end a line) and
/// CLREQ §3.1.7 (adds currency signs that precede a number): full-width （《「『【〔〈〖
/// 〘〚［｛“‘, the half-width ( [ { and the currency signs ¥ ￥ $ ＄ £ ￡ €.
pub const LINE_END_PROHIBITED: &[char] = &[
    '（', '《', '「', '『', '【', '〔', '〈', '〖', '〘', '〚', '［', '｛', '｟', '｢', '“', '‘',
    '〝', '(', '[', '{', '¥', '￥', '$', '＄', '£', '￡', '€',
];

/// Line-end 点号 that may hang into the margin when hanging punctuation is on (CLREQ
/// §3.1.7 "行尾点号悬挂": 句号, 逗号, 顿号 and their half-width forms).
pub const HANGABLE: &[char] = &['，', '。', '、', '．', ',', '.'];

/// Full-width closing marks whose blank half lies on their right, so that they can be
/// set half-width before another full-width mark (CLREQ §3.1.6 标点挤压, mainland
/// (GB) glyph positions).
pub const COMPRESSIBLE_CLOSING: &[char] = &[
    '，', '。', '、', '；', '：', '？', '！', '．', '）', '》', '」', '』', '】', '〕', '〉', '〗',
    '〙', '〛', '］', '｝', '”', '’',
];

/// Full-width opening marks whose blank half lies on their left (CLREQ §3.1.6).
pub const COMPRESSIBLE_OPENING: &[char] = &[
    '（', '《', '「', '『', '【', '〔', '〈', '〖', '〘', '〚', '［', '｛', '“', '‘',
];

/// Must `c` not start a line? (Member of [`LINE_START_PROHIBITED`].)
pub fn is_line_start_prohibited(c: char) -> bool {
    LINE_START_PROHIBITED.contains(&c)
}

/// Must `c` not end a line? (Member of [`LINE_END_PROHIBITED`].)
pub fn is_line_end_prohibited(c: char) -> bool {
    LINE_END_PROHIBITED.contains(&c)
}

/// Split `chars` into atoms. The atoms tile `chars` exactly: the first starts at 0,
/// each starts where the previous ended, the last ends at `chars.len()`, and none is
/// empty. An empty input gives no atoms.
pub fn segment(chars: &[char]) -> Vec<Atom> {
    let mut atoms = Vec::new();
    let n = chars.len();
    let mut p = 0;
    while p < n {
        let c = chars[p];
        let (end, kind) = if is_newline(c) {
            let end = if c == '\r' && chars.get(p + 1) == Some(&'\n') {
                p + 2
            } else {
                p + 1
            };
            (end, AtomKind::Newline)
        } else if is_space(c) {
            (run_end(chars, p, is_space), AtomKind::Space)
        } else if matches!(c, '…' | '⋯' | '—') {
            (run_end(chars, p, |x| x == c), AtomKind::Close)
        } else if starts_word(chars, p) {
            (word_end(chars, p), AtomKind::Word)
        } else if is_line_start_prohibited(c) {
            (p + 1, AtomKind::Close)
        } else if is_line_end_prohibited(c) {
            (p + 1, AtomKind::Open)
        } else if is_ideographic(c) {
            (p + 1, AtomKind::Ideograph)
        } else {
            (p + 1, AtomKind::Other)
        };
        let end = match kind {
            AtomKind::Space | AtomKind::Newline => end,
            _ => extend(chars, end),
        };
        atoms.push(Atom {
            range: p..end,
            kind,
        });
        p = end;
    }
    atoms
}

/// End of the run of characters satisfying `pred` that starts at `p`.
fn run_end(chars: &[char], p: usize, pred: impl Fn(char) -> bool) -> usize {
    let mut q = p;
    while q < chars.len() && pred(chars[q]) {
        q += 1;
    }
    q
}

/// Include the combining marks, variation selectors, emoji modifiers and zero-width
/// joiners that follow an atom's last character (and the character after a ZWJ, so an
/// emoji ZWJ sequence stays whole).
fn extend(chars: &[char], mut q: usize) -> usize {
    while q < chars.len() {
        let prev = chars[q - 1];
        let c = chars[q];
        if is_extender(c) || (prev == '\u{200D}' && !is_space(c) && !is_newline(c)) {
            q += 1;
        } else {
            break;
        }
    }
    q
}

/// Does a [`AtomKind::Word`] start at `p`: a word character, or a run of prefixes
/// (currency signs, half-width opening brackets, ASCII quotes) directly followed by
/// one?
fn starts_word(chars: &[char], p: usize) -> bool {
    let q = run_end(chars, p, is_word_prefix);
    q < chars.len() && is_word_char(chars[q])
}

/// End of the word starting at `p` (where [`starts_word`] holds).
fn word_end(chars: &[char], p: usize) -> usize {
    let n = chars.len();
    let mut q = run_end(chars, p, is_word_prefix);
    loop {
        // Letters and digits, with their combining marks.
        while q < n && (is_word_char(chars[q]) || is_extender(chars[q])) {
            q += 1;
        }
        // Joiners and half-width punctuation: inside the word when a letter or digit
        // follows (`12,000.00`, `http://a.b`), else attached to its end (`abc,`, `50%`).
        let r = run_end(chars, q, is_word_punct);
        if r == q {
            return q;
        }
        if r < n && is_word_char(chars[r]) {
            q = r;
        } else {
            return r;
        }
    }
}

/// A letter or digit of a Latin-like script (not Han, kana or hangul, which are atoms
/// of their own), or an underscore.
fn is_word_char(c: char) -> bool {
    (c.is_alphanumeric() || c == '_') && !is_ideographic(c) && !is_line_start_prohibited(c)
}

/// Characters that may open a word when a letter or digit follows directly.
fn is_word_prefix(c: char) -> bool {
    matches!(
        c,
        '¥' | '￥' | '$' | '＄' | '£' | '￡' | '€' | '(' | '[' | '{' | '"' | '\'' | '#' | '+' | '-'
    )
}

/// Half-width punctuation that joins two parts of a word or attaches to its end.
fn is_word_punct(c: char) -> bool {
    matches!(
        c,
        ',' | '.'
            | ':'
            | ';'
            | '?'
            | '!'
            | ')'
            | ']'
            | '}'
            | '/'
            | '\\'
            | '-'
            | '_'
            | '@'
            | '\''
            | '"'
            | '&'
            | '='
            | '#'
            | '+'
            | '~'
            | '*'
            | '%'
            | '‰'
            | '℃'
            | '°'
            | '′'
            | '″'
            | '\u{00A0}' // no-break space
            | '\u{202F}' // narrow no-break space
            | '\u{2007}' // figure space
            | '\u{2011}' // non-breaking hyphen
    )
}

/// Han, kana, hangul, bopomofo, yi, full-width and half-width forms: each is an atom.
fn is_ideographic(c: char) -> bool {
    is_wide(c) || matches!(c as u32, 0xFF61..=0xFFDC | 0x1B000..=0x1B16F | 0x31F0..=0x31FF)
}

/// Breakable spaces.
fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t'
            | '\u{1680}'
            | '\u{2000}'..='\u{2006}'
            | '\u{2008}'..='\u{200B}'
            | '\u{205F}'
            | '\u{3000}'
    )
}

/// Hard line breaks.
fn is_newline(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Characters that never start an atom of their own when they follow something:
/// combining marks, variation selectors, emoji modifiers, ZWJ/ZWNJ and tag characters.
fn is_extender(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F
        | 0x0483..=0x0489
        | 0x0591..=0x05BD
        | 0x0610..=0x061A
        | 0x064B..=0x065F
        | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E
        | 0x1AB0..=0x1AFF
        | 0x1DC0..=0x1DFF
        | 0x200C..=0x200D
        | 0x20D0..=0x20FF
        | 0x302A..=0x302F
        | 0x3099..=0x309A
        | 0xFE00..=0xFE0F
        | 0xFE20..=0xFE2F
        | 0x1F3FB..=0x1F3FF
        | 0xE0020..=0xE007F
        | 0xE0100..=0xE01EF)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<(String, AtomKind)> {
        let chars: Vec<char> = s.chars().collect();
        segment(&chars)
            .into_iter()
            .map(|a| (chars[a.range].iter().collect(), a.kind))
            .collect()
    }

    fn words(s: &str) -> Vec<String> {
        texts(s).into_iter().map(|(t, _)| t).collect()
    }

    use AtomKind::*;

    /// Only the [`AtomKind::Word`] atoms of `s`.
    fn word_atoms(s: &str) -> Vec<String> {
        texts(s)
            .into_iter()
            .filter(|(_, k)| *k == Word)
            .map(|(t, _)| t)
            .collect()
    }

    #[test]
    fn empty_text_has_no_atoms() {
        assert!(segment(&[]).is_empty());
    }

    #[test]
    fn a_date_splits_into_numbers_and_units() {
        assert_eq!(
            texts("「2026年12月31日」"),
            vec![
                ("「".into(), Open),
                ("2026".into(), Word),
                ("年".into(), Ideograph),
                ("12".into(), Word),
                ("月".into(), Ideograph),
                ("31".into(), Word),
                ("日".into(), Ideograph),
                ("」".into(), Close),
            ]
        );
        assert_eq!(word_atoms("10时30分至11时"), vec!["10", "30", "11"]);
    }

    #[test]
    fn a_number_never_splits_but_its_unit_is_its_own_atom() {
        assert_eq!(words("赔偿6,800元整"), ["赔", "偿", "6,800", "元", "整"]);
        assert_eq!(word_atoms("¥1.5亿元"), vec!["¥1.5"]);
        assert_eq!(word_atoms("不少于1.5米，"), vec!["1.5"]);
        assert_eq!(word_atoms("A3年"), vec!["A3"]);
    }

    #[test]
    fn amounts_numbers_and_urls_stay_whole() {
        for s in [
            "¥50,000.00",
            "￥50,000.00",
            "12,000.00",
            "3.5",
            "50%",
            "No.12",
            "e-mail",
            "http://a.b/c",
            "https://example.com/a?b=1&c=2",
            "(1)",
            "-3.5",
        ] {
            assert_eq!(texts(s), vec![(s.to_string(), Word)], "{s}");
        }
    }

    #[test]
    fn amount_inside_han_text_is_one_atom() {
        assert_eq!(
            words("人民币¥50,000.00元"),
            ["人", "民", "币", "¥50,000.00", "元"]
        );
    }

    #[test]
    fn half_width_punctuation_attaches_to_the_word_before() {
        assert_eq!(words("abc, def."), ["abc,", " ", "def."]);
        assert_eq!(words("(see p.3), ok"), ["(see", " ", "p.3),", " ", "ok"]);
    }

    #[test]
    fn half_width_punctuation_after_han_is_closing() {
        assert_eq!(
            texts("好,"),
            vec![("好".into(), Ideograph), (",".into(), Close)]
        );
    }

    #[test]
    fn every_han_character_is_its_own_atom() {
        assert_eq!(words("调解协议"), ["调", "解", "协", "议"]);
        assert!(texts("调解").iter().all(|(_, k)| *k == Ideograph));
    }

    #[test]
    fn full_width_punctuation_is_classified() {
        assert_eq!(
            texts("（一）。"),
            vec![
                ("（".into(), Open),
                ("一".into(), Ideograph),
                ("）".into(), Close),
                ("。".into(), Close)
            ]
        );
    }

    #[test]
    fn ellipsis_and_dash_pairs_stay_together() {
        assert_eq!(
            texts("等等……——"),
            vec![
                ("等".into(), Ideograph),
                ("等".into(), Ideograph),
                ("……".into(), Close),
                ("——".into(), Close)
            ]
        );
    }

    #[test]
    fn spaces_form_one_atom_per_run() {
        assert_eq!(
            texts("a  b\u{3000}c"),
            vec![
                ("a".into(), Word),
                ("  ".into(), Space),
                ("b".into(), Word),
                ("\u{3000}".into(), Space),
                ("c".into(), Word)
            ]
        );
    }

    #[test]
    fn crlf_is_one_newline_atom() {
        assert_eq!(
            texts("甲\r\n乙"),
            vec![
                ("甲".into(), Ideograph),
                ("\r\n".into(), Newline),
                ("乙".into(), Ideograph)
            ]
        );
    }

    #[test]
    fn combining_marks_and_emoji_sequences_stay_with_their_base() {
        assert_eq!(
            words("cafe\u{301} 好\u{FE0F}"),
            ["cafe\u{301}", " ", "好\u{FE0F}"]
        );
        let family = "👨\u{200D}👩\u{200D}👧";
        assert_eq!(texts(family), vec![(family.into(), Other)]);
        assert_eq!(words("\u{301}a"), ["\u{301}", "a"]);
    }

    #[test]
    fn currency_sign_alone_is_opening() {
        assert_eq!(texts("$"), vec![("$".into(), Open)]);
        assert_eq!(
            texts("￥元"),
            vec![("￥".into(), Open), ("元".into(), Ideograph)]
        );
    }

    #[test]
    fn small_kana_must_not_start_a_line() {
        assert_eq!(texts("ッ"), vec![("ッ".into(), Close)]);
    }

    #[test]
    fn prohibited_sets_are_disjoint() {
        for c in LINE_START_PROHIBITED {
            assert!(!is_line_end_prohibited(*c), "{c}");
        }
    }

    #[test]
    fn every_prohibited_char_alone_gets_its_kind() {
        for c in LINE_START_PROHIBITED {
            assert_eq!(segment(&[*c])[0].kind, Close, "{c}");
        }
        for c in LINE_END_PROHIBITED {
            assert_eq!(segment(&[*c])[0].kind, Open, "{c}");
        }
    }
}
