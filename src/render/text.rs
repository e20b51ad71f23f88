//! Pages → plain text in reading order: the preview's text alternative (a screen reader
//! reads the document from it), taken from the same frames as the PDF and the SVG, not
//! scraped back out of the drawing.
//!
//! Runs are read in paint order, which the layout emits line by line, left to right
//! (table cells row by row). Runs on one baseline make one line; a run that starts
//! more than a third of an em after the previous one ends is set off by a space (a
//! label and its value in a party block, two cells of a table); a new baseline starts a
//! new line. Rules (borders, signature lines) carry no text and are skipped.

use crate::layout::{Item, Page};

/// How far apart two baselines may be and still be one line (pt): rounding only.
const SAME_LINE: f32 = 0.5;

/// The text of one page in reading order, one line of the page per line.
pub fn page_text(page: &Page) -> String {
    let mut out = String::new();
    // The baseline and right end of the last run written.
    let mut last: Option<(f32, f32)> = None;
    for item in &page.items {
        let Item::Text(run) = item else { continue };
        let text = run
            .text
            .trim_matches(|c: char| c.is_whitespace() || c.is_control());
        if text.is_empty() {
            continue;
        }
        let (x, y) = (run.origin.x.0, run.origin.y.0);
        match last {
            Some((ly, right)) if (y - ly).abs() <= SAME_LINE && x - right > run.size.0 / 3.0 => {
                out.push(' ');
            }
            Some((ly, _)) if (y - ly).abs() <= SAME_LINE => {}
            Some(_) => out.push('\n'),
            None => {}
        }
        // Control characters have no place in an accessible name (the SVG shows them
        // as spaces too).
        out.extend(text.chars().map(|c| if c.is_control() { ' ' } else { c }));
        last = Some((y, x + run.width().0));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{Face, Point, Pt, TextRun};

    fn run(x: f32, y: f32, text: &str) -> Item {
        let n = text.chars().count();
        Item::Text(TextRun {
            origin: Point::new(Pt(x), Pt(y)),
            face: Face::Serif,
            size: Pt(16.0),
            text: text.to_string(),
            advances: vec![Pt(16.0); n],
            extra: Vec::new(),
            field: None,
        })
    }

    fn page(items: Vec<Item>) -> Page {
        Page {
            width: Pt(595.28),
            height: Pt(841.89),
            items,
        }
    }

    #[test]
    fn touching_runs_join_gaps_become_spaces_and_baselines_become_lines() {
        let p = page(vec![
            run(80.0, 100.0, "姓名"),
            run(112.0, 100.0, "（名称）"),
            run(200.0, 100.0, "张秀兰"),
            Item::Line {
                from: Point::new(Pt(80.0), Pt(105.0)),
                to: Point::new(Pt(500.0), Pt(105.0)),
                thickness: Pt(0.5),
            },
            run(80.0, 129.0, "纠纷主要事实："),
        ]);
        assert_eq!(page_text(&p), "姓名（名称） 张秀兰\n纠纷主要事实：");
    }

    #[test]
    fn empty_and_control_text_adds_nothing_and_never_panics() {
        assert_eq!(page_text(&page(Vec::new())), "");
        let p = page(vec![run(80.0, 100.0, "  "), run(80.0, 130.0, "甲\u{1b}乙")]);
        assert_eq!(page_text(&p), "甲 乙");
    }

    #[test]
    fn the_agreement_reads_the_parties_names_in_order() {
        let case = crate::model::load(include_str!("../../examples/neighbours-water-leak.json"))
            .expect("the example loads");
        let today = time::macros::date!(2026 - 12 - 1);
        let (_, pages) = crate::pipeline::pages(
            &case,
            crate::model::DocKind::Agreement,
            today,
            &crate::layout::FixedMetrics,
        );
        let text: String = pages.iter().map(page_text).collect::<Vec<_>>().join("\n");
        let title = text.find("人民调解协议书").expect("the title");
        let names: Vec<usize> = case
            .parties
            .iter()
            .map(|p| {
                text.find(p.name())
                    .unwrap_or_else(|| panic!("{} in {text}", p.name()))
            })
            .collect();
        assert!(names.iter().all(|&n| n > title), "the title comes first");
        assert!(
            names.windows(2).all(|w| w[0] < w[1]),
            "parties in order: {names:?}"
        );
    }
}
