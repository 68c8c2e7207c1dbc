//! Thematic support groups and peer consultations (seed 001).

pub mod agenda;
pub mod check;
pub mod commands;
pub mod folder;
pub mod model;
pub mod overview;
pub mod report;
pub mod resolve;

use crate::error::Result;
use crate::model::{Feedback, Id, Programme, RecordKind};
use crate::store::{Config, answers};

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
    answers: Some(ANSWERS),
    new_config: Config::default,
    settings_text,
    overview: overview::page,
};

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
