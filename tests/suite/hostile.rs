//! The hostile corpus of issue 13 as ordinary tests: markup and script fragments,
//! 10,000-character fields, emoji and ZWJ sequences, CJK Extension B, bidi overrides,
//! control and zero-width characters, mixed line endings, BOMs, UTF-16, deep nesting,
//! malformed amounts and dates — put into every text field of a real example case (the
//! JSON walked and each string replaced), then loaded, validated, built into every
//! form, laid out and exported to PDF. Nothing may panic; every outcome is a Chinese
//! message or an inert rendering; a character either reaches the PDF or is reported as
//! a missing glyph.

use crate::common;

use serde_json::Value;
use std::collections::BTreeSet;
use tiaojie::document::DocKind;
use tiaojie::fonts::FontSet;
use tiaojie::layout::Face;
use tiaojie::model::{self, Case};
use tiaojie::render::ExportError;
use tiaojie::validate::Check;

/// The example every value is put into: a judicial-confirmation case with records.
const EXAMPLE: &str = "examples/land-contract.json";

/// The hostile strings put into every text field.
fn corpus() -> Vec<(&'static str, String)> {
    vec![
        ("script", "<script>alert(1)</script>".into()),
        ("attribute", "\"><img src=x onerror=alert(1)>".into()),
        ("cdata", "]]><![CDATA[x]]>".into()),
        ("emoji and ZWJ", "👨\u{200D}👩\u{200D}👧 👍🏽 🇨🇳".into()),
        ("Extension B", "𠀀𪚥𠮷".into()),
        (
            "bidi override",
            "\u{202E}张三\u{202C}与\u{2066}李四\u{2069}".into(),
        ),
        ("terminal controls", "张\u{1b}[31m三\u{7}".into()),
        ("C1 and DEL", "甲\u{85}乙\u{9b}丙\u{7f}".into()),
        ("zero-width", "零\u{200B}宽\u{200C}字\u{FEFF}符".into()),
        (
            "mixed line endings",
            "第一行\r\n第二行\n第三行\r第四行".into(),
        ),
        ("leading BOM", "\u{FEFF}开头有字节顺序标记".into()),
        ("NUL", "空\u{0}字符".into()),
        ("10,000 characters", "调解".repeat(5_000)),
        ("lone combining mark", "\u{301}\u{20DD}".into()),
        ("amount words", "1e10 +5  12000  -0 ¥-1".into()),
    ]
}

/// Malformed values for the typed fields: amounts, dates, numbers.
const AMOUNTS: [&str; 9] = [
    "1e10",
    "+5",
    " 12000 ",
    "-0",
    "1,2000",
    "12000.001",
    "99999999999999999999999999999999",
    "abc",
    "",
];
const DATES: [&str; 6] = [
    "0000-01-01",
    "-0001-01-01",
    "1899-12-31",
    "2101-01-01",
    "2025-02-30",
    "9999-12-31",
];

fn example() -> Value {
    let text = std::fs::read_to_string(common::root().join(EXAMPLE)).expect("example");
    serde_json::from_str(&text).expect("example is JSON")
}

/// Every string of `v` with its path (`parties[0].name`), map keys excluded.
fn strings(v: &Value, path: &str, out: &mut Vec<String>) {
    match v {
        Value::String(_) => out.push(path.to_string()),
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                strings(x, &format!("{path}[{i}]"), out);
            }
        }
        Value::Object(m) => {
            for (k, x) in m {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                strings(x, &p, out);
            }
        }
        _ => {}
    }
}

/// The value at `path` (as [`strings`] writes it).
fn at<'a>(v: &'a mut Value, path: &str) -> &'a mut Value {
    let mut cur = v;
    for part in path.split('.') {
        let (key, indices) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        cur = &mut cur[key];
        for idx in indices.split('[').filter(|s| !s.is_empty()) {
            let n: usize = idx.trim_end_matches(']').parse().expect("index");
            cur = &mut cur[n];
        }
    }
    cur
}

/// The string fields that hold free text: those that still load when a plain
/// sentence is put in. The others are ids, enums, dates and amounts.
fn text_fields(base: &Value) -> (Vec<String>, Vec<String>) {
    let mut all = Vec::new();
    strings(base, "", &mut all);
    all.into_iter().partition(|path| {
        let mut v = base.clone();
        *at(&mut v, path) = Value::String("某某某".into());
        // Party ids stay, so that the forms still find their parties.
        !path.ends_with(".id") && model::load(&v.to_string()).is_ok()
    })
}

/// Words allowed in a message: the names of the format (every field name and enum
/// value of the JSON Schema, quoted as code) and a few format and standard names.
fn allowed_words() -> BTreeSet<String> {
    let schema = std::fs::read_to_string(common::root().join("docs/case.schema.json")).unwrap();
    let schema: Value = serde_json::from_str(&schema).unwrap();
    let mut words: BTreeSet<String> = [
        "JSON",
        "UTF",
        "PDF",
        "schema_version",
        "YYYY",
        "MM",
        "DD",
        "Unicode",
        "true",
        "false",
        "null",
        "OpenType",
        "TrueType",
        "RMB",
        "ESC",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    fn collect(v: &Value, words: &mut BTreeSet<String>) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    if k == "properties"
                        && let Value::Object(p) = x
                    {
                        words.extend(p.keys().cloned());
                    }
                    if k == "enum" || k == "const" {
                        for e in x.as_array().cloned().unwrap_or_else(|| vec![x.clone()]) {
                            if let Some(s) = e.as_str() {
                                words.insert(s.to_string());
                            }
                        }
                    }
                    collect(x, words);
                }
            }
            Value::Array(a) => a.iter().for_each(|x| collect(x, words)),
            _ => {}
        }
    }
    collect(&schema, &mut words);
    words
}

/// The English words of a message: runs of three or more ASCII letters (with `_`,
/// as field names have them) outside quotations of the user's own text (「…」, "…")
/// and outside the allowed format names.
fn english_words(message: &str, allowed: &BTreeSet<String>) -> Vec<String> {
    let mut unquoted = String::new();
    let mut depth = 0usize;
    let mut in_ascii_quote = false;
    for c in message.chars() {
        match c {
            '「' => depth += 1,
            '」' => depth = depth.saturating_sub(1),
            '"' => in_ascii_quote = !in_ascii_quote,
            _ if depth == 0 && !in_ascii_quote => unquoted.push(c),
            _ => {}
        }
        if depth == 0 && !in_ascii_quote && (c == '」' || c == '"') {
            unquoted.push(' ');
        }
    }
    unquoted
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 3)
        .filter(|w| !w.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .filter(|w| !allowed.contains(*w))
        .map(str::to_string)
        .collect()
}

/// Every form laid out, and the agreement exported, as drafts: each character either
/// has a glyph or is reported missing (naming only characters no loaded face has).
/// Returns the messages the user sees.
fn render_everything(case: &Case, fonts: &FontSet, label: &str) -> Vec<String> {
    let mut messages = Vec::new();
    let today = common::today();
    let opts = tiaojie::document::common::Options { today, draft: true };
    let not_drawable = |ch: char| {
        ![Face::Serif, Face::SerifBold, Face::Sans, Face::User]
            .iter()
            .any(|f| fonts.has_glyph(*f, ch))
    };
    let mut pages = Vec::new();
    for kind in tiaojie::document::forms::of_case(case) {
        let (_, p) = tiaojie::pipeline::pages_with(case, kind, &opts, fonts);
        assert!(!p.is_empty(), "{label}: {kind:?} has no page");
        pages.extend(p);
    }
    let missing = tiaojie::fonts::coverage(&pages, fonts);
    for m in &missing {
        assert!(
            not_drawable(m.ch),
            "{label}: {:?} reported missing but a face has it",
            m.ch
        );
    }
    if !missing.is_empty() {
        messages.push(ExportError::MissingGlyphs(missing).to_string());
    }
    match tiaojie::pipeline::pdf_with(case, DocKind::Agreement, fonts, today, true, 0) {
        Ok(out) => {
            assert!(out.bytes.starts_with(b"%PDF-"), "{label}");
            messages.extend(out.warnings.iter().map(ToString::to_string));
            assert_drawable_characters_reach_the_text(case, &out.bytes, fonts, label);
        }
        Err(ExportError::MissingGlyphs(missing)) => {
            for m in &missing {
                assert!(not_drawable(m.ch), "{label}: {:?} reported missing", m.ch);
            }
            messages.push(ExportError::MissingGlyphs(missing).to_string());
        }
        Err(e) => panic!("{label}: export failed: {e}"),
    }
    messages
}

/// Whether `c` is drawn as a glyph of its own: not a control character, not a format
/// character (zero-width, bidi controls, the BOM: Unicode category Cf, which the
/// layout drops), not white space.
fn draws_itself(c: char) -> bool {
    let format = matches!(c, '\u{AD}' | '\u{600}'..='\u{605}' | '\u{61C}' | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}' | '\u{FEFF}'
        | '\u{FFF9}'..='\u{FFFB}');
    !c.is_control() && !format && !c.is_whitespace()
}

/// Issue 22: every character of the first party's name (each text field holds the same
/// hostile string) that a loaded face can draw comes back in poppler's text of the
/// agreement; the ones no face has were reported missing above.
fn assert_drawable_characters_reach_the_text(
    case: &Case,
    pdf: &[u8],
    fonts: &FontSet,
    label: &str,
) {
    let name = case.parties[0].name().to_string();
    let drawable: BTreeSet<char> = name
        .chars()
        .filter(|&c| draws_itself(c))
        .filter(|&c| {
            [Face::Serif, Face::SerifBold, Face::Sans, Face::User]
                .iter()
                .any(|f| fonts.has_glyph(*f, c))
        })
        .collect();
    let file = common::out_dir().join(format!("hostile-{}.pdf", label.replace([' ', ','], "-")));
    std::fs::write(&file, pdf).expect("write the PDF");
    let (ok, text, err) = common::run_split(
        "pdftotext",
        &["-enc", "UTF-8", common::path_str(&file), "-"],
    );
    assert!(ok, "{label}: pdftotext failed: {err}");
    let got: BTreeSet<char> = text.chars().collect();
    let lost: Vec<char> = drawable.difference(&got).copied().collect();
    assert!(
        lost.is_empty(),
        "{label}: drawable characters of the name missing from the PDF text: {lost:?}"
    );
}

fn issue_messages(case: &Case) -> Vec<String> {
    tiaojie::pipeline::check_as(case, Check::Dossier, common::today())
        .into_iter()
        .flat_map(|i| [i.message, i.hint])
        .collect()
}

#[test]
fn every_hostile_string_in_every_text_field_is_validated_and_rendered_inert() {
    let base = example();
    let (texts, _) = text_fields(&base);
    assert!(texts.len() > 40, "{texts:?}");
    let fonts = common::fonts();
    let allowed = allowed_words();
    for (label, hostile) in corpus() {
        let started = std::time::Instant::now();
        let mut v = base.clone();
        for path in &texts {
            *at(&mut v, path) = Value::String(hostile.clone());
        }
        let case = model::load(&v.to_string())
            .unwrap_or_else(|e| panic!("{label}: a text field refused: {e}"));
        let mut messages = issue_messages(&case);
        // Controls and lengths are caught by validation, naming a field.
        let issues = tiaojie::pipeline::check_as(&case, Check::Dossier, common::today());
        if hostile
            .chars()
            .any(|c| c.is_control() && !"\r\n".contains(c))
        {
            assert!(
                issues.iter().any(|i| i.rule == "text.control_char"),
                "{label}"
            );
        }
        if hostile.chars().count() > 500 {
            assert!(issues.iter().any(|i| i.rule == "text.too_long"), "{label}");
        }
        // Every form built from it.
        for kind in tiaojie::document::forms::of_case(&case) {
            assert!(!tiaojie::pipeline::build(&case, kind, common::today()).is_empty());
        }
        // Laid out and exported. A 10,000-character name, printed in every form and
        // every signature cell, would take minutes in a debug build (and is an error,
        // `text.too_long`): for that one the short fields hold their limit, 500
        // characters, and the long text the 10,000.
        let rendered = if hostile.chars().count() > model::limits::SHORT_TEXT_MAX_CHARS {
            let short: String = hostile
                .chars()
                .take(model::limits::SHORT_TEXT_MAX_CHARS)
                .collect();
            for path in &texts {
                if !model::limits::is_long_text(path) {
                    *at(&mut v, path) = Value::String(short.clone());
                }
            }
            model::load(&v.to_string()).expect("loads")
        } else {
            case
        };
        messages.extend(render_everything(&rendered, &fonts, label));
        for m in &messages {
            let words = english_words(m, &allowed);
            assert!(words.is_empty(), "{label}: English {words:?} in 「{m}」");
        }
        eprintln!("{label}: {:.1} s", started.elapsed().as_secs_f64());
    }
}

#[test]
fn malformed_amounts_and_dates_are_refused_in_chinese_naming_the_place() {
    let base = example();
    let allowed = allowed_words();
    let mut all = Vec::new();
    strings(&base, "", &mut all);
    let amounts: Vec<&String> = all
        .iter()
        .filter(|p| p.ends_with(".amount") || p.ends_with("amount_involved"))
        .collect();
    let dates: Vec<&String> = all
        .iter()
        .filter(|p| {
            let mut v = base.clone();
            at(&mut v, p)
                .as_str()
                .is_some_and(|s| s.len() == 10 && model::date_serde::parse(s).is_ok())
        })
        .collect();
    assert!(
        !amounts.is_empty() && dates.len() > 5,
        "{amounts:?} {dates:?}"
    );
    for path in amounts {
        for bad in AMOUNTS {
            let mut v = base.clone();
            *at(&mut v, path) = Value::String(bad.into());
            match model::load(&v.to_string()) {
                Err(e) => {
                    let m = e.to_string();
                    assert!(
                        m.contains(path.as_str()) && m.contains("行第"),
                        "{bad:?}: {m}"
                    );
                    assert!(english_words(&m, &allowed).is_empty(), "{m}");
                }
                // A number that is not an amount: validation says so, and no PDF
                // prints it.
                Ok(case) => {
                    let issues =
                        tiaojie::pipeline::check_as(&case, Check::Dossier, common::today());
                    assert!(
                        issues
                            .iter()
                            .any(|i| i.rule == "obligation.amount_invalid" && i.path == *path),
                        "{bad:?} at {path} passes"
                    );
                }
            }
        }
    }
    let fonts = common::fonts();
    for bad in DATES {
        let mut v = base.clone();
        for path in &dates {
            *at(&mut v, path) = Value::String(bad.into());
        }
        match model::load(&v.to_string()) {
            Err(e) => {
                let m = e.to_string();
                assert!(m.contains("日期") && m.contains("行第"), "{bad}: {m}");
            }
            Ok(case) => {
                let issues = tiaojie::pipeline::check_as(&case, Check::Dossier, common::today());
                for path in &dates {
                    assert!(
                        issues
                            .iter()
                            .any(|i| i.rule == "date.out_of_range" && i.path == **path),
                        "{bad} at {path}"
                    );
                }
                // Printed as blanks: the date never reaches a document.
                let d = model::date_serde::parse(bad).unwrap();
                let printed = format!("{}年{}月{}日", d.year(), u8::from(d.month()), d.day());
                for kind in tiaojie::document::forms::of_case(&case) {
                    for doc in tiaojie::pipeline::build(&case, kind, common::today()) {
                        let text = format!("{doc:?}");
                        let found = text.match_indices(&printed).any(|(i, _)| {
                            !text[..i].ends_with(|c: char| c.is_ascii_digit() || c == '-')
                        });
                        assert!(!found, "{bad} printed in {kind:?} as {printed}");
                    }
                }
                render_everything(&case, &fonts, bad);
            }
        }
    }
}

#[test]
fn broken_files_are_told_in_chinese_with_line_and_column() {
    let allowed = allowed_words();
    let text = std::fs::read_to_string(common::root().join(EXAMPLE)).unwrap();
    let mixed: String = text
        .lines()
        .enumerate()
        .map(|(i, l)| format!("{l}{}", ["\n", "\r\n", "\r"][i % 3]))
        .collect();
    // Mixed line endings and a leading BOM are read.
    model::load(&mixed).expect("mixed line endings");
    model::load(&format!("\u{FEFF}{text}")).expect("BOM");
    let broken = [
        "[".repeat(10_000),
        "{".repeat(10_000),
        format!("{}{}", "[".repeat(100), "]".repeat(100)),
        r#"{"schema_version":1,"dispute":{"facts":"\u12"}}"#.into(),
        r#"{"schema_version":1,"dispute":{"facts":"\ud800"}}"#.into(),
        r#"{"schema_version":1,"dispute":{"facts":"\ud800\u0041"}}"#.into(),
        r#"{"schema_version":1,"settings":{"first_page_number":1e999}}"#.into(),
        r#"{"schema_version":1,"settings":{"first_page_number":4294967296}}"#.into(),
        r#"{"schema_version":1,"settings":{"first_page_number":-1}}"#.into(),
        r#"{"schema_version":1,"settings":{"first_page_number":1.5}}"#.into(),
        r#"{"schema_version":1,"committee":{"name":"a","name":"b"}}"#.into(),
        r#"{"schema_version":1,"parties":{}}"#.into(),
        r#"{"schema_version":1,"agreement":{"clauses":[1]}}"#.into(),
        r#"{"schema_version":1,"agreement":{"clauses":[{"text":["x"]}]}}"#.into(),
        r#"{"schema_version":1,"dispute":{"amount_involved":100000000000000000000000}}"#.into(),
        r#"{"schema_version":1,"dispute":{"amount_involved":1.5}}"#.into(),
        r#"{"schema_version":1,"dispute":{"facts":"x"},}"#.into(),
        r#"{"schema_version":1} x"#.into(),
        r#"{"schema_version":1,"dispute":{"facts":"x"#.into(),
        r#"{"schema_version":1,"dispute":{"facts":tru}}"#.into(),
        r#"{"schema_version":1,"dispute":{facts:1}}"#.into(),
        r#"{"schema_version":1,"dispute":{"facts" 1}}"#.into(),
        r#"{"schema_version":1,"dispute":{"facts":"\x"}}"#.into(),
        "{\"schema_version\":1,\"dispute\":{\"facts\":\"a\u{1}b\"}}".into(),
        r#"{"schema_version":1,"#.into(),
        "".into(),
    ];
    for t in &broken {
        let e = model::load(t).expect_err(t);
        let m = e.to_string();
        // The place is named, but for a top level that is not a case at all.
        assert!(
            m.contains("行第") && m.contains("列") || e == model::LoadError::NoVersion,
            "{t:.60}: {m}"
        );
        let words = english_words(&m, &allowed);
        assert!(words.is_empty(), "{t:.60}: English {words:?} in {m}");
    }
}

#[test]
fn utf16_files_are_named_as_such_by_the_cli() {
    let text = std::fs::read_to_string(common::root().join(EXAMPLE)).unwrap();
    for (name, bom, big_endian) in [("le", [0xFF, 0xFE], false), ("be", [0xFE, 0xFF], true)] {
        let mut bytes = bom.to_vec();
        for u in text.encode_utf16() {
            bytes.extend(if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            });
        }
        let path = std::env::temp_dir().join(format!(
            "tiaojie-hostile-{}-{name}.json",
            std::process::id()
        ));
        std::fs::write(&path, bytes).unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_tiaojie"))
            .arg("check")
            .arg(&path)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains("UTF-16") && err.contains("UTF-8"), "{err}");
        let _ = std::fs::remove_file(&path);
    }
}

#[test]
fn the_english_word_check_can_fail() {
    let allowed = allowed_words();
    assert_eq!(
        english_words("类型不对：应为 a sequence", &allowed),
        ["sequence"]
    );
    assert_eq!(english_words("recursion limit exceeded", &allowed).len(), 3);
    // Field names, quoted user text and format names pass.
    assert!(
        english_words(
            "位置「parties[0].sex」：未知取值「robot」（应为：male、female）；JSON 第1行",
            &allowed
        )
        .is_empty()
    );
}
