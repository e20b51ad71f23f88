//! The one list of forms: every document (or bundle of documents) the product makes, as
//! one row each. The command line (`--doc`, `--for`), validation (which checks a form
//! needs), the app's document picker, file names and the golden tests all read this
//! list; the builders are matched to it in `document::forms::build` (exhaustively, so a
//! new row without a builder does not compile). A new form is one folder under
//! `src/document/forms/` and one row here.

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
    /// The confirmation filing in the order the court wants it: application, agreement,
    /// proof of mediation, powers of attorney
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

/// One row of the list.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Form {
    pub kind: DocKind,
    /// The name on the command line and in URLs, e.g. `agreement`.
    pub key: &'static str,
    /// The form's printed title, also the file name's stem.
    pub title: &'static str,
    /// A line of help: what the form is.
    pub help: &'static str,
    /// What validation checks before it is made.
    pub checks: Checks,
    /// The forms a bundle is made of, in binding order; empty for a single form.
    pub parts: &'static [DocKind],
}

const AGREEMENT_CHECKS: Checks = Checks {
    agreement: true,
    confirmation: false,
    records: false,
};

const CONFIRMATION_CHECKS: Checks = Checks {
    agreement: true,
    confirmation: true,
    records: false,
};

const RECORD_CHECKS: Checks = Checks {
    agreement: false,
    confirmation: false,
    records: true,
};

/// A record of the case file (domain spec §1.2, §4).
const fn record(kind: DocKind, key: &'static str, title: &'static str, help: &'static str) -> Form {
    Form {
        kind,
        key,
        title,
        help,
        checks: RECORD_CHECKS,
        parts: &[],
    }
}

/// Every form, in the order the app and `--help` list them.
pub const FORMS: &[Form] = &[
    Form {
        kind: DocKind::Agreement,
        key: "agreement",
        title: "人民调解协议书",
        help: "当事人签名、调解委员会盖章的书面协议（司法部文书格式）",
        checks: AGREEMENT_CHECKS,
        parts: &[],
    },
    Form {
        kind: DocKind::Confirmation,
        key: "confirmation",
        title: "司法确认申请书",
        help: "双方共同向人民法院申请确认调解协议效力（最高人民法院 2016 年样式）",
        checks: CONFIRMATION_CHECKS,
        parts: &[],
    },
    Form {
        kind: DocKind::Proof,
        key: "proof",
        title: "调解组织主持调解的证明",
        help: "调解委员会出具的主持调解证明，司法确认时提交（民诉法解释第三百五十四条）",
        checks: CONFIRMATION_CHECKS,
        parts: &[],
    },
    Form {
        kind: DocKind::PowerOfAttorney,
        key: "power-of-attorney",
        title: "授权委托书",
        help: "每位委托代理人一份（法释〔2011〕5号第三条）",
        checks: CONFIRMATION_CHECKS,
        parts: &[],
    },
    Form {
        kind: DocKind::Filing,
        key: "filing",
        title: "司法确认申请材料",
        help: "按法院要求的顺序合订：申请书、调解协议、主持调解证明、授权委托书",
        checks: CONFIRMATION_CHECKS,
        parts: &[
            DocKind::Confirmation,
            DocKind::Agreement,
            DocKind::Proof,
            DocKind::PowerOfAttorney,
        ],
    },
    record(
        DocKind::Application,
        "application",
        "人民调解申请书",
        "当事人申请人民调解时填写",
    ),
    record(
        DocKind::Registration,
        "registration",
        "人民调解受理登记表",
        "调解委员会受理纠纷时登记",
    ),
    record(
        DocKind::RightsNotice,
        "rights-notice",
        "人民调解当事人权利义务告知书",
        "告知当事人在调解中的权利和义务（人民调解法第二十三条、第二十四条）",
    ),
    record(
        DocKind::Investigation,
        "investigation",
        "人民调解调查记录",
        "每次调查一份",
    ),
    record(DocKind::Session, "session", "人民调解记录", "每次调解一份"),
    record(
        DocKind::OralAgreement,
        "oral-agreement",
        "人民调解口头协议登记表",
        "口头达成的协议的登记（人民调解法第二十八条）",
    ),
    record(DocKind::Visit, "visit", "人民调解回访记录", "每次回访一份"),
    Form {
        kind: DocKind::CarbonCopies,
        key: "carbon-copies",
        title: "人民调解协议书（四联单）",
        help: "协议书按联次各印一份（地方四联单样式）",
        checks: AGREEMENT_CHECKS,
        parts: &[],
    },
    record(DocKind::Cover, "cover", "卷宗封面", "调解卷宗的封面"),
    record(
        DocKind::Toc,
        "toc",
        "卷内目录",
        "卷内文件目录，页号按实际页码",
    ),
    record(
        DocKind::BackCover,
        "back-cover",
        "封底（卷内备考表）",
        "卷宗封底与卷内备考表",
    ),
    Form {
        kind: DocKind::Dossier,
        key: "dossier",
        title: "人民调解卷宗",
        help: "整本卷宗：封面、目录、本案已有的各份文书、封底",
        checks: RECORD_CHECKS,
        parts: &[
            DocKind::Cover,
            DocKind::Toc,
            DocKind::Application,
            DocKind::Registration,
            DocKind::RightsNotice,
            DocKind::Investigation,
            DocKind::Session,
            DocKind::Agreement,
            DocKind::Visit,
            DocKind::BackCover,
        ],
    },
];

impl DocKind {
    /// This kind's row of [`FORMS`].
    pub fn form(self) -> &'static Form {
        FORMS
            .iter()
            .find(|f| f.kind == self)
            .expect("every DocKind has a row in FORMS (tested)")
    }

    /// The printed title.
    pub fn title(self) -> &'static str {
        self.form().title
    }

    /// The command-line key.
    pub fn key(self) -> &'static str {
        self.form().key
    }

    /// The kind named `key` on the command line.
    pub fn from_key(key: &str) -> Option<DocKind> {
        FORMS.iter().find(|f| f.key == key).map(|f| f.kind)
    }

    /// Every kind, in list order.
    pub fn all() -> impl Iterator<Item = DocKind> {
        FORMS.iter().map(|f| f.kind)
    }

    /// Whether this is a bundle of other forms.
    pub fn is_bundle(self) -> bool {
        !self.form().parts.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_exactly_one_row_and_a_unique_key() {
        for f in FORMS {
            assert_eq!(FORMS.iter().filter(|g| g.kind == f.kind).count(), 1);
            assert_eq!(FORMS.iter().filter(|g| g.key == f.key).count(), 1);
            assert_eq!(DocKind::from_key(f.key), Some(f.kind));
            assert_eq!(f.kind.form(), f);
        }
    }

    #[test]
    fn bundles_are_made_of_single_forms() {
        for f in FORMS {
            for p in f.parts {
                assert!(!p.is_bundle(), "{} holds the bundle {}", f.key, p.key());
            }
        }
    }
}
