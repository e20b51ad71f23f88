//! The loader names the place of a wrong value by its position in the text
//! (`model::json_path`). This checks it against an independent oracle,
//! serde_path_to_error, which tracks the path during deserialisation: every leaf of
//! every example, replaced by a value of the wrong kind, must be reported at the same
//! path by both.

use serde_json::Value;
use tiaojie::model::{Case, LoadError, load};

use crate::common;

/// Every leaf path of a JSON value, with a pointer to change it.
fn leaves(v: &Value, pointer: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                leaves(x, format!("{pointer}/{k}"), out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                leaves(x, format!("{pointer}/{i}"), out);
            }
        }
        _ => out.push(pointer),
    }
}

/// Values `v` cannot be replaced with: another kind, and for a string one no enum, date
/// or amount accepts (refused by custom deserialisers after the value is read, which
/// serde_json places at the next character).
fn wrong(v: &Value) -> Vec<Value> {
    match v {
        Value::String(_) => vec![serde_json::json!(7), serde_json::json!("2025-02-30x")],
        Value::Number(_) => vec![serde_json::json!("七")],
        Value::Bool(_) => vec![serde_json::json!("是")],
        _ => vec![serde_json::json!({"x": 1})],
    }
}

#[test]
fn a_wrong_value_anywhere_is_reported_at_the_path_the_oracle_names() {
    let mut compared = 0;
    let mut mismatches = Vec::new();
    for name in common::cases() {
        let text = std::fs::read_to_string(&name).unwrap();
        if text.len() > 50_000 {
            continue; // the group cases repeat one party 120 times: nothing new, and slow
        }
        let value: Value = serde_json::from_str(&text).unwrap();
        let mut ptrs = Vec::new();
        leaves(&value, String::new(), &mut ptrs);
        let variants = ptrs
            .iter()
            .filter(|p| *p != "/schema_version")
            .flat_map(|p| {
                let bad = wrong(value.pointer(p).unwrap());
                bad.into_iter().map(move |b| (p, b))
            });
        for ((ptr, bad), pretty) in variants.flat_map(|x| [(x.clone(), true), (x, false)]) {
            let mut v = value.clone();
            *v.pointer_mut(ptr).unwrap() = bad;
            let broken = if pretty {
                serde_json::to_string_pretty(&v).unwrap()
            } else {
                serde_json::to_string(&v).unwrap()
            };
            let mut de = serde_json::Deserializer::from_str(&broken);
            let oracle = match serde_path_to_error::deserialize::<_, Case>(&mut de) {
                Ok(_) => continue, // the wrong kind is accepted here (e.g. an integer amount)
                Err(e) => e.path().to_string(),
            };
            let ours = match load(&broken) {
                Err(LoadError::Shape { path, .. }) => path,
                other => panic!("{name} {ptr}: expected a shape error, got {other:?}"),
            };
            compared += 1;
            if ours != oracle {
                mismatches.push(format!("{name} {ptr}: ours {ours}, oracle {oracle}"));
            }
        }
    }
    assert!(compared > 500, "compared {compared}");
    eprintln!("{compared} wrong values, each at the oracle's path");
    assert!(
        mismatches.is_empty(),
        "{} of {compared}:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}
