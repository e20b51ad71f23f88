//! Typesetting quality with the real fonts: in every example and fixture, no justified
//! line adds more than 0.1 em to any gap between characters (so that poppler's
//! `pdftotext` sees no space inside a line of Chinese), except the known loose lines
//! listed in [`UNAVOIDABLE`].

mod common;

use tiaojie::document::{Align, Block, DocKind};
use tiaojie::layout::{Item, Pt, paragraph};

/// The most a justified line may add to one gap, in em.
const BOUND_EM: f32 = 0.1;

/// Lines known to be past the bound, as (case file, text inside the line). They all
/// sit in short numbered items (hanging indent) just before an unbreakable bracketed
/// figure or code (「（¥3,040.00）」, 「（地块编码…）」) or a date; that no breaking can
/// keep them within the bound is NOT yet shown for the real fonts (the property test in
/// `layout::text` shows the breaker meets the bound whenever some breaking does, with
/// fixed widths). A line leaving this list fails `every_listed_exception_still_happens`.
const UNAVOIDABLE: &[(&str, &str)] = &[
    (
        "tests/fixtures/agreement-20-pages.json",
        "户申请人所涉承包地块（地块编码",
    ),
    (
        "examples/consumer-group-refund.json",
        "员卡未消费余额退款人民币",
    ),
    ("examples/family-support.json", "一、自2025年4月起，"),
    (
        "examples/family-support.json",
        "四、贾国庆于2025年3月31日前",
    ),
    (
        "examples/neighbours-water-leak.json",
        "二、林晓峰于2025年6月20日前",
    ),
    (
        "examples/traffic-accident.json",
        "年7月10日前以银行转账方式向赵淑珍",
    ),
];

/// Every case file the project ships: fixtures and examples.
fn cases() -> Vec<String> {
    let mut v = Vec::new();
    for dir in ["tests/fixtures", "examples"] {
        let mut files: Vec<_> = std::fs::read_dir(common::root().join(dir))
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

/// Set every justified paragraph of every case at the type width with the bundled
/// fonts and return the lines past the bound: (case, line text, worst gap in em).
fn loose_lines() -> Vec<(String, String, f32)> {
    let fonts = common::fonts();
    let mut loose = Vec::new();
    let mut lines_seen = 0;
    for rel in cases() {
        let case = common::case(&rel);
        let doc = tiaojie::export::build(&case, DocKind::Agreement, common::today());
        let style = tiaojie::export::style(&case, DocKind::Agreement);
        for block in &doc.blocks {
            let Block::Paragraph(p) = block else {
                continue;
            };
            if p.align != Align::Justify {
                continue;
            }
            let ts = style.role(p.role);
            for line in paragraph::set(p, ts, Pt::ZERO, style.type_width, &fonts) {
                lines_seen += 1;
                let mut text = String::new();
                let mut worst = 0.0_f32;
                for item in &line.items {
                    if let Item::Text(run) = item {
                        text.push_str(&run.text);
                        // `extra` is tracking plus justification (empty when all 0).
                        for e in &run.extra {
                            worst = worst.max((*e - ts.tracking).0);
                        }
                    }
                }
                let em = worst / ts.size.0;
                if em > BOUND_EM + 1e-4 {
                    loose.push((rel.clone(), text, em));
                }
            }
        }
    }
    assert!(lines_seen > 100, "only {lines_seen} lines set");
    loose
}

#[test]
fn no_justified_line_adds_more_than_a_tenth_of_an_em_to_a_gap() {
    let unexpected: Vec<String> = loose_lines()
        .into_iter()
        .filter(|(rel, text, _)| {
            !UNAVOIDABLE
                .iter()
                .any(|(r, start)| r == rel && text.contains(start))
        })
        .map(|(rel, text, em)| format!("{rel}: {em:.3} em per gap in 「{text}」"))
        .collect();
    assert!(
        unexpected.is_empty(),
        "loose lines:\n{}",
        unexpected.join("\n")
    );
}

#[test]
fn every_listed_exception_still_happens() {
    let loose = loose_lines();
    for (rel, start) in UNAVOIDABLE {
        assert!(
            loose
                .iter()
                .any(|(r, text, _)| r == rel && text.contains(start)),
            "{rel}: 「{start}」 is no longer loose; remove it from UNAVOIDABLE"
        );
    }
}
