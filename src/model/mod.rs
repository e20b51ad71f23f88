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
mod holidays;
mod io;
pub mod json_path;
pub mod limits;
mod party;
mod records;
mod settings;

pub use crate::values::money::*;
pub use agreement::*;
pub use case::*;
pub use committee::*;
pub use dispute::*;
pub use forms::*;
pub use holidays::*;
pub use io::*;
pub use party::*;
pub use records::*;
pub use settings::*;

pub use crate::values::calendar::{HolidayPeriod, HolidayYear};

/// A calendar date. Serialised as `"YYYY-MM-DD"`.
pub type Date = time::Date;

/// Serde and JSON Schema glue for `Option<Date>` as `"YYYY-MM-DD"` or null (kept with
/// the dates in `values`).
pub use crate::values::dates::date_serde;
