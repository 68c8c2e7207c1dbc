use crate::model::names::NameHashes;
use crate::model::{Date, Id, Motivation, Preparation, Record, RecordKind, Sign, Text, word_enum};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// A participant of one group, current or past; a peer when `peer` is set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: Id,
    pub name: Text,
    pub group: Id,
    pub role: Role,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<Date>,
    /// Set when the person's data was erased on request; the record stays, content-free,
    /// so counts remain right.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub erased: Option<Date>,
    /// For an erased person, hashes of their name's forms, so `check` can find one left behind.
    #[serde(default, skip_serializing_if = "NameHashes::is_empty")]
    pub name_hashes: NameHashes,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peer: Option<PeerInfo>,
    /// Consents given (and revoked), oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consent: Vec<Consent>,
}

impl Person {
    pub fn is_peer(&self) -> bool {
        self.peer.is_some()
    }

    /// Whether a consent for `purpose` is in force on `day`.
    pub fn has_consent(&self, purpose: Purpose, day: Date) -> bool {
        self.consent.iter().any(|c| c.purpose == purpose && c.in_force(day))
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

/// What makes a participant a peer (or a potential one): the pipeline so far.
/// Values come before tables here so the TOML file reads top-down.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PeerInfo {
    /// What motivates the peer, from the programme's list.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub motivations: BTreeSet<Motivation>,
    /// Criteria and signs the leader observed, with the day first observed.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub observed: BTreeMap<Sign, Date>,
    /// Preparation topics covered with the peer, with the day.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub prepared: BTreeMap<Preparation, Date>,
    /// Stage changes, oldest first; the last is the current stage.
    pub stages: Vec<StageChange>,
}

impl PeerInfo {
    /// A pipeline that starts at `stage` on `date`.
    pub fn starting(stage: Stage, date: Date) -> PeerInfo {
        PeerInfo { stages: vec![StageChange { stage, date, note: None }], ..PeerInfo::default() }
    }

    /// The current stage: the last change.
    pub fn stage(&self) -> Option<Stage> {
        self.stages.last().map(|s| s.stage)
    }

    /// The stage on `day`: the last change on or before it, or the first known stage for a day
    /// before any recorded change (a peer registered after consultations they already gave).
    pub fn stage_on(&self, day: Date) -> Option<Stage> {
        self.stages.iter().rev().find(|s| s.date <= day).or(self.stages.first()).map(|s| s.stage)
    }

    /// The day the peer entered the current stage.
    pub fn since(&self) -> Option<Date> {
        self.stages.last().map(|s| s.date)
    }

    /// The first day the peer reached `stage` or a later one.
    pub fn reached(&self, stage: Stage) -> Option<Date> {
        self.stages.iter().filter(|s| s.stage >= stage && s.stage != Stage::Ended).map(|s| s.date).min()
    }
}

/// One move of a peer into a stage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StageChange {
    pub stage: Stage,
    pub date: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

word_enum! {
    /// What a consent covers: taking part in consultations as a peer or as a recipient, and
    /// being named in the ministry report.
    Purpose { Peer = "peer", Recipient = "recipient", Report = "report" }
}

word_enum! {
    /// Who gave a consent: the person themselves, or for a child a parent, guardian or foster parent.
    GivenBy { Themselves = "self", Parent = "parent", Guardian = "guardian", FosterParent = "foster-parent" }
}

/// One consent, dated, and revocable.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    pub purpose: Purpose,
    pub given: Date,
    pub by: GivenBy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoked: Option<Date>,
}

impl Consent {
    /// Given on or before `day` and not revoked by then.
    pub fn in_force(&self, day: Date) -> bool {
        self.given <= day && self.revoked.is_none_or(|r| r > day)
    }
}

use crate::model::kind::{Card, Env, Field, Kind, KindSpec, Layout, Programme, Ty, Unique};

/// A participant (a peer when `peer` is set): unique by name within their group.
pub const PERSON: KindSpec = KindSpec {
    kind: RecordKind::Person,
    programme: Programme::ThematicGroups,
    dir: "people",
    layout: Layout::Flat,
    dated_by: None,
    prefix: 'p',
    name: "person",
    plural: "people",
    command: "participant",
    label: Some("name"),
    person: true,
    fields: &[
        Field::new("name", Ty::Line, Card::Required).edit().personal(),
        Field::new("group", Ty::Ref(RecordKind::Group), Card::Required).edit(),
        Field::new("role", Ty::Word(Role::WORDS), Card::Required).edit(),
        Field::new("birth_date", Ty::Date, Card::Optional).edit().personal(),
        Field::new("erased", Ty::Date, Card::Optional),
        // Hashes of an erased person's name forms, for `check` (no text).
        Field::new("name_hashes", Ty::Table, Card::Optional),
        Field::new("peer", Ty::Table, Card::Optional),
        Field::new("peer.motivations", Ty::Word(Motivation::WORDS), Card::List),
        Field::new("peer.observed", Ty::Table, Card::Optional),
        Field::new("peer.prepared", Ty::Table, Card::Optional),
        Field::new("peer.stages", Ty::Table, Card::NonEmpty),
        Field::new("peer.stages[].stage", Ty::Word(Stage::WORDS), Card::Required),
        Field::new("peer.stages[].date", Ty::Date, Card::Required),
        Field::new("peer.stages[].note", Ty::Line, Card::Optional).personal(),
        Field::new("consent", Ty::Table, Card::List).personal(),
        Field::new("consent[].purpose", Ty::Word(Purpose::WORDS), Card::Required),
        Field::new("consent[].given", Ty::Date, Card::Required),
        Field::new("consent[].by", Ty::Word(GivenBy::WORDS), Card::Required),
        Field::new("consent[].revoked", Ty::Date, Card::Optional),
    ],
    unique: &[Unique {
        fields: &["name"],
        scope: Some("group"),
        unless: &[("erased", None)],
        message: "unique-person",
        at: "name",
    }],
    columns: &["id", "name", "group", "role", "birth_date"],
};

impl Kind for Person {
    const SPEC: &'static KindSpec = &PERSON;
    type Settings = ();

    fn validate(&self, env: &Env) -> Vec<crate::model::Problem> {
        let group = (env.get)(&self.group).and_then(crate::model::AnyRef::as_group);
        let mut out = crate::model::rules::person(self, group);
        if let Some(group) = group {
            out.extend(crate::model::rules::approach_timing(self, group));
        }
        out
    }

    fn any(&self) -> crate::model::AnyRef<'_> {
        crate::model::AnyRef::Person(self)
    }

    /// A participant is kept while their group runs (one without an end date, for good) and
    /// until their last stage change as a peer.
    fn kept_until(&self, env: &Env) -> Option<Date> {
        let end = (env.get)(&self.group).and_then(crate::model::AnyRef::as_group)?.end?;
        let stages = self.peer.iter().flat_map(|i| i.stages.iter().map(|s| s.date));
        stages.chain([end]).max()
    }

    fn label(&self) -> Option<&str> {
        Some(self.name.as_str())
    }

    fn unique_keys(&self) -> Vec<(usize, String)> {
        if self.erased.is_some() {
            return Vec::new();
        }
        vec![(0, format!("{}\u{1f}{}", self.group, crate::model::fold(self.name.as_str())))]
    }
}
