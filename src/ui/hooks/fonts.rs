//! The fonts: the bundled faces fetched on the first preview or export (with progress),
//! and a font the user loads, kept in the browser's Cache Storage so it is there again
//! after a reload.

use crate::fonts::{BUNDLED, FontSet};
use crate::layout::Face;
use crate::ui::browser;
use crate::ui::state::{Action, AppState};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Where trunk puts the bundled fonts (see `index.html`).
const FONT_DIR: &str = "fonts/";
/// The CSS family the preview uses for a user-loaded font (see `render::svg::family`).
pub const USER_FAMILY: &str = "tiaojie-user";
/// The Cache Storage entry that keeps the user's font.
const USER_FONT_CACHE: &str = "tiaojie-user-font";
const USER_FONT_URL: &str = "/__tiaojie/user-font";

/// The loaded faces, and a version bumped whenever one is added (so the preview
/// recomputes).
#[derive(Clone)]
pub struct Fonts {
    pub set: Rc<RefCell<FontSet>>,
    pub version: UseStateHandle<u32>,
}

impl PartialEq for Fonts {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.set, &other.set) && *self.version == *other.version
    }
}

impl Fonts {
    pub fn bundled_loaded(&self) -> bool {
        self.set.borrow().is_loaded(Face::Serif)
    }

    fn bump(&self) {
        self.version.set(*self.version + 1);
    }

    /// Fetch the bundled faces not loaded yet, reporting progress across all of them.
    pub async fn ensure(&self, state: &UseReducerHandle<AppState>) -> Result<(), String> {
        let had = self.bundled_loaded();
        let mut done_before = 0u64;
        for (face, file) in BUNDLED {
            if self.set.borrow().is_loaded(face) {
                continue;
            }
            let url = format!("{FONT_DIR}{file}");
            let bytes = browser::fetch_bytes(&url, |loaded, total| {
                state.dispatch(Action::FontProgress {
                    loaded: done_before + loaded,
                    total: total.map(|t| done_before + t),
                });
            })
            .await?;
            done_before += bytes.len() as u64;
            self.set
                .borrow_mut()
                .load(face, &bytes, file)
                .map_err(|e| e.to_string())?;
        }
        if !had {
            self.bump();
        }
        Ok(())
    }

    /// Use `bytes` as the user's face; `keep` stores it for the next visit.
    pub async fn load_user(
        &self,
        state: &UseReducerHandle<AppState>,
        name: String,
        bytes: Vec<u8>,
        keep: bool,
    ) {
        match self.set.borrow_mut().load(Face::User, &bytes, &name) {
            Ok(()) => {}
            Err(e) => {
                state.dispatch(Action::ExportFailed(e.to_string()));
                return;
            }
        }
        // The preview draws the user face too; if the browser refuses it, only the
        // preview falls back.
        let _ = browser::register_font(USER_FAMILY, &bytes);
        self.bump();
        state.dispatch(Action::UserFont(name.clone()));
        if keep
            && let Err(e) = browser::cache_put(USER_FONT_CACHE, USER_FONT_URL, &name, &bytes).await
        {
            state.dispatch(Action::StorageFailed(format!(
                "字体未能保存到本机，下次需重新加载：{e}"
            )));
        }
    }
}

/// The fonts, with the user's stored font loaded again at start.
#[hook]
pub fn use_fonts(state: &UseReducerHandle<AppState>) -> Fonts {
    let set = use_mut_ref(FontSet::new);
    let version = use_state(|| 0u32);
    let fonts = Fonts { set, version };
    {
        let (fonts, state) = (fonts.clone(), state.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(Some((name, bytes))) =
                    browser::cache_get(USER_FONT_CACHE, USER_FONT_URL).await
                {
                    fonts.load_user(&state, name, bytes, false).await;
                }
            });
        });
    }
    fonts
}

/// Forget the stored user font (「清除本机数据」).
pub async fn forget_user_font() {
    let _ = browser::cache_delete(USER_FONT_CACHE).await;
}
