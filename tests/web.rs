//! Browser tests (wasm-bindgen-test in headless Chromium): the app mounts, typing
//! reaches the state, and the pipeline runs inside WebAssembly.
#![cfg(target_arch = "wasm32")]

use tiaojie::document::DocKind;
use tiaojie::fonts::FontSet;
use tiaojie::layout::Face;
use tiaojie::layout::frame::dump;
use tiaojie::model::{Party, Side};
use tiaojie::ui::state::starter_case;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlButtonElement, HtmlInputElement, InputEvent, InputEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn root() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

/// The button with this id, under `host`.
fn button(host: &Element, id: &str) -> HtmlButtonElement {
    host.query_selector(id)
        .unwrap()
        .unwrap_or_else(|| panic!("{id} is shown"))
        .dyn_into()
        .unwrap()
}

#[wasm_bindgen_test]
async fn a_new_case_with_errors_blocks_the_final_pdf_and_offers_a_draft() {
    let host = root();
    yew::Renderer::<tiaojie::ui::App>::with_root(host.clone()).render();
    yew::scheduler::flush().await;
    // The starter case names no committee (人民调解法 Art. 29): an error.
    let export = button(&host, "#export");
    assert_eq!(export.text_content().unwrap(), "生成 PDF");
    assert!(
        export.disabled(),
        "the final PDF is blocked while the case has errors"
    );
    let draft = button(&host, "#export-draft");
    assert_eq!(draft.text_content().unwrap(), "生成草稿");
    assert!(!draft.disabled());
    let preflight = host.query_selector("#preflight").unwrap().unwrap();
    assert!(
        preflight
            .text_content()
            .unwrap()
            .contains("人民调解委员会名称"),
        "the pre-flight names the error"
    );
    assert!(host.query_selector("#party-0-name").unwrap().is_some());
    assert!(host.query_selector("#clause-0").unwrap().is_some());
    assert!(host.query_selector("#doc-kind").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn typing_a_name_keeps_it_in_the_field() {
    let host = root();
    yew::Renderer::<tiaojie::ui::App>::with_root(host.clone()).render();
    yew::scheduler::flush().await;
    let input: HtmlInputElement = host
        .query_selector("#party-1-name")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value("欧阳娜娜");
    let init = InputEventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(input.value(), "欧阳娜娜");
}

/// The bundled faces, compiled into the test so it needs no server.
fn bundled_fonts() -> FontSet {
    let mut f = FontSet::new();
    f.load(
        Face::Serif,
        include_bytes!("../assets/fonts/NotoSerifSC-Regular.otf"),
        "serif",
    )
    .unwrap();
    f.load(
        Face::SerifBold,
        include_bytes!("../assets/fonts/NotoSerifSC-Bold.otf"),
        "bold",
    )
    .unwrap();
    f.load(
        Face::Sans,
        include_bytes!("../assets/fonts/NotoSansSC-Regular.otf"),
        "sans",
    )
    .unwrap();
    f
}

fn today() -> time::Date {
    time::Date::from_calendar_date(2026, time::Month::November, 23).unwrap()
}

#[wasm_bindgen_test]
fn layout_in_wasm_is_identical_to_the_native_golden() {
    let case = tiaojie::model::load(include_str!("../examples/skeleton.json")).unwrap();
    let (_, pages) = tiaojie::pipeline::pages(&case, DocKind::Agreement, today(), &bundled_fonts());
    assert_eq!(
        dump(&pages),
        include_str!("golden/skeleton.agreement.frames.txt")
    );
}

#[wasm_bindgen_test]
fn a_pdf_is_made_inside_webassembly() {
    let mut case = starter_case();
    case.parties[0] = Party::person("p1", Side::Applicant, "张三");
    let pdf =
        tiaojie::pipeline::pdf(&case, DocKind::Agreement, &bundled_fonts(), today(), 0).unwrap();
    assert!(pdf.bytes.starts_with(b"%PDF-"));
    assert!(pdf.bytes.len() > 5_000);
}

#[wasm_bindgen_test]
fn export_without_fonts_is_a_clear_error_not_a_panic() {
    let err = tiaojie::pipeline::pdf(
        &starter_case(),
        DocKind::Agreement,
        &FontSet::new(),
        today(),
        0,
    )
    .unwrap_err();
    assert!(!err.to_string().is_empty());
}
