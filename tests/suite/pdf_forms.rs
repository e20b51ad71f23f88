//! What the court clerk and the archivist read: the confirmation filing and the 卷宗
//! rendered to PDF and read back by poppler's `pdftotext`, checked for the elements the
//! domain spec requires (§3.5 for the application; §1.6, §1.7, §4 for the file) and for
//! the 卷内目录's page numbers against the pages the documents really start and end on.

use crate::common;

use tiaojie::document::DocKind;
use tiaojie::document::common::Options;
use tiaojie::document::forms::toc;
use tiaojie::model::{Case, Undertaking};

/// The text of each page of `kind` for `case`, as `pdftotext` reads it, whitespace
/// removed (a line break inside a sentence then does not matter).
fn pages_text(case: &Case, kind: DocKind, name: &str) -> Vec<String> {
    let fonts = common::fonts();
    let pdf = tiaojie::pipeline::pdf(case, kind, &fonts, common::today(), 1_795_000_000)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let file = common::out_dir().join(format!("forms-{name}.pdf"));
    std::fs::write(&file, &pdf.bytes).expect("write pdf");
    let (ok, text) = common::run(
        "pdftotext",
        &["-enc", "UTF-8", common::path_str(&file), "-"],
    );
    assert!(ok, "{name}: pdftotext failed: {text}");
    text.split('\u{c}')
        .map(|p| p.chars().filter(|c| !c.is_whitespace()).collect())
        .filter(|p: &String| !p.is_empty())
        .collect()
}

/// The undertaking as domain spec §3.5 gives it ([B]), and its note 2 variant: typed
/// out here from the spec, not taken from the program's wording table.
const UNDERTAKING: &str = "申请人出于解决纠纷的目的自愿达成协议，没有恶意串通、规避法律的行为；如果因为该协议内容而给他人造成损害的，愿意承担相应的民事责任和其他法律责任。";
const UNDERTAKING_VARIANT: &str = "申请人出于解决纠纷的目的自愿达成协议，没有恶意串通、规避法律的行为；如果因为该协议内容而给国家、集体或他人造成损害的，愿意承担相应的民事责任和其他法律责任。";

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn the_application_carries_every_element_of_the_2016_form_read_back_from_the_pdf() {
    let case = common::case("examples/traffic-accident.json");
    let text = pages_text(&case, DocKind::Confirmation, "confirmation").concat();
    let c = case.confirmation.as_ref().expect("the example applies");
    for part in [
        "申请书",
        "申请人：赵淑珍，女，1958年9月16日出生，汉族",
        "委托诉讼代理人：周海燕",
        "申请人：刘志明",
        "申请人：鲁安财产保险股份有限公司济南中心支公司，住所",
        "主要负责人：孙立新",
        "请求事项：",
        "确认申请人赵淑珍与申请人刘志明、申请人鲁安财产保险股份有限公司济南中心支公司于2025年6月20日经",
        "主持调解达成的调解协议有效。",
        "事实和理由：",
        UNDERTAKING,
        "此致",
        &squash(&c.court),
        "附：",
        "人民调解协议书（原件）",
        "调解组织主持调解的证明",
        "营业执照",
        "授权委托书",
    ] {
        assert!(text.contains(part), "missing 「{part}」 in:\n{text}");
    }
    // Every applicant signs (签名或者盖章), and the variant undertaking is not printed.
    assert!(
        text.matches("签名或者盖章").count() + text.matches("（盖章）").count()
            >= case.parties.len(),
        "{text}"
    );
    assert!(!text.contains("国家、集体或他人"));
}

#[test]
fn the_undertaking_variant_prints_letter_exact() {
    let mut case = common::case("examples/traffic-accident.json");
    case.settings.undertaking = Undertaking::StateCollectiveOthers;
    let text = pages_text(&case, DocKind::Confirmation, "confirmation-variant").concat();
    assert!(text.contains(UNDERTAKING_VARIANT), "{text}");
}

#[test]
fn the_filing_bundle_is_in_the_order_the_court_wants() {
    let case = common::case("examples/traffic-accident.json");
    let text = pages_text(&case, DocKind::Filing, "filing").concat();
    let at = |s: &str| {
        text.find(s)
            .unwrap_or_else(|| panic!("no 「{s}」 in the filing"))
    };
    let order = [
        at("申请书"),
        at("人民调解协议书编号"),
        at("兹证明"),
        at("授权委托书委托人"),
    ];
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
}

#[test]
fn the_toc_page_numbers_are_the_pages_each_document_starts_and_ends_on_in_the_pdf() {
    let case = common::case("examples/neighbours-water-leak.json");
    let pages = pages_text(&case, DocKind::Dossier, "dossier");
    let fonts = common::fonts();
    let style = tiaojie::pipeline::style(&case, DocKind::Dossier);
    let d = tiaojie::dossier::dossier(&case, &Options::on(common::today()), &style, &fonts);
    assert_eq!(pages.len(), d.pages.len(), "one text page per PDF page");
    assert!(
        d.toc.len() >= 5,
        "the example holds most records: {:?}",
        d.toc
    );
    // The 目录 is the second document; it lists every entry with its page range.
    let toc_page = &pages[d.parts[1].pages.start];
    assert!(toc_page.contains("卷内目录"));
    // The numbered documents follow the cover and the 目录, one part each.
    for (entry, part) in d.toc.iter().zip(&d.parts[2..]) {
        let range = entry.pages.clone().expect("laid out");
        let printed = toc::page_range(&range);
        assert!(
            toc_page.contains(&format!("{}{printed}", squash(&entry.title))),
            "目录 row 「{} {printed}」 missing from {toc_page}",
            entry.title
        );
        let first = &pages[part.pages.start];
        let last = &pages[part.pages.end - 1];
        // The page number is printed at the top right, before the page's text.
        assert!(
            first.starts_with(&range.start().to_string()),
            "{}: page {} of the PDF should carry number {}: {first}",
            entry.title,
            part.pages.start + 1,
            range.start()
        );
        assert!(first.contains(&squash(&entry.title)), "{first}");
        assert!(last.starts_with(&range.end().to_string()), "{last}");
        assert_eq!(
            (range.end() - range.start() + 1) as usize,
            part.pages.len(),
            "{}",
            entry.title
        );
    }
    // The 备考表 counts what was bound.
    let back = pages.last().expect("封底");
    let total: usize = d.parts[2..d.parts.len() - 1]
        .iter()
        .map(|p| p.pages.len())
        .sum();
    assert!(
        back.contains(&format!("本卷共有文件材料{}件，共{total}页。", d.toc.len())),
        "{back}"
    );
}

#[test]
fn each_record_form_prints_its_required_elements() {
    let case = common::case("examples/neighbours-water-leak.json");
    let number = tiaojie::document::common::agreement_number(&case);
    let cases: [(DocKind, &[&str]); 7] = [
        (
            DocKind::Application,
            &[
                "人民调解申请书",
                "纠纷简要情况：",
                "当事人申请事项：",
                "人民调解委员会已将申请人民调解的相关规定告知我，现自愿申请人民调解委员会进行调解。",
            ],
        ),
        (
            DocKind::Registration,
            &[
                "人民调解受理登记表",
                "纠纷类型",
                "案件来源",
                "①当事人申请",
                "②人民调解委员会主动调解",
                "此表由人民调解委员会填写",
            ],
        ),
        (
            DocKind::RightsNotice,
            &[
                "人民调解当事人权利义务告知书",
                "（一）选择或者接受人民调解员；",
                "（一）如实陈述纠纷事实；",
            ],
        ),
        (
            DocKind::Investigation,
            &["人民调解调查记录", "调查人", "被调查人", "记录人"],
        ),
        (
            DocKind::Session,
            &[
                "人民调解记录",
                "时间",
                "地点",
                "事由",
                "参加人",
                "当事人",
                "调解结果：",
            ],
        ),
        (
            DocKind::Visit,
            &["人民调解回访记录", "调解协议编号", "回访情况", "回访人"],
        ),
        (
            DocKind::Cover,
            &[
                "调解卷宗",
                "卷名",
                "卷号",
                "人民调解员",
                "调解日期",
                "立卷人",
                "立卷日期",
                "保管期限",
            ],
        ),
    ];
    for (kind, parts) in cases {
        let text = pages_text(&case, kind, kind.key()).concat();
        for part in parts {
            assert!(
                text.contains(part),
                "{}: missing 「{part}」 in:\n{text}",
                kind.key()
            );
        }
    }
    let visit = pages_text(&case, DocKind::Visit, "visit-number").concat();
    assert!(
        visit.contains(&squash(&number)),
        "调解协议编号 equals the agreement's: {visit}"
    );
}
