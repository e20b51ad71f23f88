//! The committee's 台账 (issue 26): one row per case, as a CSV a spreadsheet opens, and
//! the figures of a period (month, quarter, year) by 纠纷类型 — the cases accepted, how
//! many were mediated successfully, the amounts agreed and the confirmations applied for.
//!
//! A row reads only what the case already holds; nothing is typed again. The personal
//! columns (names) can be left out for sharing figures.

use crate::document::common::agreement_number;
use crate::model::{AgreementForm, Case, Date, Money, Outcome};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// One case in the register.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// 编号: the agreement's (empty while it has none).
    pub number: String,
    /// 受理日期
    pub accepted_on: Option<Date>,
    /// 当事人: the first two names, 「等N人」 when there are more.
    pub parties: String,
    /// 纠纷类型 (empty: not stated)
    pub kind: String,
    /// 案件来源
    pub source: String,
    /// 调解员
    pub mediators: String,
    /// 状态: 调解中, 已结案 (a closing date), 已归档 (a filing date).
    pub status: &'static str,
    /// 结果
    pub outcome: &'static str,
    /// 协议形式: 书面, 口头, or empty while there is no agreement.
    pub form: &'static str,
    /// 协议金额: the sum of the typed payments.
    pub amount: Option<Decimal>,
    /// 涉及人数: the parties.
    pub people: usize,
    /// 司法确认: 已申请 or empty.
    pub confirmation: &'static str,
    /// 回访: how many visits.
    pub visits: usize,
    /// 预警等级
    pub warning: String,
}

/// The register's columns, in order.
pub const HEADER: [&str; 15] = [
    "编号",
    "受理日期",
    "当事人",
    "纠纷类型",
    "案件来源",
    "调解员",
    "状态",
    "结果",
    "协议形式",
    "协议金额",
    "涉及人数",
    "司法确认",
    "回访次数",
    "归档",
    "预警等级",
];

/// The columns left out of a register shared without personal data.
const PERSONAL: [&str; 2] = ["当事人", "调解员"];

/// The register row of `case`.
pub fn row(case: &Case) -> Row {
    let names: Vec<&str> = case
        .parties
        .iter()
        .map(|p| p.name().trim())
        .filter(|n| !n.is_empty())
        .collect();
    let parties = match names.len() {
        0..=2 => names.join("、"),
        n => format!("{}等{n}人", names[..2].join("、")),
    };
    let a = &case.agreement;
    let has_agreement = crate::document::forms::has_agreement(case);
    let amount: Option<Decimal> = a
        .clauses
        .iter()
        .filter_map(|c| c.obligation.as_ref()?.amount.as_ref())
        .map(|m: &Money| m.0)
        .reduce(|x, y| x + y);
    Row {
        number: if a.number.trim().is_empty() && a.serial.is_none() {
            String::new()
        } else {
            agreement_number(case)
        },
        accepted_on: case.intake.accepted_on,
        parties,
        kind: case.dispute.kind.trim().to_string(),
        source: case.dispute.source.label(),
        mediators: a.mediators.join("、"),
        status: if case.archive.filed_on.is_some() {
            "已归档"
        } else if case.archive.closed_on.is_some() {
            "已结案"
        } else {
            "调解中"
        },
        outcome: match case.archive.outcome {
            Outcome::Open => "调解中",
            Outcome::Success => "成功",
            Outcome::Failure => "不成功",
        },
        form: match (has_agreement, &a.form) {
            (false, _) => "",
            (true, AgreementForm::Oral) => "口头",
            (true, _) => "书面",
        },
        amount,
        people: case.parties.len(),
        confirmation: if case.confirmation.is_some() {
            "已申请"
        } else {
            ""
        },
        visits: case.visits.len(),
        warning: case.dispute.risk_level.trim().to_string(),
    }
}

/// The register as CSV: UTF-8 with a byte-order mark (so Excel opens it as Chinese), one
/// header line, one line per row; `personal: false` leaves out the names.
pub fn csv(rows: &[Row], personal: bool) -> Result<Vec<u8>, String> {
    let keep: Vec<bool> = HEADER
        .iter()
        .map(|h| personal || !PERSONAL.contains(h))
        .collect();
    let mut out = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let pick = |fields: Vec<String>| -> Vec<String> {
        fields
            .into_iter()
            .zip(&keep)
            .filter(|(_, k)| **k)
            .map(|(f, _)| f)
            .collect()
    };
    out.write_record(pick(HEADER.iter().map(|h| h.to_string()).collect()))
        .map_err(|e| e.to_string())?;
    for r in rows {
        let fields = vec![
            r.number.clone(),
            r.accepted_on.map(iso).unwrap_or_default(),
            r.parties.clone(),
            r.kind.clone(),
            r.source.clone(),
            r.mediators.clone(),
            r.status.to_string(),
            r.outcome.to_string(),
            r.form.to_string(),
            r.amount
                .map(|d| d.normalize().to_string())
                .unwrap_or_default(),
            r.people.to_string(),
            r.confirmation.to_string(),
            r.visits.to_string(),
            if r.status == "已归档" { "是" } else { "" }.to_string(),
            r.warning.clone(),
        ];
        out.write_record(pick(fields)).map_err(|e| e.to_string())?;
    }
    out.into_inner().map_err(|e| e.to_string())
}

fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day())
}

/// A reporting period: a month (`2026-11`), a quarter (`2026Q4`) or a year (`2026`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    Month(i32, u8),
    Quarter(i32, u8),
    Year(i32),
}

impl Period {
    /// Read `2026-11`, `2026Q4` (or `2026-Q4`) or `2026`.
    pub fn parse(text: &str) -> Result<Period, String> {
        let t = text.trim();
        let bad =
            || format!("无法识别统计期间「{t}」：写作 2026-11（月）、2026Q4（季度）或 2026（年）");
        let year = |s: &str| s.parse::<i32>().ok().filter(|y| (1900..=2100).contains(y));
        if let Some((y, q)) = t.split_once(['Q', 'q']) {
            let y = year(y.trim_end_matches('-')).ok_or_else(bad)?;
            let q = q
                .parse::<u8>()
                .ok()
                .filter(|q| (1..=4).contains(q))
                .ok_or_else(bad)?;
            return Ok(Period::Quarter(y, q));
        }
        if let Some((y, m)) = t.split_once('-') {
            let y = year(y).ok_or_else(bad)?;
            let m = m
                .parse::<u8>()
                .ok()
                .filter(|m| (1..=12).contains(m))
                .ok_or_else(bad)?;
            return Ok(Period::Month(y, m));
        }
        year(t).map(Period::Year).ok_or_else(bad)
    }

    /// Whether `d` falls in the period.
    pub fn contains(self, d: Date) -> bool {
        let (y, m) = (d.year(), d.month() as u8);
        match self {
            Period::Month(py, pm) => y == py && m == pm,
            Period::Quarter(py, q) => y == py && (m - 1) / 3 + 1 == q,
            Period::Year(py) => y == py,
        }
    }
}

/// The figures of one 纠纷类型 (or of all) in a period.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Figures {
    /// Cases accepted in the period.
    pub cases: usize,
    /// Of them, mediated successfully.
    pub success: usize,
    /// The amounts their agreements state.
    pub amount: Decimal,
    /// Confirmations applied for.
    pub confirmations: usize,
    /// Oral agreements.
    pub oral: usize,
}

impl Figures {
    fn add(&mut self, r: &Row) {
        self.cases += 1;
        self.success += usize::from(r.outcome == "成功");
        self.amount += r.amount.unwrap_or_default();
        self.confirmations += usize::from(!r.confirmation.is_empty());
        self.oral += usize::from(r.form == "口头");
    }

    /// 成功率 in per cent (none without cases).
    pub fn success_rate(&self) -> Option<f64> {
        (self.cases > 0).then(|| self.success as f64 * 100.0 / self.cases as f64)
    }
}

/// The statistics of a period: by 纠纷类型 (「未填写」 for a case that states none) and
/// in total, over the cases accepted in it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stats {
    pub by_kind: BTreeMap<String, Figures>,
    pub total: Figures,
    /// Cases with no 受理日期, so in no period.
    pub undated: usize,
}

pub fn stats(rows: &[Row], period: Period) -> Stats {
    let mut s = Stats::default();
    for r in rows {
        let Some(d) = r.accepted_on else {
            s.undated += 1;
            continue;
        };
        if !period.contains(d) {
            continue;
        }
        let kind = if r.kind.is_empty() {
            "未填写".to_string()
        } else {
            r.kind.clone()
        };
        s.by_kind.entry(kind).or_default().add(r);
        s.total.add(r);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_read_and_contain_their_days() {
        let d = |y, m, day| {
            Date::from_calendar_date(y, time::Month::try_from(m).unwrap(), day).unwrap()
        };
        assert_eq!(Period::parse("2026-11"), Ok(Period::Month(2026, 11)));
        assert_eq!(Period::parse("2026Q4"), Ok(Period::Quarter(2026, 4)));
        assert_eq!(Period::parse("2026-Q1"), Ok(Period::Quarter(2026, 1)));
        assert_eq!(Period::parse("2026"), Ok(Period::Year(2026)));
        for bad in ["2026-13", "2026Q5", "11-2026", "", "二〇二六"] {
            assert!(Period::parse(bad).is_err(), "{bad}");
        }
        assert!(Period::Quarter(2026, 4).contains(d(2026, 10, 1)));
        assert!(!Period::Quarter(2026, 4).contains(d(2026, 9, 30)));
        assert!(Period::Month(2026, 11).contains(d(2026, 11, 30)));
        assert!(!Period::Year(2026).contains(d(2027, 1, 1)));
    }
}
