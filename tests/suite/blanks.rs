//! Issue 21: every blank a form prints is announced for that form. For every form of
//! the registry and every case the project ships (examples and fixtures), each blank the
//! builder records (`Run::blank`, with the field path it stands for) that is not left
//! for the pen at signing (`Run::pen`) has a finding of that form's check at that path,
//! a warning or an error; no blank-looking text (＿, an empty 「　年　月　日」) is printed
//! unmarked; and a finding that says 「文书中此处将留空」 has its blank in the form.

use crate::common;
use std::collections::BTreeSet;
use tiaojie::document::forms::FORMS;
use tiaojie::document::{FieldPath, Run, covers, paragraphs};
use tiaojie::layout::FixedMetrics;
use tiaojie::validate::Severity;
use tiaojie::values::calendar::Calendar;

/// Whether `run` looks like a blank: low lines, or a date with no digits.
fn looks_blank(run: &Run) -> bool {
    let t = &run.text;
    t.contains('＿')
        || (t.contains('年')
            && t.contains('月')
            && t.contains('日')
            && !t
                .chars()
                .any(|c| c.is_ascii_digit() || "〇一二三四五六七八九十".contains(c)))
}

/// The data blanks, the pen blanks and the unmarked blank-looking runs of a form.
struct Blanks {
    data: BTreeSet<String>,
    /// Every blank with a field, data or pen.
    all: BTreeSet<String>,
    unmarked: Vec<String>,
    unpathed: Vec<String>,
}

fn blanks(docs: &[tiaojie::document::Document]) -> Blanks {
    let mut b = Blanks {
        data: BTreeSet::new(),
        all: BTreeSet::new(),
        unmarked: Vec::new(),
        unpathed: Vec::new(),
    };
    for d in docs {
        for p in paragraphs(&d.blocks) {
            for r in &p.runs {
                if let (true, Some(FieldPath(path))) = (r.blank, &r.field) {
                    b.all.insert(path.clone());
                }
                if r.blank && !r.pen {
                    match &r.field {
                        Some(FieldPath(path)) => {
                            b.data.insert(path.clone());
                        }
                        None => b.unpathed.push(p.text()),
                    }
                } else if !r.blank && looks_blank(r) {
                    b.unmarked
                        .push(format!("「{}」 in 「{}」", r.text, p.text()));
                }
            }
        }
    }
    b
}

/// A finding at `issue` speaks of a blank at `blank`: the same field, one within the
/// other (a name missing in the party list the blank stands for).
fn related(issue: &str, blank: &str) -> bool {
    issue == blank || covers(issue, blank) || covers(blank, issue)
}

#[test]
fn every_blank_a_form_prints_has_a_finding_of_that_form_at_its_path() {
    let today = common::today();
    let mut faults = Vec::new();
    let mut checked = 0usize;
    for file in common::cases() {
        let case = common::case(&file);
        let calendar = Calendar::with(&case.holidays);
        // Every blank any form of the case prints, for data or for the pen (what a
        // 「留空」 finding may speak of).
        let mut anywhere = BTreeSet::new();
        let mut per_form = Vec::new();
        for f in FORMS.iter().filter(|f| !f.kind.is_bundle()) {
            // The documents as the PDF prints them (the 目录 and 备考表 from the laid-out
            // 卷宗, with their numbers).
            let (docs, _) = tiaojie::pipeline::pages(&case, f.kind, today, &FixedMetrics);
            let b = blanks(&docs);
            anywhere.extend(b.all.iter().cloned());
            per_form.push((f, b));
        }
        for (f, b) in per_form {
            let issues = tiaojie::pipeline::check(&case, &[f.kind], today, &calendar);
            for u in &b.unmarked {
                faults.push(format!("{file} {}: an unmarked blank {u}", f.key));
            }
            for u in &b.unpathed {
                faults.push(format!(
                    "{file} {}: a blank with no field in 「{u}」",
                    f.key
                ));
            }
            for path in &b.data {
                checked += 1;
                let found = issues
                    .iter()
                    .any(|i| i.severity <= Severity::Warning && related(&i.path, path));
                if !found {
                    faults.push(format!(
                        "{file} {}: prints a blank at {path} that its check does not warn about",
                        f.key
                    ));
                }
            }
            for i in issues
                .iter()
                .filter(|i| i.hint.contains("文书中此处将留空"))
            {
                if !anywhere.iter().any(|p| related(&i.path, p)) {
                    faults.push(format!(
                        "{file} {}: says 「{}」 will be blank at {} but prints no blank there",
                        f.key, i.message, i.path
                    ));
                }
            }
        }
    }
    assert!(checked >= 50, "only {checked} blanks checked");
    assert!(
        faults.is_empty(),
        "{} faults:\n{}",
        faults.len(),
        faults.join("\n")
    );
}
