use super::{Date, Id, Record, RecordKind, Text, TimeRange, word_enum};
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
