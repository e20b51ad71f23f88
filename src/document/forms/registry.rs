//! The registry: every document (or bundle of documents) the product makes, one row
//! each. A row carries the form's builder, its title (the wording const, written once),
//! whether and where the 卷宗 binds it, when a case holds it, which parts of a case the
//! editor opens for it, and whether it has training notes. The command line (`--doc`,
//! `--for`, `--doc all`), validation's scope, the 卷宗 and what it lacks, the app's
//! picker and sections, the training screen and the tests all read [`FORMS`]. A new
//! form is one folder under `src/document/forms/` and one row here.

use super::*;
use crate::document::common::{Options, agreement_number, date_text};
use crate::document::wording as dw;
use crate::model::{AgreementForm, Case, Checks, Date, Section};
use crate::validate::{Check, basis as b};

/// How a row makes its documents.
#[derive(Clone, Copy)]
pub enum Make {
    /// One document.
    One(fn(&Case, &Options) -> Document),
    /// One document per record (per agent, per session…), in order; a blank form when
    /// the case holds none.
    Each(fn(&Case, &Options) -> Vec<Document>),
    /// A bundle: its parts, in binding order, each started on a new page.
    Bundle(&'static [DocKind]),
    /// The whole 卷宗: the rows [`Bound`] in it, in the binding order of §4.3.
    Dossier,
}

/// What the 卷宗 lacks when none of the rows of a mandatory §4.3 item is held: the
/// finding `crate::dossier::lacks` reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lack {
    pub rule: &'static str,
    pub path: &'static str,
    pub basis: &'static str,
    /// What is missing, as the message names it.
    pub what: &'static str,
    pub hint: &'static str,
}

/// Where the 卷宗 binds a form (domain spec §4.3, §4.5).
#[derive(Clone, Copy)]
pub enum Bound {
    /// Before the numbered documents, unnumbered (the cover, the 目录).
    Front,
    /// A numbered document at §4.3 item `item`; `note` is its 目录 row's 备注 (the
    /// record's date, the agreement's 编号) for its `i`-th document; `lack` when the
    /// item is mandatory (必须).
    Item {
        item: u8,
        note: fn(&Case, usize) -> String,
        lack: Option<&'static Lack>,
    },
    /// After them, unnumbered (the 封底).
    Back,
}

/// One row of the registry.
#[derive(Clone, Copy)]
pub struct Form {
    pub kind: DocKind,
    /// The name on the command line and in URLs, e.g. `agreement`.
    pub key: &'static str,
    /// The form's name in the list and in file names (its wording const).
    pub title: &'static str,
    /// A line of help: what the form is.
    pub help: &'static str,
    /// What validation checks before it is made.
    pub checks: Checks,
    pub make: Make,
    /// Whether the case holds this form: it has the data the form records (a record
    /// form), or applies for what the form is for (the filing). `--doc all` makes the
    /// forms held; the 卷宗 binds them; what it lacks is a mandatory item held by none.
    pub holds: fn(&Case) -> bool,
    /// Where the 卷宗 binds it, if it does.
    pub bound: Option<Bound>,
    /// The parts of a case the editor opens for it, in the order of a case's life.
    pub sections: &'static [Section],
    /// Whether the training notes (`explain/forms.json`) explain it, under `key`.
    pub notes: bool,
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

use Section as S;
const AGREEMENT_SECTIONS: &[Section] = &[S::Committee, S::Parties, S::Dispute, S::Agreement];
const FILING_SECTIONS: &[Section] = &[S::Committee, S::Parties, S::Agreement, S::Confirmation];
const INTAKE_SECTIONS: &[Section] = &[S::Committee, S::Parties, S::Dispute, S::Intake];
const RECORD_SECTIONS: &[Section] = &[S::Committee, S::Parties, S::Records];
const ARCHIVE_SECTIONS: &[Section] = &[S::Committee, S::Parties, S::Dispute, S::Archive];

/// The 卷宗 lacks its first document: 申请书 or 受理登记表 (§4.3 item 1).
const LACK_APPLICATION: Lack = Lack {
    rule: "dossier.application",
    path: "intake.applied_on",
    basis: b::MEDIATION_27,
    what: "人民调解申请书或人民调解受理登记表",
    hint: "填写申请日期或受理日期后生成",
};
const LACK_RIGHTS_NOTICE: Lack = Lack {
    rule: "dossier.rights_notice",
    path: "intake.rights_notified_on",
    basis: b::RULES_2002_30,
    what: "人民调解当事人权利义务告知书",
    hint: "填写告知日期后生成",
};
const LACK_SESSION: Lack = Lack {
    rule: "dossier.session",
    path: "sessions",
    basis: b::MEDIATION_27,
    what: "人民调解记录",
    hint: "添加一次调解记录",
};
const LACK_AGREEMENT: Lack = Lack {
    rule: "dossier.agreement",
    path: "agreement",
    basis: b::MEDIATION_27_28,
    what: "人民调解协议书或口头协议登记表",
    hint: "填写协议内容；口头协议也须登记",
};

/// A date as the 目录's 备注 writes it; empty when unknown.
pub fn note_date(d: Option<Date>) -> String {
    d.map(|d| date_text(Some(d))).unwrap_or_default()
}

/// Whether the case holds an agreement (written, or an oral one registered): any of its
/// facts, terms or date is typed.
pub fn has_agreement(case: &Case) -> bool {
    let a = &case.agreement;
    !a.clauses.is_empty()
        || a.formed_on.is_some()
        || !a.facts.trim().is_empty()
        || !a.performance.trim().is_empty()
}

fn oral(case: &Case) -> bool {
    case.agreement.form == AgreementForm::Oral
}

fn confirming(case: &Case) -> bool {
    case.confirmation.is_some()
}

fn has_agents(case: &Case) -> bool {
    case.parties.iter().any(|p| !p.agents.is_empty())
}

fn always(_: &Case) -> bool {
    true
}

fn never(_: &Case) -> bool {
    false
}

/// Every form, in the order the app and `--help` list them.
pub const FORMS: &[Form] = &[
    Form {
        kind: DocKind::Agreement,
        key: "agreement",
        title: dw::AGREEMENT_TITLE,
        help: "当事人签名、调解委员会盖章的书面协议（司法部文书格式）",
        checks: AGREEMENT_CHECKS,
        make: Make::One(agreement::build),
        holds: |c| !oral(c) && has_agreement(c),
        bound: Some(Bound::Item {
            item: 8,
            note: |c, _| agreement_number(c),
            lack: Some(&LACK_AGREEMENT),
        }),
        sections: AGREEMENT_SECTIONS,
        notes: true,
    },
    Form {
        kind: DocKind::Confirmation,
        key: "confirmation",
        title: confirmation::wording::LIST_TITLE,
        help: "双方共同向人民法院申请确认调解协议效力（最高人民法院 2016 年样式）",
        checks: CONFIRMATION_CHECKS,
        make: Make::One(confirmation::build),
        holds: confirming,
        bound: None,
        sections: FILING_SECTIONS,
        notes: true,
    },
    Form {
        kind: DocKind::Proof,
        key: "proof",
        title: proof::wording::TITLE,
        help: "调解委员会出具的主持调解证明，司法确认时提交（民诉法解释第三百五十四条）",
        checks: CONFIRMATION_CHECKS,
        make: Make::One(proof::build),
        holds: confirming,
        bound: None,
        sections: FILING_SECTIONS,
        notes: true,
    },
    Form {
        kind: DocKind::PowerOfAttorney,
        key: "power-of-attorney",
        title: power_of_attorney::wording::TITLE,
        help: "每位委托代理人一份（法释〔2011〕5号第三条）",
        checks: CONFIRMATION_CHECKS,
        make: Make::Each(power_of_attorney::build_all),
        holds: |c| confirming(c) && has_agents(c),
        bound: None,
        sections: FILING_SECTIONS,
        notes: true,
    },
    Form {
        kind: DocKind::ServiceAddress,
        key: "service-address",
        title: service_address::wording::TITLE,
        help: "每位申请人一份，确认人民法院送达文书的地址（法院实务，设置中选择提交）",
        checks: CONFIRMATION_CHECKS,
        make: Make::Each(service_address::build_all),
        holds: |c| confirming(c) && c.settings.service_address_form,
        bound: None,
        sections: FILING_SECTIONS,
        notes: true,
    },
    Form {
        kind: DocKind::Filing,
        key: "filing",
        title: dw::FILING_TITLE,
        help: "按法院要求的顺序合订：申请书、调解协议、主持调解证明、授权委托书、送达地址确认书",
        checks: CONFIRMATION_CHECKS,
        make: Make::Bundle(&[
            DocKind::Confirmation,
            DocKind::Agreement,
            DocKind::Proof,
            DocKind::PowerOfAttorney,
            DocKind::ServiceAddress,
        ]),
        holds: confirming,
        bound: None,
        sections: FILING_SECTIONS,
        notes: false,
    },
    Form {
        kind: DocKind::Application,
        key: "application",
        title: application::wording::TITLE,
        help: "当事人申请人民调解时填写",
        checks: RECORD_CHECKS,
        make: Make::One(application::build),
        holds: |c| c.intake.applied_on.is_some(),
        bound: Some(Bound::Item {
            item: 1,
            note: |c, _| note_date(c.intake.applied_on),
            lack: Some(&LACK_APPLICATION),
        }),
        sections: INTAKE_SECTIONS,
        notes: true,
    },
    Form {
        kind: DocKind::Registration,
        key: "registration",
        title: registration::wording::TITLE,
        help: "调解委员会受理纠纷时登记",
        checks: RECORD_CHECKS,
        make: Make::One(registration::build),
        holds: |c| c.intake.accepted_on.is_some() || !c.intake.registered_by.trim().is_empty(),
        bound: Some(Bound::Item {
            item: 1,
            note: |c, _| note_date(c.intake.accepted_on),
            lack: Some(&LACK_APPLICATION),
        }),
        sections: INTAKE_SECTIONS,
        notes: true,
    },
    Form {
        kind: DocKind::RightsNotice,
        key: "rights-notice",
        title: rights_notice::wording::TITLE,
        help: "告知当事人在调解中的权利和义务（人民调解法第二十三条、第二十四条）",
        checks: RECORD_CHECKS,
        make: Make::One(rights_notice::build),
        holds: |c| c.intake.rights_notified_on.is_some(),
        bound: Some(Bound::Item {
            item: 2,
            note: |c, _| note_date(c.intake.rights_notified_on),
            lack: Some(&LACK_RIGHTS_NOTICE),
        }),
        sections: &[S::Committee, S::Parties, S::Intake],
        notes: true,
    },
    Form {
        kind: DocKind::Investigation,
        key: "investigation",
        title: investigation::wording::TITLE,
        help: "每次调查一份",
        checks: RECORD_CHECKS,
        make: Make::Each(investigation::build_all),
        holds: |c| !c.investigations.is_empty(),
        bound: Some(Bound::Item {
            item: 5,
            note: |c, i| note_date(c.investigations.get(i).and_then(|r| r.date)),
            lack: None,
        }),
        sections: RECORD_SECTIONS,
        notes: true,
    },
    Form {
        kind: DocKind::Session,
        key: "session",
        title: session::wording::TITLE,
        help: "每次调解一份",
        checks: RECORD_CHECKS,
        make: Make::Each(session::build_all),
        holds: |c| !c.sessions.is_empty(),
        bound: Some(Bound::Item {
            item: 7,
            note: |c, i| note_date(c.sessions.get(i).and_then(|s| s.date)),
            lack: Some(&LACK_SESSION),
        }),
        sections: RECORD_SECTIONS,
        notes: true,
    },
    Form {
        kind: DocKind::OralAgreement,
        key: "oral-agreement",
        title: oral_agreement::wording::TITLE,
        help: "口头达成的协议的登记（人民调解法第二十八条）",
        checks: RECORD_CHECKS,
        make: Make::One(oral_agreement::build),
        holds: |c| oral(c) && has_agreement(c),
        bound: Some(Bound::Item {
            item: 8,
            note: |c, _| agreement_number(c),
            lack: Some(&LACK_AGREEMENT),
        }),
        sections: AGREEMENT_SECTIONS,
        notes: true,
    },
    Form {
        kind: DocKind::Visit,
        key: "visit",
        title: visit::wording::TITLE,
        help: "每次回访一份",
        checks: RECORD_CHECKS,
        make: Make::Each(visit::build_all),
        holds: |c| !c.visits.is_empty(),
        bound: Some(Bound::Item {
            item: 10,
            note: |c, i| note_date(c.visits.get(i).and_then(|v| v.date)),
            lack: None,
        }),
        sections: &[S::Committee, S::Parties, S::Agreement, S::Visits],
        notes: true,
    },
    Form {
        kind: DocKind::CarbonCopies,
        key: "carbon-copies",
        title: carbon_copies::wording::LIST_TITLE,
        help: "协议书按联次各印一份（地方四联单样式）",
        checks: AGREEMENT_CHECKS,
        make: Make::Each(carbon_copies::build_all),
        // An alternative printing of the agreement: made only when asked for.
        holds: never,
        bound: None,
        sections: AGREEMENT_SECTIONS,
        notes: true,
    },
    Form {
        kind: DocKind::Cover,
        key: "cover",
        title: cover::wording::LIST_TITLE,
        help: "调解卷宗的封面",
        checks: RECORD_CHECKS,
        make: Make::One(cover::build),
        holds: always,
        bound: Some(Bound::Front),
        sections: ARCHIVE_SECTIONS,
        notes: true,
    },
    Form {
        kind: DocKind::Toc,
        key: "toc",
        title: toc::wording::TITLE,
        help: "卷内文件目录，页号按实际页码",
        checks: RECORD_CHECKS,
        make: Make::One(|c, o| toc::build(c, o, &[])),
        holds: always,
        bound: Some(Bound::Front),
        sections: ARCHIVE_SECTIONS,
        notes: true,
    },
    Form {
        kind: DocKind::BackCover,
        key: "back-cover",
        title: back_cover::wording::LIST_TITLE,
        help: "卷宗封底与卷内备考表",
        checks: RECORD_CHECKS,
        make: Make::One(|c, o| back_cover::build(c, o, None)),
        holds: always,
        bound: Some(Bound::Back),
        sections: ARCHIVE_SECTIONS,
        notes: true,
    },
    Form {
        kind: DocKind::Dossier,
        key: "dossier",
        title: dw::DOSSIER_TITLE,
        help: "整本卷宗：封面、目录、本案已有的各份文书和所列的纸质材料、封底",
        checks: RECORD_CHECKS,
        make: Make::Dossier,
        holds: always,
        bound: None,
        sections: &Section::CASE_FILE,
        notes: false,
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

    /// The form's name in the list and in file names.
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

    /// Whether this is a bundle of other forms (the filing, the 卷宗).
    pub fn is_bundle(self) -> bool {
        matches!(self.form().make, Make::Bundle(_) | Make::Dossier)
    }

    /// The parts of a bundle, in binding order (for the 卷宗: every row it can bind);
    /// empty for a single form.
    pub fn parts(self) -> Vec<DocKind> {
        match self.form().make {
            Make::Bundle(parts) => parts.to_vec(),
            Make::Dossier => bound_rows().map(|f| f.kind).collect(),
            Make::One(_) | Make::Each(_) => Vec::new(),
        }
    }
}

/// The rows the 卷宗 binds, in binding order: the front (cover, 目录), the numbered
/// documents by §4.3 item (rows of one item in registry order), the back (封底).
pub fn bound_rows() -> impl Iterator<Item = &'static Form> {
    let rank = |f: &Form| match f.bound {
        Some(Bound::Front) => (0, 0),
        Some(Bound::Item { item, .. }) => (1, item),
        Some(Bound::Back) => (2, 0),
        None => (3, 0),
    };
    let mut rows: Vec<&'static Form> = FORMS.iter().filter(|f| f.bound.is_some()).collect();
    rows.sort_by_key(|f| rank(f));
    rows.into_iter()
}

/// The validation scope that covers every check the forms `kinds` need (their rows'
/// [`Checks`]): the records scope when any form is a record of the case file, else the
/// confirmation scope when any form goes to court, else the agreement's; the whole
/// 卷宗's when it is among them (what it still lacks is then a warning).
pub fn scope(kinds: &[DocKind]) -> Check {
    let any = |f: fn(&Checks) -> bool| kinds.iter().any(|k| f(&k.form().checks));
    if kinds.contains(&DocKind::Dossier) {
        Check::Dossier
    } else if any(|c| c.records) {
        Check::All
    } else if any(|c| c.confirmation) {
        Check::Confirmation
    } else {
        Check::Agreement
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_exactly_one_row_and_a_unique_key_and_title() {
        for f in FORMS {
            assert_eq!(FORMS.iter().filter(|g| g.kind == f.kind).count(), 1);
            assert_eq!(FORMS.iter().filter(|g| g.key == f.key).count(), 1);
            assert_eq!(FORMS.iter().filter(|g| g.title == f.title).count(), 1);
            assert_eq!(DocKind::from_key(f.key), Some(f.kind));
            assert_eq!(f.kind.form().key, f.key);
        }
    }

    #[test]
    fn bundles_are_made_of_single_forms() {
        for f in FORMS {
            for p in f.kind.parts() {
                assert!(!p.is_bundle(), "{} holds the bundle {}", f.key, p.key());
            }
        }
    }

    #[test]
    fn the_dossier_binds_its_front_items_in_order_and_its_back() {
        let keys: Vec<&str> = bound_rows().map(|f| f.key).collect();
        assert_eq!(
            keys,
            [
                "cover",
                "toc",
                "application",
                "registration",
                "rights-notice",
                "investigation",
                "session",
                "agreement",
                "oral-agreement",
                "visit",
                "back-cover"
            ]
        );
    }

    #[test]
    fn every_form_opens_the_parties_and_the_committee() {
        for f in FORMS {
            assert!(
                f.sections.contains(&Section::Parties) && f.sections.contains(&Section::Committee),
                "{}",
                f.key
            );
        }
    }
}
