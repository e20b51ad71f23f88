//! Writing and reading dates in documents: Arabic dates per GB/T 9704-2012 §7.3.5.4
//! (「2026年3月5日」), Chinese-numeral dates per 《人民法院民事裁判文书制作规范》 (2016)
//! (「二〇二六年三月五日」, 〇 never 零), and the blank signature date (domain spec §7.4).

use time::{Date, Month};

/// The earliest date a case file may hold: 1900-01-01.
pub const EARLIEST_DATE: Date = match Date::from_calendar_date(1900, Month::January, 1) {
    Ok(d) => d,
    Err(_) => Date::MIN,
};

/// The latest date a case file may hold: 2100-12-31.
pub const LATEST_DATE: Date = match Date::from_calendar_date(2100, Month::December, 31) {
    Ok(d) => d,
    Err(_) => Date::MAX,
};

/// Chinese numerals 〇 to 九, as used digit by digit in years.
const CN_DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// Why a string is not an acceptable date. `Display` gives a Chinese message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Nothing was entered.
    #[error("日期为空")]
    Empty,
    /// The year has only two digits (「26年」); documents must use four.
    #[error("年份「{0}」只有两位，请写完整的四位年份（如2026）")]
    TwoDigitYear(String),
    /// The year comes last (「05/03/2026」); documents write year, month, day.
    #[error("日期应按年、月、日的顺序书写，如2026-03-05")]
    WrongOrder,
    /// The fields form no calendar date (e.g. 2026年2月30日).
    #[error("{year}年{month}月{day}日不存在")]
    NoSuchDate {
        /// The year as entered.
        year: i32,
        /// The month as entered.
        month: u32,
        /// The day as entered.
        day: u32,
    },
    /// Anything else.
    #[error("「{0}」不是可识别的日期，请写成如2026年3月5日或2026-03-05")]
    BadFormat(String),
}

/// The Arabic form 「2026年3月5日」: four-digit year, no leading zeros
/// (GB/T 9704-2012 §7.3.5.4).
pub fn arabic(d: Date) -> String {
    format!("{}年{}月{}日", d.year(), d.month() as u8, d.day())
}

/// A month or day number (1–31) in Chinese numerals: 五, 十, 十一, 二十, 三十一.
fn chinese_small(n: u8) -> String {
    let (tens, ones) = (n / 10, n % 10);
    let mut s = String::new();
    if tens > 1 {
        s.push(CN_DIGITS[usize::from(tens % 10)]);
    }
    if tens > 0 {
        s.push('十');
    }
    if ones > 0 || tens == 0 {
        s.push(CN_DIGITS[usize::from(ones)]);
    }
    s
}

/// The Chinese-numeral form 「二〇二六年三月五日」 used for the 落款 of court documents:
/// the year digit by digit with 〇 (never 零), month and day as 十, 十一, 二十, 三十一.
pub fn chinese(d: Date) -> String {
    let mut s = String::new();
    if d.year() < 0 {
        s.push('负');
    }
    for c in d.year().unsigned_abs().to_string().bytes() {
        s.push(CN_DIGITS[usize::from(c - b'0')]);
    }
    s.push('年');
    s.push_str(&chinese_small(d.month() as u8));
    s.push('月');
    s.push_str(&chinese_small(d.day()));
    s.push('日');
    s
}

/// The blank date printed for a signature still to be dated by hand: 「　　年　　月　　日」
/// (two ideographic spaces before each unit).
pub fn blank_date() -> &'static str {
    "　　年　　月　　日"
}

/// Value of a Chinese numeral digit; 零 and ○ are read as 〇.
pub(crate) fn cn_digit(c: char) -> Option<u32> {
    match c {
        '零' | '○' | 'Ｏ' | 'O' => Some(0),
        _ => CN_DIGITS.iter().position(|&x| x == c).map(|p| p as u32),
    }
}

/// Reads a Chinese month or day number: 五, 十, 十一, 二十, 三十一.
pub(crate) fn cn_small(s: &str) -> Option<u32> {
    let chars: Vec<char> = s.chars().collect();
    match chars.iter().position(|&c| c == '十') {
        None if chars.len() == 1 => cn_digit(chars[0]),
        None => None,
        Some(p) => {
            let tens = match &chars[..p] {
                [] => 1,
                [t] => cn_digit(*t).filter(|&t| t > 0)?,
                _ => return None,
            };
            let ones = match &chars[p + 1..] {
                [] => 0,
                [o] => cn_digit(*o).filter(|&o| o > 0)?,
                _ => return None,
            };
            Some(tens * 10 + ones)
        }
    }
}

/// Builds the date, or reports which calendar date does not exist.
fn make_date(year: i32, month: u32, day: u32) -> Result<Date, DateError> {
    u8::try_from(month)
        .ok()
        .and_then(|m| Month::try_from(m).ok())
        .zip(u8::try_from(day).ok())
        .and_then(|(m, d)| Date::from_calendar_date(year, m, d).ok())
        .ok_or(DateError::NoSuchDate { year, month, day })
}

/// Parses a Chinese-numeral date such as 「二〇二六年三月五日」.
fn parse_chinese(s: &str, original: &str) -> Result<Date, DateError> {
    let bad = || DateError::BadFormat(original.to_string());
    let (year_text, rest) = s.split_once('年').ok_or_else(bad)?;
    let (month_text, rest) = rest.split_once('月').ok_or_else(bad)?;
    let day_text = rest.strip_suffix('日').unwrap_or(rest);
    let mut year = 0u32;
    let mut count = 0;
    for c in year_text.chars() {
        year = year * 10 + cn_digit(c).ok_or_else(bad)?;
        count += 1;
        if count > 4 {
            return Err(bad());
        }
    }
    if count == 2 {
        return Err(DateError::TwoDigitYear(year_text.to_string()));
    }
    if count != 4 || year < 1000 {
        return Err(bad());
    }
    let month = cn_small(month_text).ok_or_else(bad)?;
    let day = cn_small(day_text).ok_or_else(bad)?;
    make_date(year as i32, month, day)
}

/// Parses a typed date: 「2026-03-05」, 「2026/3/5」, 「2026.3.5」, 「2026年3月5日」,
/// 「20260305」 and 「二〇二六年三月五日」; full-width digits and punctuation are
/// accepted. Two-digit years and day-first orders are rejected with a clear message.
pub fn parse_date(s: &str) -> Result<Date, DateError> {
    let original = s.trim();
    if original.is_empty() {
        return Err(DateError::Empty);
    }
    let bad = || DateError::BadFormat(original.to_string());
    let text: String = original
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '－' | '—' | '–' => '-',
            '／' => '/',
            '．' | '。' => '.',
            _ => c,
        })
        .collect();
    if text.chars().any(|c| cn_digit(c).is_some() || c == '十') {
        return parse_chinese(&text, original);
    }
    let fields: Vec<&str> = if text.contains('年') {
        let (y, rest) = text.split_once('年').ok_or_else(bad)?;
        let (m, rest) = rest.split_once('月').ok_or_else(bad)?;
        let d = rest.strip_suffix('日').unwrap_or(rest);
        vec![y, m, d]
    } else if text.len() == 8 && text.bytes().all(|b| b.is_ascii_digit()) {
        vec![&text[..4], &text[4..6], &text[6..]]
    } else {
        text.split(['-', '/', '.']).collect()
    };
    if fields.len() != 3
        || fields
            .iter()
            .any(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(bad());
    }
    let (y, m, d) = (fields[0], fields[1], fields[2]);
    if y.len() <= 2 && d.len() == 4 {
        return Err(DateError::WrongOrder);
    }
    if y.len() == 2 {
        return Err(DateError::TwoDigitYear(y.to_string()));
    }
    if y.len() != 4 || m.len() > 2 || d.len() > 2 || y.starts_with('0') {
        return Err(bad());
    }
    // At most four, two and two ASCII digits: these parses cannot fail.
    let year: i32 = y.parse().map_err(|_| bad())?;
    let month: u32 = m.parse().map_err(|_| bad())?;
    let day: u32 = d.parse().map_err(|_| bad())?;
    make_date(year, month, day)
}

/// Serde and JSON Schema glue for `Option<Date>` as `"YYYY-MM-DD"` or null.
pub mod date_serde {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::Date;
    use time::format_description::BorrowedFormatItem;
    use time::macros::format_description;

    const FORMAT: &[BorrowedFormatItem<'static>] = format_description!("[year]-[month]-[day]");

    /// Format a date as `YYYY-MM-DD`.
    pub fn format(d: &Date) -> String {
        d.format(FORMAT).unwrap_or_default()
    }

    /// Parse `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Result<Date, String> {
        Date::parse(s.trim(), FORMAT).map_err(|_| format!("日期「{s}」不是有效的 YYYY-MM-DD 日期"))
    }

    pub fn serialize<S: Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.serialize_str(&format(d)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
        let s: Option<String> = Option::deserialize(d)?;
        match s.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(s) => parse(s).map(Some).map_err(serde::de::Error::custom),
        }
    }

    /// The JSON Schema of an optional date.
    pub fn schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": ["string", "null"],
            "format": "date",
            "description": "YYYY-MM-DD"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::date;

    #[test]
    fn arabic_has_no_leading_zeros() {
        assert_eq!(arabic(date!(2026 - 03 - 05)), "2026年3月5日");
        assert_eq!(arabic(date!(2024 - 12 - 31)), "2024年12月31日");
    }

    #[test]
    fn chinese_uses_ling_circle_in_years() {
        assert_eq!(chinese(date!(2026 - 03 - 05)), "二〇二六年三月五日");
        assert_eq!(chinese(date!(2016 - 08 - 29)), "二〇一六年八月二十九日");
        assert_eq!(chinese(date!(2000 - 01 - 01)), "二〇〇〇年一月一日");
        assert!(!chinese(date!(2006 - 10 - 30)).contains('零'));
    }

    #[test]
    fn chinese_months_and_days_use_shi() {
        assert_eq!(chinese(date!(2025 - 10 - 10)), "二〇二五年十月十日");
        assert_eq!(chinese(date!(2025 - 11 - 11)), "二〇二五年十一月十一日");
        assert_eq!(chinese(date!(2025 - 12 - 20)), "二〇二五年十二月二十日");
        assert_eq!(chinese(date!(2025 - 12 - 21)), "二〇二五年十二月二十一日");
        assert_eq!(chinese(date!(2025 - 12 - 30)), "二〇二五年十二月三十日");
        assert_eq!(chinese(date!(2025 - 12 - 31)), "二〇二五年十二月三十一日");
    }

    #[test]
    fn blank_date_has_ideographic_spaces() {
        assert_eq!(
            blank_date(),
            "\u{3000}\u{3000}年\u{3000}\u{3000}月\u{3000}\u{3000}日"
        );
    }

    #[test]
    fn common_typed_forms_are_parsed() {
        for s in [
            "2026-03-05",
            "2026/3/5",
            "2026.3.5",
            "2026年3月5日",
            "2026年03月05日",
            " 2026 年 3 月 5 日 ",
            "２０２６－０３－０５",
            "20260305",
            "二〇二六年三月五日",
            "二零二六年三月五日",
        ] {
            assert_eq!(parse_date(s), Ok(date!(2026 - 03 - 05)), "{s}");
        }
        assert_eq!(
            parse_date("二〇二五年十二月三十一日"),
            Ok(date!(2025 - 12 - 31))
        );
        assert_eq!(parse_date("二〇二五年十月十日"), Ok(date!(2025 - 10 - 10)));
    }

    #[test]
    fn two_digit_years_are_rejected_with_message() {
        let e = parse_date("26-3-5").unwrap_err();
        assert_eq!(e, DateError::TwoDigitYear("26".into()));
        assert_eq!(
            e.to_string(),
            "年份「26」只有两位，请写完整的四位年份（如2026）"
        );
        assert!(matches!(
            parse_date("09年3月5日"),
            Err(DateError::TwoDigitYear(_))
        ));
        assert!(matches!(
            parse_date("二六年三月五日"),
            Err(DateError::TwoDigitYear(_))
        ));
    }

    #[test]
    fn other_bad_dates_are_rejected() {
        assert_eq!(parse_date(""), Err(DateError::Empty));
        assert_eq!(parse_date("05/03/2026"), Err(DateError::WrongOrder));
        assert_eq!(
            parse_date("2026年2月30日").unwrap_err().to_string(),
            "2026年2月30日不存在"
        );
        assert!(matches!(
            parse_date("2026-13-01"),
            Err(DateError::NoSuchDate { .. })
        ));
        for s in [
            "12.22",
            "2026-3",
            "2026--3-5",
            "abc",
            "2026-3-5-1",
            "0999-01-01",
            "2026-003-05",
        ] {
            assert!(matches!(parse_date(s), Err(DateError::BadFormat(_))), "{s}");
        }
    }

    proptest! {
        #[test]
        fn formatted_dates_parse_back(days in 0i32..100_000) {
            let d = date!(1900 - 01 - 01) + time::Duration::days(i64::from(days));
            prop_assert_eq!(parse_date(&arabic(d)), Ok(d));
            prop_assert_eq!(parse_date(&chinese(d)), Ok(d));
        }

        #[test]
        fn any_input_never_panics(s in ".{0,30}") {
            let _ = parse_date(&s);
        }
    }
}
