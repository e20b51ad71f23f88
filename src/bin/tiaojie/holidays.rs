//! `tiaojie holidays`: the years whose holiday schedule is known and where each comes
//! from (built in; a file's, for a year the build does not know; otherwise weekends
//! only).

use crate::args::HolidaysArgs;
use crate::error::Result;
use crate::load;
use crate::output::print_human;
use std::process::ExitCode;
use tiaojie::model::date_serde;
use tiaojie::values::calendar::{Calendar, covered_years, schedule_source};

pub fn run(a: HolidaysArgs) -> Result<ExitCode> {
    let file = a.holidays.as_deref();
    let file_years = load::holiday_years(file)?;
    let covered = covered_years();
    let mut lines = vec![format!(
        "{}年至{}年：本程序内置（{}）",
        covered.start(),
        covered.end(),
        schedule_source()
    )];
    let cal = Calendar::with(&file_years);
    let from = file.map(|f| f.display().to_string()).unwrap_or_default();
    for y in &file_years {
        let entered = y
            .entered_on
            .map(|d| format!("，录入于{}", date_serde::format(&d)))
            .unwrap_or_default();
        if cal.entered_years().contains(&y.year) {
            lines.push(format!("{}年：本委员会录入（{from}{entered}）", y.year));
        } else {
            let differs = Calendar::differences(y);
            let note = if differs.is_empty() {
                "与内置安排相同".to_string()
            } else {
                format!("与内置安排不同：{}", differs.join("；"))
            };
            lines.push(format!(
                "{}年：文件中也有（{from}{entered}），本程序已内置，以内置为准；{note}",
                y.year
            ));
        }
    }
    lines.push("其他年份：未收录，期限仅按周末顺延计算".into());
    print_human(lines);
    Ok(ExitCode::SUCCESS)
}
