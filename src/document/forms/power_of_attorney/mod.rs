//! 授权委托书: one per agent of every party (法释〔2011〕5号 Art. 3: an agent files a
//! power of attorney signed or sealed by the principal; domain spec §3.3). The
//! principal is described as on the application (2016 person line or organisation
//! pattern); the agent by name, CPL Art. 61 category with affiliation, ID and phone.

pub mod wording;

use self::wording as w;
use crate::document::common::{Options, dispute_title};
use crate::document::party::{agent_description, authority_text, particulars, signature_name};
use crate::document::*;
use crate::model::{Agent, Case, Party};

/// One power of attorney per agent of every party, in the parties' order; one blank
/// form when the case has no agent.
pub fn build_all(case: &Case, opts: &Options) -> Vec<Document> {
    let mut out = Vec::new();
    for (i, p) in case.parties.iter().enumerate() {
        for (ai, a) in p.agents.iter().enumerate() {
            out.push(build_one(case, p, i, a, ai, opts));
        }
    }
    if out.is_empty() {
        out.push(build_one(
            case,
            &Party::default(),
            0,
            &Agent::default(),
            0,
            opts,
        ));
    }
    out
}

/// The power of attorney `party` (at `index` in `case.parties`) gives its agent `ai`.
fn build_one(
    case: &Case,
    party: &Party,
    index: usize,
    agent: &Agent,
    ai: usize,
    opts: &Options,
) -> Document {
    let path = |f: &str| format!("parties[{index}].agents[{ai}].{f}");
    let mut blocks = vec![Block::Paragraph(
        Paragraph::new(Role::Title, vec![Run::fixed(w::TITLE)]).align(Align::Center),
    )];
    let principal_paras = particulars(party, index, w::PRINCIPAL, opts);
    let last = principal_paras.len() - 1;
    for (k, p) in principal_paras.into_iter().enumerate() {
        blocks.push(Block::Paragraph(if k < last {
            p.keep_with_next()
        } else {
            p
        }));
    }

    // 受托人：周海燕，山东明泉律师事务所律师，公民身份号码：……，联系方式：……。
    let principal = if party.name().trim().is_empty() {
        w::PRINCIPAL.to_string()
    } else {
        format!("{}{}", w::PRINCIPAL, party.name().trim())
    };
    let runs = vec![
        Run::fixed(format!("{}{}", w::AGENT, w::COLON)).kept(),
        Run::field(&agent.name, path("name"), 3),
        Run::fixed(w::COMMA),
        // Kept whole: never 「律师事务／所」.
        Run::value(agent_description(agent, &principal), path("category")).kept(),
        Run::fixed(w::COMMA),
        // A lawyer or legal service worker is identified by the licence (律师执业证), as
        // the court's 附 list asks; anyone else by the ID number.
        if agent.category.licensed() {
            Run::fixed(w::LICENCE).kept()
        } else {
            Run::fixed(w::ID_NUMBER).kept()
        },
        if agent.category.licensed() {
            Run::field(&agent.licence, path("licence"), 9)
        } else {
            Run::field(&agent.id_number, path("id_number"), 9)
        },
        Run::fixed(w::COMMA),
        Run::fixed(w::PHONE).kept(),
        Run::field(&agent.phone, path("phone"), 6),
        Run::fixed(w::STOP),
    ];
    blocks.push(Block::Paragraph(
        Paragraph::new(Role::Body, runs)
            .align(Align::Left)
            .indent(0.0, 2.0),
    ));

    blocks.push(Block::Space(1.0));
    blocks.push(Block::Paragraph(
        Paragraph::new(
            Role::Body,
            vec![
                Run::fixed(w::MATTER_BEFORE),
                Run::value(dispute_title(case), "dispute.title"),
                Run::fixed(w::MATTER_AFTER),
            ],
        )
        .indent(2.0, 0.0),
    ));
    blocks.push(Block::Paragraph(
        Paragraph::new(
            Role::Body,
            vec![
                Run::fixed(w::AUTHORITY),
                Run::composed(authority_text(&agent.authority), path("authority")),
                Run::fixed(w::STOP),
            ],
        )
        .indent(2.0, 0.0)
        .keep_with_next(),
    ));

    let mut sign_principal = vec![Run::fixed(if party.is_organisation() {
        w::SIGN_PRINCIPAL_ORG
    } else {
        w::SIGN_PRINCIPAL
    })];
    if !party.name().trim().is_empty() {
        sign_principal.push(signature_name(
            party.name(),
            format!("parties[{index}].name"),
        ));
    }
    let mut sign_agent = vec![Run::fixed(w::SIGN_AGENT)];
    if !agent.name.trim().is_empty() {
        sign_agent.push(signature_name(&agent.name, path("name")));
    }
    // Signed before the application is filed: the day is written by hand.
    blocks.push(Block::Signature(SignatureBlock {
        groups: vec![
            SignatureGroup::of(
                Signer::Party,
                vec![crate::document::party::with_representative(
                    Paragraph::new(Role::Signature, sign_principal).align(Align::Left),
                    party,
                    index,
                )],
                true,
            ),
            SignatureGroup::of(
                Signer::Agent,
                vec![Paragraph::new(Role::Signature, sign_agent).align(Align::Left)],
                true,
            ),
        ],
        seal: None,
        date: super::kit::pen_date_line(case),
    }));

    Document {
        meta: Meta {
            title: w::TITLE.to_string(),
            author: party.name().trim().to_string(),
            subject: dispute_title(case),
            draft: opts.draft,
        },
        blocks,
    }
}
