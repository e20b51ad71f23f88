//! Amounts in clause text: Arabic figures with a currency mark, 大写 amounts read
//! leniently and strictly (the PBoC rules of domain spec §7.3), and the spellings an
//! amount may be written in.

use super::*;

/// The characters of a capital amount (domain spec §7.3), traditional forms included.
const CAPITAL_CHARS: &str = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正貳陸億萬";

/// Characters of a capital amount, and the lower-case numerals sometimes mixed into
/// one by mistake (「壹万贰千元」).
const CAPITAL_OR_LOWER: &str =
    "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正貳陸億萬圓一二三四五六七八九十百千两廿毛另〇○";

/// Characters only a capital amount uses (so 「三千元」 is not taken for one).
const CAPITAL_ONLY: &str = "壹贰叁肆伍陆柒捌玖拾佰仟貳陸";

/// The Arabic amounts in `text`: digit runs (with `,` and `.`) preceded by ¥/￥ or
/// followed by 元 or 万元 (the latter multiplied by 10 000).
pub fn arabic_amounts(text: &str) -> Vec<Decimal> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let (end, value) = number_at(&chars, start);
        i = end;
        let before = start.checked_sub(1).map(|j| chars[j]);
        let after: String = chars[i..].iter().take(3).collect();
        let after = after.trim_start();
        let yen = matches!(before, Some('¥' | '￥'));
        let wan = after.starts_with("万元");
        if (yen || after.starts_with('元') || wan)
            && let Some(v) = value
        {
            out.push(if wan { v * Decimal::from(10_000) } else { v });
        }
    }
    out
}

/// The capital amounts in `text`, read back into numbers: maximal runs of
/// capital-amount characters that contain a unit (元/圆/角/分) and a digit. Reading
/// the value (rather than comparing strings) accepts every spelling the PBoC rules allow
/// (optional 零 and 整, 圆 for 元, traditional forms).
pub fn capital_amounts(text: &str) -> Vec<Decimal> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let flush = |cur: &mut String, out: &mut Vec<Decimal>| {
        let has_unit = cur.contains(['元', '圆', '角', '分']);
        let has_digit = cur.chars().any(|c| capital_digit(c).is_some_and(|d| d > 0));
        if has_unit
            && has_digit
            && let Some(v) = read_capital(cur)
        {
            out.push(v);
        }
        cur.clear();
    };
    for c in text.chars() {
        if CAPITAL_CHARS.contains(c) {
            cur.push(c);
        } else {
            flush(&mut cur, &mut out);
        }
    }
    flush(&mut cur, &mut out);
    out
}

fn capital_digit(c: char) -> Option<u128> {
    let d = match c {
        '零' => 0,
        '壹' => 1,
        '贰' | '貳' => 2,
        '叁' => 3,
        '肆' => 4,
        '伍' => 5,
        '陆' | '陸' => 6,
        '柒' => 7,
        '捌' => 8,
        '玖' => 9,
        _ => return None,
    };
    Some(d)
}

/// Read a capital amount such as 「壹拾万柒仟元零伍角叁分」 or 「伍角」; `None` if it is
/// not one.
pub fn read_capital(s: &str) -> Option<Decimal> {
    let (int_part, frac_part) = match s.find(['元', '圆']) {
        Some(i) => {
            let unit_len = s[i..].chars().next().map_or(0, char::len_utf8);
            (&s[..i], &s[i + unit_len..])
        }
        None => ("", s),
    };
    let (mut yi, mut wan, mut section, mut digit) = (0u128, 0u128, 0u128, 0u128);
    for c in int_part.chars() {
        if let Some(d) = capital_digit(c) {
            digit = d;
            continue;
        }
        match c {
            '拾' => section += digit.max(1) * 10,
            '佰' => section += digit * 100,
            '仟' => section += digit * 1000,
            '万' | '萬' => wan += (section + digit) * 10_000,
            '亿' | '億' => {
                yi += (wan + section + digit) * 100_000_000;
                wan = 0;
            }
            _ => return None,
        }
        if matches!(c, '万' | '萬' | '亿' | '億') {
            section = 0;
        }
        digit = 0;
    }
    let yuan = yi + wan + section + digit;
    let (mut jiao, mut fen, mut d) = (0u128, 0u128, 0u128);
    for c in frac_part.chars() {
        if let Some(x) = capital_digit(c) {
            d = x;
            continue;
        }
        match c {
            '角' => jiao = d,
            '分' => fen = d,
            '整' | '正' => {}
            _ => return None,
        }
        d = 0;
    }
    let cents = yuan.checked_mul(100)?.checked_add(jiao * 10 + fen)?;
    Decimal::try_from_i128_with_scale(i128::try_from(cents).ok()?, 2)
        .ok()
        .map(|v| v.normalize())
}

/// Whether `text` mentions any amount of money.
pub fn mentions_amount(text: &str) -> bool {
    !arabic_amounts(text).is_empty() || !capital_amounts(text).is_empty()
}

/// Every number written in Arabic digits in `text`, in any usual spelling of an amount
/// (「8500」「8,500」「8500.00」「¥8,500.00」; 「0.85万」 read as 8500), with or without a
/// currency mark: the looser reading used to tell whether the words state a known amount.
pub fn numbers(text: &str) -> Vec<Decimal> {
    let chars: Vec<char> = text.chars().map(half_width).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let (end, value) = number_at(&chars, i);
        i = end;
        if let Some(v) = value {
            out.push(if chars.get(i) == Some(&'万') {
                v * Decimal::from(10_000)
            } else {
                v
            });
        }
    }
    out
}

/// Is `c` part of an Arabic number as amounts are written: a digit, `,` or `.`?
fn in_number(c: char) -> bool {
    c.is_ascii_digit() || c == ',' || c == '.'
}

/// The number whose first digit is at `start`: where its run of digits, `,` and `.`
/// ends, and its value (a separator at the end is punctuation, not part of it).
fn number_at(chars: &[char], start: usize) -> (usize, Option<Decimal>) {
    let mut end = start;
    while end < chars.len() && in_number(chars[end]) {
        end += 1;
    }
    let run: String = chars[start..end].iter().collect();
    let value = amount::parse_amount(run.trim_end_matches(['.', ','])).ok();
    (end, value)
}

/// Full-width digits and separators as ASCII.
pub(super) fn half_width(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '，' => ',',
        '．' => '.',
        _ => c,
    }
}

/// A capital amount written in a text, and what is written right beside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CapitalAmount {
    /// As written, e.g. 「壹拾伍万陆仟捌佰元整」 (without 「人民币」).
    pub text: String,
    /// How it reads under the PBoC rules.
    pub reading: CapitalReading,
    /// The Arabic amount written right after it (「（¥165,800.00）」「（小写：12000.00元）」)
    /// or right before it (「12,000元（大写：…）」), if any.
    pub arabic: Option<Decimal>,
}

/// A capital amount read per 《正确填写票据和结算凭证的基本规定》.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CapitalReading {
    /// Written as the rules have it.
    Valid(Decimal),
    /// Readable, but 「整」 is missing after 元, or written after 分.
    Zheng(Decimal, &'static str),
    /// Not written as the rules have it; why, in Chinese.
    Invalid(String),
}

impl CapitalReading {
    /// The amount, when it can be read.
    pub fn value(&self) -> Option<Decimal> {
        match self {
            CapitalReading::Valid(v) | CapitalReading::Zheng(v, _) => Some(*v),
            CapitalReading::Invalid(_) => None,
        }
    }
}

/// The capital amounts in `text` (runs that contain a unit 元/角/分 and a character only
/// capital amounts use), each read strictly and paired with the Arabic amount written
/// beside it.
pub fn capital_amounts_in(text: &str) -> Vec<CapitalAmount> {
    let chars: Vec<char> = text.chars().map(half_width).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !CAPITAL_OR_LOWER.contains(chars[i]) {
            i += 1;
            continue;
        }
        let mut start = i;
        while i < chars.len() && CAPITAL_OR_LOWER.contains(chars[i]) {
            i += 1;
        }
        let mut end = i;
        // Trim what cannot begin an amount (「分壹万」 of 「部分壹万元」) …
        while start < end && "佰仟万亿元圆角分整正萬億圓".contains(chars[start]) {
            start += 1;
        }
        // … and what cannot end one (「壹万元整一次性」, 「壹仟元分两期」).
        while start < end {
            let last = chars[end - 1];
            let lower = !CAPITAL_CHARS.contains(last) && last != '圓';
            let bare_unit = end >= start + 2
                && matches!(last, '角' | '分')
                && capital_digit(chars[end - 2]).is_none_or(|d| d == 0);
            if !(lower || bare_unit) {
                break;
            }
            end -= 1;
        }
        let run = &chars[start..end];
        let is_amount = run.iter().any(|c| "元圆圓角分".contains(*c))
            && run.iter().any(|c| CAPITAL_ONLY.contains(*c));
        if !is_amount {
            continue;
        }
        let written: String = run.iter().collect();
        out.push(CapitalAmount {
            reading: read_capital_strict(&written),
            arabic: arabic_after(&chars, end).or_else(|| arabic_before(&chars, start)),
            text: written,
        });
    }
    out
}

/// The Arabic amount written right after a capital one: 「（¥165,800.00）」,
/// 「（小写：12000.00元）」, 「（¥:400元）」. The digits must carry a currency mark or end
/// at 元 or at the closing bracket, so 「（2025年…）」 is no amount.
fn arabic_after(chars: &[char], from: usize) -> Option<Decimal> {
    let mut i = from;
    let mut marked = false;
    while i < chars.len() && i - from < 8 && "（(［[：: 　小写¥￥人民币RMB即".contains(chars[i])
    {
        marked |= "¥￥写B".contains(chars[i]);
        i += 1;
    }
    if !chars.get(i).is_some_and(char::is_ascii_digit) {
        return None;
    }
    let (end, value) = number_at(chars, i);
    let v = value?;
    i = end;
    let wan = chars.get(i) == Some(&'万');
    let next = chars.get(if wan { i + 1 } else { i }).copied();
    if !(marked || matches!(next, Some('元' | '）' | ')' | '］' | ']'))) {
        return None;
    }
    Some(if wan { v * Decimal::from(10_000) } else { v })
}

/// The Arabic amount written right before a capital one: 「12,000元（大写：…）」,
/// 「¥12,000.00（人民币…）」. The digits must end at 元 or follow ¥.
fn arabic_before(chars: &[char], to: usize) -> Option<Decimal> {
    let mut i = to;
    while i > 0 && to - i < 8 && "（(［[：: 　大写人民币即".contains(chars[i - 1]) {
        i -= 1;
    }
    let mut wan = false;
    let mut yuan = false;
    if i > 0 && chars[i - 1] == '元' {
        yuan = true;
        i -= 1;
        if i > 0 && chars[i - 1] == '万' {
            i -= 1;
            wan = true;
        }
    }
    let end = i;
    while i > 0 && in_number(chars[i - 1]) {
        i -= 1;
    }
    let yen = i > 0 && matches!(chars[i - 1], '¥' | '￥');
    if i == end || !(yuan || yen) || end == to {
        return None;
    }
    let run: String = chars[i..end].iter().collect();
    let v = amount::parse_amount(run.trim_matches(['.', ','])).ok()?;
    Some(if wan { v * Decimal::from(10_000) } else { v })
}

/// Reads a capital amount strictly, per 《正确填写票据和结算凭证的基本规定》: only the
/// capital characters (traditional 貳陸億萬 and 圆/圓 for 元, 正 for 整 accepted), a unit
/// after every digit, one 零 for a run of zeros and 零 wherever a zero is skipped inside
/// the amount; 零 after 万/亿 or after 元 where the rules leave it optional; 「壹拾」 or
/// 「拾」 for a leading ten; 「整」 after 元 (its absence, or 「整」 after 分, is
/// [`CapitalReading::Zheng`]).
pub fn read_capital_strict(written: &str) -> CapitalReading {
    let s: String = written
        .chars()
        .map(|c| match c {
            '貳' => '贰',
            '陸' => '陆',
            '億' => '亿',
            '萬' => '万',
            '圆' | '圓' => '元',
            '正' => '整',
            _ => c,
        })
        .collect();
    if let Some(c) = s.chars().find(|c| !CAPITAL_CHARS.contains(*c)) {
        return CapitalReading::Invalid(format!(
            "不得使用「{c}」，大写金额只用零、壹、贰、叁、肆、伍、陆、柒、捌、玖、拾、佰、仟、万、亿、元、角、分、整"
        ));
    }
    let chars: Vec<char> = s.chars().collect();
    for w in chars.windows(2) {
        let digit = |c: char| capital_digit(c).is_some_and(|d| d > 0);
        if digit(w[0]) && digit(w[1]) {
            return CapitalReading::Invalid(format!("「{}{}」之间缺少单位", w[0], w[1]));
        }
        if w[0] == '零' && w[1] == '零' {
            return CapitalReading::Invalid("连续的几个零只写一个「零」".into());
        }
        if w[0] == '零' && !digit(w[1]) && s != "零元整" {
            return CapitalReading::Invalid(format!("「零{}」不是规范写法", w[1]));
        }
        if w[0] == '整' {
            return CapitalReading::Invalid("「整」只能写在最后".into());
        }
    }
    if chars.iter().filter(|c| **c == '元').count() > 1 {
        return CapitalReading::Invalid("「元」出现了不止一次".into());
    }
    let Some(value) = read_capital(&s) else {
        return CapitalReading::Invalid("无法识别".into());
    };
    let Ok(canonical) = amount::to_capital(value) else {
        return CapitalReading::Invalid("金额过大".into());
    };
    let spellings = spellings(&canonical);
    if spellings.contains(&s) {
        return CapitalReading::Valid(value);
    }
    if spellings.contains(&format!("{s}整")) {
        return CapitalReading::Zheng(value, "到「元」为止的，「元」后应写「整」（或「正」）字");
    }
    if let Some(bare) = s.strip_suffix("分整")
        && spellings.contains(&format!("{bare}分"))
    {
        return CapitalReading::Zheng(value, "写到「分」的，「分」后不写「整」字");
    }
    CapitalReading::Invalid(format!("应写作「{canonical}」"))
}

/// Every spelling of a canonical capital amount ([`amount::to_capital`]) that the PBoC
/// rules accept: 零 after 万/亿 when the digit before it is zero and the next is not
/// (壹拾万零柒仟元); no 零 after 元 when the 元 digit is zero and 角 is not
/// (捌拾元叁角贰分); 「整」 after 角; 「拾」 for a leading 「壹拾」.
fn spellings(canonical: &str) -> std::collections::BTreeSet<String> {
    let chars: Vec<char> = canonical.chars().collect();
    let unit = |c: char| "拾佰仟万亿".contains(c);
    let nonzero = |c: Option<&char>| c.is_some_and(|c| capital_digit(*c).is_some_and(|d| d > 0));
    // Positions where a 零 may be inserted before, or removed at.
    let mut inserts = Vec::new();
    let mut removals = Vec::new();
    for (k, &c) in chars.iter().enumerate() {
        if matches!(c, '万' | '亿') && k > 0 && unit(chars[k - 1]) && nonzero(chars.get(k + 1)) {
            inserts.push(k + 1);
        }
        if c == '元'
            && k > 0
            && unit(chars[k - 1])
            && chars.get(k + 1) == Some(&'零')
            && chars.get(k + 3) == Some(&'角')
        {
            removals.push(k + 1);
        }
    }
    let options = inserts.len() + removals.len() + 2;
    let mut out = std::collections::BTreeSet::new();
    for mask in 0u32..(1 << options) {
        let on = |bit: usize| mask & (1 << bit) != 0;
        let mut v = String::new();
        for (k, &c) in chars.iter().enumerate() {
            if let Some(b) = inserts.iter().position(|&p| p == k)
                && on(b)
            {
                v.push('零');
            }
            if let Some(b) = removals.iter().position(|&p| p == k)
                && on(inserts.len() + b)
            {
                continue;
            }
            v.push(c);
        }
        if on(options - 2) {
            if v.ends_with('角') {
                v.push('整');
            } else {
                continue;
            }
        }
        if on(options - 1) {
            match v.strip_prefix("壹拾") {
                Some(rest) => v = format!("拾{rest}"),
                None => continue,
            }
        }
        out.insert(v);
    }
    out
}
