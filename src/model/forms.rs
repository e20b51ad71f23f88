//! What names a form and what a form needs of a case, as plain data: [`DocKind`], the
//! validation scope a form asks for ([`Checks`]) and the parts of a case ([`Section`]).
//! The forms themselves, one row each with their builder, title, binding in the 卷宗,
//! when a case holds them, the sections they need and their training notes, are the
//! registry `document::forms::FORMS`.

use serde::{Deserialize, Serialize};

/// Which form (or bundle of forms) a document is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    /// 人民调解协议书
    Agreement,
    /// 申请书（申请司法确认调解协议用）, SPC 2016 样式
    Confirmation,
    /// 调解组织主持调解的证明
    Proof,
    /// 授权委托书 (one per agent)
    PowerOfAttorney,
    /// 送达地址确认书 (one per applicant): where the court serves its documents
    ServiceAddress,
    /// The confirmation filing in the order the court wants it: application, agreement,
    /// proof of mediation, powers of attorney, service-address confirmations
    Filing,
    /// 人民调解协议书, 四联单: one copy per 联次 caption (an unverified local form)
    CarbonCopies,
    /// 人民调解申请书
    Application,
    /// 人民调解受理登记表
    Registration,
    /// 人民调解当事人权利义务告知书
    RightsNotice,
    /// 人民调解调查记录 (one per investigation)
    Investigation,
    /// 人民调解记录 (one per session)
    Session,
    /// 人民调解口头协议登记表
    OralAgreement,
    /// 人民调解回访记录 (one per visit)
    Visit,
    /// 卷宗封面
    Cover,
    /// 卷内目录
    Toc,
    /// 封底 with the 卷内备考表
    BackCover,
    /// The whole 卷宗: cover, 目录, the documents the case holds, 封底
    Dossier,
}

/// What validation must check before a form is made.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Checks {
    /// The agreement's own requirements (parties, terms, signatures).
    pub agreement: bool,
    /// The judicial-confirmation pre-checks (民诉法解释 Arts. 351–358; CPL Art. 205).
    pub confirmation: bool,
    /// The case-file records (intake, visits, archive; 卷宗 completeness).
    pub records: bool,
}

/// A part of a case, in the order of a case's life: the editor has a section for
/// each, and each form's row in `document::forms::FORMS` names the parts it needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Committee,
    Parties,
    Dispute,
    Intake,
    Records,
    Agreement,
    Confirmation,
    Visits,
    Archive,
    Settings,
}

impl Section {
    /// In the order of a case's life.
    pub const ALL: [Section; 10] = [
        Section::Committee,
        Section::Parties,
        Section::Dispute,
        Section::Intake,
        Section::Records,
        Section::Agreement,
        Section::Confirmation,
        Section::Visits,
        Section::Archive,
        Section::Settings,
    ];

    /// Every part a case file is made of (all but the local settings).
    pub const CASE_FILE: [Section; 9] = [
        Section::Committee,
        Section::Parties,
        Section::Dispute,
        Section::Intake,
        Section::Records,
        Section::Agreement,
        Section::Confirmation,
        Section::Visits,
        Section::Archive,
    ];

    /// The HTML id of the editor's section (a field's section is found by its path).
    pub fn id(self) -> &'static str {
        match self {
            Section::Committee => "sec-committee",
            Section::Parties => "sec-parties",
            Section::Dispute => "sec-dispute",
            Section::Intake => "sec-intake",
            Section::Records => "sec-records",
            Section::Agreement => "sec-agreement",
            Section::Confirmation => "sec-confirmation",
            Section::Visits => "sec-visits",
            Section::Archive => "sec-archive",
            Section::Settings => "sec-settings",
        }
    }

    /// The path of the section's own part of the case (what [`Section::of_path`] maps
    /// back to this section): where the editor's index goes.
    pub fn path(self) -> &'static str {
        match self {
            Section::Committee => "committee",
            Section::Parties => "parties",
            Section::Dispute => "dispute",
            Section::Intake => "intake",
            Section::Records => "sessions",
            Section::Agreement => "agreement",
            Section::Confirmation => "confirmation",
            Section::Visits => "visits",
            Section::Archive => "archive",
            Section::Settings => "settings",
        }
    }

    /// The part a field path of the case belongs to.
    pub fn of_path(path: &str) -> Section {
        let head = path.split(['.', '[']).next().unwrap_or("");
        match head {
            "committee" => Section::Committee,
            "parties" => Section::Parties,
            "dispute" => Section::Dispute,
            "intake" => Section::Intake,
            "investigations" | "sessions" => Section::Records,
            "confirmation" => Section::Confirmation,
            "visits" => Section::Visits,
            "archive" => Section::Archive,
            "settings" => Section::Settings,
            _ => Section::Agreement,
        }
    }
}
