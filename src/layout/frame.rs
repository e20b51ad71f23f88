//! Page frames: the positioned output of layout, read by both renderers (PDF and SVG),
//! so the preview and the PDF cannot disagree. Coordinates are in points from the
//! page's top-left corner (see [`Point`]).

use super::metrics::Face;
use super::units::{Point, Pt};
use crate::document::FieldPath;
use serde::Serialize;

/// One laid-out page.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Page {
    pub width: Pt,
    pub height: Pt,
    /// Items in paint order.
    pub items: Vec<Item>,
}

/// Something drawn on a page.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum Item {
    Text(TextRun),
    /// A straight rule (table borders, signature lines).
    Line {
        from: Point,
        to: Point,
        thickness: Pt,
    },
}

impl Item {
    /// The same item moved by (`dx`, `dy`).
    pub fn translated(&self, dx: Pt, dy: Pt) -> Item {
        let mv = |p: &Point| Point::new(p.x + dx, p.y + dy);
        match self {
            Item::Text(r) => Item::Text(TextRun {
                origin: mv(&r.origin),
                ..r.clone()
            }),
            Item::Line {
                from,
                to,
                thickness,
            } => Item::Line {
                from: mv(from),
                to: mv(to),
                thickness: *thickness,
            },
        }
    }
}

/// A run of characters in one face and size on one baseline.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TextRun {
    /// Left end of the baseline.
    pub origin: Point,
    pub face: Face,
    pub size: Pt,
    pub text: String,
    /// Natural advance of each character (one entry per `char` of `text`).
    pub advances: Vec<Pt>,
    /// Extra space after each character, from justification or 标点挤压 (negative);
    /// empty when the run is set at natural widths.
    pub extra: Vec<Pt>,
    /// The form field this text came from, if any: the preview highlights it.
    pub field: Option<FieldPath>,
}

impl TextRun {
    /// Total width: natural advances plus the extra spacing.
    pub fn width(&self) -> Pt {
        self.advances.iter().copied().sum::<Pt>() + self.extra.iter().copied().sum::<Pt>()
    }

    /// The x position of each character, in page coordinates.
    pub fn char_xs(&self) -> Vec<Pt> {
        let mut x = self.origin.x;
        let mut xs = Vec::with_capacity(self.advances.len());
        for (i, adv) in self.advances.iter().enumerate() {
            xs.push(x);
            x += *adv + self.extra.get(i).copied().unwrap_or(Pt::ZERO);
        }
        xs
    }
}

/// A compact, reviewable text form of laid-out pages, one line per item: what the
/// golden files hold. Positions are printed to 0.01 pt.
pub fn dump(pages: &[Page]) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    for (n, page) in pages.iter().enumerate() {
        let _ = writeln!(s, "page {} {:.2}x{:.2}", n + 1, page.width.0, page.height.0);
        for item in &page.items {
            match item {
                Item::Text(r) => {
                    let _ = write!(
                        s,
                        "  text {:?} {:.2} ({:.2}, {:.2}) w={:.2}",
                        r.face,
                        r.size.0,
                        r.origin.x.0,
                        r.origin.y.0,
                        r.width().0
                    );
                    if !r.extra.is_empty() {
                        let first = r.extra[0];
                        if r.extra.iter().all(|e| (e.0 - first.0).abs() < 0.005) {
                            let _ = write!(s, " extra={:.2}", first.0);
                        } else {
                            let list: Vec<String> =
                                r.extra.iter().map(|e| format!("{:.2}", e.0)).collect();
                            let _ = write!(s, " extra=[{}]", list.join(" "));
                        }
                    }
                    if let Some(f) = &r.field {
                        let _ = write!(s, " <{}>", f.0);
                    }
                    let _ = writeln!(s, " {}", r.text);
                }
                Item::Line {
                    from,
                    to,
                    thickness,
                } => {
                    let _ = writeln!(
                        s,
                        "  line ({:.2}, {:.2})-({:.2}, {:.2}) {:.2}",
                        from.x.0, from.y.0, to.x.0, to.y.0, thickness.0
                    );
                }
            }
        }
    }
    s
}
