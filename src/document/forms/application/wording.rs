//! Fixed wording of the 人民调解申请书 (domain spec §1.6; MoJ 2010 set, §1.2 #1).

/// Title (§1.2 #1).
pub const TITLE: &str = "人民调解申请书";
/// Party labels, four characters wide like the agreement's 「当事人　」 so the party
/// lines keep the form's 28-character grid (§1.6, §1.4).
pub const APPLICANT: &str = "申请人　";
pub const RESPONDENT: &str = "被申请人";
/// Section headings (§1.6).
pub const FACTS_HEADING: &str = "纠纷简要情况：";
pub const CLAIMS_HEADING: &str = "当事人申请事项：";
/// The fixed closing sentence (§0 item 2, §1.6).
pub const CLOSING: &str =
    "人民调解委员会已将申请人民调解的相关规定告知我，现自愿申请人民调解委员会进行调解。";
/// Signature line (§1.6).
pub const SIGN_APPLICANT: &str = "申请人（签名盖章或按指印）";
/// An organisation applicant seals; its representative signs on the line after
/// (domain spec §1.4 rule 5).
pub const SIGN_APPLICANT_ORG: &str = "申请人（盖章）";
/// The 附表 of a group application (`settings.roster`): 「附表一：申请人名册」, then the
/// signature table.
pub const ANNEX: &str = "附表";
pub const ROSTER: &str = "名册";
pub const SIGNATURE_TABLE: &str = "申请人签名表";
/// Blank claims printed when none is typed (§1.6: 「1、＿ 2、＿ 3、＿」).
pub const BLANK_CLAIMS: usize = 3;
