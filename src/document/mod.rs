//! The semantic document IR and one builder per form. A [`Document`] says *what* a form
//! says (blocks, runs, roles) and nothing about *where*: geometry is layout's job. The
//! IR changes only when wording or structure changes, so its golden file is reviewable
//! text. Builders are total: any `Case`, however incomplete, yields a document, with
//! missing data shown as fill-in blanks (＿＿).

pub mod common;
pub mod explain;
pub mod forms;
pub mod ir;
pub mod party;
pub mod roster;
pub mod wording;

pub use ir::*;
