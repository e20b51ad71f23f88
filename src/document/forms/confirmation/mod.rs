//! 申请书（申请司法确认调解协议用）: the parties' joint application to a court to confirm
//! the mediation agreement (2016 SPC 民事诉讼文书样式 No. 13; domain spec §3.5).
//!
//! Every party is a 申请人 (§3.5 note 1) unless the local 申请人/被申请人 variant is
//! set; each is described in the 2016 person line or organisation pattern with its
//! agents under it. With many parties (at least [`ROSTER_THRESHOLD`] on one side) the
//! parties are listed in a 附表 roster and sign in a signature table. The 附 list is
//! built from the case (§3.5 note 4).

mod attachments;
pub mod wording;

pub use attachments::attachments;

use self::wording as w;
use crate::document::common::{Options, date_text, dispute_title, signature_date};
use crate::document::party::{
    agent_description, agent_line, label, name_or_blank, particulars, party_para, signature_name,
};
use crate::document::roster::{self, roster_table, signature_table};
use crate::document::wording::{chinese_numeral, clause_number};
use crate::document::*;
use crate::model::{Case, ConfirmationLabels, Party, PartyKind, Side, SubjectFlag, Undertaking};

/// Parties on one side from which the application lists them in a roster (附表)
/// instead of one paragraph each, when the committee left `settings.roster_threshold`
/// at its default (the agreement's roster follows the same setting).
pub const ROSTER_THRESHOLD: usize = 10;

/// More signatories than this and the signature lines fill both columns.
const ONE_COLUMN_SIGNATURES: usize = 4;

/// The label a party carries on this application.
fn party_label(case: &Case, p: &Party) -> &'static str {
    match (case.settings.confirmation_labels, p.side) {
        (ConfirmationLabels::ApplicantRespondent, Side::Respondent) => w::RESPONDENT,
        _ => w::APPLICANT,
    }
}

/// The parties in labelled groups: one group of 申请人 (joint), or 申请人 then
/// 被申请人. Each group holds indices into `case.parties`; empty groups are dropped.
fn groups(case: &Case) -> Vec<(&'static str, Vec<usize>)> {
    let mut out: Vec<(&'static str, Vec<usize>)> = Vec::new();
    for (i, p) in case.parties.iter().enumerate() {
        let l = party_label(case, p);
        match out.iter_mut().find(|(g, _)| *g == l) {
            Some((_, v)) => v.push(i),
            None => out.push((l, vec![i])),
        }
    }
    // 申请人 first.
    out.sort_by_key(|(l, _)| *l != w::APPLICANT);
    out
}

/// The sides listed in a roster: as the agreement lists them (`settings.roster`: a side
/// in the agreement's 附表 is in the application's too). Empty: no roster.
fn rostered_sides(case: &Case) -> Vec<Side> {
    crate::document::forms::agreement::annexed_sides(case)
}

/// A label group split into the members listed in the roster (their side is rostered)
/// and those named one by one: the other side of a group case (the paying company, its
/// 法定代表人) is always named in the body, never folded into 「某某等121人」.
fn split(case: &Case, members: &[usize], rostered: &[Side]) -> (Vec<usize>, Vec<usize>) {
    members.iter().partition(|&&i| {
        case.parties
            .get(i)
            .is_some_and(|p| rostered.contains(&p.side))
    })
}

/// 「王某某等121人」, or the one name.
fn group_name(case: &Case, members: &[usize]) -> String {
    let first = members
        .first()
        .and_then(|&i| case.parties.get(i))
        .map(name_or_blank)
        .unwrap_or_else(|| blank(3));
    if members.len() > 1 {
        format!("{first}{}{}{}", w::AND_OTHERS, members.len(), w::PERSONS)
    } else {
        first
    }
}

/// A heading paragraph (黑体 role), kept with what follows.
fn heading(text: &str) -> Block {
    Block::Paragraph(
        Paragraph::new(Role::Heading, vec![Run::fixed(text)])
            .align(Align::Left)
            .keep_with_next(),
    )
}

/// An indented body paragraph.
fn body(runs: Vec<Run>) -> Block {
    Block::Paragraph(Paragraph::new(Role::Body, runs).indent(2.0, 0.0))
}

/// Build the application for `case`. Total: every missing value becomes a blank.
pub fn build(case: &Case, opts: &Options) -> Document {
    let conf = case.confirmation.clone().unwrap_or_default();
    let sides = rostered_sides(case);
    let roster = !sides.is_empty();
    let mut blocks = vec![Block::Paragraph(
        Paragraph::new(Role::Title, vec![Run::fixed(w::TITLE)]).align(Align::Center),
    )];

    // The parties: two blank applicants on an empty case, as on the printed form.
    let blank_parties;
    let (parties_case, groups) = if case.parties.is_empty() {
        let mut c = case.clone();
        c.parties = vec![Party::default(), Party::default()];
        blank_parties = c;
        let g = groups(&blank_parties);
        (&blank_parties, g)
    } else {
        (case, groups(case))
    };
    let mut rostered: Vec<(&'static str, Vec<usize>)> = Vec::new();
    for (l, members) in &groups {
        let (listed, named) = split(parties_case, members, &sides);
        if !listed.is_empty() {
            let n = rostered.len() + 1;
            blocks.push(Block::Paragraph(party_para(vec![
                label(l),
                Run::value(group_name(parties_case, &listed), "parties"),
                Run::fixed(format!(
                    "{}{}{}",
                    w::SEE_ROSTER_BEFORE,
                    table_numeral(n),
                    w::SEE_ROSTER_AFTER
                )),
                Run::fixed(w::STOP),
            ])));
            // Agents still named, each under whose agent they are.
            for &i in &listed {
                let p = &parties_case.parties[i];
                let principal = format!("{l}{}", name_or_blank(p));
                for (ai, a) in p.agents.iter().enumerate() {
                    let mut para = agent_line(a, i, ai, &principal);
                    // Whose agent, where the description does not already say it.
                    if !agent_description(a, &principal).contains(&principal) {
                        para.runs[0] = label(&format!("{principal}{}{}", w::OF, w::AGENT));
                    }
                    blocks.push(Block::Paragraph(para));
                }
            }
            rostered.push((*l, listed));
        }
        for &i in &named {
            let p = &parties_case.parties[i];
            let mut paras = particulars(p, i, l, opts);
            let principal = format!("{l}{}", name_or_blank(p));
            for (ai, a) in p.agents.iter().enumerate() {
                paras.push(agent_line(a, i, ai, &principal));
            }
            let last = paras.len() - 1;
            for (k, para) in paras.into_iter().enumerate() {
                // One party's lines stay on one page.
                blocks.push(Block::Paragraph(if k < last {
                    para.keep_with_next()
                } else {
                    para
                }));
            }
        }
    }

    // 请求事项
    blocks.push(heading(w::REQUEST_HEADING));
    // Who asks, by label group: a roster's members as 「刘某某等120人」, everyone else by
    // name.
    let whom: Vec<(&str, Vec<String>)> = groups
        .iter()
        .map(|(l, members)| {
            let (listed, named) = split(parties_case, members, &sides);
            let mut names = Vec::new();
            if !listed.is_empty() {
                names.push(group_name(parties_case, &listed));
            }
            names.extend(
                named
                    .iter()
                    .map(|&i| name_or_blank(&parties_case.parties[i])),
            );
            (*l, names)
        })
        .collect();
    // Joint: 「申请人甲与申请人乙、申请人丙」, as the 样式 names each; labelled:
    // 「申请人甲、乙与被申请人丙」.
    let named = if let [(l, names)] = whom.as_slice() {
        let each: Vec<String> = names.iter().map(|n| format!("{l}{n}")).collect();
        match each.split_first() {
            Some((first, rest)) if !rest.is_empty() => {
                format!("{first}{}{}", w::REQUEST_WITH, rest.join(w::LIST_SEP))
            }
            _ => each.join(w::LIST_SEP),
        }
    } else {
        whom.iter()
            .map(|(l, names)| format!("{l}{}", names.join(w::LIST_SEP)))
            .collect::<Vec<_>>()
            .join(w::REQUEST_WITH)
    };
    let committee = Run::field(&case.committee.name, "committee.name", 8);
    let formed = case.agreement.formed_on;
    let formed_run = Run {
        text: date_text(formed),
        blank: formed.is_none(),
        field: Some(FieldPath::new("agreement.formed_on")),
        keep: true,
        pen: false,
        spread_to: None,
    };
    blocks.push(body(vec![
        Run::fixed(w::REQUEST_CONFIRM),
        Run::composed(named, "parties"),
        Run::fixed(w::REQUEST_ON),
        formed_run.clone(),
        Run::fixed(w::REQUEST_VIA),
        committee.clone(),
        Run::fixed(w::REQUEST_END),
    ]));

    // 事实和理由
    blocks.push(heading(w::REASONS_HEADING));
    let many = case.parties.len() > 2;
    blocks.push(body(vec![
        formed_run,
        Run::fixed(w::COMMA),
        committee,
        Run::fixed(w::FACTS_PRESIDED),
        Run::fixed(if many {
            w::FACTS_AGREED_MANY
        } else {
            w::FACTS_AGREED_TWO
        }),
    ]));
    let clauses = &case.agreement.clauses;
    if clauses.is_empty() {
        blocks.push(clause(1, Run::field("", "agreement.clauses[0].text", 20)));
    }
    // The clauses as the agreement prints them; a clause collapsed for a group refers
    // to the agreement's 附表 (the application's own 附表 lists the applicants).
    for (n, (i, text)) in crate::document::forms::agreement::printed_clauses(case)
        .into_iter()
        .enumerate()
    {
        let text = text
            .replace(
                crate::document::wording::TO_ANNEX_LISTED,
                w::TO_AGREEMENT_ANNEX_LISTED,
            )
            .replace(
                crate::document::wording::EACH_AMOUNT_IN_ANNEX,
                w::EACH_AMOUNT_IN_AGREEMENT_ANNEX,
            );
        blocks.push(clause(
            n + 1,
            Run::field(&text, format!("agreement.clauses[{i}].text"), 20),
        ));
    }
    let performance = case.agreement.performance.trim();
    if !performance.is_empty() {
        blocks.push(body(vec![
            Run::fixed(w::PERFORMANCE),
            Run::value(performance, "agreement.performance"),
        ]));
    }
    blocks.push(body(vec![Run::value(
        undertaking(case.settings.undertaking),
        "settings.undertaking",
    )]));

    // 此致 and the court.
    blocks.push(Block::Paragraph(
        Paragraph::new(Role::Body, vec![Run::fixed(w::TO)])
            .indent(2.0, 0.0)
            .keep_with_next(),
    ));
    blocks.push(Block::Paragraph(
        Paragraph::new(
            Role::Body,
            vec![Run::field(&conf.court, "confirmation.court", 8)],
        )
        .align(Align::Left),
    ));

    // 附
    let items = attachments(parties_case);
    blocks.push(Block::Paragraph(
        Paragraph::new(Role::Body, vec![Run::fixed(w::ATTACHED)])
            .align(Align::Left)
            .keep_with_next(),
    ));
    for (n, (text, path)) in items.iter().enumerate() {
        let number = format!("{}{}", n + 1, w::ITEM_NUMBER_END);
        let width = number.chars().count() as f32 * 0.5 + 0.5;
        let para = Paragraph::new(
            Role::Body,
            vec![
                Run::fixed(number),
                Run::composed(text.clone(), path.clone()),
            ],
        )
        .align(Align::Left)
        .indent(2.0, 2.0 + width);
        // 「附：」 keeps with its first two items (the flow keeps the last ones with
        // the signatures).
        blocks.push(Block::Paragraph(if n == 0 {
            para.keep_with_next()
        } else {
            para
        }));
    }

    // Signatures: every applicant not in a roster on its own line; a roster's
    // applicants sign in the signature table.
    let mut lines: Vec<Paragraph> = Vec::new();
    for (l, members) in &groups {
        let (listed, named) = split(parties_case, members, &sides);
        if !listed.is_empty() {
            lines.push(
                Paragraph::new(
                    Role::Signature,
                    vec![Run::fixed(format!(
                        "{l}{}{}",
                        w::SIGN_SEE_ROSTER,
                        table_numeral(rostered.len() + 1)
                    ))],
                )
                .align(Align::Left),
            );
        }
        for &i in &named {
            let p = &parties_case.parties[i];
            let sign = if p.is_organisation() {
                w::SIGN_SEAL
            } else {
                w::SIGN
            };
            let mut runs = vec![Run::fixed(format!("{l}{sign}"))];
            if !p.name().trim().is_empty() {
                runs.push(signature_name(p.name(), format!("parties[{i}].name")));
            }
            lines.push(crate::document::party::with_representative(
                Paragraph::new(Role::Signature, runs).align(Align::Left),
                p,
                i,
            ));
        }
    }
    let mut right = Vec::new();
    if lines.len() > ONE_COLUMN_SIGNATURES {
        let half = lines.len().div_ceil(2);
        right = lines.split_off(half);
    }
    let applied = conf.applied_on;
    blocks.push(Block::Signature(SignatureBlock {
        groups: vec![
            SignatureGroup::of(Signer::Party, lines, true),
            SignatureGroup::of(Signer::Party, right, true),
        ],
        seal: None,
        date: Paragraph::new(
            Role::Signature,
            vec![Run {
                text: signature_date(applied, case.settings.date_style),
                blank: applied.is_none(),
                field: Some(FieldPath::new("confirmation.applied_on")),
                keep: true,
                pen: true,
                spread_to: None,
            }],
        )
        .align(Align::Right),
    }));

    // 附表: the rosters, then the signature table.
    if roster {
        for (n, (l, members)) in rostered.iter().enumerate() {
            blocks.push(heading(&format!(
                "{}{}{}{l}{}",
                w::TABLE,
                table_numeral(n + 1),
                w::COLON,
                w::ROSTER_SUFFIX
            )));
            let caption = roster::Caption {
                what: format!(
                    "{}{}{}　{}",
                    w::ANNEX_OF_APPLICATION,
                    w::TABLE,
                    table_numeral(n + 1),
                    w::AGREEMENT_NUMBER_LABEL
                ),
                number: agreement_number_or_blank(case),
            };
            blocks.push(Block::Table(roster_table(
                parties_case,
                members,
                opts,
                caption,
            )));
        }
        let whose = match rostered.as_slice() {
            [(l, _)] => *l,
            _ => "",
        };
        blocks.push(heading(&format!(
            "{}{}{}{whose}{}",
            w::TABLE,
            table_numeral(rostered.len() + 1),
            w::COLON,
            w::SIGNATURE_TABLE_SUFFIX
        )));
        let all: Vec<(&str, usize)> = rostered
            .iter()
            .flat_map(|(l, m)| m.iter().map(move |&i| (*l, i)))
            .collect();
        let caption = roster::Caption {
            what: format!(
                "{}{}{}　{}",
                w::ANNEX_OF_APPLICATION,
                w::TABLE,
                table_numeral(rostered.len() + 1),
                w::AGREEMENT_NUMBER_LABEL
            ),
            number: agreement_number_or_blank(case),
        };
        blocks.push(Block::Table(signature_table(
            parties_case,
            &all,
            rostered.len() > 1,
            caption,
        )));
    }

    Document {
        meta: Meta {
            title: w::FORM_NAME.to_string(),
            author: case
                .parties
                .first()
                .map(|p| p.name().trim().to_string())
                .unwrap_or_default(),
            subject: dispute_title(case),
            draft: opts.draft,
        },
        blocks,
    }
}

/// The agreement's 编号, or a blank to fill in.
fn agreement_number_or_blank(case: &Case) -> String {
    let n = crate::document::common::agreement_number(case);
    if n.is_empty() { blank(8) } else { n }
}

/// 「一」, 「二」: the number of a 附表.
fn table_numeral(n: usize) -> String {
    chinese_numeral(u32::try_from(n).unwrap_or(u32::MAX))
}

/// The undertaking, word for word (§3.5 note 2).
pub fn undertaking(u: Undertaking) -> &'static str {
    match u {
        Undertaking::Others => w::UNDERTAKING_OTHERS,
        Undertaking::StateCollectiveOthers => w::UNDERTAKING_STATE_COLLECTIVE_OTHERS,
    }
}

/// A numbered term of the agreement, hanging under its number.
fn clause(n: usize, run: Run) -> Block {
    let number = clause_number(n);
    let width = number.chars().count() as f32;
    Block::Paragraph(
        Paragraph::new(Role::Body, vec![Run::fixed(number), run]).indent(2.0, 2.0 + width),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::party::{authority_text, ethnicity, sex_and_birth};
    use crate::model::Person;
    use crate::model::{Agent, AgentCategory, Authority, Date};

    fn agent(category: AgentCategory, affiliation: &str) -> Agent {
        Agent {
            name: "周某".into(),
            category,
            affiliation: affiliation.into(),
            ..Agent::default()
        }
    }

    #[test]
    fn agent_described_by_its_art_61_category() {
        let who = "申请人张三";
        let cases = [
            (
                AgentCategory::Lawyer,
                "某某律师事务所",
                "某某律师事务所律师",
            ),
            (
                AgentCategory::LegalServiceWorker,
                "某镇法律服务所",
                "某镇法律服务所基层法律服务工作者",
            ),
            (
                AgentCategory::NearRelative,
                "儿子",
                "申请人张三的近亲属（儿子）",
            ),
            (AgentCategory::NearRelative, "", "申请人张三的近亲属"),
            (
                AgentCategory::Employee,
                "财务主管",
                "申请人张三的工作人员（财务主管）",
            ),
            (
                AgentCategory::Recommended,
                "某社区居民委员会",
                "某社区居民委员会推荐的公民",
            ),
            (
                AgentCategory::Recommended,
                "",
                "所在社区、单位或有关社会团体推荐的公民",
            ),
        ];
        for (category, affiliation, want) in cases {
            assert_eq!(agent_description(&agent(category, affiliation), who), want);
        }
    }

    #[test]
    fn authority_reads_general_or_special_with_its_powers() {
        assert_eq!(authority_text(&Authority::General), "一般授权");
        assert_eq!(
            authority_text(&Authority::Special("代为和解。".into())),
            "特别授权，代为和解"
        );
        assert!(authority_text(&Authority::Special(" ".into())).ends_with('＿'));
    }

    #[test]
    fn signatory_names_are_never_broken_however_long() {
        // Issue 21: 「济南中心支公／司」 in a signature line; a long name takes a row
        // of its own instead.
        assert!(signature_name("赵淑珍", "x".into()).keep);
        assert!(signature_name("鲁安财产保险股份有限公司济南中心支公司", "x".into()).keep);
    }

    #[test]
    fn ethnicity_gets_its_suffix_once() {
        assert_eq!(ethnicity("汉"), "汉族");
        assert_eq!(ethnicity("汉族"), "汉族");
        assert_eq!(ethnicity(" "), "");
    }

    #[test]
    fn roster_from_ten_parties_on_one_side() {
        let mut case = Case::default();
        for i in 0..ROSTER_THRESHOLD - 1 {
            case.parties
                .push(Party::person(&format!("p{i}"), Side::Applicant, "甲"));
        }
        case.parties
            .push(Party::person("r", Side::Respondent, "乙"));
        assert!(rostered_sides(&case).is_empty());
        case.parties.push(Party::person("x", Side::Applicant, "丙"));
        assert!(!rostered_sides(&case).is_empty());
    }

    #[test]
    fn applicants_come_before_respondents_in_the_local_variant() {
        let mut case = Case::default();
        case.settings.confirmation_labels = ConfirmationLabels::ApplicantRespondent;
        case.parties
            .push(Party::person("a", Side::Respondent, "乙"));
        case.parties.push(Party::person("b", Side::Applicant, "甲"));
        let g = groups(&case);
        assert_eq!(g, vec![(w::APPLICANT, vec![1]), (w::RESPONDENT, vec![0])]);
        case.settings.confirmation_labels = ConfirmationLabels::Joint;
        assert_eq!(groups(&case), vec![(w::APPLICANT, vec![0, 1])]);
    }

    #[test]
    fn sex_and_birth_from_a_valid_id_only() {
        let today = Date::from_calendar_date(2026, time::Month::January, 1).unwrap();
        let mut p = Person {
            id_number: "11010519491231002X".into(),
            ..Person::default()
        };
        let (sex, birth) = sex_and_birth(&p, today);
        assert_eq!(sex, Some("女"));
        assert_eq!(
            birth,
            Date::from_calendar_date(1949, time::Month::December, 31).ok()
        );
        p.id_number = "110105194912310021".into();
        assert_eq!(sex_and_birth(&p, today), (None, None));
    }
}
