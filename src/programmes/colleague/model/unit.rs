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

use crate::model::kind::{Card, Env, Field, Kind, KindSpec, Layout, Programme, Ty, Unique};

/// A structural unit: unique by name in the folder.
pub const UNIT: KindSpec = KindSpec {
    kind: RecordKind::Unit,
    programme: Programme::ColleagueSupport,
    dir: "units",
    layout: Layout::Flat,
    dated_by: None,
    prefix: 'u',
    name: "unit",
    plural: "units",
    command: "unit",
    label: Some("name"),
    person: false,
    fields: &[
        Field::new("name", Ty::Line, Card::Required).edit(),
        Field::new("service", Ty::Line, Card::Required).edit(),
        Field::new("region", Ty::Line, Card::Required).edit(),
    ],
    unique: &[Unique { fields: &["name"], scope: None, unless: &[], message: "unique-unit", at: "name" }],
    columns: &["id", "name", "service", "region"],
};

impl Kind for Unit {
    const SPEC: &'static KindSpec = &UNIT;
    type Settings = super::ColleagueSettings;

    fn validate(&self, _env: &Env<Self::Settings>) -> Vec<crate::model::Problem> {
        Vec::new()
    }

    fn any(&self) -> crate::model::AnyRef<'_> {
        crate::model::AnyRef::Unit(self)
    }

    fn label(&self) -> Option<&str> {
        Some(self.name.as_str())
    }
}
