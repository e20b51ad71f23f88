//! Browser plumbing: fetch a file with progress, save bytes as a download, read the
//! clock. Errors come back as Chinese messages for the status line, never panics.

use super::i18n::{Lang, fmt, t};
use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, HtmlAnchorElement, ReadableStreamDefaultReader, Response, Url,
};

fn js_err(context: &str, e: JsValue) -> String {
    let detail = e
        .as_string()
        .or_else(|| js_sys::JSON::stringify(&e).ok().and_then(|s| s.as_string()))
        .unwrap_or_default();
    fmt(Lang::Zh, "{context}（{detail}）", &[&context, &detail])
}

/// Fetch `url`, calling `progress(loaded, total)` as bytes arrive.
pub async fn fetch_bytes(
    url: &str,
    mut progress: impl FnMut(u64, Option<u64>),
) -> Result<Vec<u8>, String> {
    let window = web_sys::window().ok_or(t(Lang::Zh, "没有浏览器窗口"))?;
    let resp = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| js_err(t(Lang::Zh, "字体下载失败，请检查网络后重试"), e))?;
    let resp: Response = resp
        .dyn_into()
        .map_err(|e| js_err(t(Lang::Zh, "字体下载失败"), e))?;
    if !resp.ok() {
        return Err(fmt(
            Lang::Zh,
            "字体下载失败：服务器返回 {status}（{url}）",
            &[&resp.status(), &url],
        ));
    }
    let total = resp
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|s| s.parse::<u64>().ok());
    let Some(body) = resp.body() else {
        let buf = JsFuture::from(
            resp.array_buffer()
                .map_err(|e| js_err(t(Lang::Zh, "字体下载失败"), e))?,
        )
        .await
        .map_err(|e| js_err(t(Lang::Zh, "字体下载失败"), e))?;
        return Ok(Uint8Array::new(&buf).to_vec());
    };
    let reader: ReadableStreamDefaultReader = body
        .get_reader()
        .dyn_into()
        .map_err(|e| js_err(t(Lang::Zh, "字体下载失败"), e.into()))?;
    let mut out = Vec::with_capacity(total.unwrap_or(0) as usize);
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|e| js_err(t(Lang::Zh, "字体下载中断，请重试"), e))?;
        if Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true)
        {
            break;
        }
        if let Ok(value) = Reflect::get(&chunk, &"value".into()) {
            out.extend(Uint8Array::new(&value).to_vec());
        }
        progress(out.len() as u64, total);
    }
    Ok(out)
}

/// Offer `bytes` to the user as a file download named `file_name`.
pub fn save(bytes: &[u8], file_name: &str, mime: &str) -> Result<(), String> {
    let array = Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let opts = BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &opts)
        .map_err(|e| js_err(t(Lang::Zh, "无法保存文件"), e))?;
    let url = Url::create_object_url_with_blob(&blob)
        .map_err(|e| js_err(t(Lang::Zh, "无法保存文件"), e))?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(t(Lang::Zh, "没有页面文档"))?;
    let a: HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| js_err(t(Lang::Zh, "无法保存文件"), e))?
        .dyn_into()
        .map_err(|e| js_err(t(Lang::Zh, "无法保存文件"), e.into()))?;
    a.set_href(&url);
    a.set_download(file_name);
    a.click();
    // Give the browser a moment to start the download before releasing the URL.
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Remove index.html's loading shell (`#boot`, "正在加载…"), painted before the app's
/// wasm arrived, once the app has rendered in its place.
pub fn remove_boot_shell() {
    if let Some(shell) = gloo::utils::document().get_element_by_id("boot") {
        shell.remove();
    }
}

/// Where the interface's language is kept (beside the cases, `hooks/storage.rs`).
const LANG_KEY: &str = "tiaojie.v1.lang";

/// The interface's language kept in this browser; Chinese when none is (or storage is
/// refused).
pub fn stored_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(LANG_KEY).ok().flatten())
        .map(|v| Lang::from_code(&v))
        .unwrap_or_default()
}

/// Keep the interface's language; a refused write only means it is not remembered.
pub fn store_lang(lang: Lang) {
    if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = s.set_item(LANG_KEY, lang.code());
    }
}

/// Set `<html lang>` (screen readers, hyphenation, the fonts the browser picks) and the
/// page title.
pub fn set_html_lang(lang: Lang) {
    let document = gloo::utils::document();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.html_lang());
    }
    document.set_title(t(lang, "人民调解文书生成器"));
}

/// Today's local date.
pub fn today() -> crate::model::Date {
    let d = js_sys::Date::new_0();
    let month = time::Month::try_from(d.get_month() as u8 + 1).unwrap_or(time::Month::January);
    time::Date::from_calendar_date(d.get_full_year() as i32, month, d.get_date() as u8)
        .unwrap_or(time::Date::MIN)
}

/// Seconds since 1970 (UTC).
pub fn now_unix() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

/// Milliseconds from a monotonic clock.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_else(js_sys::Date::now)
}

/// Make a font the user loaded available to the preview under `family` (the name
/// `render::svg::family` gives the user face), so the preview draws its characters
/// with it as the PDF does. A failure only means the preview falls back to a system
/// font; the PDF is unaffected.
pub fn register_font(family: &str, bytes: &[u8]) -> Result<(), String> {
    thread_local! {
        /// The face registered under each family, replaced when its bytes change
        /// (a face fetched by need gains outlines as its slices arrive).
        static REGISTERED: std::cell::RefCell<std::collections::HashMap<String, web_sys::FontFace>> =
            Default::default();
    }
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(t(Lang::Zh, "没有浏览器窗口"))?;
    let face = web_sys::FontFace::new_with_u8_array(family, bytes)
        .map_err(|e| js_err(t(Lang::Zh, "预览无法使用该字体"), e))?;
    document
        .fonts()
        .add(&face)
        .map_err(|e| js_err(t(Lang::Zh, "预览无法使用该字体"), e))?;
    if let Some(old) = REGISTERED.with(|r| r.borrow_mut().insert(family.to_string(), face.clone()))
    {
        let _ = document.fonts().delete(&old);
    }
    // Start decoding now; the preview re-renders when the font is ready anyway.
    let _ = face.load();
    Ok(())
}

/// Whether any of the browser's caches (Cache Storage) holds `url`; false where the
/// browser has none or refuses.
pub async fn cached(url: &str) -> bool {
    let Some(caches) = web_sys::window().and_then(|w| w.caches().ok()) else {
        return false;
    };
    match JsFuture::from(caches.match_with_str(url)).await {
        Ok(v) => !v.is_undefined() && !v.is_null(),
        Err(_) => false,
    }
}

/// The Cache Storage cache `name`, opened.
async fn open_cache(name: &str) -> Result<web_sys::Cache, String> {
    let window = web_sys::window().ok_or(t(Lang::Zh, "没有浏览器窗口"))?;
    let caches = window
        .caches()
        .map_err(|e| js_err(t(Lang::Zh, "浏览器不支持缓存"), e))?;
    JsFuture::from(caches.open(name))
        .await
        .map_err(|e| js_err(t(Lang::Zh, "无法打开缓存"), e))?
        .dyn_into()
        .map_err(|e| js_err(t(Lang::Zh, "无法打开缓存"), e))
}

/// Keep `bytes` (a file named `name`) in Cache Storage under `url`.
pub async fn cache_put(cache: &str, url: &str, name: &str, bytes: &[u8]) -> Result<(), String> {
    let c = open_cache(cache).await?;
    let init = web_sys::ResponseInit::new();
    let headers = web_sys::Headers::new().map_err(|e| js_err(t(Lang::Zh, "无法保存"), e))?;
    // The name is kept percent-encoded: header values must be ASCII.
    let encoded: String = js_sys::encode_uri_component(name).into();
    headers
        .set("x-file-name", &encoded)
        .map_err(|e| js_err(t(Lang::Zh, "无法保存"), e))?;
    init.set_headers(&headers);
    let mut copy = bytes.to_vec();
    let resp = Response::new_with_opt_u8_array_and_init(Some(&mut copy), &init)
        .map_err(|e| js_err(t(Lang::Zh, "无法保存"), e))?;
    JsFuture::from(c.put_with_str(url, &resp))
        .await
        .map_err(|e| js_err(t(Lang::Zh, "无法保存到缓存（空间可能已满）"), e))?;
    Ok(())
}

/// The file kept by [`cache_put`], if any: its name and bytes.
pub async fn cache_get(cache: &str, url: &str) -> Result<Option<(String, Vec<u8>)>, String> {
    let c = open_cache(cache).await?;
    let found = JsFuture::from(c.match_with_str(url))
        .await
        .map_err(|e| js_err(t(Lang::Zh, "无法读取缓存"), e))?;
    let Ok(resp) = found.dyn_into::<Response>() else {
        return Ok(None);
    };
    let name = resp
        .headers()
        .get("x-file-name")
        .ok()
        .flatten()
        .and_then(|n| js_sys::decode_uri_component(&n).ok())
        .map(String::from)
        .unwrap_or_else(|| t(Lang::Zh, "本机字体").into());
    let buf = JsFuture::from(
        resp.array_buffer()
            .map_err(|e| js_err(t(Lang::Zh, "无法读取缓存"), e))?,
    )
    .await
    .map_err(|e| js_err(t(Lang::Zh, "无法读取缓存"), e))?;
    Ok(Some((name, Uint8Array::new(&buf).to_vec())))
}

/// Remove a Cache Storage cache.
pub async fn cache_delete(cache: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or(t(Lang::Zh, "没有浏览器窗口"))?;
    let caches = window
        .caches()
        .map_err(|e| js_err(t(Lang::Zh, "浏览器不支持缓存"), e))?;
    JsFuture::from(caches.delete(cache))
        .await
        .map_err(|e| js_err(t(Lang::Zh, "无法清除缓存"), e))?;
    Ok(())
}

/// Print `bytes` (a PDF) from a hidden frame, with the browser's print dialog.
pub fn print_pdf(bytes: &[u8]) -> Result<(), String> {
    let array = Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let opts = BlobPropertyBag::new();
    opts.set_type("application/pdf");
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &opts)
        .map_err(|e| js_err(t(Lang::Zh, "无法打印"), e))?;
    let url =
        Url::create_object_url_with_blob(&blob).map_err(|e| js_err(t(Lang::Zh, "无法打印"), e))?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(t(Lang::Zh, "没有页面文档"))?;
    if let Some(old) = document.get_element_by_id("print-frame") {
        old.remove();
    }
    let frame: web_sys::HtmlIFrameElement = document
        .create_element("iframe")
        .map_err(|e| js_err(t(Lang::Zh, "无法打印"), e))?
        .dyn_into()
        .map_err(|e| js_err(t(Lang::Zh, "无法打印"), e.into()))?;
    frame.set_id("print-frame");
    frame.set_title(t(Lang::Zh, "打印"));
    let _ = frame.set_attribute(
        "style",
        "position:fixed;right:0;bottom:0;width:0;height:0;border:0",
    );
    let f2 = frame.clone();
    let onload = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(w) = f2.content_window() {
            let _ = w.print();
        }
    });
    frame.set_onload(Some(onload.unchecked_ref()));
    frame.set_src(&url);
    document
        .body()
        .ok_or(t(Lang::Zh, "没有页面文档"))?
        .append_child(&frame)
        .map_err(|e| js_err(t(Lang::Zh, "无法打印"), e))?;
    Ok(())
}
