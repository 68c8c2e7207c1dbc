//! The thematic-groups programme's commands (seed 001): `group`, `participant`, `peer`,
//! `consult`, `feedback`, `consent`, `vocab` and `merge`. They refuse to run in a
//! colleague-support folder (see `commands::programme_of`).

pub mod consent;
pub mod consult;
pub mod feedback;
pub mod group;
pub mod merge;
pub mod participant;
pub mod peer;
pub mod vocab;
