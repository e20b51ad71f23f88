//! The holiday-schedule file (issue 27): the State Council's 节假日安排 as a committee
//! enters it (`values::calendar::HolidayYear`), in the file the app imports and exports
//! and the CLI's `--holidays FILE` reads. Reading checks every year
//! ([`HolidayYear::problems`]) and names each fault's field, or the line and column of a
//! JSON fault; nothing of a faulty file is used.

use crate::values::calendar::{HolidayYear, ScheduleProblem};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The name the app gives an exported holiday schedule file.
pub const HOLIDAY_FILE_NAME: &str = "节假日安排.json";

/// The holiday-schedule file: the format a committee imports and exports, and the CLI's
/// `--holidays FILE` reads (`docs/case-format.md`, *Holiday schedules*).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HolidayFile {
    /// Always 「tiaojie-holidays」: names what the file is.
    pub format: String,
    /// The version of this format: 1.
    pub version: u32,
    /// The years, each as entered from its notice.
    pub years: Vec<HolidayYear>,
}

/// The value of [`HolidayFile::format`].
pub const HOLIDAY_FILE_FORMAT: &str = "tiaojie-holidays";

impl HolidayFile {
    /// A file of `years`.
    pub fn of(years: &[HolidayYear]) -> HolidayFile {
        HolidayFile {
            format: HOLIDAY_FILE_FORMAT.into(),
            version: 1,
            years: years.to_vec(),
        }
    }

    /// The file as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Read and check a holiday-schedule file: every year must be complete and
    /// consistent ([`HolidayYear::problems`]), and no year may be given twice. The
    /// error lists every problem, each naming its field, or the line and column of
    /// a JSON fault.
    pub fn parse(text: &str) -> Result<HolidayFile, Vec<ScheduleProblem>> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let file: HolidayFile = serde_json::from_str(text).map_err(|e| {
            vec![ScheduleProblem {
                path: String::new(),
                message: format!(
                    "节假日安排文件无法读取（第 {} 行第 {} 列）：{}",
                    e.line(),
                    e.column(),
                    super::io::json_error_words(&e)
                ),
            }]
        })?;
        let mut problems = Vec::new();
        if file.format != HOLIDAY_FILE_FORMAT {
            problems.push(ScheduleProblem {
                path: "format".into(),
                message: format!(
                    "这不是节假日安排文件：format 应为「{HOLIDAY_FILE_FORMAT}」，文件中是「{}」",
                    file.format
                ),
            });
        }
        if file.version != 1 {
            problems.push(ScheduleProblem {
                path: "version".into(),
                message: format!(
                    "节假日安排文件的版本「{}」本程序不认识（本程序读版本 1）",
                    file.version
                ),
            });
        }
        let mut years = BTreeSet::new();
        for (i, y) in file.years.iter().enumerate() {
            if !years.insert(y.year) {
                problems.push(ScheduleProblem {
                    path: format!("years[{i}].year"),
                    message: format!("{}年的安排在文件中出现了两次", y.year),
                });
            }
            problems.extend(y.problems(&format!("years[{i}]")));
        }
        if problems.is_empty() {
            Ok(file)
        } else {
            Err(problems)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::calendar::tests::test_2027;

    #[test]
    fn the_holiday_file_round_trips_and_bad_files_are_named() {
        let file = HolidayFile::of(&[test_2027()]);
        let text = file.to_json();
        assert_eq!(HolidayFile::parse(&text), Ok(file.clone()));
        assert!(text.contains("\"from\": \"2027-02-06\""), "{text}");
        // A BOM is allowed.
        assert_eq!(HolidayFile::parse(&format!("\u{feff}{text}")), Ok(file));
        let err = HolidayFile::parse("{").unwrap_err();
        assert!(err[0].message.contains("第 1 行"), "{err:?}");
        let err = HolidayFile::parse(r#"{"format":"x","version":1,"years":[]}"#).unwrap_err();
        assert_eq!(err[0].path, "format");
        let twice = HolidayFile::of(&[test_2027(), test_2027()]).to_json();
        let err = HolidayFile::parse(&twice).unwrap_err();
        assert!(
            err.iter()
                .any(|p| p.path == "years[1].year" && p.message.contains("两次"))
        );
        let mut bad = test_2027();
        bad.holidays[1].from = None;
        let err = HolidayFile::parse(&HolidayFile::of(&[bad]).to_json()).unwrap_err();
        assert_eq!(err[0].path, "years[0].holidays[1].from");
        let err = HolidayFile::parse(
            r#"{"format":"tiaojie-holidays","version":1,"years":[{"year":2027,"holidays":[{"name":"春节","from":"2027-02-30"}]}]}"#,
        )
        .unwrap_err();
        assert!(err[0].message.contains("2027-02-30"), "{err:?}");
    }
}
