//! 人民调解当事人权利义务告知书: the committee's nature and principles, the parties'
//! rights and duties of 人民调解法 Arts. 23–24 in the statute's words, the effect of an
//! agreement, the parties' acknowledgement and signatures, dated the day the notice was
//! given (`intake.rights_notified_on`).

pub mod wording;

use super::super::common::Options;
use super::super::*;
use super::kit;
use crate::model::Case;
use wording as w;

/// Build the notice for `case`. Total: every missing value becomes a blank.
pub fn build(case: &Case, _opts: &Options) -> Document {
    let body = |text: &str| {
        Block::Paragraph(Paragraph::new(Role::Body, vec![Run::fixed(text)]).indent(2.0, 0.0))
    };
    let names = kit::all_party_names(case);
    let mut blocks = vec![
        kit::title(w::TITLE),
        kit::line(
            vec![Run::fixed(w::TO).kept(), Run::field(&names, "parties", 8)],
            w::TO.chars().count() as f32,
        ),
        body(w::INTRO),
        kit::heading(w::RIGHTS_HEADING),
    ];
    blocks.extend(w::RIGHTS.iter().map(|t| body(t)));
    blocks.push(kit::heading(w::DUTIES_HEADING));
    blocks.extend(w::DUTIES.iter().map(|t| body(t)));
    blocks.push(body(w::EFFECT));
    blocks.push(Block::Paragraph(
        Paragraph::new(Role::Body, vec![Run::fixed(w::ACKNOWLEDGEMENT)])
            .indent(2.0, 0.0)
            .keep_with_next(),
    ));

    let mut left: Vec<Paragraph> = case
        .parties
        .iter()
        .enumerate()
        .map(|(i, p)| crate::document::party::party_signature(p, i))
        .collect();
    while left.len() < 2 {
        left.push(kit::sign_line(w::SIGN_PARTY, "", "parties"));
    }
    blocks.push(Block::Signature(SignatureBlock {
        groups: vec![
            SignatureGroup::of(Signer::Party, left, true),
            SignatureGroup::of(
                Signer::Official,
                vec![kit::sign_line(w::SIGN_NOTIFIER, "", "intake")],
                true,
            ),
        ],
        seal: Some(kit::seal()),
        date: kit::date_line(
            case,
            case.intake.rights_notified_on,
            "intake.rights_notified_on",
        ),
    }));

    Document {
        meta: kit::meta(w::TITLE, case),
        blocks,
    }
}
