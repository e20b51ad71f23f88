//! PDF export (`pipeline::pdf`): one form of an example case with fuzzed strings and
//! settings, through layout and printpdf. A refusal (`ExportError`, e.g. a missing
//! glyph) is an answer; only a panic, a hang or running out of memory is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: tiaojie_fuzz::Input| {
    let case = input.case();
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
