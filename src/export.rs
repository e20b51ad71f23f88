//! The whole pipeline in one call, shared by the browser app and the CLI:
//! case → document → pages → PDF.

use crate::document::common::Options;
use crate::document::{self, DocKind, Document};
use crate::fonts::FontSet;
use crate::layout::{self, Metrics, Page, PageStyle};
use crate::model::{Case, Date};
use crate::render::{self, ExportError, Exported};

/// The semantic document of `kind` for `case`.
pub fn build(case: &Case, kind: DocKind, today: Date) -> Document {
    let opts = Options { today };
    match kind {
        DocKind::Agreement => document::agreement::build(case, &opts),
    }
}

/// The page style a case prints with: GB/T 9704 defaults with the committee's
/// page-number settings.
pub fn style(case: &Case, _kind: DocKind) -> PageStyle {
    use crate::layout::style::PageNumbers;
    use crate::model::PageNumbering;
    let mut style = PageStyle::gbt9704();
    style.page_numbers = match case.settings.page_numbers {
        PageNumbering::Official => PageNumbers::Official,
        PageNumbering::TopRight => PageNumbers::TopRight,
        PageNumbering::OfTotal => PageNumbers::OfTotal,
        PageNumbering::None => PageNumbers::None,
    };
    style.first_page_number = case.settings.first_page_number.max(1);
    style
}

/// Lay out `kind` for `case`.
pub fn pages(
    case: &Case,
    kind: DocKind,
    today: Date,
    metrics: &dyn Metrics,
) -> (Document, Vec<Page>) {
    let doc = build(case, kind, today);
    let pages = layout::layout(&doc, &style(case, kind), metrics);
    (doc, pages)
}

/// Make the PDF of `kind` for `case`.
pub fn pdf(
    case: &Case,
    kind: DocKind,
    fonts: &FontSet,
    today: Date,
    created_unix: i64,
) -> Result<Exported, ExportError> {
    let (doc, pages) = pages(case, kind, today, fonts);
    render::pdf::pdf(&pages, &doc.meta, fonts, created_unix)
}

/// The file name an export is saved under: the form's title, and the case number if any.
pub fn file_name(case: &Case, kind: DocKind) -> String {
    let number = document::common::agreement_number(case);
    let safe: String = number
        .chars()
        .filter(|c| !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|'))
        .collect();
    if safe.is_empty() {
        format!("{}.pdf", kind.title())
    } else {
        format!("{}{}.pdf", kind.title(), safe)
    }
}
