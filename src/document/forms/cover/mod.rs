//! 卷宗封面 (domain spec §4.2): the committee, 调解卷宗, then 卷名, 卷号 (from the
//! committee's `volume_pattern`, §1.3), 人民调解员, 调解日期 …至…, 立卷人, 立卷日期,
//! 保管期限 (§4.6) and 备注; 当事人, 纠纷类型 and 调解结果 when the committee turns them
//! on (`settings.cover_fields`). Also the 卷号 and 保管期限 every form of the file uses.

pub mod wording;

use super::super::common::{Options, clause_text, dispute_title, fill_pattern};
use super::super::*;
use super::kit;
use crate::model::{Case, Outcome, SubjectFlag};
use wording as w;

/// The case's 卷号: typed in full (`archive.number`), else the committee's
/// `volume_pattern` filled with the year the case was accepted and `archive.serial`;
/// empty when the serial or the year is unknown.
pub fn volume_number(case: &Case) -> String {
    let a = &case.archive;
    if !a.number.trim().is_empty() {
        return a.number.trim().to_string();
    }
    fill_pattern(
        &case.settings.volume_pattern,
        volume_year(case),
        &case.committee.short_name,
        a.serial,
    )
}

/// The year of the 卷号: the year the case was accepted, else the one it was filed,
/// else the agreement's.
fn volume_year(case: &Case) -> Option<i32> {
    case.intake
        .accepted_on
        .or(case.archive.filed_on)
        .or(case.agreement.formed_on)
        .map(|d| d.year())
}

/// The 卷号 as printed: the number, or the pattern with blanks where the year or serial
/// is unknown (「（　　）翠苑一区人调字第　　号」), to fill in by hand.
fn volume_number_or_blank(case: &Case) -> (String, bool) {
    let n = volume_number(case);
    if !n.is_empty() {
        return (n, false);
    }
    let year = volume_year(case).map(|y| y.to_string());
    let serial = case.archive.serial.map(|s| s.to_string());
    let short = case.committee.short_name.trim();
    let text = case
        .settings
        .volume_pattern
        .replace("{年}", year.as_deref().unwrap_or(w::PATTERN_BLANK))
        .replace(
            "{简称}",
            if short.is_empty() {
                w::PATTERN_BLANK
            } else {
                short
            },
        )
        .replace("{序号}", serial.as_deref().unwrap_or(w::PATTERN_BLANK));
    (text, true)
}

/// The 保管期限: `archive.retention` when typed, else the default rule of §4.6 —
/// 长期 when the agreement has ongoing obligations or concerns real property, else
/// 短期 — in the committee's scheme (30年 / 10年 when it has no 长期 / 短期).
pub fn retention(case: &Case) -> String {
    let typed = case.archive.retention.trim();
    if !typed.is_empty() {
        return typed.to_string();
    }
    let long = ongoing_obligations(case) || real_property(case);
    let (plain, scheme_2006) = if long {
        (w::RETENTION_LONG, w::RETENTION_LONG_2006)
    } else {
        (w::RETENTION_SHORT, w::RETENTION_SHORT_2006)
    };
    let scheme = &case.settings.retention_scheme;
    if !scheme.iter().any(|s| s == plain) && scheme.iter().any(|s| s == scheme_2006) {
        scheme_2006.to_string()
    } else {
        plain.to_string()
    }
}

/// Whether an obligation of the agreement runs on after the case is closed: a typed
/// payment due after the closing (or filing) date, or a term with periodic or lasting
/// duties (「每月」「分期」「一年内」…).
pub fn ongoing_obligations(case: &Case) -> bool {
    let closed = case.archive.closed_on.or(case.archive.filed_on);
    let a = &case.agreement;
    let due_later = a.clauses.iter().any(|c| {
        matches!(
            (c.obligation.as_ref().and_then(|o| o.due), closed),
            (Some(due), Some(closed)) if due > closed
        )
    });
    due_later
        || a.clauses
            .iter()
            .map(|c| clause_text(case, c))
            .chain([a.performance.clone()])
            .any(|t| w::ONGOING_WORDS.iter().any(|k| t.contains(k)))
}

/// Whether the agreement concerns real property: a property dispute type, a clause
/// flagged as property ownership, or a term naming land or buildings.
pub fn real_property(case: &Case) -> bool {
    w::PROPERTY_KINDS.contains(&case.dispute.kind.trim())
        || case.agreement.clauses.iter().any(|c| {
            c.flags.contains(&SubjectFlag::PropertyOwnership)
                || w::PROPERTY_WORDS
                    .iter()
                    .any(|k| clause_text(case, c).contains(k))
        })
}

/// Build the cover for `case`. Total: every missing value becomes a blank.
pub fn build(case: &Case, _opts: &Options) -> Document {
    let a = &case.archive;
    let committee = case.committee.name.trim();
    let committee_line = if committee.is_empty() {
        vec![
            Run::field("", "committee.name", 8),
            Run::fixed(w::COMMITTEE_SUFFIX),
        ]
    } else {
        vec![Run::value(committee, "committee.name")]
    };
    let mut blocks = vec![
        Block::Space(2.0),
        Block::Paragraph(Paragraph::new(Role::Heading, committee_line).align(Align::Center)),
        Block::Space(1.0),
        kit::title(w::TITLE),
        Block::Space(3.0),
    ];

    let mut fields: Vec<(&str, Vec<Run>)> = Vec::new();
    let field = |value: &str, path: &str, min: usize| vec![Run::field(value, path, min)];
    fields.push((
        w::VOLUME_NAME,
        field(&dispute_title(case), "dispute.title", 12),
    ));
    let (number, blank) = volume_number_or_blank(case);
    fields.push((
        w::VOLUME_NUMBER,
        vec![Run {
            text: number,
            blank,
            field: Some(FieldPath::new("archive.number")),
            keep: blank,
            pen: false,
            spread_to: None,
        }],
    ));
    let cf = case.settings.cover_fields;
    if cf.parties {
        fields.push((
            w::PARTIES,
            field(&kit::all_party_names(case), "parties", 12),
        ));
    }
    if cf.dispute_kind {
        fields.push((w::KIND, field(&case.dispute.kind, "dispute.kind", 8)));
    }
    fields.push((
        w::MEDIATORS,
        field(&mediators(case), "agreement.mediators", 8),
    ));
    let (from, to) = case.mediation_dates();
    fields.push((
        w::DATES,
        vec![
            date_run(from, "archive.mediation_from"),
            Run::fixed(w::TO),
            date_run(to, "archive.mediation_to"),
        ],
    ));
    if cf.outcome {
        let outcome = match a.outcome {
            Outcome::Open => "",
            Outcome::Success => w::OUTCOME_SUCCESS,
            Outcome::Failure => w::OUTCOME_FAILURE,
        };
        fields.push((w::OUTCOME, field(outcome, "archive.outcome", 6)));
    }
    fields.push((w::FILED_BY, field(&a.filed_by, "archive.filed_by", 6)));
    fields.push((w::FILED_ON, vec![date_run(a.filed_on, "archive.filed_on")]));
    fields.push((
        w::RETENTION,
        field(&retention(case), "archive.retention", 6),
    ));
    // An empty 备注 is nothing to note, not a missing value: no blank.
    fields.push((w::NOTES, vec![Run::value(a.notes.trim(), "archive.notes")]));

    let hang = (w::LABEL_WIDTH + w::COLON.chars().count()) as f32;
    let last = fields.len().saturating_sub(1);
    for (i, (label, runs)) in fields.into_iter().enumerate() {
        let mut line = kit::label_runs(label, w::LABEL_WIDTH);
        line.extend(runs);
        blocks.push(Block::Paragraph(
            Paragraph::new(Role::Body, line)
                .align(Align::Left)
                .indent(2.0, 2.0 + hang),
        ));
        if i < last {
            blocks.push(Block::Space(0.6));
        }
    }

    Document {
        meta: kit::meta(w::META_TITLE, case),
        blocks,
    }
}

/// The mediators on the cover: those who presided over the agreement, else everyone
/// who mediated a session, each once.
fn mediators(case: &Case) -> String {
    let named = kit::join_names(&case.agreement.mediators);
    if !named.is_empty() {
        return named;
    }
    let mut seen: Vec<&String> = Vec::new();
    for m in case.sessions.iter().flat_map(|s| &s.mediators) {
        if !m.trim().is_empty() && !seen.iter().any(|s| s.trim() == m.trim()) {
            seen.push(m);
        }
    }
    kit::join_names(seen)
}

/// A date in body text, or the 「　　年　　月　　日」 blank.
fn date_run(d: Option<crate::model::Date>, path: &str) -> Run {
    Run {
        text: super::super::common::date_text(d),
        blank: d.is_none(),
        field: Some(FieldPath::new(path)),
        keep: true,
        pen: false,
        spread_to: None,
    }
}
