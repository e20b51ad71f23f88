//! 人民调解申请书 (domain spec §1.6): the 申请人 and 被申请人 blocks, 纠纷简要情况,
//! 当事人申请事项, the fixed closing sentence, the applicants' signatures and the date
//! of application.

pub mod wording;

use super::super::common::{Options, party_block};
use super::super::*;
use super::kit;
use crate::model::{Case, Party, Side};
use wording as w;

/// Build the application for `case`. Total: every missing value becomes a blank.
pub fn build(case: &Case, opts: &Options) -> Document {
    let mut blocks = vec![kit::title(w::TITLE)];
    for (side, label) in [
        (Side::Applicant, w::APPLICANT),
        (Side::Respondent, w::RESPONDENT),
    ] {
        let mut any = false;
        for (i, p) in case.parties.iter().enumerate() {
            if p.side == side {
                blocks.extend(relabel(party_block(p, i, case, opts), label));
                any = true;
            }
        }
        if !any {
            // One empty block, as on the printed form.
            let blank = Party::default();
            blocks.extend(relabel(
                party_block(&blank, case.parties.len(), case, opts),
                label,
            ));
        }
    }

    blocks.push(kit::heading(w::FACTS_HEADING));
    blocks.extend(kit::text_paragraphs(
        &case.dispute.facts,
        "dispute.facts",
        20,
    ));

    blocks.push(kit::heading(w::CLAIMS_HEADING));
    let claims: Vec<(usize, &str)> = case
        .dispute
        .claims
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.text.trim().is_empty())
        .map(|(i, c)| (i, c.text.trim()))
        .collect();
    if claims.is_empty() {
        for n in 1..=w::BLANK_CLAIMS {
            blocks.push(claim(n, Run::field("", "dispute.claims", 20)));
        }
    }
    for (n, (i, text)) in claims.into_iter().enumerate() {
        blocks.push(claim(
            n + 1,
            Run::value(text, format!("dispute.claims[{i}].text")),
        ));
    }

    blocks.push(Block::Paragraph(
        Paragraph::new(Role::Body, vec![Run::fixed(w::CLOSING)])
            .indent(2.0, 0.0)
            .keep_with_next(),
    ));

    let applicants: Vec<Paragraph> = case
        .parties
        .iter()
        .enumerate()
        .filter(|(_, p)| p.side == Side::Applicant)
        .map(|(i, p)| kit::sign_line(w::SIGN_APPLICANT, p.name(), format!("parties[{i}].name")))
        .collect();
    let right = if applicants.is_empty() {
        vec![kit::sign_line(w::SIGN_APPLICANT, "", "parties")]
    } else {
        applicants
    };
    blocks.push(Block::Signature(SignatureBlock {
        groups: vec![SignatureGroup::of(Signer::Party, right, true)],
        seal: None,
        date: kit::date_line(case, case.intake.applied_on, "intake.applied_on"),
    }));

    Document {
        meta: kit::meta(w::TITLE, case),
        blocks,
    }
}

/// A numbered claim 「1、…」, continuation lines under its text.
fn claim(n: usize, run: Run) -> Block {
    let number = format!("{n}、");
    let width = number.chars().count() as f32 * 0.5 + 1.0;
    Block::Paragraph(
        Paragraph::new(Role::Body, vec![Run::fixed(number), run]).indent(2.0, 2.0 + width),
    )
}

/// A party block under `label` (申请人 / 被申请人) instead of 「当事人」: the label run
/// of its first line replaced and every line hung under the label's width.
fn relabel(mut blocks: Vec<Block>, label: &str) -> Vec<Block> {
    let hang = label.chars().count() as f32;
    for (i, b) in blocks.iter_mut().enumerate() {
        if let Block::Paragraph(p) = b {
            if i == 0 {
                if let Some(first) = p.runs.first_mut() {
                    *first = Run::fixed(label);
                }
                p.first_indent = 0.0;
            } else {
                p.first_indent = hang;
            }
            p.rest_indent = hang;
        }
    }
    blocks
}
