//! `tiaojie`: the native command line over the same library as the browser app.
//!
//! ```text
//! tiaojie render <case.json> --doc <form> -o out.pdf   make a PDF (`-o -`: standard output)
//! tiaojie render <case.json> --doc all -o <dir>/        every form the case holds into a folder
//! tiaojie check <case.json> [--for <form>|all] [--json]  list validation issues
//! tiaojie batch <dir> -o <outdir> [--doc <form>]        every case of a folder, on all cores
//! tiaojie holidays [--holidays FILE]                   the years whose holidays are known
//! tiaojie --help
//! ```
//!
//! Shaped like ripgrep's: this thin `main` parses the arguments (`args`), runs one
//! command (a module each) and turns its error (`error::Error`, which carries its exit
//! code) into a message and that code. Reading files is `load`; what goes to the
//! terminal and to disk is `output`.
//!
//! Exit codes: 0 done (for `check`: no error-severity issue); 1 the case has errors (a
//! final document is refused; `--draft` makes a watermarked draft instead) or the export
//! failed; 2 the file could not be read or parsed, or the arguments are wrong.

#[cfg(not(target_arch = "wasm32"))]
mod args;
#[cfg(not(target_arch = "wasm32"))]
mod batch;
#[cfg(not(target_arch = "wasm32"))]
mod check;
#[cfg(not(target_arch = "wasm32"))]
mod error;
#[cfg(not(target_arch = "wasm32"))]
mod holidays;
#[cfg(not(target_arch = "wasm32"))]
mod load;
#[cfg(not(target_arch = "wasm32"))]
mod output;
#[cfg(not(target_arch = "wasm32"))]
mod register;
#[cfg(not(target_arch = "wasm32"))]
mod render;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use clap::Parser as _;
    let result = match args::Cli::parse().command {
        args::Command::Check(a) => check::run(a),
        args::Command::Render(a) => render::run(a),
        args::Command::Batch(a) => batch::run(a),
        args::Command::Holidays(a) => holidays::run(a),
        args::Command::Register(a) => register::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            output::say(format!("错误：{}", e.message));
            std::process::ExitCode::from(e.code)
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
