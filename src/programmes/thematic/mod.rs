//! Thematic support groups and peer consultations (seed 001).

pub mod agenda;
pub mod commands;
pub mod model;
pub mod report;

use crate::model::Programme;

pub const PROGRAMME: super::Spec = super::Spec {
    programme: Programme::ThematicGroups,
    kinds: Programme::ThematicGroups.kinds(),
    commands: "group, participant, peer, consult, feedback, consent, vocab, merge, report appendix1, report summary, report pipeline",
    agenda: agenda::items,
};
