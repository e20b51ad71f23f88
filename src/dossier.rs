//! The whole 卷宗 as one set of pages (domain spec §4): the cover, the 卷内目录, then the
//! documents the case holds in the binding order of §4.3, then the 封底 with the
//! 备考表. Pages are numbered continuously from the first document after the 目录
//! (§4.5; top right by default, `settings.dossier_page_numbers`); the cover, the 目录
//! and the 封底 carry no number and take none.
//!
//! The 目录's 页号 are the real pages: the numbered documents are laid out first, the
//! 目录 is built from where each landed, and since unnumbered parts take no numbers the
//! final bundle numbers them the same. The 备考表 counts what was laid out.

use crate::document::Document;
use crate::document::common::{Options, agreement_number, date_text};
use crate::document::forms::back_cover::{self, Counts};
use crate::document::forms::toc::{self, TocEntry};
use crate::document::forms::{
    application, cover, investigation, oral_agreement, registration, rights_notice, session, visit,
};
use crate::layout::style::PageNumbers;
use crate::layout::{BundlePart, Metrics, Page, PageStyle, PartPages, layout_parts};
use crate::model::{AgreementForm, Case, Date, PageNumbering};
use crate::validate::dossier as holds;

/// One document of the file with its row of the 目录 (pages not yet known).
#[derive(Clone, Debug, PartialEq)]
pub struct Content {
    /// 文书名称 and 备注 of its 目录 row.
    pub entry: TocEntry,
    pub doc: Document,
}

/// A laid-out 卷宗.
#[derive(Clone, Debug, PartialEq)]
pub struct Dossier {
    /// Every document in binding order: cover, 目录, the file's documents, 封底.
    pub documents: Vec<Document>,
    /// Every page of every document, in order.
    pub pages: Vec<Page>,
    /// Where each of `documents` landed, in the same order.
    pub parts: Vec<PartPages>,
    /// The 目录's rows: one per numbered document, with its first and last page.
    pub toc: Vec<TocEntry>,
    /// What the 备考表 states: the numbered documents and their pages.
    pub counts: Counts,
}

/// The documents `case` holds, in the binding order of domain spec §4.3: 申请书,
/// 受理登记表, 权利义务告知书, 调查记录 (each), 调解记录 (each), 协议书 or 口头协议登记表,
/// 回访记录 (each). A record the case has no data for is left out.
pub fn contents(case: &Case, opts: &Options) -> Vec<Content> {
    let mut out = Vec::new();
    let mut push = |doc: Document, note: String| {
        out.push(Content {
            entry: TocEntry {
                title: doc.meta.title.clone(),
                pages: None,
                note,
            },
            doc,
        })
    };
    let date = |d: Option<Date>| d.map(|d| date_text(Some(d))).unwrap_or_default();
    if holds::has_application(case) {
        push(application::build(case, opts), date(case.intake.applied_on));
    }
    if holds::has_registration(case) {
        push(
            registration::build(case, opts),
            date(case.intake.accepted_on),
        );
    }
    if holds::has_rights_notice(case) {
        push(
            rights_notice::build(case, opts),
            date(case.intake.rights_notified_on),
        );
    }
    for (i, r) in case.investigations.iter().enumerate() {
        push(investigation::build_one(case, r, i, opts), date(r.date));
    }
    for (i, s) in case.sessions.iter().enumerate() {
        push(session::build_one(case, s, i, opts), date(s.date));
    }
    if holds::has_agreement(case) {
        let doc = match case.agreement.form {
            AgreementForm::Written => crate::document::forms::agreement::build(case, opts),
            AgreementForm::Oral => oral_agreement::build(case, opts),
        };
        push(doc, agreement_number(case));
    }
    for (i, v) in case.visits.iter().enumerate() {
        push(visit::build_one(case, v, i, opts), date(v.date));
    }
    out
}

/// The page-number placement of a [`PageNumbering`] setting.
pub fn page_numbers(n: PageNumbering) -> PageNumbers {
    match n {
        PageNumbering::Official => PageNumbers::Official,
        PageNumbering::TopRight => PageNumbers::TopRight,
        PageNumbering::OfTotal => PageNumbers::OfTotal,
        PageNumbering::None => PageNumbers::None,
    }
}

/// Build and lay out the whole 卷宗 of `case` on `style`, its page numbers placed as
/// `settings.dossier_page_numbers` says.
pub fn dossier(case: &Case, opts: &Options, style: &PageStyle, metrics: &dyn Metrics) -> Dossier {
    let mut style = style.clone();
    style.page_numbers = page_numbers(case.settings.dossier_page_numbers);
    let contents = contents(case, opts);

    // First pass: the numbered documents alone give the final numbers.
    let numbered: Vec<BundlePart> = contents
        .iter()
        .map(|c| BundlePart::numbered(&c.doc))
        .collect();
    let first = layout_parts(&numbered, &style, metrics);
    let toc: Vec<TocEntry> = contents
        .iter()
        .zip(&first.parts)
        .map(|(c, p)| TocEntry {
            pages: p.numbers.clone(),
            ..c.entry.clone()
        })
        .collect();
    let counts = Counts {
        documents: u32::try_from(contents.len()).unwrap_or(u32::MAX),
        pages: u32::try_from(first.pages.len()).unwrap_or(u32::MAX),
    };

    let mut documents = Vec::with_capacity(contents.len() + 3);
    documents.push(cover::build(case, opts));
    documents.push(toc::build(case, opts, &toc));
    documents.extend(contents.into_iter().map(|c| c.doc));
    documents.push(back_cover::build(case, opts, Some(counts)));
    let last = documents.len() - 1;
    let parts: Vec<BundlePart> = documents
        .iter()
        .enumerate()
        .map(|(i, d)| {
            if i < 2 || i == last {
                BundlePart::unnumbered(d)
            } else {
                BundlePart::numbered(d)
            }
        })
        .collect();
    let bundle = layout_parts(&parts, &style, metrics);
    Dossier {
        documents,
        pages: bundle.pages,
        parts: bundle.parts,
        toc,
        counts,
    }
}
