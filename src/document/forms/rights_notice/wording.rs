//! Fixed wording of the 人民调解当事人权利义务告知书 (domain spec §1.2 #11, a local
//! addition implementing 人民调解工作若干规定 Art. 30 and 人民调解法 Arts. 23–24; §2).

/// Title (§1.2 #11).
pub const TITLE: &str = "人民调解当事人权利义务告知书";
/// Addressee line before the parties' names.
pub const TO: &str = "当事人：";
/// What the committee is and the principles it mediates by (人民调解法 Arts. 2, 3, 4;
/// 人民调解工作若干规定 Art. 30: the nature, principles and effect of mediation).
pub const INTRO: &str = "人民调解委员会是依法设立的调解民间纠纷的群众性组织。人民调解委员会调解民间纠纷，在当事人自愿、平等的基础上进行调解，不违背法律、法规和国家政策，尊重当事人的权利，不阻止当事人依法通过仲裁、行政、司法等途径维护自己的权利，不收取任何费用。根据《中华人民共和国人民调解法》的规定，现将当事人在人民调解活动中享有的权利和承担的义务告知如下：";
/// 人民调解法 Art. 23, verbatim.
pub const RIGHTS_HEADING: &str = "一、当事人在人民调解活动中享有下列权利：";
pub const RIGHTS: [&str; 4] = [
    "（一）选择或者接受人民调解员；",
    "（二）接受调解、拒绝调解或者要求终止调解；",
    "（三）要求调解公开进行或者不公开进行；",
    "（四）自主表达意愿、自愿达成调解协议。",
];
/// 人民调解法 Art. 24, verbatim.
pub const DUTIES_HEADING: &str = "二、当事人在人民调解活动中履行下列义务：";
pub const DUTIES: [&str; 3] = [
    "（一）如实陈述纠纷事实；",
    "（二）遵守调解现场秩序，尊重人民调解员；",
    "（三）尊重对方当事人行使权利。",
];
/// 人民调解法 Arts. 31–33: the effect of an agreement and the routes left open.
pub const EFFECT: &str = "三、经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认。调解不成的，当事人可以依法通过仲裁、行政、司法等途径维护自己的权利。";
/// The parties' acknowledgement.
pub const ACKNOWLEDGEMENT: &str = "以上内容本人已知悉。";
/// Signature lines (§1.4 wording).
pub const SIGN_PARTY: &str = "当事人（签名盖章或按指印）";
pub const SIGN_NOTIFIER: &str = "告知人（签名）";
