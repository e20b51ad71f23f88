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
    Line { from: Point, to: Point, thickness: Pt },
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
