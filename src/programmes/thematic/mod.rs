//! Thematic support groups and peer consultations (seed 001).

pub mod commands;
pub mod model;
pub mod report;
