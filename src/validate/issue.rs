//! One finding of validation: how serious it is, where it is (a field path in the
//! same syntax as `document::FieldPath` and `model::json_path`: `parties[0].id_number`,
//! `agreement.signatures.parties.p1`), what is wrong in Chinese, what to do, and the
//! law or standard it rests on.

use serde::Serialize;
use std::cmp::Ordering;

/// How serious an issue is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The document would be wrong or unusable: fix before printing.
    Error,
    /// Probably wrong, or a legal risk; the user (or the court) decides.
    Warning,
    /// For information: a derived value offered, a soft heuristic, a reminder.
    Notice,
}

impl Severity {
    /// 「错误」「警告」「提示」.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "错误",
            Severity::Warning => "警告",
            Severity::Notice => "提示",
        }
    }
}

/// A value the UI can apply with one click: set `path` to `value` (JSON, as in the
/// case file), shown to the user as `label`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Suggestion {
    pub path: String,
    pub value: serde_json::Value,
    /// The value as the user reads it, e.g. 「女」 for `"female"`.
    pub label: String,
}

/// One issue found in a case.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Issue {
    pub severity: Severity,
    /// The field, e.g. `parties[0].id_number`; empty for the case as a whole.
    pub path: String,
    /// A stable identifier of the rule, e.g. `id_card.check`; see `validate` for the list.
    pub rule: &'static str,
    /// What is wrong, in Chinese.
    pub message: String,
    /// What to do about it, in Chinese; may be empty.
    pub hint: String,
    /// The law or standard the rule rests on, e.g. 「GB 11643-1999」「人民调解法第二十九条」.
    pub basis: &'static str,
    pub suggestion: Option<Suggestion>,
}

impl Issue {
    /// A new issue with no hint and no suggestion.
    pub fn new(
        severity: Severity,
        path: impl Into<String>,
        rule: &'static str,
        basis: &'static str,
        message: impl Into<String>,
    ) -> Issue {
        Issue {
            severity,
            path: path.into(),
            rule,
            message: message.into(),
            hint: String::new(),
            basis,
            suggestion: None,
        }
    }

    /// An [`Severity::Error`].
    pub fn error(
        path: impl Into<String>,
        rule: &'static str,
        basis: &'static str,
        message: impl Into<String>,
    ) -> Issue {
        Issue::new(Severity::Error, path, rule, basis, message)
    }

    /// A [`Severity::Warning`].
    pub fn warning(
        path: impl Into<String>,
        rule: &'static str,
        basis: &'static str,
        message: impl Into<String>,
    ) -> Issue {
        Issue::new(Severity::Warning, path, rule, basis, message)
    }

    /// A [`Severity::Notice`].
    pub fn notice(
        path: impl Into<String>,
        rule: &'static str,
        basis: &'static str,
        message: impl Into<String>,
    ) -> Issue {
        Issue::new(Severity::Notice, path, rule, basis, message)
    }

    /// With this hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Issue {
        self.hint = hint.into();
        self
    }

    /// With this suggestion.
    pub fn suggest(
        mut self,
        path: impl Into<String>,
        value: serde_json::Value,
        label: impl Into<String>,
    ) -> Issue {
        self.suggestion = Some(Suggestion {
            path: path.into(),
            value,
            label: label.into(),
        });
        self
    }

    /// The one-line readable form: 「错误　parties[0].id_number　身份证号校验码错误：应为X，实为3（依据：GB 11643-1999）」.
    pub fn line(&self) -> String {
        let path = if self.path.is_empty() {
            "（整个案件）"
        } else {
            self.path.as_str()
        };
        if self.basis.is_empty() {
            format!("{}　{}　{}", self.severity.label(), path, self.message)
        } else {
            format!(
                "{}　{}　{}（依据：{}）",
                self.severity.label(),
                path,
                self.message,
                self.basis
            )
        }
    }
}

/// Counts by severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub notices: usize,
}

impl Summary {
    /// Count the issues.
    pub fn of(issues: &[Issue]) -> Summary {
        let mut s = Summary::default();
        for i in issues {
            match i.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
                Severity::Notice => s.notices += 1,
            }
        }
        s
    }
}

impl std::fmt::Display for Summary {
    /// 「2 个错误，3 个警告，1 个提示」, or 「未发现问题」.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.errors + self.warnings + self.notices == 0 {
            return f.write_str("未发现问题");
        }
        write!(
            f,
            "{} 个错误，{} 个警告，{} 个提示",
            self.errors, self.warnings, self.notices
        )
    }
}

/// One piece of a path: a field name or an index.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum Segment<'a> {
    Index(u64),
    Name(&'a str),
}

fn segments(path: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let mut rest = part;
        if let Some(i) = rest.find('[') {
            if i > 0 {
                out.push(Segment::Name(&rest[..i]));
            }
            rest = &rest[i..];
            while let Some(r) = rest.strip_prefix('[') {
                let end = r.find(']').unwrap_or(r.len());
                let inner = &r[..end];
                out.push(
                    inner
                        .parse()
                        .map(Segment::Index)
                        .unwrap_or(Segment::Name(inner)),
                );
                rest = r.get(end + 1..).unwrap_or("");
            }
        } else if !rest.is_empty() {
            out.push(Segment::Name(rest));
        }
    }
    out
}

/// Compare two paths field by field, indices numerically (`parties[2]` before
/// `parties[10]`).
pub fn compare_paths(a: &str, b: &str) -> Ordering {
    segments(a).cmp(&segments(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_compare_indices_numerically() {
        assert_eq!(
            compare_paths("parties[2].name", "parties[10].name"),
            Ordering::Less
        );
        assert_eq!(
            compare_paths("agreement", "agreement.clauses[0]"),
            Ordering::Less
        );
        assert_eq!(compare_paths("", "agreement"), Ordering::Less);
    }

    #[test]
    fn line_shows_severity_path_message_and_basis() {
        let i = Issue::error(
            "parties[0].id_number",
            "id_card.invalid",
            "GB 11643-1999",
            "身份证号校验码错误：应为X，实为3",
        );
        assert_eq!(
            i.line(),
            "错误　parties[0].id_number　身份证号校验码错误：应为X，实为3（依据：GB 11643-1999）"
        );
    }

    #[test]
    fn summary_counts_by_severity() {
        let issues = vec![
            Issue::error("a", "r", "", "m"),
            Issue::warning("a", "r", "", "m"),
            Issue::warning("a", "r", "", "m"),
            Issue::notice("a", "r", "", "m"),
        ];
        assert_eq!(
            Summary::of(&issues).to_string(),
            "1 个错误，2 个警告，1 个提示"
        );
        assert_eq!(Summary::of(&[]).to_string(), "未发现问题");
    }
}
