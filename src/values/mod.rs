//! Value types with their parsing and formatting, below every other layer: `model`
//! holds them, `validate` checks with them, `document` prints with them.
//!
//! - [`calendar`]: working days, the State Council's holiday schedules (built in and
//!   the committee's own entries) and statutory deadlines (CPL Art. 85).

pub mod calendar;
