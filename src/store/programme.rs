//! Which programme a folder keeps records of, and the colleague-support programme's settings.

use crate::model::{RecordKind, word_enum};
use serde::{Deserialize, Serialize};

word_enum! {
    /// The programme of a folder, chosen once by `peerlog init --programme`.
    #[derive(Default)]
    Programme {
        /// Thematic support groups and peer consultations (seed 001): groups, participants, peers.
        #[default]
        ThematicGroups = "thematic-groups",
        /// Colleague support persons in the Interior Ministry (seed 000): units, support persons.
        ColleagueSupport = "colleague-support",
    }
}

impl Programme {
    pub fn is_default(&self) -> bool {
        *self == Programme::default()
    }

    /// The kinds of record a folder of this programme holds, in the order `check` reads them.
    pub fn kinds(self) -> &'static [RecordKind] {
        match self {
            Programme::ThematicGroups => {
                &[RecordKind::Group, RecordKind::Person, RecordKind::Consultation, RecordKind::Feedback]
            }
            Programme::ColleagueSupport => &[
                RecordKind::Unit,
                RecordKind::Supporter,
                RecordKind::Psychologist,
                RecordKind::Supervision,
                RecordKind::Contact,
                RecordKind::Incident,
                RecordKind::Referral,
            ],
        }
    }
}

/// The colleague-support programme's figures, in `[colleague]` of `peerlog.toml`, so a changed
/// course or policy needs no new release.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct ColleagueSettings {
    /// Hours of training sessions the course requires (36: six full working days).
    pub training_hours: u32,
    /// Distinct days of training sessions the course requires.
    pub training_days: u32,
    /// Individual consultations with a psychologist the course requires.
    pub training_consultations: u32,
    /// `support agenda` flags an active support person who missed this many supervision
    /// sessions in a row (excused absences do not count).
    pub supervision_missed: u32,
    /// `support agenda` flags a referral still open this many days after it was suggested.
    pub referral_open_days: u32,
    /// `report programme` shows counts from 1 to this minus 1 as `<N`; 0 stays 0.
    pub small_cell_threshold: u32,
    /// The categories a critical incident may have.
    pub incident_categories: Vec<String>,
}

impl Default for ColleagueSettings {
    fn default() -> Self {
        ColleagueSettings {
            training_hours: 36,
            training_days: 6,
            training_consultations: 3,
            supervision_missed: 2,
            referral_open_days: 14,
            small_cell_threshold: 3,
            incident_categories: [
                "death-of-colleague",
                "serious-injury",
                "violence-against-officer",
                "use-of-force",
                "suicide-or-attempt",
                "death-of-child",
                "mass-casualty",
                "other",
            ]
            .map(String::from)
            .to_vec(),
        }
    }
}
