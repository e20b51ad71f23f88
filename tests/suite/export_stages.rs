//! The stage-timed export (`pipeline::pdf_timed`, what the browser benchmark measures,
//! `benches/web/`) is the export: the same bytes as `pipeline::pdf_with`, with the clock
//! read once at each stage boundary; an export from the font subsets kept from an
//! earlier one writes what subsetting afresh writes; and the paragraphs handed to
//! pdfmake are the document's words.

use crate::common;

use std::cell::Cell;
use tiaojie::document::DocKind;
use tiaojie::pipeline::{self, Stages, TextRole};

/// The PDF with its document id (the trailer's `/ID`, random per file in printpdf)
/// blanked, so two exports of the same pages compare equal byte for byte.
fn without_id(mut pdf: Vec<u8>) -> Vec<u8> {
    let at = pdf
        .windows(4)
        .rposition(|w| w == b"/ID[")
        .expect("the trailer has an /ID");
    let end = at
        + pdf[at..]
            .iter()
            .position(|&b| b == b']')
            .expect("the /ID array closes");
    pdf[at..end].fill(b'0');
    pdf
}

#[test]
fn timed_export_writes_the_same_bytes_as_the_export() {
    let fonts = common::fonts();
    for (file, kind) in [
        ("tests/fixtures/agreement-2-pages.json", DocKind::Agreement),
        ("tests/fixtures/group-inline.json", DocKind::Agreement),
        ("examples/neighbours-water-leak.json", DocKind::Dossier),
    ] {
        let case = common::case(file);
        for draft in [false, true] {
            let plain =
                pipeline::pdf_with(&case, kind, &fonts, common::today(), draft, 7).expect("export");
            let ticks = Cell::new(0.0);
            let clock = || {
                ticks.set(ticks.get() + 1.0);
                ticks.get()
            };
            let (timed, _) =
                pipeline::pdf_timed(&case, kind, &fonts, common::today(), draft, 7, &clock)
                    .expect("timed export");
            assert_eq!(timed.warnings, plain.warnings, "{file} draft={draft}");
            assert!(
                without_id(timed.bytes) == without_id(plain.bytes),
                "{file} draft={draft}: the timed export made different bytes"
            );
        }
    }
}

#[test]
fn each_stage_is_timed_by_one_clock_reading_after_the_last() {
    let fonts = common::fonts();
    let case = common::case("tests/fixtures/agreement-2-pages.json");
    let ticks = Cell::new(0.0);
    // Each reading is 10 after the last: every stage that reads the clock once at its
    // end takes exactly 10.
    let clock = || {
        ticks.set(ticks.get() + 10.0);
        ticks.get()
    };
    let (_, stages) = pipeline::pdf_timed(
        &case,
        DocKind::Agreement,
        &fonts,
        common::today(),
        false,
        0,
        &clock,
    )
    .expect("export");
    assert_eq!(
        stages,
        Stages {
            layout: 10.0,
            prepare: 10.0,
            glyphs: 10.0,
            serialise: 10.0,
        }
    );
    assert_eq!(
        ticks.get(),
        50.0,
        "five readings: the start and four stage ends"
    );
}

#[test]
fn paragraphs_are_the_agreements_title_headings_and_body_in_reading_order() {
    let case = common::case("tests/fixtures/agreement-2-pages.json");
    let paras = pipeline::paragraphs(&case, DocKind::Agreement, common::today());
    let docs = pipeline::build(&case, DocKind::Agreement, common::today());
    assert_eq!(
        paras.first(),
        Some(&(TextRole::Title, docs[0].meta.title.clone())),
        "the title comes first"
    );
    assert!(paras.iter().any(|(r, _)| *r == TextRole::Heading));
    let body: String = paras
        .iter()
        .filter(|(r, _)| *r == TextRole::Body)
        .map(|(_, t)| t.as_str())
        .collect();
    for party in &case.parties {
        assert!(
            body.contains(party.name()),
            "{} is in the body",
            party.name()
        );
    }
    // Every character the pages draw (less the page numbers, which pdfmake numbers
    // itself) is in the paragraphs.
    let (_, pages) = pipeline::pages(&case, DocKind::Agreement, common::today(), &common::fonts());
    let all: String = paras.iter().map(|(_, t)| t.as_str()).collect();
    for page in &pages {
        for item in &page.items {
            if let tiaojie::layout::Item::Text(run) = item {
                for ch in run.text.chars().filter(|c| !c.is_whitespace()) {
                    assert!(
                        all.contains(ch) || ch.is_ascii_digit() || "—－-第页共".contains(ch),
                        "{ch:?} of {:?} is in the paragraphs",
                        run.text
                    );
                }
            }
        }
    }
}

#[test]
fn an_export_from_kept_font_subsets_writes_the_same_bytes_as_one_that_subsets() {
    let fonts = common::fonts();
    let case = common::case("tests/fixtures/agreement-2-pages.json");
    let other = common::case("examples/neighbours-water-leak.json");
    let export = |case| {
        pipeline::pdf(case, DocKind::Agreement, &fonts, common::today(), 0)
            .expect("export")
            .bytes
    };
    tiaojie::render::pdf::forget_font_subsets();
    let subset = export(&case);
    // Another text in between, then the first again (its subsets kept).
    let between = export(&other);
    let kept = export(&case);
    assert!(without_id(kept) == without_id(subset.clone()));
    // And a text whose subsets were never made is not given another text's.
    tiaojie::render::pdf::forget_font_subsets();
    let fresh = export(&other);
    assert!(without_id(fresh) == without_id(between));
}
