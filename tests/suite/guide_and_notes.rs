//! Issue 24 item 5: the guide and the notes tell the truth. Every button the guide
//! tells the user to press exists in the interface under that name, and no note says
//! the law *requires* what 人民调解法第二十九条 says an agreement *may* state
//! (「可以载明」).

use std::path::Path;
use tiaojie::document::explain::{GUIDE_JSON, Guide};

/// Every Rust source of the app's interface, concatenated.
fn ui_sources() -> String {
    fn walk(dir: &Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).expect("read src/ui") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push_str(&std::fs::read_to_string(&path).expect("read a source"));
            }
        }
    }
    let mut all = String::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui"),
        &mut all,
    );
    all
}

/// The names the guide quotes right after 「按」 (press) or 「或」 (or) inside a
/// press: 「按「新建案件」（或「按本委员会资料新建」）」 gives both.
fn pressed(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for marker in ["按「", "或「"] {
        let mut rest = text;
        while let Some(at) = rest.find(marker) {
            let after = &rest[at + marker.len()..];
            let Some(end) = after.find('」') else { break };
            out.push(after[..end].to_string());
            rest = &after[end..];
        }
    }
    out
}

#[test]
fn every_button_the_guide_names_is_a_button_of_the_interface() {
    let guide: Guide = serde_json::from_str(GUIDE_JSON).expect("the guide parses");
    let ui = ui_sources();
    let mut named = 0;
    for step in &guide.steps {
        for name in pressed(&step.text) {
            named += 1;
            // A button's label is a literal given to `t(lang, …)` inside a <button>.
            let literal = format!("t(lang, \"{name}\")");
            let is_button = ui.match_indices(&literal).any(|(at, _)| {
                let before = &ui[..at];
                let open = before.rfind("<button").unwrap_or(0);
                let close = before.rfind("</button>").unwrap_or(0);
                open > close
            });
            assert!(
                is_button,
                "the guide's step 「{}」 says to press 「{name}」, which no button is labelled",
                step.title
            );
        }
    }
    assert!(
        named >= 3,
        "the guide names {named} buttons: the scan is broken"
    );
}

#[test]
fn the_guide_scan_finds_pressed_names() {
    assert_eq!(
        pressed("在「案件」页按「新建案件」（或「按本委员会资料新建」），然后按「生成 PDF」。"),
        ["新建案件", "生成 PDF", "按本委员会资料新建"]
    );
}

#[test]
fn no_note_says_the_law_requires_what_article_29_lets_an_agreement_state() {
    let files = [
        (
            "rules.json",
            include_str!("../../src/document/explain/rules.json"),
        ),
        (
            "forms.json",
            include_str!("../../src/document/explain/forms.json"),
        ),
        ("guide.json", GUIDE_JSON),
    ];
    for (name, text) in files {
        let v: serde_json::Value = serde_json::from_str(text).expect("parses");
        let mut strings = Vec::new();
        collect(&v, &mut strings);
        for s in strings {
            for wrong in [
                "法律要求协议书写明",
                "法律要求协议写明",
                "法律规定协议书必须写明",
            ] {
                assert!(
                    !s.contains(wrong),
                    "{name}: 「{s}」 — 人民调解法第二十九条 says the agreement 「可以载明」"
                );
            }
        }
    }
}

fn collect(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect(x, out)),
        serde_json::Value::Object(o) => o.values().for_each(|x| collect(x, out)),
        _ => {}
    }
}
