//! The 卷宗: every record form says what the domain spec says it says; every form builds
//! from an empty case; the whole file's 目录 shows where each document really landed,
//! numbers run on without a gap, and the 备考表 counts what was bound.

use crate::common;

use tiaojie::document::common::{Options, agreement_number};
use tiaojie::document::forms::{
    application, back_cover, carbon_copies, cover, investigation, oral_agreement, registration,
    rights_notice, session, toc, visit,
};
use tiaojie::document::{Block, Document};
use tiaojie::dossier::{Dossier, dossier};
use tiaojie::layout::{FixedMetrics, Item, PageStyle};
use tiaojie::model::{
    AgreementForm, Case, CaseSource, Clause, CoverFields, Material, MaterialKind, Obligation,
    PageNumbering,
};
use tiaojie::validate::{Check, Severity};

fn opts() -> Options {
    Options::on(common::today())
}

fn leak() -> Case {
    common::case("examples/neighbours-water-leak.json")
}

/// Every paragraph of a document, in order (table cells and signature lines too).
fn text(doc: &Document) -> String {
    let mut out = String::new();
    for b in &doc.blocks {
        match b {
            Block::Paragraph(p) => out.push_str(&p.text()),
            Block::Table(t) => t.paragraphs().for_each(|p| {
                out.push_str(&p.text());
                out.push('\n');
            }),
            Block::Signature(s) => {
                for p in s.lines().chain(&s.seal) {
                    out.push_str(&p.text());
                    out.push('\n');
                }
                out.push_str(&s.date.text());
            }
            Block::Space(_) | Block::PageBreak => {}
        }
        out.push('\n');
    }
    out
}

fn assert_has(doc: &Document, wanted: &[&str]) {
    let t = text(doc);
    for w in wanted {
        assert!(
            t.contains(w),
            "「{w}」 missing from {}:\n{t}",
            doc.meta.title
        );
    }
}

fn laid_out(case: &Case) -> Dossier {
    dossier(case, &opts(), &PageStyle::gbt9704(), &FixedMetrics)
}

/// The text of every run on a page.
fn page_texts(d: &Dossier, page: usize) -> Vec<String> {
    d.pages[page]
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Text(t) => Some(t.text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn application_has_both_sides_the_claims_the_closing_sentence_and_the_date() {
    let doc = application::build(&leak(), &opts());
    assert_has(
        &doc,
        &[
            "人民调解申请书",
            "申请人",
            "陈国华",
            "被申请人",
            "林晓峰",
            "纠纷简要情况：",
            "当事人申请事项：",
            "1、要求林晓峰修复卫生间防水",
            "人民调解委员会已将申请人民调解的相关规定告知我，现自愿申请人民调解委员会进行调解。",
            "申请人（签名盖章或按指印）（陈国华）",
            "2025年6月3日",
        ],
    );
    // The respondent does not sign the application.
    assert!(!text(&doc).contains("申请人（签名盖章或按指印）（林晓峰）"));
}

#[test]
fn registration_opens_with_the_date_and_names_and_ticks_the_source() {
    let doc = registration::build(&leak(), &opts());
    assert_has(
        &doc,
        &[
            "人民调解受理登记表",
            "2025年6月3日，本人民调解委员会经当事人同意，调解陈国华、林晓峰之间的纠纷。",
            "纠纷类型",
            "邻里纠纷",
            "■①当事人申请",
            "□②人民调解委员会主动调解",
            "纠纷简要情况",
            "当事人（签名）",
            "登记人（签名）（吴晓燕）",
            "人民调解委员会（印章）",
            "此表由人民调解委员会填写",
        ],
    );
    let mut case = leak();
    case.dispute.source = CaseSource::CourtReferral;
    let t = text(&registration::build(&case, &opts()));
    assert!(t.contains("□①当事人申请"), "{t}");
    assert!(t.contains("■③法院委托移送"), "{t}");
}

#[test]
fn rights_notice_states_articles_23_and_24_in_full_and_is_acknowledged() {
    let doc = rights_notice::build(&leak(), &opts());
    assert_has(
        &doc,
        &[
            "人民调解当事人权利义务告知书",
            "（一）选择或者接受人民调解员；",
            "（二）接受调解、拒绝调解或者要求终止调解；",
            "（三）要求调解公开进行或者不公开进行；",
            "（四）自主表达意愿、自愿达成调解协议。",
            "（一）如实陈述纠纷事实；",
            "（二）遵守调解现场秩序，尊重人民调解员；",
            "（三）尊重对方当事人行使权利。",
            "以上内容本人已知悉。",
            "当事人（签名盖章或按指印）（陈国华）",
            "当事人（签名盖章或按指印）（林晓峰）",
            "2025年6月3日",
        ],
    );
}

#[test]
fn investigation_record_has_its_header_content_and_the_interviewees_signature() {
    let docs = investigation::build_all(&leak(), &opts());
    assert_eq!(docs.len(), 1);
    assert_has(
        &docs[0],
        &[
            "人民调解调查记录",
            "时　　　间：2025年6月5日 09:30—10:20",
            "地　　　点：翠苑一区12幢3单元201室、301室",
            "调　查　人：周建平、沈丽娟",
            "被调查人：物业维修工 何师傅",
            "记　录　人：吴晓燕",
            "地漏周边防水层破损",
            "被调查人（签名或按指印）（物业维修工 何师傅）",
        ],
    );
}

#[test]
fn session_record_has_its_header_result_and_every_signature() {
    let docs = session::build_all(&leak(), &opts());
    assert_eq!(docs.len(), 1);
    let doc = &docs[0];
    assert_has(
        doc,
        &[
            "人民调解记录",
            "时　　　间：2025年6月10日 14:00—15:40",
            "地　　　点：翠苑一区社区调解室",
            "事　　　由：相邻漏水赔偿",
            "参　加　人：何师傅（物业维修工）",
            "当　事　人：陈国华、林晓峰",
            "调解结果：",
            "达成协议",
            "当事人（签名盖章或按指印）（陈国华）",
            "当事人（签名盖章或按指印）（林晓峰）",
            "记录人（签名）",
            "（人民调解委员会印）",
        ],
    );
    // One signature line per mediator.
    assert_eq!(text(doc).matches("人民调解员（签名）").count(), 2);
}

#[test]
fn oral_agreement_registration_has_the_terms_but_no_copies_sentence() {
    let mut case = leak();
    case.agreement.form = AgreementForm::Oral;
    let doc = oral_agreement::build(&case, &opts());
    assert_has(
        &doc,
        &[
            "人民调解口头协议登记表",
            "纠纷主要事实、争议事项：",
            "经调解，自愿达成如下协议：",
            "履行方式、时限：",
            "（人民调解委员会印）",
        ],
    );
    let t = text(&doc);
    assert!(!t.contains("本协议一式"), "{t}");
    assert!(!t.contains("人民调解协议书"), "{t}");
}

#[test]
fn visit_record_carries_the_agreements_number_and_the_dispute_title() {
    let case = leak();
    let docs = visit::build_all(&case, &opts());
    assert_eq!(docs.len(), 1);
    assert_eq!(agreement_number(&case), "（2025）翠苑一区调字第37号");
    assert_has(
        &docs[0],
        &[
            "人民调解回访记录",
            "调解协议编号",
            "（2025）翠苑一区调字第37号",
            "回访事由",
            "陈国华与林晓峰相邻漏水纠纷",
            "回访情况",
            "协议履行情况：已履行",
            "闭水试验无渗漏",
            "回访人",
            "周建平",
            "回访时间",
            "2025年7月15日",
        ],
    );
}

#[test]
fn cover_has_the_volume_number_from_the_pattern_and_every_moj_field() {
    let doc = cover::build(&leak(), &opts());
    assert_has(
        &doc,
        &[
            "杭州市西湖区翠苑街道翠苑一区社区人民调解委员会",
            "调　解　卷　宗",
            "卷　　　名：陈国华与林晓峰相邻漏水纠纷",
            "卷　　　号：（2025）翠苑一区人调字第37号",
            "人民调解员：周建平、沈丽娟",
            "调解日期：2025年6月3日　至　2025年7月15日",
            "立　卷　人：吴晓燕",
            "立卷日期：2025年7月20日",
            "保管期限：短期",
            "备　　　注：",
        ],
    );
    // The optional fields are off by default…
    let t = text(&doc);
    assert!(!t.contains("当　事　人"), "{t}");
    assert!(!t.contains("调解结果"), "{t}");
    // …and on when the committee asks for them.
    let mut case = leak();
    case.settings.cover_fields = CoverFields {
        parties: true,
        dispute_kind: true,
        outcome: true,
    };
    assert_has(
        &cover::build(&case, &opts()),
        &[
            "当　事　人：陈国华、林晓峰",
            "纠纷类型：邻里纠纷",
            "调解结果：调解成功",
        ],
    );
}

#[test]
fn blank_cover_prints_the_volume_number_pattern_with_blanks() {
    let doc = cover::build(&Case::default(), &opts());
    assert_has(&doc, &["（　　）　　人调字第　　号", "人民调解委员会"]);
}

#[test]
fn retention_defaults_to_long_for_ongoing_obligations_or_property_else_short() {
    let mut case = leak();
    case.archive.retention.clear();
    // 「防水层重做后一年内……」: a duty that runs on after the case closes.
    assert_eq!(cover::retention(&case), "长期");
    case.agreement.clauses.remove(2);
    assert_eq!(cover::retention(&case), "短期");
    // A payment due after the case closed.
    case.agreement.clauses.push(Clause {
        obligation: Some(Obligation {
            due: Some(time::macros::date!(2026 - 01 - 01)),
            ..Obligation::default()
        }),
        ..Clause::default()
    });
    assert_eq!(cover::retention(&case), "长期");
    case.agreement.clauses.pop();
    case.dispute.kind = "房屋宅基地纠纷".into();
    assert_eq!(cover::retention(&case), "长期");
    // The 2006 scheme has no 长期: its 30年 stands in.
    case.settings.retention_scheme = ["永久", "30年", "10年"].map(String::from).to_vec();
    assert_eq!(cover::retention(&case), "30年");
    // A typed value always wins.
    case.archive.retention = "永久".into();
    assert_eq!(cover::retention(&case), "永久");
}

#[test]
fn each_copy_and_each_record_is_numbered_from_its_own_first_page() {
    // The 四联单's 联 and the 授权委托书 of each agent are separate instruments: each
    // starts at 「— 1 —」, where a bundle (the filing) numbers through.
    let fonts = common::fonts();
    for (file, kind) in [
        (
            "examples/traffic-accident.json",
            tiaojie::model::DocKind::CarbonCopies,
        ),
        (
            "examples/medical-dispute.json",
            tiaojie::model::DocKind::PowerOfAttorney,
        ),
    ] {
        let (docs, pages) =
            tiaojie::pipeline::pages(&common::case(file), kind, common::today(), &fonts);
        assert!(docs.len() > 1, "{file} {kind:?} makes one document");
        let firsts = pages
            .iter()
            .filter(|p| {
                p.items
                    .iter()
                    .any(|it| matches!(it, Item::Text(r) if r.text == "— 1 —"))
            })
            .count();
        assert_eq!(
            firsts,
            docs.len(),
            "{file} {kind:?}: one first page per document"
        );
    }
}

#[test]
fn carbon_copies_print_the_agreement_once_per_copy_its_sentence_counts() {
    let case = leak();
    let names: Vec<&str> = case.parties.iter().map(|p| p.name()).collect();
    let copies = carbon_copies::build_all(&case, &opts());
    // The stub, one 联 per party, the committee's.
    let mut captions = vec!["第一联　存根".to_string()];
    for (n, name) in names.iter().enumerate() {
        captions.push(format!(
            "第{}联　当事人（{name}）",
            tiaojie::document::wording::chinese_numeral(n as u32 + 2)
        ));
    }
    captions.push(format!(
        "第{}联　人民调解委员会",
        tiaojie::document::wording::chinese_numeral(names.len() as u32 + 2)
    ));
    assert_eq!(copies.len(), captions.len());
    let count = tiaojie::document::wording::chinese_numeral(captions.len() as u32);
    let sentence = format!("本协议一式{count}联，存根一联，当事人各持一联，人民调解委员会一联。");
    let agreement = text(&tiaojie::document::forms::agreement::build(&case, &opts()));
    for (doc, caption) in copies.iter().zip(&captions) {
        let t = text(doc);
        let head = format!("（本地格式）　{caption}\n");
        assert!(t.starts_with(&head), "{t}");
        assert!(t.contains(&sentence), "{t}");
        // Otherwise the agreement itself, word for word.
        let own = agreement
            .lines()
            .find(|l| l.starts_with("本协议一式"))
            .expect("the agreement's copies sentence");
        assert_eq!(t[head.len()..].replace(&sentence, own), agreement);
    }
    let mut case = leak();
    case.settings.carbon_copy_captions = vec!["存根联".into(), "调委会联".into()];
    assert_eq!(carbon_copies::build_all(&case, &opts()).len(), 2);
}

#[test]
fn every_form_builds_and_lays_out_from_an_empty_case() {
    let case = Case::default();
    let o = opts();
    let mut docs = vec![
        application::build(&case, &o),
        registration::build(&case, &o),
        rights_notice::build(&case, &o),
        oral_agreement::build(&case, &o),
        cover::build(&case, &o),
        toc::build(&case, &o, &[]),
        back_cover::build(&case, &o, None),
    ];
    for many in [
        investigation::build_all(&case, &o),
        session::build_all(&case, &o),
        visit::build_all(&case, &o),
        carbon_copies::build_all(&case, &o),
    ] {
        assert!(!many.is_empty(), "a per-record form gives one blank form");
        docs.extend(many);
    }
    for doc in &docs {
        assert!(!doc.blocks.is_empty(), "{}", doc.meta.title);
        let pages = tiaojie::layout::layout(doc, &PageStyle::gbt9704(), &FixedMetrics);
        assert!(!pages.is_empty(), "{}", doc.meta.title);
    }
    // The blanks are there to fill in by hand.
    assert!(text(&application::build(&case, &o)).contains('＿'));
    assert!(text(&visit::build_all(&case, &o)[0]).contains('＿'));
    // An empty case's file: cover, 目录 and 封底 only.
    let d = laid_out(&case);
    assert_eq!(d.documents.len(), 3);
    assert!(d.toc.is_empty());
}

#[test]
fn toc_page_ranges_are_where_each_document_starts_and_ends() {
    let d = laid_out(&leak());
    // Cover and 目录, seven documents, 封底.
    let titles: Vec<&str> = d.toc.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "人民调解申请书",
            "人民调解受理登记表",
            "人民调解当事人权利义务告知书",
            "人民调解调查记录",
            "人民调解记录",
            "人民调解协议书",
            "人民调解回访记录",
        ]
    );
    assert_eq!(d.documents.len(), d.toc.len() + 3);
    assert_eq!(d.parts.len(), d.documents.len());
    // Cover, 目录 and 封底 take no numbers.
    for i in [0, 1, d.parts.len() - 1] {
        assert_eq!(d.parts[i].numbers, None, "part {i}");
    }
    for (i, e) in d.toc.iter().enumerate() {
        let part = &d.parts[i + 2];
        let pages = e.pages.clone().expect("laid out");
        assert_eq!(Some(pages.clone()), part.numbers, "{}", e.title);
        assert_eq!(
            (*pages.end() - *pages.start() + 1) as usize,
            part.pages.len(),
            "{}",
            e.title
        );
        // The number printed on the document's first and last page.
        assert!(
            page_texts(&d, part.pages.start).contains(&pages.start().to_string()),
            "{}",
            e.title
        );
        assert!(
            page_texts(&d, part.pages.end - 1).contains(&pages.end().to_string()),
            "{}",
            e.title
        );
    }
    // The 目录 prints those ranges.
    let toc_text = text(&d.documents[1]);
    for e in &d.toc {
        let range = toc::page_range(e.pages.as_ref().expect("laid out"));
        assert!(toc_text.contains(&range), "{range} missing:\n{toc_text}");
    }
    assert_continuous(&d);
}

/// Numbers run 1, 2, … from the first document after the 目录, with no gap.
fn assert_continuous(d: &Dossier) {
    let mut next = 1;
    for e in &d.toc {
        let pages = e.pages.clone().expect("laid out");
        assert_eq!(*pages.start(), next, "{}", e.title);
        next = pages.end() + 1;
    }
}

#[test]
fn removing_the_investigations_shrinks_the_toc_and_keeps_numbers_continuous() {
    let mut case = leak();
    let before = laid_out(&case);
    case.investigations.clear();
    let after = laid_out(&case);
    assert_eq!(after.toc.len(), before.toc.len() - 1);
    assert!(after.toc.iter().all(|e| e.title != "人民调解调查记录"));
    assert_continuous(&after);
    let removed = before
        .toc
        .iter()
        .find(|e| e.title == "人民调解调查记录")
        .and_then(|e| e.pages.clone())
        .expect("the investigation was in the file");
    let removed_pages = removed.end() - removed.start() + 1;
    assert_eq!(after.counts.pages, before.counts.pages - removed_pages);
}

#[test]
fn back_cover_counts_are_the_real_counts() {
    let d = laid_out(&leak());
    let numbered: usize = d
        .parts
        .iter()
        .filter(|p| p.numbers.is_some())
        .map(|p| p.pages.len())
        .sum();
    assert_eq!(d.counts.pages as usize, numbered);
    assert_eq!(d.counts.documents as usize, d.toc.len());
    let back = text(d.documents.last().expect("封底"));
    let sentence = format!(
        "本卷共有文件材料{}件，共{}页。",
        d.counts.documents, d.counts.pages
    );
    assert!(back.contains(&sentence), "{back}");
    assert_has(
        d.documents.last().expect("封底"),
        &["卷内备考表", "本卷情况说明", "立卷人", "检查人", "立卷时间"],
    );
}

#[test]
fn dossier_numbers_top_right_by_default_and_as_the_setting_says() {
    let case = leak();
    let d = laid_out(&case);
    let style = PageStyle::gbt9704();
    let first = d.parts[2].pages.start;
    let number = d.pages[first]
        .items
        .iter()
        .find_map(|i| match i {
            Item::Text(t) if t.text == "1" => Some(t.origin),
            _ => None,
        })
        .expect("page 1 is numbered");
    assert!(number.y < style.top, "above the type area");
    assert!(
        number.x > style.left + style.type_width / 2.0,
        "at the right"
    );
    let mut case = leak();
    case.settings.dossier_page_numbers = PageNumbering::None;
    let d = laid_out(&case);
    assert!(!page_texts(&d, d.parts[2].pages.start).contains(&"1".to_string()));
}

#[test]
fn oral_agreement_is_bound_in_place_of_the_agreement() {
    let mut case = leak();
    case.agreement.form = AgreementForm::Oral;
    let d = laid_out(&case);
    assert!(d.toc.iter().any(|e| e.title == "人民调解口头协议登记表"));
    assert!(d.toc.iter().all(|e| e.title != "人民调解协议书"));
}

#[test]
fn check_for_dossier_lists_the_missing_mandatory_documents() {
    let today = common::today();
    let rules = |case: &Case, check| {
        let mut v: Vec<(&'static str, Severity)> = tiaojie::pipeline::check_as(case, check, today)
            .into_iter()
            // The documents; the materials have a test of their own.
            .filter(|i| i.rule.starts_with("dossier.") && i.path != "archive.materials")
            .map(|i| (i.rule, i.severity))
            .collect();
        v.sort();
        v
    };
    let empty = Case::default();
    assert_eq!(
        rules(&empty, Check::Dossier),
        [
            ("dossier.agreement", Severity::Warning),
            ("dossier.application", Severity::Warning),
            ("dossier.rights_notice", Severity::Warning),
            ("dossier.session", Severity::Warning),
        ]
    );
    // Under `All` the same, as notices; not at all for the agreement alone.
    assert!(
        rules(&empty, Check::All)
            .iter()
            .all(|(_, s)| *s == Severity::Notice)
    );
    assert_eq!(rules(&empty, Check::All).len(), 4);
    assert!(rules(&empty, Check::Agreement).is_empty());
    // The example's file is complete.
    let case = leak();
    assert!(rules(&case, Check::Dossier).is_empty());
    // A registration alone is enough for the first document.
    let mut case = leak();
    case.intake.applied_on = None;
    assert!(rules(&case, Check::Dossier).is_empty());
    case.intake.accepted_on = None;
    case.intake.registered_by.clear();
    assert_eq!(
        rules(&case, Check::Dossier),
        [("dossier.application", Severity::Warning)]
    );
    let mut case = leak();
    case.sessions.clear();
    case.intake.rights_notified_on = None;
    assert_eq!(
        rules(&case, Check::Dossier),
        [
            ("dossier.rights_notice", Severity::Warning),
            ("dossier.session", Severity::Warning),
        ]
    );
}

/// Renders the full 卷宗 of the water-leak example to `target/dossier.pdf` for a look
/// (`cargo test --test dossier -- --ignored`, then `pdftoppm -r 60 -png`).
#[test]
#[ignore]
fn render_the_water_leak_dossier() {
    let fonts = common::fonts();
    let case = leak();
    let d = dossier(&case, &opts(), &PageStyle::gbt9704(), &fonts);
    let out = tiaojie::render::pdf::pdf(&d.pages, &d.documents[0].meta, &fonts, 0).expect("pdf");
    let path = common::root().join("target/dossier.pdf");
    std::fs::write(&path, out.bytes).expect("write");
    let copies = carbon_copies::build_all(&case, &opts());
    let pages = tiaojie::layout::layout_bundle(&copies, &PageStyle::gbt9704(), &fonts);
    let out = tiaojie::render::pdf::pdf(&pages, &copies[0].meta, &fonts, 0).expect("pdf");
    std::fs::write(common::root().join("target/carbon.pdf"), out.bytes).expect("write");
}

fn material(kind: MaterialKind, title: &str, pages: Option<u32>) -> Material {
    Material {
        kind,
        title: title.into(),
        pages,
        ..Material::default()
    }
}

/// The leak case with its paper materials listed: two of 身份证明 (2 and 1 pages), the
/// evidence photos (3 pages), a receipt (no count: one page), the confirmation ruling.
fn leak_with_materials() -> Case {
    let mut case = leak();
    case.archive.materials = vec![
        material(MaterialKind::Evidence, "现场照片", Some(3)),
        material(MaterialKind::Identity, "王秀兰身份证复印件", Some(2)),
        material(MaterialKind::Performance, "", None),
        material(MaterialKind::Identity, "李建国身份证复印件", Some(1)),
        material(MaterialKind::Confirmation, "民事裁定书", Some(2)),
    ];
    case
}

#[test]
fn materials_are_bound_at_their_place_of_the_binding_order() {
    let d = laid_out(&leak_with_materials());
    let titles: Vec<&str> = d.toc.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "人民调解申请书",
            "人民调解受理登记表",
            "人民调解当事人权利义务告知书",
            "王秀兰身份证复印件",
            "李建国身份证复印件",
            "人民调解调查记录",
            "现场照片",
            "人民调解记录",
            "人民调解协议书",
            "履行凭证",
            "人民调解回访记录",
            "民事裁定书",
        ],
        "§4.3: 身份证明 (3) after the 告知书, evidence (6) after the investigation, 履行凭证 (9) after the agreement, 司法确认 (11) after the visit"
    );
    assert_eq!(d.documents.len(), d.toc.len() + 3);
}

#[test]
fn a_material_holds_its_declared_pages_numbers_and_its_slip_takes_none() {
    let case = leak_with_materials();
    let d = laid_out(&case);
    let without = laid_out(&leak());
    assert_continuous(&d);
    // Each material's range is as long as its declared pages; its slip is one page
    // that prints no page number.
    for (i, e) in d.toc.iter().enumerate() {
        let Some(m) = case.archive.materials.iter().find(|m| m.name() == e.title) else {
            continue;
        };
        let pages = e.pages.clone().expect("laid out");
        assert_eq!(
            pages.end() - pages.start() + 1,
            m.page_count(),
            "{}",
            e.title
        );
        let part = &d.parts[i + 2];
        assert_eq!(part.pages.len(), 1, "{}: one slip", e.title);
        let slip = page_texts(&d, part.pages.start).concat();
        assert!(slip.contains(tiaojie::dossier::SLIP_TITLE), "{slip}");
        assert!(
            !page_texts(&d, part.pages.start).contains(&pages.start().to_string()),
            "{}: the slip prints no number",
            e.title
        );
        assert!(
            slip.contains(&format!("第{}页", toc::page_range(&pages))),
            "{}: the slip names its numbers: {slip}",
            e.title
        );
    }
    // The 备考表 counts the documents and the materials, and every page the paper
    // will take: the file without materials, plus 2 + 1 + 3 + 1 + 2.
    assert_eq!(d.counts.documents, without.counts.documents + 5);
    assert_eq!(d.counts.pages, without.counts.pages + 9);
    let back = text(d.documents.last().expect("封底"));
    assert!(
        back.contains(&format!(
            "本卷共有文件材料{}件，共{}页。",
            d.counts.documents, d.counts.pages
        )),
        "{back}"
    );
    // The pages after a material are numbered as if its paper were in: the agreement
    // starts after the evidence's three pages.
    let agreement = d
        .toc
        .iter()
        .position(|e| e.title == "人民调解协议书")
        .expect("agreement");
    let printed = page_texts(&d, d.parts[agreement + 2].pages.start);
    let first = *d.toc[agreement].pages.as_ref().expect("laid out").start();
    assert!(printed.contains(&first.to_string()), "{printed:?}");
}

#[test]
fn the_dossier_check_names_each_mandatory_material_missing() {
    let mut case = leak();
    let lacking = |case: &Case| -> Vec<String> {
        tiaojie::pipeline::check_as(case, Check::Dossier, common::today())
            .into_iter()
            .filter(|i| i.path == "archive.materials")
            .map(|i| format!("{} {}", i.rule, i.message))
            .collect()
    };
    assert_eq!(
        lacking(&case),
        ["dossier.identity 卷宗缺少当事人身份证明"],
        "no agent, no confirmation: only the 身份证明"
    );
    case.parties[0].agents.push(tiaojie::model::Agent {
        name: "钱律师".into(),
        ..Default::default()
    });
    case.confirmation = Some(Default::default());
    assert_eq!(
        lacking(&case),
        [
            "dossier.confirmation 卷宗缺少司法确认申请及裁定书",
            "dossier.identity 卷宗缺少当事人身份证明",
            "dossier.power_of_attorney 卷宗缺少授权委托书（签字件）",
        ]
    );
    case.archive.materials = vec![
        material(MaterialKind::Identity, "", Some(2)),
        material(MaterialKind::PowerOfAttorney, "", None),
        material(MaterialKind::Confirmation, "", Some(3)),
    ];
    assert!(lacking(&case).is_empty());
    // Under `all` the same lacks are notices.
    case.archive.materials.clear();
    assert!(
        tiaojie::pipeline::check_as(&case, Check::All, common::today())
            .iter()
            .filter(|i| i.path == "archive.materials")
            .all(|i| i.severity == Severity::Notice)
    );
}
