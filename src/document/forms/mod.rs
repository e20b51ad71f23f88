//! The forms of the 卷宗 besides the agreement (domain spec §1.2): one folder per form,
//! each with its builder (`mod.rs`) and its fixed wording (`wording.rs`, citing the
//! spec section). Builders are total, like [`super::agreement::build`]: any `Case`
//! yields a form, missing data printed as blanks (＿＿) to fill in by hand. A form kept
//! once per record (调查记录, 调解记录, 回访记录) has `build_all`, one document per
//! record, or one blank form when the case has none.

pub mod application;
pub mod back_cover;
pub mod carbon_copies;
pub mod cover;
pub mod investigation;
mod kit;
pub mod oral_agreement;
pub mod registration;
pub mod rights_notice;
pub mod session;
pub mod toc;
pub mod visit;
