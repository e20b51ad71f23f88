//! The forms: one folder each, each with its builder and its wording table. Which forms
//! exist is the list in [`crate::model::FORMS`]; [`build`] matches every row to its
//! builder.

use super::common::Options;
use super::{DocKind, Document};
use crate::model::Case;

/// The documents of `kind` for `case`, in binding order: one for most forms, one per
/// record for per-record forms, the parts one after another for a bundle.
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
    }
}
