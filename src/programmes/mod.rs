//! The programmes. Each is a folder here — its kinds of record and their rules (`model/`), its
//! commands, its reports and its agenda — over the shared core (`model`, `store`, `output`,
//! `error`), and one entry in [`ALL`]: what the generic code needs to know of it.

pub mod colleague;
pub mod thematic;

use crate::commands::agenda::Item;
use crate::error::Result;
use crate::model::{Date, Programme, RecordKind};
use crate::store::Store;

/// A programme, as the commands every folder has see it.
pub struct Spec {
    pub programme: Programme,
    /// Its kinds of record, in the order `check` reads them (each kind's description names
    /// its programme; see [`Programme::kinds`]).
    pub kinds: &'static [RecordKind],
    /// The subcommands that belong to it alone, for the message of a command run in the other
    /// programme's folder.
    pub commands: &'static str,
    /// What is due as of a day, oldest first (`peerlog agenda`).
    pub agenda: fn(&Store, Date) -> Result<Vec<Item>>,
}

/// Every programme: a third one is a folder beside these and a line here (and a word in
/// [`Programme`]).
pub const ALL: [Spec; 2] = [thematic::PROGRAMME, colleague::PROGRAMME];

/// The description of a programme.
pub fn of(programme: Programme) -> &'static Spec {
    ALL.iter().find(|s| s.programme == programme).unwrap_or(&ALL[0])
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_programme_is_described_once() {
        for p in crate::model::Programme::ALL {
            assert_eq!(super::ALL.iter().filter(|s| s.programme == *p).count(), 1, "{p}");
            assert_eq!(super::of(*p).kinds, p.kinds());
        }
    }
}
