//! Checking a case: identity numbers, credit codes, amounts, dates, and the legal
//! pre-checks. Validation never fails: it returns every issue at once.

pub mod amount;
pub mod calendar;
pub mod credit_code;
pub mod dates;
pub mod id_card;
