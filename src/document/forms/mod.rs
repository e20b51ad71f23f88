//! The forms: one folder each, with its builder (`mod.rs`) and its fixed wording
//! (`wording.rs`, citing the domain spec section). Which forms exist is the one list,
//! [`crate::model::FORMS`]; [`build`] matches every row to its builder. Builders are
//! total, like [`super::agreement::build`]: any `Case` yields a form, missing data
//! printed as blanks (＿＿) to fill in by hand. A form kept once per record (调查记录,
//! 调解记录, 回访记录, 授权委托书) has `build_all`, one document per record, or one blank
//! form when the case has none.

pub mod application;
pub mod back_cover;
pub mod carbon_copies;
pub mod cover;
pub mod investigation;
mod kit;
pub mod oral_agreement;
pub mod registration;
pub mod rights_notice;
pub mod session;
pub mod toc;
pub mod visit;

use super::common::Options;
use super::{DocKind, Document};
use crate::model::Case;

/// The documents of `kind` for `case`, in binding order: one for most forms, one per
/// record for per-record forms, the parts one after another for a bundle. The 卷内目录
/// and the 备考表 need the file laid out to know their page numbers and counts: here
/// they come without them (blank to fill in); `crate::dossier` makes them with.
pub fn build(case: &Case, kind: DocKind, opts: &Options) -> Vec<Document> {
    let form = kind.form();
    if !form.parts.is_empty() {
        return form
            .parts
            .iter()
            .flat_map(|&part| build(case, part, opts))
            .collect();
    }
    match kind {
        DocKind::Agreement => vec![super::agreement::build(case, opts)],
        DocKind::Application => vec![application::build(case, opts)],
        DocKind::Registration => vec![registration::build(case, opts)],
        DocKind::RightsNotice => vec![rights_notice::build(case, opts)],
        DocKind::Investigation => investigation::build_all(case, opts),
        DocKind::Session => session::build_all(case, opts),
        DocKind::OralAgreement => vec![oral_agreement::build(case, opts)],
        DocKind::Visit => visit::build_all(case, opts),
        DocKind::CarbonCopies => carbon_copies::build_all(case, opts),
        DocKind::Cover => vec![cover::build(case, opts)],
        DocKind::Toc => vec![toc::build(case, opts, &[])],
        DocKind::BackCover => vec![back_cover::build(case, opts, None)],
        // Bundles are built from their parts above.
        DocKind::Dossier => Vec::new(),
    }
}
