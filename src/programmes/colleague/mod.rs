//! Colleague support persons in the Interior Ministry (seed 000).

pub mod commands;
pub mod folder;
pub mod model;
pub mod report;
