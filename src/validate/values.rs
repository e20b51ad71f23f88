//! Values within their documented limits (`crate::model::limits`, `docs/case-format.md`
//! *Limits*): every text field free of control characters and not longer than its
//! limit, every date between 1900-01-01 and 2100-12-31, every number in its range. The
//! documents print an out-of-range date or number as a blank or at its default
//! (`Case::printable`); a control character is never drawn.
//!
//! | rule | path | severity | basis |
//! |---|---|---|---|
//! | `text.control_char` | the text field | Error (a C0/C1 control character, or DEL; tab and line breaks are allowed in long text) | 案件文件格式 |
//! | `text.too_long` | the text field | Error (more than 500 characters, or 50 000 in long text) | 案件文件格式 |
//! | `date.out_of_range` | the date | Error (before 1900-01-01 or after 2100-12-31) | 案件文件格式 |
//! | `settings.range` | the number (`settings.first_page_number`, `settings.roster_threshold`, `agreement.copies`, `agreement.serial`, `archive.serial`, `confirmation.attachments[i].copies`) | Error | 案件文件格式 |

use super::basis as b;
use super::{Ctx, Issue};
use crate::model::limits::{self, Bounded};
use serde_json::Value;
use std::fmt::Write;

pub(super) fn check(cx: &mut Ctx) {
    if let Ok(v) = serde_json::to_value(cx.case) {
        let mut path = String::new();
        texts(&v, &mut path, cx);
    }
    for (path, d) in cx.case.dates() {
        if !limits::date_in_range(d) {
            cx.push(
                Issue::error(
                    path,
                    "date.out_of_range",
                    b::CASE_FORMAT,
                    format!(
                        "日期 {} 不在 1900-01-01 至 2100-12-31 之间",
                        crate::model::date_serde::format(&d)
                    ),
                )
                .hint("请核对年份；文书中该日期将留空"),
            );
        }
    }
    for n in cx.case.bounded_numbers() {
        if !n.in_range() {
            cx.push(range_issue(&n));
        }
    }
}

fn range_issue(n: &Bounded) -> Issue {
    Issue::error(
        n.path.clone(),
        "settings.range",
        b::CASE_FORMAT,
        format!("{} {} 超出允许的范围 {}–{}", n.what, n.value, n.min, n.max),
    )
    .hint(format!("请改为 {} 至 {} 之间的整数", n.min, n.max))
}

/// Walk the case as its file has it, checking every string at its path.
fn texts(v: &Value, path: &mut String, cx: &mut Ctx) {
    match v {
        Value::String(s) => text(s, path, cx),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                let _ = write!(path, "[{i}]");
                texts(item, path, cx);
                path.truncate(len);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
                texts(item, path, cx);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

/// Whether `c` may appear in a text field: no control character, but tab and line
/// breaks in long text.
fn allowed(c: char, long: bool) -> bool {
    !c.is_control() || (long && matches!(c, '\t' | '\n' | '\r'))
}

fn text(s: &str, path: &str, cx: &mut Ctx) {
    // Nearly every text has no control character and is within the short limit, and
    // so within the long one too: one pass over it, without looking up its kind.
    let mut n = 0;
    if s.chars().all(|c| {
        n += 1;
        !c.is_control()
    }) && n <= limits::SHORT_TEXT_MAX_CHARS
    {
        return;
    }
    let long = limits::is_long_text(path);
    if let Some((i, c)) = s.chars().enumerate().find(|(_, c)| !allowed(*c, long)) {
        cx.push(
            Issue::error(
                path,
                "text.control_char",
                b::CASE_FORMAT,
                format!(
                    "第{}个字符是控制字符 U+{:04X}，不能出现在文书中",
                    i + 1,
                    u32::from(c)
                ),
            )
            .hint(if long {
                "请删去该字符（长文本中只允许换行和制表符）"
            } else {
                "请删去该字符（此处不允许换行、制表符等控制字符）"
            }),
        );
    }
    let max = if long {
        limits::LONG_TEXT_MAX_CHARS
    } else {
        limits::SHORT_TEXT_MAX_CHARS
    };
    let n = s.chars().count();
    if n > max {
        cx.push(
            Issue::error(
                path,
                "text.too_long",
                b::CASE_FORMAT,
                format!("共 {n} 个字符，超过此处的上限 {max} 个字符"),
            )
            .hint("请精简内容，或将长篇材料作为附件另行归档"),
        );
    }
}
