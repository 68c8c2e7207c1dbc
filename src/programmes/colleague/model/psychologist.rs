use super::Phone;
use crate::model::names::NameHashes;
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
    /// For an erased psychologist, hashes of their name's forms, so `check` can find one left
    /// behind.
    #[serde(default, skip_serializing_if = "NameHashes::is_empty")]
    pub name_hashes: NameHashes,
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

use crate::model::kind::{Card, Env, Field, Kind, KindSpec, Layout, Programme, Ty, Unique};

/// A psychologist or city line: unique by name in the folder.
pub const PSYCHOLOGIST: KindSpec = KindSpec {
    kind: RecordKind::Psychologist,
    programme: Programme::ColleagueSupport,
    dir: "psychologists",
    layout: Layout::Flat,
    dated_by: None,
    prefix: 'y',
    name: "psychologist",
    plural: "psychologists",
    command: "psychologist",
    label: Some("name"),
    person: true,
    fields: &[
        Field::new("name", Ty::Line, Card::Required).edit().personal(),
        Field::new("city", Ty::Line, Card::Required).edit(),
        Field::new("phones", Ty::Phone, Card::List).edit().personal(),
        Field::new("division", Ty::Line, Card::Optional).edit(),
        Field::new("name_hashes", Ty::Table, Card::Optional),
    ],
    unique: &[Unique { fields: &["name"], scope: None, unless: &[], message: "unique-psychologist", at: "name" }],
    columns: &["id", "name", "city", "phones", "division"],
};

impl Kind for Psychologist {
    const SPEC: &'static KindSpec = &PSYCHOLOGIST;
    type Settings = super::ColleagueSettings;

    fn validate(&self, _env: &Env<Self::Settings>) -> Vec<crate::model::Problem> {
        Vec::new()
    }

    fn any(&self) -> crate::model::AnyRef<'_> {
        crate::model::AnyRef::Psychologist(self)
    }

    fn label(&self) -> Option<&str> {
        Some(self.name.as_str())
    }
}
