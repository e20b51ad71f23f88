//! Training notes on the forms, as data (`explain/forms.json`): for every single form of
//! the one list (`document::forms::FORMS`), its parts in print order — the label as printed, the
//! case field the part comes from, what goes in it, why it is there, and the article
//! that requires it (cited as the domain spec cites it; 「司法部文书格式」 or 「本工具」
//! where the spec gives no article). The texts are plain Chinese for trainers and new
//! mediators; they are data, not wording printed on a form.
//!
//! Shared by the tests and the app: the app fetches the same file (copied into `dist/`
//! by trunk) and parses it with [`parse`].

use crate::model::DocKind;
use serde::{Deserialize, Serialize};

/// The notes file as shipped, for native use (tests, the command line).
pub const FORMS_JSON: &str = include_str!("explain/forms.json");

/// The notes on one form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormNotes {
    /// The form's key in `document::forms::FORMS` (`agreement`, `proof`, …).
    pub form: String,
    /// The form's parts in print order.
    pub parts: Vec<PartNote>,
}

/// One part of a form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartNote {
    /// The heading or field label as printed, e.g. 「纠纷主要事实、争议事项」.
    pub label: String,
    /// The case field the part comes from, in the field-path syntax of
    /// `document::FieldPath` (the preview's `data-field`), e.g. `agreement.facts`;
    /// `[*]` stands for any index (`parties[*].agents`). The part's marks are the
    /// preview's runs whose path is this one or below it ([`covers`]). Empty for a
    /// part the tool fills itself from no field (the 卷内目录's columns): its mark is
    /// the printed label.
    pub field: String,
    /// What goes in it.
    pub what: String,
    /// Why it is there.
    pub why: String,
    /// The article that requires it, in Chinese as the mediator reads it
    /// (「人民调解法第二十九条」), or 「司法部文书格式（2010）」 / 「本工具」 where the spec
    /// gives no article.
    pub basis: String,
    /// Where the domain spec says so, quoted word for word (`人民调解法 Art. 29`, a
    /// section heading): the tests find it in the project's copy of the spec
    /// (`docs/domain-spec.md`), so no citation is invented.
    pub spec: String,
    /// For a basis that cites an article of a statute or judicial interpretation the
    /// project carries (`docs/law/`): the article's own words that say so, verbatim.
    /// The tests find them inside that article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// The whole notes file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Notes {
    pub forms: Vec<FormNotes>,
}

impl Notes {
    /// The notes on `kind`, if it has any (bundles have none: their parts do).
    pub fn of(&self, kind: DocKind) -> Option<&FormNotes> {
        self.forms.iter().find(|f| f.form == kind.key())
    }
}

/// Read a notes file; the message names the line and column of a fault.
pub fn parse(text: &str) -> Result<Notes, String> {
    serde_json::from_str(text).map_err(|e| {
        format!(
            "培训说明文件无法读取（第 {} 行第 {} 列）：{e}",
            e.line(),
            e.column()
        )
    })
}

/// The notes shipped with this build ([`FORMS_JSON`]).
pub fn shipped() -> Notes {
    parse(FORMS_JSON).unwrap_or(Notes { forms: Vec::new() })
}

/// Whether a part path covers a run path (`document::covers`, a rule of field paths
/// that the training notes and the preview's marks share).
pub use super::ir::covers;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_covers_itself_and_what_is_below_it_but_not_a_sibling() {
        assert!(covers("dispute.facts", "dispute.facts"));
        assert!(covers("parties", "parties[0].name"));
        assert!(covers("agreement.clauses", "agreement.clauses[1].text"));
        assert!(!covers("dispute.fact", "dispute.facts"));
        assert!(!covers(
            "agreement.clauses[1]",
            "agreement.clauses[10].text"
        ));
        assert!(!covers("parties[0].name", "parties"));
        assert!(covers("parties[*].agents", "parties[2].agents[0].name"));
        assert!(covers(
            "parties[*].agents[*].authority",
            "parties[12].agents[3].authority"
        ));
        assert!(!covers("parties[*].agents", "parties.agents"));
        assert!(!covers("parties[*].agents", "parties[x].agents"));
        assert!(!covers("parties[*].agents", "parties[1].agent"));
        assert!(!covers("", "parties"));
    }

    #[test]
    fn a_broken_file_is_an_error_naming_the_place_never_a_panic() {
        let e = parse("{\"forms\": [ {\"form\": 1} ]}").unwrap_err();
        assert!(e.contains("第 1 行"), "{e}");
        assert!(parse("").is_err());
        assert!(parse("{\"forms\": [], \"extra\": 1}").is_err());
    }

    #[test]
    fn the_shipped_file_parses() {
        let notes = parse(FORMS_JSON).expect("shipped notes parse");
        assert!(!notes.forms.is_empty());
        assert!(notes.of(DocKind::Agreement).is_some());
        assert!(notes.of(DocKind::Filing).is_none());
    }
}

/// The guide file as shipped (`explain/guide.json`): 「五步完成第一份调解协议书」.
pub const GUIDE_JSON: &str = include_str!("explain/guide.json");

/// The guided first case: a title and its steps, in order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    pub title: String,
    pub steps: Vec<GuideStep>,
}

/// One step of the guide.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideStep {
    /// What decides that the step is done (the app's `ui::state::guide` reads it):
    /// `committee`, `parties`, `facts`, `clauses` or `export`.
    pub check: String,
    /// The field the step is about, focused when the step is chosen; empty for the
    /// export step (its button is focused instead).
    pub field: String,
    pub title: String,
    pub text: String,
}

/// Read a guide file; the message names the line and column of a fault.
pub fn parse_guide(text: &str) -> Result<Guide, String> {
    serde_json::from_str(text).map_err(|e| {
        format!(
            "培训引导文件无法读取（第 {} 行第 {} 列）：{e}",
            e.line(),
            e.column()
        )
    })
}
