//! Golden files for the three stages: the Document IR (JSON), the frames (text dump)
//! and printpdf's op lists (one op per line) — never PDF bytes, which carry a random
//! document id. A missing golden fails; `UPDATE_GOLDEN=1` writes them after review.
//! Keyed by case and form: `<case>.<form key>.<stage>`, for every single form of the
//! one list (`tiaojie::document::forms::FORMS`) — a new form gets its goldens by being listed.

use crate::common;

use tiaojie::document::DocKind;
use tiaojie::layout::frame::dump;

/// Golden name and case file. The group cases are the 121-party consumer refund
/// (`examples/consumer-group-refund.json`) with `settings.roster` set: `inline` (the
/// 120-party signature grid) and `auto` (the 附表).
const CASES: [(&str, &str, Goldens); 14] = [
    ("skeleton", "examples/skeleton.json", Goldens::EveryForm),
    (
        "agreement-2-pages",
        "tests/fixtures/agreement-2-pages.json",
        Goldens::EveryForm,
    ),
    ("empty", "tests/fixtures/empty.json", Goldens::EveryForm),
    // An organisation with an agent, a confirmation application, every record.
    (
        "traffic",
        "examples/traffic-accident.json",
        Goldens::EveryForm,
    ),
    (
        "group-inline",
        "tests/fixtures/group-inline.json",
        Goldens::Group,
    ),
    (
        "group-annex",
        "tests/fixtures/group-annex.json",
        Goldens::Group,
    ),
    // The local variants no example uses: the traffic case (an organisation with a
    // 负责人, a lawyer agent) with 〇-style dates and 「第 X 页 共 Y 页」
    // (`first_page_number` 3, which that style does not use; the 卷宗's parts
    // unnumbered) …
    (
        "settings-chinese-dates-of-total",
        "tests/fixtures/settings-chinese-dates-of-total.json",
        Goldens::EveryForm,
    ),
    // … and the medical case (a hospital with a 法定代表人, agents who are a near
    // relative, a lawyer and an employee) without the 身份证号 lines
    // (`print_id_number: false`), numbered top right (the 卷宗's parts
    // 「第 X 页 共 Y 页」).
    (
        "settings-top-right",
        "tests/fixtures/settings-top-right.json",
        Goldens::IrAndFrames,
    ),
    // Every other example: the IR and frames of every form (the op lists of the
    // cases above already pin the PDF stage).
    (
        "family-support",
        "examples/family-support.json",
        Goldens::IrAndFrames,
    ),
    (
        "land-contract",
        "examples/land-contract.json",
        Goldens::IrAndFrames,
    ),
    (
        "medical-dispute",
        "examples/medical-dispute.json",
        Goldens::IrAndFrames,
    ),
    (
        "migrant-wages",
        "examples/migrant-wages.json",
        Goldens::IrAndFrames,
    ),
    (
        "neighbours-water-leak",
        "examples/neighbours-water-leak.json",
        Goldens::IrAndFrames,
    ),
    (
        "property-management",
        "examples/property-management.json",
        Goldens::IrAndFrames,
    ),
];

/// Which goldens a case has.
#[derive(Clone, Copy, PartialEq)]
enum Goldens {
    /// All three stages of every single form of the list.
    EveryForm,
    /// The IR and the frames of every single form of the list.
    IrAndFrames,
    /// The 121-party cases: the agreement and the confirmation application (and, with
    /// the 附表, the 人民调解申请书), and only their IR and frames (their op lists would
    /// add megabytes and say nothing more).
    Group,
}

/// Every (case, form) pair with a golden.
fn matrix(stage: &str) -> impl Iterator<Item = (String, &'static str, DocKind)> + '_ {
    CASES.into_iter().flat_map(move |(name, path, goldens)| {
        DocKind::all()
            .filter(|k| !k.is_bundle())
            .filter(move |k| match goldens {
                Goldens::EveryForm => true,
                Goldens::IrAndFrames => stage != "ops",
                // The application of the 附表 case too: one line for the group, its
                // roster and signature table.
                Goldens::Group => {
                    stage != "ops"
                        && (matches!(k.key(), "agreement" | "confirmation")
                            || (name == "group-annex" && k.key() == "application"))
                }
            })
            .map(move |k| (format!("{name}.{}", k.key()), path, k))
    })
}

#[test]
fn document_ir_matches_its_golden() {
    for (name, path, kind) in matrix("ir") {
        let docs = tiaojie::pipeline::build(&common::case(path), kind, common::today());
        let json = match docs.as_slice() {
            [one] => serde_json::to_string_pretty(one),
            many => serde_json::to_string_pretty(many),
        }
        .expect("IR serialises");
        common::golden(&format!("{name}.ir.json"), &(json + "\n"));
    }
}

#[test]
fn frames_match_their_golden() {
    let fonts = common::fonts();
    for (name, path, kind) in matrix("frames") {
        let (_, pages) =
            tiaojie::pipeline::pages(&common::case(path), kind, common::today(), &fonts);
        common::golden(&format!("{name}.frames.txt"), &dump(&pages));
    }
}

#[test]
fn pdf_ops_match_their_golden() {
    let fonts = common::fonts();
    for (name, path, kind) in matrix("ops") {
        let (_, pages) =
            tiaojie::pipeline::pages(&common::case(path), kind, common::today(), &fonts);
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
    let a = tiaojie::pipeline::pages(&case, DocKind::Agreement, common::today(), &fonts).1;
    let b = tiaojie::pipeline::pages(&case, DocKind::Agreement, common::today(), &fonts).1;
    assert_eq!(a, b);
    assert!(
        a.len() >= 15,
        "the 20-page fixture fills many pages ({})",
        a.len()
    );
}
