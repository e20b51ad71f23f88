//! External oracles: every generated PDF is read by poppler (pdftotext, pdffonts,
//! pdfinfo), MuPDF (mutool), qpdf and pdf.js (`tests/pdfjs/read.mjs` in node), without
//! a single error or warning; its text comes back exactly, page by page, and carries
//! the case's own words (names, facts, clause text as the JSON has them); its fonts are
//! embedded as subsets with a ToUnicode map.

use crate::common;

use common::{path_str, run, run_split};
use tiaojie::document::DocKind;
use tiaojie::layout::Item;
use tiaojie::model::Case;

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The page numbers `case` prints on its agreement, page by page, as a reader gives
/// them back (squashed): 「—3—」, 「3」 (top right), 「第3页共5页」, or nothing.
fn page_labels(case: &Case, pages: usize) -> Vec<String> {
    use tiaojie::layout::style::PageNumbers;
    let style = tiaojie::pipeline::style(case, DocKind::Agreement);
    (0..pages)
        .map(|i| {
            let n = style.first_page_number as usize + i;
            match style.page_numbers {
                PageNumbers::Official => format!("—{n}—"),
                PageNumbers::TopRight => n.to_string(),
                PageNumbers::OfTotal => format!("第{}页共{pages}页", i + 1),
                PageNumbers::None => String::new(),
            }
        })
        .collect()
}

/// The whole document as a reader gave it back, page by page, without the line that
/// is the page's number, so that a paragraph running over a page break reads on.
fn running_text(case: &Case, pages: &[String]) -> String {
    let labels = page_labels(case, pages.len());
    let mut out = String::new();
    for (page, label) in pages.iter().zip(&labels) {
        let mut dropped = label.is_empty();
        for line in page.lines() {
            let line = squash(line);
            if !dropped && line == *label {
                dropped = true;
                continue;
            }
            out.push_str(&line);
        }
        assert!(
            dropped,
            "page number 「{label}」 not found on its own line:\n{page}"
        );
    }
    out
}

/// The case's own words, as typed in its JSON, that its agreement prints verbatim:
/// every party's name, every agent's name (a party listed in the 附表 of a group case
/// has its agents under the roster), the facts, the responsibility, each clause written
/// as text, the performance. (What each is called, and the words.)
fn case_words(case: &Case) -> Vec<(String, String)> {
    let a = &case.agreement;
    let mut v = Vec::new();
    for (i, p) in case.parties.iter().enumerate() {
        v.push((format!("parties[{i}].name"), p.name().to_string()));
        for (j, g) in p.agents.iter().enumerate() {
            v.push((format!("parties[{i}].agents[{j}].name"), g.name.clone()));
        }
    }
    v.push(("agreement.facts".into(), a.facts.clone()));
    v.push(("agreement.responsibility".into(), a.responsibility.clone()));
    for (i, c) in a.clauses.iter().enumerate() {
        v.push((format!("agreement.clauses[{i}].text"), c.text.clone()));
    }
    v.push(("agreement.performance".into(), a.performance.clone()));
    v.retain(|(_, w)| !w.trim().is_empty());
    v
}

/// Every word of the case is in `pages`, the document as a reader extracted it.
fn assert_has_case_words(rel: &str, reader: &str, case: &Case, pages: &[String]) {
    let text = running_text(case, pages);
    for (field, words) in case_words(case) {
        assert!(
            text.contains(&squash(&words)),
            "{rel}: {reader} does not give back {field} 「{words}」"
        );
    }
}

/// pdf.js's reading of `file`: the text of each page and the document info. pdf.js is one
/// of the four readers the test holds every PDF to: missing, it fails the test (issue 22),
/// never skips it.
fn pdfjs(rel: &str, file: &str) -> (Vec<String>, serde_json::Value) {
    assert!(
        common::root().join("node_modules/pdfjs-dist").is_dir(),
        "pdf.js is missing: node_modules/pdfjs-dist is not installed (run `make test`, which runs `npm ci`)"
    );
    let script = common::root().join("tests/pdfjs/read.mjs");
    let (ok, out, err) = run_split("node", &[path_str(&script), file]);
    assert!(ok, "{rel}: pdf.js could not read the file:\n{err}");
    assert!(err.is_empty(), "{rel}: pdf.js warned:\n{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("read.mjs prints JSON");
    let pages = v["pages"]
        .as_array()
        .expect("pages")
        .iter()
        .map(|p| p.as_str().expect("page text").to_string())
        .collect();
    (pages, v["info"].clone())
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
fn every_pdf_is_clean_in_poppler_mupdf_qpdf_and_pdfjs_and_gives_back_the_case_words() {
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

        // poppler and pdf.js: text, page by page, equals what was laid out (white space
        // aside: justification and label gaps come back as spaces) …
        let laid_out: Vec<String> = pages
            .iter()
            .map(|page| {
                page.items
                    .iter()
                    .filter_map(|i| match i {
                        Item::Text(r) => Some(r.text.as_str()),
                        _ => None,
                    })
                    .collect()
            })
            .collect();
        let mut poppler_pages = Vec::new();
        for (n, expected) in laid_out.iter().enumerate() {
            let p = (n + 1).to_string();
            // Without -q: anything poppler says on stderr is a complaint about the file.
            let (ok, text, err) = run_split(
                "pdftotext",
                &["-raw", "-enc", "UTF-8", "-f", &p, "-l", &p, f, "-"],
            );
            assert!(ok, "{rel}: pdftotext failed:\n{err}");
            assert!(err.is_empty(), "{rel} page {p}: pdftotext warned:\n{err}");
            assert_eq!(
                squash(&text),
                squash(expected),
                "{rel} page {p}: text does not round-trip"
            );
            poppler_pages.push(text);
        }
        // … and the whole document gives back the case's own words.
        assert_has_case_words(&rel, "pdftotext", &case, &poppler_pages);
        {
            let (js_pages, js_info) = pdfjs(&rel, f);
            assert_eq!(js_pages.len(), pages.len(), "{rel}: pdf.js page count");
            for (n, (got, expected)) in js_pages.iter().zip(&laid_out).enumerate() {
                assert_eq!(
                    squash(got),
                    squash(expected),
                    "{rel} page {}: pdf.js text does not round-trip",
                    n + 1
                );
            }
            assert_has_case_words(&rel, "pdf.js", &case, &js_pages);
            assert_eq!(
                js_info["Title"].as_str(),
                Some(doc.meta.title.as_str()),
                "{rel}: pdf.js title"
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
