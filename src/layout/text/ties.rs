//! Ties: breaks the line breaker may take, but only at a price.
//!
//! Some expressions read badly when split across lines but must not be made unbreakable,
//! or the line before them is stretched until every character stands apart. The
//! segmenter ([`super::segment()`]) keeps a run of Arabic digits with its separators and
//! sign whole (`2026`, `¥86,500.00`); everything around it is breakable. This module
//! prices the breaks that cut an expression:
//!
//! - between a number and its unit (`12,000.00` | `元`, `5` | `号楼`) and inside a unit of
//!   several characters (`平方` | `米`): [`NUMBER_UNIT`];
//! - inside a date or time, between its parts (`2026年` | `12月` | `31日`, `10时` | `30分`,
//!   and 「二〇二六年十二月三十一日」 in Chinese numerals): [`INSIDE_DATE`];
//! - inside an amount in capitals (`人民币` | `捌万陆仟伍佰元整`, `捌万` | `陆仟`):
//!   [`INSIDE_CAPITAL_AMOUNT`];
//! - between an amount in capitals and its bracketed figures (`元整` | `（¥86,500.00）`):
//!   [`CAPITALS_FROM_FIGURES`].
//!
//! GB/T 15835-2011 《出版物上数字用法》 asks that a number and its unit, a date and an
//! amount be read as one expression; the price makes the line breaker cut one only
//! when every alternative leaves a loose line (see [`super::linebreak`] for the scale).

use super::segment::{Atom, AtomKind};

/// Price of breaking between a number and its unit, or inside a unit.
pub const NUMBER_UNIT: f32 = 120.0;
/// Price of breaking between the parts of a date or a time.
pub const INSIDE_DATE: f32 = 100.0;
/// Price of breaking inside an amount in capitals (大写), 「人民币」 included.
pub const INSIDE_CAPITAL_AMOUNT: f32 = 100.0;
/// Price of breaking between an amount in capitals and its bracketed figures.
pub const CAPITALS_FROM_FIGURES: f32 = 100.0;

/// The units that bind to the number before them, longest first where one is the
/// start of another: a date (`2026年12月31日`), a time (`10时30分`), an amount
/// (`6,800元`, `5万元`), an address number (`5号楼`, `401室`) or a measure (`1.5米`,
/// `3个月`).
pub const NUMBER_UNITS: &[&str] = &[
    "万元",
    "亿元",
    "元",
    "年",
    "个月",
    "月",
    "日",
    "时",
    "分",
    "秒",
    "号楼",
    "号",
    "室",
    "层",
    "栋",
    "幢",
    "单元",
    "平方米",
    "米",
    "亩",
    "周岁",
    "岁",
    "天",
    "户",
];

/// The units after which a number continues the same expression: a date or a time.
const CHAINING_UNITS: &[&str] = &["年", "月", "时", "分"];

/// Chinese numerals as written in dates (「二〇二六年」).
const CHINESE_NUMERALS: &[char] = &[
    '〇', '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十',
];

/// The date units after Chinese numerals, in order.
const CHINESE_DATE_UNITS: &[char] = &['年', '月', '日'];

/// Digits of an amount in capitals (大写数字, as on a cheque).
const CAPITAL_DIGITS: &[char] = &[
    '零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖', '拾',
];

/// The other characters of an amount in capitals: place units, currency units, 整.
const CAPITAL_UNITS: &[char] = &[
    '佰', '仟', '万', '萬', '亿', '億', '元', '圆', '角', '分', '整', '正',
];

/// The words before an amount in capitals that belong to it.
const CURRENCY_WORDS: &[&str] = &["人民币"];

/// The price of a break before each char: `ties[i]` is what breaking between
/// `chars[i - 1]` and `chars[i]` costs (0 for a free break); one entry per char plus one
/// for the end. `atoms` are the segmenter's, used to find whole numbers.
pub fn ties(chars: &[char], atoms: &[Atom]) -> Vec<f32> {
    let mut t = vec![0.0_f32; chars.len() + 1];
    for a in atoms {
        if a.kind == AtomKind::Word && is_number(&chars[a.range.clone()]) {
            number_ties(chars, atoms, a.range.end, &mut t);
        }
    }
    chinese_date_ties(chars, &mut t);
    capital_amount_ties(chars, &mut t);
    t
}

/// Is `s` a number: optional sign and currency prefix, then digits with `,` `.` inside?
fn is_number(s: &[char]) -> bool {
    let body: &[char] = {
        let k = s
            .iter()
            .position(|c| !matches!(c, '¥' | '￥' | '$' | '＄' | '£' | '￡' | '€' | '+' | '-'))
            .unwrap_or(s.len());
        &s[k..]
    };
    body.first().is_some_and(|c| c.is_ascii_digit())
        && body.last().is_some_and(|c| c.is_ascii_digit())
        && body
            .iter()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
}

/// The unit starting at char `q`, if any.
fn unit_at(chars: &[char], q: usize) -> Option<&'static str> {
    NUMBER_UNITS.iter().copied().find(|u| {
        let n = u.chars().count();
        chars.len() >= q + n && chars[q..q + n].iter().copied().eq(u.chars())
    })
}

/// Tie the unit after the number ending at `end` to it, and chain on through a date or
/// time (`2026年12月31日`).
fn number_ties(chars: &[char], atoms: &[Atom], end: usize, t: &mut [f32]) {
    let Some(unit) = unit_at(chars, end) else {
        return;
    };
    let n = unit.chars().count();
    for slot in &mut t[end..end + n] {
        *slot = slot.max(NUMBER_UNIT);
    }
    let after = end + n;
    // The atoms are in text order: the one starting at `after` by binary search (a scan
    // for every date made long facts quadratic).
    let next = atoms
        .get(atoms.partition_point(|a| a.range.start < after))
        .filter(|a| a.range.start == after);
    if CHAINING_UNITS.contains(&unit)
        && let Some(next) = next
        && next.kind == AtomKind::Word
        && chars[after].is_ascii_digit()
        && is_number(&chars[next.range.clone()])
        && unit_at(chars, next.range.end).is_some()
    {
        t[after] = t[after].max(INSIDE_DATE);
    }
}

/// Ties inside a date in Chinese numerals: at least a year and a month
/// (「二〇二六年十二月」, 「二〇二六年十二月三十一日」).
fn chinese_date_ties(chars: &[char], t: &mut [f32]) {
    let n = chars.len();
    let mut p = 0;
    while p < n {
        // Parse numerals + 年, numerals + 月, optionally numerals + 日, from p.
        let mut q = p;
        let mut parts = 0;
        // Where the first run of numerals ends.
        let mut first_run_end = p;
        for unit in CHINESE_DATE_UNITS {
            let digits = q + chars[q..]
                .iter()
                .take_while(|c| CHINESE_NUMERALS.contains(c))
                .count();
            if parts == 0 {
                first_run_end = digits;
            }
            if digits == q || digits >= n || chars[digits] != *unit {
                break;
            }
            q = digits + 1;
            parts += 1;
        }
        if parts >= 2 {
            for slot in &mut t[p + 1..q] {
                *slot = slot.max(INSIDE_DATE);
            }
            p = q;
        } else {
            // Every start inside the same run of numerals reaches the same end and
            // fails the same way: skip the run (else a long run is quadratic).
            p = first_run_end.max(p + 1);
        }
    }
}

/// Ties inside an amount in capitals (with 「人民币」 before it) and between it and a
/// bracketed figure right after it (「（¥86,500.00）」).
fn capital_amount_ties(chars: &[char], t: &mut [f32]) {
    let n = chars.len();
    let is_capital = |c: &char| CAPITAL_DIGITS.contains(c) || CAPITAL_UNITS.contains(c);
    let mut p = 0;
    while p < n {
        if !is_capital(&chars[p]) {
            p += 1;
            continue;
        }
        let q = p + chars[p..].iter().take_while(|&c| is_capital(c)).count();
        let run = &chars[p..q];
        let has_digit = run.iter().any(|c| CAPITAL_DIGITS.contains(c));
        let has_currency = run.iter().any(|c| matches!(c, '元' | '圆' | '角' | '分'));
        if q - p >= 2 && has_digit && has_currency {
            let start = CURRENCY_WORDS
                .iter()
                .map(|w| w.chars().count())
                .find(|&k| p >= k && chars[p - k..p].iter().copied().eq(currency_word(k)))
                .map_or(p, |k| p - k);
            for slot in &mut t[start + 1..q] {
                *slot = slot.max(INSIDE_CAPITAL_AMOUNT);
            }
            let bracket = chars.get(q).is_some_and(|c| matches!(c, '（' | '('));
            let figure = chars
                .get(q + 1)
                .is_some_and(|c| c.is_ascii_digit() || matches!(c, '¥' | '￥'));
            if bracket && figure {
                t[q] = t[q].max(CAPITALS_FROM_FIGURES);
            }
        }
        p = q;
    }
}

/// The currency word of `k` characters (see [`CURRENCY_WORDS`]).
fn currency_word(k: usize) -> impl Iterator<Item = char> {
    CURRENCY_WORDS
        .iter()
        .find(|w| w.chars().count() == k)
        .map(|w| w.chars())
        .into_iter()
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::text::segment;

    /// The text with `|` before every tied char, and the price there.
    fn show(s: &str) -> (String, Vec<f32>) {
        let chars: Vec<char> = s.chars().collect();
        let t = ties(&chars, &segment(&chars));
        let mut out = String::new();
        let mut prices = Vec::new();
        for (i, c) in chars.iter().enumerate() {
            if t[i] > 0.0 {
                out.push('|');
                prices.push(t[i]);
            }
            out.push(*c);
        }
        (out, prices)
    }

    #[test]
    fn a_date_is_tied_between_its_parts_and_to_its_units() {
        let (s, p) = show("于2026年12月31日前");
        assert_eq!(s, "于2026|年|12|月|31|日前");
        assert_eq!(
            p,
            [
                NUMBER_UNIT,
                INSIDE_DATE,
                NUMBER_UNIT,
                INSIDE_DATE,
                NUMBER_UNIT
            ]
        );
        assert_eq!(show("10时30分").0, "10|时|30|分");
    }

    #[test]
    fn a_date_in_chinese_numerals_is_tied() {
        assert_eq!(
            show("二〇二六年十二月三十一日止").0,
            "二|〇|二|六|年|十|二|月|三|十|一|日止"
        );
        // A lone 「一年」 is no date.
        assert_eq!(show("一年内").0, "一年内");
    }

    #[test]
    fn an_amount_ties_its_unit_but_not_a_word_after_a_unit() {
        assert_eq!(show("赔偿12,000.00元整").0, "赔偿12,000.00|元整");
        assert_eq!(show("5号楼2单元").0, "5|号|楼2|单|元");
        assert_eq!(show("3件").0, "3件");
    }

    #[test]
    fn an_amount_in_capitals_is_tied_inside_and_to_its_figures() {
        let (s, p) = show("支付人民币捌万陆仟伍佰元整（¥86,500.00）。");
        assert_eq!(s, "支付人|民|币|捌|万|陆|仟|伍|佰|元|整|（¥86,500.00）。");
        assert_eq!(*p.last().unwrap(), CAPITALS_FROM_FIGURES);
        // Capitals without a currency unit are no amount.
        assert_eq!(show("拾取").0, "拾取");
    }

    #[test]
    fn ties_never_panic_at_the_edges() {
        for s in ["", "元", "2026年", "二〇二六年十二", "壹元（", "人民币"] {
            let chars: Vec<char> = s.chars().collect();
            assert_eq!(ties(&chars, &segment(&chars)).len(), chars.len() + 1);
        }
    }
}
