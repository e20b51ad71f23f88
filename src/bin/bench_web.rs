//! The browser benchmark's wasm entry (`benches/web/index.html`, built by trunk; run
//! with `make bench-browser`, see `docs/performance.md`). It exports to JavaScript:
//!
//! - `load_fonts(serif, bold, sans)`: parse the three bundled faces once into the
//!   [`tiaojie::fonts::FontSet`] every export uses; returns the milliseconds it took;
//! - `export_pdf(case_json, doc)` (`export` is a JavaScript keyword): the PDF of form
//!   `doc` (a form key, e.g. `agreement`, `dossier`) for the case, by the app's export path
//!   ([`tiaojie::pipeline::pdf_timed`], which [`tiaojie::pipeline::pdf_with`] calls),
//!   copied into a `Blob` as the app's download does; returns the bytes;
//! - `forget_font_subsets()`: clear the subsets kept from earlier exports, to time
//!   an export that subsets its fonts (the first export of a text);
//! - `last_stages()`: the stage split of the last `export_pdf`, as JSON (milliseconds);
//! - `paragraphs(case_json, doc)`: the paragraphs the library lays out for that form,
//!   as JSON `[{"role": "title" | "heading" | "body", "text": …}]`, for pdfmake to set
//!   the same words.
//!
//! The library is handed `performance.now()` as its clock; it never calls the browser.

fn main() {}

#[cfg(target_arch = "wasm32")]
mod web {
    use std::cell::RefCell;
    use tiaojie::document::DocKind;
    use tiaojie::fonts::FontSet;
    use tiaojie::layout::Face;
    use tiaojie::pipeline::{self, Stages};
    use wasm_bindgen::prelude::*;

    /// The day the benchmark dates its documents (any fixed day: the same words every
    /// run).
    fn today() -> tiaojie::model::Date {
        tiaojie::model::Date::from_calendar_date(2026, time::Month::November, 23)
            .unwrap_or(time::Date::MIN)
    }

    thread_local! {
        static FONTS: RefCell<FontSet> = RefCell::new(FontSet::new());
        static LAST: RefCell<Option<(Stages, f64)>> = const { RefCell::new(None) };
    }

    fn now() -> f64 {
        web_sys::window()
            .and_then(|w| w.performance())
            .map_or(0.0, |p| p.now())
    }

    fn case_and_kind(
        case_json: &str,
        doc: &str,
    ) -> Result<(tiaojie::model::Case, DocKind), JsValue> {
        let case =
            tiaojie::model::load(case_json).map_err(|e| JsValue::from_str(&format!("{e:?}")))?;
        let kind = DocKind::from_key(doc).ok_or_else(|| JsValue::from_str("unknown form key"))?;
        Ok((case, kind))
    }

    /// Parse the three bundled faces (once); the milliseconds it took.
    #[wasm_bindgen]
    pub fn load_fonts(serif: &[u8], bold: &[u8], sans: &[u8]) -> Result<f64, JsValue> {
        let t0 = now();
        let mut set = FontSet::new();
        for (face, bytes) in [
            (Face::Serif, serif),
            (Face::SerifBold, bold),
            (Face::Sans, sans),
        ] {
            set.load(face, bytes, "bundled")
                .map_err(|e| JsValue::from_str(&e.to_string()))?;
        }
        FONTS.with(|f| *f.borrow_mut() = set);
        Ok(now() - t0)
    }

    /// The PDF of form `doc` for the case, copied into a Blob as the app's download
    /// does; the stage split is kept for [`last_stages`].
    #[wasm_bindgen]
    pub fn export_pdf(case_json: &str, doc: &str) -> Result<js_sys::Uint8Array, JsValue> {
        let (case, kind) = case_and_kind(case_json, doc)?;
        let (out, stages) = FONTS
            .with(|f| pipeline::pdf_timed(&case, kind, &f.borrow(), today(), false, 0, &now))
            .map_err(|e| JsValue::from_str(&e.to_string()))?;
        // The copy out of wasm memory into a Blob, as `ui::browser::save` makes it.
        let t0 = now();
        let array = js_sys::Uint8Array::from(out.bytes.as_slice());
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type("application/pdf");
        web_sys::Blob::new_with_u8_array_sequence_and_options(&js_sys::Array::of1(&array), &opts)?;
        let blob = now() - t0;
        LAST.with(|l| *l.borrow_mut() = Some((stages, blob)));
        Ok(array)
    }

    /// Forget the font subsets of earlier exports, so the next export subsets its fonts
    /// as the first export of a text does.
    #[wasm_bindgen]
    pub fn forget_font_subsets() {
        tiaojie::render::pdf::forget_font_subsets();
    }

    /// The stage split of the last [`export_pdf`] as JSON, in milliseconds: `layout`,
    /// `prepare`, `glyphs` (collection and subsetting), `serialise`, `blob`.
    #[wasm_bindgen]
    pub fn last_stages() -> String {
        LAST.with(|l| match *l.borrow() {
            Some((s, blob)) => format!(
                r#"{{"layout":{},"prepare":{},"glyphs":{},"serialise":{},"blob":{blob}}}"#,
                s.layout, s.prepare, s.glyphs, s.serialise
            ),
            None => "null".into(),
        })
    }

    /// The paragraphs of form `doc` for the case, as JSON `[{"role", "text"}]`.
    #[wasm_bindgen]
    pub fn paragraphs(case_json: &str, doc: &str) -> Result<String, JsValue> {
        let (case, kind) = case_and_kind(case_json, doc)?;
        let list: Vec<serde_json::Value> = pipeline::paragraphs(&case, kind, today())
            .into_iter()
            .map(|(role, text)| serde_json::json!({ "role": role, "text": text }))
            .collect();
        Ok(serde_json::Value::Array(list).to_string())
    }
}
