//! What the heavy fuzz targets (`builders`, `layout`, `pdf`, `group`) share: a structured
//! input that takes one of the shipped example cases and splices fuzzed strings, numbers
//! and settings into it, so that every run exercises a whole, plausible case instead of
//! spending its time in the JSON parser (the `load` and `validate` targets do that).
//!
//! The heavy targets take the eight ordinary examples (two to five parties, one to six
//! pages a form): an execution stays far under libFuzzer's 1 s limit, so they reach
//! hundreds of thousands of executions. The 121-party group case (a 61-page agreement;
//! its 封底 counts the whole laid-out 卷宗) is the `group` target of its own, run with
//! a longer limit.

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use std::sync::OnceLock;
use tiaojie::document::DocKind;
use tiaojie::fonts::FontSet;
use tiaojie::model::{self, Case, DateStyle, PageNumbering, Roster};

/// The shipped examples, compiled in; the last is the 121-party group case.
const EXAMPLES: [&str; 9] = [
    include_str!("../../examples/skeleton.json"),
    include_str!("../../examples/neighbours-water-leak.json"),
    include_str!("../../examples/traffic-accident.json"),
    include_str!("../../examples/family-support.json"),
    include_str!("../../examples/land-contract.json"),
    include_str!("../../examples/medical-dispute.json"),
    include_str!("../../examples/migrant-wages.json"),
    include_str!("../../examples/property-management.json"),
    include_str!("../../examples/consumer-group-refund.json"),
];

/// The fixed "today" every target uses (as the goldens do).
pub fn today() -> model::Date {
    time::macros::date!(2026 - 11 - 23)
}

/// The bundled faces (the library's one list, `fonts::bundled`), loaded once per process.
pub fn fonts() -> &'static FontSet {
    static FONTS: OnceLock<FontSet> = OnceLock::new();
    FONTS.get_or_init(|| tiaojie::fonts::bundled().expect("bundled font parses"))
}

/// Every example, parsed once.
fn all_examples() -> &'static [Case] {
    static CASES: OnceLock<Vec<Case>> = OnceLock::new();
    CASES.get_or_init(|| {
        EXAMPLES
            .iter()
            .map(|t| model::load(t).expect("example loads"))
            .collect()
    })
}

/// The ordinary examples (every one but the group case).
fn examples() -> &'static [Case] {
    let all = all_examples();
    &all[..all.len() - 1]
}

/// The 121-party group case.
fn group() -> &'static Case {
    let all = all_examples();
    &all[all.len() - 1]
}

/// A string put into one field of the case.
#[derive(Arbitrary, Debug)]
pub struct Edit {
    /// Which field (modulo the number of fields [`apply`] knows).
    pub field: u8,
    /// Which party, clause, claim or agent (modulo how many the case has).
    pub index: u8,
    pub text: String,
}

/// A fuzzed case: an example with strings, numbers and settings spliced in.
#[derive(Arbitrary, Debug)]
pub struct Input {
    pub example: u8,
    pub kind: u8,
    pub draft: bool,
    pub edits: Vec<Edit>,
    pub first_page_number: Option<u32>,
    pub page_numbers: Option<u8>,
    pub chinese_dates: bool,
    pub print_id_number: bool,
    pub roster: Option<(u8, u32)>,
    pub serial: Option<u32>,
    pub copies: Option<u32>,
    /// Page geometry: values validation may reject (the layout must still be total).
    pub page: Option<Page>,
}

/// `settings.page`, fuzzed.
#[derive(Arbitrary, Debug)]
pub struct Page {
    pub top_mm: Option<f32>,
    pub left_mm: Option<f32>,
    pub type_width_mm: Option<f32>,
    pub type_height_mm: Option<f32>,
    pub body_pt: Option<f32>,
    pub title_pt: Option<f32>,
    pub lines_per_page: Option<u32>,
    pub chars_per_line: Option<u32>,
    pub heading_pt: Option<f32>,
    pub table_pt: Option<f32>,
    pub page_number_pt: Option<f32>,
    pub after_title_lines: Option<f32>,
}

impl Input {
    /// The form to make: any row of [`model::FORMS`].
    pub fn kind(&self) -> DocKind {
        let all: Vec<DocKind> = DocKind::all().collect();
        all[usize::from(self.kind) % all.len()]
    }

    /// The case: the chosen ordinary example with every edit applied.
    pub fn case(&self) -> Case {
        let ex = examples();
        self.applied(ex[usize::from(self.example) % ex.len()].clone())
    }

    /// The 121-party group case with every edit applied (the `group` target).
    pub fn group_case(&self) -> Case {
        self.applied(group().clone())
    }

    /// `case` with every edit and setting of the input applied.
    fn applied(&self, mut case: Case) -> Case {
        for e in &self.edits {
            apply(&mut case, e);
        }
        let s = &mut case.settings;
        if let Some(n) = self.first_page_number {
            s.first_page_number = n;
        }
        if let Some(p) = self.page_numbers {
            s.page_numbers = match p % 4 {
                0 => PageNumbering::Official,
                1 => PageNumbering::TopRight,
                2 => PageNumbering::OfTotal,
                _ => PageNumbering::None,
            };
        }
        if self.chinese_dates {
            s.date_style = DateStyle::Chinese;
        }
        s.print_id_number = self.print_id_number;
        if let Some((r, t)) = self.roster {
            s.roster = match r % 3 {
                0 => Roster::Auto,
                1 => Roster::Inline,
                _ => Roster::Annex,
            };
            s.roster_threshold = t;
        }
        if let Some(p) = &self.page {
            let q = &mut s.page;
            q.top_mm = p.top_mm;
            q.left_mm = p.left_mm;
            q.type_width_mm = p.type_width_mm;
            q.type_height_mm = p.type_height_mm;
            q.body_pt = p.body_pt;
            q.title_pt = p.title_pt;
            q.lines_per_page = p.lines_per_page;
            q.chars_per_line = p.chars_per_line;
            q.heading_pt = p.heading_pt;
            q.table_pt = p.table_pt;
            q.page_number_pt = p.page_number_pt;
            q.after_title_lines = p.after_title_lines;
        }
        if self.serial.is_some() {
            case.agreement.serial = self.serial;
        }
        if self.copies.is_some() {
            case.agreement.copies = self.copies;
        }
        case
    }
}

/// Put `e.text` into one of the case's text fields.
fn apply(case: &mut Case, e: &Edit) {
    use tiaojie::model::PartyKind;
    let t = e.text.clone();
    let i = usize::from(e.index);
    let n_parties = case.parties.len().max(1);
    let n_clauses = case.agreement.clauses.len().max(1);
    let n_claims = case.dispute.claims.len().max(1);
    match e.field % 24 {
        0 => case.committee.name = t,
        1 => case.committee.short_name = t,
        2 => case.committee.address = t,
        3 => case.dispute.title = t,
        4 => case.dispute.facts = t,
        5 => case.dispute.kind = t,
        6 => case.dispute.risk_level = t,
        7 => case.agreement.facts = t,
        8 => case.agreement.responsibility = t,
        9 => case.agreement.performance = t,
        10 => case.agreement.number = t,
        11 => case.agreement.recorder = t,
        12 => case.settings.number_pattern = t,
        13 => case.settings.volume_pattern = t,
        14 => case.settings.carbon_copy_captions.push(t),
        15 => case.archive.number = t,
        16 => {
            if let Some(c) = case.agreement.clauses.get_mut(i % n_clauses) {
                c.text = t;
            } else {
                case.agreement.clauses.push(model::Clause {
                    text: t,
                    ..Default::default()
                });
            }
        }
        17 => {
            if let Some(c) = case.dispute.claims.get_mut(i % n_claims) {
                c.text = t;
            }
        }
        18..=23 => {
            let Some(p) = case.parties.get_mut(i % n_parties) else {
                return;
            };
            match (&mut p.kind, e.field % 24) {
                (PartyKind::Person(x), 18) => x.name = t,
                (PartyKind::Person(x), 19) => x.id_number = t,
                (PartyKind::Person(x), 20) => x.address = t,
                (PartyKind::Person(x), 21) => x.phone = t,
                (PartyKind::Organisation(x), 18) => x.name = t,
                (PartyKind::Organisation(x), 19) => x.credit_code = t,
                (PartyKind::Organisation(x), 20) => x.address = t,
                (PartyKind::Organisation(x), 21) => x.representative = t,
                (_, 22) => p.role_label = t,
                _ => {
                    if let Some(a) = p.agents.first_mut() {
                        a.name = t;
                    }
                }
            }
        }
        _ => {}
    }
}
