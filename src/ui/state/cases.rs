//! The cases stored in this browser: one summary per case for the list (search, sort),
//! the committee profile new cases start from, and the backup file format. Pure data;
//! the storage itself is in `ui::hooks::storage`.

use crate::model::{Case, Committee, Outcome, Settings, load, save};
use crate::ui::i18n::{Lang, fmt, t};
use serde::{Deserialize, Serialize};

/// One line of the case list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseSummary {
    /// The storage key's suffix.
    pub id: String,
    /// The 编号 as printed, e.g. 「（2026）城东调字第18号」, or empty.
    pub number: String,
    /// 纠纷 title or type.
    pub title: String,
    /// The parties' names, 「、」-separated.
    pub parties: String,
    pub outcome: Outcome,
    /// When it was last saved (ms since 1970).
    pub updated: f64,
    /// A copy of another stored case (「复制」, or imported with a 编号 a stored case
    /// already has) that has not been given its own 编号 yet: listed as 「（副本）」.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub copy: bool,
}

impl CaseSummary {
    pub fn of(id: &str, case: &Case, updated: f64) -> CaseSummary {
        let names: Vec<&str> = case
            .parties
            .iter()
            .map(|p| p.name())
            .filter(|n| !n.trim().is_empty())
            .collect();
        let title = if !case.dispute.title.trim().is_empty() {
            case.dispute.title.clone()
        } else {
            case.dispute.kind.clone()
        };
        let number = if case.agreement.serial.is_some() || !case.agreement.number.is_empty() {
            crate::document::common::agreement_number(case)
        } else {
            String::new()
        };
        CaseSummary {
            id: id.to_string(),
            number,
            title,
            parties: names.join("、"),
            outcome: case.archive.outcome.clone(),
            updated,
            copy: false,
        }
    }

    /// This summary saved over `before` (the same case's entry, if any): still a copy
    /// while its 编号 is the one it was copied with (none, after 「复制」).
    pub fn keeping_copy_mark(mut self, before: Option<&CaseSummary>) -> CaseSummary {
        self.copy = self.copy || before.is_some_and(|b| b.copy && b.number == self.number);
        self
    }

    /// Does the case match the search text (party, number or title)?
    pub fn matches(&self, query: &str) -> bool {
        let q = query.trim();
        q.is_empty()
            || q.split_whitespace().all(|w| {
                self.parties.contains(w) || self.number.contains(w) || self.title.contains(w)
            })
    }
}

/// A copy of `case` to store beside it (「复制」): the same parties, dispute and
/// records, without the agreement's and the 卷宗's 编号, which a second case must not
/// share; the copy asks for its own.
pub fn as_copy(case: &Case) -> Case {
    let mut copy = case.clone();
    copy.agreement.serial = None;
    copy.agreement.number.clear();
    copy.archive.serial = None;
    copy.archive.number.clear();
    copy
}

/// The 编号 that more than one stored case carries (each listed with a warning).
pub fn shared_numbers(cases: &[CaseSummary]) -> std::collections::BTreeSet<String> {
    let mut seen = std::collections::BTreeSet::new();
    let mut shared = std::collections::BTreeSet::new();
    for c in cases.iter().filter(|c| !c.number.trim().is_empty()) {
        if !seen.insert(c.number.trim()) {
            shared.insert(c.number.trim().to_string());
        }
    }
    shared
}

/// How the list is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortBy {
    /// Last saved first.
    #[default]
    Updated,
    /// Open cases first, then successful, then failed; last saved first within each.
    Status,
}

/// The summaries matching `query`, in `sort` order.
pub fn list<'a>(cases: &'a [CaseSummary], query: &str, sort: SortBy) -> Vec<&'a CaseSummary> {
    let mut out: Vec<&CaseSummary> = cases.iter().filter(|c| c.matches(query)).collect();
    let rank = |o: &Outcome| match o {
        Outcome::Open => 0,
        Outcome::Success => 1,
        Outcome::Failure => 2,
    };
    out.sort_by(|a, b| {
        let by_time = b.updated.total_cmp(&a.updated);
        match sort {
            SortBy::Updated => by_time,
            SortBy::Status => rank(&a.outcome).cmp(&rank(&b.outcome)).then(by_time),
        }
    });
    out
}

/// The committee's own data, prefilled into every new case (设置 → 本委员会).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    pub committee: Committee,
    /// The courts the committee usually applies to for confirmation.
    pub courts: Vec<String>,
    /// The local form variants.
    pub settings: Settings,
    /// The holiday schedules the committee entered from the State Council's notices,
    /// for years this build does not know (`values::calendar`): every deadline is
    /// counted with them at once, and a case file exported carries the years its
    /// deadline depends on.
    pub holidays: Vec<crate::model::HolidayYear>,
}

impl Profile {
    /// A new case from this profile: the committee, the settings and two empty parties.
    pub fn new_case(&self) -> Case {
        let mut case = super::starter_case();
        case.committee = self.committee.clone();
        case.settings = self.settings.clone();
        case.agreement.mediators = self
            .committee
            .mediators
            .iter()
            .map(|m| m.name.clone())
            .filter(|n| !n.is_empty())
            .take(1)
            .collect();
        if let Some(r) = self.committee.recorders.first() {
            case.agreement.recorder = r.name.clone();
        }
        case
    }
}

/// The backup file: every case of this browser in one JSON file.
#[derive(Debug, Serialize, Deserialize)]
pub struct Backup {
    /// Always [`BACKUP_FORMAT`]; tells a backup from a case file.
    pub tiaojie_backup: u32,
    pub profile: Option<Profile>,
    /// Each case as its own case-file JSON value (so each migrates on its own).
    pub cases: Vec<serde_json::Value>,
}

pub const BACKUP_FORMAT: u32 = 1;

/// A backup of `cases` (with the profile).
pub fn backup(cases: &[&Case], profile: &Profile) -> String {
    let values = cases
        .iter()
        .filter_map(|c| serde_json::from_str(&save(c)).ok())
        .collect();
    let b = Backup {
        tiaojie_backup: BACKUP_FORMAT,
        profile: Some(profile.clone()),
        cases: values,
    };
    serde_json::to_string_pretty(&b).unwrap_or_default()
}

/// What an imported file holds, fully checked: nothing is stored unless every case in it
/// reads.
#[derive(Debug)]
pub struct Import {
    pub cases: Vec<Case>,
    pub profile: Option<Profile>,
}

/// The text of an imported file: UTF-8 (with or without a byte-order mark). A UTF-16
/// file is named as such, with the fix.
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    use crate::model::TextError;
    // The rule is the library's (`model::text_of`, the command line's too); the words
    // are the app's, so they translate.
    crate::model::text_of(bytes).map_err(|e| match e {
        TextError::Utf16 => t(
            Lang::Zh,
            "文件是 UTF-16 编码；请在编辑器中另存为 UTF-8 后重试",
        )
        .into(),
        TextError::NotUtf8 { at } => fmt(
            Lang::Zh,
            "文件不是 UTF-8 文本（第 {n} 个字节起无法识别）",
            &[&at],
        ),
    })
}

/// Read a case file or a backup. An error names the file's place (which case of a
/// backup, and the field path inside it) and nothing is half-imported.
pub fn import(text: &str) -> Result<Import, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        fmt(
            Lang::Zh,
            "不是有效的 JSON 文件（第{line}行第{column}列），未导入任何内容。",
            &[&e.line(), &e.column()],
        )
    })?;
    if let Some(format) = value.get("tiaojie_backup") {
        let ok = format.as_u64() == Some(u64::from(BACKUP_FORMAT));
        if !ok {
            return Err(fmt(
                Lang::Zh,
                "备份文件格式版本「{format}」不是本程序能读取的（{known}），可能由较新版本生成，未导入任何内容。",
                &[&format, &BACKUP_FORMAT],
            ));
        }
        let b: Backup = serde_json::from_str(text).map_err(|_| {
            t(
                Lang::Zh,
                "备份文件结构不对（应含案件列表），未导入任何内容。",
            )
            .to_string()
        })?;
        let mut cases = Vec::with_capacity(b.cases.len());
        for (i, v) in b.cases.iter().enumerate() {
            let case = load(&v.to_string()).map_err(|e| {
                fmt(
                    Lang::Zh,
                    "备份中第 {n} 个案件：{e}。未导入任何内容。",
                    &[&(i + 1), &e],
                )
            })?;
            cases.push(case);
        }
        return Ok(Import {
            cases,
            profile: b.profile,
        });
    }
    let case = load(text).map_err(|e| fmt(Lang::Zh, "{e}。未导入任何内容。", &[&e]))?;
    Ok(Import {
        cases: vec![case],
        profile: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Party, Side};

    fn summary(id: &str, parties: &str, outcome: Outcome, updated: f64) -> CaseSummary {
        CaseSummary {
            id: id.into(),
            number: format!("（2026）城东调字第{id}号"),
            title: "邻里纠纷".into(),
            parties: parties.into(),
            outcome,
            updated,
            copy: false,
        }
    }

    #[test]
    fn a_copy_has_no_number_and_stays_marked_until_it_gets_one() {
        let mut case = Case::default();
        case.agreement.serial = Some(18);
        case.agreement.number = "（2026）城东调字第18号".into();
        case.archive.serial = Some(3);
        case.parties
            .push(Party::person("p1", Side::Applicant, "张三"));
        let copy = as_copy(&case);
        assert_eq!(copy.agreement.serial, None);
        assert!(copy.agreement.number.is_empty() && copy.archive.serial.is_none());
        assert_eq!(copy.parties, case.parties, "the rest is the same");
        let marked = CaseSummary {
            copy: true,
            ..CaseSummary::of("b", &copy, 1.0)
        };
        // Saved again with no number: still a copy.
        let again = CaseSummary::of("b", &copy, 2.0).keeping_copy_mark(Some(&marked));
        assert!(again.copy);
        // Given its own number: no longer.
        let mut numbered = copy.clone();
        numbered.agreement.number = "（2026）城东调字第19号".into();
        let own = CaseSummary::of("b", &numbered, 3.0).keeping_copy_mark(Some(&again));
        assert!(!own.copy);
        // A case that never was a copy does not become one.
        assert!(
            !CaseSummary::of("a", &case, 4.0)
                .keeping_copy_mark(None)
                .copy
        );
    }

    #[test]
    fn two_cases_with_one_number_are_found() {
        let a = summary("18", "张三", Outcome::Open, 1.0);
        let b = summary("18", "李四", Outcome::Open, 2.0);
        let c = summary("19", "王五", Outcome::Open, 3.0);
        let blank = CaseSummary {
            number: String::new(),
            ..c.clone()
        };
        let shared = shared_numbers(&[a.clone(), b, c, blank.clone(), blank]);
        assert_eq!(shared.into_iter().collect::<Vec<_>>(), [a.number]);
    }

    #[test]
    fn the_list_searches_parties_and_numbers() {
        let all = [
            summary("1", "张三、李四", Outcome::Open, 1.0),
            summary("2", "王五、赵六", Outcome::Open, 2.0),
        ];
        let ids = |q| {
            list(&all, q, SortBy::Updated)
                .iter()
                .map(|c| c.id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids("李四"), ["1"]);
        assert_eq!(ids("第2号"), ["2"]);
        assert_eq!(ids(""), ["2", "1"]);
        assert!(ids("钱七").is_empty());
    }

    #[test]
    fn sorting_by_status_puts_open_cases_first() {
        let all = [
            summary("1", "甲", Outcome::Success, 3.0),
            summary("2", "乙", Outcome::Open, 1.0),
            summary("3", "丙", Outcome::Failure, 2.0),
        ];
        let ids: Vec<_> = list(&all, "", SortBy::Status)
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(ids, ["2", "1", "3"]);
    }

    #[test]
    fn a_summary_names_the_parties_and_the_number() {
        let mut case = Case {
            parties: vec![
                Party::person("p1", Side::Applicant, "张三"),
                Party::person("p2", Side::Respondent, ""),
            ],
            ..Case::default()
        };
        case.agreement.number = "（2026）城东调字第18号".into();
        let s = CaseSummary::of("x", &case, 5.0);
        assert_eq!(s.parties, "张三");
        assert_eq!(s.number, "（2026）城东调字第18号");
    }

    #[test]
    fn a_backup_round_trips_every_case_and_the_profile() {
        let mut a = Case::default();
        a.dispute.title = "甲".into();
        let mut b = Case::default();
        b.dispute.title = "乙".into();
        let mut profile = Profile::default();
        profile.committee.name = "城东街道人民调解委员会".into();
        let text = backup(&[&a, &b], &profile);
        let got = import(&text).unwrap();
        assert_eq!(got.cases.len(), 2);
        assert_eq!(got.cases[1].dispute.title, "乙");
        assert_eq!(
            got.profile.unwrap().committee.name,
            "城东街道人民调解委员会"
        );
    }

    #[test]
    fn a_corrupt_or_newer_file_imports_nothing_and_says_where() {
        let err = import("{\"schema_version\": 1, \"parties\": [").unwrap_err();
        assert!(err.contains("未导入任何内容"), "{err}");
        assert!(err.contains("行"), "{err}");
        let err = import(r#"{"schema_version": 99}"#).unwrap_err();
        assert!(err.contains("较新版本"), "{err}");
        let bad = r#"{"tiaojie_backup": 1, "cases": [{"schema_version": 1}, {"schema_version": 1, "parties": [{"sex": "x"}]}]}"#;
        let err = import(bad).unwrap_err();
        assert!(
            err.contains("第 2 个案件") && err.contains("parties[0]"),
            "{err}"
        );
        assert!(
            import(r#"{"tiaojie_backup": 7, "cases": []}"#)
                .unwrap_err()
                .contains("较新")
        );
    }

    #[test]
    fn a_utf16_file_is_named_as_such() {
        assert!(
            decode(&[0xFF, 0xFE, b'{', 0])
                .unwrap_err()
                .contains("UTF-16")
        );
        assert!(decode(&[b'{', 0xC3]).unwrap_err().contains("UTF-8"));
        assert_eq!(decode("{}".as_bytes()).unwrap(), "{}");
    }

    #[test]
    fn a_new_case_from_the_profile_carries_the_committee_and_settings() {
        let mut profile = Profile::default();
        profile.committee.name = "城东街道人民调解委员会".into();
        profile.committee.mediators = vec![crate::model::Staff {
            name: "王调解".into(),
            phone: String::new(),
        }];
        profile.settings.print_id_number = true;
        let case = profile.new_case();
        assert_eq!(case.committee.name, "城东街道人民调解委员会");
        assert!(case.settings.print_id_number);
        assert_eq!(case.agreement.mediators, ["王调解"]);
        assert_eq!(case.parties.len(), 2);
    }
}
