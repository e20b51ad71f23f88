//! The forms: one folder each, with its builder (`mod.rs`) and its fixed wording
//! (`wording.rs`, citing the domain spec section). Which forms exist is the one list,
//! [`crate::model::FORMS`]; [`build`] matches every row to its builder. Builders are
//! total, like [`agreement::build`]: any `Case` yields a form, missing data
//! printed as blanks (＿＿) to fill in by hand. A form kept once per record (调查记录,
//! 调解记录, 回访记录, 授权委托书) has `build_all`, one document per record, or one blank
//! form when the case has none.

pub mod agreement;
pub mod application;
pub mod back_cover;
pub mod carbon_copies;
pub mod confirmation;
pub mod cover;
pub mod investigation;
mod kit;
pub mod oral_agreement;
pub mod power_of_attorney;
pub mod proof;
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
            .filter(|&&part| holds(case, part))
            .flat_map(|&part| build(case, part, opts))
            .collect();
    }
    match kind {
        DocKind::Agreement => vec![agreement::build(case, opts)],
        DocKind::Confirmation => vec![confirmation::build(case, opts)],
        DocKind::Proof => vec![proof::build(case, opts)],
        DocKind::PowerOfAttorney => power_of_attorney::build_all(case, opts),
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
        DocKind::Dossier | DocKind::Filing => Vec::new(),
    }
}

/// Whether a bundle made for `case` includes `kind`: a per-record form only when the
/// case has such a record (a filing with no agent has no 授权委托书); every other form
/// always (blank where data is missing).
pub fn holds(case: &Case, kind: DocKind) -> bool {
    match kind {
        DocKind::PowerOfAttorney => case.parties.iter().any(|p| !p.agents.is_empty()),
        DocKind::Investigation => !case.investigations.is_empty(),
        DocKind::Session => !case.sessions.is_empty(),
        DocKind::Visit => !case.visits.is_empty(),
        _ => true,
    }
}

/// The forms `case` has something to print on, in list order (what `--doc all` makes):
/// the written agreement or the oral-agreement registration; the confirmation filing
/// when the case applies for confirmation (a power of attorney only for an agent); each
/// record form the case holds a record for; the 卷宗 and its parts. The 四联单 is an
/// alternative printing of the agreement, made only when asked for.
pub fn of_case(case: &Case) -> Vec<DocKind> {
    use crate::model::AgreementForm;
    let oral = case.agreement.form == AgreementForm::Oral;
    let confirming = case.confirmation.is_some();
    DocKind::all()
        .filter(|&k| match k {
            DocKind::Agreement => !oral,
            DocKind::OralAgreement => oral,
            DocKind::CarbonCopies => false,
            DocKind::Confirmation | DocKind::Proof | DocKind::Filing => confirming,
            DocKind::PowerOfAttorney => confirming && holds(case, k),
            _ => holds(case, k),
        })
        .collect()
}
