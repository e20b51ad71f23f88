//! 人民调解协议书 (MoJ 2010 form, domain spec §1.4).

use super::common::{Options, party_block, signature_date};
use super::wording as w;
use super::*;
use crate::model::{AgreementHeading, Case, PerformanceHeading};

/// Build the agreement for `case`. Total: every missing value becomes a blank.
pub fn build(case: &Case, opts: &Options) -> Document {
    let a = &case.agreement;
    let mut blocks = vec![
        Block::Paragraph(
            Paragraph::new(Role::Title, vec![Run::fixed(w::AGREEMENT_TITLE)]).align(Align::Center),
        ),
        Block::Paragraph(
            Paragraph::new(
                Role::Body,
                vec![
                    Run::fixed(w::NUMBER_LABEL),
                    Run::field(
                        &super::common::agreement_number(case),
                        "agreement.number",
                        8,
                    ),
                ],
            )
            .align(Align::Right),
        ),
    ];

    if case.parties.is_empty() {
        // Two empty party blocks, as on the printed form.
        let blank = crate::model::Party::default();
        for i in 0..2 {
            blocks.extend(party_block(&blank, i, case, opts));
        }
    } else {
        for (i, p) in case.parties.iter().enumerate() {
            blocks.extend(party_block(p, i, case, opts));
        }
    }

    blocks.push(heading(w::FACTS_HEADING));
    let mut facts = vec![Run::field(&a.facts, "agreement.facts", 20)];
    if !a.responsibility.trim().is_empty() {
        facts.push(Run::field(&a.responsibility, "agreement.responsibility", 0));
    }
    for run in facts {
        blocks.push(Block::Paragraph(
            Paragraph::new(Role::Body, vec![run]).indent(2.0, 0.0),
        ));
    }

    blocks.push(heading(match case.settings.agreement_heading {
        AgreementHeading::Standard => w::AGREEMENT_HEADING,
        AgreementHeading::AllParties => w::AGREEMENT_HEADING_ALL_PARTIES,
    }));
    if a.clauses.is_empty() {
        blocks.push(clause(
            1,
            vec![Run::field("", "agreement.clauses[0].text", 20)],
        ));
    }
    for (i, c) in a.clauses.iter().enumerate() {
        blocks.push(clause(i + 1, super::common::clause_runs(case, c, i)));
    }

    blocks.push(heading(match case.settings.performance_heading {
        PerformanceHeading::Standard => w::PERFORMANCE_HEADING,
        PerformanceHeading::Detailed => w::PERFORMANCE_HEADING_DETAILED,
    }));
    blocks.push(Block::Paragraph(
        Paragraph::new(
            Role::Body,
            vec![Run::field(&a.performance, "agreement.performance", 20)],
        )
        .indent(2.0, 0.0)
        // The last of the terms stays with the copies line and the signatures, so the
        // signature page never holds signatures alone.
        .keep_with_next(),
    ));

    let copies = a.copies.unwrap_or(case.parties.len().max(2) as u32 + 1);
    blocks.push(Block::Paragraph(
        Paragraph::new(
            Role::Body,
            vec![
                Run::fixed(w::COPIES_BEFORE),
                Run::value(w::chinese_numeral(copies), "agreement.copies"),
                Run::fixed(w::COPIES_AFTER),
            ],
        )
        .indent(2.0, 0.0)
        .keep_with_next(),
    ));

    blocks.push(Block::Signature(signature_block(case)));

    Document {
        meta: Meta {
            title: w::AGREEMENT_TITLE.to_string(),
            author: case.committee.name.clone(),
            subject: super::common::dispute_title(case),
            draft: opts.draft,
        },
        blocks,
    }
}

fn heading(text: &str) -> Block {
    Block::Paragraph(
        Paragraph::new(Role::Heading, vec![Run::fixed(text)])
            .align(Align::Left)
            .keep_with_next(),
    )
}

/// A numbered clause: 「一、」 then the text, with the continuation lines hanging
/// under the text.
fn clause(n: usize, runs: Vec<Run>) -> Block {
    let number = w::clause_number(n);
    let width = number.chars().count() as f32;
    let mut all = vec![Run::fixed(number)];
    all.extend(runs);
    Block::Paragraph(Paragraph::new(Role::Body, all).indent(2.0, 2.0 + width))
}

/// More parties than this and their signature lines fill both columns.
const ONE_COLUMN_PARTIES: usize = 4;

fn signature_block(case: &Case) -> SignatureBlock {
    let n = case.parties.len().max(2);
    let mut left: Vec<Paragraph> = (0..n)
        .map(|i| {
            let name = case.parties.get(i).map(|p| p.name()).unwrap_or("");
            let mut runs = vec![Run::fixed(w::SIGN_PARTY)];
            if !name.trim().is_empty() {
                runs.push(Run::value(
                    format!("（{}）", name.trim()),
                    format!("parties[{i}].name"),
                ));
            }
            Paragraph::new(Role::Signature, runs).align(Align::Left)
        })
        .collect();
    // One line for each presiding mediator (at least one), then the recorder.
    let mediators = case
        .agreement
        .mediators
        .iter()
        .filter(|m| !m.trim().is_empty())
        .count()
        .max(1);
    let mut right: Vec<Paragraph> = (0..mediators)
        .map(|_| {
            Paragraph::new(Role::Signature, vec![Run::fixed(w::SIGN_MEDIATOR)]).align(Align::Left)
        })
        .collect();
    right.push(
        Paragraph::new(Role::Signature, vec![Run::fixed(w::SIGN_RECORDER)]).align(Align::Left),
    );
    // Many parties (a group dispute): the parties fill both columns, read top to bottom,
    // the mediators and the recorder ending the right one, so 120 signatories take
    // half the pages.
    if n > ONE_COLUMN_PARTIES {
        let staff = std::mem::take(&mut right);
        let half = (n + staff.len()).div_ceil(2);
        right = left.split_off(half.min(left.len()));
        right.extend(staff);
    }
    SignatureBlock {
        left,
        right,
        seal: Some(Paragraph::new(Role::Signature, vec![Run::fixed(w::SEAL)]).align(Align::Right)),
        date: Paragraph::new(
            Role::Signature,
            vec![Run {
                text: signature_date(case.agreement.formed_on, case.settings.date_style),
                blank: case.agreement.formed_on.is_none(),
                field: Some(FieldPath::new("agreement.formed_on")),
                keep: true,
            }],
        )
        .align(Align::Right),
    }
}
