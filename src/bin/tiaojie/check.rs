//! `tiaojie check`: every issue of a case (readable lines or JSON) on stdout; exit 1 on
//! any error.

use crate::args::CheckArgs;
use crate::error::Result;
use crate::load;
use crate::output::{issue_lines, print_human, print_lines};
use std::process::ExitCode;
use tiaojie::document::DocKind;
use tiaojie::pipeline;
use tiaojie::validate::{Check, Summary};

pub fn run(a: CheckArgs) -> Result<ExitCode> {
    let today = load::day(a.dating.today.as_deref())?;
    let file_years = load::holiday_years(a.dating.holidays.as_deref())?;
    let case = match load::case(&a.case) {
        Ok(c) => c,
        Err(e) => {
            if a.json {
                print_lines([serde_json::json!({
                    "file": a.case.display().to_string(),
                    "load_error": e.message
                })
                .to_string()]);
            }
            return Err(e);
        }
    };
    let calendar = load::calendar(&file_years, &case);
    let issues = match DocKind::from_key(&a.target) {
        Some(kind) => pipeline::check(&case, &[kind], today, &calendar),
        // Every document of the case file: the records, and the confirmation pre-checks
        // when the case applies for confirmation.
        None => pipeline::check_in(&case, Check::All, today, &calendar),
    };
    let summary = Summary::of(&issues);
    if a.json {
        let out = serde_json::json!({ "file": a.case.display().to_string(), "summary": summary, "issues": issues });
        print_lines([serde_json::to_string_pretty(&out).unwrap_or_default()]);
    } else {
        let mut lines: Vec<String> = issues.iter().flat_map(issue_lines).collect();
        lines.push(summary.to_string());
        print_human(lines);
    }
    Ok(if summary.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
