//! The browser app (Yew). The only module that names Yew, web-sys or gloo.
//!
//! State lives in one reducer ([`state`]); derived data is computed, never stored.
//! Browser plumbing (fetching fonts with progress, saving a file) is in [`browser`].

pub mod app;
pub mod browser;
pub mod state;

pub use app::App;
