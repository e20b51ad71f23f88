//! Wording of the 四联单 agreement (domain spec §1.8: the Gansu form was not found, so
//! every copy says it is a local form). The 联 roles are a setting,
//! `settings.carbon_copy_captions`, whose default (存根 / 当事人 / 人民调解委员会) is an
//! assumption, not verified (§1.8); the rest of the wording is the agreement's (§1.4).

/// The form's name in the list of forms and in file names.
pub const LIST_TITLE: &str = "人民调解协议书（四联单）";
/// Printed before the 联次 caption of every copy: the form is not a verified one.
pub const LOCAL_FORM: &str = "（本地格式）";
/// A role naming the parties: one 联 for each party, the party's name after it.
pub const PARTY_ROLE: &str = "当事人";
/// 「第三联」.
pub const COPY_BEFORE: &str = "第";
pub const COPY_AFTER: &str = "联";
/// The copies sentence of the 四联单, in place of the agreement's 「一式N份」: 「本协议
/// 一式五联，存根一联，当事人各持一联，人民调解委员会一联。」
pub const COPIES_BEFORE: &str = "本协议一式";
pub const COPIES_UNIT: &str = "联";
pub const ONE_COPY: &str = "一联";
pub const EACH_HOLDS_ONE: &str = "各持一联";
