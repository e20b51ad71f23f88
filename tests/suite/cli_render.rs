//! `tiaojie render` and `tiaojie batch`: exit codes (0 made, 1 refused or failed, 2
//! unreadable input or bad arguments), the refusal of a case with errors unless
//! `--draft`, standard output, and writes that never destroy an existing file.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn tiaojie(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tiaojie"))
        .args(args)
        .output()
        .expect("runs")
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn example(name: &str) -> String {
    format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// A fresh folder for one test.
fn scratch(test: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("tiaojie-render-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("mkdir");
    d
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// A complete case with no validation error.
const VALID: &str = "neighbours-water-leak.json";

/// The skeleton case with a negative amount in a typed obligation: a validation error.
fn case_with_error(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string(example("skeleton.json")).expect("skeleton");
    let mut v: serde_json::Value = serde_json::from_str(&text).expect("json");
    v["agreement"]["clauses"][0] = serde_json::json!({
        "obligation": { "payers": ["p2"], "payees": ["p1"], "amount": "-5.00",
                        "purpose": "维修费用", "due": "2026-12-31", "method": "银行转账" }
    });
    let path = dir.join("bad.json");
    std::fs::write(&path, serde_json::to_string_pretty(&v).expect("ser")).expect("write");
    path
}

#[test]
fn render_of_a_valid_case_writes_a_pdf_and_exits_0() {
    let d = scratch("ok");
    let out = d.join("a.pdf");
    let o = tiaojie(&["render", &example(VALID), "-o", s(&out)]);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    assert!(std::fs::read(&out).expect("written").starts_with(b"%PDF-"));
    assert!(text(&o.stdout).contains("已生成"), "{}", text(&o.stdout));
    let leftovers: Vec<_> = std::fs::read_dir(&d)
        .expect("ls")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".part"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn render_refuses_a_case_with_errors_exits_1_and_writes_nothing() {
    let d = scratch("refuse");
    let case = case_with_error(&d);
    let out = d.join("a.pdf");
    let o = tiaojie(&["render", s(&case), "-o", s(&out)]);
    assert_eq!(code(&o), 1);
    let err = text(&o.stderr);
    assert!(err.contains("错误") && err.contains("--draft"), "{err}");
    assert!(!out.exists(), "no file may be written for a refused case");
}

#[test]
fn a_refused_render_leaves_an_existing_pdf_byte_identical() {
    let d = scratch("keep");
    let out = d.join("a.pdf");
    let o = tiaojie(&["render", &example(VALID), "-o", s(&out)]);
    assert_eq!(code(&o), 0);
    let before = std::fs::read(&out).expect("first pdf");
    let case = case_with_error(&d);
    let o = tiaojie(&["render", s(&case), "-o", s(&out)]);
    assert_eq!(code(&o), 1);
    assert_eq!(std::fs::read(&out).expect("still there"), before);
}

/// The files of `dir` whose names end in `.part` (a write's temporary file).
fn leftover_parts(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("ls")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".part"))
        .collect()
}

/// Issue 22: the write itself fails half-way over an existing PDF. The render runs with a
/// file-size limit of 4 KiB (`ulimit -f 4`, SIGXFSZ ignored, so the write returns EFBIG
/// as on a full disk) after the PDF is made: the temporary file cannot be completed, the
/// old PDF stays byte-identical and no temporary file is left.
#[test]
fn a_write_that_fails_half_way_leaves_the_existing_pdf_byte_identical_and_no_temporary_file() {
    let d = scratch("efbig");
    let out = d.join("a.pdf");
    let o = tiaojie(&[
        "render",
        &example("skeleton.json"),
        "--draft",
        "-o",
        s(&out),
    ]);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let before = std::fs::read(&out).expect("first pdf");
    assert!(
        before.len() > 8 * 1024,
        "the PDF must exceed the limit below"
    );
    let o = Command::new("bash")
        .arg("-c")
        .arg(r#"trap '' XFSZ; ulimit -f 4; exec "$0" "$@""#)
        .arg(env!("CARGO_BIN_EXE_tiaojie"))
        .args(["render", &example(VALID), "-o", s(&out)])
        .output()
        .expect("bash runs");
    let err = text(&o.stderr);
    assert_ne!(code(&o), 0, "a failed write is an error: {err}");
    assert!(
        err.contains(s(&out)) || err.contains("a.pdf"),
        "the message names the file: {err}"
    );
    assert_eq!(
        std::fs::read(&out).expect("still there"),
        before,
        "the old PDF is byte-identical"
    );
    assert_eq!(
        leftover_parts(&d),
        Vec::<String>::new(),
        "no temporary file left"
    );
}

#[test]
fn draft_renders_a_case_with_errors_with_draft_in_its_title() {
    let d = scratch("draft");
    let case = case_with_error(&d);
    let out = d.join("a.pdf");
    let o = tiaojie(&["render", s(&case), "--draft", "-o", s(&out)]);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let info = Command::new("pdfinfo").arg(&out).output().expect("pdfinfo");
    assert!(
        text(&info.stdout).contains("草稿"),
        "{}",
        text(&info.stdout)
    );
}

#[test]
fn dash_output_writes_the_pdf_to_stdout_and_status_to_stderr() {
    let o = tiaojie(&["render", &example(VALID), "-o", "-"]);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    assert!(o.stdout.starts_with(b"%PDF-"));
    assert!(o.stdout.ends_with(b"%%EOF\n") || o.stdout.ends_with(b"%%EOF"));
    assert!(text(&o.stderr).contains("已生成"));
    assert!(!Path::new("-").exists(), "no file named '-' is made");
}

#[test]
fn render_refuses_to_write_over_its_own_input() {
    let d = scratch("self");
    let case = d.join("case.json");
    std::fs::copy(example(VALID), &case).expect("copy");
    let before = std::fs::read(&case).expect("read");
    let o = tiaojie(&["render", s(&case), "-o", s(&case)]);
    assert_eq!(code(&o), 2);
    assert!(
        text(&o.stderr).contains("输入的案件文件"),
        "{}",
        text(&o.stderr)
    );
    assert_eq!(std::fs::read(&case).expect("read"), before);
}

#[test]
fn an_unwritable_target_fails_with_exit_1_and_a_chinese_message() {
    let d = scratch("nodir");
    let out = d.join("missing-folder").join("a.pdf");
    let o = tiaojie(&["render", &example(VALID), "-o", s(&out)]);
    assert_eq!(code(&o), 1);
    let err = text(&o.stderr);
    assert!(err.contains("无法写入") && err.contains("不存在"), "{err}");
    assert!(!err.contains("os error"), "{err}");
}

#[test]
fn a_missing_glyph_is_refused_naming_the_character_and_field() {
    let d = scratch("glyph");
    let text_in = std::fs::read_to_string(example("skeleton.json")).expect("skeleton");
    let mut v: serde_json::Value = serde_json::from_str(&text_in).expect("json");
    v["parties"][0]["name"] = serde_json::json!("𠀾𠁀");
    let case = d.join("c.json");
    std::fs::write(&case, v.to_string()).expect("write");
    let out = d.join("a.pdf");
    let o = tiaojie(&["render", s(&case), "--draft", "-o", s(&out)]);
    assert_eq!(code(&o), 1);
    let err = text(&o.stderr);
    assert!(
        err.contains('𠀾') && err.contains("parties[0].name"),
        "{err}"
    );
    assert!(!out.exists());
}

#[test]
fn a_bad_font_file_exits_2() {
    let d = scratch("font");
    let font = d.join("not-a-font.ttf");
    std::fs::write(&font, b"hello").expect("write");
    let o = tiaojie(&[
        "render",
        &example(VALID),
        "--font",
        s(&font),
        "-o",
        s(&d.join("a.pdf")),
    ]);
    assert_eq!(code(&o), 2);
    assert!(text(&o.stderr).contains("无法加载字体"));
}

#[test]
fn an_unreadable_case_exits_2() {
    let d = scratch("unreadable");
    let case = d.join("c.json");
    std::fs::write(&case, b"{ not json").expect("write");
    let o = tiaojie(&["render", s(&case), "-o", s(&d.join("a.pdf"))]);
    assert_eq!(code(&o), 2);
    let utf16 = d.join("u16.json");
    std::fs::write(&utf16, [0xFF, 0xFE, b'{', 0, b'}', 0]).expect("write");
    let o = tiaojie(&["render", s(&utf16), "-o", s(&d.join("a.pdf"))]);
    assert_eq!(code(&o), 2);
    assert!(text(&o.stderr).contains("UTF-16"), "{}", text(&o.stderr));
}

/// Dates `--today` must refuse: impossible days, other formats, not a date at all.
const BAD_TODAYS: [&str; 6] = [
    "2026-13-40",
    "2026-02-29",
    "2026-3-5",
    "2026/03/05",
    "tomorrow",
    "",
];

#[test]
fn check_with_a_bad_today_exits_2_naming_the_value_and_checks_nothing() {
    for bad in BAD_TODAYS {
        let o = tiaojie(&["check", &example("skeleton.json"), "--today", bad]);
        assert_eq!(code(&o), 2, "--today {bad:?}: {}", text(&o.stderr));
        let err = text(&o.stderr);
        assert!(
            err.contains("--today") && err.contains(&format!("「{bad}」")),
            "--today {bad:?}: the message names the option and the value: {err}"
        );
        assert!(o.stdout.is_empty(), "--today {bad:?}: no issue listed");
    }
    // The same day, well formed, is accepted: the refusal is about the value.
    let o = tiaojie(&["check", &example("skeleton.json"), "--today", "2026-02-28"]);
    assert_ne!(code(&o), 2, "{}", text(&o.stderr));
}

#[test]
fn render_with_a_bad_today_exits_2_and_writes_nothing() {
    let d = scratch("bad-today");
    for bad in BAD_TODAYS {
        let out = d.join("a.pdf");
        let o = tiaojie(&["render", &example(VALID), "--today", bad, "-o", s(&out)]);
        assert_eq!(code(&o), 2, "--today {bad:?}: {}", text(&o.stderr));
        assert!(text(&o.stderr).contains("--today"), "{}", text(&o.stderr));
        assert!(!out.exists(), "--today {bad:?}: nothing written");
    }
}

/// The files `render --doc all` wrote for `example` into a fresh folder.
fn render_all(example_name: &str, test: &str) -> Vec<String> {
    let d = scratch(test);
    let o = tiaojie(&[
        "render",
        &example(example_name),
        "--doc",
        "all",
        "--draft",
        "-o",
        s(&d.join("out")),
    ]);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    std::fs::read_dir(d.join("out"))
        .expect("folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn doc_all_writes_every_form_the_case_holds_into_a_folder() {
    let made = render_all(VALID, "all");
    let has = |title: &str| made.iter().any(|m| m.starts_with(&format!("{title}-")));
    for title in [
        "人民调解协议书",
        "人民调解申请书",
        "人民调解受理登记表",
        "人民调解当事人权利义务告知书",
        "人民调解调查记录",
        "人民调解记录",
        "人民调解回访记录",
        "卷宗封面",
        "卷内目录",
        "封底（卷内备考表）",
        "人民调解卷宗",
    ] {
        assert!(has(title), "{title} missing from {made:?}");
    }
    // No confirmation is applied for in this case, and it has no oral agreement.
    for title in ["司法确认申请书", "授权委托书", "人民调解口头协议登记表"] {
        assert!(!has(title), "{title} made for a case without it: {made:?}");
    }
    let made = render_all("traffic-accident.json", "all-traffic");
    for title in [
        "司法确认申请书",
        "调解组织主持调解的证明",
        "授权委托书",
        "司法确认申请材料",
    ] {
        assert!(
            made.iter().any(|m| m.starts_with(title)),
            "{title} missing from {made:?}"
        );
    }
}

#[test]
fn batch_renders_the_good_cases_reports_the_bad_one_and_exits_1() {
    let d = scratch("batch");
    let input = d.join("in");
    std::fs::create_dir_all(&input).expect("mkdir");
    for name in ["skeleton.json", "neighbours-water-leak.json"] {
        std::fs::copy(example(name), input.join(name)).expect("copy");
    }
    std::fs::write(input.join("broken.json"), b"[1, 2").expect("write");
    let out = d.join("out");
    let o = tiaojie(&[
        "batch",
        s(&input),
        "-o",
        s(&out),
        "--draft",
        "--today",
        "2026-03-05",
    ]);
    assert_eq!(code(&o), 1, "{}", text(&o.stderr));
    let err = text(&o.stderr);
    assert!(err.contains("broken.json"), "{err}");
    assert!(
        err.contains("2 件成功") && err.contains("1 件失败"),
        "{err}"
    );
    for name in ["skeleton.pdf", "neighbours-water-leak.pdf"] {
        assert!(
            std::fs::read(out.join(name))
                .expect("made")
                .starts_with(b"%PDF-")
        );
    }
}

#[test]
fn a_full_disk_is_named_in_chinese_not_as_an_os_error() {
    // /dev/full refuses every write with ENOSPC (os error 28).
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return;
    };
    let o = Command::new(env!("CARGO_BIN_EXE_tiaojie"))
        .args([
            "render",
            &example(VALID),
            "-o",
            "-",
            "--today",
            "2026-03-05",
        ])
        .stdout(full)
        .output()
        .expect("run");
    let err = text(&o.stderr);
    assert_eq!(code(&o), 1, "{err}");
    assert!(err.contains("磁盘空间不足"), "{err}");
    assert!(!err.contains("os error") && !err.contains("28"), "{err}");
}
