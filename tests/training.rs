//! The training notes (`src/document/explain/forms.json`): every single form of the one
//! list has them, every text is there, every note's mark lands on something the preview
//! of a shipped example really draws, and every cited article is where the domain spec
//! says it is. Also the example index's table of dispute types.

mod common;

use std::collections::BTreeSet;
use tiaojie::document::explain::{self, covers};
use tiaojie::layout::Page;
use tiaojie::model::{DocKind, FORMS};
use tiaojie::render::marks::{Mark, runs_of};

fn notes() -> explain::Notes {
    explain::parse(explain::FORMS_JSON).expect("the shipped notes parse")
}

/// Every shipped example (the eight dispute types and the skeleton).
fn examples() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(common::root().join("examples"))
        .expect("examples/")
        .filter_map(|e| {
            let p = e.ok()?.path();
            let stem = p.file_stem()?.to_string_lossy().into_owned();
            (p.extension()? == "json").then_some(stem)
        })
        .collect();
    names.sort();
    names
}

/// The pages of `kind` for each example, and the `data-field` values of their SVG.
fn previews(kind: DocKind) -> Vec<(String, Vec<Page>, BTreeSet<String>)> {
    let fonts = common::fonts();
    examples()
        .into_iter()
        .map(|name| {
            let case = common::case(&format!("examples/{name}.json"));
            let (_, pages) = tiaojie::pipeline::pages(&case, kind, common::today(), &fonts);
            let fields = pages
                .iter()
                .flat_map(|p| {
                    let svg = tiaojie::render::svg::svg(p);
                    svg.split("data-field=\"")
                        .skip(1)
                        .map(|s| s[..s.find('"').unwrap_or(0)].to_string())
                        .collect::<Vec<_>>()
                })
                .collect();
            (name, pages, fields)
        })
        .collect()
}

/// The domain spec's text: the project's shared spec beside the repository
/// (`../shared/spec/domain.md`, as CI and the team check it out), or a copy in `docs/`.
fn spec() -> String {
    let candidates = [
        common::root().join("../shared/spec/domain.md"),
        common::root().join("docs/domain.md"),
    ];
    candidates
        .iter()
        .find_map(|p| std::fs::read_to_string(p).ok())
        .expect("the domain spec (../shared/spec/domain.md beside the repository, or docs/domain.md) is readable")
}

#[test]
fn every_single_form_has_notes_and_no_bundle_or_unknown_form_does() {
    let notes = notes();
    for f in FORMS {
        let of = notes.of(f.kind);
        if f.kind.is_bundle() {
            assert!(of.is_none(), "{}: a bundle's parts carry the notes", f.key);
        } else {
            let of = of.unwrap_or_else(|| panic!("{} has no notes", f.key));
            assert!(!of.parts.is_empty(), "{} has no parts", f.key);
        }
    }
    for n in &notes.forms {
        assert!(
            DocKind::from_key(&n.form).is_some(),
            "notes for an unknown form {}",
            n.form
        );
        assert_eq!(
            notes.forms.iter().filter(|m| m.form == n.form).count(),
            1,
            "{} twice",
            n.form
        );
    }
}

#[test]
fn every_note_has_every_text() {
    for form in notes().forms {
        for p in &form.parts {
            for (what, text) in [
                ("label", &p.label),
                ("what", &p.what),
                ("why", &p.why),
                ("basis", &p.basis),
                ("spec", &p.spec),
            ] {
                assert!(
                    !text.trim().is_empty(),
                    "{} 「{}」: empty {what}",
                    form.form,
                    p.label
                );
            }
        }
    }
}

#[test]
fn every_note_marks_a_part_the_preview_of_some_example_draws() {
    let notes = notes();
    for f in FORMS.iter().filter(|f| !f.kind.is_bundle()) {
        let Some(form) = notes.of(f.kind) else {
            continue;
        };
        let previews = previews(f.kind);
        for p in &form.parts {
            let found = if p.field.is_empty() {
                // A part the tool fills from no field: its printed label is marked.
                let mark = Mark {
                    number: 1,
                    field: "",
                    label: &p.label,
                };
                previews
                    .iter()
                    .any(|(_, pages, _)| pages.iter().any(|pg| runs_of(pg, &mark).next().is_some()))
            } else {
                previews
                    .iter()
                    .any(|(_, _, fields)| fields.iter().any(|d| covers(&p.field, d)))
            };
            assert!(
                found,
                "{} 「{}」 ({:?}) marks nothing in any example's preview",
                f.key, p.label, p.field
            );
        }
    }
}

/// 「第二百零五条」 → 205.
fn article_number(basis: &str) -> Option<u32> {
    let start = basis.find('第')? + '第'.len_utf8();
    let end = start + basis[start..].find('条')?;
    let (mut total, mut digit) = (0, 0);
    for c in basis[start..end].chars() {
        match c {
            '零' => digit = 0,
            '一' => digit = 1,
            '二' => digit = 2,
            '三' => digit = 3,
            '四' => digit = 4,
            '五' => digit = 5,
            '六' => digit = 6,
            '七' => digit = 7,
            '八' => digit = 8,
            '九' => digit = 9,
            '十' | '百' => {
                let unit = if c == '十' { 10 } else { 100 };
                total += if digit == 0 && unit == 10 { 1 } else { digit } * unit;
                digit = 0;
            }
            _ => return None,
        }
    }
    Some(total + digit)
}

#[test]
fn chinese_article_numbers_read_as_the_spec_writes_them() {
    assert_eq!(article_number("人民调解法第二十九条"), Some(29));
    assert_eq!(article_number("民事诉讼法第二百零五条"), Some(205));
    assert_eq!(article_number("民诉法解释第三百五十八条"), Some(358));
    assert_eq!(article_number("法释〔2011〕5号第三条"), Some(3));
    assert_eq!(article_number("人民调解法第十七条"), Some(17));
    assert_eq!(article_number("司法部文书格式（2010）"), None);
}

#[test]
fn every_cited_article_is_where_the_domain_spec_says_it_is() {
    let spec = spec();
    for form in notes().forms {
        for p in &form.parts {
            assert!(
                spec.contains(&p.spec),
                "{} 「{}」: the spec does not say {:?}",
                form.form,
                p.label,
                p.spec
            );
            // An article cited in Chinese is the one the quoted spec line names.
            if let Some(n) = article_number(&p.basis) {
                let digits: Vec<u32> = p
                    .spec
                    .split(|c: char| !c.is_ascii_digit())
                    .filter_map(|d| d.parse().ok())
                    .collect();
                assert!(
                    digits.contains(&n),
                    "{} 「{}」: {} is not the article of {:?}",
                    form.form,
                    p.label,
                    p.basis,
                    p.spec
                );
            } else {
                assert!(
                    p.basis.starts_with("司法部文书格式")
                        || p.basis.starts_with("本工具")
                        || p.basis.starts_with("最高人民法院2016年文书样式")
                        || p.basis.starts_with("GB/T "),
                    "{} 「{}」: a basis with no article must say whose form it is: {}",
                    form.form,
                    p.label,
                    p.basis
                );
            }
        }
    }
}

#[test]
fn the_example_index_states_each_examples_dispute_type_as_its_file_does() {
    use tiaojie::ui::panels::examples::EXAMPLE_KINDS;
    let shipped: Vec<String> = examples().into_iter().filter(|n| n != "skeleton").collect();
    assert_eq!(EXAMPLE_KINDS.len(), shipped.len());
    for name in shipped {
        let case = common::case(&format!("examples/{name}.json"));
        let (_, kind) = EXAMPLE_KINDS
            .iter()
            .find(|(n, _)| *n == name)
            .unwrap_or_else(|| panic!("{name} is not in the index"));
        assert_eq!(case.dispute.kind, *kind, "{name}");
        assert!(
            tiaojie::model::official_category(kind).is_some(),
            "{name}: {kind} has no category"
        );
    }
    let categories: BTreeSet<&str> = EXAMPLE_KINDS
        .iter()
        .filter_map(|(_, k)| tiaojie::model::official_category(k).map(|c| c.0))
        .collect();
    assert_eq!(categories.len(), 8, "{categories:?}");
}

#[test]
fn the_notes_follow_the_print_order_of_their_form() {
    let notes = notes();
    let fonts = common::fonts();
    let case = common::case("examples/traffic-accident.json");
    let mut wrong = Vec::new();
    for f in FORMS.iter().filter(|f| !f.kind.is_bundle()) {
        let Some(form) = notes.of(f.kind) else {
            continue;
        };
        let (_, pages) = tiaojie::pipeline::pages(&case, f.kind, common::today(), &fonts);
        // Where each part first prints: page, then line (y), then x.
        let mut last: Option<((usize, i64, i64), &str)> = None;
        for p in &form.parts {
            let mark = Mark {
                number: 1,
                field: &p.field,
                label: &p.label,
            };
            let Some(at) = pages.iter().enumerate().find_map(|(i, pg)| {
                runs_of(pg, &mark)
                    .map(|r| (i, r.origin.y.0.round() as i64, r.origin.x.0.round() as i64))
                    .min()
            }) else {
                continue;
            };
            if let Some((prev, label)) = last
                && at < prev
            {
                wrong.push(format!(
                    "{}: 「{}」 prints before 「{label}」",
                    f.key, p.label
                ));
            }
            last = Some((at, &p.label));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
