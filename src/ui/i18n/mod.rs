//! The interface's language: Simplified Chinese (the default) or English. The documents
//! (PDF, preview) and the library's validation messages stay Chinese in both.
//!
//! Plain message tables keyed by the Chinese text, as gettext's msgid: the Chinese
//! interface needs no table at all, and a message without an English entry shows in
//! Chinese, never as a blank. Wrap a literal as `t(lang, "中文")`; a message with values
//! as `fmt(lang, "第 {n} 页", &[&n])` (values in the order their `{name}`s appear in the
//! Chinese key; the English may reorder them); a label kept in a table as `n_("中文")`
//! (marked for the scan, translated where shown with `t(lang, label)`). A message the
//! app wrote in Chinese earlier (a status kept in the state) is shown with `tr`, which
//! finds its entry, the values included. `tests/i18n_messages.rs` checks that every key
//! the code uses has English and every English entry is used.

mod en;

use std::borrow::Cow;
use std::fmt::Display;

/// The interface's language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// The `<html lang>` value.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The value kept in browser storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// Read a stored value; anything else is Chinese.
    pub fn from_code(code: &str) -> Lang {
        if code == "en" { Lang::En } else { Lang::Zh }
    }

    /// The other language (the header's switch).
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }
}

/// The English entry for a Chinese key, if any.
fn english(key: &str) -> Option<&'static str> {
    en::EN
        .binary_search_by(|(k, _)| (*k).cmp(key))
        .ok()
        .map(|i| en::EN[i].1)
}

/// A key marked for translation where it is written (a table of labels); the place that
/// shows it calls `t(lang, label)`. gettext's `N_`.
pub const fn n_(key: &'static str) -> &'static str {
    key
}

/// `key` (Chinese) in `lang`; the Chinese when there is no English entry.
pub fn t(lang: Lang, key: &'static str) -> &'static str {
    match lang {
        Lang::Zh => key,
        Lang::En => english(key).unwrap_or(key),
    }
}

/// Put `args` into `template`'s `{name}`s; `names` are the Chinese key's names in order,
/// `args[i]` the value of `names[i]`. An unknown name or an unclosed brace is kept as
/// written.
fn fill(template: &str, names: &[&str], args: &[&dyn Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match names
                    .iter()
                    .position(|n| *n == name)
                    .and_then(|i| args.get(i))
                {
                    Some(v) => out.push_str(&v.to_string()),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{name}`s of a template, in order.
fn names(template: &str) -> Vec<&str> {
    let mut v = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        v.push(&after[..close]);
        rest = &after[close + 1..];
    }
    v
}

/// A message with values: `fmt(lang, "第 {n} 页", &[&3])` → 「第 3 页」 or "Page 3".
/// `args` are the values of the Chinese key's `{name}`s in the order they appear there.
pub fn fmt(lang: Lang, key: &'static str, args: &[&dyn Display]) -> String {
    let names = names(key);
    fill(t(lang, key), &names, args)
}

/// The values of `text` read against a template's literal parts, or `None` if it does
/// not fit. Each value is the shortest that lets the rest fit (left to right).
fn matches<'a>(template: &str, text: &'a str) -> Option<Vec<&'a str>> {
    let mut parts = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let close = after.find('}')?;
        parts.push(&rest[..open]);
        rest = &after[close + 1..];
    }
    parts.push(rest);
    let (first, tail) = parts.split_first()?;
    let mut s = text.strip_prefix(first)?;
    let mut values = Vec::new();
    for (i, lit) in tail.iter().enumerate() {
        let last = i + 1 == tail.len();
        if last {
            if lit.is_empty() {
                values.push(s);
                s = "";
            } else {
                let v = s.strip_suffix(lit)?;
                values.push(v);
                s = "";
            }
        } else if lit.is_empty() {
            return None; // two values side by side: ambiguous, never used
        } else {
            let at = s.find(lit)?;
            values.push(&s[..at]);
            s = &s[at + lit.len()..];
        }
    }
    s.is_empty().then_some(values)
}

/// A message the app wrote earlier in Chinese (kept in the state), in `lang`: its entry
/// found exactly, or the entry whose template it fits (the values carried over);
/// otherwise the Chinese as it is.
pub fn tr(lang: Lang, text: &str) -> Cow<'_, str> {
    if lang == Lang::Zh {
        return Cow::Borrowed(text);
    }
    if let Some(e) = english(text) {
        return Cow::Borrowed(e);
    }
    // Of the templates it fits, the one with the most fixed text: 「{name}」：{e}。未导入任何内容。
    // before 「{name}」：{e}.
    let fixed = |key: &str| key.len() - names(key).iter().map(|n| n.len() + 2).sum::<usize>();
    let best = en::EN
        .iter()
        .filter(|(k, _)| k.contains('{'))
        .filter_map(|(k, e)| matches(k, text).map(|v| (k, e, v)))
        .max_by_key(|(k, _, _)| fixed(k));
    match best {
        Some((key, en_text, values)) => {
            // A value that is itself a message (「字体下载失败」 in 「{context}（{detail}）」)
            // is translated too.
            let values: Vec<&str> = values.iter().map(|v| english(v).unwrap_or(v)).collect();
            let args: Vec<&dyn Display> = values.iter().map(|v| v as &dyn Display).collect();
            Cow::Owned(fill(en_text, &names(key), &args))
        }
        None => Cow::Borrowed(text),
    }
}

/// The interface's language, from the app's `ContextProvider<Lang>`; Chinese outside it.
#[yew::hook]
pub fn use_lang() -> Lang {
    yew::use_context::<Lang>().unwrap_or_default()
}

/// Every (Chinese, English) entry, for the test that checks them against the code.
pub fn entries() -> &'static [(&'static str, &'static str)] {
    en::EN
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_is_the_key_itself() {
        assert_eq!(t(Lang::Zh, "案件"), "案件");
        assert_eq!(t(Lang::En, "案件"), "Cases");
    }

    #[test]
    fn a_key_without_english_falls_back_to_chinese() {
        assert_eq!(t(Lang::En, "没有这一条"), "没有这一条");
        assert_eq!(tr(Lang::En, "没有这一条"), "没有这一条");
    }

    #[test]
    fn table_is_sorted_without_duplicates_for_binary_search() {
        for w in entries().windows(2) {
            assert!(w[0].0 < w[1].0, "{:?} then {:?}", w[0].0, w[1].0);
        }
    }

    #[test]
    fn fmt_puts_values_by_name_and_english_may_reorder() {
        assert_eq!(fmt(Lang::Zh, "第 {n} 页", &[&3]), "第 3 页");
        assert_eq!(fmt(Lang::En, "第 {n} 页", &[&3]), "Page 3");
        assert_eq!(
            fmt(
                Lang::Zh,
                "已从「{name}」导入 {n} 个案件。",
                &[&"a.json", &2]
            ),
            "已从「a.json」导入 2 个案件。"
        );
        assert_eq!(
            fmt(
                Lang::En,
                "已从「{name}」导入 {n} 个案件。",
                &[&"a.json", &2]
            ),
            "Imported 2 case(s) from \"a.json\"."
        );
    }

    #[test]
    fn tr_finds_a_written_message_with_its_values() {
        let zh = fmt(
            Lang::Zh,
            "已从「{name}」导入 {n} 个案件。",
            &[&"备份.json", &12],
        );
        assert_eq!(tr(Lang::En, &zh), "Imported 12 case(s) from \"备份.json\".");
        assert_eq!(tr(Lang::Zh, &zh), zh);
    }

    #[test]
    fn fill_keeps_unknown_names_and_unclosed_braces() {
        assert_eq!(fill("a {x} b {", &["y"], &[&1]), "a {x} b {");
    }

    #[test]
    fn matches_needs_the_whole_text() {
        assert_eq!(matches("第 {n} 页", "第 3 页"), Some(vec!["3"]));
        assert_eq!(matches("第 {n} 页", "第 3 页了"), None);
        assert_eq!(matches("{a}：{b}", "x：y：z"), Some(vec!["x", "y：z"]));
    }
}
