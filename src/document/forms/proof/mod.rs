//! 调解组织主持调解的证明: the committee certifies that it mediated the named parties'
//! dispute on the dates the case holds and that the numbered agreement resulted
//! (民诉法解释 Art. 354; domain spec §3.2, §3.5 note 4). No official form exists; see
//! [`wording`] for the wording and why.

pub mod wording;

use self::wording as w;
use crate::document::common::{
    Options, agreement_number, date_text, dispute_title, signature_date,
};
use crate::document::*;
use crate::model::{Case, Date, Side};

/// More parties than this and the proof names the first 「等N人」.
const NAMED_PARTIES: usize = 5;

/// A date as a run: the date, or the 「　　年　　月　　日」 blank.
fn date_run(d: Option<Date>, path: &str) -> Run {
    Run {
        text: date_text(d),
        blank: d.is_none(),
        field: Some(FieldPath::new(path)),
        keep: true,
        pen: false,
        spread_to: None,
    }
}

/// The parties as the proof names them, side by side: a side the agreement lists in
/// its 附表, or one of more than [`NAMED_PARTIES`], as 「刘某某等120人」 (the count the
/// application gives), every other party by name. Unnamed parties are left out.
fn parties_named(case: &Case) -> Vec<String> {
    let annexed = crate::document::forms::agreement::annexed_sides(case);
    let mut out = Vec::new();
    for side in [Side::Applicant, Side::Respondent] {
        let names: Vec<String> = case
            .parties
            .iter()
            .filter(|p| p.side == side)
            .map(|p| p.name().trim().to_string())
            .collect();
        let known: Vec<&String> = names.iter().filter(|n| !n.is_empty()).collect();
        if annexed.contains(&side) || names.len() > NAMED_PARTIES {
            if let Some(first) = known.first() {
                out.push(format!(
                    "{first}{}{}{}",
                    w::AND_OTHERS,
                    names.len(),
                    w::PERSONS
                ));
            }
        } else {
            out.extend(known.into_iter().cloned());
        }
    }
    out
}

/// The days the committee presided: every session's date, in order, each once.
pub fn session_dates(case: &Case) -> Vec<Date> {
    let mut v: Vec<Date> = case.sessions.iter().filter_map(|s| s.date).collect();
    v.sort();
    v.dedup();
    v
}

/// Build the proof for `case`. Total: every missing value becomes a blank.
/// `_opts` is unused: the proof prints no age.
pub fn build(case: &Case, opts: &Options) -> Document {
    let mut blocks = vec![Block::Paragraph(
        Paragraph::new(Role::Title, vec![Run::fixed(w::TITLE)]).align(Align::Center),
    )];

    let parties = parties_named(case);
    // The parties once: not in brackets when the dispute's title already names each.
    let title = dispute_title(case);
    let named_in_title = !parties.is_empty() && parties.iter().all(|n| title.contains(n.as_str()));
    let parties = if parties.is_empty() {
        blank(6)
    } else {
        parties.join(w::LIST_SEP)
    };

    let mut runs = vec![
        Run::fixed(w::CERTIFY),
        Run::value(dispute_title(case), "dispute.title"),
        Run::fixed(w::CASE),
    ];
    if !named_in_title {
        runs.extend([
            Run::fixed(w::PARTIES_OPEN),
            Run::composed(parties, "parties"),
            Run::fixed(w::PARTIES_CLOSE),
        ]);
    }
    runs.extend([
        Run::fixed(w::ACCEPTED_BEFORE),
        date_run(case.intake.accepted_on, "intake.accepted_on"),
        Run::fixed(w::ACCEPTED_AFTER),
        Run::fixed(w::PRESIDED_BEFORE),
    ]);
    let sessions = session_dates(case);
    if sessions.is_empty() {
        runs.push(date_run(None, "sessions"));
    }
    for (k, d) in sessions.iter().enumerate() {
        if k > 0 {
            runs.push(Run::fixed(w::LIST_SEP));
        }
        runs.push(date_run(Some(*d), &format!("sessions[{k}].date")));
    }
    runs.push(Run::fixed(w::PRESIDED_AFTER));
    runs.push(Run::fixed(w::AGREED_BEFORE));
    runs.push(date_run(case.agreement.formed_on, "agreement.formed_on"));
    runs.push(Run::fixed(w::AGREED_AFTER));
    runs.push(Run::fixed(w::NUMBER_OPEN));
    runs.push(Run::field(&agreement_number(case), "agreement.number", 8));
    runs.push(Run::fixed(w::NUMBER_CLOSE));
    runs.push(Run::fixed(w::STOP));
    blocks.push(Block::Paragraph(
        Paragraph::new(Role::Body, runs).indent(2.0, 0.0),
    ));
    blocks.push(Block::Paragraph(
        Paragraph::new(Role::Body, vec![Run::fixed(w::CLOSING)])
            .indent(2.0, 0.0)
            .keep_with_next(),
    ));

    // Issued on the day the parties apply, when known.
    let issued = case.confirmation.as_ref().and_then(|c| c.applied_on);
    let committee = if case.committee.seal_text.trim().is_empty() {
        &case.committee.name
    } else {
        &case.committee.seal_text
    };
    // The committee's name over its seal, then the date, at the right.
    blocks.push(Block::Space(1.0));
    blocks.push(Block::Paragraph(
        Paragraph::new(
            Role::Signature,
            vec![Run::field(committee, "committee.name", 10)],
        )
        .align(Align::Right)
        .keep_with_next(),
    ));
    blocks.push(Block::Signature(SignatureBlock {
        groups: vec![SignatureGroup::of(Signer::Official, Vec::new(), true)],
        seal: Some(Paragraph::new(Role::Signature, vec![Run::fixed(w::SEAL)]).align(Align::Right)),
        date: Paragraph::new(
            Role::Signature,
            vec![Run {
                text: signature_date(issued, case.settings.date_style),
                blank: issued.is_none(),
                field: Some(FieldPath::new("confirmation.applied_on")),
                keep: true,
                pen: true,
                spread_to: None,
            }],
        )
        .align(Align::Right),
    }));

    Document {
        meta: Meta {
            title: w::TITLE.to_string(),
            author: case.committee.name.clone(),
            subject: dispute_title(case),
            draft: opts.draft,
        },
        blocks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MediationSession;

    #[test]
    fn session_dates_in_order_each_once() {
        let d = |day| Date::from_calendar_date(2025, time::Month::June, day).ok();
        let mut case = Case::default();
        for day in [20, 5, 20] {
            case.sessions.push(MediationSession {
                date: d(day),
                ..MediationSession::default()
            });
        }
        case.sessions.push(MediationSession::default());
        assert_eq!(session_dates(&case), vec![d(5).unwrap(), d(20).unwrap()]);
    }

    #[test]
    fn no_sessions_leave_a_blank_date() {
        let doc = build(
            &Case::default(),
            &Options::on(Date::from_calendar_date(2026, time::Month::January, 1).unwrap()),
        );
        let Block::Paragraph(p) = &doc.blocks[1] else {
            panic!("body paragraph expected");
        };
        assert!(
            p.text().contains("并于　　年　　月　　日主持调解。"),
            "{}",
            p.text()
        );
    }
}
