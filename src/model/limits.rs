//! The documented limits of a case's values (`docs/case-format.md`, *Limits*): the
//! dates a document may carry, the range of every number, and how long a text field
//! may be. Validation reports what is outside them (`validate::values`); the
//! documents print such a value as a blank, like any other invalid value
//! ([`Case::printable`]).

use super::{Case, Date, PartyKind};
use std::borrow::Cow;

pub use crate::values::dates::{EARLIEST_DATE, LATEST_DATE};

/// Whether `d` is within [`EARLIEST_DATE`]–[`LATEST_DATE`].
pub fn date_in_range(d: Date) -> bool {
    (EARLIEST_DATE..=LATEST_DATE).contains(&d)
}

/// The longest a long text may be, in characters (facts, records, clause words): about
/// 60 pages of the 22 × 28 grid, far beyond any real case, and laid out in well under a
/// second.
pub const LONG_TEXT_MAX_CHARS: usize = 50_000;

/// The longest any other text field may be (names, addresses, numbers, labels), in
/// characters.
pub const SHORT_TEXT_MAX_CHARS: usize = 500;

/// The fields (by their last name in the path) that hold long text: tab and line
/// breaks are allowed in them, and they may be [`LONG_TEXT_MAX_CHARS`] long.
pub const LONG_TEXT_FIELDS: [&str; 7] = [
    "facts",
    "responsibility",
    "performance",
    "content",
    "text",
    "notes",
    "result",
];

/// Whether the field at `path` (e.g. `agreement.clauses[0].text`) holds long text.
pub fn is_long_text(path: &str) -> bool {
    let last = path.rsplit('.').next().unwrap_or(path);
    let last = last.split('[').next().unwrap_or(last);
    LONG_TEXT_FIELDS.contains(&last)
}

/// A number of the case and its documented range (inclusive).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bounded {
    /// The field, e.g. `settings.first_page_number`.
    pub path: String,
    pub value: u64,
    pub min: u64,
    pub max: u64,
    /// What the number is, in Chinese (for messages), e.g. 「起始页码」.
    pub what: &'static str,
}

impl Bounded {
    /// Whether the value is in its range.
    pub fn in_range(&self) -> bool {
        (self.min..=self.max).contains(&self.value)
    }
}

/// `settings.first_page_number`: 1–9999.
pub const FIRST_PAGE_NUMBER: (u64, u64) = (1, 9999);
/// `settings.roster_threshold`: 2–10000 parties.
pub const ROSTER_THRESHOLD: (u64, u64) = (2, 10_000);
/// `agreement.copies`, `confirmation.attachments[i].copies`: 1–99.
pub const COPIES: (u64, u64) = (1, 99);
/// `agreement.serial`, `archive.serial` (the 序号 of a 编号): 1–999999.
pub const SERIAL: (u64, u64) = (1, 999_999);

impl Case {
    /// Every number of the case with its range (the page geometry of
    /// `settings.page` has its own, [`super::PageSettings::effective`]).
    pub fn bounded_numbers(&self) -> Vec<Bounded> {
        let mut out = Vec::new();
        let mut add = |path: String, value: u32, (min, max): (u64, u64), what| {
            out.push(Bounded {
                path,
                value: u64::from(value),
                min,
                max,
                what,
            })
        };
        let s = &self.settings;
        add(
            "settings.first_page_number".into(),
            s.first_page_number,
            FIRST_PAGE_NUMBER,
            "起始页码",
        );
        add(
            "settings.roster_threshold".into(),
            s.roster_threshold,
            ROSTER_THRESHOLD,
            "列入附表的当事人人数",
        );
        if let Some(n) = self.agreement.copies {
            add("agreement.copies".into(), n, COPIES, "协议份数");
        }
        if let Some(n) = self.agreement.serial {
            add("agreement.serial".into(), n, SERIAL, "协议编号的序号");
        }
        if let Some(n) = self.archive.serial {
            add("archive.serial".into(), n, SERIAL, "卷宗编号的序号");
        }
        if let Some(c) = &self.confirmation {
            for (i, a) in c.attachments.iter().enumerate() {
                if let Some(n) = a.copies {
                    add(
                        format!("confirmation.attachments[{i}].copies"),
                        n,
                        COPIES,
                        "附件份数",
                    );
                }
            }
        }
        out
    }

    /// Every date of the case with its field path.
    pub fn dates(&self) -> Vec<(String, Date)> {
        let mut out = Vec::new();
        let mut add = |path: String, d: Option<Date>| {
            if let Some(d) = d {
                out.push((path, d));
            }
        };
        for (i, p) in self.parties.iter().enumerate() {
            if let PartyKind::Person(person) = &p.kind {
                add(format!("parties[{i}].birth_date"), person.birth_date);
            }
        }
        let i = &self.intake;
        add("intake.applied_on".into(), i.applied_on);
        add("intake.accepted_on".into(), i.accepted_on);
        add("intake.rights_notified_on".into(), i.rights_notified_on);
        for (k, x) in self.investigations.iter().enumerate() {
            add(format!("investigations[{k}].date"), x.date);
        }
        for (k, x) in self.sessions.iter().enumerate() {
            add(format!("sessions[{k}].date"), x.date);
        }
        let a = &self.agreement;
        for (k, c) in a.clauses.iter().enumerate() {
            add(
                format!("agreement.clauses[{k}].obligation.due"),
                c.obligation.as_ref().and_then(|o| o.due),
            );
        }
        add("agreement.formed_on".into(), a.formed_on);
        for (id, d) in &a.signatures.parties {
            add(format!("agreement.signatures.parties.{id}"), Some(*d));
        }
        add(
            "agreement.signatures.mediator".into(),
            a.signatures.mediator,
        );
        add("agreement.signatures.seal".into(), a.signatures.seal);
        if let Some(c) = &self.confirmation {
            add("confirmation.applied_on".into(), c.applied_on);
        }
        for (k, v) in self.visits.iter().enumerate() {
            add(format!("visits[{k}].date"), v.date);
        }
        let r = &self.archive;
        add("archive.filed_on".into(), r.filed_on);
        add("archive.closed_on".into(), r.closed_on);
        add("archive.mediation_from".into(), r.mediation_from);
        add("archive.mediation_to".into(), r.mediation_to);
        out
    }

    /// The case as the documents print it: a date outside [`EARLIEST_DATE`]–
    /// [`LATEST_DATE`] left out (printed as the blank 「　　年　　月　　日」, its
    /// signature as not yet given), a number outside its range ([`Case::bounded_numbers`])
    /// at its default (copies and serials left blank). Borrowed when nothing is out of
    /// range. Validation reports each of them as an error.
    pub fn printable(&self) -> Cow<'_, Case> {
        let dates_ok = self.dates().iter().all(|(_, d)| date_in_range(*d));
        let numbers_ok = self.bounded_numbers().iter().all(Bounded::in_range);
        if dates_ok && numbers_ok {
            return Cow::Borrowed(self);
        }
        let mut c = self.clone();
        let keep = |d: &mut Option<Date>| {
            if d.is_some_and(|d| !date_in_range(d)) {
                *d = None;
            }
        };
        for p in &mut c.parties {
            if let PartyKind::Person(person) = &mut p.kind {
                keep(&mut person.birth_date);
            }
        }
        keep(&mut c.intake.applied_on);
        keep(&mut c.intake.accepted_on);
        keep(&mut c.intake.rights_notified_on);
        for x in &mut c.investigations {
            keep(&mut x.date);
        }
        for x in &mut c.sessions {
            keep(&mut x.date);
        }
        for cl in &mut c.agreement.clauses {
            if let Some(o) = &mut cl.obligation {
                keep(&mut o.due);
            }
        }
        keep(&mut c.agreement.formed_on);
        c.agreement
            .signatures
            .parties
            .retain(|_, d| date_in_range(*d));
        keep(&mut c.agreement.signatures.mediator);
        keep(&mut c.agreement.signatures.seal);
        if let Some(conf) = &mut c.confirmation {
            keep(&mut conf.applied_on);
            for a in &mut conf.attachments {
                a.copies = a.copies.filter(|n| in_range(*n, COPIES));
            }
        }
        for v in &mut c.visits {
            keep(&mut v.date);
        }
        keep(&mut c.archive.filed_on);
        keep(&mut c.archive.closed_on);
        keep(&mut c.archive.mediation_from);
        keep(&mut c.archive.mediation_to);
        let defaults = super::Settings::default();
        if !in_range(c.settings.first_page_number, FIRST_PAGE_NUMBER) {
            c.settings.first_page_number = defaults.first_page_number;
        }
        if !in_range(c.settings.roster_threshold, ROSTER_THRESHOLD) {
            c.settings.roster_threshold = defaults.roster_threshold;
        }
        c.agreement.copies = c.agreement.copies.filter(|n| in_range(*n, COPIES));
        c.agreement.serial = c.agreement.serial.filter(|n| in_range(*n, SERIAL));
        c.archive.serial = c.archive.serial.filter(|n| in_range(*n, SERIAL));
        Cow::Owned(c)
    }
}

fn in_range(n: u32, (min, max): (u64, u64)) -> bool {
    (min..=max).contains(&u64::from(n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn dates_outside_1900_to_2100_are_left_out_of_the_printed_case() {
        let mut case = Case::default();
        case.agreement.formed_on = Some(date!(1899 - 12 - 31));
        case.intake.accepted_on = Some(date!(2101 - 01 - 01));
        case.archive.filed_on = Some(date!(2100 - 12 - 31));
        case.agreement
            .signatures
            .parties
            .insert("p1".into(), date!(-0001 - 01 - 01));
        let p = case.printable();
        assert_eq!(p.agreement.formed_on, None);
        assert_eq!(p.intake.accepted_on, None);
        assert_eq!(p.archive.filed_on, Some(date!(2100 - 12 - 31)));
        assert!(p.agreement.signatures.parties.is_empty());
    }

    #[test]
    fn numbers_outside_their_range_print_at_their_default() {
        let mut case = Case::default();
        assert!(matches!(case.printable(), Cow::Borrowed(_)));
        case.settings.first_page_number = u32::MAX;
        case.agreement.copies = Some(0);
        let p = case.printable();
        assert_eq!(p.settings.first_page_number, 1);
        assert_eq!(p.agreement.copies, None);
    }

    #[test]
    fn long_text_fields_are_known_by_their_last_name() {
        assert!(is_long_text("agreement.clauses[3].text"));
        assert!(is_long_text("dispute.facts"));
        assert!(is_long_text("sessions[0].content"));
        assert!(!is_long_text("parties[0].name"));
        assert!(!is_long_text("dispute.claims[0].party"));
    }
}
