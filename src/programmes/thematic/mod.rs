//! Thematic support groups and peer consultations (seed 001).

pub mod agenda;
pub mod check;
pub mod commands;
pub mod folder;
pub mod model;
pub mod overview;
pub mod report;

use crate::error::Result;
use crate::model::Programme;
use crate::store::Config;

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
    new_config: Config::default,
    settings_text,
    overview: overview::page,
};

/// `peerlog.toml` with a comment on the Appendix 1 wording.
fn settings_text(config: &Config) -> Result<String> {
    Ok(format!(
        "# peerlog settings. `format` is the folder's format version; [report] holds the wording\n# of the Appendix 1 sheet.\n{}",
        crate::commands::init::to_toml(config)?
    ))
}
