//! The colleague-support programme's commands (seed 000): `unit`, `support`, `psychologist`,
//! `supervision`, `contact`, `incident`, `referral` and `report programme`. They refuse to run
//! in a thematic-groups folder (see `commands::programme_of`).

pub mod contact;
pub mod incident;
pub mod psychologist;
pub mod referral;
pub mod report;
pub mod supervision;
pub mod support;
pub mod unit;

use crate::error::Result;
use crate::model::Id;
use crate::model::colleague::{Course, Psychologist, Supporter, Unit};
use crate::store::Store;

/// The unit `query` names (ID, ID prefix or name).
pub fn unit(store: &Store, field: &str, query: &str) -> Result<Unit> {
    store.named(field, query, "unit", |u: &Unit| u.name.as_str())
}

/// The support person `query` names (ID, ID prefix or name).
pub fn supporter(store: &Store, field: &str, query: &str) -> Result<Supporter> {
    store.named(field, query, "support person", |s: &Supporter| s.name.as_str())
}

/// The psychologist (or city line) `query` names (ID, ID prefix or name).
pub fn psychologist(store: &Store, field: &str, query: &str) -> Result<Psychologist> {
    store.named(field, query, "psychologist", |p: &Psychologist| p.name.as_str())
}

/// Whether a record with this ID exists, for the rules.
pub fn exists(store: &Store) -> impl Fn(&Id) -> bool + '_ {
    |id: &Id| matches!(store.find_path(id.kind(), id.as_str()), Ok(Some(_)))
}

/// The course's requirements from the folder's settings.
pub fn course(store: &Store) -> Course {
    Course::from(&store.config.colleague())
}
