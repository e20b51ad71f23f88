//! External oracles: every generated PDF is read by poppler (pdftotext, pdffonts,
//! pdfinfo), MuPDF (mutool), qpdf and pdf.js (`tests/pdfjs/read.mjs` in node), without
//! a single error or warning; its text comes back exactly, page by page, and carries
//! the case's own words (names, facts, clause text as the JSON has them); its fonts are
//! embedded as subsets with a ToUnicode map.

mod common;

use common::{path_str, run, run_split};
use tiaojie::document::DocKind;
use tiaojie::layout::Item;
use tiaojie::model::Case;

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// `text` (squashed) without the page numbers a reader extracts with it: 「—3—」 and
/// 「第3页共5页」, so that a paragraph running over a page break reads on.
fn without_page_numbers(text: &str) -> String {
    let chars: Vec<char> = squash(text).chars().collect();
    let digits_from = |i: usize| chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '—' {
            let d = digits_from(i + 1);
            if d > 0 && chars.get(i + 1 + d) == Some(&'—') {
                i += d + 2;
                continue;
            }
        }
        if chars[i] == '第' {
            let d = digits_from(i + 1);
            if d > 0 && chars.get(i + 1 + d) == Some(&'页') && chars.get(i + 2 + d) == Some(&'共')
            {
                let e = digits_from(i + 3 + d);
                if e > 0 && chars.get(i + 3 + d + e) == Some(&'页') {
                    i += 4 + d + e;
                    continue;
                }
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// The case's own words, as typed in its JSON, that its agreement prints verbatim:
/// every party's name, every agent's name, the facts, the responsibility, each clause
/// written as text, the performance. (What each is called, and the words.)
///
/// A party listed in the 附表 of a group case has no party block, and the 附表 has no
/// 委托代理人 column: its agents are not in the agreement (they are in the filing's
/// 授权委托书), so they are not asked for here.
fn case_words(case: &Case) -> Vec<(String, String)> {
    let a = &case.agreement;
    let annexed = tiaojie::document::agreement::annexed_sides(case);
    let mut v = Vec::new();
    for (i, p) in case.parties.iter().enumerate() {
        v.push((format!("parties[{i}].name"), p.name().to_string()));
        if annexed.contains(&p.side) {
            continue;
        }
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

/// Every word of the case is in `text`, the whole document as a reader extracted it.
fn assert_has_case_words(rel: &str, reader: &str, case: &Case, text: &str) {
    let text = without_page_numbers(text);
    for (field, words) in case_words(case) {
        assert!(
            text.contains(&squash(&words)),
            "{rel}: {reader} does not give back {field} 「{words}」"
        );
    }
}

/// pdf.js's reading of `file`: the text of each page and the document info, or `None`
/// (with a message) when `npm install` has not put `pdfjs-dist` into node_modules.
fn pdfjs(rel: &str, file: &str) -> Option<(Vec<String>, serde_json::Value)> {
    if !common::root().join("node_modules/pdfjs-dist").is_dir() {
        eprintln!(
            "SKIPPED pdf.js: node_modules/pdfjs-dist is missing (run `npm ci` or `make test`)"
        );
        return None;
    }
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
    Some((pages, v["info"].clone()))
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
        }
        // … and the whole document gives back the case's own words.
        let (ok, text, err) = run_split("pdftotext", &["-raw", "-enc", "UTF-8", f, "-"]);
        assert!(ok && err.is_empty(), "{rel}: pdftotext:\n{err}");
        assert_has_case_words(&rel, "pdftotext", &case, &text);
        if let Some((js_pages, js_info)) = pdfjs(&rel, f) {
            assert_eq!(js_pages.len(), pages.len(), "{rel}: pdf.js page count");
            for (n, (got, expected)) in js_pages.iter().zip(&laid_out).enumerate() {
                assert_eq!(
                    squash(got),
                    squash(expected),
                    "{rel} page {}: pdf.js text does not round-trip",
                    n + 1
                );
            }
            assert_has_case_words(&rel, "pdf.js", &case, &js_pages.concat());
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
