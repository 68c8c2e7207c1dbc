use crate::model::{Date, Id, Record, RecordKind, Text};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// A thematic support group: its leader, venue, delivery model and dates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: Id,
    pub name: Text,
    pub leader: Text,
    pub venue: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<DeliveryModel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
    /// Dates of the group's meetings, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meetings: Vec<Date>,
}

impl Record for Group {
    const KIND: RecordKind = RecordKind::Group;

    fn id(&self) -> &Id {
        &self.id
    }

    fn rel_path(&self) -> PathBuf {
        PathBuf::from(format!("groups/{}.toml", self.id))
    }
}

/// When peers consult: model 1 while the group runs, model 2 after it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub enum DeliveryModel {
    DuringGroup,
    AfterGroup,
}

impl TryFrom<u8> for DeliveryModel {
    type Error = String;

    fn try_from(n: u8) -> Result<Self, String> {
        match n {
            1 => Ok(DeliveryModel::DuringGroup),
            2 => Ok(DeliveryModel::AfterGroup),
            _ => Err(crate::tr!("group-model-unknown", model = n)),
        }
    }
}

impl From<DeliveryModel> for u8 {
    fn from(m: DeliveryModel) -> u8 {
        match m {
            DeliveryModel::DuringGroup => 1,
            DeliveryModel::AfterGroup => 2,
        }
    }
}

impl std::str::FromStr for DeliveryModel {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        s.trim()
            .parse::<u8>()
            .map_err(|_| crate::tr!("group-model-not-a-number", value = crate::model::shown(s)))?
            .try_into()
    }
}

use crate::model::kind::{Card, Env, Field, Kind, KindSpec, Layout, Programme, Ty, Unique};

/// A group: its name (unique in the folder), leader, venue, model and dates.
pub const GROUP: KindSpec = KindSpec {
    kind: RecordKind::Group,
    programme: Programme::ThematicGroups,
    dir: "groups",
    layout: Layout::Flat,
    dated_by: None,
    prefix: 'g',
    name: "group",
    plural: "groups",
    command: "group",
    label: Some("name"),
    person: false,
    fields: &[
        Field::new("name", Ty::Line, Card::Required).edit(),
        Field::new("leader", Ty::Line, Card::Required).edit().names(),
        Field::new("venue", Ty::Line, Card::Required).edit(),
        Field::new("model", Ty::Model, Card::Optional).edit(),
        Field::new("start", Ty::Date, Card::Optional).edit(),
        Field::new("end", Ty::Date, Card::Optional).edit(),
        Field::new("meetings", Ty::Date, Card::List).edit(),
    ],
    unique: &[Unique { fields: &["name"], scope: None, unless: &[], message: "unique-group", at: "name" }],
    columns: &["id", "name", "leader", "venue", "model", "start", "end"],
};

impl Kind for Group {
    const SPEC: &'static KindSpec = &GROUP;
    type Settings = ();

    fn validate(&self, _env: &Env) -> Vec<crate::model::Problem> {
        crate::model::rules::group(self)
    }

    fn any(&self) -> crate::model::AnyRef<'_> {
        crate::model::AnyRef::Group(self)
    }

    fn label(&self) -> Option<&str> {
        Some(self.name.as_str())
    }
}
