//! Pages → SVG for the live preview: the same frames as the PDF, so the same line and
//! page breaks. Each character is placed at its own x, so justification matches too.
//! Text runs carry their field path (`data-field`) for highlighting the form field.

use super::pdf::Watermark;
use crate::document::wording::DRAFT_WATERMARK;
use crate::layout::{Face, Item, Page};
use std::fmt::Write;

/// CSS font-family for a face; the app registers these names with @font-face.
pub fn family(face: Face) -> &'static str {
    match face {
        Face::Serif => "tiaojie-serif, serif",
        Face::SerifBold => "tiaojie-serif-bold, tiaojie-serif, serif",
        Face::Sans => "tiaojie-sans, sans-serif",
        Face::User => "tiaojie-user, serif",
    }
}

fn esc(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            // XML has no place for control characters; a space keeps every later
            // character on its own x position.
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
}

/// One page as a standalone SVG document, in points. White space is preserved, so
/// every character keeps the x position the layout gave it.
pub fn svg(page: &Page) -> String {
    svg_page(page, false)
}

/// One page as [`svg`] makes it; a draft (`draft`) has the PDF's diagonal 「草稿」
/// watermark ([`Watermark`]) under its text, which takes no pointer events, so
/// clicking a field through it still finds the field.
pub fn svg_page(page: &Page, draft: bool) -> String {
    let mut s = String::with_capacity(4096);
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" xml:space="preserve" style="white-space:pre" viewBox="0 0 {w:.2} {h:.2}" width="{w:.2}pt" height="{h:.2}pt"><rect width="100%" height="100%" fill="white"/>"#,
        w = page.width.0,
        h = page.height.0
    );
    if draft {
        watermark(page, &mut s);
    }
    for item in &page.items {
        match item {
            Item::Text(run) => {
                let xs: Vec<String> = run
                    .char_xs()
                    .iter()
                    .map(|x| format!("{:.2}", x.0))
                    .collect();
                let _ = write!(
                    s,
                    r#"<text x="{}" y="{:.2}" font-family="{}" font-size="{:.2}""#,
                    xs.join(" "),
                    run.origin.y.0,
                    family(run.face),
                    run.size.0
                );
                if let Some(f) = &run.field {
                    s.push_str(r#" data-field=""#);
                    esc(&f.0, &mut s);
                    s.push('"');
                }
                s.push('>');
                esc(&run.text, &mut s);
                s.push_str("</text>");
            }
            Item::Line {
                from,
                to,
                thickness,
            } => {
                let _ = write!(
                    s,
                    r#"<line x1="{:.2}" y1="{:.2}" x2="{:.2}" y2="{:.2}" stroke="black" stroke-width="{:.2}"/>"#,
                    from.x.0, from.y.0, to.x.0, to.y.0, thickness.0
                );
            }
        }
    }
    s.push_str("</svg>");
    s
}

/// The draft watermark: the PDF's size, centre, angle and grey. SVG's y axis points
/// down, so the counter-clockwise angle is negative; the middle of the word sits on
/// the centre.
fn watermark(page: &Page, s: &mut String) {
    let w = Watermark::of(page);
    let grey = (w.grey.clamp(0.0, 1.0) * 255.0).round() as u8;
    let _ = write!(
        s,
        r##"<text class="watermark" x="{x:.2}" y="{y:.2}" transform="rotate({a:.2} {x:.2} {y:.2})" text-anchor="middle" dominant-baseline="central" font-family="{f}" font-size="{z:.2}" fill="#{grey:02x}{grey:02x}{grey:02x}" pointer-events="none">{t}</text>"##,
        x = w.centre.x.0,
        y = w.centre.y.0,
        a = -w.angle,
        f = family(Face::Sans),
        z = w.size.0,
        t = DRAFT_WATERMARK,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{Point, Pt, TextRun};

    fn page_with(text: &str) -> Page {
        let n = text.chars().count();
        Page {
            width: Pt(100.0),
            height: Pt(100.0),
            items: vec![Item::Text(TextRun {
                origin: Point::new(Pt(10.0), Pt(20.0)),
                face: Face::Serif,
                size: Pt(10.0),
                text: text.to_string(),
                advances: vec![Pt(5.0); n],
                extra: vec![],
                field: Some(crate::document::FieldPath::new("parties[0].address")),
            })],
        }
    }

    /// The text between `<text …>` and `</text>`, and how many x positions it has.
    fn text_and_xs(svg: &str) -> (String, usize) {
        let open = svg.find("<text ").unwrap();
        let gt = open + svg[open..].find('>').unwrap();
        let close = svg.find("</text>").unwrap();
        let xs = svg[open..gt].split("x=\"").nth(1).unwrap();
        let xs = xs[..xs.find('"').unwrap()].split(' ').count();
        (svg[gt + 1..close].to_string(), xs)
    }

    #[test]
    fn every_character_keeps_its_own_x_even_spaces_and_controls() {
        for text in ["幸福路 12号  3栋", "甲\t乙", "a\u{7}b", "<&>\""] {
            let svg = svg(&page_with(text));
            let (shown, xs) = text_and_xs(&svg);
            let unescaped = shown
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
            assert_eq!(unescaped.chars().count(), xs, "{text:?} → {shown:?}");
            assert!(svg.contains(r#"xml:space="preserve""#));
        }
    }

    #[test]
    fn a_draft_page_has_one_grey_diagonal_watermark_under_its_text_and_a_final_none() {
        let page = page_with("张三");
        let draft = svg_page(&page, true);
        assert_eq!(draft.matches("草稿").count(), 1);
        let mark = draft.find("草稿").unwrap();
        assert!(
            mark < draft.find("张三").unwrap(),
            "drawn first, under the text"
        );
        assert!(draft.contains(r#"transform="rotate(-45.00 50.00 50.00)""#));
        assert!(draft.contains(r##"fill="#d9d9d9""##));
        assert!(draft.contains(r#"pointer-events="none""#));
        assert!(!svg(&page).contains("草稿"));
        assert_eq!(svg(&page), svg_page(&page, false));
    }

    #[test]
    fn markup_in_text_and_field_paths_stays_inert() {
        for hostile in [
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "]]><![CDATA[<svg onload=alert(1)>",
        ] {
            let mut page = page_with(hostile);
            if let Item::Text(run) = &mut page.items[0] {
                // A field path holds party ids, which are the user's.
                run.field = Some(crate::document::FieldPath::new(format!(
                    "agreement.signatures.parties.{hostile}"
                )));
            }
            let svg = svg(&page);
            for tag in ["<script", "<img", "<svg onload", "<![CDATA["] {
                assert!(!svg.contains(tag), "{hostile:?} → {svg}");
            }
            assert!(!svg.contains("]]>"), "{hostile:?} → {svg}");
            // Only the page's own elements: svg, rect, text.
            assert_eq!(svg.matches('<').count(), 5, "{svg}");
            let (shown, _) = text_and_xs(&svg);
            assert_eq!(
                shown
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&amp;", "&"),
                hostile
            );
            // The attribute is closed only by its own quote.
            let field = svg.split(r#"data-field=""#).nth(1).unwrap();
            let value = &field[..field.find('"').unwrap()];
            assert!(
                value.ends_with(
                    &hostile
                        .replace('<', "&lt;")
                        .replace('>', "&gt;")
                        .replace('"', "&quot;")
                ),
                "{value}"
            );
        }
    }

    #[test]
    fn runs_carry_their_field_and_family() {
        let svg = svg(&page_with("张三"));
        assert!(svg.contains(r#"data-field="parties[0].address""#));
        assert!(svg.contains("tiaojie-serif"));
        assert!(
            !svg.contains("font-weight"),
            "the bold face is bold already"
        );
    }
}
