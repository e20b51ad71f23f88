//! The training notes (`src/document/explain/forms.json`): every single form of the one
//! list has them, every text is there, every note's mark lands on something the preview
//! of a shipped example really draws, and every cited article is where the domain spec
//! says it is. Also the example index's table of dispute types.

use crate::common;

use std::collections::BTreeSet;
use tiaojie::document::explain::{self, covers};
use tiaojie::document::forms::FORMS;
use tiaojie::layout::Page;
use tiaojie::model::DocKind;
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

/// The project's copy of the domain spec (`docs/domain-spec.md`): the repository stands
/// alone, so nothing beside the clone is read.
fn spec() -> String {
    std::fs::read_to_string(common::root().join("docs/domain-spec.md"))
        .expect("docs/domain-spec.md is readable")
}

/// The instruments the project carries in `docs/law/`, by the short name a note's basis
/// starts with.
const LAWS: [(&str, &str); 5] = [
    ("人民调解法", "人民调解法.md"),
    ("民事诉讼法", "民事诉讼法.md"),
    ("民诉法解释", "民诉法解释.md"),
    ("法释〔2011〕5号", "法释〔2011〕5号.md"),
    ("民法典", "民法典总则编.md"),
];

/// The articles of a law file: number → the article's lines (its paragraphs), the
/// heading 「第…条」 taken off the first.
fn articles(text: &str) -> std::collections::BTreeMap<u32, Vec<String>> {
    let mut out = std::collections::BTreeMap::new();
    let mut current: Option<u32> = None;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('#') {
            current = None;
            continue;
        }
        if line.starts_with('第')
            && let Some(end) = line.find('条')
            && let Some(n) = article_number(&line[..end + '条'.len_utf8()])
            && line[end + '条'.len_utf8()..].starts_with([' ', '　'])
        {
            let body = line[end + '条'.len_utf8()..].trim_start_matches([' ', '　']);
            out.insert(n, vec![body.to_string()]);
            current = Some(n);
            continue;
        }
        if let Some(n) = current
            && !line.is_empty()
        {
            out.get_mut(&n)
                .expect("current article")
                .push(line.to_string());
        }
    }
    out
}

#[test]
fn every_form_whose_row_says_so_has_notes_and_no_other_does() {
    let notes = notes();
    for f in FORMS {
        let of = notes.of(f.kind);
        assert_eq!(
            f.notes,
            !f.kind.is_bundle(),
            "{}: a bundle's parts carry the notes",
            f.key
        );
        if !f.notes {
            assert!(of.is_none(), "{}: its row says it has no notes", f.key);
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
    for f in FORMS.iter().filter(|f| f.notes) {
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

/// A note whose basis is not a statute the project carries (the 2010 MoJ forms, the 2016
/// SPC 样式, a GB standard, the 2002 规定) is held to the domain spec's copy; a statute's
/// article is held to the law itself (below).
#[test]
fn every_note_not_citing_a_carried_statute_is_where_the_domain_spec_says_it_is() {
    let spec = spec();
    for form in notes().forms {
        for p in &form.parts {
            if LAWS.iter().any(|(name, _)| p.basis.starts_with(name)) {
                continue;
            }
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
fn the_law_files_hold_the_articles_the_tool_cites_and_nothing_is_read_beside_the_clone() {
    for (name, file) in LAWS {
        let text = std::fs::read_to_string(common::root().join("docs/law").join(file))
            .unwrap_or_else(|e| panic!("docs/law/{file}: {e}"));
        let arts = articles(&text);
        assert!(
            arts.len() >= 10,
            "{name}: only {} articles read",
            arts.len()
        );
        // Numbered without a gap from the first: the reader missed no heading.
        let numbers: Vec<u32> = arts.keys().copied().collect();
        assert_eq!(numbers.first(), Some(&1), "{name}");
        assert_eq!(numbers.last(), Some(&(numbers.len() as u32)), "{name}");
    }
    let tiaojie_law = articles(
        &std::fs::read_to_string(common::root().join("docs/law/人民调解法.md")).expect("law"),
    );
    assert!(tiaojie_law[&29][0].starts_with("调解协议书可以载明下列事项"));
    assert_eq!(tiaojie_law.len(), 35);
}

#[test]
fn every_note_citing_a_statute_quotes_the_words_of_that_article() {
    let laws: Vec<(&str, std::collections::BTreeMap<u32, Vec<String>>)> = LAWS
        .iter()
        .map(|(name, file)| {
            let text = std::fs::read_to_string(common::root().join("docs/law").join(file))
                .unwrap_or_else(|e| panic!("docs/law/{file}: {e}"));
            (*name, articles(&text))
        })
        .collect();
    let mut quoted = 0;
    for form in notes().forms {
        for p in &form.parts {
            let Some((name, arts)) = laws.iter().find(|(name, _)| p.basis.starts_with(name)) else {
                assert!(
                    p.quote.is_none(),
                    "{} 「{}」: a quote with no statute to hold it to ({})",
                    form.form,
                    p.label,
                    p.basis
                );
                continue;
            };
            let n = article_number(&p.basis).unwrap_or_else(|| {
                panic!("{} 「{}」: no article in {}", form.form, p.label, p.basis)
            });
            let article = arts
                .get(&n)
                .unwrap_or_else(|| panic!("{name} has no article {n} ({})", p.basis));
            let quote = p.quote.as_deref().unwrap_or_else(|| {
                panic!(
                    "{} 「{}」 cites {} but quotes none of its words",
                    form.form, p.label, p.basis
                )
            });
            assert!(
                quote.chars().count() >= 6,
                "{} 「{}」: a quote of a few characters proves nothing: {quote}",
                form.form,
                p.label
            );
            assert!(
                article.iter().any(|para| para.contains(quote)),
                "{} 「{}」: {} does not say 「{quote}」; it reads:\n{}",
                form.form,
                p.label,
                p.basis,
                article.join("\n")
            );
            quoted += 1;
        }
    }
    assert!(quoted >= 40, "only {quoted} notes quote a statute");
}

#[test]
fn the_notes_follow_the_print_order_of_their_form() {
    let notes = notes();
    let fonts = common::fonts();
    let case = common::case("examples/traffic-accident.json");
    let mut wrong = Vec::new();
    for f in FORMS.iter().filter(|f| f.notes) {
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
