//! 人民调解协议书 (MoJ 2010 form, domain spec §1.4): the title and 编号, the party
//! blocks (or, in a group case, a line for a side listed in the 附表), the facts, the
//! clauses (`clauses`), performance, the copies sentence and the signature block; the
//! 附表 itself is `annex`.

mod annex;
mod clauses;

use annex::annex;
pub use clauses::printed_clauses;
use clauses::*;

use crate::document::common::{Options, party_block, signature_date};
use crate::document::wording as w;
use crate::document::*;
use crate::model::{
    AgreementHeading, Case, Clause, Obligation, Party, PartyKind, PerformanceHeading, Roster, Side,
};
use crate::values::{amount, dates};
use rust_decimal::Decimal;

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
                        &crate::document::common::agreement_number(case),
                        "agreement.number",
                        8,
                    ),
                ],
            )
            .align(Align::Right),
        ),
    ];

    let annexed = annexed_sides(case);
    if case.parties.is_empty() {
        // Two empty party blocks, as on the printed form.
        let blank = crate::model::Party::default();
        for i in 0..2 {
            blocks.extend(party_block(&blank, i, case, opts));
        }
    } else {
        let mut named = Vec::new();
        for (i, p) in case.parties.iter().enumerate() {
            if !annexed.contains(&p.side) {
                blocks.extend(party_block(p, i, case, opts));
            } else if !named.contains(&p.side) {
                named.push(p.side);
                blocks.push(group_line(case, p.side));
            }
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
    for (n, item) in clause_items(case, &annexed).into_iter().enumerate() {
        let runs = match item {
            ClauseItem::One(i) => crate::document::common::clause_runs(case, &a.clauses[i], i),
            ClauseItem::Collapsed(is) => vec![Run::field(
                &collapsed_text(case, &is),
                format!("agreement.clauses[{}].text", is[0]),
                20,
            )],
        };
        blocks.push(clause(n + 1, runs));
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
        .indent(2.0, 0.0),
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

    blocks.push(Block::Signature(signature_block(case, &annexed)));
    if !annexed.is_empty() {
        blocks.extend(annex(case, &annexed, opts));
    }

    Document {
        meta: Meta {
            title: w::AGREEMENT_TITLE.to_string(),
            author: case.committee.name.clone(),
            subject: crate::document::common::dispute_title(case),
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

fn signature_block(case: &Case, annexed: &[Side]) -> SignatureBlock {
    let n = case.parties.len().max(2);
    let mut parties = Vec::with_capacity(n);
    let mut named = Vec::new();
    for i in 0..n {
        let party = case.parties.get(i);
        if let Some(p) = party.filter(|p| annexed.contains(&p.side)) {
            // The side signs on the 附表: one line saying so, where its first party is.
            if !named.contains(&p.side) {
                named.push(p.side);
                parties.push(
                    Paragraph::new(
                        Role::Signature,
                        // One run: too wide for a column, it takes a whole row.
                        vec![Run::fixed(format!(
                            "{}（{}）{}",
                            w::PARTY,
                            side_name(p.side),
                            w::SIGN_IN_ANNEX
                        ))],
                    )
                    .align(Align::Left),
                );
            }
            continue;
        }
        match party {
            Some(p) => parties.push(crate::document::party::party_signature(p, i)),
            None => parties.push(
                Paragraph::new(Role::Signature, vec![Run::fixed(w::SIGN_PARTY)]).align(Align::Left),
            ),
        }
    }
    // One line for each presiding mediator (at least one), then the recorder.
    let mediators = case
        .agreement
        .mediators
        .iter()
        .filter(|m| !m.trim().is_empty())
        .count()
        .max(1);
    let mut staff: Vec<Paragraph> = (0..mediators)
        .map(|_| {
            Paragraph::new(Role::Signature, vec![Run::fixed(w::SIGN_MEDIATOR)]).align(Align::Left)
        })
        .collect();
    staff.push(
        Paragraph::new(Role::Signature, vec![Run::fixed(w::SIGN_RECORDER)]).align(Align::Left),
    );
    let staff: Vec<Signatory> = (0..mediators)
        .map(|_| Signer::Mediator)
        .chain([Signer::Recorder])
        .zip(staff)
        .map(|(signer, line)| Signatory { signer, line })
        .collect();
    SignatureBlock {
        groups: vec![
            SignatureGroup::of(Signer::Party, parties, true),
            SignatureGroup {
                signatories: staff,
                together: true,
            },
        ],
        seal: Some(Paragraph::new(Role::Signature, vec![Run::fixed(w::SEAL)]).align(Align::Right)),
        date: Paragraph::new(
            Role::Signature,
            vec![Run {
                text: signature_date(case.agreement.formed_on, case.settings.date_style),
                blank: case.agreement.formed_on.is_none(),
                field: Some(FieldPath::new("agreement.formed_on")),
                keep: true,
                pen: true,
                spread_to: None,
            }],
        )
        .align(Align::Right),
    }
}

/// The sides whose parties are listed in the 附表 rather than in the body, as
/// `settings.roster` says: `auto` takes a side with at least `roster_threshold`
/// parties (a threshold under 2 counts as 2: one party is never a group), `annex`
/// every side with more than one party, `inline` none.
pub fn annexed_sides(case: &Case) -> Vec<Side> {
    let least = match case.settings.roster {
        Roster::Inline => return Vec::new(),
        Roster::Annex => 2,
        Roster::Auto => case.settings.roster_threshold.max(2) as usize,
    };
    [Side::Applicant, Side::Respondent]
        .into_iter()
        .filter(|&s| case.parties.iter().filter(|p| p.side == s).count() >= least)
        .collect()
}

fn side_name(side: Side) -> &'static str {
    match side {
        Side::Applicant => w::SIDE_APPLICANT,
        Side::Respondent => w::SIDE_RESPONDENT,
    }
}

/// 「当事人（申请人）：刘某某等120人（详见附表）」: a side listed in the 附表, named in
/// the body by its first party and its count.
fn group_line(case: &Case, side: Side) -> Block {
    let members: Vec<(usize, &Party)> = case
        .parties
        .iter()
        .enumerate()
        .filter(|(_, p)| p.side == side)
        .collect();
    let mut runs = vec![Run::fixed(format!("{}（{}）：", w::PARTY, side_name(side)))];
    let first = members
        .iter()
        .find(|(_, p)| !p.name().trim().is_empty())
        .or(members.first());
    if let Some(&(i, p)) = first {
        runs.push(Run::field(p.name(), format!("parties[{i}].name"), 3));
    }
    runs.push(Run::fixed(format!(
        "{}{}{}{}",
        w::GROUP_MORE,
        members.len(),
        w::GROUP_PERSONS,
        w::SEE_ANNEX
    )));
    Block::Paragraph(
        Paragraph::new(Role::Body, runs)
            .align(Align::Left)
            .indent(0.0, 4.0),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, Money};

    /// `n` applicants p1…pn paid by one company p0, one typed refund each
    /// (100 yuan times the party's number), after one clause of words.
    fn group(n: usize, roster: Roster) -> Case {
        let mut case = Case::default();
        case.settings.roster = roster;
        case.parties
            .push(Party::person("p0", Side::Respondent, "某某健身有限公司"));
        case.agreement.clauses.push(Clause {
            text: "被申请人确认欠款。".into(),
            ..Clause::default()
        });
        for i in 1..=n {
            case.parties.push(Party::person(
                &format!("p{i}"),
                Side::Applicant,
                &format!("会员{i}"),
            ));
            case.agreement.clauses.push(Clause {
                obligation: Some(Obligation {
                    payers: vec!["p0".into()],
                    payees: vec![format!("p{i}")],
                    amount: Some(Money(Decimal::from(100 * i as i64))),
                    due: Date::from_calendar_date(2026, time::Month::March, 31).ok(),
                    method: "银行转账".into(),
                    purpose: "退款".into(),
                }),
                ..Clause::default()
            });
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
            .filter_map(|b| match b {
                Block::Paragraph(p) => Some(p.text()),
                _ => None,
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

    fn cell_text(c: &TableCell) -> String {
        c.paragraphs.iter().map(Paragraph::text).collect()
    }

    #[test]
    fn auto_roster_lists_a_side_of_ten_in_the_annex_and_nine_inline() {
        assert_eq!(
            annexed_sides(&group(10, Roster::Auto)),
            vec![Side::Applicant]
        );
        assert!(annexed_sides(&group(9, Roster::Auto)).is_empty());
        assert!(annexed_sides(&group(120, Roster::Inline)).is_empty());
        assert_eq!(
            annexed_sides(&group(2, Roster::Annex)),
            vec![Side::Applicant]
        );
        let mut case = group(3, Roster::Auto);
        case.settings.roster_threshold = 3;
        assert_eq!(annexed_sides(&case), vec![Side::Applicant]);
    }

    #[test]
    fn annex_mode_names_the_side_as_a_group_and_collapses_its_payments_into_one_clause() {
        let doc = build_for(&group(12, Roster::Auto));
        let t = texts(&doc);
        assert!(
            t.contains(&"当事人（申请人）：会员1等12人（详见附表）".to_string()),
            "{t:?}"
        );
        assert!(
            !t.iter().any(|l| l.contains("会员2")),
            "no party block per member"
        );
        let clauses: Vec<&String> = t
            .iter()
            .filter(|l| l.starts_with("二、") && l.contains("支付"))
            .collect();
        assert_eq!(
            clauses,
            vec![
                "二、某某健身有限公司于2026年3月31日前以银行转账方式向附表所列申请人支付退款，各人金额见附表，合计人民币柒仟捌佰元整（¥7,800.00）。"
            ]
        );
        assert!(!t.iter().any(|l| l.starts_with("三、")));
        let Some(Block::Signature(sig)) =
            doc.blocks.iter().find(|b| matches!(b, Block::Signature(_)))
        else {
            panic!("no signature block");
        };
        let lines: Vec<String> = sig.groups[0].lines().map(Paragraph::text).collect();
        assert_eq!(
            lines,
            vec![
                "当事人（签名盖章或按指印）（某某健身有限公司）",
                "当事人（申请人）：签名见附表"
            ]
        );
    }

    #[test]
    fn the_annex_lists_each_member_with_the_sum_of_the_payments_to_them() {
        let mut case = group(12, Roster::Auto);
        // A second typed payment to member 3 adds up; member 12 gets none.
        let mut extra = case.agreement.clauses[3].clone();
        if let Some(o) = &mut extra.obligation {
            o.purpose = "补偿".into();
        }
        case.agreement.clauses.push(extra);
        case.agreement.clauses.retain(|c| {
            c.obligation
                .as_ref()
                .is_none_or(|o| o.payees != ["p12".to_string()])
        });
        let doc = build_for(&case);
        assert!(doc.blocks.contains(&Block::PageBreak));
        let tabs = tables(&doc);
        assert_eq!(tabs.len(), 2);
        let roster = tabs[0];
        // Each page of the 附表 repeats its caption (with the agreement's 编号 and the
        // 附表's own page count) above the column heads.
        let caption: Vec<String> = roster.header[0].cells.iter().map(cell_text).collect();
        assert!(caption[0].starts_with("人民调解协议书附表"), "{caption:?}");
        assert!(caption[0].contains("编号："), "{caption:?}");
        let header: Vec<String> = roster.header[1].cells.iter().map(cell_text).collect();
        assert_eq!(
            header,
            vec![
                "序号",
                "姓名",
                "性别",
                "身份证号联系方式",
                "住址",
                "金额（元）"
            ]
        );
        let amount = |row: usize| cell_text(&roster.rows[row].cells[5]);
        // Twelve members, then the 合计 row with the head count and the sum.
        assert_eq!(roster.rows.len(), 13);
        let total: Vec<String> = roster.rows[12].cells.iter().map(cell_text).collect();
        assert_eq!(total.first().map(String::as_str), Some("合计"), "{total:?}");
        assert!(total.iter().any(|t| t == "12人"), "{total:?}");
        let sum: Decimal = (0..12)
            .filter_map(|r| amount(r).replace(',', "").parse::<Decimal>().ok())
            .sum();
        assert_eq!(total.last(), Some(&amount::format_arabic(sum)));
        assert_eq!(amount(0), "100.00");
        assert_eq!(amount(2), "600.00", "300 refund and 300 compensation");
        assert_eq!(amount(11), "—");
        let signing = tabs[1];
        assert_eq!(signing.rows.len(), 12);
        assert_eq!(cell_text(&signing.rows[4].cells[1]), "会员5");
    }

    #[test]
    fn the_agents_of_members_listed_in_the_annex_are_printed_under_the_roster() {
        let mut case = group(12, Roster::Auto);
        let member = case
            .parties
            .iter()
            .position(|p| p.name() == "会员3")
            .unwrap();
        case.parties[member].agents.push(crate::model::Agent {
            name: "钱律师".into(),
            affiliation: "某某律师事务所".into(),
            ..Default::default()
        });
        let doc = build_for(&case);
        let texts: Vec<String> = doc
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph(p) => Some(p.text()),
                _ => None,
            })
            .collect();
        let note = texts.iter().position(|t| t == w::ANNEX_AGENTS_NOTE);
        let line = texts.iter().position(|t| t.contains("钱律师"));
        assert!(note.is_some() && line == note.map(|n| n + 1), "{texts:?}");
        let line = &texts[line.unwrap()];
        assert_eq!(line, "3．会员3　委托代理人：钱律师（某某律师事务所，律师）");
        // No agents, no note.
        let plain = build_for(&group(12, Roster::Auto));
        assert!(
            !plain
                .blocks
                .iter()
                .any(|b| matches!(b, Block::Paragraph(p) if p.text() == w::ANNEX_AGENTS_NOTE))
        );
    }

    #[test]
    fn inline_mode_keeps_a_party_block_and_a_signature_line_for_everyone() {
        let doc = build_for(&group(12, Roster::Inline));
        assert!(tables(&doc).is_empty());
        let Some(Block::Signature(sig)) =
            doc.blocks.iter().find(|b| matches!(b, Block::Signature(_)))
        else {
            panic!("no signature block");
        };
        assert_eq!(sig.groups[0].signatories.len(), 13);
        assert_eq!(
            sig.groups[1].signatories.len(),
            2,
            "one mediator and the recorder"
        );
        let t = texts(&doc);
        assert!(
            t.iter().any(|l| l.starts_with("十三、")),
            "every payment its clause"
        );
    }
}
