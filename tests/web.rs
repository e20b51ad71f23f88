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
    let window = web_sys::window().unwrap();
    // Each test starts from an empty browser: no stored case is reopened.
    window.local_storage().unwrap().unwrap().clear().unwrap();
    let document = window.document().unwrap();
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

fn input(host: &Element, id: &str) -> HtmlInputElement {
    host.query_selector(id)
        .unwrap()
        .unwrap_or_else(|| panic!("{id} is shown"))
        .dyn_into()
        .unwrap()
}

/// Open the editor's section `id` (`sec-parties`) as a user does, with a click on its
/// heading: one section is open at a time, and a folded one's fields are not built.
async fn open_section(host: &Element, id: &str) {
    let section: web_sys::HtmlDetailsElement = host
        .query_selector(&format!("#{id}"))
        .unwrap()
        .unwrap_or_else(|| panic!("#{id} is shown"))
        .dyn_into()
        .unwrap();
    if !section.open() {
        let summary: web_sys::HtmlElement = section
            .query_selector("summary")
            .unwrap()
            .unwrap()
            .dyn_into()
            .unwrap();
        summary.click();
        yew::scheduler::flush().await;
    }
    assert!(section.open(), "#{id} opens");
}

/// Type `value` into `field` as a user would (an `input` event that bubbles).
fn type_into(field: &HtmlInputElement, value: &str) {
    field.set_value(value);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    field
        .dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

/// Mount the app and start a new blank case from the case list.
async fn new_case() -> Element {
    let host = root();
    yew::Renderer::<tiaojie::ui::App>::with_root(host.clone()).render();
    yew::scheduler::flush().await;
    button(&host, "#new-blank").click();
    yew::scheduler::flush().await;
    host
}

#[wasm_bindgen_test]
async fn a_new_case_with_errors_blocks_the_final_pdf_and_offers_a_draft() {
    let host = new_case().await;
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
    // Filling the committee's name removes that error from the pre-flight.
    type_into(&input(&host, "#f-committee-name"), "城东街道人民调解委员会");
    yew::scheduler::flush().await;
    let preflight = host.query_selector("#preflight").unwrap().unwrap();
    assert!(
        !preflight
            .text_content()
            .unwrap()
            .contains("人民调解委员会名称"),
        "the error is gone once the name is typed"
    );
}

#[wasm_bindgen_test]
async fn typing_a_name_reaches_the_case_and_shows_in_the_party_heading() {
    let host = new_case().await;
    open_section(&host, "sec-parties").await;
    let name = input(&host, "#f-parties-1-name");
    type_into(&name, "欧阳娜娜");
    yew::scheduler::flush().await;
    // The party's heading is rendered from the case, not from the input.
    let legend = host.query_selector("#f-parties-1 legend").unwrap().unwrap();
    assert_eq!(legend.text_content().unwrap(), "当事人2：欧阳娜娜");
}

#[wasm_bindgen_test]
async fn an_edit_is_in_local_storage_when_the_page_is_hidden() {
    let host = new_case().await;
    open_section(&host, "sec-parties").await;
    type_into(&input(&host, "#f-parties-0-name"), "司马相如");
    yew::scheduler::flush().await;
    // Closing the tab fires pagehide: the save happens then, synchronously.
    let window = web_sys::window().unwrap();
    window
        .dispatch_event(&web_sys::Event::new("pagehide").unwrap())
        .unwrap();
    let storage = window.local_storage().unwrap().unwrap();
    let mut found = false;
    for i in 0..storage.length().unwrap() {
        let key = storage.key(i).unwrap().unwrap();
        if key.starts_with("tiaojie.v1.case.") {
            found |= storage
                .get_item(&key)
                .unwrap()
                .unwrap()
                .contains("司马相如");
        }
    }
    assert!(found, "the typed name is stored");
}

#[wasm_bindgen_test]
async fn ctrl_z_undoes_the_last_edit() {
    let host = new_case().await;
    open_section(&host, "sec-dispute").await;
    let field = input(&host, "#f-dispute-title");
    type_into(&field, "相邻漏水纠纷");
    yew::scheduler::flush().await;
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("z");
    init.set_ctrl_key(true);
    init.set_bubbles(true);
    let doc = web_sys::window().unwrap().document().unwrap();
    doc.dispatch_event(
        &web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap(),
    )
    .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(input(&host, "#f-dispute-title").value(), "");
    assert!(
        !button(&host, "#redo").disabled(),
        "the undone edit can be redone"
    );
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

#[wasm_bindgen_test]
async fn a_case_stored_in_an_older_format_opens_migrated() {
    let host = root();
    // A version-0 case (the first format: party names as a list, one clause) left
    // open in this browser by an older release, with no case index.
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage
        .set_item(
            "tiaojie.v1.case.old",
            r#"{"schema_version": 0, "parties": ["诸葛亮", "司马懿"], "clause": "司马懿向诸葛亮赔礼道歉。"}"#,
        )
        .unwrap();
    storage.set_item("tiaojie.v1.open", "old").unwrap();
    yew::Renderer::<tiaojie::ui::App>::with_root(host.clone()).render();
    yew::scheduler::flush().await;
    open_section(&host, "sec-parties").await;
    assert_eq!(input(&host, "#f-parties-0-name").value(), "诸葛亮");
    assert_eq!(input(&host, "#f-parties-1-name").value(), "司马懿");
    open_section(&host, "sec-agreement").await;
    let clause: web_sys::HtmlTextAreaElement = host
        .query_selector("#f-agreement-clauses-0-text")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(clause.value(), "司马懿向诸葛亮赔礼道歉。");
}
