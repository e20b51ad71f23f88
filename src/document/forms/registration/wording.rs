//! Fixed wording of the 人民调解受理登记表 (domain spec §1.7; MoJ 2010 set, §1.2 #2).

/// Title (§1.2 #2).
pub const TITLE: &str = "人民调解受理登记表";
/// The opening sentence, around the date and the parties' names (§1.7).
pub const OPENING_AFTER_DATE: &str = "，本人民调解委员会经当事人同意，调解";
pub const OPENING_BETWEEN: &str = "之间的纠纷。";
/// Row labels (§1.7).
pub const KIND: &str = "纠纷类型";
pub const SOURCE: &str = "案件来源";
pub const FACTS: &str = "纠纷简要情况";
/// The two sources the form offers (§1.7: 「①当事人申请　②人民调解委员会主动调解」);
/// another source of the MoJ statistics (§5.2) is added as ③ when the case has it.
pub const SOURCE_APPLICATION: &str = "当事人申请";
pub const SOURCE_OWN_INITIATIVE: &str = "人民调解委员会主动调解";
pub const CIRCLED: [&str; 3] = ["①", "②", "③"];
/// Tick boxes: a filled and an empty square (□ ■ are in the bundled faces; ☐ ☑ are not).
pub const TICKED: &str = "■";
pub const UNTICKED: &str = "□";
/// Signature row (§1.7).
pub const SIGN_PARTY: &str = "当事人（签名）";
pub const SIGN_REGISTRAR: &str = "登记人（签名）";
pub const SEAL: &str = "人民调解委员会（印章）";
/// The note under the table (§1.7).
pub const NOTE: &str = "备注：此表由人民调解委员会填写";
