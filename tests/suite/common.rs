//! Shared helpers for the integration tests: the bundled fonts, fixtures, goldens.
#![allow(dead_code)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use tiaojie::fonts::FontSet;
use tiaojie::model::{self, Case};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled faces (the library's one list, `fonts::bundled`).
pub fn fonts() -> FontSet {
    tiaojie::fonts::bundled().expect("bundled font parses")
}

/// A case from a JSON file (relative to the crate root).
pub fn case(rel: &str) -> Case {
    let text = std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    model::load(&text).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// A fixed "today" so that derived ages never change under the goldens.
pub fn today() -> time::Date {
    time::Date::from_calendar_date(2026, time::Month::November, 23).expect("valid date")
}

/// Compare `actual` with the golden file `tests/golden/<name>`. A missing or different
/// golden fails; only `UPDATE_GOLDEN=1` writes one (after a reviewed change).
pub fn golden(name: &str, actual: &str) {
    let path = root().join("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, actual).expect("write golden");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "golden {} is missing: review the output and run with UPDATE_GOLDEN=1",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        let show = |s: &str| {
            s.lines()
                .skip(line.saturating_sub(2))
                .take(5)
                .collect::<Vec<_>>()
                .join("\n")
        };
        panic!(
            "golden {} differs from line {}:\n--- expected\n{}\n+++ actual\n{}\n(if the change is intended, run with UPDATE_GOLDEN=1 and review the diff)",
            path.display(),
            line + 1,
            show(&expected),
            show(actual)
        );
    }
}

/// Run an external tool, returning (success, stdout + stderr).
pub fn run(tool: &str, args: &[&str]) -> (bool, String) {
    match std::process::Command::new(tool).args(args).output() {
        Ok(o) => (
            o.status.success(),
            format!(
                "{}{}",
                String::from_utf8_lossy(&o.stdout),
                String::from_utf8_lossy(&o.stderr)
            ),
        ),
        Err(e) => panic!("{tool} is not installed ({e}); run `make test`, which installs it"),
    }
}

/// Run an external tool, returning (success, stdout, stderr) apart: for readers whose
/// every line on stderr is a complaint about the file.
pub fn run_split(tool: &str, args: &[&str]) -> (bool, String, String) {
    match std::process::Command::new(tool).args(args).output() {
        Ok(o) => (
            o.status.success(),
            String::from_utf8_lossy(&o.stdout).into_owned(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        ),
        Err(e) => panic!("{tool} is not installed ({e}); run `make test`, which installs it"),
    }
}

pub fn out_dir() -> PathBuf {
    let d = root().join("target/test-out");
    std::fs::create_dir_all(&d).expect("mkdir target/test-out");
    d
}

pub fn path_str(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// Every case file the project ships: fixtures and examples.
pub fn cases() -> Vec<String> {
    let mut v = Vec::new();
    for dir in ["tests/fixtures", "examples"] {
        let mut files: Vec<_> = std::fs::read_dir(root().join(dir))
            .expect("dir")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        v.extend(files.into_iter().map(|p| {
            format!(
                "{dir}/{}",
                p.file_name().and_then(|f| f.to_str()).expect("name")
            )
        }));
    }
    v
}

/// The rule ids in the first column of the rule table of `docs/case-format.md`
/// (`person.age_derived` / `_conflict` names `person.age_conflict` too).
pub fn table_rules() -> BTreeSet<String> {
    let doc =
        std::fs::read_to_string(root().join("docs/case-format.md")).expect("docs/case-format.md");
    let mut lines = doc
        .lines()
        .skip_while(|l| !l.starts_with("| rule | path |"));
    lines.next().expect("the rule table's header");
    let mut rules = BTreeSet::new();
    for line in lines.skip(1).take_while(|l| l.starts_with('|')) {
        let first = line.split('|').nth(1).expect("a first column");
        let mut last = String::new();
        for (i, id) in first.split('`').enumerate() {
            if i % 2 == 0 {
                continue;
            }
            let id = if let Some(suffix) = id.strip_prefix('_') {
                let stem = last.rsplit_once('_').map_or(last.as_str(), |(s, _)| s);
                format!("{stem}_{suffix}")
            } else {
                id.to_string()
            };
            rules.insert(id.clone());
            last = id;
        }
    }
    rules
}
