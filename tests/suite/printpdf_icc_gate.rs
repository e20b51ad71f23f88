//! The vendored printpdf's `icc-profile` gate (`vendor/printpdf/TIAOJIE-PATCH.md`):
//! tiaojie builds printpdf without it, so the 654 KB Coated FOGRA39 profile is not
//! linked into the app, and a document whose conformance would need it is told so
//! instead of getting a PDF without its output intent in silence.

use printpdf::{Mm, PdfConformance, PdfDocument, PdfPage, PdfSaveOptions, PdfWarnMsg};

/// A one-page, empty A4 document with `conformance`, saved as tiaojie saves.
fn save(conformance: PdfConformance) -> (Vec<u8>, Vec<PdfWarnMsg>) {
    let mut doc = PdfDocument::new("icc");
    doc.metadata.info.conformance = conformance;
    let mut warnings = Vec::new();
    let bytes = doc
        .with_pages(vec![PdfPage::new(Mm(210.0), Mm(297.0), Vec::new())])
        .save(&PdfSaveOptions::default(), &mut warnings);
    (bytes, warnings)
}

fn mentions_icc(warnings: &[PdfWarnMsg]) -> bool {
    warnings.iter().any(|w| w.msg.contains("icc-profile"))
}

#[test]
fn a_pdf_x_conformance_gets_a_warning_and_no_embedded_profile() {
    let (bytes, warnings) = save(PdfConformance::X3_2002_PDF_1_3);
    assert!(mentions_icc(&warnings), "{warnings:?}");
    // The profile compresses to about 485 KB; an empty page without it is a few KB.
    assert!(
        bytes.len() < 50_000,
        "{} bytes: the profile was embedded",
        bytes.len()
    );
}

#[test]
fn the_default_conformance_tiaojie_uses_needs_no_profile_and_warns_nothing() {
    let (bytes, warnings) = save(PdfConformance::default());
    assert!(!mentions_icc(&warnings), "{warnings:?}");
    assert!(bytes.starts_with(b"%PDF-"));
}
