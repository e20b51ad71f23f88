//! Reading and writing case files: JSON with a `schema_version`. Reading never panics:
//! garbage, a wrong shape or a newer version is a [`LoadError`] naming the place.
//! Older versions are brought up to date one step at a time ([`MIGRATIONS`]); the
//! format and every version are described in `docs/case-format.md`, and the JSON Schema
//! made by [`schema_json`] is committed as `docs/case.schema.json`.

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
    /// JSON, but not a case: `path` names the place (e.g. `parties[0].sex`; empty for
    /// the top level). `message` is in Chinese and ends with the line and column when
    /// they are known.
    #[error("案件文件格式错误，位置「{}」：{message}", if path.is_empty() { "文件顶层" } else { path.as_str() })]
    Shape { path: String, message: String },
    /// Written by a newer version of the program.
    #[error(
        "该文件由较新版本生成（格式版本 {found}），本程序只支持到版本 {supported}，请升级后再打开"
    )]
    TooNew { found: u64, supported: u32 },
    /// No `schema_version`, or not a number.
    #[error("缺少有效的 schema_version（格式版本号）：案件文件顶层应为一个对象，并含有如 \"schema_version\": {current} 的字段", current = SCHEMA_VERSION)]
    NoVersion,
}

/// One migration step: a document of version *n* in, version *n + 1* out.
pub type Migration = fn(Value) -> Value;

/// The migration chain: `MIGRATIONS[n]` turns version `n` into version `n + 1`. Its
/// length is always [`SCHEMA_VERSION`].
pub const MIGRATIONS: [Migration; SCHEMA_VERSION as usize] = [v0_to_v1];

/// Read a case from JSON text, migrating older versions to the current one. A leading
/// UTF-8 byte-order mark (U+FEFF, as Windows Notepad writes it) is ignored.
pub fn load(text: &str) -> Result<Case, LoadError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| LoadError::Syntax {
        line: e.line(),
        column: e.column(),
        message: translate(&strip_position(&e.to_string())),
    })?;
    let version = value
        .get("schema_version")
        .and_then(Value::as_u64)
        .ok_or(LoadError::NoVersion)?;
    if version > u64::from(SCHEMA_VERSION) {
        return Err(LoadError::TooNew {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    let mut case: Case = if version == u64::from(SCHEMA_VERSION) {
        // Straight from the text, so errors carry a line and column.
        let mut de = serde_json::Deserializer::from_str(text);
        serde_path_to_error::deserialize(&mut de).map_err(|e| shape_error(e, true))?
    } else {
        serde_path_to_error::deserialize(migrate(value, version))
            .map_err(|e| shape_error(e, false))?
    };
    case.schema_version = SCHEMA_VERSION;
    Ok(case)
}

fn shape_error(e: serde_path_to_error::Error<serde_json::Error>, with_position: bool) -> LoadError {
    let path = e.path().to_string();
    let path = if path == "." { String::new() } else { path };
    let inner = e.inner();
    let mut message = translate(&strip_position(&inner.to_string()));
    if with_position && inner.line() > 0 {
        message.push_str(&format!("（第{}行第{}列）", inner.line(), inner.column()));
    }
    LoadError::Shape { path, message }
}

/// serde_json appends 「 at line L column C」 to its messages; the position is given
/// separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// The common serde messages in Chinese; anything else is kept as it is.
fn translate(message: &str) -> String {
    let between = |s: &str| -> Option<String> {
        let a = s.find('`')?;
        let b = s[a + 1..].find('`')? + a + 1;
        Some(s[a + 1..b].to_string())
    };
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let name = between(rest).unwrap_or_default();
        return match rest.split_once(", expected ") {
            Some((_, expected)) => format!(
                "未知字段「{name}」（允许的字段：{}）",
                expected.replace("one of ", "").replace('`', "")
            ),
            None => format!("未知字段「{name}」（此处不允许任何字段）"),
        };
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let name = between(rest).unwrap_or_default();
        return match rest.split_once(", expected ") {
            Some((_, expected)) => format!(
                "未知取值「{name}」（应为：{}）",
                expected.replace("one of ", "").replace('`', "")
            ),
            None => format!("未知取值「{name}」"),
        };
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        return format!("缺少必填字段「{}」", between(rest).unwrap_or_default());
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
        return format!("类型不对：应为 {expected}，实为 {found}");
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
        return format!("取值不对：应为 {expected}，实为 {found}");
    }
    if message == "EOF while parsing a value" || message.starts_with("EOF while parsing") {
        return "文件意外结束（可能不完整）".into();
    }
    message.to_string()
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
