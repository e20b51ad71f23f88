//! Renderers of laid-out pages: [`pdf`] (the only module that names printpdf) and
//! [`svg`] (the live preview). Both read the same frames.

pub mod pdf;
pub mod svg;

pub use pdf::{ExportError, Exported};
