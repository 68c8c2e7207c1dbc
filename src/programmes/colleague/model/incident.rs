use super::{Moment, Word};
use crate::model::{Date, Id, Record, RecordKind, word_enum};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// A critical incident involving officers, as notified to a psychologist so that level 2 can
/// help the team or individuals. Facts only: no names, no description.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Incident {
    pub id: Id,
    /// The day of the incident.
    pub date: Date,
    /// One of the folder's incident categories (peerlog.toml).
    pub category: Word,
    pub unit: Id,
    /// How many officers were involved.
    pub officers: u32,
    /// When the psychologist was notified.
    pub notified: Moment,
    /// Which psychologist (or city line) was notified.
    pub psychologist: Id,
    /// The support person who notified, if one did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supporter: Option<Id>,
    pub help: HelpRequested,
    pub follow_up: FollowUp,
}

impl Record for Incident {
    const KIND: RecordKind = RecordKind::Incident;

    fn id(&self) -> &Id {
        &self.id
    }

    fn rel_path(&self) -> PathBuf {
        PathBuf::from(format!("incidents/{}/{}.toml", self.date.year(), self.id))
    }
}

word_enum! {
    /// The help asked of the psychologists.
    HelpRequested { Team = "team", Individual = "individual", Both = "both", NoHelp = "none" }
}

word_enum! {
    /// Where the psychologists' follow-up stands.
    FollowUp { Pending = "pending", InProgress = "in-progress", Done = "done", NotNeeded = "not-needed" }
}

impl FollowUp {
    /// Still needs the coordinator's attention.
    pub fn is_open(self) -> bool {
        matches!(self, FollowUp::Pending | FollowUp::InProgress)
    }
}

use crate::model::kind::{Card, Env, Field, Kind, KindSpec, Layout, Programme, Ty};

/// A critical incident notification, by the year of the incident.
pub const INCIDENT: KindSpec = KindSpec {
    kind: RecordKind::Incident,
    programme: Programme::ColleagueSupport,
    dir: "incidents",
    layout: Layout::Year,
    dated_by: Some("date"),
    prefix: 'i',
    name: "incident notification",
    plural: "incident notifications",
    command: "incident",
    label: None,
    person: false,
    fields: &[
        Field::new("date", Ty::Date, Card::Required).edit(),
        Field::new("category", Ty::Category, Card::Required).edit(),
        Field::new("unit", Ty::Ref(RecordKind::Unit), Card::Required).edit(),
        Field::new("officers", Ty::Count, Card::Required).edit(),
        Field::new("notified", Ty::Moment, Card::Required).edit(),
        Field::new("psychologist", Ty::Ref(RecordKind::Psychologist), Card::Required).edit(),
        Field::new("supporter", Ty::Ref(RecordKind::Supporter), Card::Optional).edit(),
        Field::new("help", Ty::Word(HelpRequested::WORDS), Card::Required).edit(),
        Field::new("follow_up", Ty::Word(FollowUp::WORDS), Card::Required).edit(),
    ],
    unique: &[],
    columns: &["id", "date", "category", "unit", "officers", "notified", "psychologist", "help", "follow_up"],
};

impl Kind for Incident {
    const SPEC: &'static KindSpec = &INCIDENT;
    type Settings = super::ColleagueSettings;

    fn validate(&self, env: &Env<Self::Settings>) -> Vec<crate::model::Problem> {
        super::rules::incident(self, &env.settings.incident_categories, env.exists)
    }

    fn any(&self) -> crate::model::AnyRef<'_> {
        crate::model::AnyRef::Incident(self)
    }
}
