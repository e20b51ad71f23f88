//! Fixed wording of the 人民调解调查记录 (domain spec §1.7, header pattern [C];
//! MoJ 2010 set, §1.2 #3).

/// Title (§1.2 #3).
pub const TITLE: &str = "人民调解调查记录";
/// Header labels (§1.7): 时间, 地点, 调查人, 被调查人, 记录人; spread to
/// [`LABEL_WIDTH`] characters when printed.
pub const TIME: &str = "时间";
pub const PLACE: &str = "地点";
pub const INVESTIGATORS: &str = "调查人";
pub const INTERVIEWEE: &str = "被调查人";
pub const RECORDER: &str = "记录人";
pub const LABEL_WIDTH: usize = 5;
/// Heading of the record itself.
pub const CONTENT: &str = "调查记录：";
/// Signature lines: the 被调查人 signs (§1.7), with the investigators and the recorder.
pub const SIGN_INTERVIEWEE: &str = "被调查人（签名或按指印）";
pub const SIGN_INVESTIGATOR: &str = "调查人（签名）";
pub const SIGN_RECORDER: &str = "记录人（签名）";
