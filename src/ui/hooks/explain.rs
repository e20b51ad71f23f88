//! The rules' explanations (`crate::validate::explain`), fetched once on first use — the
//! first 「为什么？」 opened or the rule index shown — and shared by every component that
//! asks, so the wasm does not carry the text. The service worker keeps a copy for
//! offline use.

use super::super::browser;
use crate::ui::i18n::n_;
use crate::validate::explain::{self, Explanations};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Where the explanations are.
#[derive(Clone, PartialEq)]
pub enum Explain {
    /// Not asked for yet.
    Idle,
    Loading,
    Ready(Rc<Explanations>),
    /// Why they could not be had, in Chinese.
    Failed(String),
}

/// Shown when the file cannot be fetched or read (kept in Chinese, shown with `tr`).
const LOAD_FAILED: &str = n_("规则说明加载失败，请检查网络后重试");

thread_local! {
    /// The one copy, and the components waiting for it.
    static STATE: RefCell<Explain> = const { RefCell::new(Explain::Idle) };
    static WAITING: RefCell<Vec<Callback<()>>> = const { RefCell::new(Vec::new()) };
}

fn finish(state: Explain) {
    STATE.with(|s| *s.borrow_mut() = state);
    let waiting = WAITING.with(|w| std::mem::take(&mut *w.borrow_mut()));
    for w in waiting {
        w.emit(());
    }
}

/// Start fetching unless it is under way or done (a failure is tried again).
fn start() {
    let go = STATE.with(|s| {
        let mut s = s.borrow_mut();
        if matches!(*s, Explain::Idle | Explain::Failed(_)) {
            *s = Explain::Loading;
            true
        } else {
            false
        }
    });
    if !go {
        return;
    }
    wasm_bindgen_futures::spawn_local(async {
        let state = match browser::fetch_bytes(explain::URL, |_, _| {}).await {
            Ok(bytes) => match explain::parse(&String::from_utf8_lossy(&bytes)) {
                Ok(e) => Explain::Ready(Rc::new(e)),
                Err(e) => Explain::Failed(e),
            },
            Err(_) => Explain::Failed(LOAD_FAILED.to_string()),
        };
        finish(state);
    });
}

/// Try again after a failure; `done` is called when the attempt ends.
pub fn retry(done: Callback<()>) {
    WAITING.with(|w| w.borrow_mut().push(done));
    start();
}

/// The explanations; when `wanted`, fetched if they are not here yet (the component
/// re-renders when they arrive).
#[hook]
pub fn use_explanations(wanted: bool) -> Explain {
    let update = use_force_update();
    let state = STATE.with(|s| s.borrow().clone());
    if wanted && matches!(state, Explain::Idle | Explain::Loading) {
        let cb = Callback::from(move |_| update.force_update());
        WAITING.with(|w| w.borrow_mut().push(cb));
        if state == Explain::Idle {
            start();
        }
        return STATE.with(|s| s.borrow().clone());
    }
    state
}
