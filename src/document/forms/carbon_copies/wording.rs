//! Wording of the 四联单 agreement (domain spec §1.8: the Gansu form was not found).
//! The 联次 captions are a setting, `settings.carbon_copy_captions`, whose default
//! (第一联　存根 / 第二联　当事人 / 第三联　当事人 / 第四联　人民调解委员会) is an
//! assumption, not verified (§1.8); the rest of the wording is the agreement's (§1.4).

/// The form's name in the list of forms and in file names.
pub const LIST_TITLE: &str = "人民调解协议书（四联单）";
