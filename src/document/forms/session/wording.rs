//! Fixed wording of the 人民调解记录 (调解笔录) (domain spec §1.7 [B]; MoJ 2010 set,
//! §1.2 #4).

/// Title (§1.2 #4).
pub const TITLE: &str = "人民调解记录";
/// Header labels (§1.7): 时间, 地点, 事由, 参加人, 当事人; then who mediated and who
/// recorded.
/// Spread to [`LABEL_WIDTH`] characters when printed.
pub const TIME: &str = "时间";
pub const PLACE: &str = "地点";
pub const SUBJECT: &str = "事由";
pub const PARTICIPANTS: &str = "参加人";
pub const PARTIES: &str = "当事人";
pub const MEDIATORS: &str = "人民调解员";
pub const RECORDER: &str = "记录人";
pub const LABEL_WIDTH: usize = 5;
/// Headings of the record and its result.
pub const CONTENT: &str = "调解记录：";
pub const RESULT: &str = "调解结果：";
/// Read back to the parties before they sign (§1.7).
pub const READ_BACK: &str = "以上记录已向当事人宣读（或交当事人阅读），当事人确认无误。";
/// Signature lines (§1.4 wording; every one of §1.7: parties, mediators, recorder).
pub const SIGN_PARTY: &str = "当事人（签名盖章或按指印）";
pub const SIGN_MEDIATOR: &str = "人民调解员（签名）";
pub const SIGN_RECORDER: &str = "记录人（签名）";
/// 参加人 when there are none (the people invited to help; domain spec §1.7).
pub const NONE: &str = "无";
