use crate::model::{Date, Id, Record, RecordKind, word_enum};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// A referral to level 2 (the psychologists), followed until the loop is closed: the colleague
/// accepted and had a first contact with a psychologist, or declined. It names no one but the
/// support person who suggested it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Referral {
    pub id: Id,
    pub supporter: Id,
    pub unit: Id,
    /// The day professional help was suggested.
    pub suggested: Date,
    /// The support contact it came from, if logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepted: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_contact: Option<Date>,
    /// The psychologist of the first contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub psychologist: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declined: Option<Date>,
}

impl Record for Referral {
    const KIND: RecordKind = RecordKind::Referral;

    fn id(&self) -> &Id {
        &self.id
    }

    fn rel_path(&self) -> PathBuf {
        PathBuf::from(format!("referrals/{}/{}.toml", self.suggested.year(), self.id))
    }
}

word_enum! {
    /// Where a referral stands: the last step taken.
    Outcome {
        Suggested = "suggested",
        Accepted = "accepted",
        FirstContact = "first-contact",
        Declined = "declined",
    }
}

impl Referral {
    /// The outcome as of the end of `as_of` (or as known now).
    pub fn outcome(&self, as_of: Option<Date>) -> Outcome {
        let by = |d: Option<Date>| d.is_some_and(|d| as_of.is_none_or(|a| d <= a));
        if by(self.declined) {
            Outcome::Declined
        } else if by(self.first_contact) {
            Outcome::FirstContact
        } else if by(self.accepted) {
            Outcome::Accepted
        } else {
            Outcome::Suggested
        }
    }

    /// The loop is open until a first contact or a refusal.
    pub fn is_open(&self, as_of: Option<Date>) -> bool {
        matches!(self.outcome(as_of), Outcome::Suggested | Outcome::Accepted)
    }
}

use crate::model::kind::{Card, Env, Field, Kind, KindSpec, Layout, Programme, Ty};

/// A referral to level 2, by the year it was suggested.
pub const REFERRAL: KindSpec = KindSpec {
    kind: RecordKind::Referral,
    programme: Programme::ColleagueSupport,
    dir: "referrals",
    layout: Layout::Year,
    dated_by: Some("suggested"),
    prefix: 'r',
    name: "referral",
    plural: "referrals",
    command: "referral",
    label: None,
    person: false,
    fields: &[
        Field::new("supporter", Ty::Ref(RecordKind::Supporter), Card::Required).edit(),
        Field::new("unit", Ty::Ref(RecordKind::Unit), Card::Required).edit(),
        Field::new("suggested", Ty::Date, Card::Required).edit(),
        Field::new("contact", Ty::Ref(RecordKind::Contact), Card::Optional).edit(),
        Field::new("accepted", Ty::Date, Card::Optional).edit(),
        Field::new("first_contact", Ty::Date, Card::Optional).edit(),
        Field::new("psychologist", Ty::Ref(RecordKind::Psychologist), Card::Optional).edit(),
        Field::new("declined", Ty::Date, Card::Optional).edit(),
    ],
    unique: &[],
    columns: &["id", "suggested", "supporter", "unit", "contact", "accepted", "first_contact", "declined"],
};

impl Kind for Referral {
    const SPEC: &'static KindSpec = &REFERRAL;
    type Settings = super::ColleagueSettings;

    fn validate(&self, env: &Env<Self::Settings>) -> Vec<crate::model::Problem> {
        let supporter = (env.get)(&self.supporter).and_then(crate::model::AnyRef::as_supporter);
        super::rules::referral(self, supporter, env.exists)
    }

    fn any(&self) -> crate::model::AnyRef<'_> {
        crate::model::AnyRef::Referral(self)
    }
}
