//! Every document builder (`document::forms::build` for every form of `model::FORMS`)
//! on an example case with fuzzed strings and settings spliced in.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tiaojie::document::DocKind;
use tiaojie::document::common::Options;

fuzz_target!(|input: tiaojie_fuzz::Input| {
    let case = input.case();
    let opts = Options {
        today: tiaojie_fuzz::today(),
        draft: input.draft,
    };
    for kind in DocKind::all() {
        let _ = tiaojie::document::forms::build(&case, kind, &opts);
    }
    let _ = tiaojie::document::forms::of_case(&case);
});
