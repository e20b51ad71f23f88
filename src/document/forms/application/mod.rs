//! 人民调解申请书 (domain spec §1.6): the 申请人 and 被申请人 blocks, 纠纷简要情况,
//! 当事人申请事项, the fixed closing sentence, the applicants' signatures and the date
//! of application. A side the agreement lists in its 附表 (`settings.roster`, a group
//! case) is one line here too, 「申请人　刘某某等120人（详见附表）」, and its members
//! are listed and sign in the application's own 附表 after the date.

pub mod wording;

use super::super::common::{Options, party_block};
use super::super::*;
use super::kit;
use crate::document::roster::{self, roster_table, signature_table};
use crate::document::wording::chinese_numeral;
use crate::model::{Case, Party, Side};
use wording as w;

/// Build the application for `case`. Total: every missing value becomes a blank.
pub fn build(case: &Case, opts: &Options) -> Document {
    let mut blocks = vec![kit::title(w::TITLE)];
    let rostered = crate::document::forms::agreement::annexed_sides(case);
    let members = |side: Side| -> Vec<usize> {
        (0..case.parties.len())
            .filter(|&i| case.parties[i].side == side)
            .collect()
    };
    for (side, label) in [
        (Side::Applicant, w::APPLICANT),
        (Side::Respondent, w::RESPONDENT),
    ] {
        let mut any = false;
        if rostered.contains(&side) {
            blocks.push(group_line(case, &members(side), label));
            any = true;
        } else {
            for (i, p) in case.parties.iter().enumerate() {
                if p.side == side {
                    blocks.extend(relabel(party_block(p, i, case, opts), label));
                    any = true;
                }
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

    // An applicant signs, seals or presses a fingerprint; an organisation seals and its
    // representative signs; a rostered side signs in the 附表.
    let applicants: Vec<Paragraph> = if rostered.contains(&Side::Applicant) {
        vec![
            Paragraph::new(
                Role::Signature,
                vec![Run::fixed(format!(
                    "{}{}",
                    w::APPLICANT.trim_end_matches('　'),
                    crate::document::wording::SIGN_IN_ANNEX
                ))],
            )
            .align(Align::Left),
        ]
    } else {
        case.parties
            .iter()
            .enumerate()
            .filter(|(_, p)| p.side == Side::Applicant)
            .map(|(i, p)| {
                crate::document::party::party_signature_as(
                    p,
                    i,
                    w::SIGN_APPLICANT,
                    w::SIGN_APPLICANT_ORG,
                )
            })
            .collect()
    };
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

    // 附表: a roster of each rostered side, then the applicants' signature table.
    let sides: Vec<(Side, &str)> = [
        (Side::Applicant, w::APPLICANT),
        (Side::Respondent, w::RESPONDENT),
    ]
    .into_iter()
    .filter(|(s, _)| rostered.contains(s) && !members(*s).is_empty())
    .collect();
    // Every page of the 附表 names the first rostered side as a group.
    let group = sides
        .first()
        .map(|&(side, _)| group_name(case, &members(side)))
        .unwrap_or_default();
    let caption = |n: usize| roster::Caption {
        what: format!("{}{}{}　", w::TITLE, w::ANNEX, chinese_numeral(n as u32)),
        number: group.clone(),
    };
    for (n, &(side, label)) in sides.iter().enumerate() {
        if n == 0 {
            blocks.push(Block::PageBreak);
        }
        blocks.push(annex_heading(&format!(
            "{}{}：{}{}",
            w::ANNEX,
            chinese_numeral(n as u32 + 1),
            label.trim_end_matches('　'),
            w::ROSTER
        )));
        blocks.push(Block::Table(roster_table(
            case,
            &members(side),
            opts,
            caption(n + 1),
        )));
    }
    if sides.iter().any(|(s, _)| *s == Side::Applicant) {
        let n = sides.len() + 1;
        blocks.push(Block::Space(1.0));
        blocks.push(annex_heading(&format!(
            "{}{}：{}",
            w::ANNEX,
            chinese_numeral(n as u32),
            w::SIGNATURE_TABLE
        )));
        let all: Vec<(&str, usize)> = members(Side::Applicant)
            .into_iter()
            .map(|i| ("", i))
            .collect();
        blocks.push(Block::Table(signature_table(case, &all, false, caption(n))));
    }

    Document {
        meta: kit::meta(w::TITLE, case),
        blocks,
    }
}

/// The side's members as a group: 「刘某某等120人」 (the first with a name).
fn group_name(case: &Case, members: &[usize]) -> String {
    let first = members
        .iter()
        .map(|&i| case.parties[i].name().trim())
        .find(|n| !n.is_empty())
        .unwrap_or("");
    format!(
        "{first}{}{}{}",
        crate::document::wording::GROUP_MORE,
        members.len(),
        crate::document::wording::GROUP_PERSONS
    )
}

/// A rostered side's line in the party section: 「申请人　刘某某等120人（详见附表）」.
fn group_line(case: &Case, members: &[usize], label: &str) -> Block {
    let first = members
        .iter()
        .copied()
        .find(|&i| !case.parties[i].name().trim().is_empty())
        .or(members.first().copied());
    let mut runs = vec![Run::fixed(label)];
    if let Some(i) = first {
        runs.push(Run::value(
            case.parties[i].name().trim(),
            format!("parties[{i}].name"),
        ));
    }
    runs.push(Run::fixed(format!(
        "{}{}{}{}",
        crate::document::wording::GROUP_MORE,
        members.len(),
        crate::document::wording::GROUP_PERSONS,
        crate::document::wording::SEE_ANNEX
    )));
    Block::Paragraph(
        Paragraph::new(Role::Body, runs)
            .align(Align::Left)
            .indent(0.0, label.chars().count() as f32),
    )
}

/// A 附表 heading, kept with its table.
fn annex_heading(text: &str) -> Block {
    Block::Paragraph(
        Paragraph::new(Role::Heading, vec![Run::fixed(text)])
            .align(Align::Left)
            .keep_with_next(),
    )
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, Roster};

    /// `n` applicants 会员1…n against one company.
    fn group(n: usize, roster: Roster) -> Case {
        let mut case = Case::default();
        case.settings.roster = roster;
        case.parties
            .push(Party::person("p0", Side::Respondent, "某某健身有限公司"));
        for i in 1..=n {
            case.parties.push(Party::person(
                &format!("p{i}"),
                Side::Applicant,
                &format!("会员{i}"),
            ));
        }
        case
    }

    fn build_for(case: &Case) -> Document {
        let today = Date::from_calendar_date(2026, time::Month::March, 5).expect("date");
        build(case, &Options::on(today))
    }

    fn texts(doc: &Document) -> Vec<String> {
        doc.blocks
            .iter()
            .flat_map(|b| match b {
                Block::Paragraph(p) => vec![p.text()],
                Block::Signature(s) => s
                    .groups
                    .iter()
                    .flat_map(|g| g.lines())
                    .map(Paragraph::text)
                    .collect(),
                _ => Vec::new(),
            })
            .collect()
    }

    fn tables(doc: &Document) -> Vec<&Table> {
        doc.blocks
            .iter()
            .filter_map(|b| match b {
                Block::Table(t) => Some(t),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_group_application_lists_its_applicants_in_a_roster_and_a_signature_table() {
        let doc = build_for(&group(120, Roster::Auto));
        let texts = texts(&doc);
        assert!(
            texts.contains(&"申请人　会员1等120人（详见附表）".to_string()),
            "{texts:?}"
        );
        // The other side is named in full; nobody of the group has a party block.
        assert!(
            texts.iter().any(|t| t.contains("某某健身有限公司")),
            "{texts:?}"
        );
        assert!(!texts.iter().any(|t| t.contains("会员2")), "{texts:?}");
        assert!(
            texts.contains(&"申请人：签名见附表".to_string()),
            "{texts:?}"
        );
        let tables = tables(&doc);
        assert_eq!(tables.len(), 2, "a roster and a signature table");
        // 120 members, plus the 合计 row in the roster.
        assert_eq!(tables[0].rows.len(), 121);
        assert_eq!(tables[1].rows.len(), 120);
    }

    #[test]
    fn a_small_or_inline_application_names_every_applicant_in_full() {
        for case in [group(3, Roster::Auto), group(120, Roster::Inline)] {
            let doc = build_for(&case);
            assert!(tables(&doc).is_empty());
            let texts = texts(&doc);
            let n = case.parties.len() - 1;
            assert!(
                texts.iter().any(|t| t.contains(&format!("会员{n}"))),
                "{texts:?}"
            );
            assert!(!texts.iter().any(|t| t.contains("详见附表")), "{texts:?}");
        }
    }
}
