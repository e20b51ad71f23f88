//! Golden files for the three stages: the Document IR (JSON), the frames (text dump)
//! and printpdf's op lists (one op per line) — never PDF bytes, which carry a random
//! document id. A missing golden fails; `UPDATE_GOLDEN=1` writes them after review.

mod common;

use tiaojie::document::DocKind;
use tiaojie::layout::frame::dump;

/// Golden name and case file. The group cases are the 121-party consumer refund
/// (`examples/consumer-group-refund.json`) with `settings.roster` set: `inline` (the
/// 120-party signature grid) and `auto` (the 附表).
const CASES: [(&str, &str); 5] = [
    ("skeleton", "examples/skeleton.json"),
    ("agreement-2-pages", "tests/fixtures/agreement-2-pages.json"),
    ("empty", "tests/fixtures/empty.json"),
    ("group-inline", "tests/fixtures/group-inline.json"),
    ("group-annex", "tests/fixtures/group-annex.json"),
];

#[test]
fn document_ir_matches_its_golden() {
    for (name, path) in CASES {
        let doc = tiaojie::export::build(&common::case(path), DocKind::Agreement, common::today());
        let json = serde_json::to_string_pretty(&doc).expect("IR serialises");
        common::golden(&format!("{name}.ir.json"), &(json + "\n"));
    }
}

#[test]
fn frames_match_their_golden() {
    let fonts = common::fonts();
    for (name, path) in CASES {
        let (_, pages) = tiaojie::export::pages(
            &common::case(path),
            DocKind::Agreement,
            common::today(),
            &fonts,
        );
        common::golden(&format!("{name}.frames.txt"), &dump(&pages));
    }
}

#[test]
fn pdf_ops_match_their_golden() {
    let fonts = common::fonts();
    for (name, path) in CASES {
        let (_, pages) = tiaojie::export::pages(
            &common::case(path),
            DocKind::Agreement,
            common::today(),
            &fonts,
        );
        let mut out = String::new();
        for (n, page) in pages.iter().enumerate() {
            out.push_str(&format!("page {}\n", n + 1));
            for op in tiaojie::render::pdf::page_ops(page) {
                out.push_str(&serde_json::to_string(&op).expect("op serialises"));
                out.push('\n');
            }
        }
        common::golden(&format!("{name}.ops.jsonl"), &out);
    }
}

#[test]
fn layout_is_deterministic() {
    let fonts = common::fonts();
    let case = common::case("tests/fixtures/agreement-20-pages.json");
    let a = tiaojie::export::pages(&case, DocKind::Agreement, common::today(), &fonts).1;
    let b = tiaojie::export::pages(&case, DocKind::Agreement, common::today(), &fonts).1;
    assert_eq!(a, b);
    assert!(
        a.len() >= 15,
        "the 20-page fixture fills many pages ({})",
        a.len()
    );
}
