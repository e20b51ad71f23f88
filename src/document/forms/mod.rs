//! Forms beyond the agreement, one folder each with its own wording table.

pub mod confirmation;
pub mod power_of_attorney;
pub mod proof;
