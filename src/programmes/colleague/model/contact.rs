use crate::model::{Date, Id, Record, RecordKind, word_enum};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// One support contact of a support person, with the minimum the programme needs to coordinate
/// and count. By design it has no field for the supported colleague's name, nor any free text:
/// what was said stays between colleagues, and a file with any other key is refused.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub id: Id,
    pub date: Date,
    /// The support person who gave the support.
    pub supporter: Id,
    /// The unit where it happened.
    pub unit: Id,
    pub kind: ContactKind,
    /// Whether the support person suggested professional help (level 2).
    pub help_suggested: bool,
}

impl Record for Contact {
    const KIND: RecordKind = RecordKind::Contact;

    fn id(&self) -> &Id {
        &self.id
    }

    fn rel_path(&self) -> PathBuf {
        PathBuf::from(format!("contacts/{}/{}.toml", self.date.year(), self.id))
    }
}

word_enum! {
    /// The situations the leaflet names: at the scene, right after the event, a crisis such as
    /// a loss, or a colleague who came on their own.
    ContactKind {
        AtScene = "at-scene",
        AfterEvent = "after-event",
        Crisis = "crisis",
        SelfReferral = "self-referral",
    }
}

use crate::model::kind::{Card, Env, Field, Kind, KindSpec, Layout, Programme, Ty};

/// A support contact: facts only, by the year it happened.
pub const CONTACT: KindSpec = KindSpec {
    kind: RecordKind::Contact,
    programme: Programme::ColleagueSupport,
    dir: "contacts",
    layout: Layout::Year,
    dated_by: Some("date"),
    prefix: 'k',
    name: "support contact",
    plural: "support contacts",
    command: "contact",
    label: None,
    person: false,
    fields: &[
        Field::new("date", Ty::Date, Card::Required).edit(),
        Field::new("supporter", Ty::Ref(RecordKind::Supporter), Card::Required).edit(),
        Field::new("unit", Ty::Ref(RecordKind::Unit), Card::Required).edit(),
        Field::new("kind", Ty::Word(ContactKind::WORDS), Card::Required).edit(),
        Field::new("help_suggested", Ty::Flag, Card::Required).edit(),
    ],
    unique: &[],
    columns: &["id", "date", "supporter", "unit", "kind", "help_suggested"],
};

impl Kind for Contact {
    const SPEC: &'static KindSpec = &CONTACT;
    type Settings = super::ColleagueSettings;

    fn validate(&self, env: &Env<Self::Settings>) -> Vec<crate::model::Problem> {
        let supporter = (env.get)(&self.supporter).and_then(crate::model::AnyRef::as_supporter);
        super::rules::contact(self, supporter, env.exists)
    }

    fn any(&self) -> crate::model::AnyRef<'_> {
        crate::model::AnyRef::Contact(self)
    }
}
