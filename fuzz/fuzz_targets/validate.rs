//! Validation: any bytes that load as a case, checked in every scope (`Check`) and for
//! every form of the list.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tiaojie::document::DocKind;
use tiaojie::validate::{self, Check};

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
        let _ = validate::validate_as(&case, check, today);
    }
    for kind in DocKind::all() {
        let _ = validate::validate(&case, &[kind], today);
    }
});
