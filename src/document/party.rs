//! The parties as the 2016 SPC 样式 describes them (domain spec §3.5): a person's one line, an
//! organisation's name and domicile with its representative on the next line, an agent's
//! line under its principal, and a signatory's name kept whole. Shared by the
//! confirmation application, the 授权委托书 and the 送达地址确认书.

use crate::document::common::Options;
use crate::document::forms::confirmation::wording as w;
use crate::document::*;
use crate::model::{Agent, AgentCategory, Authority, Date, Party, PartyKind};

/// A party's sex and birth date as the forms print them
/// ([`crate::values::id_card::particulars`]: typed, else from a valid ID number).
pub(crate) fn sex_and_birth(
    p: &crate::model::Person,
    today: Date,
) -> (Option<&'static str>, Option<Date>) {
    let f = crate::values::id_card::particulars(
        p.id_number.trim(),
        p.sex,
        p.birth_date,
        p.age,
        today,
        today,
    );
    (f.sex.map(|s| s.chinese()), f.birth)
}

/// A party's name, or a blank for one not typed.
pub(crate) fn name_or_blank(p: &Party) -> String {
    let n = p.name().trim();
    if n.is_empty() {
        blank(3)
    } else {
        n.to_string()
    }
}

/// 「汉族」 from 「汉族」 or 「汉」; empty when not typed.
pub(crate) fn ethnicity(s: &str) -> String {
    let s = s.trim();
    if s.is_empty() || s.ends_with(w::ETHNICITY_SUFFIX) {
        s.to_string()
    } else {
        format!("{s}{}", w::ETHNICITY_SUFFIX)
    }
}

/// The label and its value, kept together: 「申请人：」.
pub(crate) fn label(text: &str) -> Run {
    Run::fixed(format!("{text}{}", w::COLON)).kept()
}

/// A body paragraph with a two-character hanging indent, as party lines are set.
pub(crate) fn party_para(runs: Vec<Run>) -> Paragraph {
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
                    pen: false,
                    spread_to: None,
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
            let rep = org.representative_kind.label();
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
pub(crate) fn agent_line(a: &Agent, party: usize, ai: usize, principal: &str) -> Paragraph {
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
    runs.push(Run::composed(
        authority_text(&a.authority),
        path("authority"),
    ));
    runs.push(Run::fixed(w::STOP));
    party_para(runs)
}

/// A signatory's name after its label: a short name kept whole (it moves to the next
/// line rather than break as 「赵／淑珍」); a long organisation name may wrap.
pub(crate) fn signature_name(name: &str, path: String) -> Run {
    // Kept whole at any length: a name too wide for its column takes a row of its own
    // (the signature grid gives it the full measure) rather than break as 「杭州分公／司」.
    Run::value(name.trim(), path).kept()
}

/// The signature of party `index` on a form the parties sign: a person signs, seals
/// or presses a fingerprint under 「当事人（签名盖章或按指印）」; an organisation seals
/// (「当事人（盖章）」) and its representative signs on the line after
/// ([`with_representative`]). The name is printed in brackets, kept whole.
pub(crate) fn party_signature(p: &Party, index: usize) -> Paragraph {
    use crate::document::wording as sw;
    party_signature_as(p, index, sw::SIGN_PARTY, sw::SIGN_PARTY_ORG)
}

/// [`party_signature`] under a form's own labels: `person` for a person, `org` for an
/// organisation (「申请人（签名盖章或按指印）」 and 「申请人（盖章）」 on the 人民调解申请书).
pub(crate) fn party_signature_as(p: &Party, index: usize, person: &str, org: &str) -> Paragraph {
    let label = if p.is_organisation() { org } else { person };
    let mut runs = vec![Run::fixed(label)];
    if !p.name().trim().is_empty() {
        // Kept whole: a name too wide for its column moves to a wider cell rather
        // than breaking inside its brackets.
        runs.push(
            Run::value(
                format!("（{}）", p.name().trim()),
                format!("parties[{index}].name"),
            )
            .kept(),
        );
    }
    with_representative(
        Paragraph::new(Role::Signature, runs).align(Align::Left),
        p,
        index,
    )
}

/// A party's signature `line` with, for an organisation, its representative's line
/// ([`representative_line`]) after a line break, as one signatory: the seal and the
/// signature beside it are never set apart, in another cell of the grid (beside the
/// next party) or on another page.
pub(crate) fn with_representative(mut line: Paragraph, p: &Party, index: usize) -> Paragraph {
    if let Some(rep) = representative_line(p, index) {
        line.runs.push(Run::fixed("\n"));
        line.runs.extend(rep.runs);
    }
    line
}

/// The signature line an organisation's representative signs beside the seal
/// (「法定代表人（签名）：王某」), or `None` for a person. An organisation seals; its
/// representative signs (domain spec §1.4 rule 5, §3.5 note 3).
pub(crate) fn representative_line(p: &Party, index: usize) -> Option<Paragraph> {
    let PartyKind::Organisation(org) = &p.kind else {
        return None;
    };
    let mut runs = vec![Run::fixed(format!(
        "{}{}",
        org.representative_kind.label(),
        crate::document::wording::SIGN_REPRESENTATIVE
    ))];
    if !org.representative.trim().is_empty() {
        runs.push(signature_name(
            &org.representative,
            format!("parties[{index}].representative"),
        ));
    }
    Some(Paragraph::new(Role::Signature, runs).align(Align::Left))
}
