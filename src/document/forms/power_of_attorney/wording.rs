//! Fixed wording of the power of attorney (授权委托书) an agent files with the
//! confirmation application (法释〔2011〕5号 Art. 3; domain spec §3.3, §3.5 note 4).
//! The parties' particulars follow the 2016 样式 person line (§3.5); the agent's
//! category is one of CPL Art. 61 (§3.2 Art. 351).

/// Printed title.
pub const TITLE: &str = "授权委托书";
/// The principal and the agent.
pub const PRINCIPAL: &str = "委托人";
pub const AGENT: &str = "受托人";
pub const COLON: &str = "：";
pub const COMMA: &str = "，";
pub const STOP: &str = "。";
pub const ID_NUMBER: &str = "公民身份号码：";
/// A lawyer's or legal service worker's licence number (执业证号).
pub const LICENCE: &str = "执业证号：";
pub const PHONE: &str = "联系方式：";
/// The matter (the brief's wording, after the 2016 样式 powers of attorney):
/// 「现委托上列受托人在××与××纠纷申请司法确认一案中，作为我方的委托诉讼代理人。」
pub const MATTER_BEFORE: &str = "现委托上列受托人在";
pub const MATTER_AFTER: &str = "申请司法确认一案中，作为我方的委托诉讼代理人。";
/// The scope (代理权限: 一般授权 / 特别授权 and what it covers, CPL Art. 62).
pub const AUTHORITY: &str = "代理权限：";
/// Signatures: the principal signs or seals; an organisation seals and its
/// representative signs (§3.5 note 3).
pub const SIGN_PRINCIPAL: &str = "委托人（签名或者盖章）：";
/// An organisation principal seals; its 法定代表人 (主要负责人) signs on the next line.
pub const SIGN_PRINCIPAL_ORG: &str = "委托单位（盖章）：";
pub const SIGN_AGENT: &str = "受托人（签名）：";
