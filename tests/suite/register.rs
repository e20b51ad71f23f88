//! `tiaojie register` (issue 26, first part): the 台账 of a folder as CSV, read back by a
//! CSV parser, and a period's figures checked against a count made here from the case
//! files' JSON, independently of the library.

use std::process::Command;

fn register(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tiaojie"))
        .arg("register")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn examples() -> String {
    format!("{}/examples", env!("CARGO_MANIFEST_DIR"))
}

fn temp(name: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("tiaojie-register-{}-{name}", std::process::id()))
}

/// The example case files, as JSON.
fn example_cases() -> Vec<serde_json::Value> {
    let mut files: Vec<_> = std::fs::read_dir(examples())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap())
        .collect()
}

#[test]
fn the_register_csv_has_a_bom_a_header_and_one_row_per_case_file() {
    let csv_path = temp("all.csv");
    let (code, _, err) = register(&[&examples(), "--csv", csv_path.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let bytes = std::fs::read(&csv_path).unwrap();
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "UTF-8 with a BOM, for Excel"
    );
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, tiaojie::register::HEADER);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let cases = example_cases();
    assert_eq!(rows.len(), cases.len());
    // The traffic case, read back field by field.
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let traffic = rows
        .iter()
        .find(|r| &r[at("纠纷类型")] == "道路交通事故纠纷")
        .expect("the traffic case");
    let file: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{}/traffic-accident.json", examples())).unwrap(),
    )
    .unwrap();
    assert_eq!(
        &traffic[at("受理日期")],
        file["intake"]["accepted_on"].as_str().unwrap()
    );
    assert_eq!(&traffic[at("结果")], "成功");
    assert_eq!(&traffic[at("协议形式")], "书面");
    assert_eq!(&traffic[at("司法确认")], "已申请");
    assert!(traffic[at("当事人")].starts_with("赵淑珍"), "{:?}", traffic);
    // The group case names two and counts everyone.
    let group = rows
        .iter()
        .find(|r| r[at("当事人")].contains("等121人"))
        .expect("the 121-party case");
    assert_eq!(&group[at("涉及人数")], "121");
    std::fs::remove_file(&csv_path).ok();
}

#[test]
fn a_register_without_personal_data_has_no_names() {
    let csv_path = temp("figures.csv");
    let (code, _, err) = register(&[
        &examples(),
        "--csv",
        csv_path.to_str().unwrap(),
        "--no-personal",
    ]);
    assert_eq!(code, 0, "{err}");
    let bytes = std::fs::read(&csv_path).unwrap();
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert!(
        !header.iter().any(|h| h == "当事人" || h == "调解员"),
        "{header:?}"
    );
    for case in example_cases() {
        for p in case["parties"].as_array().into_iter().flatten() {
            let name = p["name"].as_str().unwrap_or_default();
            if !name.is_empty() {
                assert!(!text.contains(name), "{name} in the shared register");
            }
        }
    }
    std::fs::remove_file(&csv_path).ok();
}

#[test]
fn the_figures_of_a_year_match_a_count_of_the_case_files() {
    let (code, out, err) = register(&[&examples(), "--stats", "2025"]);
    assert_eq!(code, 0, "{err}");
    // Counted here from the JSON: accepted in 2025, and of them mediated successfully.
    let cases = example_cases();
    let in_year: Vec<&serde_json::Value> = cases
        .iter()
        .filter(|c| {
            c["intake"]["accepted_on"]
                .as_str()
                .is_some_and(|d| d.starts_with("2025-"))
        })
        .collect();
    let success = in_year
        .iter()
        .filter(|c| c["archive"]["outcome"] == "success")
        .count();
    let confirmations = in_year
        .iter()
        .filter(|c| c.get("confirmation").is_some_and(|v| !v.is_null()))
        .count();
    let undated = cases
        .iter()
        .filter(|c| c["intake"]["accepted_on"].as_str().is_none())
        .count();
    let total = out
        .lines()
        .find(|l| l.starts_with("合计\t"))
        .expect("a total line");
    let cols: Vec<&str> = total.split('\t').collect();
    assert_eq!(cols[1], in_year.len().to_string(), "{out}");
    assert_eq!(cols[2], success.to_string(), "{out}");
    assert_eq!(cols[5], confirmations.to_string(), "{out}");
    // Each 纠纷类型 line adds up to the total.
    let sum: usize = out
        .lines()
        .skip(2)
        .take_while(|l| !l.starts_with("合计"))
        .map(|l| l.split('\t').nth(1).unwrap().parse::<usize>().unwrap())
        .sum();
    assert_eq!(sum, in_year.len());
    if undated > 0 {
        assert!(
            out.contains(&format!("另有 {undated} 件未填写受理日期")),
            "{out}"
        );
    }
}

#[test]
fn a_bad_period_is_refused_and_a_bad_file_is_reported_while_the_rest_are_read() {
    let (code, _, err) = register(&[&examples(), "--stats", "2025-13"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("无法识别统计期间「2025-13」"), "{err}");

    let dir = temp("dir");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(
        format!("{}/traffic-accident.json", examples()),
        dir.join("a.json"),
    )
    .unwrap();
    std::fs::write(dir.join("b.json"), "{ not json").unwrap();
    let csv_path = dir.join("out.csv");
    let (code, _, err) = register(&[dir.to_str().unwrap(), "--csv", csv_path.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("b.json"), "{err}");
    let bytes = std::fs::read(&csv_path).unwrap();
    let rows = csv::Reader::from_reader(&bytes[3..]).records().count();
    assert_eq!(rows, 1, "the good file is in the register");
    std::fs::remove_dir_all(&dir).ok();
}
