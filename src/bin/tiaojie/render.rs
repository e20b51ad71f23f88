//! `tiaojie render`: one form (or bundle) of a case, or every form it holds, to PDF.
//! A case with errors is refused (exit 1, the errors listed, nothing written) unless
//! `--draft`; warnings are shown first.

use crate::args::RenderArgs;
use crate::error::{Error, Result};
use crate::load::{self, io_message};
use crate::output::{issue_lines, print_human, same_file, say, write_atomically};
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;
use tiaojie::document::DocKind;
use tiaojie::fonts::FontSet;
use tiaojie::inert::escape;
use tiaojie::model::{Case, Date, HolidayYear};
use tiaojie::validate::Severity;

/// What one render produced, for the status line.
pub struct Made {
    pub path: String,
    pub bytes: usize,
}

/// Everything one render needs besides the case.
pub struct Job<'a> {
    pub fonts: &'a FontSet,
    /// The years of `--holidays FILE`.
    pub holidays: &'a [HolidayYear],
    pub draft: bool,
    pub today: Date,
    /// No status lines (the batch's progress bar shows progress instead).
    pub quiet: bool,
}

/// The forms `--doc` names for `case`: one, or every form the case holds.
pub fn kinds(doc: &str, case: &Case) -> Vec<DocKind> {
    match DocKind::from_key(doc) {
        Some(k) => vec![k],
        None => tiaojie::document::forms::of_case(case),
    }
}

/// Check `case` for `kind`, show what a court or an archivist would object to, and make
/// the PDF bytes, refused when the case has errors and this is not a draft
/// (`pipeline::refuse_final`, the rule the app's export follows too).
fn make(case: &Case, kind: DocKind, job: &Job, name: &str) -> Result<Vec<u8>> {
    let calendar = load::calendar(job.holidays, case);
    let issues = tiaojie::pipeline::check(case, &[kind], job.today, &calendar);
    if !job.quiet {
        for i in issues.iter().filter(|i| i.severity == Severity::Warning) {
            for l in issue_lines(i) {
                say(format!("{name}：{l}"));
            }
        }
    }
    if let Some(errors) = tiaojie::pipeline::refuse_final(&issues, job.draft) {
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
        return Err(Error::failed(msg));
    }
    let created = time::OffsetDateTime::now_utc().unix_timestamp();
    let out = tiaojie::pipeline::pdf_with(case, kind, job.fonts, job.today, job.draft, created)
        .map_err(|e| Error::failed(format!("{name}：{e}")))?;
    if !job.quiet {
        for w in &out.warnings {
            say(format!("{name}：提示：{}", escape(&w.to_string())));
        }
    }
    Ok(out.bytes)
}

/// Render `doc` (a form key, or `all`) of the case at `input` to `output`.
pub fn render_case(
    input: &Path,
    case: &Case,
    doc: &str,
    output: &Path,
    job: &Job,
) -> Result<Vec<Made>> {
    // The file name as it is shown: a name can hold a line break or an ESC too.
    let name = escape(&input.display().to_string()).into_owned();
    let Some(kind) = DocKind::from_key(doc) else {
        if output == Path::new("-") {
            return Err(Error::input("--doc all 需要一个文件夹作为输出（-o 目录/）"));
        }
        std::fs::create_dir_all(output).map_err(|e| {
            Error::failed(format!(
                "无法创建文件夹 {}：{}",
                output.display(),
                io_message(&e)
            ))
        })?;
        let mut made = Vec::new();
        for kind in kinds(doc, case) {
            let bytes = make(case, kind, job, &name)?;
            let path = output.join(tiaojie::pipeline::file_name(case, kind, job.draft));
            write_atomically(&path, &bytes).map_err(|e| {
                Error::failed(format!("无法写入 {}：{}", path.display(), io_message(&e)))
            })?;
            made.push(Made {
                path: path.display().to_string(),
                bytes: bytes.len(),
            });
        }
        return Ok(made);
    };
    let bytes = make(case, kind, job, &name)?;
    if output == Path::new("-") {
        let mut out = std::io::stdout().lock();
        out.write_all(&bytes)
            .and_then(|()| out.flush())
            .map_err(|e| Error::failed(format!("无法写入标准输出：{}", io_message(&e))))?;
        return Ok(vec![Made {
            path: "标准输出".into(),
            bytes: bytes.len(),
        }]);
    }
    if output.is_dir() {
        return Err(Error::input(format!(
            "{} 是一个文件夹；请给出 PDF 文件名",
            output.display()
        )));
    }
    if same_file(input, output) {
        return Err(Error::input(format!(
            "拒绝写入 {}：它就是输入的案件文件",
            output.display()
        )));
    }
    write_atomically(output, &bytes).map_err(|e| {
        Error::failed(format!(
            "无法写入 {}：{}（原有文件未改动）",
            output.display(),
            io_message(&e)
        ))
    })?;
    Ok(vec![Made {
        path: output.display().to_string(),
        bytes: bytes.len(),
    }])
}

pub fn run(a: RenderArgs) -> Result<ExitCode> {
    let today = load::day(a.dating.today.as_deref())?;
    let file_years = load::holiday_years(a.dating.holidays.as_deref())?;
    let case = load::case(&a.case)?;
    let fonts = load::fonts(a.font.as_deref())?;
    let to_stdout = a.output == Path::new("-");
    let job = Job {
        fonts: &fonts,
        holidays: &file_years,
        draft: a.draft,
        today,
        quiet: false,
    };
    for m in render_case(&a.case, &case, &a.doc, &a.output, &job)? {
        let line = format!(
            "已生成{} {}（{} 字节）",
            if a.draft { "草稿" } else { "" },
            m.path,
            m.bytes
        );
        if to_stdout {
            say(line);
        } else {
            print_human([line]);
        }
    }
    Ok(ExitCode::SUCCESS)
}
