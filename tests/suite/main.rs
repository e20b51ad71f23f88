//! Every native integration test, one binary (as krilla's tests are): a module per
//! subject, the shared helpers (`common`: fonts, fixtures, goldens, external tools;
//! `strategies`: the proptest strategies of a case) written once. One link of the crate
//! instead of one per file. `cargo test --test suite <module>::` runs one subject.

// Native only: the suite reads files, runs the CLI and loads the bundled fonts from disk.
#![cfg(not(target_arch = "wasm32"))]

mod annex_pages;
mod blanks;
mod cli_render;
mod common;
mod confirmation_forms;
mod derived_values;
mod dossier;
mod examples;
mod export_stages;
mod font_slices;
mod fonts_fallback;
mod golden;
mod guide_and_notes;
mod hostile;
mod i18n_messages;
mod layout_properties;
mod load_paths;
mod model_roundtrip;
mod model_schema;
mod pdf_forms;
mod pdf_readers;
mod printpdf_icc_gate;
mod register;
mod rule_coverage;
mod rule_explanations;
mod strategies;
mod training;
mod typesetting;
mod validate_cli;
mod validate_properties;
mod validate_rules;
