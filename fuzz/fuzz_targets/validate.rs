//! Validation: any bytes that load as a case, checked in every scope (`Check`) and for
//! every form of the registry (what the 卷宗 lacks included).
#![no_main]

use libfuzzer_sys::fuzz_target;
use tiaojie::document::DocKind;
use tiaojie::validate::Check;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(case) = tiaojie::model::load(&text) else {
        return;
    };
    let today = tiaojie_fuzz::today();
    for check in [
        Check::Agreement,
        Check::Confirmation,
        Check::All,
        Check::Dossier,
    ] {
        let _ = tiaojie::pipeline::check_as(&case, check, today);
    }
    let calendar = tiaojie::values::calendar::Calendar::with(&case.holidays);
    for kind in DocKind::all() {
        let _ = tiaojie::pipeline::check(&case, &[kind], today, &calendar);
    }
});
