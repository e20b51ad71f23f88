//! The whole case record.

use super::*;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The version of the case file format this build writes. See `docs/case-format.md`.
pub const SCHEMA_VERSION: u32 = 2;

/// One mediation case: everything every form of it prints.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Case {
    pub schema_version: u32,
    pub committee: Committee,
    pub parties: Vec<Party>,
    pub dispute: Dispute,
    pub intake: Intake,
    pub investigations: Vec<Investigation>,
    pub sessions: Vec<MediationSession>,
    pub agreement: Agreement,
    pub confirmation: Option<JudicialConfirmation>,
    pub visits: Vec<Visit>,
    pub archive: Archive,
    pub settings: Settings,
    /// The committee's own holiday schedules for years this build does not know, that
    /// the case's deadlines depend on: written into the case file when it is exported,
    /// so another device and the command line count the same last day (version 2).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub holidays: Vec<HolidayYear>,
}

impl Default for Case {
    fn default() -> Self {
        Case {
            schema_version: SCHEMA_VERSION,
            committee: Committee::default(),
            parties: Vec::new(),
            dispute: Dispute::default(),
            intake: Intake::default(),
            investigations: Vec::new(),
            sessions: Vec::new(),
            agreement: Agreement::default(),
            confirmation: None,
            visits: Vec::new(),
            archive: Archive::default(),
            settings: Settings::default(),
            holidays: Vec::new(),
        }
    }
}

impl Case {
    /// The cover's 调解日期 「…至…」: the archive's own dates where given, else from
    /// the day the case was accepted to the day it was closed (domain spec §4.2).
    pub fn mediation_dates(&self) -> (Option<Date>, Option<Date>) {
        (
            self.archive.mediation_from.or(self.intake.accepted_on),
            self.archive.mediation_to.or(self.archive.closed_on),
        )
    }

    /// The date ages are counted to on every form of the case, and by validation and
    /// the editor: the day the agreement was formed, else `today`.
    pub fn age_date(&self, today: Date) -> Date {
        self.agreement.formed_on.unwrap_or(today)
    }

    /// The party with this id.
    pub fn party(&self, id: &str) -> Option<&Party> {
        self.parties.iter().find(|p| p.id == id)
    }

    /// The index of the party with this id.
    pub fn party_index(&self, id: &str) -> Option<usize> {
        self.parties.iter().position(|p| p.id == id)
    }

    /// An id not used by any party yet (`p1`, `p2`, …).
    pub fn fresh_party_id(&self) -> String {
        (1..)
            .map(|n| format!("p{n}"))
            .find(|id| self.party(id).is_none())
            .unwrap_or_default()
    }
}
