//! The colleague-support programme's settings: `[colleague]` in `peerlog.toml`.

use serde::{Deserialize, Serialize};

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

impl crate::model::kind::Settings for ColleagueSettings {
    const KEY: Option<&'static str> = Some("colleague");
}
