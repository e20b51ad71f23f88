//! The case record: plain serde data, typed once by the user and read by every form.
//!
//! One [`Case`] holds everything the forms of a mediation case print: the committee,
//! the parties and their agents, the dispute, the investigation and mediation records,
//! the agreement, the judicial-confirmation application, follow-up visits and archive
//! data. Nothing here computes or checks: `validate` checks, `document` builds.
//! The file format (JSON with a `schema_version`) is described in `docs/case-format.md`.

mod agreement;
mod case;
mod committee;
mod dispute;
mod forms;
pub mod gbt9704;
mod io;
pub mod json_path;
pub mod limits;
mod money;
mod party;
mod records;
mod settings;

pub use agreement::*;
pub use case::*;
pub use committee::*;
pub use dispute::*;
pub use forms::*;
pub use io::*;
pub use money::*;
pub use party::*;
pub use records::*;
pub use settings::*;

pub use crate::values::calendar::{HolidayPeriod, HolidayYear};

/// A calendar date. Serialised as `"YYYY-MM-DD"`.
pub type Date = time::Date;

/// Serde and JSON Schema glue for `Option<Date>` as `"YYYY-MM-DD"` or null.
pub mod date_serde {
    use super::Date;
    use serde::{Deserialize, Deserializer, Serializer};
    use time::format_description::BorrowedFormatItem;
    use time::macros::format_description;

    const FORMAT: &[BorrowedFormatItem<'static>] = format_description!("[year]-[month]-[day]");

    /// Format a date as `YYYY-MM-DD`.
    pub fn format(d: &Date) -> String {
        d.format(FORMAT).unwrap_or_default()
    }

    /// Parse `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Result<Date, String> {
        Date::parse(s.trim(), FORMAT).map_err(|_| format!("日期「{s}」不是有效的 YYYY-MM-DD 日期"))
    }

    pub fn serialize<S: Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.serialize_str(&format(d)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
        let s: Option<String> = Option::deserialize(d)?;
        match s.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(s) => parse(s).map(Some).map_err(serde::de::Error::custom),
        }
    }

    /// The JSON Schema of an optional date.
    pub fn schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": ["string", "null"],
            "format": "date",
            "description": "YYYY-MM-DD"
        })
    }
}
