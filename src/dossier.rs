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
use crate::document::common::Options;
use crate::document::forms::back_cover::{self, Counts};
use crate::document::forms::toc::{self, TocEntry};
use crate::document::forms::{self, cover};
use crate::layout::style::PageNumbers;
use crate::layout::{BundlePart, Metrics, Page, PageStyle, PartPages, layout_parts};
use crate::model::{Case, PageNumbering};
use crate::validate::{Issue, Severity};

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

/// The numbered documents `case` holds, in the binding order of domain spec §4.3 (the
/// registry's bound rows: 申请书, 受理登记表, 权利义务告知书, 调查记录 (each), 调解记录
/// (each), 协议书 or 口头协议登记表, 回访记录 (each)), each with its 目录 row (pages not
/// yet known). A record the case has no data for is left out.
pub fn contents(case: &Case, opts: &Options) -> Vec<(TocEntry, Document)> {
    forms::dossier_documents(case, opts)
        .into_iter()
        .filter(|d| d.numbered)
        .map(|d| {
            let entry = TocEntry {
                title: d.doc.meta.title.clone(),
                pages: None,
                note: d.note,
            };
            (entry, d.doc)
        })
        .collect()
}

/// What the 卷宗 still lacks of the documents §4.3 marks 必须: each mandatory item (a
/// registry row's [`forms::Lack`]) that no row of the case holds, as an issue of
/// `severity` (a warning when the 卷宗 is to be made, a notice for the other records).
pub fn lacks(case: &Case, severity: Severity) -> Vec<Issue> {
    let mut out: Vec<Issue> = Vec::new();
    let mut items: Vec<(u8, &forms::Lack)> = Vec::new();
    for f in forms::FORMS {
        if let Some(forms::Bound::Item {
            item,
            lack: Some(lack),
            ..
        }) = f.bound
            && !items.iter().any(|(i, _)| *i == item)
        {
            items.push((item, lack));
        }
    }
    for (item, lack) in items {
        let held = forms::FORMS.iter().any(|f| {
            matches!(f.bound, Some(forms::Bound::Item { item: i, .. }) if i == item)
                && (f.holds)(case)
        });
        if !held {
            out.push(
                Issue::new(
                    severity,
                    lack.path,
                    lack.rule,
                    lack.basis,
                    format!("卷宗缺少{}（必须）", lack.what),
                )
                .hint(lack.hint),
            );
        }
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
        .map(|(_, doc)| BundlePart::numbered(doc))
        .collect();
    let first = layout_parts(&numbered, &style, metrics);
    let toc: Vec<TocEntry> = contents
        .iter()
        .zip(&first.parts)
        .map(|((entry, _), p)| TocEntry {
            pages: p.numbers.clone(),
            ..entry.clone()
        })
        .collect();
    let counts = Counts {
        documents: u32::try_from(contents.len()).unwrap_or(u32::MAX),
        pages: u32::try_from(first.pages.len()).unwrap_or(u32::MAX),
    };

    let mut documents = Vec::with_capacity(contents.len() + 3);
    documents.push(cover::build(case, opts));
    documents.push(toc::build(case, opts, &toc));
    documents.extend(contents.into_iter().map(|(_, doc)| doc));
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
