//! The browser app (Yew). The only module that names Yew, web-sys or gloo.
//!
//! Shaped as Yew's `function_todomvc` and `contexts` examples: [`app`] is a thin shell;
//! [`state`] holds the one reducer (split by concern, tested natively), with one generic
//! edit action addressed by field path; [`hooks`] the side effects (storage, fonts,
//! export, preview, keys); [`components`] the small pieces, one file each; [`panels`] one
//! per section of the case and the screens. The reducer handle and the derived issues
//! reach every component through a context. Browser plumbing is in [`browser`].

pub mod app;
pub mod browser;
pub mod components;
pub mod hooks;
pub mod i18n;
pub mod panels;
pub mod state;

pub use app::App;
