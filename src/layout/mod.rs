//! Layout: `Document` → `Vec<Page>`. Pure and deterministic; measures through
//! [`metrics::Metrics`] so tests run on fake widths.

pub mod frame;
pub mod metrics;
pub mod text;
pub mod units;

pub use frame::{Item, Page, TextRun};
pub use metrics::{Face, FixedMetrics, Metrics};
pub use units::{Point, Pt};
pub mod flow;
pub mod paragraph;
pub mod style;
pub mod table;

pub use flow::{Bundle, BundlePart, PartPages, layout, layout_bundle, layout_parts};
pub use style::PageStyle;
