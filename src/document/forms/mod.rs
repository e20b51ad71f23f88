//! The forms: one folder each, with its builder (`mod.rs`) and its fixed wording
//! (`wording.rs`, citing the domain spec section), and one row each in the registry
//! ([`FORMS`]: builder, title, binding in the 卷宗, when a case holds it, editor
//! sections, training notes). Builders are total: any `Case` yields a form, missing data
//! printed as blanks (＿＿) to fill in by hand. A form kept once per record (调查记录,
//! 调解记录, 回访记录, 授权委托书, 送达地址确认书) makes one document per record, or one
//! blank form when the case has none.

pub mod agreement;
pub mod application;
pub mod back_cover;
pub mod carbon_copies;
pub mod confirmation;
pub mod cover;
pub mod investigation;
pub(crate) mod kit;
pub mod oral_agreement;
pub mod power_of_attorney;
pub mod proof;
pub mod registration;
mod registry;
pub mod rights_notice;
pub mod service_address;
pub mod session;
pub mod toc;
pub mod visit;

pub use registry::{Bound, FORMS, Form, Lack, Make, bound_rows, has_agreement, note_date, scope};

use super::common::Options;
use super::{DocKind, Document};
use crate::model::Case;

/// The documents of `kind` for `case`, in binding order: one for most forms, one per
/// record for per-record forms, the parts one after another for a bundle (a filing's
/// per-record parts only when the case holds them; the 卷宗's documents as
/// [`dossier_documents`]). The 卷内目录 and the 备考表 need the file laid out to know
/// their page numbers and counts: here they come without them (blank to fill in);
/// `crate::dossier` makes them with.
pub fn build(case: &Case, kind: DocKind, opts: &Options) -> Vec<Document> {
    let form = kind.form();
    let blank_form = |docs: Vec<Document>| {
        if (form.holds)(case) {
            docs
        } else {
            docs.into_iter().map(blank_form).collect()
        }
    };
    match form.make {
        Make::One(f) => blank_form(vec![f(case, opts)]),
        Make::Each(f) => blank_form(f(case, opts)),
        Make::Bundle(parts) => parts
            .iter()
            .filter(|&&part| in_bundle(case, part))
            .flat_map(|&part| build(case, part, opts))
            .collect(),
        Make::Dossier => dossier_documents(case, opts)
            .into_iter()
            .map(|d| d.doc)
            .collect(),
    }
}

/// A form the case does not hold (a 授权委托书 with no agent, an 调查记录 with no
/// investigation), made when asked for: an explicitly blank form to fill in by hand.
/// What the case does hold is printed; every blank is left for the pen (no check
/// reports it), and the PDF's title says 「（空白表）」.
fn blank_form(mut doc: Document) -> Document {
    for b in &mut doc.blocks {
        for p in super::paragraphs_mut(b) {
            for r in &mut p.runs {
                r.pen |= r.blank;
            }
        }
    }
    doc.meta.title.push_str(super::wording::BLANK_FORM_SUFFIX);
    doc
}

/// Whether a bundle made for `case` includes `part`: a per-record form only when the
/// case holds such a record (a filing with no agent has no 授权委托书); every other form
/// always (blank where data is missing).
fn in_bundle(case: &Case, part: DocKind) -> bool {
    let f = part.form();
    match f.make {
        Make::Each(_) => (f.holds)(case),
        _ => true,
    }
}

/// The forms `case` holds, in list order (what `--doc all` makes): each row's
/// [`Form::holds`].
pub fn of_case(case: &Case) -> Vec<DocKind> {
    FORMS
        .iter()
        .filter(|f| (f.holds)(case))
        .map(|f| f.kind)
        .collect()
}

/// One document of the 卷宗, with its row.
#[derive(Clone, Debug, PartialEq)]
pub struct BoundDoc {
    pub kind: DocKind,
    pub doc: Document,
    /// The 备注 of its 目录 row (numbered documents only).
    pub note: String,
    /// Whether it takes page numbers (every document but the cover, 目录 and 封底).
    pub numbered: bool,
    /// Its item of the binding order (domain spec §4.3); 0 in front, 255 behind.
    pub item: u8,
}

/// The 卷宗's documents in binding order (domain spec §4.3): the cover and the 目录,
/// each numbered document the case holds (its rows by §4.3 item), the 封底; the 目录
/// and the 备考表 without their numbers (`crate::dossier` lays the file out to fill
/// them in).
pub fn dossier_documents(case: &Case, opts: &Options) -> Vec<BoundDoc> {
    let mut out = Vec::new();
    for f in bound_rows() {
        let numbered = matches!(f.bound, Some(Bound::Item { .. }));
        if numbered && !(f.holds)(case) {
            continue;
        }
        for (i, doc) in build(case, f.kind, opts).into_iter().enumerate() {
            let (note, item) = match f.bound {
                Some(Bound::Item { note, item, .. }) => (note(case, i), item),
                Some(Bound::Back) => (String::new(), u8::MAX),
                _ => (String::new(), 0),
            };
            out.push(BoundDoc {
                kind: f.kind,
                doc,
                note,
                numbered,
                item,
            });
        }
    }
    out
}
