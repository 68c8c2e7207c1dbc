use super::Phone;
use crate::model::{Id, Record, RecordKind, Text};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// A contact of the level 2 psychologists (IeM VSC): a named psychologist, or a city's line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Psychologist {
    pub id: Id,
    pub name: Text,
    pub city: Text,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    /// Such as IeM VSC Psiholoģiskā atbalsta nodaļa, or its "Dzintari" division.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub division: Option<Text>,
}

impl Record for Psychologist {
    const KIND: RecordKind = RecordKind::Psychologist;

    fn id(&self) -> &Id {
        &self.id
    }

    fn rel_path(&self) -> PathBuf {
        PathBuf::from(format!("psychologists/{}.toml", self.id))
    }
}
