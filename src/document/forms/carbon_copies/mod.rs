//! 四联单 mode of the agreement (domain spec §1.8): the same agreement printed once per
//! 联, each under its 联次 caption. The 联 follow the roles of
//! `settings.carbon_copy_captions` (default 存根 / 当事人 / 人民调解委员会): a role naming
//! the 当事人 gives one 联 per party, each other role one 联; they are numbered 第一联,
//! 第二联, … and the copies sentence counts them, so the sentence, the 联 and the parties
//! agree. An unverified local form: every copy says 「（本地格式）」.

pub mod wording;

use super::super::common::Options;
use super::super::wording::chinese_numeral;
use super::super::*;
use crate::model::Case;
use wording as w;

/// One 联 of the 四联单: its caption and, for a party's 联, the party's index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Copy {
    pub caption: String,
    pub party: Option<usize>,
}

/// The roles of `settings.carbon_copy_captions`, cleaned: trimmed, a leading 「第…联」
/// taken off (captions saved before the 联 were numbered for you), empty ones and a
/// role repeated next to itself dropped (the old default listed 当事人 twice).
pub fn roles(case: &Case) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for c in &case.settings.carbon_copy_captions {
        let mut c = c.trim();
        if let Some(rest) = c.strip_prefix(w::COPY_BEFORE)
            && let Some(at) = rest.find(w::COPY_AFTER)
            && rest[..at]
                .chars()
                .all(|ch| "〇一二三四五六七八九十百0123456789".contains(ch))
        {
            c = rest[at + w::COPY_AFTER.len()..].trim_start_matches([' ', '　']);
        }
        if !c.is_empty() && out.last().map(String::as_str) != Some(c) {
            out.push(c.to_string());
        }
    }
    out
}

/// The 联 of the case's 四联单, in order: one per role, a role naming the 当事人 once per
/// party.
pub fn copies(case: &Case) -> Vec<Copy> {
    let mut out = Vec::new();
    for role in roles(case) {
        if role.contains(w::PARTY_ROLE) && !case.parties.is_empty() {
            for (i, p) in case.parties.iter().enumerate() {
                let name = p.name().trim();
                let caption = if name.is_empty() {
                    role.clone()
                } else {
                    format!("{role}（{name}）")
                };
                out.push(Copy {
                    caption,
                    party: Some(i),
                });
            }
        } else {
            out.push(Copy {
                caption: role,
                party: None,
            });
        }
    }
    for (n, c) in out.iter_mut().enumerate() {
        c.caption = format!(
            "{}{}{}　{}",
            w::COPY_BEFORE,
            chinese_numeral(n as u32 + 1),
            w::COPY_AFTER,
            c.caption
        );
    }
    out
}

/// One agreement per 联, its caption at the top right above the title and its copies
/// sentence counting the 联; with no roles, the agreement once, uncaptioned.
pub fn build_all(case: &Case, opts: &Options) -> Vec<Document> {
    let mut agreement = super::agreement::build(case, opts);
    let copies = copies(case);
    if copies.is_empty() {
        return vec![agreement];
    }
    let sentence = copies_sentence(&roles(case), copies.len());
    for b in &mut agreement.blocks {
        if super::oral_agreement::is_copies_sentence(b)
            && let Block::Paragraph(p) = b
        {
            p.runs = sentence.clone();
        }
    }
    copies
        .into_iter()
        .map(|c| captioned(agreement.clone(), &c.caption))
        .collect()
}

/// 「本协议一式五联，存根一联，当事人各持一联，人民调解委员会一联。」
fn copies_sentence(roles: &[String], count: usize) -> Vec<Run> {
    let mut runs = vec![
        Run::fixed(w::COPIES_BEFORE),
        Run::value(
            chinese_numeral(count as u32),
            "settings.carbon_copy_captions",
        ),
        Run::fixed(w::COPIES_UNIT),
    ];
    for role in roles {
        let each = if role.contains(w::PARTY_ROLE) {
            w::EACH_HOLDS_ONE
        } else {
            w::ONE_COPY
        };
        runs.push(Run::fixed("，"));
        runs.push(Run::value(
            format!("{role}{each}"),
            "settings.carbon_copy_captions",
        ));
    }
    runs.push(Run::fixed("。"));
    runs
}

/// `doc` with 「（本地格式）　第二联　当事人（张三）」 at the top right of its first page.
fn captioned(mut doc: Document, caption: &str) -> Document {
    doc.blocks.insert(
        0,
        Block::Paragraph(
            Paragraph::new(
                Role::Label,
                vec![
                    Run::fixed(format!("{}　", w::LOCAL_FORM)),
                    Run::value(caption, "settings.carbon_copy_captions"),
                ],
            )
            .align(Align::Right)
            .keep_with_next(),
        ),
    );
    doc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Party, PartyKind, Person};

    fn case(parties: &[&str], captions: &[&str]) -> Case {
        let mut case = Case::default();
        for name in parties {
            case.parties.push(Party {
                kind: PartyKind::Person(Person {
                    name: (*name).into(),
                    ..Person::default()
                }),
                ..Party::default()
            });
        }
        case.settings.carbon_copy_captions = captions.iter().map(|c| (*c).into()).collect();
        case
    }

    fn captions(case: &Case) -> Vec<String> {
        copies(case).into_iter().map(|c| c.caption).collect()
    }

    #[test]
    fn three_parties_get_a_copy_each_between_the_stub_and_the_committee() {
        let c = case(
            &["张三", "李四", "王五"],
            &["存根", "当事人", "人民调解委员会"],
        );
        assert_eq!(
            captions(&c),
            vec![
                "第一联　存根",
                "第二联　当事人（张三）",
                "第三联　当事人（李四）",
                "第四联　当事人（王五）",
                "第五联　人民调解委员会",
            ]
        );
        let text: String = copies_sentence(&roles(&c), 5)
            .iter()
            .map(|r| r.text.as_str())
            .collect();
        assert_eq!(
            text,
            "本协议一式五联，存根一联，当事人各持一联，人民调解委员会一联。"
        );
    }

    #[test]
    fn captions_saved_with_their_numbers_are_read_as_roles() {
        let c = case(
            &["张三", "李四"],
            &[
                "第一联　存根",
                "第二联　当事人",
                "第三联　当事人",
                "第四联　人民调解委员会",
            ],
        );
        assert_eq!(roles(&c), vec!["存根", "当事人", "人民调解委员会"]);
        assert_eq!(copies(&c).len(), 4);
    }

    #[test]
    fn every_copy_says_it_is_a_local_form_and_counts_the_copies_it_is_one_of() {
        let c = case(
            &["张三", "李四", "王五"],
            &["存根", "当事人", "人民调解委员会"],
        );
        let docs = build_all(&c, &Options::on(time::macros::date!(2026 - 12 - 7)));
        assert_eq!(docs.len(), 5);
        for d in &docs {
            let Some(Block::Paragraph(first)) = d.blocks.first() else {
                panic!("no caption");
            };
            assert!(
                first.text().starts_with("（本地格式）　第"),
                "{}",
                first.text()
            );
            let copies = d.blocks.iter().filter_map(|b| match b {
                Block::Paragraph(p) if p.text().starts_with("本协议一式") => Some(p.text()),
                _ => None,
            });
            assert_eq!(
                copies.collect::<Vec<_>>(),
                vec!["本协议一式五联，存根一联，当事人各持一联，人民调解委员会一联。"]
            );
        }
    }
}
