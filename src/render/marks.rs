//! The training screen's marks on a preview page: a numbered circle in the left margin
//! on the line of the first run of each annotated part (the training notes), and a box
//! round every run of the chosen part. Placed from the frames themselves — the runs' field paths and
//! positions, the same ones the SVG's `data-field` attributes carry — so a mark sits
//! where its part was laid out, never where a guess put it.

use super::svg::svg_page;
use crate::document::covers;
use crate::layout::{Item, Page, TextRun};
use std::fmt::Write;

/// One note's mark: its number in the list and the field path of its part, or for a
/// part the tool fills from no field (`field` empty), its printed label.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mark<'a> {
    pub number: usize,
    pub field: &'a str,
    pub label: &'a str,
}

/// Radius of a mark's circle, in points.
const RADIUS: f32 = 7.0;
/// The x of the margin column the circles stand in (the GB/T 9704 binding margin is
/// 28 mm ≈ 79 pt, so this is clear of the type area), unless a run starts further left.
const MARGIN_X: f32 = 60.0;

/// The runs of `page` that belong to the part of `mark`: those whose field path it
/// covers, or with no field path, those whose text is its label (spaces and a final
/// colon aside).
pub fn runs_of<'p>(page: &'p Page, mark: &Mark<'p>) -> impl Iterator<Item = &'p TextRun> + 'p {
    let (field, label) = (mark.field, mark.label);
    page.items.iter().filter_map(move |item| match item {
        Item::Text(run) if field.is_empty() => {
            let text: String = run
                .text
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '　')
                .collect();
            (run.field.is_none() && !label.is_empty() && text.trim_end_matches('：') == label)
                .then_some(run)
        }
        Item::Text(run) if run.field.as_ref().is_some_and(|f| covers(field, &f.0)) => Some(run),
        _ => None,
    })
}

/// The numbers of the marks that have a part on `page`.
pub fn numbers_on(page: &Page, marks: &[Mark]) -> Vec<usize> {
    marks
        .iter()
        .filter(|m| runs_of(page, m).next().is_some())
        .map(|m| m.number)
        .collect()
}

/// `page` as the preview draws it ([`svg_page`]), with the marks of `marks` whose part
/// is on it and, for the mark numbered `selected`, a box round each of its runs. Every
/// mark is a `<g class="note-mark" data-note="N">`, so a click on it names its note.
pub fn svg_marked(page: &Page, marks: &[Mark], selected: Option<usize>) -> String {
    let mut s = svg_page(page, false);
    if s.ends_with("</svg>") {
        s.truncate(s.len() - "</svg>".len());
    }
    // Circles already placed, so two parts that start on one line do not hide each other.
    let mut placed: Vec<(f32, f32)> = Vec::new();
    for m in marks {
        let mut runs = runs_of(page, m).peekable();
        let Some(first) = runs.peek().copied() else {
            continue;
        };
        let chosen = selected == Some(m.number);
        let _ = write!(
            s,
            r#"<g class="{}" data-note="{}">"#,
            if chosen {
                "note-mark selected"
            } else {
                "note-mark"
            },
            m.number
        );
        if chosen {
            for run in runs {
                let size = run.size.0;
                let _ = write!(
                    s,
                    r##"<rect class="note-box" x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}" fill="#ffd54f" fill-opacity="0.35" stroke="#b71c1c" stroke-width="1"/>"##,
                    run.origin.x.0 - 1.5,
                    run.origin.y.0 - size,
                    run.width().0.max(size) + 3.0,
                    size * 1.3
                );
            }
        }
        let y = first.origin.y.0 - first.size.0 * 0.35;
        let mut x = (first.origin.x.0 - RADIUS - 3.0).clamp(RADIUS + 1.0, MARGIN_X);
        while placed
            .iter()
            .any(|&(px, py)| (px - x).abs() < RADIUS * 2.0 && (py - y).abs() < RADIUS * 2.0)
        {
            x -= RADIUS * 2.0 + 1.0;
            if x < RADIUS {
                x = RADIUS + 1.0;
                break;
            }
        }
        placed.push((x, y));
        let (fill, ink) = if chosen {
            ("#b71c1c", "#ffffff")
        } else {
            ("#1565c0", "#ffffff")
        };
        let _ = write!(
            s,
            r#"<circle cx="{x:.2}" cy="{y:.2}" r="{RADIUS:.1}" fill="{fill}"/><text x="{x:.2}" y="{y:.2}" text-anchor="middle" dominant-baseline="central" font-family="sans-serif" font-size="{fs:.1}" fill="{ink}">{n}</text></g>"#,
            fs = if m.number >= 10 { 7.5 } else { 9.0 },
            n = m.number,
        );
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::FieldPath;
    use crate::layout::{Face, Point, Pt};

    fn run(x: f32, y: f32, text: &str, field: Option<&str>) -> Item {
        let n = text.chars().count();
        Item::Text(TextRun {
            origin: Point::new(Pt(x), Pt(y)),
            face: Face::Serif,
            size: Pt(16.0),
            text: text.into(),
            advances: vec![Pt(16.0); n],
            extra: vec![],
            field: field.map(FieldPath::new),
        })
    }

    fn page() -> Page {
        Page {
            width: Pt(595.0),
            height: Pt(842.0),
            items: vec![
                run(80.0, 100.0, "纠纷主要事实、争议事项：", None),
                run(112.0, 130.0, "漏水", Some("agreement.facts")),
                run(80.0, 160.0, "一、赔偿", Some("agreement.clauses[0].text")),
                run(80.0, 190.0, "二、道歉", Some("agreement.clauses[1].text")),
            ],
        }
    }

    const MARKS: [Mark; 4] = [
        Mark {
            number: 1,
            field: "agreement.facts",
            label: "纠纷主要事实、争议事项",
        },
        Mark {
            number: 2,
            field: "agreement.clauses",
            label: "经调解，自愿达成如下协议",
        },
        Mark {
            number: 3,
            field: "confirmation.court",
            label: "此致",
        },
        Mark {
            number: 4,
            field: "",
            label: "纠纷主要事实、争议事项",
        },
    ];

    #[test]
    fn a_mark_stands_in_the_margin_on_the_line_of_its_part_and_a_part_not_on_the_page_has_none() {
        let svg = svg_marked(&page(), &MARKS, None);
        assert_eq!(svg.matches(r#"class="note-mark""#).count(), 3, "{svg}");
        assert!(svg.contains(r#"data-note="1""#) && svg.contains(r#"data-note="2""#));
        assert!(!svg.contains(r#"data-note="3""#));
        // In the margin, on the line of the facts' first character.
        assert!(svg.contains(r#"<circle cx="60.00" cy="124.40""#), "{svg}");
        // A part with no field is found by its printed label, colon aside.
        assert!(svg.contains(r#"<circle cx="60.00" cy="94.40""#), "{svg}");
        assert_eq!(numbers_on(&page(), &MARKS), vec![1, 2, 4]);
        assert!(svg.ends_with("</svg>") && svg.matches("</svg>").count() == 1);
    }

    #[test]
    fn the_chosen_part_is_boxed_run_by_run_and_only_it() {
        let svg = svg_marked(&page(), &MARKS, Some(2));
        assert_eq!(svg.matches("note-box").count(), 2, "both clauses: {svg}");
        assert_eq!(svg.matches("note-mark selected").count(), 1);
        assert_eq!(
            svg_marked(&page(), &MARKS, None)
                .matches("note-box")
                .count(),
            0
        );
    }

    #[test]
    fn the_page_itself_is_drawn_unchanged_under_the_marks() {
        let plain = svg_page(&page(), false);
        let marked = svg_marked(&page(), &MARKS, Some(1));
        assert!(marked.starts_with(&plain[..plain.len() - "</svg>".len()]));
        assert_eq!(svg_marked(&page(), &[], None), plain);
    }
}
