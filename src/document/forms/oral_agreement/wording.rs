//! Fixed wording of the 人民调解口头协议登记表 (domain spec §1.7; MoJ 2010 set, §1.2 #6;
//! 人民调解法 Art. 28). The rest of its wording is the agreement's (§1.4).

/// Title (§1.2 #6).
pub const TITLE: &str = "人民调解口头协议登记表";
