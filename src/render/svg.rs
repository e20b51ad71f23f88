//! Pages → SVG for the live preview: the same frames as the PDF, so the same line and
//! page breaks. Each character is placed at its own x, so justification matches too.
//! Text runs carry their field path (`data-field`) for highlighting the form field.

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
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
}

/// One page as a standalone SVG document, in points.
pub fn svg(page: &Page) -> String {
    let mut s = String::with_capacity(4096);
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w:.2} {h:.2}" width="{w:.2}pt" height="{h:.2}pt"><rect width="100%" height="100%" fill="white"/>"#,
        w = page.width.0,
        h = page.height.0
    );
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
                if run.face == Face::SerifBold {
                    s.push_str(r#" font-weight="bold""#);
                }
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
