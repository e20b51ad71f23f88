//! The 121-party group case (`examples/consumer-group-refund.json`, a 61-page agreement)
//! with fuzzed strings and settings: one form built, laid out and exported. Slow by
//! nature (its 卷宗's 封底 counts the whole laid-out file), so it runs on its own with a
//! longer time limit (`fuzz/run.sh`); the ordinary examples go through `builders`,
//! `layout` and `pdf`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: tiaojie_fuzz::Input| {
    let case = input.group_case();
    let fonts = tiaojie_fuzz::fonts();
    let _ = tiaojie::pipeline::pdf_with(
        &case,
        input.kind(),
        fonts,
        tiaojie_fuzz::today(),
        input.draft,
        1_795_000_000,
    );
});
