use super::{Date, Id, Record, RecordKind, Text, word_enum};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// A participant of one group, current or past; a peer when `peer` is set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: Id,
    pub name: Text,
    pub group: Id,
    pub role: Role,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peer: Option<PeerInfo>,
}

impl Person {
    pub fn is_peer(&self) -> bool {
        self.peer.is_some()
    }
}

impl Record for Person {
    const KIND: RecordKind = RecordKind::Person;

    fn id(&self) -> &Id {
        &self.id
    }

    fn rel_path(&self) -> PathBuf {
        PathBuf::from(format!("people/{}.toml", self.id))
    }
}

word_enum! {
    /// Who a participant is in the group.
    Role { Child = "child", Parent = "parent", FosterParent = "foster-parent", Guardian = "guardian" }
}

word_enum! {
    /// Where a peer stands in the leader's pipeline.
    Stage {
        Identified = "identified",
        Approached = "approached",
        Motivated = "motivated",
        Prepared = "prepared",
        Active = "active",
        Ended = "ended",
    }
}

/// What makes a participant a peer: the history of their stages, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeerInfo {
    pub stages: Vec<StageChange>,
}

impl PeerInfo {
    /// The current stage: the last change.
    pub fn stage(&self) -> Option<Stage> {
        self.stages.last().map(|s| s.stage)
    }
}

/// One move of a peer into a stage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageChange {
    pub stage: Stage,
    pub date: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}
