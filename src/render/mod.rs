//! Renderers of laid-out pages: [`pdf`] (the only module that names printpdf) and
//! [`svg`] (the live preview; [`marks`] adds the training screen's numbered notes to it).
//! Both read the same frames, as does [`text`], the preview's text alternative.

pub mod marks;
pub mod pdf;
pub mod svg;
pub mod text;

pub use pdf::{ExportError, Exported};
