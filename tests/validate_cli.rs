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
        out.trim_end().ends_with("0 个错误，1 个警告，1 个提示"),
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
