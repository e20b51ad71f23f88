//! Every message key has both languages: the app's English table (`src/ui/i18n/en.rs`)
//! against the keys the code in `src/ui` uses, read from the source as written.
//!
//! A key is a string literal right after `t(<lang>, `, `fmt(<lang>, ` or `n_(`. The
//! checks: every key has an English entry; no entry is empty, or has Han characters
//! outside 「」 (where the English quotes Chinese document text); an entry's `{name}`s are
//! the key's; every entry is used by the code (or is a label the library hands the UI);
//! and no other string literal with Han characters is left in `src/ui` (outside its
//! `#[cfg(test)]` modules) but the few allowed below, which must stay Chinese.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The English table as written in `src/ui/i18n/en.rs`: its string literals, taken in
/// pairs (Chinese key, English). Read from the source, so the native tests need not
/// build the app (`src/ui` is behind the `app` feature).
fn entries() -> Vec<(String, String)> {
    let src =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui/i18n/en.rs"))
            .expect("src/ui/i18n/en.rs");
    let table = &src[src.find("pub static EN").expect("the EN table")..];
    let lits = literals(table);
    assert!(
        lits.len().is_multiple_of(2) && lits.len() > 100,
        "the EN table reads in pairs"
    );
    lits.chunks(2)
        .map(|p| (p[0].text.clone(), p[1].text.clone()))
        .collect()
}

/// Chinese literals in `src/ui` that are not interface messages: (file, literal, why).
const ALLOWED: &[(&str, &str, &str)] = &[
    (
        "src/ui/app.rs",
        "中文",
        "the language switch names Chinese in Chinese in either interface",
    ),
    (
        "src/ui/panels/cases.rs",
        "调解案件备份-{}.json",
        "file name of a backup, Chinese like the documents' file names",
    ),
    (
        "src/ui/panels/cases.rs",
        "调解台账-{}.csv",
        "file name of the register, Chinese like the documents' file names",
    ),
    (
        "src/ui/panels/cases.rs",
        "调解案件-{}.json",
        "file name of an exported case, Chinese like the documents' file names",
    ),
    (
        "src/ui/panels/cases.rs",
        "未命名",
        "part of the exported case's file name",
    ),
];

/// Labels the library hands the UI to show with `t(lang, …)`: they have English entries
/// though no literal in `src/ui` names them.
fn library_labels() -> Vec<&'static str> {
    use tiaojie::validate::Severity;
    [Severity::Error, Severity::Warning, Severity::Notice]
        .iter()
        .map(|s| s.label())
        .collect()
}

/// A string literal in the source: its text (escapes read), line, and whether it is a key.
#[derive(Debug)]
struct Literal {
    text: String,
    line: usize,
    key: bool,
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

fn has_han(s: &str) -> bool {
    s.chars().any(is_han)
}

fn unescape(raw: &str) -> String {
    let mut out = String::new();
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('0') => out.push('\0'),
            Some('u') => {
                let hex: String = chars
                    .by_ref()
                    .skip_while(|c| *c == '{')
                    .take_while(|c| *c != '}')
                    .collect();
                if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(c);
                }
            }
            Some('\n') => {
                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                    chars.next();
                }
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// Whether the code before a literal makes it a key: `t(x, `, `fmt(x, ` or `n_(`.
fn is_key_position(code_before: &str) -> bool {
    let before = code_before.trim_end();
    let ends_with_call = |s: &str, name: &str| {
        s.strip_suffix('(')
            .map(str::trim_end)
            .and_then(|s| s.strip_suffix(name))
            .is_some_and(|rest| {
                !rest
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_')
            })
    };
    if ends_with_call(before, "n_") {
        return true;
    }
    let Some(before) = before.strip_suffix(',') else {
        return false;
    };
    let before = before.trim_end();
    let arg_start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .map_or(0, |i| i + 1);
    if arg_start == before.len() {
        return false;
    }
    let call = before[..arg_start].trim_end();
    ends_with_call(call, "t") || ends_with_call(call, "fmt")
}

/// The string literals of Rust source (comments skipped), each marked key or not.
fn literals(src: &str) -> Vec<Literal> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut code = String::new(); // the code so far, strings and comments left out
    let mut line = 1;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                line += usize::from(chars[i] == '\n');
                i += 1;
            }
            i += 2;
        } else if c == '"'
            || (c == 'r'
                && matches!(next, Some('"') | Some('#'))
                && !code
                    .chars()
                    .last()
                    .is_some_and(|p| p.is_alphanumeric() || p == '_'))
        {
            let start_line = line;
            let (text, end) = if c == 'r' {
                let hashes = chars[i + 1..].iter().take_while(|c| **c == '#').count();
                let open = i + 1 + hashes; // the opening quote
                let close: String = std::iter::once('"')
                    .chain(std::iter::repeat_n('#', hashes))
                    .collect();
                let body: String = chars[open + 1..].iter().collect();
                let len = body.find(&close).unwrap_or(body.len());
                let text: String = body[..len].to_string();
                (text.clone(), open + 1 + text.chars().count() + close.len())
            } else {
                let mut j = i + 1;
                let mut raw = String::new();
                while j < chars.len() && chars[j] != '"' {
                    if chars[j] == '\\' && j + 1 < chars.len() {
                        raw.push(chars[j]);
                        j += 1;
                    }
                    raw.push(chars[j]);
                    j += 1;
                }
                (unescape(&raw), j + 1)
            };
            line += text.matches('\n').count();
            out.push(Literal {
                key: is_key_position(&code),
                text,
                line: start_line,
            });
            code.push_str("\"\"");
            i = end;
            continue;
        } else if c == '\'' {
            // A char literal ('x', '\n', '\u{3001}') or a lifetime ('a).
            let end = if next == Some('\\') {
                chars[i + 2..]
                    .iter()
                    .position(|c| *c == '\'')
                    .map(|p| i + 3 + p)
            } else if chars.get(i + 2) == Some(&'\'') {
                Some(i + 3)
            } else {
                None
            };
            match end {
                Some(end) => {
                    code.push_str("' '");
                    i = end;
                }
                None => {
                    code.push(c);
                    i += 1;
                }
            }
            continue;
        } else {
            line += usize::from(c == '\n');
            code.push(c);
            i += 1;
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("src/ui is readable")
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// Every literal of `src/ui`'s code (test modules cut off), by file relative to the crate.
fn ui_literals() -> Vec<(String, Literal)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/ui"), &mut files);
    assert!(files.len() > 20, "src/ui has its files");
    let mut out = Vec::new();
    for f in files {
        let src = std::fs::read_to_string(&f).expect("source is UTF-8");
        let code = src.split("#[cfg(test)]").next().unwrap_or_default();
        let rel = f
            .strip_prefix(root)
            .unwrap_or(&f)
            .to_string_lossy()
            .replace('\\', "/");
        // The table itself is what is checked, not a use of it.
        if rel == "src/ui/i18n/en.rs" {
            continue;
        }
        out.extend(literals(code).into_iter().map(|l| (rel.clone(), l)));
    }
    out
}

/// The `{name}`s of a message, as a set.
fn placeholders(s: &str) -> BTreeSet<&str> {
    let mut v = BTreeSet::new();
    let mut rest = s;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        v.insert(&after[..close]);
        rest = &after[close + 1..];
    }
    v
}

/// Han characters outside 「…」.
fn han_outside_quotes(s: &str) -> String {
    let mut depth = 0usize;
    let mut found = String::new();
    for c in s.chars() {
        match c {
            '「' => depth += 1,
            '」' => depth = depth.saturating_sub(1),
            c if depth == 0 && is_han(c) => found.push(c),
            _ => {}
        }
    }
    found
}

fn keys_used() -> BTreeMap<String, Vec<String>> {
    let mut keys: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (file, l) in ui_literals() {
        if l.key {
            keys.entry(l.text)
                .or_default()
                .push(format!("{file}:{}", l.line));
        }
    }
    keys
}

#[test]
fn every_message_key_has_an_english_entry() {
    let entries = entries();
    let table: BTreeMap<&str, &str> = entries
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let missing: Vec<String> = keys_used()
        .into_iter()
        .filter(|(k, _)| !table.contains_key(k.as_str()))
        .map(|(k, at)| {
            format!(
                "  {} — {k:?} has no English: add (\"{k}\", \"…\") to src/ui/i18n/en.rs (sorted)",
                at.join(", ")
            )
        })
        .collect();
    assert!(
        missing.is_empty(),
        "{} message key(s) without English:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn every_english_entry_is_english_and_keeps_the_keys_values() {
    let mut bad = Vec::new();
    for (zh, en) in &entries() {
        let (zh, en) = (zh.as_str(), en.as_str());
        if en.trim().is_empty() {
            bad.push(format!("  {zh:?}: the English is empty"));
        }
        let han = han_outside_quotes(en);
        if !han.is_empty() {
            bad.push(format!(
                "  {zh:?}: the English {en:?} still has Han characters outside 「」: {han}"
            ));
        }
        if placeholders(zh) != placeholders(en) {
            bad.push(format!(
                "  {zh:?}: the English {en:?} has other {{names}} than the key"
            ));
        }
    }
    assert!(bad.is_empty(), "bad English entries:\n{}", bad.join("\n"));
}

#[test]
fn every_english_entry_is_used_by_the_code() {
    let used = keys_used();
    let library = library_labels();
    let entries = entries();
    let unused: Vec<&str> = entries
        .iter()
        .map(|(k, _)| k.as_str())
        .filter(|k| !used.contains_key(*k) && !library.contains(k))
        .collect();
    assert!(
        unused.is_empty(),
        "English entries no code uses (remove them from src/ui/i18n/en.rs): {unused:?}"
    );
}

#[test]
fn no_chinese_literal_in_the_ui_escapes_translation() {
    let mut escaped = Vec::new();
    let mut allowed_seen = BTreeSet::new();
    for (file, l) in ui_literals() {
        if l.key || !has_han(&l.text) {
            continue;
        }
        if let Some(a) = ALLOWED
            .iter()
            .find(|(f, text, _)| *f == file && *text == l.text)
        {
            allowed_seen.insert((a.0, a.1));
            continue;
        }
        escaped.push(format!(
            "  {file}:{} — {:?} is not translated: write t(lang, \"{}\") (a message with values: fmt(lang, \"…{{name}}…\", &[&value]); a label in a table: n_(\"…\") and t(lang, label) where shown), then add its English to src/ui/i18n/en.rs",
            l.line, l.text, l.text
        ));
    }
    assert!(
        escaped.is_empty(),
        "{} Chinese literal(s) in src/ui outside t/fmt/n_:\n{}",
        escaped.len(),
        escaped.join("\n")
    );
    let stale: Vec<_> = ALLOWED
        .iter()
        .filter(|(f, t, _)| !allowed_seen.contains(&(*f, *t)))
        .collect();
    assert!(
        stale.is_empty(),
        "allowed literals no longer in the code: {stale:?}"
    );
}

#[test]
fn the_scanner_reads_keys_and_tells_them_from_other_literals() {
    let src = r#"
        // t(lang, "注释里的不算")
        let a = t(lang, "案件");
        let b = fmt(Lang::Zh, "第 {n} 页", &[&n]);
        let c = fmt(
            lang,
            "多行",
        );
        const L: &[(&str, &str)] = &[("male", n_("男"))];
        let d = format!("漏网 {x}");
        let e = at(lang, "不是 t");
        let f = '\'';
        let g = "转义\"引号";
    "#;
    let found: Vec<(String, bool)> = literals(src).into_iter().map(|l| (l.text, l.key)).collect();
    assert_eq!(
        found,
        vec![
            ("案件".to_string(), true),
            ("第 {n} 页".to_string(), true),
            ("多行".to_string(), true),
            ("male".to_string(), false),
            ("男".to_string(), true),
            ("漏网 {x}".to_string(), false),
            ("不是 t".to_string(), false),
            ("转义\"引号".to_string(), false),
        ]
    );
}

#[test]
fn han_is_allowed_in_english_only_inside_corner_brackets() {
    assert_eq!(han_outside_quotes("e.g. 「汉族」 (Han)"), "");
    assert_eq!(han_outside_quotes("Party 当事人"), "当事人");
}
