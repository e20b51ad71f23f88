//! 人民调解调查记录 (domain spec §1.7), one per investigation: 时间, 地点, 调查人,
//! 被调查人, 记录人, the record, and the 被调查人's signature.

pub mod wording;

use super::super::common::Options;
use super::super::*;
use super::kit;
use crate::model::{Case, Investigation};
use wording as w;

/// One record per investigation of `case`, in order; one blank record when it has none.
pub fn build_all(case: &Case, opts: &Options) -> Vec<Document> {
    if case.investigations.is_empty() {
        return vec![build_one(case, &Investigation::default(), 0, opts)];
    }
    case.investigations
        .iter()
        .enumerate()
        .map(|(i, r)| build_one(case, r, i, opts))
        .collect()
}

/// The record of investigation `r`, the `index`-th of `case.investigations`.
pub fn build_one(case: &Case, r: &Investigation, index: usize, _opts: &Options) -> Document {
    let path = |f: &str| format!("investigations[{index}].{f}");
    let investigators = kit::join_names(&r.investigators);
    let mut blocks = vec![
        kit::title(w::TITLE),
        kit::field_line(
            w::TIME,
            w::LABEL_WIDTH,
            &kit::date_time(r.date, &r.time),
            path("date"),
            12,
        ),
        kit::field_line(w::PLACE, w::LABEL_WIDTH, &r.place, path("place"), 12),
        kit::field_line(
            w::INVESTIGATORS,
            w::LABEL_WIDTH,
            &investigators,
            path("investigators"),
            8,
        ),
        kit::field_line(
            w::INTERVIEWEE,
            w::LABEL_WIDTH,
            &r.interviewee,
            path("interviewee"),
            8,
        ),
        kit::field_line(
            w::RECORDER,
            w::LABEL_WIDTH,
            &r.recorder,
            path("recorder"),
            8,
        ),
        kit::heading(w::CONTENT),
    ];
    blocks.extend(kit::text_paragraphs(&r.content, &path("content"), 24));
    if let Some(Block::Paragraph(p)) = blocks.last_mut() {
        p.keep_with_next = true;
    }

    let mut right: Vec<Paragraph> = r
        .investigators
        .iter()
        .filter(|n| !n.trim().is_empty())
        .map(|_| kit::sign_line(w::SIGN_INVESTIGATOR, "", path("investigators")))
        .collect();
    if right.is_empty() {
        right.push(kit::sign_line(
            w::SIGN_INVESTIGATOR,
            "",
            path("investigators"),
        ));
    }
    right.push(kit::sign_line(w::SIGN_RECORDER, "", path("recorder")));
    blocks.push(Block::Signature(SignatureBlock {
        groups: vec![
            SignatureGroup::of(
                Signer::Party,
                vec![kit::sign_line(
                    w::SIGN_INTERVIEWEE,
                    &r.interviewee,
                    path("interviewee"),
                )],
                true,
            ),
            SignatureGroup::of(Signer::Official, right, true),
        ],
        seal: None,
        date: kit::date_line(case, r.date, &path("date")),
    }));

    Document {
        meta: kit::meta(w::TITLE, case),
        blocks,
    }
}
