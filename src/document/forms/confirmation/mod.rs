//! 申请书（申请司法确认调解协议用）: the parties' joint application to a court to confirm
//! the mediation agreement (2016 SPC 民事诉讼文书样式 No. 13; domain spec §3.5).
//!
//! Every party is a 申请人 (§3.5 note 1) unless the local 申请人/被申请人 variant is
//! set; each is described in the 2016 person line or organisation pattern with its
//! agents under it. With many parties (at least [`ROSTER_THRESHOLD`] on one side) the
//! parties are listed in a 附表 roster and sign in a signature table. The 附 list is
//! built from the case (§3.5 note 4).

pub mod wording;

use self::wording as w;
use crate::document::common::{Options, date_text, dispute_title, signature_date};
use crate::document::wording::{chinese_numeral, clause_number};
use crate::document::*;
use crate::model::{
    Agent, AgentCategory, Authority, Case, ConfirmationLabels, Date, Party, PartyKind,
    RepresentativeKind, Side, SubjectFlag, Undertaking,
};
use crate::values::id_card;

/// Parties on one side from which the application lists them in a roster (附表)
/// instead of one paragraph each, when the committee left `settings.roster_threshold`
/// at its default (the agreement's roster follows the same setting).
pub const ROSTER_THRESHOLD: usize = 10;

/// More signatories than this and the signature lines fill both columns.
const ONE_COLUMN_SIGNATURES: usize = 4;

/// A party's sex and birth date: as typed, else read from a valid ID number.
pub(crate) fn sex_and_birth(
    p: &crate::model::Person,
    today: Date,
) -> (Option<&'static str>, Option<Date>) {
    let id = id_card::parse(p.id_number.trim(), today).ok();
    let sex = p
        .sex
        .map(|s| s.label())
        .or_else(|| id.as_ref().map(|i| i.sex().chinese()));
    let birth = p.birth_date.or_else(|| id.as_ref().map(|i| i.birth_date()));
    (sex, birth)
}

/// 「汉族」 from 「汉族」 or 「汉」; empty when not typed.
fn ethnicity(s: &str) -> String {
    let s = s.trim();
    if s.is_empty() || s.ends_with(w::ETHNICITY_SUFFIX) {
        s.to_string()
    } else {
        format!("{s}{}", w::ETHNICITY_SUFFIX)
    }
}

/// The label and its value, kept together: 「申请人：」.
fn label(text: &str) -> Run {
    Run::fixed(format!("{text}{}", w::COLON)).kept()
}

/// A body paragraph with a two-character hanging indent, as party lines are set.
fn party_para(runs: Vec<Run>) -> Paragraph {
    Paragraph::new(Role::Body, runs)
        .align(Align::Left)
        .indent(0.0, 2.0)
}

/// A party's particulars in the 2016 样式 (§3.5): a person's one line 「×××，男，
/// ××××年××月××日出生，×族，……，住……。联系方式：……。」, or an organisation's name and
/// domicile and, on the next line, its representative. `who` is the label
/// (申请人, 委托人); `index` the party's place in `case.parties` (for field paths).
pub(crate) fn particulars(p: &Party, index: usize, who: &str, opts: &Options) -> Vec<Paragraph> {
    let path = |f: &str| format!("parties[{index}].{f}");
    let sep = || Run::fixed(w::COMMA);
    match &p.kind {
        PartyKind::Person(person) => {
            let (sex, birth) = sex_and_birth(person, opts.today);
            let mut runs = vec![
                label(who),
                Run::field(&person.name, path("name"), 3),
                sep(),
                Run::field(sex.unwrap_or(""), path("sex"), 2),
                sep(),
            ];
            match birth {
                Some(d) => runs.push(Run::value(
                    crate::values::dates::arabic(d),
                    path("birth_date"),
                )),
                None => runs.push(Run {
                    text: w::BLANK_BIRTH.to_string(),
                    blank: true,
                    field: Some(FieldPath::new(path("birth_date"))),
                    keep: true,
                }),
            }
            runs.push(Run::fixed(w::BORN));
            runs.push(sep());
            let eth = ethnicity(&person.ethnicity);
            if eth.is_empty() {
                runs.push(Run::field("", path("ethnicity"), 2));
                runs.push(Run::fixed(w::ETHNICITY_SUFFIX));
            } else {
                runs.push(Run::value(eth, path("ethnicity")));
            }
            runs.push(sep());
            runs.push(Run::field(&person.occupation, path("occupation"), 4));
            runs.push(sep());
            runs.push(Run::fixed(w::LIVES_AT));
            runs.push(Run::field(&person.address, path("address"), 8));
            runs.push(Run::fixed(w::STOP));
            runs.push(Run::fixed(w::PHONE).kept());
            runs.push(Run::field(&person.phone, path("phone"), 6));
            runs.push(Run::fixed(w::STOP));
            vec![party_para(runs)]
        }
        PartyKind::Organisation(org) => {
            let first = party_para(vec![
                label(who),
                Run::field(&org.name, path("name"), 8),
                sep(),
                Run::fixed(w::DOMICILE),
                Run::field(&org.address, path("address"), 8),
                Run::fixed(w::STOP),
            ]);
            let rep = match org.representative_kind {
                RepresentativeKind::LegalRepresentative => w::LEGAL_REPRESENTATIVE,
                RepresentativeKind::Principal => w::PRINCIPAL,
            };
            let second = party_para(vec![
                label(rep),
                Run::field(&org.representative, path("representative"), 3),
                sep(),
                Run::field(&org.representative_title, path("representative_title"), 3),
                sep(),
                Run::fixed(w::PHONE).kept(),
                Run::field(&org.phone, path("phone"), 6),
                Run::fixed(w::STOP),
            ]);
            vec![first, second]
        }
    }
}

/// What an agent is, per CPL Art. 61: 「山东明泉律师事务所律师」, 「申请人张三的近亲属（儿子）」,
/// 「××社区推荐的公民」. `principal` is how the party is named (「申请人张三」).
pub(crate) fn agent_description(a: &Agent, principal: &str) -> String {
    let aff = a.affiliation.trim();
    let with_aff = |base: String| {
        if aff.is_empty() {
            base
        } else {
            format!("{base}（{aff}）")
        }
    };
    match a.category {
        AgentCategory::Lawyer => format!("{aff}{}", w::LAWYER),
        AgentCategory::LegalServiceWorker => format!("{aff}{}", w::LEGAL_SERVICE_WORKER),
        AgentCategory::NearRelative => with_aff(format!("{principal}{}", w::NEAR_RELATIVE)),
        AgentCategory::Employee => with_aff(format!("{principal}{}", w::EMPLOYEE)),
        AgentCategory::Recommended if aff.is_empty() => w::RECOMMENDED_UNNAMED.to_string(),
        AgentCategory::Recommended => format!("{aff}{}", w::RECOMMENDED),
    }
}

/// 「特别授权，代为承认、放弃、变更请求……」 or 「一般授权」.
pub(crate) fn authority_text(a: &Authority) -> String {
    match a {
        Authority::General => w::GENERAL_AUTHORITY.to_string(),
        Authority::Special(what) if what.trim().is_empty() => {
            format!("{}{}{}", w::SPECIAL_AUTHORITY, w::COMMA, blank(8))
        }
        Authority::Special(what) => format!(
            "{}{}{}",
            w::SPECIAL_AUTHORITY,
            w::COMMA,
            what.trim().trim_end_matches(['。', '；', '，'])
        ),
    }
}

/// 「委托诉讼代理人：周海燕，山东明泉律师事务所律师。联系方式：……。代理权限：特别授权，……。」
fn agent_line(a: &Agent, party: usize, ai: usize, principal: &str) -> Paragraph {
    let path = |f: &str| format!("parties[{party}].agents[{ai}].{f}");
    let mut runs = vec![
        label(w::AGENT),
        Run::field(&a.name, path("name"), 3),
        Run::fixed(w::COMMA),
    ];
    let what = agent_description(a, principal);
    runs.push(Run::value(what, path("category")));
    runs.push(Run::fixed(w::STOP));
    if !a.phone.trim().is_empty() {
        runs.push(Run::fixed(w::PHONE).kept());
        runs.push(Run::value(a.phone.trim(), path("phone")));
        runs.push(Run::fixed(w::STOP));
    }
    runs.push(Run::fixed(w::AUTHORITY).kept());
    runs.push(Run::value(authority_text(&a.authority), path("authority")));
    runs.push(Run::fixed(w::STOP));
    party_para(runs)
}

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

/// Whether the application lists the parties in a roster: as the agreement does
/// (`settings.roster`: a side in the agreement's 附表 is in the application's too).
fn roster_mode(case: &Case) -> bool {
    !crate::document::agreement::annexed_sides(case).is_empty()
}

/// A party's name, or a blank.
fn name_or_blank(p: &Party) -> String {
    let n = p.name().trim();
    if n.is_empty() {
        blank(3)
    } else {
        n.to_string()
    }
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
    let roster = roster_mode(case);
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
        if roster {
            let n = rostered.len() + 1;
            blocks.push(Block::Paragraph(party_para(vec![
                label(l),
                Run::value(group_name(parties_case, members), "parties"),
                Run::fixed(format!(
                    "{}{}{}",
                    w::SEE_ROSTER_BEFORE,
                    table_numeral(n),
                    w::SEE_ROSTER_AFTER
                )),
                Run::fixed(w::STOP),
            ])));
            // Agents still named, each under whose agent they are.
            for &i in members {
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
            rostered.push((*l, members.clone()));
            continue;
        }
        for &i in members {
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
    let named: Vec<String> = groups
        .iter()
        .map(|(l, members)| {
            if roster {
                format!("{l}{}", group_name(parties_case, members))
            } else {
                let names: Vec<String> = members
                    .iter()
                    .map(|&i| name_or_blank(&parties_case.parties[i]))
                    .collect();
                format!("{l}{}", names.join(w::LIST_SEP))
            }
        })
        .collect();
    // Joint and not a roster: 「申请人甲与申请人乙、申请人丙」, as the 样式 names each.
    let named = if !roster && groups.len() == 1 {
        let (l, members) = &groups[0];
        let each: Vec<String> = members
            .iter()
            .map(|&i| format!("{l}{}", name_or_blank(&parties_case.parties[i])))
            .collect();
        match each.split_first() {
            Some((first, rest)) if !rest.is_empty() => {
                format!("{first}{}{}", w::REQUEST_WITH, rest.join(w::LIST_SEP))
            }
            _ => each.join(w::LIST_SEP),
        }
    } else {
        named.join(w::REQUEST_WITH)
    };
    let committee = Run::field(&case.committee.name, "committee.name", 8);
    let formed = case.agreement.formed_on;
    let formed_run = Run {
        text: date_text(formed),
        blank: formed.is_none(),
        field: Some(FieldPath::new("agreement.formed_on")),
        keep: true,
    };
    blocks.push(body(vec![
        Run::fixed(w::REQUEST_CONFIRM),
        Run::value(named, "parties"),
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
    for (n, (i, text)) in crate::document::agreement::printed_clauses(case)
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
    let items = attachments(parties_case, roster);
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
            vec![Run::fixed(number), Run::value(text.clone(), path.clone())],
        )
        .align(Align::Left)
        .indent(2.0, 2.0 + width);
        // The last item stays with the signatures, so they never stand alone on a page.
        blocks.push(Block::Paragraph(if n + 1 == items.len() {
            para.keep_with_next()
        } else {
            para
        }));
    }

    // Signatures: every applicant not in a roster on its own line; a roster's
    // applicants sign in the signature table.
    let mut lines: Vec<Paragraph> = Vec::new();
    for (l, members) in &groups {
        if roster {
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
            continue;
        }
        for &i in members {
            let p = &parties_case.parties[i];
            let mut runs = vec![Run::fixed(format!("{l}{}", w::SIGN))];
            if !p.name().trim().is_empty() {
                runs.push(signature_name(p.name(), format!("parties[{i}].name")));
            }
            lines.push(Paragraph::new(Role::Signature, runs).align(Align::Left));
        }
    }
    let mut right = Vec::new();
    if lines.len() > ONE_COLUMN_SIGNATURES {
        let half = lines.len().div_ceil(2);
        right = lines.split_off(half);
    }
    let applied = conf.applied_on;
    blocks.push(Block::Signature(SignatureBlock {
        parties: lines,
        staff: right,
        seal: None,
        date: Paragraph::new(
            Role::Signature,
            vec![Run {
                text: signature_date(applied, case.settings.date_style),
                blank: applied.is_none(),
                field: Some(FieldPath::new("confirmation.applied_on")),
                keep: true,
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
            blocks.push(Block::Table(roster_table(parties_case, members, opts)));
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
        blocks.push(Block::Table(signature_table(
            parties_case,
            &all,
            rostered.len() > 1,
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

/// Names up to this long are never broken across lines in a signature line.
const KEPT_NAME: usize = 8;

/// A signatory's name after its label: a short name kept whole (it moves to the next
/// line rather than break as 「赵／淑珍」); a long organisation name may wrap.
pub(crate) fn signature_name(name: &str, path: String) -> Run {
    let run = Run::value(name.trim(), path);
    if name.trim().chars().count() <= KEPT_NAME {
        run.kept()
    } else {
        run
    }
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

/// The 附 list (§3.5 note 4), each item with the field it comes from: the agreement,
/// the proof of mediation, each applicant's identity documents, property-right proofs
/// when a clause is flagged as touching property rights, each agent's power of attorney
/// and identity document, the service-address form when set, then the attachments the
/// user typed that the list does not already have.
pub fn attachments(case: &Case, roster: bool) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let number = crate::document::common::agreement_number(case);
    let agreement = if number.is_empty() {
        format!("{}{}", w::AGREEMENT_DOC, w::ORIGINAL)
    } else {
        format!("{number}{}{}", w::AGREEMENT_DOC, w::ORIGINAL)
    };
    out.push((agreement, "agreement".into()));
    out.push((w::PROOF.to_string(), "agreement".into()));

    let label_of = |p: &Party| party_label(case, p);
    let persons = case.parties.iter().filter(|p| !p.is_organisation()).count();
    if roster && persons > 0 {
        out.push((
            format!("{persons}{}", w::PERSON_IDS_ROSTER),
            "parties".into(),
        ));
    }
    for (i, p) in case.parties.iter().enumerate() {
        let who = format!("{}{}", label_of(p), name_or_blank(p));
        match &p.kind {
            PartyKind::Person(_) if roster => {}
            PartyKind::Person(_) => {
                out.push((
                    format!("{who}{}{}", w::OF, w::PERSON_ID),
                    format!("parties[{i}].id_number"),
                ));
            }
            PartyKind::Organisation(org) => {
                out.push((
                    format!("{who}{}{}", w::OF, w::BUSINESS_LICENCE),
                    format!("parties[{i}].credit_code"),
                ));
                let rep = match org.representative_kind {
                    RepresentativeKind::LegalRepresentative => w::LEGAL_REPRESENTATIVE,
                    RepresentativeKind::Principal => w::PRINCIPAL,
                };
                out.push((
                    format!("{who}{}{rep}{}", w::OF, w::REPRESENTATIVE_PROOF_SUFFIX),
                    format!("parties[{i}].representative"),
                ));
            }
        }
    }
    let property = case.agreement.clauses.iter().any(|c| {
        c.flags
            .iter()
            .any(|f| matches!(f, SubjectFlag::PropertyOwnership | SubjectFlag::IpOwnership))
    });
    if property {
        out.push((w::PROPERTY_PROOF.to_string(), "agreement.clauses".into()));
    }
    for (i, p) in case.parties.iter().enumerate() {
        let who = format!("{}{}", label_of(p), name_or_blank(p));
        for (ai, a) in p.agents.iter().enumerate() {
            let name = if a.name.trim().is_empty() {
                blank(3)
            } else {
                a.name.trim().to_string()
            };
            let path = format!("parties[{i}].agents[{ai}]");
            out.push((
                format!("{who}{}{}", w::OF, w::POWER_OF_ATTORNEY),
                path.clone(),
            ));
            out.push((
                format!("{}{name}{}{}", w::AGENT, w::OF, w::AGENT_ID),
                format!("{path}.id_number"),
            ));
        }
    }
    if case.settings.service_address_form {
        out.push((
            w::SERVICE_ADDRESS.to_string(),
            "settings.service_address_form".into(),
        ));
    }
    // Typed attachments: those the list already covers are left out.
    let mut covered = vec![
        w::COVERED_AGREEMENT,
        w::COVERED_PROOF,
        w::COVERED_IDENTITY,
        w::POWER_OF_ATTORNEY,
    ];
    if property {
        covered.push(w::COVERED_PROPERTY);
    }
    if case.settings.service_address_form {
        covered.push(w::COVERED_SERVICE);
    }
    if let Some(conf) = &case.confirmation {
        for (k, att) in conf.attachments.iter().enumerate() {
            let name = att.name.trim();
            if name.is_empty() || covered.iter().any(|c| name.contains(c)) {
                continue;
            }
            let text = match att.copies {
                Some(n) if n > 0 => format!(
                    "{name}{}{}",
                    crate::document::wording::chinese_numeral(n),
                    w::COPIES_SUFFIX
                ),
                _ => name.to_string(),
            };
            out.push((text, format!("confirmation.attachments[{k}].name")));
        }
    }
    out
}

/// A roster (附表): one row per party with the particulars the court needs.
fn roster_table(case: &Case, members: &[usize], opts: &Options) -> Table {
    let cell = |text: String| {
        TableCell::paragraph(
            Paragraph::new(Role::Label, vec![Run::fixed(text)]).align(Align::Center),
        )
    };
    let left = |text: String, path: String| {
        TableCell::paragraph(
            Paragraph::new(Role::Label, vec![Run::value(text, path)]).align(Align::Left),
        )
    };
    // Widths from what the cells hold at 小四: an 18-character ID or credit code and
    // the 10-character 「1979-09-07」 never wrap (a number broken across lines is
    // misread); the phone sits under the ID, as on the agreement's 附表.
    let mut t = Table::new(vec![
        ColumnWidth::Chars(2.5),
        ColumnWidth::Fr(1.0),
        ColumnWidth::Chars(2.5),
        ColumnWidth::Chars(6.6),
        ColumnWidth::Chars(11.6),
        ColumnWidth::Fr(1.6),
    ])
    .header_row(TableRow::new(vec![
        cell(w::COL_NO.to_string()),
        cell(w::COL_NAME.to_string()),
        cell(w::COL_SEX.to_string()),
        cell(w::COL_BIRTH.to_string()),
        TableCell::new(vec![
            Paragraph::new(Role::Label, vec![Run::fixed(w::COL_ID)]).align(Align::Center),
            Paragraph::new(Role::Label, vec![Run::fixed(w::COL_PHONE)]).align(Align::Center),
        ]),
        cell(w::COL_ADDRESS.to_string()),
    ]));
    let id_and_phone = |id: String, phone: String| {
        TableCell::new(vec![
            Paragraph::new(Role::Label, vec![Run::fixed(id)]).align(Align::Center),
            Paragraph::new(Role::Label, vec![Run::fixed(phone)]).align(Align::Center),
        ])
    };
    for (n, &i) in members.iter().enumerate() {
        let Some(p) = case.parties.get(i) else {
            continue;
        };
        let path = |f: &str| format!("parties[{i}].{f}");
        let row = match &p.kind {
            PartyKind::Person(person) => {
                let (sex, birth) = sex_and_birth(person, opts.today);
                vec![
                    cell((n + 1).to_string()),
                    left(name_or_blank(p), path("name")),
                    cell(sex.unwrap_or("").to_string()),
                    cell(birth.map(iso).unwrap_or_default()),
                    id_and_phone(
                        id_card::normalise(&person.id_number, opts.today)
                            .unwrap_or_else(|| person.id_number.trim().to_string()),
                        person.phone.trim().to_string(),
                    ),
                    left(person.address.trim().to_string(), path("address")),
                ]
            }
            PartyKind::Organisation(org) => {
                let rep = match org.representative_kind {
                    RepresentativeKind::LegalRepresentative => w::LEGAL_REPRESENTATIVE,
                    RepresentativeKind::Principal => w::PRINCIPAL,
                };
                let name = if org.representative.trim().is_empty() {
                    name_or_blank(p)
                } else {
                    format!(
                        "{}（{rep}{}{}）",
                        name_or_blank(p),
                        w::COLON,
                        org.representative.trim()
                    )
                };
                vec![
                    cell((n + 1).to_string()),
                    left(name, path("name")),
                    cell(String::new()),
                    cell(String::new()),
                    id_and_phone(
                        org.credit_code.trim().to_string(),
                        org.phone.trim().to_string(),
                    ),
                    left(org.address.trim().to_string(), path("address")),
                ]
            }
        };
        t = t.row(TableRow::new(row));
    }
    t
}

/// 「1979-09-07」: dates in a narrow table column.
fn iso(d: Date) -> String {
    format!("{}-{:02}-{:02}", d.year(), d.month() as u8, d.day())
}

/// The signature table: 序号, the party, and room to sign or seal.
fn signature_table(case: &Case, members: &[(&str, usize)], with_label: bool) -> Table {
    let cell = |text: String| {
        TableCell::paragraph(
            Paragraph::new(Role::Label, vec![Run::fixed(text)]).align(Align::Center),
        )
    };
    let mut t = Table::new(vec![
        ColumnWidth::Chars(3.0),
        ColumnWidth::Fr(2.0),
        ColumnWidth::Fr(1.5),
    ])
    .header_row(TableRow::new(vec![
        cell(w::COL_NO.to_string()),
        cell(w::COL_NAME.to_string()),
        cell(w::COL_SIGN.to_string()),
    ]));
    for (n, &(l, i)) in members.iter().enumerate() {
        let Some(p) = case.parties.get(i) else {
            continue;
        };
        let name = if with_label {
            format!("{l}{}", name_or_blank(p))
        } else {
            name_or_blank(p)
        };
        t = t.row(
            TableRow::new(vec![
                cell((n + 1).to_string()),
                TableCell::paragraph(
                    Paragraph::new(
                        Role::Label,
                        vec![Run::value(name, format!("parties[{i}].name"))],
                    )
                    .align(Align::Left),
                ),
                TableCell::empty(),
            ])
            .min_lines(2.0),
        );
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Person;

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
    fn short_signatory_names_are_never_broken() {
        assert!(signature_name("赵淑珍", "x".into()).keep);
        assert!(!signature_name("鲁安财产保险股份有限公司济南中心支公司", "x".into()).keep);
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
        assert!(!roster_mode(&case));
        case.parties.push(Party::person("x", Side::Applicant, "丙"));
        assert!(roster_mode(&case));
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
