//! The fonts: the bundled faces fetched by need — on the first preview or export the
//! three bases (with progress), then only the slices holding the outlines the pages
//! draw, the rest in the background once a PDF has been made (the service worker keeps
//! every file for offline use) — and a font the user loads, kept in the browser's
//! Cache Storage so it is there again after a reload.

use crate::fonts::{BUNDLED, FontSet};
use crate::layout::Face;
use crate::ui::browser;
use crate::ui::i18n::{Lang, fmt};
use crate::ui::state::{Action, AppState};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Where trunk puts the bundled faces' bases and slices (`assets/fonts/web/`, see
/// `index.html`).
const FONT_DIR: &str = "fonts/";

/// The URL of a face's base file, or of its slice `k`.
fn url(file: &str, slice: Option<u8>) -> String {
    let stem = file.trim_end_matches(".otf");
    match slice {
        None => format!("{FONT_DIR}{stem}.base.bin"),
        Some(k) => format!("{FONT_DIR}{stem}.{k}.bin"),
    }
}

/// The size of each bundled face's base file, in [`BUNDLED`]'s order, known when the app
/// is built (only the lengths: the bytes are not compiled in).
const BASE_BYTES: [u64; 3] = [
    include_bytes!("../../../assets/fonts/web/NotoSerifSC-Regular.base.bin").len() as u64,
    include_bytes!("../../../assets/fonts/web/NotoSerifSC-Bold.base.bin").len() as u64,
    include_bytes!("../../../assets/fonts/web/NotoSansSC-Regular.base.bin").len() as u64,
];

/// What a first preview fetches besides the bases: the slices holding the characters
/// its pages draw. Measured (issue 24): 0.12 MB for a blank case, 0.22 MB for the
/// traffic example, 0.74 MB for a 120-party group case; the usual case is counted.
const USUAL_SLICES: u64 = 220_000;

/// How many bytes the first preview still has to fetch: the bases not kept in the
/// browser's cache (the service worker keeps every font file once it has run), and the
/// usual slices when any base is missing. 0: the fonts are all on this device.
pub async fn left_to_fetch() -> u64 {
    let mut left = 0;
    for ((_, file), size) in BUNDLED.iter().zip(BASE_BYTES) {
        if !browser::cached(&url(file, None)).await {
            left += size;
        }
    }
    if left > 0 { left + USUAL_SLICES } else { 0 }
}

fn file_of(face: Face) -> Option<&'static str> {
    BUNDLED.iter().find(|(f, _)| *f == face).map(|(_, n)| *n)
}

/// The CSS family the preview draws `face` with (the first of `render::svg::family`).
fn css_family(face: Face) -> &'static str {
    crate::render::svg::family(face)
        .split(',')
        .next()
        .unwrap_or_default()
}
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

    pub fn bump(&self) {
        self.version.set(*self.version + 1);
    }

    /// Fetch the bases of the bundled faces not loaded yet, reporting progress across
    /// all of them.
    pub async fn ensure(&self, state: &UseReducerHandle<AppState>) -> Result<(), String> {
        let had = self.bundled_loaded();
        let mut done_before = 0u64;
        for (face, file) in BUNDLED {
            if self.set.borrow().is_loaded(face) {
                continue;
            }
            let bytes = browser::fetch_bytes(&url(file, None), |loaded, total| {
                state.dispatch(Action::FontProgress {
                    loaded: done_before + loaded,
                    total: total.map(|t| done_before + t),
                });
            })
            .await?;
            done_before += bytes.len() as u64;
            self.set
                .borrow_mut()
                .load_base(face, &bytes, file)
                .map_err(|e| e.to_string())?;
            self.register(face);
        }
        if !had {
            self.bump();
        }
        Ok(())
    }

    /// Give the preview the face's bytes as they are now.
    fn register(&self, face: Face) {
        let set = self.set.borrow();
        if let Some(bytes) = set.face(face).and_then(|f| f.sliced_bytes()) {
            // A refusal only costs the preview its look; the PDF is unaffected.
            let _ = browser::register_font(css_family(face), bytes);
        }
    }

    /// Fetch the slices `need` (face, number) side by side and fill them in.
    pub async fn fetch_slices(&self, need: &[(Face, u8)]) -> Result<(), String> {
        self.fill(need, true).await
    }

    /// [`Fonts::fetch_slices`]; `register` gives the preview the new outlines at once.
    async fn fill(&self, need: &[(Face, u8)], register: bool) -> Result<(), String> {
        let fetches = need.iter().filter_map(|&(face, k)| {
            let file = file_of(face)?;
            Some(async move {
                (
                    face,
                    browser::fetch_bytes(&url(file, Some(k)), |_, _| {}).await,
                )
            })
        });
        let fetched = futures_util::future::join_all(fetches).await;
        // Grouped by face, so each face is parsed once for the whole batch.
        let mut by_face: Vec<(Face, Vec<Vec<u8>>)> = Vec::new();
        let mut failed = None;
        for (face, bytes) in fetched {
            match bytes {
                Ok(b) => match by_face.iter_mut().find(|(f, _)| *f == face) {
                    Some((_, list)) => list.push(b),
                    None => by_face.push((face, vec![b])),
                },
                Err(e) => failed = Some(e),
            }
        }
        let mut faces: Vec<Face> = Vec::new();
        for (face, list) in by_face {
            let slices: Vec<&[u8]> = list.iter().map(Vec::as_slice).collect();
            match self.set.borrow_mut().add_slices(face, &slices) {
                Ok(_) => faces.push(face),
                Err(e) => failed = Some(e.to_string()),
            }
        }
        if register {
            for face in faces {
                self.register(face);
            }
        }
        match failed {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// Fetch every slice not in yet, a few at a time, so the next case (and an
    /// offline export) never waits for the network. Stops quietly on the first error:
    /// a later export fetches what it needs again.
    pub async fn fetch_rest(&self) {
        loop {
            let batch: Vec<(Face, u8)> = self
                .set
                .borrow()
                .missing_slices()
                .into_iter()
                .take(16)
                .collect();
            if batch.is_empty() {
                break;
            }
            if self.fill(&batch, false).await.is_err() {
                return;
            }
        }
        // The preview gets the whole faces once, not after every batch.
        for (face, _) in BUNDLED {
            self.register(face);
        }
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
            state.dispatch(Action::StorageFailed(fmt(
                Lang::Zh,
                "字体未能保存到本机，下次需重新加载：{e}",
                &[&e],
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
