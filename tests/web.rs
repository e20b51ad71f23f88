//! Browser tests (wasm-bindgen-test in headless Chromium): the app mounts, typing
//! reaches the state, and the pipeline runs inside WebAssembly.
#![cfg(target_arch = "wasm32")]

use tiaojie::document::DocKind;
use tiaojie::fonts::FontSet;
use tiaojie::layout::{FixedMetrics, Item};
use tiaojie::model::{Party, Side};
use tiaojie::ui::state::starter_case;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlButtonElement, HtmlInputElement, InputEvent, InputEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn root() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

#[wasm_bindgen_test]
async fn the_app_mounts_with_its_form_and_export_button() {
    let host = root();
    yew::Renderer::<tiaojie::ui::App>::with_root(host.clone()).render();
    yew::scheduler::flush().await;
    let button: HtmlButtonElement = host.query_selector("#export").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(button.text_content().unwrap(), "生成 PDF");
    assert!(!button.disabled());
    assert!(host.query_selector("#party-0-name").unwrap().is_some());
    assert!(host.query_selector("#clause-0").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn typing_a_name_keeps_it_in_the_field() {
    let host = root();
    yew::Renderer::<tiaojie::ui::App>::with_root(host.clone()).render();
    yew::scheduler::flush().await;
    let input: HtmlInputElement = host.query_selector("#party-1-name").unwrap().unwrap().dyn_into().unwrap();
    input.set_value("欧阳娜娜");
    let init = InputEventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(input.value(), "欧阳娜娜");
}

#[wasm_bindgen_test]
fn layout_runs_in_wasm_and_matches_the_case() {
    let mut case = starter_case();
    case.parties[0] = Party::person("p1", Side::Applicant, "张三");
    let today = time::Date::from_calendar_date(2026, time::Month::November, 23).unwrap();
    let (_, pages) = tiaojie::export::pages(&case, DocKind::Agreement, today, &FixedMetrics);
    assert_eq!(pages.len(), 1);
    let text: String = pages[0]
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Text(r) => Some(r.text.as_str()),
            _ => None,
        })
        .collect();
    assert!(text.contains("人民调解协议书"));
    assert!(text.contains("张三"));
}

#[wasm_bindgen_test]
fn export_without_fonts_is_a_clear_error_not_a_panic() {
    let today = time::Date::from_calendar_date(2026, time::Month::November, 23).unwrap();
    let err = tiaojie::export::pdf(&starter_case(), DocKind::Agreement, &FontSet::new(), today, 0).unwrap_err();
    assert!(!err.to_string().is_empty());
}
