use crate::model::{Id, Record, RecordKind, Text};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// A structural unit (struktūrvienība) of an Interior Ministry service, where support persons serve.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub id: Id,
    pub name: Text,
    /// The service it belongs to, such as Valsts policija.
    pub service: Text,
    /// The region, such as Latgale or Rīga.
    pub region: Text,
}

impl Record for Unit {
    const KIND: RecordKind = RecordKind::Unit;

    fn id(&self) -> &Id {
        &self.id
    }

    fn rel_path(&self) -> PathBuf {
        PathBuf::from(format!("units/{}.toml", self.id))
    }
}
