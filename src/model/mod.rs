//! The records peerlog keeps, as types that cannot hold an invalid value.
//!
//! Each record is one TOML file; serde's field order is the file's key order, so saving an
//! unchanged record gives identical bytes. Rules that span records live in [`rules`].

mod date;
mod id;
pub mod kind;
pub mod names;
pub mod problem;
mod programme;
mod schema;
mod text;
mod time_range;
pub mod values;

pub use date::{Date, MAX_YEAR, MIN_YEAR};
pub use id::{Id, RecordKind};
pub use kind::{AnyRef, Kind, KindSpec};
pub use problem::{Problem, Severity};
pub use programme::Programme;
pub use text::{ERASED, MAX_TEXT, Text, fold, showable, shown};
pub use time_range::TimeRange;

// Each programme's record types, named here beside the shared core so the kinds' table
// ([`kind`]) and the generic code reach every kind through one path.
pub use crate::programmes::colleague::model as colleague;
pub use crate::programmes::thematic::model::*;

use serde::Serialize;
use serde::de::DeserializeOwned;
use std::path::PathBuf;

/// What every stored record has: a kind, an ID, and a place in the folder.
pub trait Record: Serialize + DeserializeOwned + Send + Sync {
    const KIND: RecordKind;

    fn id(&self) -> &Id;

    /// The file's path relative to the folder root, derived from the record alone.
    fn rel_path(&self) -> PathBuf;

    /// The text an ID is derived from when IDs are seeded (tests, data-example).
    fn id_seed(&self) -> String {
        toml::to_string(self).unwrap_or_default()
    }
}

/// Declares a string enum whose words are the same in files, on the command line and in
/// messages, with the list of its values.
macro_rules! word_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $word:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize, clap::ValueEnum, schemars::JsonSchema)]
        pub enum $name { $($(#[$vm])* #[serde(rename = $word)] #[value(name = $word)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The words, as in files and on the command line.
            pub const WORDS: &'static [&'static str] = &[$($word),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use word_enum;
