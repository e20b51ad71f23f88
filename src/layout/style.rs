//! Page style as data. Defaults follow GB/T 9704-2012 (domain spec §6); every value
//! can be overridden per committee. The standard's numbers come from the one table in
//! [`crate::model::gbt9704`].

use super::metrics::Face;
use super::units::Pt;
use crate::document::Role;
use crate::model::gbt9704 as g;
use serde::Serialize;

/// Face, size and line pitch of one role.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct TextStyle {
    pub face: Face,
    pub size: Pt,
    /// Baseline-to-baseline distance.
    pub line_pitch: Pt,
    /// Space added after every character (negative to fit a character grid).
    pub tracking: Pt,
}

/// Where page numbers go.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub enum PageNumbers {
    /// None printed.
    None,
    /// GB/T 9704 §7.5: 「— 1 —」 in 4号, 7 mm below the type area; odd pages right,
    /// even pages left, one character in from the edge of the type area.
    #[default]
    Official,
    /// Top right of every page (case files, domain spec §4.5).
    TopRight,
    /// 「第 X 页 共 Y 页」 centred below the type area.
    OfTotal,
}

/// Rules and padding of tables.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct TableBox {
    /// Thickness of the outer frame: the table's top and bottom rules and its outer
    /// verticals.
    pub frame: Pt,
    /// Thickness of the rules between rows and between columns.
    pub rule: Pt,
    /// Space between a cell's left and right rules and its text.
    pub pad_x: Pt,
    /// Space between a cell's top and bottom rules and its text.
    pub pad_y: Pt,
}

/// The page and its type area, and the style of each role.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PageStyle {
    pub width: Pt,
    pub height: Pt,
    /// 天头: top margin.
    pub top: Pt,
    /// 订口: binding-side (left) margin.
    pub left: Pt,
    /// 版心 width and height.
    pub type_width: Pt,
    pub type_height: Pt,
    pub title: TextStyle,
    pub heading: TextStyle,
    pub body: TextStyle,
    /// Text inside tables (小四).
    pub table: TextStyle,
    /// Text inside compact tables (五号): rosters.
    pub compact_table: TextStyle,
    /// Rules and padding of tables.
    pub table_box: TableBox,
    pub page_number: TextStyle,
    pub page_numbers: PageNumbers,
    /// Number printed on the first page (continuous numbering across a bundle).
    pub first_page_number: u32,
    /// Space after the title, in body lines.
    pub after_title: f32,
}

impl PageStyle {
    /// GB/T 9704-2012: A4; 天头 37 mm; 订口 28 mm; 版心 156 × 225 mm; 3号 body on a
    /// 22-line × 28-character grid; 2号 title; 4号 page numbers.
    pub fn gbt9704() -> PageStyle {
        let mut style = PageStyle::gbt9704_base();
        style.set_grid(g::LINES_PER_PAGE, g::CHARS_PER_LINE);
        style
    }

    /// Fit the body text to a grid of `lines` lines by `chars` characters filling the
    /// type area (GB/T 9704 §5.2.3): the line pitch divides the type height, and every
    /// character gives up (or gains) the space that makes `chars` of them fill the
    /// measure — 28 characters of 三号 (448 pt) are 5.8 pt wider than 156 mm. Headings
    /// follow the body. Zero counts are taken as 1.
    pub fn set_grid(&mut self, lines: u32, chars: u32) {
        let pitch = self.type_height / lines.max(1) as f32;
        let tracking = self.type_width / chars.max(1) as f32 - self.body.size;
        self.body.line_pitch = pitch;
        self.body.tracking = tracking;
        self.heading = TextStyle {
            face: self.heading.face,
            ..self.body
        };
    }

    fn gbt9704_base() -> PageStyle {
        let type_width = Pt::mm(g::TYPE_WIDTH_MM);
        let type_height = Pt::mm(g::TYPE_HEIGHT_MM);
        let body = TextStyle {
            face: Face::Serif,
            size: Pt(g::BODY_PT),
            line_pitch: type_height / g::LINES_PER_PAGE as f32,
            tracking: Pt::ZERO,
        };
        PageStyle {
            width: Pt::mm(g::PAPER_WIDTH_MM),
            height: Pt::mm(g::PAPER_HEIGHT_MM),
            top: Pt::mm(g::TOP_MM),
            left: Pt::mm(g::LEFT_MM),
            type_width,
            type_height,
            title: TextStyle {
                face: Face::SerifBold,
                size: Pt(g::TITLE_PT),
                line_pitch: Pt(g::TITLE_PITCH_PT),
                tracking: Pt::ZERO,
            },
            heading: TextStyle {
                face: Face::Sans,
                ..body
            },
            body,
            table: TextStyle {
                face: Face::Serif,
                size: Pt(g::TABLE_PT),
                line_pitch: Pt(g::TABLE_PITCH_PT),
                tracking: Pt::ZERO,
            },
            compact_table: TextStyle {
                face: Face::Serif,
                size: Pt(g::COMPACT_TABLE_PT),
                line_pitch: Pt(g::COMPACT_TABLE_PITCH_PT),
                tracking: Pt::ZERO,
            },
            table_box: TableBox {
                frame: Pt(0.75),
                rule: Pt(0.5),
                pad_x: Pt(4.0),
                pad_y: Pt(3.0),
            },
            page_number: TextStyle {
                face: Face::Serif,
                size: Pt(g::PAGE_NUMBER_PT),
                line_pitch: Pt(g::PAGE_NUMBER_PT),
                tracking: Pt::ZERO,
            },
            page_numbers: PageNumbers::Official,
            first_page_number: 1,
            after_title: 1.0,
        }
    }

    /// The style of a paragraph role.
    pub fn role(&self, role: Role) -> &TextStyle {
        match role {
            Role::Title => &self.title,
            Role::Heading => &self.heading,
            Role::Body | Role::Label | Role::Signature => &self.body,
        }
    }

    /// The style of a paragraph role inside a table cell: the `table` size and pitch,
    /// with the face of the role (titles and headings keep their face).
    pub fn table_role(&self, role: Role) -> TextStyle {
        let face = match role {
            Role::Title => self.title.face,
            Role::Heading => self.heading.face,
            Role::Body | Role::Label | Role::Signature => self.table.face,
        };
        TextStyle { face, ..self.table }
    }

    /// This style with its compact table text in place of the table text: how a
    /// compact table is set.
    pub fn with_compact_tables(&self) -> PageStyle {
        PageStyle {
            table: self.compact_table,
            ..self.clone()
        }
    }

    /// The bottom edge of the type area, from the page top.
    pub fn type_bottom(&self) -> Pt {
        self.top + self.type_height
    }
}

impl Default for PageStyle {
    fn default() -> Self {
        PageStyle::gbt9704()
    }
}
