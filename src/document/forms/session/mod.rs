//! 人民调解记录 (调解笔录, domain spec §1.7), one per mediation session: the header
//! (时间, 地点, 事由, 参加人, 当事人), the record, 调解结果, the read-back sentence and
//! every signature: the parties present, the mediators and the recorder, with the seal.

pub mod wording;

use super::super::common::Options;
use super::super::*;
use super::kit;
use crate::model::{Case, MediationSession};
use wording as w;

/// 「无」 for a list with no one in it.
fn none_if_empty(names: String) -> String {
    if names.is_empty() {
        w::NONE.to_string()
    } else {
        names
    }
}

/// One record per session of `case`, in order; one blank record when it has none.
pub fn build_all(case: &Case, opts: &Options) -> Vec<Document> {
    if case.sessions.is_empty() {
        return vec![build_one(case, &MediationSession::default(), 0, opts)];
    }
    case.sessions
        .iter()
        .enumerate()
        .map(|(i, s)| build_one(case, s, i, opts))
        .collect()
}

/// The record of session `s`, the `index`-th of `case.sessions`.
pub fn build_one(case: &Case, s: &MediationSession, index: usize, _opts: &Options) -> Document {
    let path = |f: &str| format!("sessions[{index}].{f}");
    let present = kit::party_names(case, &s.parties_present);
    let mut blocks = vec![
        kit::title(w::TITLE),
        kit::field_line(
            w::TIME,
            w::LABEL_WIDTH,
            &kit::date_time(s.date, &s.time),
            path("date"),
            12,
        ),
        kit::field_line(w::PLACE, w::LABEL_WIDTH, &s.place, path("place"), 12),
        kit::field_line(w::SUBJECT, w::LABEL_WIDTH, &s.subject, path("subject"), 12),
        kit::field_line(
            w::PARTICIPANTS,
            w::LABEL_WIDTH,
            // 参加人 are the people invited to help (domain spec §1.7); none typed is none.
            &none_if_empty(kit::join_names(&s.participants)),
            path("participants"),
            8,
        ),
        kit::field_line(
            w::PARTIES,
            w::LABEL_WIDTH,
            &present,
            path("parties_present"),
            8,
        ),
        kit::field_line(
            w::MEDIATORS,
            w::LABEL_WIDTH,
            &kit::join_names(&s.mediators),
            path("mediators"),
            8,
        ),
        kit::field_line(
            w::RECORDER,
            w::LABEL_WIDTH,
            &s.recorder,
            path("recorder"),
            8,
        ),
        kit::heading(w::CONTENT),
    ];
    blocks.extend(kit::text_paragraphs(&s.content, &path("content"), 24));
    blocks.push(kit::heading(w::RESULT));
    blocks.extend(kit::text_paragraphs(&s.result, &path("result"), 16));
    blocks.push(Block::Paragraph(
        Paragraph::new(Role::Body, vec![Run::fixed(w::READ_BACK)])
            .indent(2.0, 0.0)
            .keep_with_next(),
    ));

    // The parties present sign; with none recorded, two blank lines.
    let mut left: Vec<Paragraph> = s
        .parties_present
        .iter()
        .filter_map(|id| case.party_index(id))
        .map(|i| crate::document::party::party_signature(&case.parties[i], i))
        .collect();
    while left.len() < 2 {
        left.push(kit::sign_line(w::SIGN_PARTY, "", path("parties_present")));
    }
    let mediators = s.mediators.iter().filter(|m| !m.trim().is_empty()).count();
    let mut right: Vec<Paragraph> = (0..mediators.max(1))
        .map(|_| kit::sign_line(w::SIGN_MEDIATOR, "", path("mediators")))
        .collect();
    right.push(kit::sign_line(w::SIGN_RECORDER, "", path("recorder")));
    blocks.push(Block::Signature(SignatureBlock {
        groups: vec![
            SignatureGroup::of(Signer::Party, left, true),
            SignatureGroup::of(Signer::Official, right, true),
        ],
        seal: Some(kit::seal()),
        date: kit::date_line(case, s.date, &path("date")),
    }));

    Document {
        meta: kit::meta(w::TITLE, case),
        blocks,
    }
}
