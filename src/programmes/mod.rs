//! The programmes. Each is a folder here — its kinds of record and their rules (`model/`), its
//! commands, its reports and its agenda — over the shared core (`model`, `store`, `output`,
//! `error`), and one entry in [`ALL`]: what the generic code needs to know of it.

pub mod colleague;
pub mod thematic;

use crate::commands::agenda::Item;
use crate::commands::record::{Among, Fetched};
use crate::commands::{Ctx, overview};
use crate::error::Result;
use crate::model::{AnyRef, Date, Programme, RecordKind};
use crate::report::period::Period;
use crate::store::config::SettingsSpec;
use crate::store::{Config, Store};

/// Finds a record by name for a command (`store`, `command`, `query`): its kind and ID.
pub type ByName = fn(&Store, &str, &str) -> Result<(RecordKind, String)>;

/// Where a write looks for the records a new or changed one (`AnyRef`) could duplicate or clash
/// with, given the records it refers to.
pub type Siblings = fn(&Store, AnyRef<'_>, &Fetched) -> Result<Among>;

/// A programme, as the commands every folder has see it.
pub struct Spec {
    pub programme: Programme,
    /// The subcommands that belong to it alone (`group`, `report appendix1`): the one list of
    /// them, so such a command is refused in another programme's folder, naming these.
    pub commands: &'static [&'static str],
    /// The rules between its records that `peerlog check` runs on the whole folder.
    pub check: crate::store::check::Rules,
    /// What is due as of a day, oldest first (`peerlog agenda`).
    pub agenda: fn(&Store, Date) -> Result<Vec<Item>>,
    /// Finds the record a name (not an ID) given to `edit`, `rm` or `show` names: its kind and ID;
    /// `None` where records are named by ID only.
    pub by_name: Option<ByName>,
    /// Its own table in `peerlog.toml` (`[colleague]`), if it has settings of its own: the
    /// store keeps it by its key and reads it through this.
    pub settings: Option<SettingsSpec>,
    /// Where a write looks for the records a new or changed one of its kinds could duplicate or
    /// clash with (`commands::record::Among`); every record of the kind where `None`.
    pub siblings: Option<Siblings>,
    /// The kind the answers cache indexes by the records each names (`store::answers`), if any.
    pub answers: Option<crate::store::answers::Index>,
    /// The settings of a new folder (`peerlog init`).
    pub new_config: fn() -> Config,
    /// The text of `peerlog.toml` for the settings, with the comments `init` writes.
    pub settings_text: fn(&Config) -> Result<String>,
    /// The overview page (`report overview`), from its flags.
    pub overview: fn(&Ctx, &Store, &overview::Args, Period) -> Result<String>,
}

/// Every programme, in the order of [`Programme::ALL`]: a third one is a folder beside these
/// and a line here (and a word in [`Programme`] with its kinds).
pub const ALL: [Spec; 2] = [thematic::PROGRAMME, colleague::PROGRAMME];

// One description for each word of `Programme`, in its order (checked when compiling).
const _: () = {
    assert!(ALL.len() == Programme::ALL.len());
    let mut i = 0;
    while i < ALL.len() {
        assert!(ALL[i].programme as usize == i && Programme::ALL[i] as usize == i);
        i += 1;
    }
};

/// The description of a programme.
pub fn of(programme: Programme) -> &'static Spec {
    &ALL[programme as usize]
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_programme_is_described_once() {
        for p in crate::model::Programme::ALL {
            assert_eq!(super::ALL.iter().filter(|s| s.programme == *p).count(), 1, "{p}");
            assert_eq!(super::of(*p).programme, *p);
        }
    }

    #[test]
    fn the_answers_cache_indexes_a_kind_of_the_programme_filed_by_year() {
        for s in &super::ALL {
            if let Some(index) = &s.answers {
                assert_eq!(index.kind.spec().programme, s.programme);
                assert_eq!(index.kind.spec().layout, crate::model::kind::Layout::Year);
            }
        }
    }

    #[test]
    fn every_command_a_programme_lists_is_one() {
        use clap::CommandFactory;
        let cli = crate::cli::Cli::command();
        for command in super::ALL.iter().flat_map(|s| s.commands) {
            let found = command.split(' ').try_fold(&cli, |at, word| at.find_subcommand(word));
            assert!(found.is_some(), "no command `peerlog {command}`");
        }
    }
}
