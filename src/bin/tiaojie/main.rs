//! `tiaojie`: the native command line over the same library as the browser app.
//!
//! ```text
//! tiaojie render <case.json> --doc agreement -o out.pdf   make a PDF
//! tiaojie check <case.json> [--for all] [--json]           list validation issues
//! tiaojie --help
//! ```
//!
//! Exit codes: 0 done (for `check`: no error-severity issue); 1 the case has errors or
//! the export failed; 2 the file could not be read or parsed.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use clap::{Parser, Subcommand, ValueEnum};
    use std::io::Write as _;
    use std::path::PathBuf;
    use std::process::ExitCode;
    use tiaojie::document::DocKind;
    use tiaojie::fonts::FontSet;
    use tiaojie::layout::Face;
    use tiaojie::model::{self, Case};
    use tiaojie::validate::{self, Check, Summary};

    /// 人民调解文书生成器 — people's-mediation documents from a case file.
    #[derive(Parser)]
    #[command(name = "tiaojie", version, about)]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Render one document of a case to PDF.
        Render {
            /// The case file (JSON).
            case: PathBuf,
            /// Which document.
            #[arg(long, value_enum, default_value = "agreement")]
            doc: Doc,
            /// Where to write the PDF.
            #[arg(short, long)]
            output: PathBuf,
            /// A further font (OTF/TTF) for characters the bundled faces lack,
            /// e.g. a licensed 仿宋_GB2312.
            #[arg(long)]
            font: Option<PathBuf>,
        },
        /// Check a case file and list every issue (errors, warnings, notices).
        Check {
            /// The case file (JSON).
            case: PathBuf,
            /// Which documents are about to be produced.
            #[arg(long = "for", value_enum, default_value = "all")]
            target: Target,
            /// Print the issues as JSON.
            #[arg(long)]
            json: bool,
            /// Check as of this day (YYYY-MM-DD) instead of today.
            #[arg(long)]
            today: Option<String>,
        },
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum Target {
        /// 人民调解协议书
        Agreement,
        /// 司法确认申请书 (and the agreement it attaches)
        Confirmation,
        /// Every document of the case file
        All,
    }

    impl From<Target> for Check {
        fn from(t: Target) -> Check {
            match t {
                Target::Agreement => Check::Agreement,
                Target::Confirmation => Check::Confirmation,
                Target::All => Check::All,
            }
        }
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum Doc {
        /// 人民调解协议书
        Agreement,
        /// 申请书（申请司法确认调解协议用）
        Confirmation,
        /// 调解组织主持调解的证明
        Proof,
        /// 授权委托书 (the first agent's)
        PowerOfAttorney,
    }

    impl From<Doc> for DocKind {
        fn from(d: Doc) -> DocKind {
            match d {
                Doc::Agreement => DocKind::Agreement,
                Doc::Confirmation => DocKind::Confirmation,
                Doc::Proof => DocKind::Proof,
                Doc::PowerOfAttorney => DocKind::PowerOfAttorney,
            }
        }
    }

    /// The bundled faces, compiled into the binary so it runs anywhere.
    const FONTS: [(Face, &str, &[u8]); 3] = [
        (
            Face::Serif,
            "NotoSerifSC-Regular",
            include_bytes!("../../../assets/fonts/NotoSerifSC-Regular.otf"),
        ),
        (
            Face::SerifBold,
            "NotoSerifSC-Bold",
            include_bytes!("../../../assets/fonts/NotoSerifSC-Bold.otf"),
        ),
        (
            Face::Sans,
            "NotoSansSC-Regular",
            include_bytes!("../../../assets/fonts/NotoSansSC-Regular.otf"),
        ),
    ];

    fn read_case(path: &PathBuf) -> Result<Case, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("无法读取 {}：{e}", path.display()))?;
        model::load(&text).map_err(|e| format!("{}：{e}", path.display()))
    }

    /// Today in China Standard Time (UTC+8, no daylight saving): the day the
    /// committee's documents are dated, whatever the machine's time zone.
    fn today() -> model::Date {
        time::OffsetDateTime::now_utc()
            .to_offset(time::macros::offset!(+8))
            .date()
    }

    /// Write `lines` to stdout, stopping quietly at the first failure (a closed pipe,
    /// as with `tiaojie check … | head -1`, rather than a panic).
    fn print_lines<I: IntoIterator<Item = String>>(lines: I) {
        let mut out = std::io::stdout().lock();
        for line in lines {
            if writeln!(out, "{line}").is_err() {
                return;
            }
        }
        let _ = out.flush();
    }

    /// `tiaojie check`: readable lines (or JSON) on stdout; exit 1 on any error.
    fn check(path: &PathBuf, target: Target, json: bool, today_arg: Option<String>) -> ExitCode {
        let today = match today_arg.as_deref().map(model::date_serde::parse) {
            None => today(),
            Some(Ok(d)) => d,
            Some(Err(e)) => {
                eprintln!("错误：--today {e}");
                return ExitCode::from(2);
            }
        };
        let case = match read_case(path) {
            Ok(c) => c,
            Err(e) => {
                if json {
                    print_lines([
                        serde_json::json!({ "file": path.display().to_string(), "load_error": e })
                            .to_string(),
                    ]);
                }
                eprintln!("错误：{e}");
                return ExitCode::from(2);
            }
        };
        let issues = validate::validate(&case, target.into(), today);
        let summary = Summary::of(&issues);
        if json {
            let out = serde_json::json!({ "file": path.display().to_string(), "summary": summary, "issues": issues });
            print_lines([serde_json::to_string_pretty(&out).unwrap_or_default()]);
        } else {
            let mut lines = Vec::new();
            for i in &issues {
                lines.push(i.line());
                if !i.hint.is_empty() {
                    lines.push(format!("　　{}", i.hint));
                }
                if let Some(s) = &i.suggestion {
                    lines.push(format!("　　建议：将 {} 设为「{}」", s.path, s.label));
                }
            }
            lines.push(summary.to_string());
            print_lines(lines);
        }
        if summary.errors > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    }

    pub fn main() -> ExitCode {
        let cli = Cli::parse();
        match cli.command {
            Command::Check {
                case,
                target,
                json,
                today,
            } => check(&case, target, json, today),
            Command::Render {
                case,
                doc,
                output,
                font,
            } => {
                let case = match read_case(&case) {
                    Ok(c) => c,
                    Err(e) => {
                        eprintln!("错误：{e}");
                        return ExitCode::from(2);
                    }
                };
                let mut fonts = FontSet::new();
                for (face, name, bytes) in FONTS {
                    if let Err(e) = fonts.load(face, bytes, name) {
                        eprintln!("错误：{e}");
                        return ExitCode::from(1);
                    }
                }
                if let Some(path) = font {
                    let loaded = std::fs::read(&path)
                        .map_err(|e| e.to_string())
                        .and_then(|b| {
                            fonts
                                .load(Face::User, &b, &path.display().to_string())
                                .map_err(|e| e.to_string())
                        });
                    if let Err(e) = loaded {
                        eprintln!("错误：无法加载字体 {}：{e}", path.display());
                        return ExitCode::from(2);
                    }
                }
                let now = time::OffsetDateTime::now_utc();
                match tiaojie::export::pdf(&case, doc.into(), &fonts, today(), now.unix_timestamp())
                {
                    Ok(pdf) => {
                        for w in &pdf.warnings {
                            eprintln!("提示：{w}");
                        }
                        if let Err(e) = std::fs::write(&output, &pdf.bytes) {
                            eprintln!("错误：无法写入 {}：{e}", output.display());
                            return ExitCode::from(1);
                        }
                        print_lines([format!(
                            "已生成 {}（{} 字节）",
                            output.display(),
                            pdf.bytes.len()
                        )]);
                        ExitCode::SUCCESS
                    }
                    Err(e) => {
                        eprintln!("错误：{e}");
                        ExitCode::from(1)
                    }
                }
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
