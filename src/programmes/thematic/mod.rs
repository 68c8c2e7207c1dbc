//! Thematic support groups and peer consultations (seed 001).

pub mod agenda;
pub mod check;
pub mod commands;
pub mod folder;
pub mod model;
pub mod overview;
pub mod report;
pub mod resolve;

use crate::commands::record::{Among, Fetched};
use crate::error::Result;
use crate::model::{AnyRef, Feedback, Id, Programme, RecordKind, day_dir};
use crate::store::{Config, Store, answers};

pub const PROGRAMME: super::Spec = super::Spec {
    programme: Programme::ThematicGroups,
    commands: &[
        "group",
        "participant",
        "peer",
        "consult",
        "feedback",
        "consent",
        "vocab",
        "merge",
        "report appendix1",
        "report summary",
        "report pipeline",
    ],
    agenda: agenda::items,
    check: check::rules,
    by_name: Some(|store, command, query| store.any_record(command, query)),
    settings: None,
    siblings: Some(siblings),
    answers: Some(ANSWERS),
    new_config: Config::default,
    settings_text,
    overview: overview::page,
};

/// A new or changed consultation is compared with those of its day; feedback with the answers
/// about its consultations, from the earliest one's year on (feedback never comes before its
/// consultation).
fn siblings(store: &Store, r: AnyRef<'_>, fetched: &Fetched) -> Result<Among> {
    Ok(match r {
        AnyRef::Consultation(c) => Among::Dir(day_dir(c.date)),
        AnyRef::Feedback(f) => {
            let held = f.consultations.iter().filter_map(|id| fetched.get(id)?.as_consultation().map(|c| c.date));
            Among::Files(answers::about(store, &f.consultations, held.min())?)
        }
        _ => Among::Kind,
    })
}

/// The answers cache indexes the feedback by the consultations each is about.
const ANSWERS: answers::Index = answers::Index {
    kind: RecordKind::Feedback,
    read: |store, rel| Ok(store.read::<Feedback>(rel)?.consultations),
    parse: |text| toml::from_str::<About>(text).ok().map(|a| a.consultations),
};

/// What the answers cache needs of a feedback file's text.
#[derive(serde::Deserialize)]
struct About {
    consultations: Vec<Id>,
}

/// `peerlog.toml` with a comment on the Appendix 1 wording.
fn settings_text(config: &Config) -> Result<String> {
    Ok(format!(
        "# peerlog settings. `format` is the folder's format version; [report] holds the wording\n# of the Appendix 1 sheet.\n{}",
        crate::commands::init::to_toml(config)?
    ))
}
