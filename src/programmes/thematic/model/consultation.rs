use crate::model::{Date, Id, Record, RecordKind, Text, TimeRange, word_enum};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// One individual, in-person consultation a peer gives a recipient.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consultation {
    pub id: Id,
    pub status: Status,
    pub peer: Id,
    pub recipient: Id,
    pub date: Date,
    pub time: TimeRange,
    pub place: Text,
    pub topic: Text,
    /// Why a cancelled consultation was called off: a short line, no details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<Text>,
}

impl Record for Consultation {
    const KIND: RecordKind = RecordKind::Consultation;

    fn id(&self) -> &Id {
        &self.id
    }

    /// `consultations/YYYY/YYYY-MM-DD/ID.toml`: one folder a day, so a write checks the day's
    /// consultations for duplicates without reading the rest.
    fn rel_path(&self) -> PathBuf {
        // Built in one string: loading a folder computes this for every consultation.
        let mut path = day_dir_string(self.date);
        path.push('/');
        path.push_str(self.id.as_str());
        path.push_str(".toml");
        PathBuf::from(path)
    }
}

/// The folder holding a day's consultations.
pub fn day_dir(date: Date) -> PathBuf {
    PathBuf::from(day_dir_string(date))
}

fn day_dir_string(date: Date) -> String {
    format!("consultations/{}/{}", date.year(), date.0)
}

word_enum! {
    /// A consultation announced by the peer (planned), confirmed (held) or called off (cancelled).
    Status { Planned = "planned", Held = "held", Cancelled = "cancelled" }
}

use crate::model::kind::{Card, ConsentRule, Env, Field, Kind, KindSpec, Layout, Programme, Ty, Unique};

/// A consultation: one a day folder; one record per peer, recipient, date and time.
pub const CONSULTATION: KindSpec = KindSpec {
    kind: RecordKind::Consultation,
    programme: Programme::ThematicGroups,
    dir: "consultations",
    layout: Layout::Day,
    dated_by: Some("date"),
    prefix: 'c',
    name: "consultation",
    plural: "consultations",
    command: "consult",
    label: None,
    person: false,
    fields: &[
        Field::new("status", Ty::Word(Status::WORDS), Card::Required).edit(),
        Field::new("peer", Ty::Ref(RecordKind::Person), Card::Required).edit(),
        Field::new("recipient", Ty::Ref(RecordKind::Person), Card::Required).edit(),
        Field::new("date", Ty::Date, Card::Required).edit(),
        Field::new("time", Ty::Time, Card::Required).edit(),
        Field::new("place", Ty::Line, Card::Required).edit(),
        Field::new("topic", Ty::Line, Card::Required).edit(),
        Field::new("reason", Ty::Line, Card::Optional).edit(),
    ],
    unique: &[Unique {
        fields: &["peer", "recipient", "date", "time"],
        scope: None,
        unless: &[("status", Some("cancelled"))],
        message: "unique-consultation",
        at: "time",
    }],
    columns: &["id", "status", "date", "time", "peer", "recipient", "place", "topic"],
};

impl Kind for Consultation {
    const SPEC: &'static KindSpec = &CONSULTATION;
    type Settings = ();

    fn validate(&self, env: &Env) -> Vec<crate::model::Problem> {
        use crate::model::rules::{self, Problem, Severity};
        let person = |id: &Id| (env.get)(id).and_then(crate::model::AnyRef::as_person);
        let (peer, recipient) = (person(&self.peer), person(&self.recipient));
        let mut out = rules::consultation(self, peer, recipient);
        if let Some(group) = peer.and_then(|p| (env.get)(&p.group)).and_then(crate::model::AnyRef::as_group) {
            out.extend(rules::consultation_timing(self, group));
        }
        if let (ConsentRule::Required, Some(peer), Some(recipient)) = (env.consent, peer, recipient) {
            let missing = rules::consent(self, peer, recipient);
            // What is recorded already is listed as a warning; a new write is refused.
            out.extend(
                missing.into_iter().map(|p| if env.writing { p } else { Problem { severity: Severity::Warning, ..p } }),
            );
        }
        out
    }

    fn any(&self) -> crate::model::AnyRef<'_> {
        crate::model::AnyRef::Consultation(self)
    }

    fn clashes(&self, other: &Self, env: &Env) -> Option<crate::model::Problem> {
        let name = |id: &Id| match (env.get)(id).and_then(crate::model::AnyRef::as_person) {
            Some(p) => p.name.to_string(),
            None => id.to_string(),
        };
        crate::model::rules::overlap(self, other, &name)
    }

    fn unique_keys(&self) -> Vec<(usize, String)> {
        if self.status == Status::Cancelled {
            return Vec::new();
        }
        vec![(0, format!("\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}", self.peer, self.recipient, self.date, self.time))]
    }
}
