//! The command line's arguments: one type per command, the options they share apart.

use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;
use tiaojie::document::forms::FORMS;

/// 人民调解文书生成器 — people's-mediation documents from a case file.
#[derive(Parser)]
#[command(name = "tiaojie", version, about, after_help = forms_help())]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Render one form (or bundle) of a case to PDF.
    Render(RenderArgs),
    /// Check a case file and list every issue (errors, warnings, notices).
    Check(CheckArgs),
    /// Render every case file (*.json) of a folder, on all cores.
    Batch(BatchArgs),
    /// List the years whose holiday schedule is known, and where each comes from.
    Holidays(HolidaysArgs),
    /// The 台账 of a folder of case files (*.json), on all cores: a CSV and a period's
    /// figures by 纠纷类型.
    Register(RegisterArgs),
}

/// What every command that reads a case shares: the day and the holiday schedules.
#[derive(Args, Clone)]
pub struct Dating {
    /// Date as of this day (YYYY-MM-DD) instead of today.
    #[arg(long)]
    pub today: Option<String>,
    /// The committee's own holiday schedules (a file exported from the app's committee
    /// profile) for years this build does not know.
    #[arg(long)]
    pub holidays: Option<PathBuf>,
}

#[derive(Args)]
pub struct RenderArgs {
    /// The case file (JSON).
    pub case: PathBuf,
    /// Which form: a key of the list below, or `all` for every form the case holds.
    #[arg(long, default_value = "agreement", value_parser = form_parser())]
    pub doc: String,
    /// Where to write the PDF; `-` for standard output; a folder for `--doc all`.
    #[arg(short, long)]
    pub output: PathBuf,
    /// A further font (OTF/TTF) for characters the bundled faces lack, e.g. a licensed
    /// 仿宋_GB2312.
    #[arg(long)]
    pub font: Option<PathBuf>,
    /// Make a draft even if the case has errors: every page carries a 「草稿」 watermark
    /// and invalid values print as blanks.
    #[arg(long)]
    pub draft: bool,
    #[command(flatten)]
    pub dating: Dating,
}

#[derive(Args)]
pub struct CheckArgs {
    /// The case file (JSON).
    pub case: PathBuf,
    /// Which form is about to be made (a key of the list below), or `all`.
    #[arg(long = "for", default_value = "all", value_parser = form_parser())]
    pub target: String,
    /// Print the issues as JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub dating: Dating,
}

#[derive(Args)]
pub struct BatchArgs {
    /// The folder of case files.
    pub dir: PathBuf,
    /// The folder to write into (made if missing).
    #[arg(short, long)]
    pub output: PathBuf,
    /// Which form of each case (`all`: a subfolder per case with every form it holds).
    #[arg(long, default_value = "agreement", value_parser = form_parser())]
    pub doc: String,
    /// Make drafts of cases with errors instead of refusing them.
    #[arg(long)]
    pub draft: bool,
    /// Worker threads (default: the number of cores).
    #[arg(long)]
    pub jobs: Option<usize>,
    #[command(flatten)]
    pub dating: Dating,
}

#[derive(Args)]
pub struct RegisterArgs {
    /// The folder of case files.
    pub dir: PathBuf,
    /// Write the register here as CSV (UTF-8 with BOM, for Excel).
    #[arg(long)]
    pub csv: Option<PathBuf>,
    /// Leave the names (当事人, 调解员) out of the CSV, for sharing figures.
    #[arg(long)]
    pub no_personal: bool,
    /// Print the figures of a period: 2026-11 (month), 2026Q4 (quarter) or 2026 (year).
    #[arg(long)]
    pub stats: Option<String>,
    /// Worker threads (default: the number of cores).
    #[arg(long)]
    pub jobs: Option<usize>,
}

#[derive(Args)]
pub struct HolidaysArgs {
    /// A holiday-schedule file to check and list with the built-in years.
    #[arg(long)]
    pub holidays: Option<PathBuf>,
}

/// The accepted form keys, from the registry (plus `all`).
fn form_parser() -> PossibleValuesParser {
    let mut values: Vec<PossibleValue> = FORMS
        .iter()
        .map(|f| PossibleValue::new(f.key).help(f.help))
        .collect();
    values.push(PossibleValue::new("all").help("every form the case holds"));
    PossibleValuesParser::new(values)
}

fn forms_help() -> String {
    let mut s = String::from("Forms (--doc / --for):\n");
    for f in FORMS {
        s.push_str(&format!("  {:<20} {}\n", f.key, f.help));
    }
    s.push_str("  all                  every form the case holds (render: into a folder)\n");
    s
}
