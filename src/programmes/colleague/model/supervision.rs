use crate::model::{Date, Id, Record, RecordKind, Text, word_enum};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// A mandatory support-group (supervision) session for active support persons, led by a
/// psychologist, with each expected support person's attendance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Supervision {
    pub id: Id,
    pub date: Date,
    pub psychologist: Id,
    /// The region whose support persons were expected; all regions when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub present: Vec<Id>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub absent: Vec<Id>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excused: Vec<Id>,
}

impl Record for Supervision {
    const KIND: RecordKind = RecordKind::Supervision;

    fn id(&self) -> &Id {
        &self.id
    }

    fn rel_path(&self) -> PathBuf {
        PathBuf::from(format!("supervision/{}/{}.toml", self.date.year(), self.id))
    }
}

word_enum! {
    /// A support person's attendance at one session.
    Presence { Present = "present", Absent = "absent", Excused = "excused" }
}

impl Supervision {
    /// The attendance of one support person, if they were expected.
    pub fn presence(&self, supporter: &Id) -> Option<Presence> {
        if self.present.contains(supporter) {
            Some(Presence::Present)
        } else if self.absent.contains(supporter) {
            Some(Presence::Absent)
        } else if self.excused.contains(supporter) {
            Some(Presence::Excused)
        } else {
            None
        }
    }

    /// Everyone with an attendance mark, and the mark.
    pub fn marks(&self) -> impl Iterator<Item = (&Id, Presence)> {
        self.present
            .iter()
            .map(|s| (s, Presence::Present))
            .chain(self.absent.iter().map(|s| (s, Presence::Absent)))
            .chain(self.excused.iter().map(|s| (s, Presence::Excused)))
    }
}

use crate::model::kind::{Card, Env, Field, Kind, KindSpec, Layout, Programme, Ty};

/// A supervision session with its attendance marks.
pub const SUPERVISION: KindSpec = KindSpec {
    kind: RecordKind::Supervision,
    programme: Programme::ColleagueSupport,
    dir: "supervision",
    layout: Layout::Year,
    dated_by: Some("date"),
    prefix: 'v',
    name: "supervision session",
    plural: "supervision sessions",
    command: "supervision",
    label: None,
    person: false,
    fields: &[
        Field::new("date", Ty::Date, Card::Required).edit(),
        Field::new("psychologist", Ty::Ref(RecordKind::Psychologist), Card::Required).edit(),
        Field::new("region", Ty::Line, Card::Optional).edit(),
        Field::new("present", Ty::Ref(RecordKind::Supporter), Card::List).edit(),
        Field::new("absent", Ty::Ref(RecordKind::Supporter), Card::List).edit(),
        Field::new("excused", Ty::Ref(RecordKind::Supporter), Card::List).edit(),
    ],
    unique: &[],
    columns: &["id", "date", "psychologist", "region", "present", "absent", "excused"],
};

impl Kind for Supervision {
    const SPEC: &'static KindSpec = &SUPERVISION;
    type Settings = super::ColleagueSettings;

    fn validate(&self, env: &Env<Self::Settings>) -> Vec<crate::model::Problem> {
        let supporters: Vec<&super::Supporter> =
            self.marks().filter_map(|(id, _)| (env.get)(id).and_then(crate::model::AnyRef::as_supporter)).collect();
        super::rules::supervision(self, &supporters, env.exists)
    }

    fn any(&self) -> crate::model::AnyRef<'_> {
        crate::model::AnyRef::Supervision(self)
    }
}
