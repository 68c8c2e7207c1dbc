//! Colleague support persons in the Interior Ministry (seed 000).

pub mod agenda;
pub mod commands;
pub mod folder;
pub mod model;
pub mod report;

use crate::model::Programme;

pub const PROGRAMME: super::Spec = super::Spec {
    programme: Programme::ColleagueSupport,
    kinds: Programme::ColleagueSupport.kinds(),
    commands: "unit, support, psychologist, supervision, contact, incident, referral, report programme",
    agenda: agenda::items,
};
