//! Side effects, each behind a hook or a plain function the components call: browser
//! storage ([`storage`], [`use_autosave`]), fonts ([`fonts`]), export and print
//! ([`export`]), the live preview ([`use_preview`]), validation off the input path
//! ([`use_issues`]), undo keys and focus ([`keys`]), whether the app works offline
//! ([`offline`]), the rules' explanations fetched on first use ([`explain`]).

pub mod explain;
pub mod export;
pub mod fonts;
pub mod issues;
pub mod keys;
pub mod offline;
pub mod preview;
pub mod storage;

pub use fonts::{Fonts, use_fonts};
pub use issues::use_issues;
pub use keys::{use_focus, use_undo_keys};
pub use offline::use_offline_ready;
pub use preview::use_preview;
pub use storage::use_autosave;
