//! The pipeline, shared by the browser app and the CLI: case → issues, and case →
//! documents → pages → PDF, for any form of the registry ([`crate::document::forms::FORMS`]).
//! The policies both follow live here once: which checks a form needs and what the
//! 卷宗 lacks ([`check`]), and that no final PDF is made while an error remains
//! ([`refuse_final`]).

use crate::document::common::Options;
use crate::document::{self, DocKind, Document};
use crate::fonts::FontSet;
use crate::layout::{self, Face, Metrics, Page, PageStyle, Pt};
use crate::model::{BodyFace, Case, Date, gbt9704};
use crate::render::{self, ExportError};
use crate::validate::{self, Check, Issue, Severity};
use crate::values::calendar::Calendar;

/// Every issue of `case` before the forms `kinds` are made, as of `today`, deadlines
/// counted with `calendar`: validation in the scope the forms' rows ask for
/// ([`document::forms::scope`]) and, for a record of the case file, what the 卷宗 still
/// lacks ([`crate::dossier::lacks`]: warnings when the 卷宗 is made, notices else).
///
/// A finding at a field the forms print as a blank (a notice that a value is missing)
/// is raised to a warning: a blank in a document about to be signed or filed is
/// announced as one (issue 21). The same finding stays a notice for a form that does
/// not print that field.
pub fn check(case: &Case, kinds: &[DocKind], today: Date, calendar: &Calendar) -> Vec<Issue> {
    let mut issues = check_in(case, document::forms::scope(kinds), today, calendar);
    let blanks = blanks(case, kinds, today);
    for i in &mut issues {
        if i.severity == Severity::Notice
            && blanks.iter().any(|p| {
                *p == i.path || document::covers(&i.path, p) || document::covers(p, &i.path)
            })
        {
            i.severity = Severity::Warning;
        }
    }
    validate::sorted(issues)
}

/// The field paths the forms `kinds` print as blanks standing for missing data (not
/// those left for the pen at signing).
pub fn blanks(case: &Case, kinds: &[DocKind], today: Date) -> std::collections::BTreeSet<String> {
    let opts = Options::on(today);
    kinds
        .iter()
        .flat_map(|&k| documents(case, k, &opts))
        .flat_map(|d| {
            document::paragraphs(&d.blocks)
                .into_iter()
                .flat_map(|p| p.runs.iter())
                .filter(|r| r.blank && !r.pen)
                .filter_map(|r| r.field.as_ref().map(|f| f.0.clone()))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// [`check`] in the scope `scope`.
pub fn check_in(case: &Case, scope: Check, today: Date, calendar: &Calendar) -> Vec<Issue> {
    let mut issues = validate::validate_in(case, scope, today, calendar);
    if scope.records() {
        let severity = if scope == Check::Dossier {
            Severity::Warning
        } else {
            Severity::Notice
        };
        issues.extend(crate::dossier::lacks(case, severity));
        issues = validate::sorted(issues);
    }
    issues
}

/// [`check_in`] with the holiday schedules the case file carries (the command line
/// adds `--holidays FILE`; the app its profile's: see [`check`]).
pub fn check_as(case: &Case, scope: Check, today: Date) -> Vec<Issue> {
    check_in(case, scope, today, &Calendar::with(&case.holidays))
}

/// Why a final PDF is refused, if it is: the errors of `issues` (a draft is always
/// made, watermarked, with invalid values printed as blanks). The one rule the app's
/// export button and the command line's `render` follow.
pub fn refuse_final(issues: &[Issue], draft: bool) -> Option<Vec<&Issue>> {
    let errors: Vec<&Issue> = issues
        .iter()
        .filter(|i| i.severity == Severity::Error)
        .collect();
    (!draft && !errors.is_empty()).then_some(errors)
}

/// Something the user should know about a finished PDF; it was made all the same.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Warning {
    /// The body was to be set in a loaded font, but none is loaded: the bundled serif
    /// was used.
    #[error("正文字体设为“加载的字体”，但尚未加载字体文件，正文已使用内置宋体")]
    BodyFontNotLoaded,
    /// What the PDF writer reported.
    #[error("PDF 写入提示：{0}")]
    Writer(String),
}

/// A finished PDF and what the user should know about it.
#[derive(Debug)]
pub struct Output {
    pub bytes: Vec<u8>,
    pub warnings: Vec<Warning>,
}

/// The documents of `kind` for `case` (one, or the parts of a bundle). Values outside
/// their documented limits (a date before 1900, a page number of 4294967295) print as
/// blanks or at their default ([`Case::printable`]).
pub fn documents(case: &Case, kind: DocKind, opts: &Options) -> Vec<Document> {
    document::forms::build(&case.printable(), kind, opts)
}

/// The final documents of `kind` for `case` as of `today`.
pub fn build(case: &Case, kind: DocKind, today: Date) -> Vec<Document> {
    documents(case, kind, &Options::on(today))
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
    // Only the settings that make a sane page are used (validation reports the rest).
    let (p, _) = case.settings.page.effective();
    if let Some(v) = p.top_mm {
        style.top = Pt::mm(v);
    }
    if let Some(v) = p.left_mm {
        style.left = Pt::mm(v);
    }
    // Characters per line default to the standard's 28 unless the measure or the body
    // size was changed, when as many whole characters as fit.
    let mut regrid = false;
    if let Some(v) = p.type_width_mm {
        style.type_width = Pt::mm(v);
        regrid = true;
    }
    if let Some(v) = p.type_height_mm {
        style.type_height = Pt::mm(v);
    }
    if let Some(v) = p.body_pt {
        style.body.size = Pt(v);
        regrid = true;
    }
    if let Some(v) = p.title_pt {
        style.title.size = Pt(v);
        style.title.line_pitch = Pt(v) * 1.6;
    }
    let fit = (style.type_width.0 / style.body.size.0).floor().max(1.0) as u32;
    // Never more lines than fit without overlapping (a larger body size).
    let max_lines = (style.type_height.0 / style.body.size.0).floor().max(1.0) as u32;
    style.set_grid(
        p.lines_per_page
            .unwrap_or(gbt9704::LINES_PER_PAGE)
            .min(max_lines),
        p.chars_per_line
            .unwrap_or(if regrid { fit } else { gbt9704::CHARS_PER_LINE }),
    );
    // Headings follow the body's grid; only their size may differ.
    if let Some(v) = p.heading_pt {
        style.heading.size = Pt(v).min(style.heading.line_pitch);
    }
    if let Some(v) = p.table_pt {
        style.table.size = Pt(v);
        style.table.line_pitch = Pt(v) * (5.0 / 3.0);
    }
    if let Some(v) = p.page_number_pt {
        style.page_number.size = Pt(v);
        style.page_number.line_pitch = Pt(v);
    }
    if let Some(v) = p.after_title_lines {
        style.after_title = v;
    }
    if p.body_face == BodyFace::User {
        // The user's face first; what it lacks falls back to the bundled serif.
        style.body.face = Face::User;
        style.table.face = Face::User;
    }
    style
}

/// Lay out `kind` for `case`: its documents and their pages (a bundle's parts each
/// start on a new page, numbered on across the bundle).
pub fn pages(
    case: &Case,
    kind: DocKind,
    today: Date,
    metrics: &dyn Metrics,
) -> (Vec<Document>, Vec<Page>) {
    pages_with(case, kind, &Options::on(today), metrics)
}

/// [`pages`] with all the builder options (a draft).
pub fn pages_with(
    case: &Case,
    kind: DocKind,
    opts: &Options,
    metrics: &dyn Metrics,
) -> (Vec<Document>, Vec<Page>) {
    let case = &*case.printable();
    let style = style(case, kind);
    // The 卷宗 and its 目录 and 备考表 need the file laid out to know their numbers.
    let part = |d: crate::dossier::Dossier, i: usize| {
        let range = d.parts.get(i).map(|p| p.pages.clone()).unwrap_or(0..0);
        (
            d.documents.get(i).cloned().into_iter().collect(),
            d.pages.get(range).map(<[Page]>::to_vec).unwrap_or_default(),
        )
    };
    match kind {
        DocKind::Dossier => {
            let d = crate::dossier::dossier(case, opts, &style, metrics);
            (d.documents, d.pages)
        }
        DocKind::Toc => part(crate::dossier::dossier(case, opts, &style, metrics), 1),
        DocKind::BackCover => {
            let d = crate::dossier::dossier(case, opts, &style, metrics);
            let last = d.documents.len().saturating_sub(1);
            part(d, last)
        }
        _ => {
            let docs = documents(case, kind, opts);
            // The 卷宗's cover, 目录 and 封底 carry no page number, printed alone too
            // (domain spec §4.5).
            let unnumbered = matches!(
                kind.form().bound,
                Some(document::forms::Bound::Front | document::forms::Bound::Back)
            );
            let parts: Vec<layout::BundlePart> = docs
                .iter()
                .map(|d| {
                    if unnumbered {
                        layout::BundlePart::unnumbered(d)
                    } else {
                        layout::BundlePart::numbered(d)
                    }
                })
                .collect();
            // One document per record (each 授权委托书, each 调解记录, each 联 of the 四联单)
            // is an instrument of its own, numbered from its own first page; a bundle's
            // parts are bound as one and numbered through.
            let pages = if matches!(kind.form().make, document::forms::Make::Each(_)) {
                parts
                    .iter()
                    .flat_map(|p| {
                        layout::layout_parts(std::slice::from_ref(p), &style, metrics).pages
                    })
                    .collect()
            } else {
                layout::layout_parts(&parts, &style, metrics).pages
            };
            (docs, pages)
        }
    }
}

/// Make the final PDF of `kind` for `case`.
pub fn pdf(
    case: &Case,
    kind: DocKind,
    fonts: &FontSet,
    today: Date,
    created_unix: i64,
) -> Result<Output, ExportError> {
    pdf_with(case, kind, fonts, today, false, created_unix)
}

/// Make the PDF of `kind` for `case`; a `draft` carries the 「草稿」 watermark and
/// title. Whether a final PDF may be made at all is [`refuse_final`]'s rule, which the
/// caller applies to [`check`]'s issues first.
pub fn pdf_with(
    case: &Case,
    kind: DocKind,
    fonts: &FontSet,
    today: Date,
    draft: bool,
    created_unix: i64,
) -> Result<Output, ExportError> {
    pdf_timed(case, kind, fonts, today, draft, created_unix, &|| 0.0).map(|(out, _)| out)
}

/// Where the time of one export went, in the units of the clock given to
/// [`pdf_timed`] (milliseconds in the browser benchmark, `benches/web/`).
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize)]
pub struct Stages {
    /// Building the documents and laying out their pages.
    pub layout: f64,
    /// The coverage check and the printpdf document: page operations, font
    /// resources, metadata.
    pub prepare: f64,
    /// Collecting the glyphs the pages use and subsetting each font to them.
    pub glyphs: f64,
    /// Writing the pages and the file, compressing the streams.
    pub serialise: f64,
}

/// [`pdf_with`], reading `clock` between the stages of the export and returning how
/// long each took. [`pdf_with`] is this with a clock that always says 0, so the timed
/// export makes the same PDF by the same code.
pub fn pdf_timed(
    case: &Case,
    kind: DocKind,
    fonts: &FontSet,
    today: Date,
    draft: bool,
    created_unix: i64,
    clock: &dyn Fn() -> f64,
) -> Result<(Output, Stages), ExportError> {
    let start = clock();
    let opts = Options { today, draft };
    let (docs, pages) = pages_with(case, kind, &opts, fonts);
    let mut meta = docs.first().map(|d| d.meta.clone()).unwrap_or_default();
    if kind.is_bundle() || docs.len() > 1 {
        meta.title = kind.title().to_string();
    }
    // The renderer marks every page and the title of a draft.
    meta.draft = draft;
    let (out, laps) = render::pdf::pdf_timed(&pages, &meta, fonts, created_unix, clock)?;
    let mut warnings: Vec<Warning> = out.warnings.into_iter().map(Warning::Writer).collect();
    if case.settings.page.body_face == BodyFace::User && !fonts.is_loaded(Face::User) {
        warnings.push(Warning::BodyFontNotLoaded);
    }
    let stages = Stages {
        layout: laps.start - start,
        prepare: laps.prepared - laps.start,
        glyphs: laps.subset - laps.prepared,
        serialise: laps.written - laps.subset,
    };
    Ok((
        Output {
            bytes: out.bytes,
            warnings,
        },
        stages,
    ))
}

/// How a paragraph is styled when another typesetter sets the same words
/// ([`paragraphs`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TextRole {
    Title,
    Heading,
    Body,
}

/// The text of every paragraph of `kind` for `case`, in reading order, with its role:
/// the words the pages set (paragraphs, signature lines, table cells), for setting the
/// same text with another typesetter (pdfmake, in the browser benchmark). Labels and
/// signature lines count as body text.
pub fn paragraphs(case: &Case, kind: DocKind, today: Date) -> Vec<(TextRole, String)> {
    use crate::document::{Block, Paragraph, Role};
    fn push(out: &mut Vec<(TextRole, String)>, p: &Paragraph) {
        let role = match p.role {
            Role::Title => TextRole::Title,
            Role::Heading => TextRole::Heading,
            Role::Body | Role::Label | Role::Signature => TextRole::Body,
        };
        out.push((role, p.text()));
    }
    let mut out = Vec::new();
    for doc in build(case, kind, today) {
        for block in &doc.blocks {
            match block {
                Block::Paragraph(p) => push(&mut out, p),
                Block::Signature(s) => {
                    for p in s.lines().chain(&s.seal) {
                        push(&mut out, p);
                    }
                    push(&mut out, &s.date);
                }
                Block::Table(t) => {
                    for cell in t.header.iter().chain(&t.rows).flat_map(|r| &r.cells) {
                        for p in &cell.paragraphs {
                            push(&mut out, p);
                        }
                    }
                }
                Block::Space(_) | Block::PageBreak => {}
            }
        }
    }
    out
}

/// The file name an export is saved under: the form's title and the case number,
/// e.g. 「人民调解协议书-（2026）城东调字第18号.pdf」; a draft says so.
pub fn file_name(case: &Case, kind: DocKind, draft: bool) -> String {
    let number = document::common::agreement_number(case);
    let safe: String = number
        .chars()
        .filter(|c| {
            !c.is_control() && !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
        })
        .collect();
    let mut name = kind.title().to_string();
    if !safe.trim().is_empty() {
        name.push('-');
        name.push_str(safe.trim());
    }
    if draft {
        name.push_str("（草稿）");
    }
    name + ".pdf"
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
    fn file_names_carry_the_form_the_number_and_draft() {
        let mut case = Case::default();
        assert_eq!(
            file_name(&case, DocKind::Agreement, false),
            "人民调解协议书.pdf"
        );
        case.agreement.number = "（2026）城东调字第18号".into();
        assert_eq!(
            file_name(&case, DocKind::Agreement, false),
            "人民调解协议书-（2026）城东调字第18号.pdf"
        );
        case.agreement.number = "a/b:c".into();
        assert_eq!(
            file_name(&case, DocKind::Agreement, true),
            "人民调解协议书-abc（草稿）.pdf"
        );
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
    fn heading_table_and_page_number_sizes_are_settings_too() {
        let s = style_with(PageSettings {
            heading_pt: Some(15.0),
            table_pt: Some(10.5),
            page_number_pt: Some(12.0),
            after_title_lines: Some(0.5),
            ..Default::default()
        });
        assert_eq!(s.heading.size, Pt(15.0));
        assert_eq!(s.heading.line_pitch, s.body.line_pitch);
        assert_eq!(s.table.size, Pt(10.5));
        assert_eq!(s.page_number.size, Pt(12.0));
        assert_eq!(s.after_title, 0.5);
        // A heading taller than a line is not taken.
        let s = style_with(PageSettings {
            heading_pt: Some(40.0),
            ..Default::default()
        });
        assert_eq!(s.heading.size, PageStyle::gbt9704().heading.size);
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

    #[test]
    fn the_type_area_always_stays_on_the_sheet_and_text_never_overlaps() {
        for page in [
            PageSettings {
                left_mm: Some(100.0),
                ..Default::default()
            },
            PageSettings {
                top_mm: Some(120.0),
                type_height_mm: Some(250.0),
                ..Default::default()
            },
            PageSettings {
                chars_per_line: Some(200),
                lines_per_page: Some(150),
                ..Default::default()
            },
            PageSettings {
                body_pt: Some(72.0),
                lines_per_page: Some(22),
                ..Default::default()
            },
        ] {
            let s = style_with(page.clone());
            assert!(s.left + s.type_width <= s.width + Pt(0.01), "{page:?}");
            assert!(s.top + s.type_height <= s.height + Pt(0.01), "{page:?}");
            assert!(s.body.line_pitch >= s.body.size, "{page:?}");
            assert!(
                s.body.size + s.body.tracking >= s.body.size * 0.89,
                "{page:?}"
            );
        }
    }
}
