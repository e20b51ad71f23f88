//! The committed JSON Schema (`docs/case.schema.json`) is the one generated from the
//! types. A stale or missing file fails; `UPDATE_GOLDEN=1 cargo test --test model_schema`
//! rewrites it.

use std::path::Path;

#[test]
fn committed_schema_matches_the_types() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/case.schema.json");
    let generated = tiaojie::model::schema_json();
    if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} is missing; run with UPDATE_GOLDEN=1", path.display()));
    assert!(
        committed == generated,
        "docs/case.schema.json is stale; run `UPDATE_GOLDEN=1 cargo test --test model_schema` and review the diff"
    );
}

#[test]
fn schema_describes_flattened_parties_and_the_version() {
    let schema: serde_json::Value = serde_json::from_str(&tiaojie::model::schema_json()).unwrap();
    assert_eq!(schema["title"], "Case");
    assert!(schema["properties"]["schema_version"].is_object());
    let party = &schema["$defs"]["Party"];
    assert_eq!(party["unevaluatedProperties"], false);
    let variants = party["oneOf"].as_array().expect("person | organisation");
    assert_eq!(variants.len(), 2);
    assert!(
        variants
            .iter()
            .all(|v| v["properties"]["type"]["const"].is_string())
    );
}
