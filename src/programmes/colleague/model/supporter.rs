use super::ColleagueSettings;
use super::Hours;
use crate::model::names::NameHashes;
use crate::model::{Date, Id, Record, RecordKind, Text, word_enum};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::path::PathBuf;

/// A colleague support person (kolēģu atbalsta persona), from nomination to the end of service.
///
/// The stage is not stored: it follows from the facts (the nomination, the interview, the
/// training ledger, the activation and the end), so it can never disagree with them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Supporter {
    pub id: Id,
    pub name: Text,
    pub unit: Id,
    /// The day they started giving support, after an approved interview and completed training.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_since: Option<Date>,
    /// Set when the support person's data was erased on request; the record stays, content-free,
    /// so counts remain right.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub erased: Option<Date>,
    /// For an erased support person, hashes of their name's forms, so `check` can find one
    /// left behind.
    #[serde(default, skip_serializing_if = "NameHashes::is_empty")]
    pub name_hashes: NameHashes,
    pub nomination: Nomination,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interview: Option<Interview>,
    /// The training ledger: sessions of the course, with their hours.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub training: Vec<TrainingSession>,
    /// The ledger's individual consultations with a psychologist.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consultations: Vec<TrainingConsultation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended: Option<Ending>,
}

/// How the candidate came forward: the leaflet's criteria and the application.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Nomination {
    /// The day the application reached the personnel department.
    pub applied: Date,
    /// The team put them forward.
    pub team_nominated: bool,
    /// They asked to become a support person themselves.
    pub voluntary: bool,
    /// Their direct superior agreed.
    pub superior_agreed: bool,
}

/// The IeM VSC psychologists' interview and decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Interview {
    pub date: Date,
    pub psychologist: Id,
    pub decision: Decision,
    /// A short reason (needed when not approved).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<Text>,
}

/// One training session attended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TrainingSession {
    pub date: Date,
    pub hours: Hours,
}

/// One individual consultation with a psychologist, part of the course.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TrainingConsultation {
    pub date: Date,
    pub psychologist: Id,
}

/// The end of a support person's service (or candidacy).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ending {
    pub date: Date,
    pub reason: EndReason,
}

word_enum! {
    /// The psychologists' decision after the interview.
    Decision { Approved = "approved", NotApproved = "not-approved" }
}

word_enum! {
    /// Why someone stopped: a fixed list, never a story.
    EndReason {
        Withdrew = "withdrew",
        LeftService = "left-service",
        ChangedUnit = "changed-unit",
        Other = "other",
    }
}

word_enum! {
    /// Where a support person stands in the pipeline.
    Stage {
        Nominated = "nominated",
        Interviewed = "interviewed",
        NotApproved = "not-approved",
        InTraining = "in-training",
        Trained = "trained",
        Active = "active",
        Ended = "ended",
    }
}

/// What the course requires, from the folder's settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Course {
    pub hours: u32,
    pub days: u32,
    pub consultations: u32,
}

impl From<&ColleagueSettings> for Course {
    fn from(s: &ColleagueSettings) -> Course {
        Course { hours: s.training_hours, days: s.training_days, consultations: s.training_consultations }
    }
}

/// The training ledger summed up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progress {
    pub hours: f64,
    pub days: usize,
    pub consultations: usize,
    /// The day the ledger first met the course's requirements.
    pub completed: Option<Date>,
}

impl Progress {
    /// What is still missing, in words, such as `12 of 36 hours, 2 of 6 days`.
    pub fn missing(&self, course: Course) -> String {
        let mut out = Vec::new();
        if self.hours + 1e-9 < f64::from(course.hours) {
            out.push(tr!("colleague-missing-hours", hours = self.hours, course = course.hours));
        }
        if self.days < course.days as usize {
            out.push(tr!("colleague-missing-days", days = self.days, course = course.days));
        }
        if self.consultations < course.consultations as usize {
            out.push(tr!(
                "colleague-missing-consultations",
                consultations = self.consultations,
                course = course.consultations
            ));
        }
        out.join(", ")
    }
}

impl Supporter {
    /// The interview, if it took place by `as_of`.
    pub fn interview_by(&self, as_of: Option<Date>) -> Option<&Interview> {
        self.interview.as_ref().filter(|i| by(i.date, as_of))
    }

    pub fn approved(&self) -> bool {
        self.interview.as_ref().is_some_and(|i| i.decision == Decision::Approved)
    }

    /// The ledger up to `as_of`, and the day it first met the course's requirements.
    pub fn progress(&self, course: Course, as_of: Option<Date>) -> Progress {
        let mut dates: BTreeSet<Date> = self.training.iter().map(|t| t.date).collect();
        dates.extend(self.consultations.iter().map(|c| c.date));
        let mut p = Progress { hours: 0.0, days: 0, consultations: 0, completed: None };
        for day in dates.into_iter().filter(|d| by(*d, as_of)) {
            let hours: f64 = self.training.iter().filter(|t| t.date == day).map(|t| t.hours.get()).sum();
            p.hours += hours;
            p.days += usize::from(hours > 0.0);
            p.consultations += self.consultations.iter().filter(|c| c.date == day).count();
            if p.completed.is_none() && p.missing(course).is_empty() {
                p.completed = Some(day);
            }
        }
        p
    }

    /// The stage at the end of `as_of` (or now); `None` before the nomination.
    pub fn stage(&self, course: Course, as_of: Option<Date>) -> Option<Stage> {
        if !by(self.nomination.applied, as_of) {
            return None;
        }
        if self.ended.as_ref().is_some_and(|e| by(e.date, as_of)) {
            return Some(Stage::Ended);
        }
        if self.active_since.is_some_and(|d| by(d, as_of)) {
            return Some(Stage::Active);
        }
        Some(match self.interview_by(as_of).map(|i| i.decision) {
            None => Stage::Nominated,
            Some(Decision::NotApproved) => Stage::NotApproved,
            Some(Decision::Approved) => {
                let p = self.progress(course, as_of);
                if p.completed.is_some() {
                    Stage::Trained
                } else if p.days > 0 || p.consultations > 0 {
                    Stage::InTraining
                } else {
                    Stage::Interviewed
                }
            }
        })
    }

    /// Active on `day`: activated by then and not ended before it.
    pub fn active_on(&self, day: Date) -> bool {
        self.active_since.is_some_and(|a| a <= day) && self.ended.as_ref().is_none_or(|e| e.date > day)
    }
}

fn by(d: Date, as_of: Option<Date>) -> bool {
    as_of.is_none_or(|a| d <= a)
}

impl Record for Supporter {
    const KIND: RecordKind = RecordKind::Supporter;

    fn id(&self) -> &Id {
        &self.id
    }

    fn rel_path(&self) -> PathBuf {
        PathBuf::from(format!("supporters/{}.toml", self.id))
    }
}

use crate::model::kind::{Card, Env, Field, Kind, KindSpec, Layout, Programme, Ty, Unique};

/// A support person: unique by name within their unit while in service or candidacy.
pub const SUPPORTER: KindSpec = KindSpec {
    kind: RecordKind::Supporter,
    programme: Programme::ColleagueSupport,
    dir: "supporters",
    layout: Layout::Flat,
    dated_by: None,
    prefix: 's',
    name: "support person",
    plural: "support persons",
    command: "support",
    label: Some("name"),
    person: true,
    fields: &[
        Field::new("name", Ty::Line, Card::Required).edit().personal(),
        Field::new("unit", Ty::Ref(RecordKind::Unit), Card::Required).edit(),
        Field::new("active_since", Ty::Date, Card::Optional).edit(),
        Field::new("erased", Ty::Date, Card::Optional),
        Field::new("name_hashes", Ty::Table, Card::Optional),
        Field::new("nomination", Ty::Table, Card::Required),
        Field::new("nomination.applied", Ty::Date, Card::Required).edit(),
        Field::new("nomination.team_nominated", Ty::Flag, Card::Required).edit(),
        Field::new("nomination.voluntary", Ty::Flag, Card::Required).edit(),
        Field::new("nomination.superior_agreed", Ty::Flag, Card::Required).edit(),
        Field::new("interview", Ty::Table, Card::Optional),
        Field::new("interview.date", Ty::Date, Card::Required).edit(),
        Field::new("interview.psychologist", Ty::Ref(RecordKind::Psychologist), Card::Required).edit(),
        Field::new("interview.decision", Ty::Word(Decision::WORDS), Card::Required).edit(),
        Field::new("interview.reason", Ty::Line, Card::Optional).edit().personal(),
        Field::new("training", Ty::Table, Card::List),
        Field::new("training[].date", Ty::Date, Card::Required),
        Field::new("training[].hours", Ty::Hours, Card::Required),
        Field::new("consultations", Ty::Table, Card::List),
        Field::new("consultations[].date", Ty::Date, Card::Required),
        Field::new("consultations[].psychologist", Ty::Ref(RecordKind::Psychologist), Card::Required),
        Field::new("ended", Ty::Table, Card::Optional),
        Field::new("ended.date", Ty::Date, Card::Required).edit(),
        Field::new("ended.reason", Ty::Word(EndReason::WORDS), Card::Required).edit(),
    ],
    unique: &[Unique {
        fields: &["name"],
        scope: Some("unit"),
        unless: &[("ended", None), ("erased", None)],
        message: "unique-supporter",
        at: "name",
    }],
    columns: &["id", "name", "unit", "active_since"],
};

impl Kind for Supporter {
    const SPEC: &'static KindSpec = &SUPPORTER;
    type Settings = super::ColleagueSettings;

    /// A support person is kept until their service ended.
    fn kept_until(&self, _env: &Env) -> Option<Date> {
        self.ended.as_ref().map(|e| e.date)
    }

    fn validate(&self, env: &Env<Self::Settings>) -> Vec<crate::model::Problem> {
        super::rules::supporter(self, Course::from(env.settings), env.exists)
    }

    fn any(&self) -> crate::model::AnyRef<'_> {
        crate::model::AnyRef::Supporter(self)
    }

    fn label(&self) -> Option<&str> {
        Some(self.name.as_str())
    }
}
