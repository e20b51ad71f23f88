//! `tiaojie batch`: every `*.json` of a folder, on all cores, with a progress bar; a bad
//! file is reported and the rest still done; exit 1 at the end if any failed.

use crate::args::BatchArgs;
use crate::error::{Error, Result};
use crate::load::{self, io_message};
use crate::output::say;
use crate::render::{Job, render_case};
use std::process::ExitCode;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use tiaojie::document::DocKind;
use tiaojie::inert::escape;

pub fn run(a: BatchArgs) -> Result<ExitCode> {
    let today = load::day(a.dating.today.as_deref())?;
    let file_years = load::holiday_years(a.dating.holidays.as_deref())?;
    let files = load::json_files(&a.dir)?;
    std::fs::create_dir_all(&a.output).map_err(|e| {
        Error::failed(format!(
            "无法创建文件夹 {}：{}",
            escape(&a.output.display().to_string()),
            io_message(&e)
        ))
    })?;
    let one = DocKind::from_key(&a.doc).is_some();
    let threads = load::threads(a.jobs, files.len());
    let bar = load::progress(files.len());
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::<String>::new());
    let started = std::time::Instant::now();
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                // Each worker parses the faces once and keeps them.
                let fonts = match load::fonts(None) {
                    Ok(f) => f,
                    Err(e) => {
                        bar.suspend(|| say(format!("错误：{}", e.message)));
                        return;
                    }
                };
                let job = Job {
                    fonts: &fonts,
                    holidays: &file_years,
                    draft: a.draft,
                    today,
                    quiet: true,
                };
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(input) = files.get(i) else { break };
                    let stem = input
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    let result = load::case(input).and_then(|case| {
                        let out = if one {
                            a.output.join(format!("{stem}.pdf"))
                        } else {
                            a.output.join(&stem)
                        };
                        render_case(input, &case, &a.doc, &out, &job)
                    });
                    if let Err(e) = result {
                        bar.suspend(|| say(format!("错误：{}", e.message)));
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
    Ok(if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
