//! The record store: a folder of TOML files, one record a file, found like git finds `.git`.
//!
//! ```text
//! peerlog.toml                                  settings and format version
//! groups/g-….toml                               one file a group
//! people/p-….toml                               participants and peers
//! consultations/2025/2025-03-14/c-….toml        one folder a day
//! feedback/2025/f-….toml                        by the year the feedback was given
//! ```
//!
//! The store's invariants (docs/store.md says them for users):
//! - every change goes through a [`Tx`] ([`tx`]): all of a command's files change, or none,
//!   whatever instant a crash hits; a journal left by a crash is finished or undone by the next
//!   command before it reads anything;
//! - every record becomes text in one place, [`render::render`], over its file's old text;
//! - readers hold the shared folder lock, writers the exclusive one ([`lock`]), so nobody sees
//!   a change half-way and writers never race;
//! - only regular files and folders are read or written, never through a link, never waiting on
//!   a FIFO, never more than 1 MiB of a record ([`safe`]).

pub mod answers;
pub mod atomic;
mod cache;
pub mod check;
pub mod comments;
pub mod config;
pub mod diag;
mod flat;
pub mod load;
pub mod lock;
pub mod render;
mod resolve;
pub mod safe;
pub mod schema;
pub mod tx;

pub use crate::model::Programme;
pub use config::Config;
pub use diag::Diagnostic;
pub use resolve::{Index, no_such_id};
pub use tx::Tx;

use crate::error::{Error, Result};
use crate::model::{Id, Record, RecordKind};
use std::path::{Path, PathBuf};

/// The settings file that marks a peerlog folder.
pub const CONFIG_FILE: &str = "peerlog.toml";

/// The folder each kind of record lives under.
pub fn kind_dir(kind: RecordKind) -> &'static str {
    kind.spec().dir
}

/// An open peerlog folder.
#[derive(Debug)]
pub struct Store {
    root: PathBuf,
    pub config: Config,
}

impl Store {
    /// Opens the folder at `dir` (from `--dir` or `PEERLOG_DIR`), or else the first folder
    /// holding `peerlog.toml` from the current directory upwards.
    pub fn open(dir: Option<&Path>) -> Result<Store> {
        let root = Store::locate(dir)?;
        lock::shared(&root)?;
        let config = load::config(&root)?;
        Ok(Store { root, config })
    }

    /// Finds the folder's root as [`Store::open`] does, without reading its settings
    /// (`check` reports a broken `peerlog.toml` instead of stopping at it).
    pub fn locate(dir: Option<&Path>) -> Result<PathBuf> {
        Ok(match dir {
            Some(dir) => {
                if !safe::exists(dir, Path::new(CONFIG_FILE)) {
                    return Err(Error::usage(tr!("folder-not-peerlog", path = dir.display().to_string()))
                        .hint(tr!("folder-not-peerlog-hint", path = dir.display().to_string())));
                }
                dir.to_path_buf()
            }
            None => {
                let cwd = std::env::current_dir()?;
                cwd.ancestors().find(|d| safe::exists(d, Path::new(CONFIG_FILE))).map(Path::to_path_buf).ok_or_else(
                    || Error::usage(tr!("folder-none", path = cwd.display().to_string())).hint(tr!("folder-none-hint")),
                )?
            }
        })
    }

    /// Wraps a folder whose settings were just written (by `init`).
    pub fn at(root: PathBuf, config: Config) -> Store {
        Store { root, config }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Absolute path of a path relative to the root.
    pub fn path(&self, rel: &Path) -> PathBuf {
        self.root.join(rel)
    }

    /// Takes the exclusive folder lock for the rest of a writing command (see [`lock`]); take
    /// it before reading what the command checks.
    pub fn lock(&self) -> Result<lock::FolderLock> {
        lock::exclusive(&self.root)
    }

    /// Reads one record, with a precise error if its file is broken.
    pub fn read<T: Record>(&self, rel: &Path) -> Result<T> {
        load::record(&self.root, rel).map_err(broken_many)
    }

    /// Saves a record atomically at its place, removing `old` if the record moved
    /// (a consultation whose date changed): a one-record [`Tx`]. Over an existing file only the
    /// changed keys are rewritten; comments and blank lines stay ([`render`]).
    pub fn save<T: Record>(&self, record: &T, old: Option<&Path>) -> Result<()> {
        let mut tx = self.begin();
        match old {
            Some(old) => tx.moved(record, old)?,
            None => tx.put(record)?,
        }
        tx.commit()
    }

    /// Gives a new record a fresh ID (under the lock) and saves it: a one-record [`Tx`].
    pub fn create<T: Record>(&self, make: impl FnMut(Id) -> T) -> Result<T> {
        let mut tx = self.begin();
        let record = tx.create(make)?;
        tx.commit()?;
        Ok(record)
    }

    /// Deletes a record's file: a one-record [`Tx`].
    pub fn delete(&self, rel: &Path) -> Result<()> {
        let mut tx = self.begin();
        tx.remove(rel);
        tx.commit()
    }

    /// The relative path of the record with exactly this ID, if there is one in its place.
    ///
    /// Groups and people are one file read away. Consultations (`YEAR/DAY/ID.toml`) and feedback
    /// (`YEAR/ID.toml`) are looked for where they were found last time ([`cache::place`]), else
    /// by file name in each day or year folder, newest first (a command mostly names a recent
    /// record), so finding one never lists the records of a large folder. A file in the wrong
    /// folder is not found here; the ID-prefix search finds it and reading it says where it
    /// belongs.
    pub fn find_path(&self, kind: RecordKind, id: &str) -> Result<Option<PathBuf>> {
        let file = format!("{id}.toml");
        let depth = kind.spec().layout.depth();
        // Where it was found last time, if it is still there.
        if depth > 0
            && let Some(rel) = cache::place(&self.root, id)
            && rel.starts_with(kind_dir(kind))
            && rel.components().count() == depth + 2
            && rel.file_name() == Some(file.as_ref())
            && safe::is_file(&self.root, &rel)
            && safe::check_place(&self.root, &rel).is_ok()
        {
            return Ok(Some(rel));
        }
        let mut dirs = vec![PathBuf::from(kind_dir(kind))];
        for _ in 0..depth {
            dirs = dirs
                .iter()
                .map(|d| load::subfolders(&self.root, d))
                .collect::<Result<Vec<_>>>()?
                .into_iter()
                .flatten()
                .collect();
        }
        let found = dirs.into_iter().rev().map(|d| d.join(&file)).find(|rel| safe::is_file(&self.root, rel));
        if depth > 0
            && let Some(rel) = &found
        {
            cache::remember(&self.root, id, rel);
        }
        Ok(found)
    }

    /// Relative paths of every record file of a kind (temporary and hidden files skipped).
    pub fn record_paths(&self, kind: RecordKind) -> Result<Vec<PathBuf>> {
        load::record_paths(&self.root, kind)
    }

    /// Loads every record of one kind in parallel; fails naming every broken file.
    pub fn load<T: Record>(&self) -> Result<Vec<T>> {
        let (records, problems) = load::all::<T>(&self.root, &self.record_paths(T::KIND)?);
        if problems.is_empty() { Ok(records) } else { Err(broken_many(problems)) }
    }

    /// Loads the records of one folder (not its subfolders), such as a day of consultations.
    pub fn records_in<T: Record>(&self, rel_dir: &Path) -> Result<Vec<T>> {
        let paths = load::paths_in(&self.root, rel_dir)?;
        let (records, problems) = load::all::<T>(&self.root, &paths);
        if problems.is_empty() { Ok(records) } else { Err(broken_many(problems)) }
    }
}

/// The error for a command that needs a broken file.
pub(crate) fn broken_many(mut problems: Vec<Diagnostic>) -> Error {
    problems.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
    let mut files: Vec<&str> = problems.iter().map(|d| d.path.as_str()).collect();
    files.dedup();
    let head = match (problems.len(), files.len()) {
        (1, _) => tr!("broken-one"),
        (n, 1) => tr!("broken-in-one-file", problems = n),
        (n, f) => tr!("broken-in-files", problems = n, files = f),
    };
    let lines: Vec<String> = std::iter::once(head).chain(problems.iter().map(ToString::to_string)).collect();
    Error::data(lines.join("\n")).hint(tr!("broken-hint"))
}
