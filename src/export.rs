//! The whole pipeline in one call, shared by the browser app and the CLI:
//! case → document → pages → PDF.

use crate::document::common::Options;
use crate::document::{self, DocKind, Document};
use crate::fonts::FontSet;
use crate::layout::{self, Metrics, Page, PageStyle, Pt};
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
    let p = &case.settings.page;
    // Only sane, finite values are taken; anything else keeps the standard's.
    let mm = |v: Option<f32>, lo: f32, hi: f32| {
        v.filter(|v| v.is_finite() && (lo..=hi).contains(v))
            .map(Pt::mm)
    };
    let pt = |v: Option<f32>| {
        v.filter(|v| v.is_finite() && (5.0..=72.0).contains(v))
            .map(Pt)
    };
    if let Some(v) = mm(p.top_mm, 0.0, 150.0) {
        style.top = v;
    }
    if let Some(v) = mm(p.left_mm, 0.0, 150.0) {
        style.left = v;
    }
    // Characters per line default to the standard's 28 unless the measure or the body
    // size was changed, when as many whole characters as fit.
    let mut regrid = false;
    if let Some(v) = mm(p.type_width_mm, 50.0, 210.0) {
        style.type_width = v.min(style.width - style.left);
        regrid = true;
    }
    if let Some(v) = mm(p.type_height_mm, 50.0, 297.0) {
        style.type_height = v.min(style.height - style.top);
    }
    if let Some(v) = pt(p.body_pt) {
        style.body.size = v;
        regrid = true;
    }
    if let Some(v) = pt(p.title_pt) {
        style.title.size = v;
        style.title.line_pitch = v * 1.6;
    }
    let fit = (style.type_width.0 / style.body.size.0).floor().max(1.0) as u32;
    let grid =
        |v: Option<u32>, default: u32| v.filter(|v| (1..=200).contains(v)).unwrap_or(default);
    style.set_grid(
        grid(p.lines_per_page, 22),
        grid(p.chars_per_line, if regrid { fit } else { 28 }),
    );
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PageSettings;

    fn style_with(page: PageSettings) -> PageStyle {
        let mut case = Case::default();
        case.settings.page = page;
        style(&case, DocKind::Agreement)
    }

    #[test]
    fn no_settings_give_the_gbt9704_page() {
        assert_eq!(style_with(PageSettings::default()), PageStyle::gbt9704());
    }

    #[test]
    fn a_committee_can_set_its_own_grid_and_margins() {
        let s = style_with(PageSettings {
            top_mm: Some(30.0),
            lines_per_page: Some(20),
            chars_per_line: Some(26),
            ..Default::default()
        });
        assert!((s.top.to_mm() - 30.0).abs() < 1e-3);
        assert!((s.body.line_pitch.0 - Pt::mm(225.0).0 / 20.0).abs() < 1e-3);
        assert!(
            ((s.body.size + s.body.tracking).0 * 26.0 - s.type_width.0).abs() < 1e-2,
            "26 characters fill the measure"
        );
        assert_eq!(s.heading.line_pitch, s.body.line_pitch);
    }

    #[test]
    fn nonsense_page_settings_keep_the_standard() {
        let s = style_with(PageSettings {
            top_mm: Some(f32::NAN),
            left_mm: Some(-5.0),
            body_pt: Some(1000.0),
            lines_per_page: Some(0),
            ..Default::default()
        });
        assert_eq!(s, PageStyle::gbt9704());
    }
}
