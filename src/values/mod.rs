//! Value types with their parsing and formatting, below every other layer: `model`
//! holds them, `validate` checks with them, `document` prints with them, the app shows
//! what they derive as the documents print it.
//!
//! - [`id_card`]: 公民身份号码 (GB 11643-1999): check digit, birth date, sex, and the
//!   particulars a form prints of a person ([`id_card::particulars`], the one place
//!   sex, birth date and age are derived);
//! - [`credit_code`]: 统一社会信用代码 (GB 32100-2015);
//! - [`money`] and [`amount`]: amounts as decimals, their 大写 and Arabic forms;
//! - [`dates`]: dates as the forms write them, and the case format's date range;
//! - [`calendar`]: working days, holiday schedules (built in and the committee's own)
//!   and statutory deadlines (CPL Art. 85);
//! - [`phone`]: phone numbers (the 电信网编号计划).

pub mod amount;
pub mod calendar;
pub mod credit_code;
pub mod dates;
pub mod id_card;
pub mod money;
pub mod phone;
