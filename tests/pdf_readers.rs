//! External oracles: every generated PDF is read by poppler (pdftotext, pdffonts,
//! pdfinfo), MuPDF (mutool) and qpdf, without a single error or warning; its text
//! comes back exactly; its fonts are embedded as subsets with a ToUnicode map.

mod common;

use common::{path_str, run};
use tiaojie::document::DocKind;
use tiaojie::layout::Item;

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Debian's MuPDF prints this for every file, a trivial hand-made one included: it
/// describes the build of mutool (no colour management), not the PDF.
const MUTOOL_BUILD_NOTE: &str = "warning: ICC support is not available";

fn assert_clean(tool: &str, ok: bool, out: &str) {
    assert!(ok, "{tool} failed:\n{out}");
    let lower: String = out
        .lines()
        .filter(|l| l.trim() != MUTOOL_BUILD_NOTE)
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase();
    assert!(
        !lower.contains("error") && !lower.contains("warning"),
        "{tool} complained:\n{out}"
    );
}

#[test]
fn every_pdf_is_clean_in_four_readers_and_its_text_comes_back_exactly() {
    let fonts = common::fonts();
    let out = common::out_dir();
    let cases = common::cases();
    assert!(cases.len() >= 3, "fixtures found: {cases:?}");
    for rel in cases {
        let case = common::case(&rel);
        let (docs, pages) =
            tiaojie::pipeline::pages(&case, DocKind::Agreement, common::today(), &fonts);
        let doc = &docs[0];
        let pdf = tiaojie::pipeline::pdf(
            &case,
            DocKind::Agreement,
            &fonts,
            common::today(),
            1_795_000_000,
        )
        .unwrap_or_else(|e| panic!("{rel}: {e}"));
        assert!(
            pdf.warnings.is_empty(),
            "{rel}: printpdf warned: {:?}",
            pdf.warnings
        );
        let stem = rel.replace('/', "_").replace(".json", "");
        let file = out.join(format!("{stem}.pdf"));
        std::fs::write(&file, &pdf.bytes).expect("write pdf");
        let f = path_str(&file);

        // poppler: text, page by page, equals the frames' text (white space aside:
        // justification and label gaps come back as spaces).
        for (n, page) in pages.iter().enumerate() {
            let p = (n + 1).to_string();
            let (ok, text) = run(
                "pdftotext",
                &["-q", "-raw", "-enc", "UTF-8", "-f", &p, "-l", &p, f, "-"],
            );
            assert!(ok, "{rel}: pdftotext failed");
            let expected: String = page
                .items
                .iter()
                .filter_map(|i| match i {
                    Item::Text(r) => Some(r.text.as_str()),
                    _ => None,
                })
                .collect();
            assert_eq!(
                squash(&text),
                squash(&expected),
                "{rel} page {p}: text does not round-trip"
            );
        }
        let (ok, info) = run("pdfinfo", &[f]);
        assert_clean("pdfinfo", ok, &info);
        assert!(
            info.contains(&format!("Title:           {}", doc.meta.title)),
            "{rel}: title metadata\n{info}"
        );
        if !doc.meta.author.is_empty() {
            assert!(
                info.contains(&format!("Author:          {}", doc.meta.author)),
                "{rel}: author metadata\n{info}"
            );
        }
        if !doc.meta.subject.is_empty() {
            assert!(
                info.contains(&format!("Subject:         {}", doc.meta.subject)),
                "{rel}: subject metadata\n{info}"
            );
        }
        assert!(
            info.lines()
                .any(|l| l.starts_with("CreationDate:") && l.contains("2026")),
            "{rel}: creation date (1 795 000 000 s is in 2026)\n{info}"
        );
        assert!(
            info.contains(&format!("Pages:           {}", pages.len())),
            "{rel}: page count\n{info}"
        );
        assert!(
            info.lines()
                .any(|l| l.starts_with("Page size:") && l.ends_with("(A4)")),
            "{rel}: A4\n{info}"
        );

        let (ok, fonts_out) = run("pdffonts", &[f]);
        assert_clean("pdffonts", ok, &fonts_out);
        let rows: Vec<&str> = fonts_out.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{rel}: no fonts");
        for row in rows {
            let cols: Vec<&str> = row.split_whitespace().collect();
            assert!(
                cols[0].len() > 7 && cols[0].as_bytes()[6] == b'+',
                "{rel}: subset tag in {row}"
            );
            assert!(
                row.contains("CID Type 0C") && row.contains("Identity-H"),
                "{rel}: {row}"
            );
            assert_eq!(
                &cols[cols.len() - 5..cols.len() - 2],
                &["yes", "yes", "yes"],
                "{rel}: emb/sub/uni in {row}"
            );
        }

        let (ok, check) = run("qpdf", &["--check", f]);
        assert!(
            ok && check.contains("No syntax or stream encoding errors found"),
            "{rel}: qpdf\n{check}"
        );
        assert!(
            !check.to_lowercase().contains("warning"),
            "{rel}: qpdf\n{check}"
        );

        let (ok, minfo) = run("mutool", &["info", f]);
        assert_clean("mutool info", ok, &minfo);
        // MuPDF renders every page without complaint (to nowhere) …
        let (ok, draw) = run(
            "mutool",
            &["draw", "-q", "-r", "72", "-o", "/dev/null", "-F", "png", f],
        );
        assert_clean("mutool draw", ok, &draw);
        // … and poppler renders every page to a PNG to look at (target/test-out/).
        let prefix = out.join(&stem);
        let is_png_of =
            |name: &str| name.starts_with(&format!("{stem}-")) && name.ends_with(".png");
        for e in std::fs::read_dir(&out)
            .expect("out dir")
            .filter_map(|e| e.ok())
        {
            if is_png_of(&e.file_name().to_string_lossy()) {
                std::fs::remove_file(e.path()).expect("remove old PNG");
            }
        }
        let (ok, ppm) = run("pdftoppm", &["-r", "60", "-png", f, path_str(&prefix)]);
        assert_clean("pdftoppm", ok, &ppm);
        let pngs = std::fs::read_dir(&out)
            .expect("out dir")
            .filter_map(|e| e.ok())
            .filter(|e| is_png_of(&e.file_name().to_string_lossy()))
            .count();
        assert_eq!(pngs, pages.len(), "{rel}: one PNG per page");
    }
}
