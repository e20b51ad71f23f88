//! Dates and deadlines in clause text: Arabic and Chinese-numeral dates, and whether
//! a text states a time limit at all.

use super::amounts::half_width;
use crate::values::dates;

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

/// Value of a Chinese numeral digit (〇/零/○ are 0), as [`dates::cn_digit`] reads it
/// but for the Latin letter O, which in running text is a letter, not a zero.
fn cn_digit(c: char) -> Option<u32> {
    if matches!(c, 'O' | 'Ｏ') {
        None
    } else {
        dates::cn_digit(c)
    }
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
    let run: String = chars[i..j].iter().collect();
    Some((dates::cn_small(&run)?, j))
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
