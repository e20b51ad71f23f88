//! Small heuristics over clause text: amounts (Arabic and capital), dates and
//! deadlines, payment words, and the keyword patterns of the admissibility notices.
//! They only ever produce notices or warnings: words can always be read two ways.

use super::amount;
use rust_decimal::Decimal;

/// Words that make a clause a payment term (民诉法解释 Art. 358(5)).
pub const PAYMENT_WORDS: [&str; 10] = [
    "支付", "赔偿", "补偿", "给付", "偿还", "退还", "返还", "退款", "赔付", "付清",
];

const CAPITAL_CHARS: &str = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正貳陸億萬";

/// Nouns that contain a payment word but are not a payment term (「残疾赔偿金」).
const PAYMENT_NOUNS: [&str; 8] = [
    "赔偿金",
    "补偿金",
    "赔偿款",
    "补偿款",
    "赔偿费",
    "补偿费",
    "赔偿责任",
    "赔偿范围",
];

/// Whether `text` makes a payment term: a payment word that is not part of a noun
/// such as 「赔偿金」 and not a condition such as 「付清后」.
pub fn mentions_payment(text: &str) -> bool {
    let mut clean = text.to_string();
    for n in PAYMENT_NOUNS {
        clean = clean.replace(n, "＿");
    }
    PAYMENT_WORDS.iter().any(|w| {
        clean.match_indices(w).any(|(i, _)| {
            let rest = &clean[i + w.len()..];
            !(rest.starts_with('后') || rest.starts_with("完毕后"))
        })
    })
}

/// The Arabic amounts in `text`: digit runs (with `,` and `.`) preceded by ¥/￥ or
/// followed by 元 or 万元 (the latter multiplied by 10 000).
pub fn arabic_amounts(text: &str) -> Vec<Decimal> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if !c.is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == ',' || chars[i] == '.') {
            i += 1;
        }
        let run: String = chars[start..i].iter().collect();
        let run = run.trim_end_matches(['.', ',']);
        let before = start.checked_sub(1).map(|j| chars[j]);
        let after: String = chars[i..].iter().take(3).collect();
        let after = after.trim_start();
        let yen = matches!(before, Some('¥' | '￥'));
        let wan = after.starts_with("万元");
        if (yen || after.starts_with('元') || wan)
            && let Ok(v) = amount::parse_amount(run)
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
        let start = i;
        while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == ',' || chars[i] == '.') {
            i += 1;
        }
        let run: String = chars[start..i].iter().collect();
        if let Ok(v) = amount::parse_amount(run.trim_end_matches(['.', ','])) {
            out.push(if chars.get(i) == Some(&'万') {
                v * Decimal::from(10_000)
            } else {
                v
            });
        }
    }
    out
}

/// Full-width digits and separators as ASCII.
fn half_width(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '，' => ',',
        '．' => '.',
        _ => c,
    }
}

/// A date written in a text: 「2025年6月30日」「2025-06-30」「2025/6/30」「6月30日」
/// 「二〇二五年六月三十日」「六月三十日」.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextDate {
    /// `None` when the text gives only the month and day.
    pub year: Option<i32>,
    pub month: u8,
    pub day: u8,
    /// Written as a time limit: followed by 前/之前/以前/止/为止 (「于2025年6月30日前」).
    pub deadline: bool,
}

impl TextDate {
    /// Whether this is `d` (a date without a year matches on month and day).
    pub fn is(&self, d: crate::model::Date) -> bool {
        self.year.is_none_or(|y| y == d.year())
            && self.month == d.month() as u8
            && self.day == d.day()
    }

    /// 「2025年6月30日」, or 「6月30日」 without a year.
    pub fn label(&self) -> String {
        match self.year {
            Some(y) => format!("{y}年{}月{}日", self.month, self.day),
            None => format!("{}月{}日", self.month, self.day),
        }
    }
}

/// Value of a Chinese numeral digit (〇/零/○ are 0).
fn cn_digit(c: char) -> Option<u32> {
    "〇一二三四五六七八九"
        .chars()
        .position(|x| x == c)
        .map(|p| p as u32)
        .or(if matches!(c, '零' | '○') {
            Some(0)
        } else {
            None
        })
}

/// Reads an Arabic (1–2 digits) or Chinese (五, 十, 十一, 二十, 三十一) month or day
/// number at `i`; returns the value and the index after it.
fn small_number(chars: &[char], i: usize) -> Option<(u32, usize)> {
    let mut j = i;
    while j < chars.len() && chars[j].is_ascii_digit() && j - i < 2 {
        j += 1;
    }
    if j > i {
        if chars.get(j).is_some_and(char::is_ascii_digit) {
            return None;
        }
        let n: String = chars[i..j].iter().collect();
        return n.parse().ok().map(|n| (n, j));
    }
    let mut j = i;
    while j < chars.len() && (cn_digit(chars[j]).is_some() || chars[j] == '十') && j - i < 3 {
        j += 1;
    }
    let run = &chars[i..j];
    let value = match run.iter().position(|&c| c == '十') {
        None if run.len() == 1 => cn_digit(run[0])?,
        None => return None,
        Some(p) => {
            let tens = match &run[..p] {
                [] => 1,
                [t] => cn_digit(*t).filter(|&t| t > 0)?,
                _ => return None,
            };
            let ones = match &run[p + 1..] {
                [] => 0,
                [o] => cn_digit(*o).filter(|&o| o > 0)?,
                _ => return None,
            };
            tens * 10 + ones
        }
    };
    Some((value, j))
}

/// The dates written in `text` (see [`TextDate`]); impossible dates are left out.
pub fn dates_in(text: &str) -> Vec<TextDate> {
    let chars: Vec<char> = text.chars().map(half_width).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let prev_numeral =
            i > 0 && (chars[i - 1].is_ascii_digit() || cn_digit(chars[i - 1]).is_some());
        if prev_numeral {
            i += 1;
            continue;
        }
        match read_date(&chars, i) {
            Some((mut d, end)) => {
                let rest: String = chars[end..].iter().take(3).collect();
                let rest = rest.trim_start();
                d.deadline = ["前", "之前", "以前", "止", "为止"]
                    .iter()
                    .any(|w| rest.starts_with(w));
                out.push(d);
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// A date starting at `i`, and the index after it.
fn read_date(chars: &[char], i: usize) -> Option<(TextDate, usize)> {
    let make = |year: Option<i32>, month: u32, day: u32, end: usize| {
        let m = time::Month::try_from(u8::try_from(month).ok()?).ok()?;
        let d = u8::try_from(day).ok()?;
        // A date without a year: any leap year accepts 2月29日.
        time::Date::from_calendar_date(year.unwrap_or(2024), m, d).ok()?;
        Some((
            TextDate {
                year,
                month: month as u8,
                day: d,
                deadline: false,
            },
            end,
        ))
    };
    // A four-digit year, Arabic or Chinese.
    let year = if chars.len() >= i + 4 && chars[i..i + 4].iter().all(char::is_ascii_digit) {
        let y: String = chars[i..i + 4].iter().collect();
        y.parse::<i32>().ok().map(|y| (y, i + 4, true))
    } else if chars.len() >= i + 4 && chars[i..i + 4].iter().all(|c| cn_digit(*c).is_some()) {
        let y = chars[i..i + 4]
            .iter()
            .try_fold(0i32, |acc, c| cn_digit(*c).map(|d| acc * 10 + d as i32));
        y.map(|y| (y, i + 4, false))
    } else {
        None
    };
    if let Some((y, j, arabic)) = year {
        let sep = chars.get(j).copied();
        if arabic && matches!(sep, Some('-' | '/' | '.')) {
            let (m, k) = small_number(chars, j + 1)?;
            if chars.get(k) != sep.as_ref() {
                return None;
            }
            let (d, end) = small_number(chars, k + 1)?;
            return make(Some(y), m, d, end);
        }
        if sep == Some('年') {
            let (m, k) = small_number(chars, j + 1)?;
            if chars.get(k) != Some(&'月') {
                return None;
            }
            let (d, end) = small_number(chars, k + 1)?;
            if !matches!(chars.get(end), Some('日' | '号')) {
                return None;
            }
            return make(Some(y), m, d, end + 1);
        }
        return None;
    }
    let (m, k) = small_number(chars, i)?;
    if chars.get(k) != Some(&'月') {
        return None;
    }
    let (d, end) = small_number(chars, k + 1)?;
    if !matches!(chars.get(end), Some('日' | '号')) {
        return None;
    }
    make(None, m, d, end + 1)
}

/// Characters of a capital amount, and the lower-case numerals sometimes mixed into
/// one by mistake (「壹万贰千元」).
const CAPITAL_OR_LOWER: &str =
    "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正貳陸億萬圓一二三四五六七八九十百千两廿毛另〇○";

/// Characters only a capital amount uses (so 「三千元」 is not taken for one).
const CAPITAL_ONLY: &str = "壹贰叁肆伍陆柒捌玖拾佰仟貳陸";

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
    let start = i;
    while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == ',' || chars[i] == '.') {
        i += 1;
    }
    if start == i || !chars[start].is_ascii_digit() {
        return None;
    }
    let run: String = chars[start..i].iter().collect();
    let v = amount::parse_amount(run.trim_end_matches(['.', ','])).ok()?;
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
    while i > 0 && (chars[i - 1].is_ascii_digit() || chars[i - 1] == ',' || chars[i - 1] == '.') {
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

/// Whether `text` gives a time for performance: a calendar date (「2026年3月5日」
/// 「3月5日」), a period (「十日内」「之日起」), a recurring day (「每月10日前」) or
/// 「当场」「即时」.
pub fn mentions_time(text: &str) -> bool {
    const WORDS: [&str; 16] = [
        "日前",
        "日内",
        "天内",
        "日以内",
        "当日",
        "当天",
        "当场",
        "即时",
        "即日",
        "之日起",
        "每月",
        "每年",
        "月底",
        "年底",
        "工作日内",
        "个月内",
    ];
    if WORDS.iter().any(|w| text.contains(w)) {
        return true;
    }
    // 「N月N日」 with Arabic or Chinese numerals.
    let chars: Vec<char> = text.chars().collect();
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十〇零".contains(c);
    chars
        .windows(3)
        .any(|w| numeral(w[0]) && w[1] == '月' && numeral(w[2]))
        && text.contains('日')
}

/// Whether `text` contains `a`, then `b` at most `gap` characters later.
pub fn near(text: &str, a: &str, b: &str, gap: usize) -> bool {
    let mut from = 0;
    while let Some(i) = text[from..].find(a) {
        let start = from + i + a.len();
        let window: String = text[start..]
            .chars()
            .take(gap + b.chars().count())
            .collect();
        if window.contains(b) {
            return true;
        }
        from = start;
    }
    false
}

/// Keyword patterns that suggest a request about a status relationship — marriage,
/// parent and child, adoption (民诉法解释 Art. 355(3)): 「解除婚姻关系」「自愿离婚」
/// 「婚姻无效」「解除收养关系」「确认亲子关系」. A divorce mentioned as past fact
/// (「离婚后」「离婚时」「已离婚」) is not one.
pub fn suggests_status(text: &str) -> Option<&'static str> {
    const WORDS: [&str; 13] = [
        "解除婚姻关系",
        "婚姻关系无效",
        "婚姻无效",
        "撤销婚姻",
        "确认婚姻关系",
        "解除收养",
        "确认收养关系",
        "收养关系无效",
        "确认亲子关系",
        "否认亲子关系",
        "亲子关系",
        "确认父子",
        "确认母子",
    ];
    if let Some(w) = WORDS.iter().copied().find(|w| text.contains(w)) {
        return Some(w);
    }
    let divorce = text.match_indices("离婚").any(|(i, w)| {
        let before = &text[..i];
        let after = &text[i + w.len()..];
        !(before.ends_with('已')
            || before.ends_with("已经")
            || ["后", "时", "前", "以来", "以后", "之后", "协议书"]
                .iter()
                .any(|x| after.starts_with(x)))
    });
    divorce.then_some("离婚")
}

/// Keyword patterns that suggest a determination of ownership of a real right
/// (Art. 355(5)): 「确认……所有权」, 「归……所有」, 「产权归」. 「归还」「归档」… are not
/// 「归」, and 「所有借款」「所有款项」 (all the loans) are not 「所有」.
pub fn suggests_property(text: &str) -> Option<&'static str> {
    if near(text, "确认", "所有权", 20)
        || near(text, "确认", "使用权", 20)
        || near(text, "确认", "承包经营权", 20)
    {
        return Some("确认……权属");
    }
    if belongs_to(text) {
        return Some("归……所有");
    }
    ["产权归", "所有权归", "使用权归", "承包经营权归"]
        .into_iter()
        .find(|w| text.contains(w))
}

/// 「归〈someone〉所有」: a 归 that is not part of 归还/归档/…, followed within 16
/// characters by 所有 that ends the phrase (punctuation, the end, 权 or 的) rather than
/// starting 「所有借款」.
fn belongs_to(text: &str) -> bool {
    const NOT_GUI: [char; 12] = [
        '还', '档', '案', '来', '纳', '口', '集', '结', '类', '责', '属', '于',
    ];
    text.match_indices('归').any(|(i, g)| {
        let rest = &text[i + g.len()..];
        if rest.starts_with(NOT_GUI) || rest.starts_with("所有") {
            return false;
        }
        rest.match_indices("所有").any(|(j, w)| {
            let gap = rest[..j].chars().count();
            let after = rest[j + w.len()..].chars().next();
            gap <= 16
                && !rest[..j].contains(['。', '；', '，', ';', ','])
                && after.is_none_or(|c| {
                    c == '权'
                        || c == '的'
                        || c.is_ascii_punctuation()
                        || "。；，、：）」".contains(c)
                })
        })
    })
}

/// Keyword patterns that suggest IP ownership (Art. 355(5)).
pub fn suggests_ip(text: &str) -> Option<&'static str> {
    const WORDS: [&str; 6] = [
        "专利权归",
        "著作权归",
        "商标权归",
        "商标专用权归",
        "知识产权归",
        "确认专利",
    ];
    WORDS.iter().copied().find(|w| text.contains(w))
}

/// Keyword patterns that suggest a request for another special, public-notice or
/// bankruptcy procedure (Art. 355(4)): to 认定/宣告 someone without (or with limited)
/// civil capacity, to 宣告失踪/死亡, to 认定财产无主, 公示催告, 破产. Merely describing a
/// party (「李小明系无民事行为能力人」) is not one.
pub fn suggests_other_procedure(text: &str) -> Option<&'static str> {
    for verb in ["认定", "宣告", "确认"] {
        if near(text, verb, "民事行为能力", 12) {
            return Some("认定或宣告民事行为能力");
        }
    }
    if near(text, "宣告", "失踪", 10) {
        return Some("宣告失踪");
    }
    if near(text, "宣告", "死亡", 10) {
        return Some("宣告死亡");
    }
    if near(text, "认定", "无主", 12) || text.contains("无主财产") {
        return Some("认定财产无主");
    }
    const WORDS: [&str; 7] = [
        "公示催告",
        "申请破产",
        "宣告破产",
        "破产清算",
        "破产重整",
        "破产和解",
        "破产程序",
    ];
    WORDS.iter().copied().find(|w| text.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn arabic_amounts_need_a_currency_mark() {
        let v = arabic_amounts("于2026年3月5日前支付人民币12,000.00元，另付¥500；共3人");
        assert_eq!(
            v,
            vec![Decimal::from_str("12000").unwrap(), Decimal::from(500)]
        );
        assert_eq!(arabic_amounts("赔偿3万元"), vec![Decimal::from(30_000)]);
    }

    #[test]
    fn capital_amounts_are_found_and_normalised() {
        assert_eq!(
            capital_amounts("人民币壹万贰仟圆正（¥12,000.00）"),
            vec![Decimal::from(12_000)]
        );
        assert!(capital_amounts("每月一日").is_empty());
        let d = |s: &str| Decimal::from_str(s).unwrap();
        for (cap, v) in [
            ("壹仟肆佰零玖元伍角", "1409.50"),
            ("陆仟零柒元壹角肆分", "6007.14"),
            ("壹仟陆佰捌拾元叁角贰分", "1680.32"),
            ("壹拾万柒仟元零伍角叁分", "107000.53"),
            ("壹拾万零柒仟元伍角叁分", "107000.53"),
            ("叁佰贰拾伍元零肆分", "325.04"),
            ("壹亿零壹元整", "100000001"),
            ("伍角", "0.5"),
            ("叁万伍仟陆佰元", "35600"),
        ] {
            assert_eq!(read_capital(cap), Some(d(v)), "{cap}");
        }
    }

    #[test]
    fn payment_nouns_and_conditions_are_not_payment_terms() {
        assert!(mentions_payment("乙方向甲方支付赔偿款"));
        assert!(!mentions_payment("各项损失包括残疾赔偿金、精神损害抚慰金"));
        assert!(!mentions_payment("上述款项付清后，双方再无争议"));
        assert!(mentions_payment("赔偿金于三日内支付"));
    }

    #[test]
    fn times_are_recognised() {
        assert!(mentions_time("于2026年3月5日前支付"));
        assert!(mentions_time("本协议签订之日起十日内"));
        assert!(mentions_time("三月五日付清"));
        assert!(!mentions_time("乙方向甲方支付赔偿款"));
    }

    #[test]
    fn numbers_in_any_usual_spelling() {
        let v = Decimal::from(8500);
        for t in [
            "支付8500",
            "支付8,500元",
            "支付8500.00元",
            "支付¥8,500.00",
            "支付８５００元",
            "0.85万元",
        ] {
            assert!(numbers(t).contains(&v), "{t}");
        }
        assert!(!numbers("于2025年6月30日前支付").contains(&v));
    }

    #[test]
    fn dates_in_text_are_found_with_their_time_limit_marks() {
        let d = dates_in("刘志明于2025年6月30日前支付，2025-07-10止；事故发生于4月18日。");
        assert_eq!(d.len(), 3, "{d:?}");
        assert!(d[0].is(time::macros::date!(2025 - 06 - 30)) && d[0].deadline);
        assert!(d[1].is(time::macros::date!(2025 - 07 - 10)) && d[1].deadline);
        assert_eq!(
            (d[2].year, d[2].month, d[2].day, d[2].deadline),
            (None, 4, 18, false)
        );
        let d = dates_in("于二〇二五年六月三十日之前付清");
        assert_eq!(d.len(), 1);
        assert!(d[0].is(time::macros::date!(2025 - 06 - 30)) && d[0].deadline);
        assert!(dates_in("共12人，2月30日").is_empty());
        assert!(dates_in("每月10日前").is_empty());
    }

    fn cap(text: &str) -> Vec<(String, Option<Decimal>, Option<Decimal>)> {
        capital_amounts_in(text)
            .into_iter()
            .map(|c| (c.text, c.reading.value(), c.arabic))
            .collect()
    }

    #[test]
    fn capital_amounts_are_paired_with_the_arabic_beside_them() {
        let d = |s: &str| Some(Decimal::from_str(s).unwrap());
        assert_eq!(
            cap("共计人民币壹拾伍万陆仟捌佰元整（¥165,800.00）。"),
            vec![("壹拾伍万陆仟捌佰元整".into(), d("156800"), d("165800"))]
        );
        assert_eq!(
            cap("人民币壹万贰仟元整（小写：12000.00元）"),
            vec![("壹万贰仟元整".into(), d("12000"), d("12000"))]
        );
        assert_eq!(cap("肆佰元整（¥:400元）")[0].2, d("400"));
        assert_eq!(cap("12,000元（大写：人民币壹万贰仟元整）")[0].2, d("12000"));
        // No Arabic amount beside it: a year in brackets, a count of people.
        assert_eq!(cap("壹万元整（2025年6月）")[0].2, None);
        assert_eq!(cap("共3人人民币壹万元整")[0].2, None);
        // Not capital amounts at all.
        assert!(cap("赔偿三千元，分两期付清，2单元").is_empty());
        // Trimmed: 「一次性」「分两期」 are not part of the amount.
        assert_eq!(cap("壹万元整一次性付清")[0].0, "壹万元整");
        assert_eq!(cap("人民币壹仟元分两期支付")[0].0, "壹仟元");
    }

    #[test]
    fn capital_amounts_are_read_per_the_pboc_rules() {
        let valid = |s: &str, v: &str| {
            assert_eq!(
                read_capital_strict(s),
                CapitalReading::Valid(Decimal::from_str(v).unwrap()),
                "{s}"
            );
        };
        valid("壹仟肆佰零玖元伍角", "1409.5");
        valid("陆仟零柒元壹角肆分", "6007.14");
        valid("壹仟陆佰捌拾元零叁角贰分", "1680.32");
        valid("壹仟陆佰捌拾元叁角贰分", "1680.32");
        valid("壹拾万柒仟元零伍角叁分", "107000.53");
        valid("壹拾万零柒仟元伍角叁分", "107000.53");
        valid("叁佰贰拾伍元零肆分", "325.04");
        valid("壹万贰仟圆正", "12000");
        valid("拾伍元整", "15");
        valid("伍角整", "0.5");
        valid("壹亿零壹元整", "100000001");
        valid("貳萬元整", "20000");
        let invalid = |s: &str| {
            assert!(
                matches!(read_capital_strict(s), CapitalReading::Invalid(_)),
                "{s}: {:?}",
                read_capital_strict(s)
            );
        };
        invalid("壹万贰千元整");
        invalid("一万贰仟元整");
        invalid("壹贰元整");
        invalid("壹仟零零伍元整");
        invalid("壹仟伍元整");
        invalid("壹万零贰仟元整");
        invalid("壹元零伍角");
        invalid("壹万零元整");
        assert!(matches!(
            read_capital_strict("叁万伍仟陆佰元"),
            CapitalReading::Zheng(_, _)
        ));
        assert!(matches!(
            read_capital_strict("伍元叁角贰分整"),
            CapitalReading::Zheng(_, _)
        ));
        assert!(matches!(
            capital_amounts_in("人民币壹万贰千元整")[0].reading,
            CapitalReading::Invalid(_)
        ));
    }

    proptest::proptest! {
        #[test]
        fn every_generated_capital_reads_back_strictly(cents in 0u64..100_000_000_000_000) {
            let v = Decimal::new(cents as i64, 2);
            let written = amount::to_capital(v).unwrap();
            proptest::prop_assert_eq!(
                read_capital_strict(&written),
                CapitalReading::Valid(v.normalize()),
                "{}", written
            );
            let text = format!("支付{}。", amount::format_rmb(v).unwrap());
            let found = capital_amounts_in(&text);
            if !v.is_zero() {
                proptest::prop_assert_eq!(found.len(), 1, "{}", text);
                proptest::prop_assert_eq!(found[0].arabic, Some(v));
            }
        }

        #[test]
        fn any_text_never_panics(s in "\\PC{0,40}") {
            let _ = capital_amounts_in(&s);
            let _ = dates_in(&s);
            let _ = numbers(&s);
        }
    }

    #[test]
    fn status_words_need_a_request_not_a_past_divorce() {
        assert!(suggests_status("双方自愿离婚。").is_some());
        assert!(suggests_status("双方自愿解除收养关系。").is_some());
        assert!(suggests_status("确认亲子关系").is_some());
        assert!(suggests_status("双方于2020年离婚后，共有房屋尚未分割。").is_none());
        assert!(suggests_status("双方已离婚多年").is_none());
    }

    #[test]
    fn all_the_loans_is_not_ownership() {
        assert!(suggests_property("李四于3月31日前归还张三所有借款5000元").is_none());
        assert!(suggests_property("李四归还张三所有款项").is_none());
        assert!(suggests_property("车库归张三所有，所有费用由李四承担").is_some());
        assert!(suggests_property("该房屋归李四所有。").is_some());
    }

    #[test]
    fn describing_a_minor_is_not_another_procedure() {
        assert!(suggests_other_procedure("李小明系无民事行为能力人，由其母代为签名").is_none());
        assert!(suggests_other_procedure("申请认定王某为无民事行为能力人").is_some());
        assert!(suggests_other_procedure("申请宣告张某失踪").is_some());
        assert!(suggests_other_procedure("认定该财产为无主财产").is_some());
        assert!(suggests_other_procedure("对该汇票申请公示催告").is_some());
        assert!(suggests_other_procedure("公司进入破产程序").is_some());
    }

    #[test]
    fn ownership_patterns_are_recognised() {
        assert!(suggests_property("争议地块归张三所有").is_some());
        assert!(suggests_property("双方确认该房屋的所有权属于李四").is_some());
        assert!(suggests_property("乙方赔偿甲方损失").is_none());
        assert!(suggests_status("双方自愿解除婚姻关系").is_some());
    }
}
