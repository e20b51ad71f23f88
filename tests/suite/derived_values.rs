//! What the agreement prints for values the user did not type or typed wrongly:
//! 性别 and 年龄 derived from a valid ID number (typed values winning), IDs and credit
//! codes in their normal form, invalid values as blanks carrying their field path;
//! and the draft watermark in the PDF (checked with poppler and MuPDF).

use crate::common;

use common::{path_str, run};
use rust_decimal::Decimal;
use std::str::FromStr;
use tiaojie::document::common::{Options, person_facts};
use tiaojie::document::forms::agreement;
use tiaojie::document::{Block, DocKind, Document, Run};
use tiaojie::model::{
    Case, Clause, Money, Obligation, Organisation, Party, PartyKind, Person, Sex,
};
use tiaojie::validate::Check;
use tiaojie::values::id_card;
use time::Date;
use time::macros::date;

/// A valid 18-digit number for a holder born on `birth`, sequence `seq` (its last
/// digit's parity is the sex: odd 男, even 女).
fn id_for(birth: Date, seq: u32) -> String {
    let body = format!(
        "110105{:04}{:02}{:02}{seq:03}",
        birth.year(),
        birth.month() as u8,
        birth.day()
    );
    let check = id_card::expected_check_char(&body).expect("17 digits");
    format!("{body}{check}")
}

fn person_party(person: Person) -> Party {
    Party {
        id: "p1".into(),
        kind: PartyKind::Person(person),
        ..Party::default()
    }
}

fn case_with(party: Party, formed_on: Option<Date>) -> Case {
    let mut case = Case {
        parties: vec![party],
        ..Case::default()
    };
    case.agreement.formed_on = formed_on;
    case
}

fn opts() -> Options {
    Options::on(common::today())
}

/// Every run of the document, in order.
fn runs(doc: &Document) -> Vec<&Run> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) => Some(p.runs.iter()),
            _ => None,
        })
        .flatten()
        .collect()
}

/// The run carrying field `path` (the first, if several).
fn field<'a>(doc: &'a Document, path: &str) -> &'a Run {
    runs(doc)
        .into_iter()
        .find(|r| r.field.as_ref().is_some_and(|f| f.0 == path))
        .unwrap_or_else(|| panic!("no run for {path}"))
}

fn all_text(doc: &Document) -> String {
    runs(doc).iter().map(|r| r.text.as_str()).collect()
}

/// A person known only by name and ID number.
fn id_only(id: &str) -> Person {
    Person {
        name: "王芳".into(),
        id_number: id.into(),
        ..Person::default()
    }
}

#[test]
fn a_person_with_only_an_id_prints_the_sex_and_age_it_gives() {
    let birth = date!(1980 - 06 - 15);
    let case = case_with(
        person_party(id_only(&id_for(birth, 2))),
        Some(date!(2026 - 06 - 15)),
    );
    let doc = agreement::build(&case, &opts());
    let sex = field(&doc, "parties[0].sex");
    assert_eq!((sex.text.as_str(), sex.blank), ("女", false));
    let age = field(&doc, "parties[0].age");
    assert_eq!((age.text.as_str(), age.blank), ("46岁", false));
    // The typed data is as typed; only the print is derived.
    let PartyKind::Person(p) = &case.parties[0].kind else {
        unreachable!()
    };
    assert_eq!((p.sex, p.age, p.birth_date), (None, None, None));
}

#[test]
fn age_is_counted_to_the_formed_date_turning_on_the_birthday() {
    let birth = date!(1980 - 06 - 15);
    for (formed, want) in [
        (date!(2026 - 06 - 14), "45岁"),
        (date!(2026 - 06 - 15), "46岁"),
        (date!(2026 - 06 - 16), "46岁"),
    ] {
        let case = case_with(person_party(id_only(&id_for(birth, 1))), Some(formed));
        let doc = agreement::build(&case, &opts());
        assert_eq!(field(&doc, "parties[0].age").text, want, "formed {formed}");
        assert_eq!(field(&doc, "parties[0].sex").text, "男");
    }
}

#[test]
fn without_a_formed_date_age_is_counted_to_today() {
    // today() is 2026-11-23.
    let case = case_with(
        person_party(id_only(&id_for(date!(1990 - 11 - 24), 1))),
        None,
    );
    assert_eq!(
        field(&agreement::build(&case, &opts()), "parties[0].age").text,
        "35岁"
    );
    let case = case_with(
        person_party(id_only(&id_for(date!(1990 - 11 - 23), 1))),
        None,
    );
    assert_eq!(
        field(&agreement::build(&case, &opts()), "parties[0].age").text,
        "36岁"
    );
}

#[test]
fn someone_born_on_29_february_turns_a_year_older_on_1_march_in_common_years() {
    let birth = date!(2000 - 02 - 29);
    for (formed, want) in [
        (date!(2023 - 02 - 28), "22岁"),
        (date!(2023 - 03 - 01), "23岁"),
        (date!(2024 - 02 - 28), "23岁"),
        (date!(2024 - 02 - 29), "24岁"),
    ] {
        let case = case_with(person_party(id_only(&id_for(birth, 1))), Some(formed));
        let doc = agreement::build(&case, &opts());
        assert_eq!(field(&doc, "parties[0].age").text, want, "formed {formed}");
    }
}

#[test]
fn typed_sex_age_and_birth_date_win_over_the_id() {
    let id = id_for(date!(1980 - 06 - 15), 2); // 女, 46 on 2026-06-15
    let on = date!(2026 - 06 - 15);
    let typed = Person {
        sex: Some(Sex::Male),
        age: Some(50),
        ..id_only(&id)
    };
    let doc = agreement::build(&case_with(person_party(typed.clone()), Some(on)), &opts());
    assert_eq!(field(&doc, "parties[0].sex").text, "男");
    assert_eq!(field(&doc, "parties[0].age").text, "50岁");
    // A typed birth date decides the age, before a typed age.
    let with_birth = Person {
        birth_date: Some(date!(1970 - 01 - 01)),
        ..typed
    };
    let facts = person_facts(&with_birth, on, common::today());
    assert_eq!(facts.age, Some(56));
    assert_eq!(facts.birth, Some(date!(1970 - 01 - 01)));
    assert_eq!(facts.sex, Some(Sex::Male));
}

#[test]
fn person_facts_derive_birth_sex_and_age_and_the_normal_id() {
    let id = id_for(date!(1949 - 12 - 31), 2).to_lowercase();
    let facts = person_facts(&id_only(&id), date!(2025 - 12 - 30), common::today());
    assert_eq!(facts.sex, Some(Sex::Female));
    assert_eq!(facts.birth, Some(date!(1949 - 12 - 31)));
    assert_eq!(facts.age, Some(75));
    assert_eq!(facts.id, id.to_uppercase());
    // Nothing typed, nothing derived.
    assert_eq!(
        person_facts(&Person::default(), date!(2025 - 12 - 30), common::today()),
        Default::default()
    );
}

#[test]
fn a_lower_case_x_and_spaces_print_normalised_and_validation_still_notices() {
    let typed = " 110105 19491231\u{3000}002x ";
    let mut case = case_with(person_party(id_only(typed)), Some(date!(2026 - 01 - 05)));
    case.parties[0].id = "p1".into();
    case.settings.print_id_number = true;
    let doc = agreement::build(&case, &opts());
    let id = field(&doc, "parties[0].id_number");
    assert_eq!((id.text.as_str(), id.blank), ("11010519491231002X", false));
    assert_eq!(field(&doc, "parties[0].sex").text, "女");
    assert_eq!(field(&doc, "parties[0].age").text, "76岁");
    let issues = tiaojie::pipeline::check_as(&case, Check::Agreement, common::today());
    for rule in [
        "id_card.normalised",
        "person.sex_derived",
        "person.age_derived",
    ] {
        assert!(
            issues.iter().any(|i| i.rule == rule),
            "{rule} missing: {issues:#?}"
        );
    }
}

#[test]
fn an_invalid_id_prints_as_a_blank_of_its_length_and_derives_nothing() {
    let bad = "110105194912310023"; // check character should be X
    let mut case = case_with(person_party(id_only(bad)), Some(date!(2026 - 01 - 05)));
    case.settings.print_id_number = true;
    let doc = agreement::build(&case, &opts());
    let id = field(&doc, "parties[0].id_number");
    assert!(id.blank);
    assert_eq!(id.text, "＿".repeat(18));
    assert!(!all_text(&doc).contains(bad));
    assert!(field(&doc, "parties[0].sex").blank);
    assert!(field(&doc, "parties[0].age").blank);
}

fn organisation(code: &str) -> Party {
    Party {
        id: "o1".into(),
        kind: PartyKind::Organisation(Organisation {
            name: "杭州某物业服务有限公司".into(),
            credit_code: code.into(),
            ..Organisation::default()
        }),
        ..Party::default()
    }
}

#[test]
fn a_credit_code_prints_normalised_or_as_a_blank_when_invalid() {
    let doc = agreement::build(
        &case_with(organisation("91350100 m000100y43"), None),
        &opts(),
    );
    let code = field(&doc, "parties[0].credit_code");
    assert_eq!(
        (code.text.as_str(), code.blank),
        ("91350100M000100Y43", false)
    );

    let bad = "91350100M000100Y4Z";
    let doc = agreement::build(&case_with(organisation(bad), None), &opts());
    let code = field(&doc, "parties[0].credit_code");
    assert!(code.blank);
    assert_eq!(code.text, "＿".repeat(18));
    assert!(!all_text(&doc).contains(bad));
}

/// A two-party case whose one clause is a payment of `amount` from p2 to p1.
fn payment(amount: &str) -> Case {
    let mut case = case_with(
        person_party(Person {
            name: "陈国华".into(),
            ..Person::default()
        }),
        Some(date!(2025 - 06 - 10)),
    );
    case.parties.push(Party {
        id: "p2".into(),
        kind: PartyKind::Person(Person {
            name: "林晓峰".into(),
            ..Person::default()
        }),
        ..Party::default()
    });
    case.agreement.clauses = vec![Clause {
        obligation: Some(Obligation {
            payers: vec!["p2".into()],
            payees: vec!["p1".into()],
            amount: Some(Money(Decimal::from_str(amount).expect("decimal"))),
            due: Some(date!(2025 - 06 - 20)),
            method: "银行转账".into(),
            purpose: "维修费用".into(),
        }),
        ..Clause::default()
    }];
    case
}

const AMOUNT: &str = "agreement.clauses[0].obligation.amount";

#[test]
fn an_invalid_amount_prints_as_a_blank_carrying_its_path_never_the_value() {
    for (typed, blank_len) in [("-5.00", 5), ("12000.001", 9), ("10000000000000000", 17)] {
        let case = payment(typed);
        let doc = agreement::build(&case, &opts());
        let run = field(&doc, AMOUNT);
        assert!(run.blank, "{typed}");
        assert_eq!(run.text, "＿".repeat(blank_len), "{typed}");
        let text = all_text(&doc);
        assert!(!text.contains(typed), "{typed} printed:\n{text}");
        assert!(!text.contains("金额"), "an error note printed:\n{text}");
        assert!(
            text.contains(&format!(
                "林晓峰于2025年6月20日前以银行转账方式向陈国华支付维修费用人民币{}元。",
                "＿".repeat(blank_len)
            )),
            "{text}"
        );
        // Validation still reports it.
        let issues = tiaojie::pipeline::check_as(&case, Check::Agreement, common::today());
        assert!(
            issues
                .iter()
                .any(|i| i.rule == "obligation.amount_invalid" && i.path == AMOUNT),
            "{typed}: {issues:#?}"
        );
    }
}

#[test]
fn a_valid_amount_prints_in_capitals_and_figures_as_its_own_field() {
    let doc = agreement::build(&payment("3800"), &opts());
    let run = field(&doc, AMOUNT);
    assert_eq!(
        (run.text.as_str(), run.blank),
        ("人民币叁仟捌佰元整（¥3,800.00）", false)
    );
    assert_eq!(
        field(&doc, "agreement.clauses[0].obligation.payers[0]").text,
        "林晓峰"
    );
}

// ---- the draft watermark, read back by poppler and MuPDF ----------------------

fn write_pdf(case: &Case, draft: bool, name: &str) -> (std::path::PathBuf, usize) {
    let fonts = common::fonts();
    let opts = Options {
        draft,
        ..Options::on(common::today())
    };
    let (docs, pages) = tiaojie::pipeline::pages_with(case, DocKind::Agreement, &opts, &fonts);
    assert_eq!(docs[0].meta.draft, draft);
    let pdf = tiaojie::pipeline::pdf_with(
        case,
        DocKind::Agreement,
        &fonts,
        opts.today,
        opts.draft,
        1_795_000_000,
    )
    .expect("pdf");
    assert!(pdf.warnings.is_empty(), "{:?}", pdf.warnings);
    let file = common::out_dir().join(name);
    std::fs::write(&file, &pdf.bytes).expect("write pdf");
    (file, pages.len())
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Per page: the text pdftotext reads, and the grey, rotated text MuPDF draws
/// (its trace of fill_text ops with a 45° matrix).
fn read_page(file: &std::path::Path, page: usize) -> (String, String) {
    let p = page.to_string();
    let f = path_str(file);
    // Without -q: poppler's warnings go to stderr, and there must be none.
    let (ok, text, err) = common::run_split(
        "pdftotext",
        &["-raw", "-enc", "UTF-8", "-f", &p, "-l", &p, f, "-"],
    );
    assert!(ok && err.is_empty(), "pdftotext failed or warned:\n{err}");
    let (ok, trace) = run("mutool", &["draw", "-F", "trace", "-o", "-", f, &p]);
    assert!(ok, "mutool draw failed:\n{trace}");
    (text, trace)
}

/// The text spans of a MuPDF trace drawn rotated by 45° (text matrix a = b > 0).
fn rotated_fills(trace: &str) -> usize {
    trace
        .lines()
        .filter_map(|l| l.split(" trm=\"").nth(1))
        .filter(|m| {
            let v: Vec<f32> = m
                .split('"')
                .next()
                .unwrap_or("")
                .split_whitespace()
                .filter_map(|n| n.parse().ok())
                .collect();
            v.len() == 4 && v[0] > 0.1 && (v[0] - v[1]).abs() < 1e-3
        })
        .count()
}

#[test]
fn a_draft_pdf_has_the_watermark_on_every_page_and_in_its_title() {
    for rel in [
        "tests/fixtures/agreement-2-pages.json",
        "examples/neighbours-water-leak.json",
    ] {
        draft_is_marked(rel);
    }
}

fn draft_is_marked(rel: &str) {
    let case = common::case(rel);
    let stem = rel.replace('/', "_").replace(".json", "");
    let (draft, n) = write_pdf(&case, true, &format!("derived-draft-{stem}.pdf"));
    let (ok, info) = run("pdfinfo", &[path_str(&draft)]);
    assert!(ok, "{info}");
    assert!(
        info.contains("Title:           人民调解协议书（草稿）"),
        "{info}"
    );
    let (_, pages) =
        tiaojie::pipeline::pages(&case, DocKind::Agreement, common::today(), &common::fonts());
    for page in 1..=n {
        let (text, trace) = read_page(&draft, page);
        assert_eq!(rotated_fills(&trace), 1, "{rel} page {page}:\n{trace}");
        // 「草稿」 comes out of pdftotext once per page (first, one character a line,
        // as it is drawn first), and the body exactly.
        assert_eq!(
            squash(&text).matches("草稿").count(),
            1,
            "page {page}:\n{text}"
        );
        assert!(squash(&text).starts_with("草稿"), "page {page}:\n{text}");
        let body: String = pages[page - 1]
            .items
            .iter()
            .filter_map(|i| match i {
                tiaojie::layout::Item::Text(r) => Some(r.text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            squash(&text).replacen("草稿", "", 1),
            squash(&body),
            "{rel} page {page}"
        );
    }
}

#[test]
fn a_final_pdf_has_neither_watermark_nor_draft_title() {
    let case = common::case("tests/fixtures/agreement-2-pages.json");
    let (file, n) = write_pdf(&case, false, "derived-final.pdf");
    let (ok, info) = run("pdfinfo", &[path_str(&file)]);
    assert!(ok, "{info}");
    assert!(info.contains("Title:           人民调解协议书\n"), "{info}");
    assert!(!info.contains("草稿"), "{info}");
    for page in 1..=n {
        let (text, trace) = read_page(&file, page);
        assert_eq!(rotated_fills(&trace), 0, "page {page}");
        assert!(!text.contains("草稿"), "page {page}");
    }
}
