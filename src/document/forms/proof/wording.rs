//! Fixed wording of the proof that the committee presided over the mediation
//! (调解组织主持调解的证明). No official form exists (domain spec §3.5 note 4 names the
//! document; 民诉法解释 Art. 354 asks for it, §3.2): the wording is kept short and
//! factual, saying only what the case record holds.

/// Printed title: the document's name as the 附 list and Art. 354 give it (§3.2, §3.5
/// note 4).
pub const TITLE: &str = "调解组织主持调解的证明";
/// Opening (certification formula of a 证明).
pub const CERTIFY: &str = "兹证明：";
/// 「……纠纷一案（当事人：……）」
pub const CASE: &str = "一案";
pub const PARTIES_OPEN: &str = "（当事人：";
pub const PARTIES_CLOSE: &str = "）";
pub const LIST_SEP: &str = "、";
/// 「等121人」 for a long list of parties.
pub const AND_OTHERS: &str = "等";
pub const PERSONS: &str = "人";
/// 「，由本委员会于……受理，」
pub const ACCEPTED_BEFORE: &str = "，由本委员会于";
pub const ACCEPTED_AFTER: &str = "受理，";
/// 「于……主持调解。」 (the mediation sessions, 人民调解法 Art. 22–24).
pub const PRESIDED_BEFORE: &str = "并于";
pub const PRESIDED_AFTER: &str = "主持调解。";
/// 「当事人于……在本委员会主持下自愿达成人民调解协议（编号：……）。」 (人民调解法
/// Art. 28–29).
pub const AGREED_BEFORE: &str = "当事人于";
pub const AGREED_AFTER: &str = "在本委员会主持下自愿达成人民调解协议";
pub const NUMBER_OPEN: &str = "（编号：";
pub const NUMBER_CLOSE: &str = "）";
pub const STOP: &str = "。";
/// Closing formula.
pub const CLOSING: &str = "特此证明。";
/// Seal position (MoJ forms, §1.4).
pub const SEAL: &str = "（人民调解委员会印）";
