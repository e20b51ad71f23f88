//! `tiaojie check`: readable and JSON output, and its exit codes (0 clean or only
//! warnings, 1 any error, 2 unreadable file).

use std::process::Command;

fn check(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tiaojie"))
        .arg("check")
        .args(args)
        .args(["--today", "2026-03-05"])
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn example(name: &str) -> String {
    format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn temp(name: &str, text: &str) -> String {
    let path = std::env::temp_dir().join(format!("tiaojie-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn example_with_only_warnings_exits_0_with_readable_lines_and_summary() {
    let (code, out, _) = check(&[&example("traffic-accident.json")]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.lines()
            .any(|l| l.starts_with("警告　confirmation.applied_on　") && l.contains("（依据：")),
        "{out}"
    );
    assert!(
        out.lines().any(|l| l.starts_with("　　")),
        "hint lines are indented: {out}"
    );
    assert!(
        // The notices: the agreement's 各方责任, and the three materials its 卷宗
        // does not list yet (身份证明, the agent's 委托书, the confirmation's 裁定书).
        out.trim_end().ends_with("0 个错误，1 个警告，4 个提示"),
        "{out}"
    );
}

#[test]
fn case_with_errors_exits_1() {
    let (code, out, _) = check(&[&example("skeleton.json")]);
    assert_eq!(code, 1);
    assert!(out.contains("错误　committee.name"), "{out}");
}

#[test]
fn json_output_lists_issues_and_summary() {
    let (code, out, _) = check(&[&example("land-contract.json"), "--json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["summary"]["errors"], 0);
    let issues = v["issues"].as_array().unwrap();
    assert!(
        issues
            .iter()
            .any(|i| i["rule"] == "legal.inadmissible_ownership"
                && i["severity"] == "warning"
                && i["basis"].as_str().unwrap().contains("第三百五十五条"))
    );
}

#[test]
fn agreement_only_check_skips_the_confirmation_pre_checks() {
    let (code, out, _) = check(&[&example("land-contract.json"), "--for", "agreement"]);
    assert_eq!(code, 0);
    assert!(!out.contains("legal") && !out.contains("物权确权"), "{out}");
}

#[test]
fn unreadable_or_unparsable_files_exit_2() {
    let (code, _, err) = check(&["/nonexistent/case.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("无法读取"), "{err}");
    let (code, _, err) = check(&[&temp("garbage.json", "{oops")]);
    assert_eq!(code, 2);
    assert!(err.contains("不是有效的 JSON"), "{err}");
    let (code, out, err) = check(&[
        &temp(
            "shape.json",
            r#"{"schema_version":1,"parties":[{"type":"person","sex":"x"}]}"#,
        ),
        "--json",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("parties[0].sex"), "{err}");
    assert!(out.contains("load_error"), "{out}");
    let (code, _, err) = check(&[&temp("newer.json", r#"{"schema_version":7}"#)]);
    assert_eq!(code, 2);
    assert!(err.contains("较新版本"), "{err}");
}

#[test]
fn closed_stdout_stops_quietly_instead_of_panicking() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    // Enough issues (unnamed parties) to overflow any pipe buffer, so the output is
    // still being written when the reader goes away (as with `… | head -1`).
    let parties: Vec<serde_json::Value> = (1..=3000)
        .map(|n| serde_json::json!({ "id": format!("p{n}"), "type": "person" }))
        .collect();
    let case = serde_json::json!({ "schema_version": 1, "parties": parties });
    let file = temp("many-issues.json", &case.to_string());
    for json in [false, true] {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_tiaojie"));
        cmd.args(["check", &file, "--today", "2026-03-05"]);
        if json {
            cmd.arg("--json");
        }
        let mut child = cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        assert!(!first.is_empty());
        // The reader (and the pipe) is dropped here.
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_ne!(out.status.code(), Some(101), "json={json}: {err}");
        assert!(!err.contains("panicked"), "json={json}: {err}");
    }
}

#[test]
fn file_with_a_byte_order_mark_is_read() {
    let text = std::fs::read_to_string(example("land-contract.json")).unwrap();
    let (code, out, err) = check(&[&temp("bom.json", &format!("\u{FEFF}{text}"))]);
    assert_eq!(code, 0, "{out}{err}");
}

/// ESC, BEL and U+202E (right-to-left override): a name or a risk level holding them
/// could recolour or rewrite the terminal.
const HOSTILE: &str = "红\u{1b}[31m\u{7}\u{202E}";

/// The land-contract example with [`HOSTILE`] in the first party's name and in the
/// risk level (quoted by `dispute.risk_level_unknown`), and a BEL in a load error.
fn hostile_case() -> String {
    let text = std::fs::read_to_string(example("land-contract.json")).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["parties"][0]["name"] = serde_json::json!(format!("张三{HOSTILE}"));
    v["dispute"]["risk_level"] = serde_json::json!(HOSTILE);
    temp("hostile.json", &v.to_string())
}

fn raw_controls(s: &str) -> Vec<char> {
    s.chars()
        .filter(|c| *c != '\n' && (c.is_control() || *c == '\u{202E}'))
        .collect()
}

#[test]
fn check_output_shows_control_and_bidi_characters_as_escapes() {
    let (code, out, err) = check(&[&hostile_case()]);
    assert_eq!(code, 1, "the control characters are errors: {out}");
    assert!(raw_controls(&out).is_empty(), "{:?}", raw_controls(&out));
    assert!(raw_controls(&err).is_empty(), "{err}");
    // The quoted risk level, made inert, and the errors naming the fields.
    assert!(
        out.contains("预警等级「红\\u{1b}[31m\\u{7}\\u{202e}」"),
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l.starts_with("错误　parties[0].name　") && l.contains("U+001B")),
        "{out}"
    );
}

#[test]
fn json_output_keeps_the_strings_exact() {
    let (_, out, _) = check(&[&hostile_case(), "--json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let quoted = v["issues"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["rule"] == "dispute.risk_level_unknown")
        .unwrap();
    assert!(
        quoted["message"].as_str().unwrap().contains(HOSTILE),
        "{quoted}"
    );
}

#[test]
fn load_errors_quoting_the_file_are_inert_too() {
    let file = temp(
        "hostile-shape.json",
        // A key with ESC and BEL, written as JSON escapes.
        r#"{"schema_version":1,"\u001b]0;pwned\u0007":1}"#,
    );
    let (code, _, err) = check(&[&file]);
    assert_eq!(code, 2);
    assert!(raw_controls(&err).is_empty(), "{err:?}");
    assert!(err.contains("未知字段「\\u{1b}]0;pwned\\u{7}」"), "{err}");
}

#[test]
fn render_refusal_lists_the_errors_inert() {
    let out_dir = std::env::temp_dir().join(format!("tiaojie-cli-{}-hostile", std::process::id()));
    let _ = std::fs::create_dir_all(&out_dir);
    let out = Command::new(env!("CARGO_BIN_EXE_tiaojie"))
        .args(["render", &hostile_case(), "--doc", "agreement", "-o"])
        .arg(out_dir.join("x.pdf"))
        .args(["--today", "2026-03-05"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(raw_controls(&err).is_empty(), "{err:?}");
    assert!(err.contains("U+001B") && err.contains("未生成"), "{err}");
}

/// A 2027 schedule made up for the tests (TEST DATA, not the State Council's notice).
const TEST_2027: &str = r#"{"format":"tiaojie-holidays","version":1,"years":[{"year":2027,
  "entered_on":"2026-12-07","source":"测试数据（非国务院通知）","holidays":[
  {"name":"元旦","from":"2027-01-01","to":"2027-01-03","workdays":[]},
  {"name":"春节","from":"2027-02-06","to":"2027-02-14","workdays":["2027-02-20"]}]}]}"#;

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Issue 27: `--holidays FILE` counts the deadline with the committee's year, names it,
/// and the warning about an unknown year goes.
#[test]
fn holidays_file_moves_the_deadline_and_names_its_source() {
    let case = fixture("deadline-2027.json");
    let (_, without, _) = check(&[&case, "--for", "confirmation"]);
    assert!(without.contains("申请期限至2027年2月8日"), "{without}");
    assert!(
        without.contains("警告　confirmation.applied_on　本程序未收录2027年"),
        "{without}"
    );
    let file = temp("holidays-2027.json", TEST_2027);
    let (code, with, err) = check(&[&case, "--for", "confirmation", "--holidays", &file]);
    assert_eq!(code, 0, "{with}{err}");
    assert!(
        with.contains(
            "申请期限至2027年2月15日（第三十日2027年2月7日为休息日，顺延至2027年2月15日），按本委员会录入的2027年节假日安排（录入于2026年12月7日）计算"
        ),
        "{with}"
    );
    assert!(!with.contains("本程序未收录"), "{with}");
}

#[test]
fn a_bad_holidays_file_is_refused_with_exit_2_naming_each_field() {
    let bad = TEST_2027.replace(
        r#""workdays":["2027-02-20"]"#,
        r#""workdays":["2027-02-13"]"#,
    );
    let file = temp("holidays-bad.json", &bad);
    let (code, out, err) = check(&[&example("traffic-accident.json"), "--holidays", &file]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains("节假日安排有误，未使用"), "{err}");
    assert!(
        err.contains("years[0].holidays[1].workdays[0]：2027年「春节」的调休上班日2月13日同时是2027年「春节」的放假日"),
        "{err}"
    );
    let (code, _, err) = check(&[
        &example("traffic-accident.json"),
        "--holidays",
        "/nonexistent.json",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("文件或文件夹不存在"), "{err}");
}

#[test]
fn tiaojie_holidays_lists_the_years_known_and_where_each_comes_from() {
    let run = |args: &[&str]| {
        let o = Command::new(env!("CARGO_BIN_EXE_tiaojie"))
            .arg("holidays")
            .args(args)
            .output()
            .unwrap();
        (
            o.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&o.stdout).into_owned(),
        )
    };
    let (code, out) = run(&[]);
    assert_eq!(code, 0);
    assert!(out.starts_with("2004年至2026年：本程序内置（"), "{out}");
    assert!(
        out.contains("其他年份：未收录，期限仅按周末顺延计算"),
        "{out}"
    );
    let file = temp("holidays-list.json", TEST_2027);
    let (code, out) = run(&["--holidays", &file]);
    assert_eq!(code, 0);
    assert!(
        out.contains("2027年：本委员会录入（") && out.contains("录入于2026-12-07"),
        "{out}"
    );
}
