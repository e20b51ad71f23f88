//! Case-file loading: any bytes, as the CLI and the app read them (UTF-8, lossily).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(case) = tiaojie::model::load(&text) {
        // What loads saves and loads back.
        let again = tiaojie::model::load(&tiaojie::model::save(&case));
        assert!(
            again.is_ok(),
            "a loaded case does not load after save: {again:?}"
        );
    }
});
