//! Fixed wording of the 送达地址确认书, the service-address confirmation a court has
//! each applicant fill in with a confirmation application (domain spec §3.5 note 4:
//! 「Many courts use a separate 送达地址确认书; that is practice, not a requirement」).
//! No national 样式 of it was found; its parts follow what the SPC asks such a form to
//! hold (最高人民法院关于进一步加强民事送达工作的若干意见, 法发〔2017〕19号: the address
//! the party gives, the court's notice of the consequences, the party's confirmation,
//! where it applies and how it is changed), in words of our own. A court's own form
//! may differ; it replaces this one where the court hands it out.

/// Printed title (also the name in the list and of the file).
pub const TITLE: &str = "送达地址确认书";
/// The header lines' labels, spread to one width.
pub const CAUSE: &str = "案由";
pub const RECIPIENT: &str = "受送达人";
pub const ADDRESS: &str = "送达地址";
pub const PHONE: &str = "联系电话";
/// After the dispute's title in 案由.
pub const CAUSE_SUFFIX: &str = "申请司法确认";
/// The label width of the header lines, in characters.
pub const LABEL_WIDTH: usize = 4;
/// The notice (告知事项), heading and items.
pub const NOTICE_HEADING: &str = "告知事项：";
pub const NOTICE: [&str; 3] = [
    "一、受送达人应当如实提供准确的送达地址和联系电话。",
    "二、本确认书确认的送达地址适用于本案司法确认程序及其后的执行程序；地址或者电话变更的，应当及时书面告知人民法院。",
    "三、因送达地址不准确或者变更后未告知人民法院，致使诉讼文书未能被实际接收的，文书退回之日视为送达之日。",
];
/// Electronic service: the recipient ticks one at signing.
pub const ELECTRONIC: &str = "是否同意电子送达：□同意　□不同意（由受送达人勾选）";
/// The recipient's confirmation.
pub const CONFIRMATION: &str =
    "受送达人确认：我已阅读上述告知事项，确认以上送达地址和联系电话真实有效。";
/// Signature: a person signs, an organisation seals.
pub const SIGN: &str = "受送达人（签名或者盖章）：";
