//! The holiday-schedule file (`values::calendar::HolidayFile::parse`) on any bytes, as
//! the CLI's `--holidays FILE` and the app's import read it; what parses is used by a
//! calendar for deadlines across its years, and its JSON reads back the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tiaojie::model::HolidayFile;
use tiaojie::values::calendar::Calendar;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(file) = HolidayFile::parse(&text) {
        assert_eq!(HolidayFile::parse(&file.to_json()).as_ref(), Ok(&file));
        let calendar = Calendar::with(&file.years);
        for y in &file.years {
            if let Ok(start) = time::Date::from_calendar_date(y.year, time::Month::January, 1) {
                for offset in [0i64, 40, 120, 250, 340] {
                    let d = start + time::Duration::days(offset);
                    let _ = calendar.deadline(d, 30);
                }
            }
        }
    }
});
