//! Layout: one form (any row of `model::FORMS`, the 卷宗 included) of an example case
//! with fuzzed strings and settings, laid out with the bundled fonts' real metrics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tiaojie::document::common::Options;

fuzz_target!(|input: tiaojie_fuzz::Input| {
    let case = input.case();
    let opts = Options {
        today: tiaojie_fuzz::today(),
        draft: input.draft,
    };
    let fonts = tiaojie_fuzz::fonts();
    let _ = tiaojie::pipeline::pages_with(&case, input.kind(), &opts, fonts);
});
