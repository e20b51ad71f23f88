//! Reading what the command line is given: case files, holiday schedules, fonts, the
//! day. One helper per kind of file; every message names the file and says what to do.

use crate::error::{Error, Result};
use std::path::Path;
use tiaojie::fonts::FontSet;
use tiaojie::inert::escape;
use tiaojie::layout::Face;
use tiaojie::model::{self, Case, HolidayFile, HolidayYear};
use tiaojie::values::calendar::Calendar;

/// Case files larger than this are refused before they are parsed: a real case, even
/// with hundreds of parties, is well under 1 MB.
const MAX_CASE_BYTES: u64 = 64 * 1024 * 1024;

/// Holiday-schedule files larger than this are refused before they are parsed.
const MAX_HOLIDAY_BYTES: u64 = 1024 * 1024;

/// An I/O error in plain Chinese (the OS's own words are English).
pub fn io_message(e: &std::io::Error) -> String {
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

/// The text of the file at `path`, at most `max` bytes, by the library's rule for
/// bytes (`model::text_of`: UTF-8, UTF-16 named with the fix); `what` names the kind of
/// file in the messages.
fn text(path: &Path, max: u64, what: &str) -> Result<String> {
    let meta = std::fs::metadata(path)
        .map_err(|e| Error::input(format!("无法读取 {}：{}", path.display(), io_message(&e))))?;
    if meta.is_dir() {
        return Err(Error::input(format!(
            "无法读取 {}：这是一个文件夹，不是{what}",
            path.display()
        )));
    }
    if meta.len() > max {
        return Err(Error::input(format!(
            "{}：文件有 {} 字节，超过{what}的上限 {max} 字节，未读取",
            path.display(),
            meta.len()
        )));
    }
    let bytes = std::fs::read(path)
        .map_err(|e| Error::input(format!("无法读取 {}：{}", path.display(), io_message(&e))))?;
    model::text_of(&bytes).map_err(|e| Error::input(format!("{}：{e}", path.display())))
}

/// A case file.
pub fn case(path: &Path) -> Result<Case> {
    let text = text(path, MAX_CASE_BYTES, "案件文件（64 MB）")?;
    model::load(&text).map_err(|e| Error::input(format!("{}：{e}", path.display())))
}

/// A holiday-schedule file (`--holidays FILE`): every problem is listed, each naming
/// its field; none of a faulty file is used.
pub fn holidays(path: &Path) -> Result<Vec<HolidayYear>> {
    let text = text(path, MAX_HOLIDAY_BYTES, "节假日安排文件（1 MB）")?;
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
            Error::input(lines.join("\n"))
        })
}

/// `--holidays FILE` read, or none.
pub fn holiday_years(arg: Option<&Path>) -> Result<Vec<HolidayYear>> {
    arg.map(holidays).transpose().map(Option::unwrap_or_default)
}

/// The calendar deadlines are counted with: the built-in schedule, the years of
/// `--holidays FILE` (first, so they win), and the years the case file carries.
pub fn calendar(file_years: &[HolidayYear], case: &Case) -> Calendar {
    let mut years = file_years.to_vec();
    years.extend(case.holidays.iter().cloned());
    Calendar::with(&years)
}

/// The bundled faces (compiled into the binary so it runs anywhere) and, if given, a
/// further font for the characters they lack.
pub fn fonts(extra: Option<&Path>) -> Result<FontSet> {
    let mut fonts = tiaojie::fonts::bundled().map_err(|e| Error::failed(e.to_string()))?;
    if let Some(path) = extra {
        let bytes = std::fs::read(path).map_err(|e| {
            Error::input(format!(
                "无法加载字体 {}：{}",
                path.display(),
                io_message(&e)
            ))
        })?;
        fonts
            .load(Face::User, &bytes, &path.display().to_string())
            .map_err(|e| Error::input(format!("无法加载字体 {}：{e}", path.display())))?;
    }
    Ok(fonts)
}

/// Today in China Standard Time (UTC+8, no daylight saving): the day the committee's
/// documents are dated, whatever the machine's time zone.
fn today() -> model::Date {
    time::OffsetDateTime::now_utc()
        .to_offset(time::macros::offset!(+8))
        .date()
}

/// `--today`, or today.
pub fn day(arg: Option<&str>) -> Result<model::Date> {
    match arg.map(model::date_serde::parse) {
        None => Ok(today()),
        Some(Ok(d)) => Ok(d),
        Some(Err(e)) => Err(Error::input(format!(
            "--today {}",
            tiaojie::inert::escape(&e)
        ))),
    }
}

/// The case files (`*.json`) of the folder `dir`, sorted by name.
pub fn json_files(dir: &Path) -> Result<Vec<std::path::PathBuf>> {
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| {
            Error::input(format!(
                "无法读取文件夹 {}：{}",
                escape(&dir.display().to_string()),
                io_message(&e)
            ))
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json") && p.is_file())
        .collect();
    files.sort();
    Ok(files)
}

/// Worker threads for `n` files: `jobs`, else the number of cores; at least one, at most `n`.
pub fn threads(jobs: Option<usize>, n: usize) -> usize {
    jobs.or_else(|| std::thread::available_parallelism().ok().map(|n| n.get()))
        .unwrap_or(1)
        .clamp(1, n.max(1))
}

/// The progress bar of a folder's `n` files.
pub fn progress(n: usize) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(n as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} 件 {elapsed} {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar
}
