//! A year's schedule as a committee enters it from the State Council's notice, and
//! every problem it can have (each naming its field).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use time::{Date, Weekday};

/// One holiday of a year's notice: 「春节：2月15日至23日放假调休，共9天。2月14日（周六）、
/// 2月28日（周六）上班。」 is `{ name: "春节", from: 2-15, to: 2-23, workdays: [2-14, 2-28] }`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct HolidayPeriod {
    /// The holiday's name as the notice gives it (元旦, 春节, 清明节, 劳动节, 端午节,
    /// 中秋节, 国庆节, or a combined 「国庆节、中秋节」).
    pub name: String,
    /// The first day off.
    #[serde(with = "crate::values::dates::date_serde")]
    #[schemars(schema_with = "crate::values::dates::date_serde::schema")]
    pub from: Option<Date>,
    /// The last day off.
    #[serde(with = "crate::values::dates::date_serde")]
    #[schemars(schema_with = "crate::values::dates::date_serde::schema")]
    pub to: Option<Date>,
    /// The make-up working days the notice gives with it (「×月×日（周六）上班」).
    #[serde(with = "date_list")]
    #[schemars(with = "Vec<String>")]
    pub workdays: Vec<Date>,
}

/// One year's 节假日安排 as a committee enters it from the State Council's notice.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct HolidayYear {
    /// The year the notice is for.
    pub year: i32,
    /// The day it was entered (shown with every deadline computed from it).
    #[serde(with = "crate::values::dates::date_serde")]
    #[schemars(schema_with = "crate::values::dates::date_serde::schema")]
    pub entered_on: Option<Date>,
    /// Where it was copied from, e.g. 「国务院办公厅关于2027年部分节假日安排的通知」.
    pub source: String,
    /// The holidays of the notice, in its order.
    pub holidays: Vec<HolidayPeriod>,
}

/// `Vec<Date>` as a list of `"YYYY-MM-DD"`.
pub(super) mod date_list {
    use super::Date;
    use serde::{Deserialize, Deserializer, Serializer, ser::SerializeSeq};

    pub fn serialize<S: Serializer>(v: &[Date], s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(v.len()))?;
        for d in v {
            seq.serialize_element(&crate::values::dates::date_serde::format(d))?;
        }
        seq.end()
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Date>, D::Error> {
        let v: Vec<String> = Vec::deserialize(d)?;
        v.iter()
            .map(|s| crate::values::dates::date_serde::parse(s).map_err(serde::de::Error::custom))
            .collect()
    }
}

/// What is wrong with an entered schedule: the field (a path such as
/// `years[0].holidays[1].workdays[0]`) and a message naming it in the user's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScheduleProblem {
    pub path: String,
    pub message: String,
}

/// 「2月15日」.
pub(super) fn month_day(d: Date) -> String {
    format!("{}月{}日", u8::from(d.month()), d.day())
}

/// 「星期六」.
pub(super) fn weekday_name(d: Date) -> &'static str {
    match d.weekday() {
        Weekday::Monday => "星期一",
        Weekday::Tuesday => "星期二",
        Weekday::Wednesday => "星期三",
        Weekday::Thursday => "星期四",
        Weekday::Friday => "星期五",
        Weekday::Saturday => "星期六",
        Weekday::Sunday => "星期日",
    }
}

/// The longest holiday a notice gives (the longest so far is nine days; a typing slip
/// such as 「2月15日至3月23日」 is far beyond it).
pub const LONGEST_HOLIDAY_DAYS: i64 = 15;

/// The holidays a State Council notice names, in its order: a new year's entry starts
/// with them.
pub const NOTICE_HOLIDAYS: [&str; 7] = [
    "元旦",
    "春节",
    "清明节",
    "劳动节",
    "端午节",
    "中秋节",
    "国庆节",
];

impl HolidayPeriod {
    /// The days off, in order (empty while either end is missing or they are reversed).
    pub fn days_off(&self) -> Vec<Date> {
        let (Some(from), Some(to)) = (self.from, self.to) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut d = from;
        while d <= to && out.len() as i64 <= LONGEST_HOLIDAY_DAYS {
            out.push(d);
            match d.next_day() {
                Some(n) => d = n,
                None => break,
            }
        }
        out
    }

    /// The number of days off, 「共×天」 (0 while the range is incomplete or reversed).
    pub fn length(&self) -> i64 {
        match (self.from, self.to) {
            (Some(a), Some(b)) if a <= b => (b - a).whole_days() + 1,
            _ => 0,
        }
    }
}

impl HolidayYear {
    /// A new entry for `year`, made `today`: the notice's holidays, their dates still
    /// to fill in (until they are, [`HolidayYear::problems`] names each).
    pub fn blank(year: i32, today: Date) -> HolidayYear {
        HolidayYear {
            year,
            entered_on: Some(today),
            source: format!("国务院办公厅关于{year}年部分节假日安排的通知"),
            holidays: NOTICE_HOLIDAYS
                .iter()
                .map(|n| HolidayPeriod {
                    name: (*n).to_string(),
                    ..HolidayPeriod::default()
                })
                .collect(),
        }
    }
}

impl HolidayYear {
    /// Every problem of this year's entry, `base` the path of the year (`years[0]`).
    /// A year with none can be used for deadlines.
    pub fn problems(&self, base: &str) -> Vec<ScheduleProblem> {
        let mut out = Vec::new();
        let y = self.year;
        let mut push = |path: String, message: String| out.push(ScheduleProblem { path, message });
        if !(crate::values::dates::EARLIEST_DATE.year()..=crate::values::dates::LATEST_DATE.year())
            .contains(&y)
        {
            push(
                format!("{base}.year"),
                format!("年份「{y}」不在1900年至2100年之间"),
            );
            return out;
        }
        if self.holidays.is_empty() {
            push(
                format!("{base}.holidays"),
                format!("{y}年的安排没有任何节日：请按通知逐项填写放假日期和调休上班日"),
            );
        }
        let mut off: BTreeMap<Date, String> = BTreeMap::new();
        for (i, h) in self.holidays.iter().enumerate() {
            let at = format!("{base}.holidays[{i}]");
            let name = h.name.trim();
            let label = if name.is_empty() {
                format!("{y}年第{}项", i + 1)
            } else {
                format!("{y}年「{name}」")
            };
            if name.is_empty() {
                push(
                    format!("{at}.name"),
                    format!("{label}没有填写节日名称（如「春节」）"),
                );
            }
            match (h.from, h.to) {
                (None, _) => push(format!("{at}.from"), format!("{label}没有填写放假的第一天")),
                (_, None) => push(format!("{at}.to"), format!("{label}没有填写放假的最后一天")),
                (Some(a), Some(b)) => {
                    for (field, d, what) in [("from", a, "第一天"), ("to", b, "最后一天")] {
                        if d.year() != y {
                            push(
                                format!("{at}.{field}"),
                                format!(
                                    "{label}放假的{what}{}年{}不在{y}年内：每年只填当年的日期，跨年的放假日填在它所在的年份",
                                    d.year(),
                                    month_day(d)
                                ),
                            );
                        }
                    }
                    if a > b {
                        push(
                            format!("{at}.to"),
                            format!(
                                "{label}放假日期「{}至{}」起止颠倒",
                                month_day(a),
                                month_day(b)
                            ),
                        );
                    } else if (b - a).whole_days() + 1 > LONGEST_HOLIDAY_DAYS {
                        push(
                            format!("{at}.to"),
                            format!(
                                "{label}放假日期「{}至{}」共{}天，超过{LONGEST_HOLIDAY_DAYS}天，请核对",
                                month_day(a),
                                month_day(b),
                                (b - a).whole_days() + 1
                            ),
                        );
                    } else {
                        for d in h.days_off() {
                            if let Some(other) = off.insert(d, label.clone()) {
                                push(
                                    format!("{at}.from"),
                                    format!("{label}的放假日{}与{other}重叠", month_day(d)),
                                );
                                break;
                            }
                        }
                    }
                }
            }
        }
        let mut seen = BTreeSet::new();
        for (i, h) in self.holidays.iter().enumerate() {
            let name = h.name.trim();
            let label = if name.is_empty() {
                format!("{y}年第{}项", i + 1)
            } else {
                format!("{y}年「{name}」")
            };
            for (j, &d) in h.workdays.iter().enumerate() {
                let at = format!("{base}.holidays[{i}].workdays[{j}]");
                if d.year() != y {
                    push(
                        at,
                        format!(
                            "{label}的调休上班日{}年{}不在{y}年内",
                            d.year(),
                            month_day(d)
                        ),
                    );
                } else if let Some(other) = off.get(&d) {
                    push(
                        at,
                        format!(
                            "{label}的调休上班日{}同时是{other}的放假日：一天不能既放假又上班",
                            month_day(d)
                        ),
                    );
                } else if !matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday) {
                    push(
                        at,
                        format!(
                            "{label}的调休上班日{}是{}，本来就是工作日：通知中的调休上班日都是周六或周日，请核对",
                            month_day(d),
                            weekday_name(d)
                        ),
                    );
                } else if !seen.insert(d) {
                    push(at, format!("{label}的调休上班日{}填了两次", month_day(d)));
                }
            }
        }
        out
    }

    /// The days off and make-up working days of the year.
    pub(super) fn days(&self) -> (BTreeSet<Date>, BTreeSet<Date>) {
        let holidays = self
            .holidays
            .iter()
            .flat_map(HolidayPeriod::days_off)
            .collect();
        let workdays = self
            .holidays
            .iter()
            .flat_map(|h| h.workdays.iter().copied())
            .collect();
        (holidays, workdays)
    }
}
