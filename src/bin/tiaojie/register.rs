//! `tiaojie register`: the 台账 of a folder of case files, read on all cores with a
//! progress bar; the CSV (`--csv`) and a period's figures by 纠纷类型 (`--stats`). A
//! file that does not read is reported and left out; exit 1 at the end if any was.

use crate::args::RegisterArgs;
use crate::error::{Error, Result};
use crate::load::{self, io_message};
use crate::output::say;
use std::process::ExitCode;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use tiaojie::inert::escape;
use tiaojie::register::{self, Period, Row};

pub fn run(a: RegisterArgs) -> Result<ExitCode> {
    // The period is read first: a mistyped one costs nothing.
    let period = a
        .stats
        .as_deref()
        .map(Period::parse)
        .transpose()
        .map_err(Error::input)?;
    let files = load::json_files(&a.dir)?;
    let threads = load::threads(a.jobs, files.len());
    let bar = load::progress(files.len());
    let next = AtomicUsize::new(0);
    // Each file's row in its place, so the register is in file order whatever the
    // threads did.
    let rows: Mutex<Vec<Option<Row>>> = Mutex::new(vec![None; files.len()]);
    let failed = AtomicUsize::new(0);
    let started = std::time::Instant::now();
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(input) = files.get(i) else { break };
                    match load::case(input) {
                        Ok(case) => {
                            let row = register::row(&case);
                            if let Ok(mut v) = rows.lock() {
                                v[i] = Some(row);
                            }
                        }
                        Err(e) => {
                            bar.suspend(|| say(format!("错误：{}", e.message)));
                            failed.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                    bar.inc(1);
                }
            });
        }
    });
    bar.finish_and_clear();
    let rows: Vec<Row> = rows
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .flatten()
        .collect();
    let failed = failed.into_inner();
    eprintln!(
        "读取 {} 件案件，{failed} 件无法读取，用时 {:.2} 秒（{threads} 个线程）",
        rows.len(),
        started.elapsed().as_secs_f64()
    );
    if let Some(path) = &a.csv {
        let bytes = register::csv(&rows, !a.no_personal).map_err(Error::failed)?;
        std::fs::write(path, bytes).map_err(|e| {
            Error::failed(format!(
                "无法写入 {}：{}",
                escape(&path.display().to_string()),
                io_message(&e)
            ))
        })?;
        eprintln!(
            "已生成 {}（{} 行）",
            escape(&path.display().to_string()),
            rows.len()
        );
    }
    if let Some(period) = period {
        print_stats(
            &register::stats(&rows, period),
            a.stats.as_deref().unwrap_or(""),
        );
    }
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn print_stats(s: &register::Stats, period: &str) {
    println!("统计期间：{period}（按受理日期）");
    println!("纠纷类型\t受理\t调解成功\t成功率\t协议金额\t司法确认\t口头协议");
    let line = |name: &str, f: &register::Figures| {
        println!(
            "{name}\t{}\t{}\t{}\t{}\t{}\t{}",
            f.cases,
            f.success,
            f.success_rate()
                .map(|r| format!("{r:.1}%"))
                .unwrap_or_else(|| "—".into()),
            f.amount.normalize(),
            f.confirmations,
            f.oral
        )
    };
    for (kind, f) in &s.by_kind {
        line(kind, f);
    }
    line("合计", &s.total);
    if s.undated > 0 {
        println!("另有 {} 件未填写受理日期，未计入任何期间。", s.undated);
    }
}
