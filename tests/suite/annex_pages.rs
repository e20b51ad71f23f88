//! The pages of a group case's 附表 as a clerk files them: each page says what it
//! belongs to (the agreement's 编号) and which of how many pages of its table it is,
//! a full page of the roster holds at least twelve parties, the roster closes with its
//! 合计, and no column head is broken inside a word.

use crate::common;

use tiaojie::document::DocKind;
use tiaojie::document::PAGE_OF_PREFIX;
use tiaojie::layout::frame::TextRun;
use tiaojie::layout::{Item, Page};

/// The text of a page, its runs in order with nothing between them.
fn page_text(page: &Page) -> String {
    text_runs(page).map(|r| r.text.as_str()).collect()
}

fn text_runs(page: &Page) -> impl Iterator<Item = &TextRun> {
    page.items.iter().filter_map(|it| match it {
        Item::Text(r) => Some(r),
        Item::Line { .. } => None,
    })
}

/// The 「第n页　共m页」 run of table `key` on a page: its text and its height on the page.
fn page_of_run<'p>(page: &'p Page, key: &str) -> Option<&'p TextRun> {
    let field = format!("{PAGE_OF_PREFIX}{key}");
    text_runs(page).find(|r| r.field.as_ref().is_some_and(|f| f.0 == field))
}

/// The parties named in the compact text of a table on `page` between heights `from`
/// and `to` (a name is a run from `parties[i].name`).
fn names_between(page: &Page, from: f32, to: f32) -> Vec<String> {
    text_runs(page)
        .filter(|r| r.size.0 < 11.0 && r.origin.y.0 > from && r.origin.y.0 < to)
        .filter_map(|r| r.field.as_ref())
        .filter(|f| f.0.starts_with("parties[") && f.0.ends_with("].name"))
        .map(|f| f.0.clone())
        .collect()
}

/// `(n, m)` of 「第n页　共m页」.
fn page_of(text: &str) -> Option<(usize, usize)> {
    let rest = text.strip_prefix('第')?;
    let (n, rest) = rest.split_once("页　共")?;
    let m = rest.strip_suffix('页')?;
    Some((n.parse().ok()?, m.parse().ok()?))
}

/// Checks the two tables of the 附表 of `kind` for `file` (`keys`: the roster's and the
/// signature table's page-count keys): every page of each carries the caption with the
/// agreement's 编号 and its own 「第n页　共m页」; a full roster page lists twelve parties or
/// more; each table lists every member once; the roster closes with its 合计.
fn check(file: &str, kind: DocKind, caption: &str, keys: [&str; 2], members: usize) {
    let case = common::case(file);
    let number = tiaojie::document::common::agreement_number(&case);
    assert!(!number.is_empty(), "{file} has an agreement 编号");
    let (_, pages) = tiaojie::pipeline::pages(&case, kind, common::today(), &common::fonts());
    let [roster_key, signing_key] = keys;
    for key in keys {
        let held: Vec<(&Page, &TextRun)> = pages
            .iter()
            .filter_map(|p| page_of_run(p, key).map(|r| (p, r)))
            .collect();
        assert!(held.len() >= 2, "{file}: {key} runs over pages");
        let mut all = Vec::new();
        for (k, (page, run)) in held.iter().enumerate() {
            let text = page_text(page);
            assert!(
                text.contains(caption) && text.contains(&number),
                "{file}: {key} page {} lacks its caption: {text}",
                k + 1
            );
            assert_eq!(
                page_of(&run.text),
                Some((k + 1, held.len())),
                "{file}: {key}"
            );
            let field = format!("{PAGE_OF_PREFIX}{key}");
            let pieces = text_runs(page)
                .filter(|r| r.field.as_ref().is_some_and(|f| f.0 == field))
                .count();
            assert_eq!(
                pieces, 1,
                "{file}: {key}'s page count is set in {pieces} pieces"
            );
            // This table's rows: below its caption, above the next table's caption.
            let top = run.origin.y.0;
            let bottom = if key == roster_key {
                page_of_run(page, signing_key).map_or(f32::MAX, |r| r.origin.y.0)
            } else {
                f32::MAX
            };
            let names = names_between(page, top, bottom);
            if key == roster_key && k + 1 < held.len() {
                assert!(
                    names.len() >= 12,
                    "{file}: roster page {} holds {}",
                    k + 1,
                    names.len()
                );
            }
            all.extend(names);
        }
        let distinct: std::collections::BTreeSet<_> = all.iter().collect();
        assert_eq!(all.len(), members, "{file}: {key} lists {} rows", all.len());
        assert_eq!(
            distinct.len(),
            members,
            "{file}: {key} lists a member twice"
        );
        if key == roster_key {
            let last = page_text(held.last().expect("pages").0);
            assert!(
                last.contains(&format!("合计{members}人")),
                "{file}: no 合计 row: {last}"
            );
            // The heads are set one word to a line, never broken inside a word.
            let first = page_text(held[0].0);
            for word in ["序号", "姓名", "身份证号", "联系方式", "住址"] {
                assert!(
                    first.contains(word),
                    "{file}: the head 「{word}」 is broken: {first}"
                );
            }
        }
    }
}

#[test]
fn the_agreement_annex_pages_carry_the_number_and_their_page_count_and_hold_twelve_rows() {
    check(
        "tests/fixtures/group-annex.json",
        DocKind::Agreement,
        "人民调解协议书附表　编号：",
        ["agreement-roster", "agreement-signatures"],
        120,
    );
}

#[test]
fn the_application_annex_pages_carry_the_number_and_their_page_count_and_hold_twelve_rows() {
    check(
        "examples/consumer-group-refund.json",
        DocKind::Confirmation,
        "调解协议编号：",
        ["application-roster", "application-signatures"],
        120,
    );
}
