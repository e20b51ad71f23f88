//! `tiaojie`: the native command line over the same library as the browser app.
//!
//! ```text
//! tiaojie render <case.json> --doc <form> -o out.pdf   make a PDF (`-o -`: standard output)
//! tiaojie render <case.json> --doc all -o <dir>/        every form of the case into a folder
//! tiaojie check <case.json> [--for <form>|all] [--json]  list validation issues
//! tiaojie batch <dir> -o <outdir> [--doc <form>]        every case of a folder, on all cores
//! tiaojie holidays [--holidays FILE]                   the years whose holidays are known
//! tiaojie --help
//! ```
//!
//! The forms are the one list `tiaojie::model::FORMS` (`--help` names them).
//!
//! Exit codes: 0 done (for `check`: no error-severity issue); 1 the case has errors (a
//! final document is refused; `--draft` makes a watermarked draft instead) or the export
//! failed; 2 the file could not be read or parsed, or the arguments are wrong.
//! Every file is written to a temporary file beside it and renamed over the target, so a
//! failed run never leaves a truncated PDF where a good one was.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use clap::builder::{PossibleValue, PossibleValuesParser};
    use clap::{Parser, Subcommand};
    use std::io::Write as _;
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;
    use tiaojie::document::DocKind;
    use tiaojie::fonts::FontSet;
    use tiaojie::inert::escape;
    use tiaojie::layout::Face;
    use tiaojie::model::{self, Case, FORMS};
    use tiaojie::validate::{self, Issue, Severity, Summary};

    /// Case files larger than this are refused before they are parsed: a real case,
    /// even with hundreds of parties, is well under 1 MB.
    const MAX_CASE_BYTES: u64 = 64 * 1024 * 1024;

    /// 人民调解文书生成器 — people's-mediation documents from a case file.
    #[derive(Parser)]
    #[command(name = "tiaojie", version, about, after_help = forms_help())]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Render one form (or bundle) of a case to PDF.
        Render {
            /// The case file (JSON).
            case: PathBuf,
            /// Which form: a key of the list below, or `all` for every form into a folder.
            #[arg(long, default_value = "agreement", value_parser = form_parser(true))]
            doc: String,
            /// Where to write the PDF; `-` for standard output; a folder for `--doc all`.
            #[arg(short, long)]
            output: PathBuf,
            /// A further font (OTF/TTF) for characters the bundled faces lack,
            /// e.g. a licensed 仿宋_GB2312.
            #[arg(long)]
            font: Option<PathBuf>,
            /// Make a draft even if the case has errors: every page carries a 「草稿」
            /// watermark and invalid values print as blanks.
            #[arg(long)]
            draft: bool,
            /// Date the documents as of this day (YYYY-MM-DD) instead of today.
            #[arg(long)]
            today: Option<String>,
            /// The committee's own holiday schedules (a file exported from the app's
            /// committee profile) for years this build does not know.
            #[arg(long)]
            holidays: Option<PathBuf>,
        },
        /// Check a case file and list every issue (errors, warnings, notices).
        Check {
            /// The case file (JSON).
            case: PathBuf,
            /// Which form is about to be made (a key of the list below), or `all`.
            #[arg(long = "for", default_value = "all", value_parser = form_parser(true))]
            target: String,
            /// Print the issues as JSON.
            #[arg(long)]
            json: bool,
            /// Check as of this day (YYYY-MM-DD) instead of today.
            #[arg(long)]
            today: Option<String>,
            /// The committee's own holiday schedules (a file exported from the app's
            /// committee profile) for years this build does not know.
            #[arg(long)]
            holidays: Option<PathBuf>,
        },
        /// List the years whose holiday schedule is known, and where each comes from.
        Holidays {
            /// A holiday-schedule file to check and list with the built-in years.
            #[arg(long)]
            holidays: Option<PathBuf>,
        },
        /// Render every case file (*.json) of a folder, on all cores.
        Batch {
            /// The folder of case files.
            dir: PathBuf,
            /// The folder to write into (made if missing).
            #[arg(short, long)]
            output: PathBuf,
            /// Which form of each case (`all`: a subfolder per case with every form).
            #[arg(long, default_value = "agreement", value_parser = form_parser(true))]
            doc: String,
            /// Make drafts of cases with errors instead of refusing them.
            #[arg(long)]
            draft: bool,
            /// Worker threads (default: the number of cores).
            #[arg(long)]
            jobs: Option<usize>,
            /// Date the documents as of this day (YYYY-MM-DD) instead of today.
            #[arg(long)]
            today: Option<String>,
        },
    }

    /// The accepted form keys, from the one list (plus `all`).
    fn form_parser(with_all: bool) -> PossibleValuesParser {
        let mut values: Vec<PossibleValue> = FORMS
            .iter()
            .map(|f| PossibleValue::new(f.key).help(f.help))
            .collect();
        if with_all {
            values.push(PossibleValue::new("all").help("every form of the case"));
        }
        PossibleValuesParser::new(values)
    }

    fn forms_help() -> String {
        let mut s = String::from("Forms (--doc / --for):\n");
        for f in FORMS {
            s.push_str(&format!("  {:<20} {}\n", f.key, f.help));
        }
        s.push_str("  all                  every form of the case (render: into a folder)\n");
        s
    }

    /// What `--doc` names: one form, or every form.
    #[derive(Clone, Copy)]
    enum Target {
        One(DocKind),
        All,
    }

    fn target(key: &str) -> Target {
        DocKind::from_key(key).map_or(Target::All, Target::One)
    }

    /// The forms `--doc all` makes for `case`.
    fn every_form(case: &Case) -> Vec<DocKind> {
        tiaojie::document::forms::of_case(case)
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

    /// An I/O error in plain Chinese (the OS's own words are English).
    fn io_message(e: &std::io::Error) -> String {
        use std::io::ErrorKind as K;
        match e.kind() {
            K::NotFound => "文件或文件夹不存在".into(),
            K::PermissionDenied => "没有读写权限".into(),
            K::AlreadyExists => "文件已存在".into(),
            K::StorageFull => "磁盘空间不足".into(),
            K::FileTooLarge => "文件超过系统允许的大小".into(),
            K::IsADirectory => "这是一个文件夹，不是文件".into(),
            K::NotADirectory => "路径中有一项不是文件夹".into(),
            K::ReadOnlyFilesystem => "磁盘为只读".into(),
            K::InvalidData => "内容不是 UTF-8 编码的文本".into(),
            K::Interrupted | K::TimedOut => "操作被中断".into(),
            _ => match e.raw_os_error() {
                Some(code) => format!("系统错误（代码 {code}）"),
                None => "系统错误".into(),
            },
        }
    }

    fn read_case(path: &Path) -> Result<Case, String> {
        let meta = std::fs::metadata(path)
            .map_err(|e| format!("无法读取 {}：{}", path.display(), io_message(&e)))?;
        if meta.is_dir() {
            return Err(format!(
                "无法读取 {}：这是一个文件夹，不是案件文件",
                path.display()
            ));
        }
        if meta.len() > MAX_CASE_BYTES {
            return Err(format!(
                "{}：文件有 {} 字节，超过案件文件的上限 {} 字节（64 MB），未读取",
                path.display(),
                meta.len(),
                MAX_CASE_BYTES
            ));
        }
        let bytes = std::fs::read(path)
            .map_err(|e| format!("无法读取 {}：{}", path.display(), io_message(&e)))?;
        if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
            return Err(format!(
                "{}：文件是 UTF-16 编码；请在编辑器中另存为 UTF-8 后重试",
                path.display()
            ));
        }
        let text = String::from_utf8(bytes).map_err(|e| {
            format!(
                "{}：文件不是 UTF-8 编码的文本（第 {} 字节起无法识别）；请另存为 UTF-8 后重试",
                path.display(),
                e.utf8_error().valid_up_to() + 1
            )
        })?;
        model::load(&text).map_err(|e| format!("{}：{e}", path.display()))
    }

    /// Holiday-schedule files larger than this are refused before they are parsed.
    const MAX_HOLIDAY_BYTES: u64 = 1024 * 1024;

    /// Read and check a holiday-schedule file (`--holidays FILE`): every problem is
    /// listed, each naming its field.
    fn read_holidays(path: &Path) -> Result<Vec<model::HolidayYear>, String> {
        use tiaojie::model::HolidayFile;
        let meta = std::fs::metadata(path)
            .map_err(|e| format!("无法读取 {}：{}", path.display(), io_message(&e)))?;
        if meta.is_dir() || meta.len() > MAX_HOLIDAY_BYTES {
            return Err(format!(
                "{}：不是节假日安排文件（文件夹，或超过 1 MB）",
                path.display()
            ));
        }
        let bytes = std::fs::read(path)
            .map_err(|e| format!("无法读取 {}：{}", path.display(), io_message(&e)))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            format!(
                "{}：文件不是 UTF-8 编码的文本（第 {} 字节起无法识别）",
                path.display(),
                e.utf8_error().valid_up_to() + 1
            )
        })?;
        HolidayFile::parse(&text)
            .map(|f| f.years)
            .map_err(|problems| {
                let mut lines = vec![format!("{}：节假日安排有误，未使用：", path.display())];
                for p in problems {
                    if p.path.is_empty() {
                        lines.push(format!("　　{}", p.message));
                    } else {
                        lines.push(format!("　　{}：{}", p.path, p.message));
                    }
                }
                lines.join("\n")
            })
    }

    /// The calendar deadlines are counted with: the built-in schedule, the years of
    /// `--holidays FILE` (first, so they win), and the years the case file carries.
    fn calendar(
        file_years: &[model::HolidayYear],
        case: &Case,
    ) -> tiaojie::values::calendar::Calendar {
        let mut years = file_years.to_vec();
        years.extend(case.holidays.iter().cloned());
        tiaojie::values::calendar::Calendar::with(&years)
    }

    /// `--holidays FILE` read, or none.
    fn holiday_years(arg: Option<&Path>) -> Result<Vec<model::HolidayYear>, String> {
        arg.map(read_holidays)
            .transpose()
            .map(Option::unwrap_or_default)
    }

    /// Today in China Standard Time (UTC+8, no daylight saving): the day the
    /// committee's documents are dated, whatever the machine's time zone.
    fn today() -> model::Date {
        time::OffsetDateTime::now_utc()
            .to_offset(time::macros::offset!(+8))
            .date()
    }

    fn parse_today(arg: Option<&str>) -> Result<model::Date, String> {
        match arg.map(model::date_serde::parse) {
            None => Ok(today()),
            Some(Ok(d)) => Ok(d),
            Some(Err(e)) => Err(format!("--today {e}")),
        }
    }

    /// Human-readable output: each line of `text` (split at the program's own line
    /// breaks) with every control, bidi and zero-width character made a visible
    /// `\u{…}` escape ([`tiaojie::inert::escape`]), so that nothing a case file holds can
    /// drive the terminal. Text that may hold the user's own line breaks is escaped
    /// whole before it is put into a line.
    fn human(text: &str) -> String {
        text.split('\n').map(escape).collect::<Vec<_>>().join("\n")
    }

    /// A human-readable line (or lines) on stderr, made inert ([`human`]).
    fn say(text: impl AsRef<str>) {
        eprintln!("{}", human(text.as_ref()));
    }

    /// Human-readable lines on stdout, made inert ([`human`]).
    fn print_human<I: IntoIterator<Item = String>>(lines: I) {
        print_lines(lines.into_iter().map(|l| human(&l)));
    }

    /// Write `lines` to stdout as they are (JSON; human text goes through
    /// [`print_human`]), stopping quietly at the first failure (a closed pipe, as with
    /// `tiaojie check … | head -1`, rather than a panic).
    fn print_lines<I: IntoIterator<Item = String>>(lines: I) {
        let mut out = std::io::stdout().lock();
        for line in lines {
            if writeln!(out, "{line}").is_err() {
                return;
            }
        }
        let _ = out.flush();
    }

    /// An issue as readable lines: the issue, its hint, its suggestion; each made inert
    /// whole (a line break in a quoted value is an escape, not a new line).
    fn issue_lines(i: &Issue) -> Vec<String> {
        let mut lines = vec![escape(&i.line()).into_owned()];
        if !i.hint.is_empty() {
            lines.push(format!("　　{}", escape(&i.hint)));
        }
        if let Some(s) = &i.suggestion {
            lines.push(format!(
                "　　建议：将 {} 设为「{}」",
                escape(&s.path),
                escape(&s.label)
            ));
        }
        lines
    }

    /// The forms `--for` / `--doc` name, for validation.
    fn kinds_for(t: Target, case: &Case) -> Vec<DocKind> {
        match t {
            Target::One(k) => vec![k],
            Target::All => every_form(case),
        }
    }

    /// `tiaojie check`: readable lines (or JSON) on stdout; exit 1 on any error.
    fn check(
        path: &Path,
        target_key: &str,
        json: bool,
        today_arg: Option<String>,
        holidays: Option<&Path>,
    ) -> ExitCode {
        let today = match parse_today(today_arg.as_deref()) {
            Ok(d) => d,
            Err(e) => {
                say(format!("错误：{}", escape(&e)));
                return ExitCode::from(2);
            }
        };
        let file_years = match holiday_years(holidays) {
            Ok(y) => y,
            Err(e) => {
                say(format!("错误：{e}"));
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
                say(format!("错误：{}", escape(&e)));
                return ExitCode::from(2);
            }
        };
        let calendar = calendar(&file_years, &case);
        let issues = match target(target_key) {
            // Every document of the case file: the records, and the confirmation
            // pre-checks when the case applies for confirmation.
            Target::All => validate::validate_in(&case, validate::Check::All, today, &calendar),
            t => validate::validate_with(&case, &kinds_for(t, &case), today, &calendar),
        };
        let summary = Summary::of(&issues);
        if json {
            let out = serde_json::json!({ "file": path.display().to_string(), "summary": summary, "issues": issues });
            print_lines([serde_json::to_string_pretty(&out).unwrap_or_default()]);
        } else {
            let mut lines: Vec<String> = issues.iter().flat_map(issue_lines).collect();
            lines.push(summary.to_string());
            print_human(lines);
        }
        if summary.errors > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    }

    fn load_fonts(extra: Option<&Path>) -> Result<FontSet, (u8, String)> {
        let mut fonts = FontSet::new();
        for (face, name, bytes) in FONTS {
            fonts
                .load(face, bytes, name)
                .map_err(|e| (1, e.to_string()))?;
        }
        if let Some(path) = extra {
            let bytes = std::fs::read(path).map_err(|e| {
                (
                    2,
                    format!("无法加载字体 {}：{}", path.display(), io_message(&e)),
                )
            })?;
            fonts
                .load(Face::User, &bytes, &path.display().to_string())
                .map_err(|e| (2, format!("无法加载字体 {}：{e}", path.display())))?;
        }
        Ok(fonts)
    }

    /// Write `bytes` to `path` without ever leaving a partial file there: a temporary
    /// file in the same folder, flushed to disk, then renamed over the target. On any
    /// failure the temporary file is removed and the old file (if any) is untouched.
    pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = path
            .file_name()
            .ok_or_else(|| std::io::Error::from(std::io::ErrorKind::IsADirectory))?;
        let tmp = dir.join(format!(
            ".{}.{}.part",
            name.to_string_lossy(),
            std::process::id()
        ));
        let written = (|| {
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(bytes)?;
            f.sync_all()
        })();
        let done = written.and_then(|()| std::fs::rename(&tmp, path));
        if done.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        done
    }

    /// Whether `a` and `b` name the same existing file.
    fn same_file(a: &Path, b: &Path) -> bool {
        match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
            (Ok(x), Ok(y)) => x == y,
            _ => false,
        }
    }

    /// What one render produced, for the status line.
    struct Made {
        path: String,
        bytes: usize,
    }

    /// Why a render made nothing: the message and the exit code.
    struct Failed {
        code: u8,
        message: String,
    }

    fn failed(code: u8, message: impl Into<String>) -> Failed {
        Failed {
            code,
            message: message.into(),
        }
    }

    /// Everything one render needs besides the case.
    struct Job<'a> {
        fonts: &'a FontSet,
        /// The years of `--holidays FILE`.
        holidays: &'a [model::HolidayYear],
        draft: bool,
        today: model::Date,
        /// Where status lines go: stderr when the PDF itself goes to stdout.
        quiet: bool,
    }

    /// Validate `case` for `kind`, show what a court or an archivist would object to,
    /// and make the PDF bytes — refused (no bytes) when the case has errors and this is
    /// not a draft.
    fn make(case: &Case, kind: DocKind, job: &Job, name: &str) -> Result<Vec<u8>, Failed> {
        let issues =
            validate::validate_with(case, &[kind], job.today, &calendar(job.holidays, case));
        let warnings: Vec<&Issue> = issues
            .iter()
            .filter(|i| i.severity == Severity::Warning)
            .collect();
        let errors: Vec<&Issue> = issues
            .iter()
            .filter(|i| i.severity == Severity::Error)
            .collect();
        if !job.quiet {
            for i in &warnings {
                for l in issue_lines(i) {
                    say(format!("{name}：{l}"));
                }
            }
        }
        if !errors.is_empty() && !job.draft {
            let mut msg = String::new();
            for i in &errors {
                for l in issue_lines(i) {
                    msg.push_str(&format!("{name}：{l}\n"));
                }
            }
            msg.push_str(&format!(
                "{name}：未生成{}：案件有 {} 个错误。请修正后重试，或加 --draft 生成带「草稿」水印的草稿。",
                kind.title(),
                errors.len()
            ));
            return Err(failed(1, msg));
        }
        let created = time::OffsetDateTime::now_utc().unix_timestamp();
        let out = tiaojie::pipeline::pdf_with(case, kind, job.fonts, job.today, job.draft, created)
            .map_err(|e| failed(1, format!("{name}：{e}")))?;
        if !job.quiet {
            for w in &out.warnings {
                say(format!("{name}：提示：{}", escape(&w.to_string())));
            }
        }
        Ok(out.bytes)
    }

    /// Render `kind` (or every form) of the case at `input` to `output`.
    fn render_case(
        input: &Path,
        case: &Case,
        t: Target,
        output: &Path,
        job: &Job,
    ) -> Result<Vec<Made>, Failed> {
        // The file name as it is shown: a name can hold a line break or an ESC too.
        let name = escape(&input.display().to_string()).into_owned();
        match t {
            Target::One(kind) => {
                let bytes = make(case, kind, job, &name)?;
                if output == Path::new("-") {
                    let mut out = std::io::stdout().lock();
                    out.write_all(&bytes)
                        .and_then(|()| out.flush())
                        .map_err(|e| failed(1, format!("无法写入标准输出：{}", io_message(&e))))?;
                    return Ok(vec![Made {
                        path: "标准输出".into(),
                        bytes: bytes.len(),
                    }]);
                }
                if output.is_dir() {
                    return Err(failed(
                        2,
                        format!("{} 是一个文件夹；请给出 PDF 文件名", output.display()),
                    ));
                }
                if same_file(input, output) {
                    return Err(failed(
                        2,
                        format!("拒绝写入 {}：它就是输入的案件文件", output.display()),
                    ));
                }
                write_atomically(output, &bytes).map_err(|e| {
                    failed(
                        1,
                        format!(
                            "无法写入 {}：{}（原有文件未改动）",
                            output.display(),
                            io_message(&e)
                        ),
                    )
                })?;
                Ok(vec![Made {
                    path: output.display().to_string(),
                    bytes: bytes.len(),
                }])
            }
            Target::All => {
                if output == Path::new("-") {
                    return Err(failed(2, "--doc all 需要一个文件夹作为输出（-o 目录/）"));
                }
                std::fs::create_dir_all(output).map_err(|e| {
                    failed(
                        1,
                        format!("无法创建文件夹 {}：{}", output.display(), io_message(&e)),
                    )
                })?;
                let mut made = Vec::new();
                for kind in every_form(case) {
                    let bytes = make(case, kind, job, &name)?;
                    let path = output.join(tiaojie::pipeline::file_name(case, kind, job.draft));
                    write_atomically(&path, &bytes).map_err(|e| {
                        failed(
                            1,
                            format!("无法写入 {}：{}", path.display(), io_message(&e)),
                        )
                    })?;
                    made.push(Made {
                        path: path.display().to_string(),
                        bytes: bytes.len(),
                    });
                }
                Ok(made)
            }
        }
    }

    fn render(
        input: &Path,
        doc: &str,
        output: &Path,
        font: Option<&Path>,
        draft: bool,
        today_arg: Option<&str>,
        holidays: Option<&Path>,
    ) -> ExitCode {
        let today = match parse_today(today_arg) {
            Ok(d) => d,
            Err(e) => {
                say(format!("错误：{}", escape(&e)));
                return ExitCode::from(2);
            }
        };
        let file_years = match holiday_years(holidays) {
            Ok(y) => y,
            Err(e) => {
                say(format!("错误：{e}"));
                return ExitCode::from(2);
            }
        };
        let case = match read_case(input) {
            Ok(c) => c,
            Err(e) => {
                say(format!("错误：{}", escape(&e)));
                return ExitCode::from(2);
            }
        };
        let fonts = match load_fonts(font) {
            Ok(f) => f,
            Err((code, e)) => {
                say(format!("错误：{}", escape(&e)));
                return ExitCode::from(code);
            }
        };
        let to_stdout = output == Path::new("-");
        let job = Job {
            fonts: &fonts,
            holidays: &file_years,
            draft,
            today,
            quiet: false,
        };
        match render_case(input, &case, target(doc), output, &job) {
            Ok(made) => {
                for m in made {
                    let line = format!(
                        "已生成{} {}（{} 字节）",
                        if draft { "草稿" } else { "" },
                        m.path,
                        m.bytes
                    );
                    if to_stdout {
                        say(line);
                    } else {
                        print_human([line]);
                    }
                }
                ExitCode::SUCCESS
            }
            Err(f) => {
                say(format!("错误：{}", f.message));
                ExitCode::from(f.code)
            }
        }
    }

    /// `tiaojie batch`: every `*.json` of `dir`, on `jobs` threads, with a progress bar;
    /// a bad file is reported and the rest still done; exit 1 at the end if any failed.
    fn batch(
        dir: &Path,
        output: &Path,
        doc: &str,
        draft: bool,
        jobs: Option<usize>,
        today_arg: Option<&str>,
    ) -> ExitCode {
        let today = match parse_today(today_arg) {
            Ok(d) => d,
            Err(e) => {
                say(format!("错误：{}", escape(&e)));
                return ExitCode::from(2);
            }
        };
        let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
            Ok(rd) => rd
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "json") && p.is_file())
                .collect(),
            Err(e) => {
                say(format!(
                    "错误：无法读取文件夹 {}：{}",
                    escape(&dir.display().to_string()),
                    io_message(&e)
                ));
                return ExitCode::from(2);
            }
        };
        files.sort();
        if let Err(e) = std::fs::create_dir_all(output) {
            say(format!(
                "错误：无法创建文件夹 {}：{}",
                escape(&output.display().to_string()),
                io_message(&e)
            ));
            return ExitCode::from(1);
        }
        let t = target(doc);
        let threads = jobs
            .or_else(|| std::thread::available_parallelism().ok().map(|n| n.get()))
            .unwrap_or(1)
            .clamp(1, files.len().max(1));
        let bar = indicatif::ProgressBar::new(files.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} 件 {elapsed} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        let next = std::sync::atomic::AtomicUsize::new(0);
        let failures = std::sync::Mutex::new(Vec::<String>::new());
        let started = std::time::Instant::now();
        std::thread::scope(|s| {
            for _ in 0..threads {
                s.spawn(|| {
                    // Each worker parses the faces once and keeps them.
                    let fonts = match load_fonts(None) {
                        Ok(f) => f,
                        Err((_, e)) => {
                            bar.suspend(|| say(format!("错误：{}", escape(&e))));
                            return;
                        }
                    };
                    let job = Job {
                        fonts: &fonts,
                        holidays: &[],
                        draft,
                        today,
                        quiet: true,
                    };
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(input) = files.get(i) else { break };
                        let stem = input
                            .file_stem()
                            .map(|s| s.to_string_lossy().into_owned())
                            .unwrap_or_default();
                        let result = read_case(input).map_err(|e| failed(2, e)).and_then(|case| {
                            let out = match t {
                                Target::One(_) => output.join(format!("{stem}.pdf")),
                                Target::All => output.join(&stem),
                            };
                            render_case(input, &case, t, &out, &job)
                        });
                        if let Err(f) = result {
                            bar.suspend(|| say(format!("错误：{}", f.message)));
                            if let Ok(mut v) = failures.lock() {
                                v.push(input.display().to_string());
                            }
                        }
                        bar.inc(1);
                    }
                });
            }
        });
        bar.finish_and_clear();
        let failed = failures.into_inner().unwrap_or_default();
        let secs = started.elapsed().as_secs_f64();
        let ok = files.len() - failed.len();
        eprintln!(
            "完成：{ok} 件成功，{} 件失败，用时 {secs:.2} 秒（{:.1} 件/秒，{threads} 个线程）",
            failed.len(),
            if secs > 0.0 { ok as f64 / secs } else { 0.0 }
        );
        if failed.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        }
    }

    /// `tiaojie holidays`: the years whose schedule is known and where each comes from.
    fn holidays(file: Option<&Path>) -> ExitCode {
        use tiaojie::values::calendar::{Calendar, covered_years, schedule_source};
        let file_years = match holiday_years(file) {
            Ok(y) => y,
            Err(e) => {
                say(format!("错误：{e}"));
                return ExitCode::from(2);
            }
        };
        let covered = covered_years();
        let mut lines = vec![format!(
            "{}年至{}年：本程序内置（{}）",
            covered.start(),
            covered.end(),
            schedule_source()
        )];
        let cal = Calendar::with(&file_years);
        for y in &file_years {
            let entered = y
                .entered_on
                .map(|d| format!("，录入于{}", model::date_serde::format(&d)))
                .unwrap_or_default();
            let from = file.map(|f| f.display().to_string()).unwrap_or_default();
            if cal.entered_years().contains(&y.year) {
                lines.push(format!("{}年：本委员会录入（{from}{entered}）", y.year));
            } else {
                let differs = Calendar::differences(y);
                let note = if differs.is_empty() {
                    "与内置安排相同".to_string()
                } else {
                    format!("与内置安排不同：{}", differs.join("；"))
                };
                lines.push(format!(
                    "{}年：文件中也有（{from}{entered}），本程序已内置，以内置为准；{note}",
                    y.year
                ));
            }
        }
        lines.push("其他年份：未收录，期限仅按周末顺延计算".into());
        print_human(lines);
        ExitCode::SUCCESS
    }

    pub fn main() -> ExitCode {
        let cli = Cli::parse();
        match cli.command {
            Command::Check {
                case,
                target,
                json,
                today,
                holidays,
            } => check(&case, &target, json, today, holidays.as_deref()),
            Command::Render {
                case,
                doc,
                output,
                font,
                draft,
                today,
                holidays,
            } => render(
                &case,
                &doc,
                &output,
                font.as_deref(),
                draft,
                today.as_deref(),
                holidays.as_deref(),
            ),
            Command::Holidays { holidays: file } => holidays(file.as_deref()),
            Command::Batch {
                dir,
                output,
                doc,
                draft,
                jobs,
                today,
            } => batch(&dir, &output, &doc, draft, jobs, today.as_deref()),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
