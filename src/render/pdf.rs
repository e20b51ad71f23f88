//! Pages → PDF with printpdf: fonts subset-embedded (CID-keyed, Identity-H, with a
//! ToUnicode map so text copies out exactly), content streams compressed, document
//! metadata set. Never writes a glyph the font lacks: the coverage check runs first.

use crate::document::Meta;
use crate::document::wording::{DRAFT_TITLE_SUFFIX, DRAFT_WATERMARK};
use crate::fonts::{FontSet, MissingGlyph, coverage, outlines_pending};
use crate::layout::{Face, Item, Page, Pt, TextRun};
use printpdf::{
    Color, FontId, Greyscale, Line, LinePoint, Op, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Rgb, TextItem, TextMatrix,
};
use std::collections::BTreeSet;

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ExportError {
    /// Characters no loaded font can draw; they would print as empty boxes.
    #[error("{}", missing_message(.0))]
    MissingGlyphs(Vec<MissingGlyph>),
    /// Faces fetched by need lack the outlines of glyphs the pages draw: the app fetches
    /// these slices (face, number) and exports again.
    #[error("字体尚未下载完成，请稍候再试")]
    OutlinesPending(Vec<(Face, u8)>),
    /// A face the pages use was never loaded.
    #[error("字体尚未加载：{0:?}")]
    FontNotLoaded(Face),
    /// Nothing to export.
    #[error("没有可导出的页面")]
    NoPages,
}

fn missing_message(m: &[MissingGlyph]) -> String {
    let chars: String = m.iter().map(|g| g.ch).collect();
    let fields: BTreeSet<&str> = m
        .iter()
        .flat_map(|g| g.fields.iter().map(|f| f.0.as_str()))
        .collect();
    let fields: Vec<&str> = fields.into_iter().collect();
    format!(
        "字体缺少以下字符：{chars}（出现在：{}）。请加载包含这些字符的字体（如本机的仿宋_GB2312），或检查是否输入有误。",
        if fields.is_empty() {
            "固定文字".to_string()
        } else {
            fields.join("、")
        }
    )
}

/// A finished PDF.
#[derive(Debug)]
pub struct Exported {
    pub bytes: Vec<u8>,
    /// What printpdf warned about, for the UI to show.
    pub warnings: Vec<String>,
}

/// The PDF resource name of a face: stable, so op lists can be compared in goldens.
/// printpdf also uses it as the subset tag of the font's name, which PDF requires to
/// be six capital letters (ISO 32000-1 §9.6.4), e.g. `TJSERF+NotoSerifCJKsc-Regular`.
pub fn font_id(face: Face) -> FontId {
    FontId(
        match face {
            Face::Serif => "TJSERF",
            Face::SerifBold => "TJBOLD",
            Face::Sans => "TJSANS",
            Face::User => "TJUSER",
        }
        .to_string(),
    )
}

fn pt(p: Pt) -> printpdf::Pt {
    printpdf::Pt(p.0)
}

/// The printpdf operations of one page (y flipped to PDF's bottom-up coordinates).
pub fn page_ops(page: &Page) -> Vec<Op> {
    let mut ops = Vec::new();
    let flip = |y: Pt| pt(page.height - y);
    let mut stroke_set = false;
    for item in &page.items {
        match item {
            Item::Text(run) => text_ops(run, page, &mut ops),
            Item::Line {
                from,
                to,
                thickness,
            } => {
                if !stroke_set {
                    ops.push(Op::SetOutlineColor {
                        col: Color::Rgb(Rgb {
                            r: 0.0,
                            g: 0.0,
                            b: 0.0,
                            icc_profile: None,
                        }),
                    });
                    stroke_set = true;
                }
                ops.push(Op::SetOutlineThickness { pt: pt(*thickness) });
                ops.push(Op::DrawLine {
                    line: Line {
                        points: vec![
                            LinePoint {
                                p: Point {
                                    x: pt(from.x),
                                    y: flip(from.y),
                                },
                                bezier: false,
                            },
                            LinePoint {
                                p: Point {
                                    x: pt(to.x),
                                    y: flip(to.y),
                                },
                                bezier: false,
                            },
                        ],
                        is_closed: false,
                    },
                });
            }
        }
    }
    ops
}

/// How a draft's 「草稿」 watermark sits on a page: its size, its angle and its grey.
/// The renderers share it, so the preview shows what the PDF prints.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Watermark {
    /// Font size: a quarter of the page width (about 149 pt on A4), so the two
    /// characters span half the sheet.
    pub size: Pt,
    /// Centre of the word, from the top left of the page.
    pub centre: crate::layout::Point,
    /// Counter-clockwise angle of the baseline, in degrees (bottom left to top right).
    pub angle: f32,
    /// Fill grey, 0 black to 1 white: light enough to read the text through, dark
    /// enough to survive a photocopy.
    pub grey: f32,
}

/// How far above the baseline the middle of a CJK ideograph is, in em (the ideographic
/// em box runs from −0.12 em to 0.88 em).
const IDEOGRAPH_MIDDLE: f32 = 0.38;

impl Watermark {
    /// The watermark of `page`: centred, 45°, light grey.
    pub fn of(page: &Page) -> Watermark {
        Watermark {
            size: page.width * 0.25,
            centre: crate::layout::Point::new(page.width * 0.5, page.height * 0.5),
            angle: 45.0,
            grey: 0.85,
        }
    }

    /// The word's advance along its baseline (full-width characters, 1 em each).
    pub fn advance(&self) -> Pt {
        self.size * DRAFT_WATERMARK.chars().count() as f32
    }
}

/// The face a draft watermark is drawn in: 黑体 if loaded and able to draw it, else
/// the body's serif; `None` if no loaded face has both characters.
pub fn watermark_face(fonts: &FontSet) -> Option<Face> {
    [Face::Sans, Face::Serif]
        .into_iter()
        .find(|&f| fonts.is_loaded(f) && DRAFT_WATERMARK.chars().all(|c| fonts.has_glyph(f, c)))
}

/// The printpdf operations of a draft watermark on `page`, drawn before the page's
/// own ops so the text lies over it: one text object, its matrix rotating the
/// baseline by [`Watermark::angle`] about the page centre, filled light grey inside
/// saved graphics state (the body's black fill is untouched).
pub fn watermark_ops(page: &Page, face: Face) -> Vec<Op> {
    let w = Watermark::of(page);
    let (sin, cos) = w.angle.to_radians().sin_cos();
    // PDF coordinates (y up) of the centre; the baseline starts half the advance back
    // along the rotated x axis and the ideograph middle below along the rotated y axis.
    let (cx, cy) = (w.centre.x.0, page.height.0 - w.centre.y.0);
    let half = w.advance().0 * 0.5;
    let rise = w.size.0 * IDEOGRAPH_MIDDLE;
    let x = cx - cos * half + sin * rise;
    let y = cy - sin * half - cos * rise;
    vec![
        Op::SaveGraphicsState,
        Op::SetFillColor {
            col: Color::Greyscale(Greyscale {
                percent: w.grey,
                icc_profile: None,
            }),
        },
        Op::StartTextSection,
        Op::SetFont {
            font: PdfFontHandle::External(font_id(face)),
            size: pt(w.size),
        },
        Op::SetTextMatrix {
            matrix: TextMatrix::Raw([cos, sin, -sin, cos, x, y]),
        },
        Op::ShowText {
            items: vec![TextItem::Text(DRAFT_WATERMARK.to_string())],
        },
        Op::EndTextSection,
        Op::RestoreGraphicsState,
    ]
}

fn text_ops(run: &TextRun, page: &Page, ops: &mut Vec<Op>) {
    if run.text.is_empty() {
        return;
    }
    let mut items = Vec::new();
    let mut buf = String::new();
    for (i, ch) in run.text.chars().enumerate() {
        buf.push(ch);
        let extra = run.extra.get(i).copied().unwrap_or(Pt::ZERO);
        if extra != Pt::ZERO && i + 1 < run.advances.len() {
            items.push(TextItem::Text(std::mem::take(&mut buf)));
            // TJ numbers are thousandths of an em, positive moving left.
            items.push(TextItem::Offset(-extra.0 * 1000.0 / run.size.0));
        }
    }
    if !buf.is_empty() {
        items.push(TextItem::Text(buf));
    }
    ops.push(Op::StartTextSection);
    ops.push(Op::SetFont {
        font: PdfFontHandle::External(font_id(run.face)),
        size: pt(run.size),
    });
    ops.push(Op::SetTextCursor {
        pos: Point {
            x: pt(run.origin.x),
            y: pt(page.height - run.origin.y),
        },
    });
    ops.push(Op::ShowText { items });
    ops.push(Op::EndTextSection);
}

/// The faces the pages draw with, in a fixed order.
pub fn faces_used(pages: &[Page]) -> BTreeSet<Face> {
    pages
        .iter()
        .flat_map(|p| p.items.iter())
        .filter_map(|it| match it {
            Item::Text(r) if !r.text.is_empty() => Some(r.face),
            _ => None,
        })
        .collect()
}

/// Make the PDF. `created_unix` is the creation time (seconds since 1970, UTC), passed
/// in so that rendering stays pure.
pub fn pdf(
    pages: &[Page],
    meta: &Meta,
    fonts: &FontSet,
    created_unix: i64,
) -> Result<Exported, ExportError> {
    pdf_timed(pages, meta, fonts, created_unix, &|| 0.0).map(|(pdf, _)| pdf)
}

/// Forget the font subsets kept from earlier exports: printpdf keeps the subsets of the
/// last few exports (a face, the glyphs used), so exporting the same text again skips
/// subsetting, by far the slowest stage in the browser (docs/performance.md). The next
/// export subsets afresh; its bytes are the same either way.
pub fn forget_font_subsets() {
    printpdf::clear_subset_cache();
}

/// When each stage of writing a PDF ended, read from the caller's clock (see
/// [`pdf_timed`]).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Laps {
    /// Before anything was done.
    pub start: f64,
    /// The coverage check passed and the printpdf document (page operations, font
    /// resources, metadata) is built.
    pub prepared: f64,
    /// The used glyphs are collected and each font subset.
    pub subset: f64,
    /// The pages and the file are written (streams compressed): the bytes are ready.
    pub written: f64,
}

/// [`pdf`], reading `clock` between its stages. [`pdf`] is this with a clock that
/// always says 0: the timed export is the export.
pub fn pdf_timed(
    pages: &[Page],
    meta: &Meta,
    fonts: &FontSet,
    created_unix: i64,
    clock: &dyn Fn() -> f64,
) -> Result<(Exported, Laps), ExportError> {
    let mut laps = Laps {
        start: clock(),
        ..Laps::default()
    };
    if pages.is_empty() {
        return Err(ExportError::NoPages);
    }
    let missing = coverage(pages, fonts);
    if !missing.is_empty() {
        return Err(ExportError::MissingGlyphs(missing));
    }
    let pending = outlines_pending(
        pages,
        watermark_face(fonts)
            .filter(|_| meta.draft)
            .map(|f| (f, DRAFT_WATERMARK)),
        fonts,
    );
    if !pending.is_empty() {
        return Err(ExportError::OutlinesPending(pending));
    }
    let mut warnings = Vec::new();
    let watermark = if meta.draft {
        let face = watermark_face(fonts);
        if face.is_none() {
            warnings.push(format!(
                "已加载的字体缺少「{DRAFT_WATERMARK}」二字，草稿未加水印（标题已注明草稿）"
            ));
        }
        face
    } else {
        None
    };
    let title = if meta.draft {
        format!("{}{DRAFT_TITLE_SUFFIX}", meta.title)
    } else {
        meta.title.clone()
    };
    let mut doc = PdfDocument::new(&title);
    for face in faces_used(pages).into_iter().chain(watermark) {
        let loaded = fonts.face(face).ok_or(ExportError::FontNotLoaded(face))?;
        doc.resources
            .fonts
            .map
            .insert(font_id(face), printpdf::PdfFont::new(loaded.font.clone()));
    }
    let info = &mut doc.metadata.info;
    info.author = meta.author.clone();
    info.subject = meta.subject.clone();
    info.creator = "tiaojie 人民调解文书生成器".into();
    info.producer = format!("tiaojie {} (printpdf)", env!("CARGO_PKG_VERSION"));
    if let Ok(t) = printpdf::OffsetDateTime::from_unix_timestamp(created_unix) {
        info.creation_date = t;
        info.modification_date = t;
        info.metadata_date = t;
    }
    let pdf_pages = pages
        .iter()
        .map(|p| {
            let mut ops = watermark.map(|f| watermark_ops(p, f)).unwrap_or_default();
            ops.extend(page_ops(p));
            PdfPage::new(
                printpdf::Mm(p.width.to_mm()),
                printpdf::Mm(p.height.to_mm()),
                ops,
            )
        })
        .collect();
    let doc = doc.with_pages(pdf_pages);
    laps.prepared = clock();
    let mut printpdf_warnings = Vec::new();
    let bytes = doc.save_with_lap(
        &PdfSaveOptions::default(),
        &mut printpdf_warnings,
        &mut || {
            laps.subset = clock();
        },
    );
    laps.written = clock();
    warnings.extend(printpdf_warnings.into_iter().map(|w| format!("{w:?}")));
    Ok((Exported { bytes, warnings }, laps))
}
