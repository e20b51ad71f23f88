//! The faces the app fetches by need (`assets/fonts/web/`, cut by
//! `scripts/font_slices.py`): the base and every slice give back the bundled fonts byte
//! for byte; the base alone lays out every form exactly as the whole face does; a PDF
//! asks for exactly the slices its glyphs are in, and with those it is the same file,
//! byte for byte, as with the whole faces. Prints the font bytes (gzip) an example's
//! first export fetches.

use flate2::{Compression, write::GzEncoder};
use std::io::Write;
use tiaojie::document::DocKind;
use tiaojie::fonts::{BUNDLED, FontSet, Sliced, outlines_pending};
use tiaojie::layout::Face;
use tiaojie::render::pdf::ExportError;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const CREATED: i64 = 1_795_000_000;

fn read(path: &str) -> Vec<u8> {
    std::fs::read(format!("{ROOT}/{path}")).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn stem(file: &str) -> &str {
    file.trim_end_matches(".otf")
}

fn base_of(file: &str) -> Vec<u8> {
    read(&format!("assets/fonts/web/{}.base.bin", stem(file)))
}

fn slice_of(file: &str, k: u8) -> Vec<u8> {
    read(&format!("assets/fonts/web/{}.{k}.bin", stem(file)))
}

fn gzip_len(data: &[u8]) -> usize {
    let mut e = GzEncoder::new(Vec::new(), Compression::best());
    e.write_all(data).expect("gzip");
    e.finish().expect("gzip").len()
}

fn whole_faces() -> FontSet {
    let mut f = FontSet::new();
    for (face, file) in BUNDLED {
        f.load(face, &read(&format!("assets/fonts/{file}")), file)
            .expect("bundled face");
    }
    f
}

fn bases() -> FontSet {
    let mut f = FontSet::new();
    for (face, file) in BUNDLED {
        f.load_base(face, &base_of(file), file).expect("base");
    }
    f
}

fn file_of(face: Face) -> &'static str {
    BUNDLED
        .iter()
        .find(|(f, _)| *f == face)
        .map(|(_, n)| *n)
        .expect("bundled")
}

fn examples() -> Vec<(String, tiaojie::model::Case)> {
    let mut out: Vec<_> = std::fs::read_dir(format!("{ROOT}/examples"))
        .expect("examples")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .filter(|p| !p.ends_with("skeleton.json"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("example");
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            (name, tiaojie::model::load(&text).expect("example loads"))
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// The file identifier printpdf draws at random (`/ID[(…)(…)]`, two 32-letter strings)
/// blanked out; everything else must match byte for byte.
fn without_id(pdf: &[u8]) -> Vec<u8> {
    let mut out = pdf.to_vec();
    if let Some(at) = pdf.windows(4).position(|w| w == b"/ID[") {
        let end = pdf[at..]
            .iter()
            .position(|b| *b == b']')
            .map_or(pdf.len(), |e| at + e);
        out[at..end].fill(b'0');
    }
    out
}

fn same_pdf(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && without_id(a) == without_id(b)
}

fn today() -> time::Date {
    time::Date::from_calendar_date(2026, time::Month::November, 23).expect("date")
}

#[test]
fn the_base_and_every_slice_give_back_the_bundled_font_byte_for_byte() {
    for (_, file) in BUNDLED {
        let mut s = Sliced::from_base(&base_of(file)).expect("base");
        assert!(s.count() > 2, "{file} is cut into slices");
        for k in s.missing() {
            assert_eq!(s.fill(&slice_of(file, k)), Ok(k), "{file} slice {k}");
        }
        assert!(s.missing().is_empty());
        assert!(
            s.bytes() == read(&format!("assets/fonts/{file}")),
            "{file}: base + slices differ from the bundled face (run scripts/font_slices.py)"
        );
    }
}

#[test]
fn every_slice_added_in_one_batch_gives_back_the_bundled_face() {
    let mut fonts = bases();
    for (face, file) in BUNDLED {
        let missing: Vec<u8> = fonts
            .missing_slices()
            .into_iter()
            .filter(|m| m.0 == face)
            .map(|m| m.1)
            .collect();
        let files: Vec<Vec<u8>> = missing.iter().map(|&k| slice_of(file, k)).collect();
        let slices: Vec<&[u8]> = files.iter().map(Vec::as_slice).collect();
        assert_eq!(fonts.add_slices(face, &slices), Ok(missing));
        assert!(
            fonts.face(face).and_then(|f| f.sliced_bytes())
                == Some(&read(&format!("assets/fonts/{file}"))[..]),
            "{file}: one batch of every slice differs from the bundled face"
        );
    }
    assert!(fonts.missing_slices().is_empty());
}

#[test]
fn a_foreign_slice_in_a_batch_is_refused_and_the_slices_before_it_stay_filled() {
    let mut fonts = bases();
    let serif = file_of(Face::Serif);
    let (one, two) = (slice_of(serif, 1), slice_of(file_of(Face::Sans), 2));
    let err = fonts.add_slices(Face::Serif, &[&one, &two]).unwrap_err();
    assert_eq!(
        err.to_string(),
        tiaojie::fonts::SliceError::Mismatch.to_string()
    );
    let missing: Vec<u8> = fonts
        .missing_slices()
        .into_iter()
        .filter(|m| m.0 == Face::Serif)
        .map(|m| m.1)
        .collect();
    assert!(!missing.contains(&1) && missing.contains(&2), "{missing:?}");
}

#[test]
fn a_slice_of_another_face_is_refused() {
    let mut fonts = bases();
    let err = fonts
        .add_slice(Face::Serif, &slice_of(file_of(Face::Sans), 1))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        tiaojie::fonts::SliceError::Mismatch.to_string()
    );
}

#[test]
fn the_bases_alone_lay_out_every_form_of_every_example_as_the_whole_faces_do() {
    let (whole, base) = (whole_faces(), bases());
    for (name, case) in examples() {
        for kind in DocKind::all() {
            let a = tiaojie::pipeline::pages(&case, kind, today(), &whole).1;
            let b = tiaojie::pipeline::pages(&case, kind, today(), &base).1;
            assert!(
                a == b,
                "{name} {kind:?}: the layout differs with the bases alone"
            );
        }
    }
}

/// Export with the bases, fetching what the export asks for, as the app does; returns
/// the PDF and the gzip bytes of font data fetched.
fn export_by_need(
    case: &tiaojie::model::Case,
    kind: DocKind,
    fonts: &mut FontSet,
    draft: bool,
) -> (Vec<u8>, Vec<(Face, u8)>) {
    let mut fetched = Vec::new();
    loop {
        match tiaojie::pipeline::pdf_with(case, kind, fonts, today(), draft, CREATED) {
            Ok(out) => return (out.bytes, fetched),
            Err(ExportError::OutlinesPending(need)) => {
                assert!(!need.is_empty());
                // As the app does: one batch per face, parsed once.
                for (face, _) in BUNDLED {
                    let ks: Vec<u8> = need.iter().filter(|n| n.0 == face).map(|n| n.1).collect();
                    if ks.is_empty() {
                        continue;
                    }
                    let files: Vec<Vec<u8>> =
                        ks.iter().map(|&k| slice_of(file_of(face), k)).collect();
                    let slices: Vec<&[u8]> = files.iter().map(Vec::as_slice).collect();
                    assert_eq!(fonts.add_slices(face, &slices).expect("slices fill"), ks);
                }
                for n in need {
                    assert!(!fetched.contains(&n), "asked twice for {n:?}");
                    fetched.push(n);
                }
            }
            Err(e) => panic!("export failed: {e}"),
        }
    }
}

#[test]
fn an_export_by_need_fetches_the_slices_it_draws_and_gives_the_same_pdf_as_the_whole_faces() {
    let whole = whole_faces();
    let base_gzip: usize = BUNDLED.iter().map(|(_, f)| gzip_len(&base_of(f))).sum();
    println!("bases: {base_gzip} bytes gzip");
    let mut worst = 0;
    for (name, case) in examples() {
        let mut fonts = bases();
        for (kind, draft) in [(DocKind::Agreement, false), (DocKind::Agreement, true)] {
            let (pdf, fetched) = export_by_need(&case, kind, &mut fonts, draft);
            let want = tiaojie::pipeline::pdf_with(&case, kind, &whole, today(), draft, CREATED)
                .expect("whole faces export")
                .bytes;
            assert!(
                same_pdf(&pdf, &want),
                "{name} {kind:?}: PDF differs from the whole faces'"
            );
            if !draft {
                let slices: usize = fetched
                    .iter()
                    .map(|(f, k)| gzip_len(&slice_of(file_of(*f), *k)))
                    .sum();
                println!(
                    "{name}: agreement fetches {} bytes gzip ({base_gzip} bases + {slices} in {} slices: {fetched:?})",
                    base_gzip + slices,
                    fetched.len()
                );
                // The group case prints well over a hundred names: not a typical agreement.
                if name != "consumer-group-refund" {
                    worst = worst.max(base_gzip + slices);
                }
            }
        }
        // Once fetched, nothing more is asked for the agreement.
        let (_, pages) = tiaojie::pipeline::pages(&case, DocKind::Agreement, today(), &fonts);
        assert!(outlines_pending(&pages, None, &fonts).is_empty());
    }
    // Issue 14: the first export of a typical agreement fetches at most 1 MB of fonts
    // (each example but the group case measured ~0.72–0.80 MB).
    assert!(
        worst <= 1_000_000,
        "an example's first agreement fetches {worst} bytes of fonts (gzip)"
    );
}

#[test]
fn every_form_of_the_neighbours_example_exports_by_need_identically() {
    let whole = whole_faces();
    let (_, case) = examples()
        .into_iter()
        .find(|(n, _)| n == "neighbours-water-leak")
        .expect("example");
    let mut fonts = bases();
    for kind in DocKind::all() {
        let (pdf, _) = export_by_need(&case, kind, &mut fonts, false);
        let want = tiaojie::pipeline::pdf_with(&case, kind, &whole, today(), false, CREATED)
            .expect("export")
            .bytes;
        assert!(
            same_pdf(&pdf, &want),
            "{kind:?}: PDF differs from the whole faces'"
        );
    }
}
