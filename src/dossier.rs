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
use crate::model::{Case, Material, PageNumbering};
use crate::validate::{Issue, Severity};
use std::ops::RangeInclusive;

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

/// One numbered entry of the file: a document this program writes, or a material it
/// does not (`archive.materials`), bound as a slip holding its place and its pages.
#[derive(Clone, Debug, PartialEq)]
pub enum Content {
    Document(Document),
    /// The index of the material in `archive.materials`.
    Material(usize),
}

/// The numbered entries of `case`'s file in the binding order of domain spec §4.3: the
/// documents it holds (the registry's bound rows: 申请书, 受理登记表, 权利义务告知书,
/// 调查记录 (each), 调解记录 (each), 协议书 or 口头协议登记表, 回访记录 (each)) and its
/// materials, each at its item (身份证明 3, 授权委托书 4, 证据 and 照片 6, 履行凭证 9,
/// 司法确认 and 送达回证 11, 其他 12; after the documents of the same item, in the
/// order entered), each with its 目录 row (pages not yet known). A record the case has
/// no data for is left out.
pub fn contents(case: &Case, opts: &Options) -> Vec<(TocEntry, Content)> {
    let mut out: Vec<(u8, TocEntry, Content)> = forms::dossier_documents(case, opts)
        .into_iter()
        .filter(|d| d.numbered)
        .map(|d| {
            let entry = TocEntry {
                title: d.doc.meta.title.clone(),
                pages: None,
                note: d.note,
            };
            (d.item, entry, Content::Document(d.doc))
        })
        .collect();
    for (i, m) in case.archive.materials.iter().enumerate() {
        let note = [forms::note_date(m.date), m.notes.trim().to_string()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("；");
        let entry = TocEntry {
            title: m.name().to_string(),
            pages: None,
            note,
        };
        out.push((m.kind.item(), entry, Content::Material(i)));
    }
    // Stable: documents before materials of the same item, each kept in its order.
    out.sort_by_key(|(item, _, _)| *item);
    out.into_iter().map(|(_, e, c)| (e, c)).collect()
}

/// The slip standing in the file for `material`, whose paper takes the pages `pages`
/// (its 目录 row `row`): what to put there and how to number it.
fn slip(case: &Case, material: &Material, row: usize, pages: &RangeInclusive<u32>) -> Document {
    use crate::document::forms::kit;
    use crate::document::{Block, Run};
    let mut blocks = vec![kit::title(SLIP_TITLE)];
    let mut line = |label: &str, value: String| {
        if !value.trim().is_empty() {
            blocks.push(kit::line(
                vec![Run::fixed(format!("{label}：")), Run::fixed(value)],
                0.0,
            ));
        }
    };
    line("材料名称", material.name().to_string());
    line("类　　别", material.kind.label().to_string());
    line("日　　期", forms::note_date(material.date));
    line("备　　注", material.notes.clone());
    line(
        "页　　号",
        format!(
            "共{}页，第{}页（卷内目录第{}项）",
            pages.end() - pages.start() + 1,
            toc::page_range(pages),
            row + 1
        ),
    );
    blocks.push(Block::Paragraph(
        crate::document::Paragraph::new(
            crate::document::Role::Body,
            vec![Run::fixed(format!(
                "将该材料的原件或复印件按顺序放在此处，在各页编写页号{}，然后抽去本页。本页不编页号，也不计入卷内页数。",
                toc::page_range(pages)
            ))],
        ),
    ));
    Document {
        meta: kit::meta(SLIP_TITLE, case),
        blocks,
    }
}

/// The slip's title.
pub const SLIP_TITLE: &str = "待放入的纸质材料";

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
    out.extend(materials_lacking(case, severity));
    out
}

/// The materials the 卷宗 must hold that its list (`archive.materials`) lacks: the
/// parties' 身份证明 always (§4.3 item 3, 必须); the signed 授权委托书 when a party has an
/// agent (item 4); the 司法确认 materials when confirmation was applied for (item 11).
fn materials_lacking(case: &Case, severity: Severity) -> Vec<Issue> {
    use crate::model::MaterialKind as K;
    use crate::validate::basis as b;
    let has = |k: K| case.archive.materials.iter().any(|m| m.kind == k);
    let mut out = Vec::new();
    let mut lack = |rule: &'static str, basis: &'static str, kind: K, hint: &'static str| {
        out.push(
            Issue::new(
                severity,
                "archive.materials",
                rule,
                basis,
                format!("卷宗缺少{}", kind.label()),
            )
            .hint(hint),
        );
    };
    if !has(K::Identity) {
        lack(
            "dossier.identity",
            b::MEDIATION_27,
            K::Identity,
            "在「归档」一栏添加材料「当事人身份证明」（身份证复印件等）及其页数",
        );
    }
    if case.parties.iter().any(|p| !p.agents.is_empty()) && !has(K::PowerOfAttorney) {
        lack(
            "dossier.power_of_attorney",
            b::MEDIATION_27,
            K::PowerOfAttorney,
            "有委托代理人：在「归档」一栏添加当事人签字的授权委托书",
        );
    }
    if case.confirmation.is_some() && !has(K::Confirmation) {
        lack(
            "dossier.confirmation",
            b::INTERP_354,
            K::Confirmation,
            "已申请司法确认：在「归档」一栏添加申请材料和人民法院的裁定书",
        );
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
/// `settings.dossier_page_numbers` says. A material is bound as a slip that takes no
/// number itself and holds its declared pages' numbers, so the 目录, the 备考表 and every
/// later page number are right once its paper replaces the slip.
pub fn dossier(case: &Case, opts: &Options, style: &PageStyle, metrics: &dyn Metrics) -> Dossier {
    let mut style = style.clone();
    style.page_numbers = page_numbers(case.settings.dossier_page_numbers);
    let contents = contents(case, opts);
    let material = |i: usize| &case.archive.materials[i];
    let placeholder = Document {
        meta: crate::document::forms::kit::meta(SLIP_TITLE, case),
        blocks: Vec::new(),
    };

    // First pass: the numbered documents and the materials' reserved pages give the
    // final numbers.
    let first_parts: Vec<BundlePart> = contents
        .iter()
        .map(|(_, c)| match c {
            Content::Document(doc) => BundlePart::numbered(doc),
            Content::Material(i) => BundlePart::reserving(&placeholder, material(*i).page_count()),
        })
        .collect();
    let first = layout_parts(&first_parts, &style, metrics);
    let toc: Vec<TocEntry> = contents
        .iter()
        .zip(&first.parts)
        .map(|((entry, _), p)| TocEntry {
            pages: p.numbers.clone(),
            ..entry.clone()
        })
        .collect();
    let pages: u32 = toc
        .iter()
        .filter_map(|e| e.pages.as_ref())
        .fold(0u32, |n, r| n.saturating_add(r.end() - r.start() + 1));
    let counts = Counts {
        documents: u32::try_from(contents.len()).unwrap_or(u32::MAX),
        pages,
    };

    let mut documents = Vec::with_capacity(contents.len() + 3);
    let mut reserved: Vec<Option<u32>> = Vec::with_capacity(contents.len() + 3);
    documents.push(cover::build(case, opts));
    documents.push(toc::build(case, opts, &toc));
    reserved.extend([None, None]);
    for (row, ((_, c), entry)) in contents.into_iter().zip(&toc).enumerate() {
        match c {
            Content::Document(doc) => {
                documents.push(doc);
                reserved.push(None);
            }
            Content::Material(i) => {
                let m = material(i);
                let range = entry.pages.clone().unwrap_or(1..=1);
                documents.push(slip(case, m, row, &range));
                reserved.push(Some(m.page_count()));
            }
        }
    }
    documents.push(back_cover::build(case, opts, Some(counts)));
    reserved.push(None);
    let last = documents.len() - 1;
    let parts: Vec<BundlePart> = documents
        .iter()
        .zip(&reserved)
        .enumerate()
        .map(|(i, (d, r))| match r {
            Some(n) => BundlePart::reserving(d, *n),
            None if i < 2 || i == last => BundlePart::unnumbered(d),
            None => BundlePart::numbered(d),
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
