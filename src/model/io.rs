//! Reading and writing case files: JSON with a `schema_version`. Reading never panics:
//! garbage, a wrong shape or a newer version is a [`LoadError`] naming the place.
//! Older versions are brought up to date one step at a time ([`MIGRATIONS`]); the
//! format and every version are described in `docs/case-format.md`, and the JSON Schema
//! made by [`schema_json`] is committed as `docs/case.schema.json`.

use super::json_path::{self, Step as Seg};
use super::{Case, SCHEMA_VERSION};
use serde_json::{Map, Value, json};

/// Why a case file could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON at all.
    #[error("不是有效的 JSON 文件（第{line}行第{column}列）：{message}")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// JSON, but not a case: `path` names the place in the user's own file (e.g.
    /// `parties[0].sex`; empty for the top level; for a version-0 file its version-0
    /// field, not the migrated one). `message` is in Chinese and ends with the line and
    /// column.
    #[error("案件文件格式错误，位置「{}」：{message}", if path.is_empty() { "文件顶层" } else { path.as_str() })]
    Shape { path: String, message: String },
    /// Written by a newer version of the program (`found` as the file writes it, which
    /// may be larger than any integer type, e.g. 18446744073709551616).
    #[error(
        "该文件由较新版本生成（格式版本 {found}），本程序只支持到版本 {supported}，请升级后再打开"
    )]
    TooNew { found: String, supported: u32 },
    /// No `schema_version`, or not a number.
    #[error("缺少有效的 schema_version（格式版本号）：案件文件顶层应为一个对象，并含有如 \"schema_version\": {current} 的字段", current = SCHEMA_VERSION)]
    NoVersion,
}

/// The oldest version the current reader reads as it stands: every migration after it
/// only renumbers (version 2 added an optional field), so such a file is read straight
/// from its text; older ones go through [`migrate`].
pub const READ_AS_IS_FROM: u64 = 1;

/// One migration step: a document of version *n* in, version *n + 1* out.
pub type Migration = fn(Value) -> Value;

/// The migration chain: `MIGRATIONS[n]` turns version `n` into version `n + 1`. Its
/// length is always [`SCHEMA_VERSION`].
pub const MIGRATIONS: [Migration; SCHEMA_VERSION as usize] = [v0_to_v1, v1_to_v2];

/// Why a file's bytes are not text the tool reads (UTF-8, with or without a
/// byte-order mark).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    /// UTF-16 (a byte-order mark, or a NUL among the first two bytes, as Windows
    /// Notepad's 「Unicode」 writes).
    #[error("文件是 UTF-16 编码；请在编辑器中另存为 UTF-8 后重试")]
    Utf16,
    /// Not UTF-8: `at` is the first byte that is not (1-based).
    #[error("文件不是 UTF-8 编码的文本（第 {at} 个字节起无法识别）；请另存为 UTF-8 后重试")]
    NotUtf8 { at: usize },
}

/// The text of a file the tool reads (a case file, a backup, a holiday schedule): the
/// one rule the command line and the app both follow. UTF-8 only; a leading byte-order
/// mark is left for the reader to skip; UTF-16 is named as such, with the fix.
pub fn text_of(bytes: &[u8]) -> Result<String, TextError> {
    let utf16 = bytes.starts_with(&[0xFF, 0xFE])
        || bytes.starts_with(&[0xFE, 0xFF])
        || (bytes.len() >= 2 && (bytes[0] == 0 || bytes[1] == 0));
    if utf16 {
        return Err(TextError::Utf16);
    }
    String::from_utf8(bytes.to_vec()).map_err(|e| TextError::NotUtf8 {
        at: e.utf8_error().valid_up_to() + 1,
    })
}

/// Read a case from JSON text, migrating older versions to the current one. A leading
/// UTF-8 byte-order mark (U+FEFF, as Windows Notepad writes it) is ignored.
pub fn load(text: &str) -> Result<Case, LoadError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| LoadError::Syntax {
        line: e.line(),
        column: e.column(),
        message: translate(&strip_position(&e.to_string())),
    })?;
    let version = match value.get("schema_version") {
        Some(Value::Number(n)) => match n.as_u64() {
            Some(v) => v,
            // A whole number too large for any integer type (2^64 and up, read as a
            // float) is from the future too, not missing.
            None => {
                return Err(match n.as_f64().filter(|f| *f >= 1.0 && f.fract() == 0.0) {
                    Some(f) => LoadError::TooNew {
                        found: format!("{f:.0}"),
                        supported: SCHEMA_VERSION,
                    },
                    None => LoadError::NoVersion,
                });
            }
        },
        _ => return Err(LoadError::NoVersion),
    };
    if version > u64::from(SCHEMA_VERSION) {
        return Err(LoadError::TooNew {
            found: version.to_string(),
            supported: SCHEMA_VERSION,
        });
    }
    let mut case: Case = if version >= READ_AS_IS_FROM {
        // Straight from the text, so errors carry a line and column (and a field
        // written twice is refused, which a detour through `Value` would hide).
        // The place of an error is found from its position in the text
        // (`json_path::steps_at`): a path-tracking deserialiser would double the
        // deserialisation code in the app's download.
        serde_json::from_str(text).map_err(|e: serde_json::Error| {
            let offset = json_path::offset_of(text, e.line(), e.column());
            let path = json_path::steps_at(text, offset, is_missing_field(&e));
            let at = (e.line() > 0).then(|| (e.line(), e.column()));
            shape_error(&path, &e, at)
        })?
    } else {
        let original = value.clone();
        let migrated = migrate(value, version).to_string();
        serde_json::from_str(&migrated).map_err(|e: serde_json::Error| {
            // Name the place in the user's version-0 file, and find it in the text.
            let in_v1 = json_path::steps_at(
                &migrated,
                json_path::offset_of(&migrated, e.line(), e.column()),
                is_missing_field(&e),
            );
            let path = v0_path(&original, in_v1);
            let at = json_path::locate(text, &path);
            shape_error(&path, &e, at)
        })?
    };
    case.schema_version = SCHEMA_VERSION;
    Ok(case)
}

/// A serde_json error in the user's words, without its position (which the caller
/// states as 「第 n 行第 m 列」): used for the other files the tool reads (the holiday
/// schedule).
pub fn json_error_words(e: &serde_json::Error) -> String {
    translate(&strip_position(&e.to_string()))
}

/// Does serde report a field missing from an object (the place is the object)?
fn is_missing_field(e: &serde_json::Error) -> bool {
    e.to_string().starts_with("missing field ")
}

fn shape_error(path: &[Seg], inner: &serde_json::Error, at: Option<(usize, usize)>) -> LoadError {
    let mut message = translate(&strip_position(&inner.to_string()));
    if let Some((line, column)) = at {
        message.push_str(&format!("（第{line}行第{column}列）"));
    }
    LoadError::Shape {
        path: json_path::text(path),
        message,
    }
}

/// The place in a version-0 document `v0` of what its migration to version 1 put at
/// `path` ([`v0_to_v1`] in reverse): `agreement.clauses[0]` is the version-0
/// `clause`, `agreement.facts` and `dispute.facts` its `facts`, `committee.name` its
/// `committee` string, `parties[i].name` its `parties[i]` string.
fn v0_path(v0: &Value, path: Vec<Seg>) -> Vec<Seg> {
    let key = |k: &str| Seg::Key(k.to_string());
    let had = |k: &str| v0.get(k).is_some();
    let is_string = |v: Option<&Value>| matches!(v, Some(Value::String(_)));
    match path.as_slice() {
        [Seg::Key(p), Seg::Index(i), ..]
            if p == "parties" && is_string(v0.get("parties").and_then(|a| a.get(*i))) =>
        {
            path[..2].to_vec()
        }
        [Seg::Key(c), ..] if c == "committee" && is_string(v0.get("committee")) => {
            vec![key("committee")]
        }
        [Seg::Key(a), Seg::Key(c), Seg::Index(i), rest @ ..]
            if a == "agreement" && c == "clauses" && had("clause") =>
        {
            if *i == 0 {
                let mut out = vec![key("clause")];
                if !is_string(v0.get("clause")) {
                    out.extend_from_slice(rest);
                }
                out
            } else {
                let mut out = vec![key("agreement"), key("clauses"), Seg::Index(i - 1)];
                out.extend_from_slice(rest);
                out
            }
        }
        [Seg::Key(a), Seg::Key(f), ..]
            if (a == "agreement" || a == "dispute")
                && f == "facts"
                && had("facts")
                && v0.get(a.as_str()).and_then(|x| x.get("facts")).is_none() =>
        {
            vec![key("facts")]
        }
        _ => path,
    }
}

/// serde_json appends 「 at line L column C」 to its messages; the position is given
/// separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// serde_json's own messages (syntax errors), in Chinese.
const SYNTAX_MESSAGES: [(&str, &str); 23] = [
    (
        "EOF while parsing a list",
        "文件意外结束：数组（[…]）没有写完",
    ),
    (
        "EOF while parsing an object",
        "文件意外结束：对象（{…}）没有写完",
    ),
    (
        "EOF while parsing a string",
        "文件意外结束：字符串缺少结尾的双引号",
    ),
    ("EOF while parsing a value", "文件意外结束（可能不完整）"),
    ("expected `:`", "此处应为冒号「:」"),
    ("expected `,` or `]`", "此处应为逗号「,」或「]」"),
    ("expected `,` or `}`", "此处应为逗号「,」或「}」"),
    ("expected ident", "无法识别的词（应为 true、false 或 null）"),
    (
        "expected value",
        "此处应为一个值（字符串、数字、对象、数组、true、false 或 null）",
    ),
    ("expected `\"`", "此处应为双引号「\"」（字段名须加双引号）"),
    (
        "invalid escape",
        "字符串中有无效的转义：反斜杠「\\」后只能是 \" \\ / b f n r t u",
    ),
    ("invalid number", "数字写法无效"),
    ("number out of range", "数字超出范围（太大）"),
    (
        "invalid unicode code point",
        "\\u 转义不是有效的 Unicode 字符",
    ),
    (
        "control character (\\u0000-\\u001F) found while parsing a string",
        "字符串中有未转义的控制字符（换行应写作 \\n，制表符应写作 \\t）",
    ),
    ("key must be a string", "字段名必须是加双引号的字符串"),
    (
        "invalid value: expected key to be a number in quotes",
        "此处的字段名应为加双引号的数字",
    ),
    (
        "float key must be finite (got NaN or +/-inf)",
        "此处的字段名应为有限的数字",
    ),
    (
        "lone leading surrogate in hex escape",
        "\\u 转义中有不成对的代理项（UTF-16 高位代理后须紧跟低位代理）",
    ),
    ("trailing comma", "多余的逗号（最后一项后不能有逗号）"),
    ("trailing characters", "JSON 内容结束后还有多余的字符"),
    (
        "unexpected end of hex escape",
        "\\u 转义不完整（\\u 后应有四位十六进制数字）",
    ),
    ("recursion limit exceeded", "嵌套层数过多（超过 128 层）"),
];

/// The text between the first pair of backticks of `s`.
fn between(s: &str) -> Option<String> {
    let a = s.find('`')?;
    let b = s[a + 1..].find('`')? + a + 1;
    Some(s[a + 1..b].to_string())
}

/// serde's messages in Chinese: the syntax errors of [`SYNTAX_MESSAGES`] and the data
/// errors (unknown, missing or duplicate field, unknown variant, wrong type, value or
/// length). Messages of the program's own (already Chinese) are kept as they are; an
/// English message not known here becomes a general one rather than reach the user.
fn translate(message: &str) -> String {
    if let Some((_, zh)) = SYNTAX_MESSAGES.iter().find(|(en, _)| *en == message) {
        return (*zh).to_string();
    }
    if message.starts_with("EOF while parsing") {
        return "文件意外结束（可能不完整）".into();
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let name = between(rest).unwrap_or_default();
        return match rest.split_once(", expected ") {
            Some((_, expected)) => format!("未知字段「{name}」（允许的字段：{}）", names(expected)),
            None => format!("未知字段「{name}」（此处不允许任何字段）"),
        };
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let name = between(rest).unwrap_or_default();
        return match rest.split_once(", expected ") {
            Some((_, expected)) => format!("未知取值「{name}」（应为：{}）", names(expected)),
            None => format!("未知取值「{name}」"),
        };
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        return format!("缺少必填字段「{}」", between(rest).unwrap_or_default());
    }
    if let Some(rest) = message.strip_prefix("duplicate field ") {
        return format!(
            "字段「{}」出现了不止一次（每个字段只能写一次）",
            between(rest).unwrap_or_default()
        );
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        if too_large(found, expected) {
            return format!("数字过大：应为{}", expected_zh(expected));
        }
        return format!(
            "类型不对：应为{}，实为{}",
            expected_zh(expected),
            found_zh(found)
        );
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        if integer_type(expected).is_some() && found.starts_with("integer ") {
            return format!(
                "数字超出范围：应为{}，实为{}",
                expected_zh(expected),
                found_zh(found)
            );
        }
        return format!(
            "取值不对：应为{}，实为{}",
            expected_zh(expected),
            found_zh(found)
        );
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        let (n, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return format!("数组长度 {n} 不对：应为{}", expected_zh(expected));
    }
    if message.bytes().any(|b| b.is_ascii_alphabetic()) && message.is_ascii() {
        return "内容不符合案件文件格式".into();
    }
    message.to_string()
}

/// 「`a`, `b` or `c`」 / 「one of `a`, `b`」 as 「a、b 或 c」.
fn names(expected: &str) -> String {
    expected
        .trim_start_matches("one of ")
        .replace("` or `", "`、`")
        .replace("`, `", "`、`")
        .replace('`', "")
}

/// The range of an integer type serde names (`u32`, `i64`…), if it is one.
fn integer_type(expected: &str) -> Option<(i128, i128)> {
    Some(match expected {
        "u8" => (0, u8::MAX.into()),
        "u16" => (0, u16::MAX.into()),
        "u32" => (0, u32::MAX.into()),
        "u64" | "usize" => (0, u64::MAX.into()),
        "i8" => (i8::MIN.into(), i8::MAX.into()),
        "i16" => (i16::MIN.into(), i16::MAX.into()),
        "i32" => (i32::MIN.into(), i32::MAX.into()),
        "i64" | "isize" => (i64::MIN.into(), i64::MAX.into()),
        _ => return None,
    })
}

/// Whether `found` is a whole number too large for the integer `expected` (serde_json
/// reads integers beyond 64 bits as floats).
fn too_large(found: &str, expected: &str) -> bool {
    let Some(n) = found
        .strip_prefix("floating point `")
        .and_then(|r| r.strip_suffix('`'))
    else {
        return false;
    };
    let f: f64 = n.parse().unwrap_or(0.0);
    integer_type(expected).is_some() && f.fract() == 0.0 && f.abs() >= 9.2e18
}

/// What serde expected, in Chinese (as 「应为…」 continues).
fn expected_zh(expected: &str) -> String {
    if let Some((lo, hi)) = integer_type(expected) {
        return if lo == 0 {
            format!("非负整数（0 至 {hi}）")
        } else {
            format!("整数（{lo} 至 {hi}）")
        };
    }
    let e = expected.trim();
    let zh = match e {
        "a sequence" => "数组（[…]）",
        "a string" | "a borrowed string" | "string" => "字符串",
        "a boolean" | "bool" => "布尔值（true 或 false）",
        "a map" => "对象（{…}）",
        "f32" | "f64" => "数字",
        "char" | "a character" => "单个字符",
        "unit" => "null",
        "option" => "一个值或 null",
        "field identifier" => "字段名",
        "variant identifier" => "规定的取值之一",
        "" => "规定的类型",
        _ if e.starts_with("internally tagged enum ") => "含 \"type\" 字段的对象",
        _ if e.starts_with("struct ") || e.starts_with("a struct") => "对象（{…}）",
        _ if e.starts_with("enum ") => "规定的取值之一",
        _ if e.starts_with("a tuple") || e.starts_with("tuple") => "数组（[…]）",
        _ if e.starts_with('`') => return format!(" {}", names(e)),
        // The program's own wording (e.g. the amount's), already Chinese.
        _ if !e.is_ascii() => return e.to_string(),
        _ => "规定的类型",
    };
    zh.to_string()
}

/// What serde found instead, in Chinese (as 「实为…」 continues).
fn found_zh(found: &str) -> String {
    let quoted = |prefix: &str| {
        found
            .strip_prefix(prefix)
            .map(|r| r.trim_matches('`').to_string())
    };
    if let Some(v) = quoted("integer ") {
        return format!("整数 {v}");
    }
    if let Some(v) = quoted("floating point ") {
        return format!("小数 {v}");
    }
    if let Some(v) = quoted("boolean ") {
        return format!("布尔值 {v}");
    }
    if let Some(v) = quoted("character ") {
        return format!("字符「{v}」");
    }
    if let Some(v) = found.strip_prefix("string ") {
        return format!("字符串 {v}");
    }
    match found {
        "null" | "unit" => "null".into(),
        "map" => "对象（{…}）".into(),
        "sequence" => "数组（[…]）".into(),
        "byte array" => "字节串".into(),
        "unit variant" | "newtype variant" | "tuple variant" | "struct variant" | "enum" => {
            "枚举值".into()
        }
        _ if found.is_ascii() => "其他类型的值".into(),
        _ => found.to_string(),
    }
}

/// Bring a document of `version` up to the current version, one step at a time.
pub fn migrate(mut value: Value, version: u64) -> Value {
    let start = usize::try_from(version).unwrap_or(usize::MAX);
    for step in MIGRATIONS.iter().skip(start) {
        value = step(value);
    }
    value
}

/// Version 0 → 1. Version 0 is the pre-release skeleton shape (`docs/case-format.md`):
///
/// - `parties`: plain names (`["张三", "李四"]`); the first is the applicant, the rest
///   respondents, all natural persons, with ids `p1`, `p2`, …; an element that is
///   already an object is kept as it is;
/// - `clause`: the agreement's one clause as a string (version 1: `agreement.clauses`);
/// - `facts`: the dispute facts as a string (version 1: `agreement.facts`, and
///   `dispute.facts` when that is empty);
/// - `committee`: the committee's name as a string (version 1: `committee.name`).
///
/// Anything else is left for the version-1 reader to accept or reject by name.
pub fn v0_to_v1(value: Value) -> Value {
    let Value::Object(mut doc) = value else {
        return value;
    };
    if let Some(Value::Array(parties)) = doc.get_mut("parties") {
        let mut n = 0usize;
        for p in parties.iter_mut() {
            n += 1;
            if let Value::String(name) = p {
                let side = if n == 1 { "applicant" } else { "respondent" };
                *p = json!({ "id": format!("p{n}"), "side": side, "type": "person", "name": name });
            }
        }
    }
    let clause = doc.remove("clause");
    let facts = doc.remove("facts");
    if clause.is_some() || facts.is_some() {
        let agreement = doc
            .entry("agreement")
            .or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(a) = agreement {
            if let Some(c) = clause {
                let clause = match c {
                    Value::String(text) => json!({ "text": text }),
                    other => other,
                };
                match a.get_mut("clauses") {
                    Some(Value::Array(list)) => list.insert(0, clause),
                    _ => {
                        a.insert("clauses".into(), Value::Array(vec![clause]));
                    }
                }
            }
            if let Some(f) = facts.clone() {
                a.entry("facts").or_insert(f);
            }
        }
        if let Some(f) = facts {
            let dispute = doc
                .entry("dispute")
                .or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(d) = dispute {
                d.entry("facts").or_insert(f);
            }
        }
    }
    if let Some(Value::String(name)) = doc.get("committee").cloned() {
        doc.insert("committee".into(), json!({ "name": name }));
    }
    doc.insert("schema_version".into(), json!(1));
    Value::Object(doc)
}

/// Version 1 → 2. Version 2 adds `holidays`, the committee's own holiday schedules the
/// case's deadlines depend on (absent means none): a version-1 document is a valid
/// version-2 one as it stands. The number changes so that a release that knows only
/// version 1 refuses a file carrying `holidays` as newer than itself, instead of
/// naming an unknown field.
pub fn v1_to_v2(value: Value) -> Value {
    let Value::Object(mut doc) = value else {
        return value;
    };
    doc.insert("schema_version".into(), json!(2));
    Value::Object(doc)
}

/// Write a case as pretty JSON.
pub fn save(case: &Case) -> String {
    serde_json::to_string_pretty(case).unwrap_or_default()
}

/// The JSON Schema (draft 2020-12) of the current case format, pretty-printed with a
/// final newline: the content of `docs/case.schema.json`.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(Case);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migration_chain_has_one_step_per_version() {
        assert_eq!(MIGRATIONS.len(), SCHEMA_VERSION as usize);
    }

    #[test]
    fn v0_party_names_become_person_parties() {
        let v = v0_to_v1(json!({ "schema_version": 0, "parties": ["张三", "李四", "王五"] }));
        assert_eq!(
            v["parties"][0],
            json!({ "id": "p1", "side": "applicant", "type": "person", "name": "张三" })
        );
        assert_eq!(v["parties"][2]["side"], "respondent");
        assert_eq!(v["parties"][2]["id"], "p3");
        assert_eq!(v["schema_version"], 1);
    }

    #[test]
    fn v0_single_clause_and_facts_move_into_the_agreement() {
        let v = v0_to_v1(
            json!({ "schema_version": 0, "clause": "甲向乙道歉。", "facts": "邻里琐事。", "committee": "某村人民调解委员会" }),
        );
        assert_eq!(
            v["agreement"]["clauses"],
            json!([{ "text": "甲向乙道歉。" }])
        );
        assert_eq!(v["agreement"]["facts"], "邻里琐事。");
        assert_eq!(v["dispute"]["facts"], "邻里琐事。");
        assert_eq!(v["committee"], json!({ "name": "某村人民调解委员会" }));
    }

    #[test]
    fn v0_non_object_is_left_for_the_reader_to_reject() {
        assert_eq!(v0_to_v1(json!([1, 2])), json!([1, 2]));
    }

    #[test]
    fn leading_byte_order_mark_is_ignored() {
        let text =
            "\u{FEFF}{\"schema_version\": 1, \"committee\": {\"name\": \"某村人民调解委员会\"}}";
        let case = load(text).unwrap();
        assert_eq!(case.committee.name, "某村人民调解委员会");
        // Only a leading one: a BOM inside the text is still an error.
        assert!(load("{\"schema_version\": 1}\u{FEFF}").is_err());
    }

    #[test]
    fn serde_messages_are_translated() {
        assert_eq!(translate("missing field `type`"), "缺少必填字段「type」");
        assert!(
            translate("unknown field `x`, expected one of `a`, `b`").starts_with("未知字段「x」")
        );
        assert!(
            translate("unknown variant `robot`, expected `person` or `organisation`")
                .contains("robot")
        );
        assert_eq!(
            strip_position("expected value at line 1 column 2"),
            "expected value"
        );
    }
}
