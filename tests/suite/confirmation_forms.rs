//! The judicial-confirmation filing forms (domain spec §3.5): the application
//! (申请书), the proof of mediation and the powers of attorney, built from the example
//! cases and from edge cases; what a court clerk checks is in the text.

use crate::common;

use tiaojie::document::common::Options;
use tiaojie::document::forms::{confirmation, power_of_attorney, proof};
use tiaojie::document::{Block, Document, Paragraph};
use tiaojie::model::{
    Agent, AgentCategory, Authority, Case, Clause, ConfirmationLabels, JudicialConfirmation,
    Organisation, Party, PartyKind, RepresentativeKind, Side, SubjectFlag, Undertaking,
};

fn opts() -> Options {
    Options::on(common::today())
}

/// Every paragraph of the document, in order, one per line (signature lines and table
/// cells included).
fn text(doc: &Document) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut push = |p: &Paragraph| out.push(p.text());
    for b in &doc.blocks {
        match b {
            Block::Paragraph(p) => push(p),
            Block::Signature(s) => {
                s.lines().for_each(&mut push);
                if let Some(seal) = &s.seal {
                    push(seal);
                }
                push(&s.date);
            }
            Block::Table(t) => t.paragraphs().for_each(&mut push),
            Block::Space(_) | Block::PageBreak => {}
        }
    }
    out.join("\n")
}

/// The items of the 附 list, without their numbers.
fn attachments(case: &Case) -> Vec<String> {
    confirmation::attachments(case)
        .into_iter()
        .map(|(t, _)| t)
        .collect()
}

fn traffic() -> Case {
    common::case("examples/traffic-accident.json")
}

const UNDERTAKING: &str = "申请人出于解决纠纷的目的自愿达成协议，没有恶意串通、规避法律的行为；如果因为该协议内容而给他人造成损害的，愿意承担相应的民事责任和其他法律责任。";
const UNDERTAKING_STATE: &str = "申请人出于解决纠纷的目的自愿达成协议，没有恶意串通、规避法律的行为；如果因为该协议内容而给国家、集体或他人造成损害的，愿意承担相应的民事责任和其他法律责任。";

#[test]
fn application_has_every_element_of_the_2016_form() {
    let doc = confirmation::build(&traffic(), &opts());
    let t = text(&doc);
    for want in [
        "申请书",
        // The person line (2016 样式), birth date and sex as typed.
        "申请人：赵淑珍，女，1958年9月16日出生，汉族，退休教师，住济南市历下区山大路178号5号楼2单元401室。联系方式：13905312461。",
        // Every party an applicant, the organisation in its pattern.
        "申请人：刘志明，男，1990年2月3日出生，汉族，公司职员，住济南市历城区华龙路1825号。",
        "申请人：鲁安财产保险股份有限公司济南中心支公司，住所济南市历下区泺源大街102号。",
        "主要负责人：孙立新，总经理，联系方式：0531-86012345。",
        // The agent under the party, with category and authority.
        "委托诉讼代理人：周海燕，山东明泉律师事务所律师。联系方式：13864012345。代理权限：特别授权，代为承认、放弃、变更请求，进行和解，代为签收法律文书。",
        "请求事项：",
        "确认申请人赵淑珍与申请人刘志明、申请人鲁安财产保险股份有限公司济南中心支公司于2025年6月20日经济南市历下区道路交通事故纠纷人民调解委员会主持调解达成的调解协议有效。",
        "事实和理由：",
        "2025年6月20日，济南市历下区道路交通事故纠纷人民调解委员会主持调解，各方达成如下调解协议：",
        // Typed obligations printed from the one decimal, capitals and figures.
        "二、鲁安财产保险股份有限公司济南中心支公司于2025年7月10日前以银行转账方式向赵淑珍支付交强险及商业三者险赔款人民币壹拾肆万捌仟叁佰元整（¥148,300.00）。",
        UNDERTAKING,
        "此致",
        "济南市历下区人民法院",
        "附：",
        "申请人（签名或者盖章）：赵淑珍",
        "申请人（签名或者盖章）：刘志明",
        // An organisation seals, its representative signs (issue 21).
        "申请人（盖章）：鲁安财产保险股份有限公司济南中心支公司",
        "主要负责人（签名）：孙立新",
        "2025年8月4日",
    ] {
        assert!(t.contains(want), "missing 「{want}」 in\n{t}");
    }
    assert!(
        !t.contains("被申请人"),
        "joint application names no 被申请人"
    );
    // 此致 comes before the court, the court before 附.
    let at = |s: &str| t.find(s).unwrap();
    assert!(at(UNDERTAKING) < at("此致"));
    assert!(at("此致") < at("济南市历下区人民法院\n"));
    assert!(at("附：") < at("申请人（签名或者盖章）"));
}

#[test]
fn undertaking_follows_the_setting_letter_for_letter() {
    let mut case = traffic();
    let t = text(&confirmation::build(&case, &opts()));
    assert!(t.lines().any(|l| l == UNDERTAKING), "{t}");
    case.settings.undertaking = Undertaking::StateCollectiveOthers;
    let t = text(&confirmation::build(&case, &opts()));
    assert!(t.lines().any(|l| l == UNDERTAKING_STATE), "{t}");
    assert!(!t.lines().any(|l| l == UNDERTAKING));
}

#[test]
fn birth_date_and_sex_are_read_from_the_id_number_when_not_typed() {
    let mut case = traffic();
    if let PartyKind::Person(p) = &mut case.parties[0].kind {
        p.birth_date = None;
        p.sex = None;
    }
    let t = text(&confirmation::build(&case, &opts()));
    assert!(t.contains("申请人：赵淑珍，女，1958年9月16日出生"), "{t}");
}

#[test]
fn local_variant_labels_the_other_side_respondent() {
    let mut case = traffic();
    case.settings.confirmation_labels = ConfirmationLabels::ApplicantRespondent;
    let t = text(&confirmation::build(&case, &opts()));
    assert!(t.contains("被申请人：刘志明，男"), "{t}");
    assert!(
        t.contains("确认申请人赵淑珍与被申请人刘志明、鲁安财产保险股份有限公司济南中心支公司于2025年6月20日"),
        "{t}"
    );
    assert!(t.contains("被申请人（签名或者盖章）：刘志明"), "{t}");
}

#[test]
fn attachment_list_always_has_the_agreement_and_the_proof_of_mediation() {
    let items = attachments(&traffic());
    assert_eq!(
        items[0],
        "（2025）历下交调调字第208号人民调解协议书（原件）"
    );
    assert_eq!(items[1], "调解组织主持调解的证明");
    assert!(items.contains(&"申请人赵淑珍的居民身份证复印件".to_string()));
    assert!(items.contains(&"申请人刘志明的居民身份证复印件".to_string()));
    // A typed attachment the list does not cover is kept, with its copies; the ones
    // it covers (协议书, 证明, 身份证明, 授权委托书) appear once.
    assert!(
        items.contains(&"道路交通事故认定书一份".to_string()),
        "{items:#?}"
    );
    assert_eq!(
        items.iter().filter(|i| i.contains("调解协议书")).count(),
        1,
        "{items:#?}"
    );
    assert_eq!(
        items.iter().filter(|i| i.contains("授权委托书")).count(),
        1,
        "{items:#?}"
    );
}

#[test]
fn agent_adds_a_power_of_attorney_and_the_agents_identity_document() {
    let mut case = traffic();
    let items = attachments(&case);
    assert!(
        items.contains(&"申请人赵淑珍的授权委托书".to_string()),
        "{items:#?}"
    );
    assert!(
        items.contains(&"委托诉讼代理人周海燕的执业证复印件".to_string())
            && items.contains(&"山东明泉律师事务所出具的所函".to_string()),
        "{items:#?}"
    );
    case.parties[0].agents.clear();
    let items = attachments(&case);
    assert!(
        !items.iter().any(|i| i.contains("授权委托书")),
        "{items:#?}"
    );
    assert!(
        !items.iter().any(|i| i.contains("委托诉讼代理人")),
        "{items:#?}"
    );
}

#[test]
fn organisation_adds_its_business_licence_and_representative_proof() {
    let mut case = traffic();
    let items = attachments(&case);
    let org = "申请人鲁安财产保险股份有限公司济南中心支公司";
    assert!(
        items.contains(&format!("{org}的营业执照（统一社会信用代码证）复印件")),
        "{items:#?}"
    );
    assert!(
        items.contains(&format!("{org}的主要负责人身份证明书")),
        "{items:#?}"
    );
    if let PartyKind::Organisation(o) = &mut case.parties[2].kind {
        o.representative_kind = RepresentativeKind::LegalRepresentative;
    }
    let items = attachments(&case);
    assert!(
        items.contains(&format!("{org}的法定代表人身份证明书")),
        "{items:#?}"
    );
    // Natural persons bring no licence.
    assert_eq!(items.iter().filter(|i| i.contains("营业执照")).count(), 1);
}

#[test]
fn property_flag_adds_the_property_right_proofs() {
    let mut case = traffic();
    let proof = "与调解协议相关的财产权利证明";
    assert!(!attachments(&case).iter().any(|i| i == proof));
    case.agreement.clauses.push(Clause {
        text: "坐落于济南市历下区山大路178号的车库归赵淑珍使用。".into(),
        flags: vec![SubjectFlag::PropertyOwnership],
        ..Clause::default()
    });
    assert!(attachments(&case).iter().any(|i| i == proof));
}

#[test]
fn setting_adds_the_service_address_form() {
    let mut case = traffic();
    assert!(
        !attachments(&case)
            .iter()
            .any(|i| i.contains("送达地址确认书"))
    );
    case.settings.service_address_form = true;
    assert!(attachments(&case).iter().any(|i| i == "送达地址确认书"));
}

#[test]
fn blank_case_builds_every_form_with_blanks() {
    let case = Case::default();
    let t = text(&confirmation::build(&case, &opts()));
    assert!(t.starts_with("申请书"));
    assert!(
        t.contains("申请人：＿＿＿，＿＿，＿＿＿＿年＿＿月＿＿日出生"),
        "{t}"
    );
    assert!(t.contains(UNDERTAKING));
    assert_eq!(t.matches("申请人（签名或者盖章）：").count(), 2, "{t}");
    let t = text(&proof::build(&case, &opts()));
    assert!(t.contains("（人民调解委员会印）"), "{t}");
    let all = power_of_attorney::build_all(&case, &opts());
    assert_eq!(all.len(), 1, "one blank form when there is no agent");
    let t = text(&all[0]);
    assert!(t.contains("受托人：＿＿＿"), "{t}");
}

#[test]
fn incomplete_parties_and_agents_build_without_panic() {
    let mut case = traffic();
    case.parties.push(Party {
        kind: PartyKind::Organisation(Organisation::default()),
        agents: vec![
            Agent {
                authority: Authority::Special(String::new()),
                ..Agent::default()
            },
            Agent {
                category: AgentCategory::NearRelative,
                ..Agent::default()
            },
        ],
        ..Party::default()
    });
    case.parties[0].id = "p1".into();
    if let PartyKind::Person(p) = &mut case.parties[0].kind {
        p.id_number = "not a number".into();
        p.birth_date = None;
    }
    case.confirmation = Some(JudicialConfirmation::default());
    let t = text(&confirmation::build(&case, &opts()));
    assert!(t.contains("特别授权，＿＿"), "{t}");
    assert!(t.contains("申请人＿＿＿的近亲属"), "{t}");
    assert_eq!(power_of_attorney::build_all(&case, &opts()).len(), 3);
    proof::build(&case, &opts());
}

#[test]
fn group_application_names_all_121_parties() {
    let case = common::case("examples/consumer-group-refund.json");
    assert_eq!(case.parties.len(), 121);
    let doc = confirmation::build(&case, &opts());
    let t = text(&doc);
    // The 120 members are rostered; the paying company is named in full with its
    // 法定代表人, in the party section, in 请求事项 and at the signatures.
    assert!(t.contains("申请人：刘紫琳等120人（详见附表一）。"), "{t}");
    assert!(
        t.contains("申请人：成都市武侯区力行健身服务有限公司，住所成都市武侯区科华北路168号3楼。\n法定代表人：邓志刚，"),
        "{t}"
    );
    assert!(
        t.contains("确认申请人刘紫琳等120人与申请人成都市武侯区力行健身服务有限公司于2025年9月5日"),
        "{t}"
    );
    assert!(
        t.contains("申请人（盖章）：成都市武侯区力行健身服务有限公司\n法定代表人（签名）：邓志刚"),
        "{t}"
    );
    assert!(
        t.contains("120名自然人申请人的居民身份证复印件（名单见附表一）"),
        "{t}"
    );
    assert!(
        t.contains("申请人成都市武侯区力行健身服务有限公司的法定代表人身份证明书"),
        "{t}"
    );
    // Agents stay named under the roster line, saying whose agent they are once.
    assert!(
        t.contains("委托诉讼代理人：何淑芬，申请人莫博文的近亲属（母亲）。"),
        "{t}"
    );
    // The roster and the signature table each name every member, and only them.
    let tables: Vec<_> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .collect();
    assert_eq!(tables.len(), 2);
    // 附表一 closes with its 合计 row; 附表二 has a row to sign per member.
    assert_eq!(tables[0].rows.len(), 121);
    assert_eq!(tables[1].rows.len(), 120);
    for table in tables {
        let cells: String = table.paragraphs().map(|p| p.text()).collect();
        for p in &case.parties {
            assert_eq!(
                cells.contains(p.name()),
                !p.is_organisation(),
                "{} listed wrongly",
                p.name()
            );
        }
    }
    assert!(t.contains("附表一：申请人名单"));
    assert!(t.contains("附表二：申请人签名（盖章）表"));
    assert!(t.contains("申请人（签名或者盖章）：见附表二"));
    // No 121 signature lines in the body and no 121 identity items in the 附 list.
    assert!(t.matches("居民身份证复印件").count() <= 2, "{t}");
}

#[test]
fn proof_certifies_sessions_agreement_and_number() {
    let t = text(&proof::build(
        &common::case("examples/consumer-group-refund.json"),
        &opts(),
    ));
    for want in [
        "调解组织主持调解的证明",
        "兹证明：",
        "由本委员会于2025年8月5日受理，并于2025年8月20日、2025年9月5日主持调解。",
        "在本委员会主持下自愿达成人民调解协议（编号：",
        "特此证明。",
        "成都市武侯区消费纠纷人民调解委员会",
        "（人民调解委员会印）",
    ] {
        assert!(t.contains(want), "missing 「{want}」 in\n{t}");
    }
    // The parties are counted as the application counts them, each side once.
    assert!(
        t.contains("（当事人：刘紫琳等120人、成都市武侯区力行健身服务有限公司）"),
        "{t}"
    );
    assert!(!t.contains("121人"), "{t}");
}

#[test]
fn power_of_attorney_per_agent_with_principal_agent_matter_and_authority() {
    let mut case = traffic();
    case.parties[2].agents.push(Agent {
        name: "钱晓东".into(),
        category: AgentCategory::Employee,
        affiliation: "理赔部经理".into(),
        id_number: "370102198001010018".into(),
        phone: "13900000000".into(),
        authority: Authority::General,
        licence: String::new(),
    });
    let all = power_of_attorney::build_all(&case, &opts());
    assert_eq!(all.len(), 2);
    let t = text(&all[0]);
    for want in [
        "授权委托书",
        "委托人：赵淑珍，女，1958年9月16日出生，汉族，退休教师",
        "受托人：周海燕，山东明泉律师事务所律师，执业证号：13701201510234567，联系方式：13864012345。",
        "现委托上列受托人在赵淑珍与刘志明、鲁安财产保险股份有限公司济南中心支公司道路交通事故损害赔偿纠纷申请司法确认一案中，作为我方的委托诉讼代理人。",
        "代理权限：特别授权，代为承认、放弃、变更请求，进行和解，代为签收法律文书。",
        "委托人（签名或者盖章）：赵淑珍",
        "受托人（签名）：周海燕",
    ] {
        assert!(t.contains(want), "missing 「{want}」 in\n{t}");
    }
    let t = text(&all[1]);
    for want in [
        "委托人：鲁安财产保险股份有限公司济南中心支公司，住所",
        "主要负责人：孙立新",
        "受托人：钱晓东，委托人鲁安财产保险股份有限公司济南中心支公司的工作人员（理赔部经理）",
        "代理权限：一般授权。",
    ] {
        assert!(t.contains(want), "missing 「{want}」 in\n{t}");
    }
}

#[test]
fn two_party_application_says_both_sides_agreed() {
    let mut case = traffic();
    case.parties.truncate(2);
    case.parties[1].side = Side::Respondent;
    let t = text(&confirmation::build(&case, &opts()));
    assert!(t.contains("主持调解，双方达成如下调解协议："), "{t}");
    assert!(t.contains("确认申请人赵淑珍与申请人刘志明于"), "{t}");
}
