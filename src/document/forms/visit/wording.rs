//! Fixed wording of the 人民调解回访记录 (domain spec §1.7 [B], yunnanlong; MoJ 2010 set,
//! §1.2 #7).

/// Title (§1.2 #7).
pub const TITLE: &str = "人民调解回访记录";
/// Row labels (§1.7).
pub const PARTIES: &str = "当事人";
pub const AGREEMENT_NUMBER: &str = "调解协议编号";
pub const SUBJECT: &str = "回访事由";
pub const REPORT: &str = "回访情况";
pub const VISITOR: &str = "回访人";
pub const DATE: &str = "回访时间";
/// How performance stood, opening the 回访情况 (performance is the first thing §1.7
/// lists).
pub const PERFORMANCE: &str = "协议履行情况：";
pub const PERFORMED: &str = "已履行";
pub const PARTLY: &str = "部分履行";
pub const NOT_PERFORMED: &str = "未履行";
