//! A character the bundled faces lack is reported with the field it came from and is
//! never drawn as a tofu box; a font the user loads serves it and is embedded as a
//! subset. (Ō, U+014C, is outside GB 2312 and Latin-1, and 塚, a Japanese form, is in
//! neither GB 2312 nor 通用规范汉字表, so the bundle lacks both.)

use crate::common;

use tiaojie::document::DocKind;
use tiaojie::layout::{Face, Metrics};
use tiaojie::model::{Party, Side};
use tiaojie::render::ExportError;

const USER_FONT: &str = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

fn case(name: &str) -> tiaojie::model::Case {
    let mut case = common::case("examples/skeleton.json");
    case.parties[1] = Party::person("p2", Side::Respondent, name);
    case
}

#[test]
fn a_missing_character_is_reported_with_its_field_and_no_pdf_is_made() {
    let fonts = common::fonts();
    assert!(!fonts.has_glyph(Face::Serif, 'Ō'));
    let err = tiaojie::pipeline::pdf(
        &case("大塚Ōta"),
        DocKind::Agreement,
        &fonts,
        common::today(),
        0,
    )
    .unwrap_err();
    let ExportError::MissingGlyphs(missing) = &err else {
        panic!("expected missing glyphs, got {err:?}")
    };
    let chars: Vec<char> = missing.iter().map(|m| m.ch).collect();
    assert_eq!(chars, ['Ō', '塚']);
    for m in missing {
        let fields: Vec<&str> = m.fields.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(fields, ["parties[1].name"]);
    }
    let msg = err.to_string();
    assert!(
        msg.contains("Ō塚") && msg.contains("parties[1].name") && msg.contains("加载"),
        "{msg}"
    );
}

#[test]
fn a_user_font_serves_what_the_bundle_lacks_and_is_embedded_as_a_subset() {
    let mut fonts = common::fonts();
    let bytes =
        std::fs::read(USER_FONT).expect("fonts-dejavu-core is installed by scripts/setup.sh");
    fonts
        .load(Face::User, &bytes, "DejaVuSans.ttf")
        .expect("loads");
    assert_eq!(fonts.resolve(Face::Serif, 'Ō'), Face::User);
    assert_eq!(
        fonts.resolve(Face::Serif, '李'),
        Face::Serif,
        "the bundle still serves what it has"
    );

    let pdf = tiaojie::pipeline::pdf(
        &case("李Ōta"),
        DocKind::Agreement,
        &fonts,
        common::today(),
        0,
    )
    .expect("exports");
    let file = common::out_dir().join("user-font.pdf");
    std::fs::write(&file, &pdf.bytes).expect("write");
    // Without -q: poppler's warnings go to stderr, and there must be none.
    let (ok, text, err) = common::run_split(
        "pdftotext",
        &["-raw", "-enc", "UTF-8", common::path_str(&file), "-"],
    );
    assert!(ok && err.is_empty(), "pdftotext failed or warned:\n{err}");
    assert!(text.contains("李Ōta"), "{text}");
    let (ok, fonts_out) = common::run("pdffonts", &[common::path_str(&file)]);
    assert!(ok);
    let user = fonts_out
        .lines()
        .find(|l| l.starts_with("TJUSER+"))
        .unwrap_or_else(|| panic!("{fonts_out}"));
    assert!(
        user.split_whitespace().rev().take(5).collect::<Vec<_>>()[2..] == ["yes", "yes", "yes"],
        "{user}"
    );
}

#[test]
fn body_text_can_be_set_in_the_users_font_with_the_bundle_behind_it() {
    let mut fonts = common::fonts();
    let bytes =
        std::fs::read(USER_FONT).expect("fonts-dejavu-core is installed by scripts/setup.sh");
    let mut case = case("李Ōta");
    case.settings.page.body_face = tiaojie::model::BodyFace::User;

    // No font loaded yet: the bundled serif sets the body, and the export says so.
    let only_bundled = tiaojie::pipeline::pdf(
        &common::case("examples/skeleton.json"),
        DocKind::Agreement,
        &fonts,
        common::today(),
        0,
    )
    .expect("exports");
    assert!(only_bundled.warnings.is_empty());
    let mut skeleton = common::case("examples/skeleton.json");
    skeleton.settings.page.body_face = tiaojie::model::BodyFace::User;
    let warned = tiaojie::pipeline::pdf(&skeleton, DocKind::Agreement, &fonts, common::today(), 0)
        .expect("exports");
    assert!(
        warned
            .warnings
            .contains(&tiaojie::pipeline::Warning::BodyFontNotLoaded),
        "{:?}",
        warned.warnings
    );

    fonts
        .load(Face::User, &bytes, "DejaVuSans.ttf")
        .expect("loads");
    let (_, pages) = tiaojie::pipeline::pages(&case, DocKind::Agreement, common::today(), &fonts);
    let faces_of = |needle: &str| -> Vec<Face> {
        pages
            .iter()
            .flat_map(|p| &p.items)
            .filter_map(|i| match i {
                tiaojie::layout::Item::Text(r) if r.text.contains(needle) => Some(r.face),
                _ => None,
            })
            .collect()
    };
    // Latin in the body comes from the user's font; Han it lacks from the bundle; the
    // title keeps its own face.
    assert!(faces_of("ta").contains(&Face::User), "{:?}", faces_of("ta"));
    assert!(faces_of("李").iter().all(|f| *f == Face::Serif));
    assert!(
        faces_of("人民调解协议书")
            .iter()
            .all(|f| *f == Face::SerifBold)
    );
    let pdf = tiaojie::pipeline::pdf(&case, DocKind::Agreement, &fonts, common::today(), 0)
        .expect("exports");
    assert!(pdf.warnings.is_empty(), "{:?}", pdf.warnings);
}
