//! Browser storage: every case, the case list, the committee profile, in
//! `localStorage`.
//!
//! Why `localStorage` (through web-sys, as gloo-storage does) and not IndexedDB: its
//! writes are synchronous, so the save on `pagehide` — the last moment before a tab
//! closes — completes, and no crate is added to the download. Its quota (about 5 MB per
//! origin in Chromium and Firefox, counted in UTF-16 code units) holds the 120-party
//! group case (about 70,000 characters of JSON) dozens of times and ordinary cases (3–8
//! KB) by the hundred; a full quota is reported, never swallowed, and the backup export
//! is the way out. Cases are stored in the case-file format, so stored data from an
//! older schema is read through the same migration chain as files.

use crate::model::{Case, load, save};
use crate::ui::i18n::{Lang, fmt, t};
use crate::ui::state::{Action, AppState, CaseSummary, Profile};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

const PREFIX: &str = "tiaojie.v1.";
const INDEX: &str = "tiaojie.v1.index";
const PROFILE: &str = "tiaojie.v1.profile";
const OPEN: &str = "tiaojie.v1.open";
/// The form chosen in the editor, and whether its preview was shown: a reload returns
/// to both (issue 24).
const DOC: &str = "tiaojie.v1.doc";
const PREVIEW: &str = "tiaojie.v1.preview";
const CASE: &str = "tiaojie.v1.case.";

/// The browser's storage, or why there is none.
fn storage() -> Result<web_sys::Storage, String> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or_else(|| {
            t(Lang::Zh, "浏览器不允许本地保存（可能处于无痕/隐私模式，或已禁用网站数据）：修改只保留在此页面中，关闭后会丢失。请用「导出备份」保存。").to_string()
        })
}

/// A Chinese message for a refused write.
fn write_error(e: wasm_bindgen::JsValue) -> String {
    let name = e
        .dyn_ref::<web_sys::DomException>()
        .map(|d| d.name())
        .unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        t(
            Lang::Zh,
            "浏览器存储空间已满：最近的修改未能保存。请先「导出备份」，再删除不用的案件。",
        )
        .into()
    } else {
        fmt(
            Lang::Zh,
            "保存失败（{name}）：最近的修改未能保存。请「导出备份」。",
            &[&name],
        )
    }
}

fn set(key: &str, value: &str) -> Result<(), String> {
    storage()?.set_item(key, value).map_err(write_error)
}

/// A new case id: the time and a random part, so two tabs never collide.
pub fn new_id() -> String {
    let t = js_sys::Date::now() as u64;
    let r = (js_sys::Math::random() * 1e9) as u64;
    format!("{t:x}{r:x}")
}

/// What is stored: the case list (rebuilt from the cases if the index is missing or
/// damaged), the profile, the case that was open, and any message about damage.
pub struct Stored {
    pub cases: Vec<CaseSummary>,
    pub profile: Option<Profile>,
    pub open: Option<(String, Case)>,
    pub problem: Option<String>,
}

pub fn read_all() -> Result<Stored, String> {
    let s = storage()?;
    let index: Vec<CaseSummary> = s
        .get_item(INDEX)
        .ok()
        .flatten()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default();
    let mut cases = Vec::new();
    let mut damaged = Vec::new();
    let len = s.length().unwrap_or(0);
    let keys: Vec<String> = (0..len).filter_map(|i| s.key(i).ok().flatten()).collect();
    for key in keys.iter().filter(|k| k.starts_with(CASE)) {
        let id = &key[CASE.len()..];
        match index.iter().find(|c| c.id == id) {
            Some(c) => cases.push(c.clone()),
            None => match s.get_item(key).ok().flatten().map(|t| load(&t)) {
                Some(Ok(case)) => cases.push(CaseSummary::of(id, &case, 0.0)),
                _ => damaged.push(id.to_string()),
            },
        }
    }
    let profile = s
        .get_item(PROFILE)
        .ok()
        .flatten()
        .and_then(|t| serde_json::from_str(&t).ok());
    let mut problem = (!damaged.is_empty()).then(|| {
        fmt(
            Lang::Zh,
            "本机有 {n} 个案件无法读取（数据可能已损坏），已跳过，未作改动。",
            &[&damaged.len()],
        )
    });
    let open = match s.get_item(OPEN).ok().flatten() {
        Some(id) if cases.iter().any(|c| c.id == id) => match read_case(&id) {
            Ok(case) => Some((id, case)),
            Err(e) => {
                problem = Some(e);
                None
            }
        },
        _ => None,
    };
    Ok(Stored {
        cases,
        profile,
        open,
        problem,
    })
}

/// A stored case, migrated to the current format.
pub fn read_case(id: &str) -> Result<Case, String> {
    let text = storage()?
        .get_item(&format!("{CASE}{id}"))
        .ok()
        .flatten()
        .ok_or(t(Lang::Zh, "该案件已不在本机存储中"))?;
    load(&text).map_err(|e| fmt(Lang::Zh, "本机保存的案件无法读取：{e}", &[&e]))
}

/// The text of a stored case (for a backup or an undoable delete).
pub fn case_text(id: &str) -> Option<String> {
    storage()
        .ok()?
        .get_item(&format!("{CASE}{id}"))
        .ok()
        .flatten()
}

fn write_index(cases: &[CaseSummary]) -> Result<(), String> {
    set(INDEX, &serde_json::to_string(cases).unwrap_or_default())
}

/// Save a case (and its line of the list). Returns the new line.
pub fn write_case(id: &str, case: &Case, cases: &[CaseSummary]) -> Result<CaseSummary, String> {
    write_text(
        id,
        &save(case),
        CaseSummary::of(id, case, js_sys::Date::now()),
        cases,
    )
}

/// Save a case's text with its summary.
pub fn write_text(
    id: &str,
    text: &str,
    summary: CaseSummary,
    cases: &[CaseSummary],
) -> Result<CaseSummary, String> {
    set(&format!("{CASE}{id}"), text)?;
    let summary = summary.keeping_copy_mark(cases.iter().find(|c| c.id == id));
    let mut list: Vec<CaseSummary> = cases.iter().filter(|c| c.id != id).cloned().collect();
    list.push(summary.clone());
    write_index(&list)?;
    Ok(summary)
}

/// Remember the form chosen in the editor.
pub fn set_doc(doc: crate::model::DocKind) {
    if let Ok(s) = storage() {
        let _ = s.set_item(DOC, doc.key());
    }
}

/// Remember that the preview is shown (its fonts are loaded).
pub fn set_preview_shown() {
    if let Ok(s) = storage() {
        let _ = s.set_item(PREVIEW, "1");
    }
}

/// Was the preview shown before the page was reloaded?
pub fn preview_was_shown() -> bool {
    storage()
        .ok()
        .and_then(|s| s.get_item(PREVIEW).ok().flatten())
        .is_some()
}

/// Remember which case is open, so a reload returns to it.
pub fn set_open(id: &str) {
    if let Ok(s) = storage() {
        let _ = if id.is_empty() {
            s.remove_item(OPEN)
        } else {
            s.set_item(OPEN, id)
        };
    }
}

/// Remove a case; its text is returned for 「撤销」.
pub fn remove_case(id: &str, cases: &[CaseSummary]) -> Result<Rc<str>, String> {
    let s = storage()?;
    let key = format!("{CASE}{id}");
    let text = s.get_item(&key).ok().flatten().unwrap_or_default();
    s.remove_item(&key).map_err(write_error)?;
    let list: Vec<CaseSummary> = cases.iter().filter(|c| c.id != id).cloned().collect();
    write_index(&list)?;
    Ok(Rc::from(text))
}

/// Save the profile; an empty profile (after 「清除本机数据」) is not stored at all.
pub fn write_profile(p: &Profile) -> Result<(), String> {
    if *p == Profile::default() {
        return storage()?.remove_item(PROFILE).map_err(write_error);
    }
    set(PROFILE, &serde_json::to_string(p).unwrap_or_default())
}

/// Remove everything this app stored in this browser.
pub fn clear_all() -> Result<(), String> {
    let s = storage()?;
    let len = s.length().unwrap_or(0);
    let keys: Vec<String> = (0..len).filter_map(|i| s.key(i).ok().flatten()).collect();
    for k in keys.iter().filter(|k| k.starts_with(PREFIX)) {
        s.remove_item(k).map_err(write_error)?;
    }
    Ok(())
}

/// The state at start: what is stored, with the case that was open reopened.
pub fn initial_state() -> AppState {
    let mut state = AppState::default();
    match read_all() {
        Ok(stored) => {
            state.cases = Rc::new(stored.cases);
            if let Some(p) = stored.profile {
                state.profile = Rc::new(p);
            }
            if let Some((id, case)) = stored.open {
                state.case_id = id;
                state.case = Rc::new(case);
                state.screen = crate::ui::state::Screen::Editor;
            }
            if let Some(doc) = storage()
                .ok()
                .and_then(|s| s.get_item(DOC).ok().flatten())
                .and_then(|k| crate::model::DocKind::from_key(&k))
            {
                state.doc = doc;
            }
            if let Some(p) = stored.problem {
                state.notice = Some(crate::ui::state::Notice {
                    text: p,
                    error: true,
                    undo_delete: None,
                });
            }
        }
        Err(e) => state.storage = crate::ui::state::StorageStatus::Failed(e),
    }
    state
}

/// Save the open case within a second of every edit, and at once when the page is
/// hidden or closed; save the profile when it changes.
#[hook]
pub fn use_autosave(state: &UseReducerHandle<AppState>) {
    // What the next save writes: always the latest render's state.
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    let saved = use_mut_ref(|| (String::new(), state.revision));
    let timer: Rc<RefCell<Option<gloo::timers::callback::Timeout>>> = use_mut_ref(|| None);

    let flush = {
        let (latest, saved) = (latest.clone(), saved.clone());
        Rc::new(move || {
            let s = latest.borrow().clone();
            if s.case_id.is_empty() {
                return;
            }
            let key = (s.case_id.clone(), s.revision);
            if *saved.borrow() == key {
                return;
            }
            match write_case(&s.case_id, &s.case, &s.cases) {
                Ok(summary) => {
                    *saved.borrow_mut() = key;
                    s.dispatch(Action::Stored(summary));
                }
                Err(e) => s.dispatch(Action::StorageFailed(e)),
            }
        })
    };
    {
        let (flush, timer) = (flush.clone(), timer.clone());
        use_effect_with((state.case_id.clone(), state.revision), move |(id, _)| {
            if !id.is_empty() {
                set_open(id);
                let f = flush.clone();
                *timer.borrow_mut() = Some(gloo::timers::callback::Timeout::new(400, move || f()));
            }
        });
    }
    {
        // Leaving the editor saves at once, so the case list shows the latest words.
        let flush = flush.clone();
        use_effect_with(state.screen, move |screen| {
            if *screen != crate::ui::state::Screen::Editor {
                flush();
            }
        });
    }
    {
        let flush = flush.clone();
        use_effect_with((), move |_| {
            let document = gloo::utils::document();
            let window = gloo::utils::window();
            let f1 = flush.clone();
            let on_hide = gloo::events::EventListener::new(&window, "pagehide", move |_| f1());
            let f2 = flush.clone();
            let doc2 = document.clone();
            let on_visibility =
                gloo::events::EventListener::new(&document, "visibilitychange", move |_| {
                    if doc2.visibility_state() == web_sys::VisibilityState::Hidden {
                        f2()
                    }
                });
            move || drop((on_hide, on_visibility))
        });
    }
    {
        let state = state.clone();
        let last = use_mut_ref(|| state.profile.clone());
        use_effect_with(state.profile.clone(), move |p| {
            if !Rc::ptr_eq(&last.borrow(), p) {
                *last.borrow_mut() = p.clone();
                if let Err(e) = write_profile(p) {
                    state.dispatch(Action::StorageFailed(e));
                }
            }
        });
    }
}
