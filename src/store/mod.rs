//! The record store: a folder of TOML files, one record a file, found like git finds `.git`.
//!
//! ```text
//! peerlog.toml                                  settings and format version
//! groups/g-….toml                               one file a group
//! people/p-….toml                               participants and peers
//! consultations/2025/2025-03-14/c-….toml        one folder a day
//! feedback/2025/f-….toml                        by the year the feedback was given
//! ```

pub mod answers;
pub mod atomic;
pub mod check;
mod colleague;
pub mod config;
pub mod diag;
pub mod load;
pub mod lock;
pub mod programme;
pub mod render;
mod resolve;

pub use colleague::ColleagueFolder;
pub use config::Config;
pub use diag::Diagnostic;
pub use load::Folder;
pub use programme::{ColleagueSettings, Programme};
pub use resolve::Index;

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
        let config = load::config(&root)?;
        Ok(Store { root, config })
    }

    /// Finds the folder's root as [`Store::open`] does, without reading its settings
    /// (`check` reports a broken `peerlog.toml` instead of stopping at it).
    pub fn locate(dir: Option<&Path>) -> Result<PathBuf> {
        Ok(match dir {
            Some(dir) => {
                if !dir.join(CONFIG_FILE).is_file() {
                    return Err(Error::usage(format!(
                        "{} is not a peerlog folder (it has no {CONFIG_FILE})",
                        dir.display()
                    ))
                    .hint(format!("create one with `peerlog init {}`", dir.display())));
                }
                dir.to_path_buf()
            }
            None => {
                let cwd = std::env::current_dir()?;
                cwd.ancestors().find(|d| d.join(CONFIG_FILE).is_file()).map(Path::to_path_buf).ok_or_else(|| {
                    Error::usage(format!(
                        "no peerlog folder here: neither {} nor a folder above it has {CONFIG_FILE}",
                        cwd.display()
                    ))
                    .hint("create one with `peerlog init PATH`, or name one with --dir or PEERLOG_DIR")
                })?
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

    /// Takes the folder lock for the rest of a writing command.
    pub fn lock(&self) -> Result<lock::FolderLock> {
        lock::FolderLock::acquire(&self.root).map_err(|e| Error::io(&self.root.join(lock::LOCK_FILE), e))
    }

    /// Reads one record, with a precise error if its file is broken.
    pub fn read<T: Record>(&self, rel: &Path) -> Result<T> {
        load::record(&self.root, rel).map_err(broken_many)
    }

    /// Saves a record atomically at its place, removing `old` if the record moved
    /// (a consultation whose date changed). Over an existing file only the changed keys are
    /// rewritten; comments and blank lines stay ([`render`]).
    pub fn save<T: Record>(&self, record: &T, old: Option<&Path>) -> Result<()> {
        let rel = record.rel_path();
        let existing =
            [Some(rel.as_path()), old].into_iter().flatten().find_map(|r| std::fs::read_to_string(self.path(r)).ok());
        let text = render::render(record, existing.as_deref())
            .map_err(|e| Error::data(format!("cannot write {}: {e}", rel.display())))?;
        let path = self.path(&rel);
        let answers = answers::Pending::before(&self.root, &[rel.as_path(), old.unwrap_or(&rel)]);
        atomic::write(&path, text.as_bytes()).map_err(|e| Error::io(&path, e))?;
        if let Some(old) = old.filter(|o| *o != rel) {
            let old = self.path(old);
            atomic::remove(&old).map_err(|e| Error::io(&old, e))?;
        }
        if let Some(pending) = answers {
            pending.done(
                &self.root,
                record.id().as_str(),
                answer_of(record).as_ref().map(|(f, c)| (rel.as_path(), f.as_str(), c.clone())),
            );
        }
        Ok(())
    }

    /// Gives a new record a fresh ID (under the lock) and saves it.
    pub fn create<T: Record>(&self, mut make: impl FnMut(Id) -> T) -> Result<T> {
        let placeholder = make(Id::parse(&format!("{}-new", T::KIND.prefix())).expect("valid"));
        let seed = placeholder.id_seed();
        for attempt in 0..100 {
            let record = make(Id::generate(T::KIND, &seed, attempt));
            // IDs are random, so a clash is all but impossible; checking the record's own place
            // keeps a write from reading the rest of the folder.
            if !self.path(&record.rel_path()).exists() {
                self.save(&record, None)?;
                return Ok(record);
            }
        }
        Err(Error::data("could not find a free ID after 100 tries"))
    }

    /// Gives each draft a fresh ID (`reid` puts it in) and writes them all: IDs one after
    /// another so none is given twice, then the files on many threads (each write waits on the
    /// disk, not the CPU), each atomically and durably. `tick` is called after each file. On an
    /// error, removes the files it wrote, so the batch is all or nothing.
    pub fn create_many<T: Record>(
        &self,
        drafts: &[T],
        reid: impl Fn(&T, Id) -> T,
        tick: impl Fn() + Sync,
    ) -> Result<Vec<T>> {
        let mut taken = std::collections::HashSet::new();
        let mut records = Vec::with_capacity(drafts.len());
        for draft in drafts {
            let seed = reid(draft, Id::parse(&format!("{}-new", T::KIND.prefix())).expect("valid")).id_seed();
            let record = (0..100)
                .map(|attempt| reid(draft, Id::generate(T::KIND, &seed, attempt)))
                .find(|r| !taken.contains(r.id()) && !self.path(&r.rel_path()).exists())
                .ok_or_else(|| Error::data("could not find a free ID after 100 tries"))?;
            taken.insert(record.id().clone());
            records.push(record);
        }
        let write = |r: &T| -> Result<()> {
            let rel = r.rel_path();
            let text =
                render::render(r, None).map_err(|e| Error::data(format!("cannot write {}: {e}", rel.display())))?;
            let path = self.path(&rel);
            atomic::create_new(&path, text.as_bytes()).map_err(|e| Error::io(&path, e))?;
            tick();
            Ok(())
        };
        // Many new files at once: the answers cache reads their years again next time.
        if records.first().is_some_and(|r| answers::Pending::before(&self.root, &[r.rel_path().as_path()]).is_some()) {
            let _ = std::fs::remove_file(self.root.join(answers::CACHE_FILE));
        }
        let results: Vec<Result<()>> = match rayon::ThreadPoolBuilder::new().num_threads(16).build() {
            Ok(pool) => pool.install(|| {
                use rayon::prelude::*;
                records.par_iter().map(write).collect()
            }),
            Err(_) => records.iter().map(write).collect(),
        };
        if results.iter().any(Result::is_err) {
            for (r, result) in records.iter().zip(&results) {
                if result.is_ok() {
                    let _ = self.delete(&r.rel_path());
                }
            }
            let first = results.into_iter().find_map(Result::err).expect("one failed");
            return Err(first.hint("nothing was written (the files written before the failure were removed)"));
        }
        Ok(records)
    }

    /// Deletes a record's file.
    pub fn delete(&self, rel: &Path) -> Result<()> {
        let path = self.path(rel);
        let answers = answers::Pending::before(&self.root, &[rel]);
        atomic::remove(&path).map_err(|e| Error::io(&path, e))?;
        if let Some(pending) = answers {
            let id = rel.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            pending.done(&self.root, &id, None);
        }
        Ok(())
    }

    /// The relative path of the record with exactly this ID, if there is one in its place.
    ///
    /// Groups and people are one file read away. Consultations (`YEAR/DAY/ID.toml`) and feedback
    /// (`YEAR/ID.toml`) are looked for by file name in each day or year folder, so finding one
    /// never lists the records of a large folder. A file in the wrong folder is not found here;
    /// the ID-prefix search finds it and reading it says where it belongs.
    pub fn find_path(&self, kind: RecordKind, id: &str) -> Result<Option<PathBuf>> {
        let file = format!("{id}.toml");
        let mut dirs = vec![PathBuf::from(kind_dir(kind))];
        let depth = kind.spec().layout.depth();
        for _ in 0..depth {
            dirs = dirs
                .iter()
                .map(|d| load::subfolders(&self.root, d))
                .collect::<Result<Vec<_>>>()?
                .into_iter()
                .flatten()
                .collect();
        }
        Ok(dirs.into_iter().map(|d| d.join(&file)).find(|rel| self.path(rel).is_file()))
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

    /// Loads the whole folder; fails naming every broken file.
    pub fn load_folder(&self) -> Result<Folder> {
        let (folder, problems) = Folder::load(self)?;
        if problems.is_empty() { Ok(folder) } else { Err(broken_many(problems)) }
    }
}

/// A feedback record's side and consultations, for the answers cache.
fn answer_of<T: Record>(record: &T) -> Option<(String, Vec<String>)> {
    if T::KIND != RecordKind::Feedback {
        return None;
    }
    let table = crate::model::kind::to_table(record)?;
    let from = table.get("from")?.as_str()?.to_string();
    let consultations =
        table.get("consultations")?.as_array()?.iter().filter_map(|v| v.as_str().map(str::to_string)).collect();
    Some((from, consultations))
}

/// The error for a command that needs a broken file.
fn broken_many(mut problems: Vec<Diagnostic>) -> Error {
    problems.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
    let mut files: Vec<&str> = problems.iter().map(|d| d.path.as_str()).collect();
    files.dedup();
    let head = match (problems.len(), files.len()) {
        (1, _) => "a record file is broken:".to_string(),
        (n, 1) => format!("{n} problems in a record file:"),
        (n, f) => format!("{n} problems in {f} record files:"),
    };
    let lines: Vec<String> = std::iter::once(head).chain(problems.iter().map(ToString::to_string)).collect();
    Error::data(lines.join("\n"))
        .hint("fix the file (or run `peerlog check` to list every problem), then run the command again")
}
