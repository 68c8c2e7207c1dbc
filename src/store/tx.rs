//! Transactions: every change a command makes to the folder, applied all or nothing.
//!
//! A command gathers its changes in a [`Tx`] — new records with fresh IDs, records created or
//! replaced, records moved to a new place, files removed — and commits them at once:
//!
//! 1. the intent journal `.peerlog-journal` is written and fsynced, naming every rename (the
//!    temporary file each new text goes to, and its target) and every removal;
//! 2. each new text is written to its temporary file in its target folder and fsynced, and
//!    the folders too;
//! 3. the line `committed` is appended to the journal and fsynced: from this instant the
//!    change happens;
//! 4. the temporary files are renamed onto their targets, the removed files unlinked, the
//!    folders fsynced;
//! 5. the journal is removed.
//!
//! A crash before step 3 leaves a journal without `committed`: the next command removes the
//! temporary files it names (the change never happened). A crash after it leaves a committed one:
//! the next command renames and removes what is left (the change happened whole). Every
//! command finds the journal when it takes the folder lock ([`super::lock`]) and finishes it
//! under the exclusive lock before it reads anything; readers hold the shared lock, so they
//! never see step 4 half-way. A change of one file needs no journal: one rename is atomic.

use super::atomic::{self, TMP_PREFIX};
use super::diag::display_path;
use super::{Store, answers, kind_dir, safe};
use crate::error::{Error, Result};
use crate::model::{Id, Record, RecordKind};
use std::collections::{BTreeSet, HashSet};
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};

/// The intent journal at the folder's root (ignored by git); present only while a change of
/// several files is under way, or after a crash interrupted one.
pub const JOURNAL: &str = ".peerlog-journal";

/// The first line of a journal.
const MAGIC: &str = "peerlog journal 1";

/// The last line of a journal whose change is decided.
const COMMITTED: &str = "committed";

/// The largest journal read back (an import of every row a CSV may hold fits well).
const MAX_JOURNAL: u64 = 256 << 20;

/// A record's text, written over `existing` (its file's text) when there is one: every write
/// of the store renders through here ([`super::render`]).
fn render<T: Record>(record: &T, existing: Option<&str>) -> Result<String> {
    super::render::render(record, existing)
}

/// Changes to the folder, applied together by [`Tx::commit`] or not at all.
///
/// Take the exclusive lock ([`Store::lock`]) before reading what the change depends on;
/// `commit` takes it if the command has not.
#[must_use = "a transaction changes nothing until it is committed"]
pub struct Tx<'s> {
    store: &'s Store,
    ops: Vec<Op>,
    /// Places of records created in this transaction, so no two get the same ID.
    created: HashSet<PathBuf>,
}

enum Op {
    Put { rel: PathBuf, text: String },
    Remove { rel: PathBuf },
}

impl Op {
    fn rel(&self) -> &Path {
        match self {
            Op::Put { rel, .. } | Op::Remove { rel } => rel,
        }
    }
}

impl Store {
    /// Starts a transaction.
    pub fn begin(&self) -> Tx<'_> {
        Tx { store: self, ops: Vec::new(), created: HashSet::new() }
    }
}

impl<'s> Tx<'s> {
    /// Gives a new record a fresh ID (free in the folder and in this transaction) and adds it.
    pub fn create<T: Record>(&mut self, mut make: impl FnMut(Id) -> T) -> Result<T> {
        let seed = make(Id::parse(&format!("{}-new", T::KIND.prefix())).expect("valid")).id_seed();
        for attempt in 0..100 {
            let record = make(Id::generate(T::KIND, &seed, attempt));
            let rel = record.rel_path();
            // IDs are random, so a clash is all but impossible; checking the record's own place
            // keeps a write from reading the rest of the folder.
            if !self.created.contains(&rel) && !safe::exists(self.store.root(), &rel) {
                let text = render(&record, None)?;
                self.created.insert(rel.clone());
                self.set(Op::Put { rel, text });
                return Ok(record);
            }
        }
        Err(Error::data(tr!("tx-no-free-id")))
    }

    /// Creates or replaces the record's file at its place.
    pub fn put<T: Record>(&mut self, record: &T) -> Result<()> {
        let rel = record.rel_path();
        let existing = safe::read_existing(self.store.root(), &rel)?;
        let text = render(record, existing.as_deref())?;
        self.set(Op::Put { rel, text });
        Ok(())
    }

    /// Creates or replaces the record's file, written over `existing` instead of the file's
    /// text on disk: the file with its comments edited (erasure), or `None` to write it anew.
    pub fn put_over<T: Record>(&mut self, record: &T, existing: Option<&str>) -> Result<()> {
        let rel = record.rel_path();
        safe::check_place(self.store.root(), &rel)?;
        let text = render(record, existing)?;
        self.set(Op::Put { rel, text });
        Ok(())
    }

    /// Replaces the folder's settings file (`peerlog.toml`) with `text`: erasure cuts names from
    /// its comments.
    pub fn put_settings(&mut self, text: String) {
        self.set(Op::Put { rel: PathBuf::from(super::CONFIG_FILE), text });
    }

    /// Writes a record that was read from `old`: at its place, and removes `old` if its place
    /// changed (a consultation whose date changed moves to its new day's folder).
    pub fn moved<T: Record>(&mut self, record: &T, old: &Path) -> Result<()> {
        let rel = record.rel_path();
        if rel == old {
            return self.put(record);
        }
        let existing = safe::read_existing(self.store.root(), old)?;
        let text = render(record, existing.as_deref())?;
        self.set(Op::Remove { rel: old.to_path_buf() });
        self.set(Op::Put { rel, text });
        Ok(())
    }

    /// Removes a record's file.
    pub fn remove(&mut self, rel: &Path) {
        self.set(Op::Remove { rel: rel.to_path_buf() });
    }

    /// The number of files this transaction changes.
    pub fn len(&self) -> usize {
        self.ops.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ops.is_empty()
    }

    /// The last change named for a file wins.
    fn set(&mut self, op: Op) {
        match self.ops.iter_mut().find(|o| o.rel() == op.rel()) {
            Some(o) => *o = op,
            None => self.ops.push(op),
        }
    }

    /// Applies every change, all or nothing.
    pub fn commit(self) -> Result<()> {
        self.commit_with(|| {})
    }

    /// [`Tx::commit`], calling `tick` after each file is staged (for a progress bar).
    pub fn commit_with(self, tick: impl Fn() + Sync) -> Result<()> {
        let store = self.store;
        let _lock = store.lock()?;
        let root = store.root();
        for op in &self.ops {
            safe::check_place(root, op.rel())?;
        }
        let noted = answers::Noted::before(
            store,
            self.ops.iter().map(|op| match op {
                Op::Put { rel, text } => (rel.as_path(), Some(text.as_str())),
                Op::Remove { rel } => (rel.as_path(), None),
            }),
        );
        self.apply(&tick)?;
        noted.after(store);
        Ok(())
    }

    fn apply(self, tick: &(impl Fn() + Sync)) -> Result<()> {
        let store = self.store;
        let root = store.root();
        match self.ops.as_slice() {
            [] => Ok(()),
            // One file: one atomic rename or removal, no journal.
            [Op::Put { rel, text }] => {
                let path = store.path(rel);
                atomic::write(&path, text.as_bytes()).map_err(|e| Error::io(&path, e))?;
                tick();
                Ok(())
            }
            [Op::Remove { rel }] => {
                let path = store.path(rel);
                atomic::remove(&path).map_err(|e| Error::io(&path, e))
            }
            _ => journaled(root, self.ops, tick),
        }
    }
}

/// One step of a journaled change.
#[derive(Debug, Clone, PartialEq)]
enum Step {
    /// Rename the temporary file `tmp` onto `target`.
    Put {
        tmp: PathBuf,
        target: PathBuf,
    },
    Remove {
        target: PathBuf,
    },
}

/// Whether the change is decided.
#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    /// Temporary files may be half-written: the change is undone.
    Prepared,
    /// Every temporary file is durable: the change is finished.
    Committed,
}

fn journaled(root: &Path, ops: Vec<Op>, tick: &(impl Fn() + Sync)) -> Result<()> {
    let tx = format!("{:016x}", getrandom::u64().unwrap_or_else(|_| u64::from(std::process::id())));
    let mut steps = Vec::with_capacity(ops.len());
    let mut texts = Vec::new();
    for (i, op) in ops.into_iter().enumerate() {
        match op {
            Op::Put { rel, text } => {
                let tmp = rel.with_file_name(format!("{TMP_PREFIX}{tx}-{i}"));
                texts.push((tmp.clone(), text));
                steps.push(Step::Put { tmp, target: rel });
            }
            Op::Remove { rel } => steps.push(Step::Remove { target: rel }),
        }
    }
    let journal = root.join(JOURNAL);
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |e: io::Error| Error::io(&path, e)
    };
    write_journal(root, &steps).map_err(io(&journal))?;
    let staged = stage(root, &texts, tick).and_then(|()| {
        let dirs: BTreeSet<&Path> = texts.iter().filter_map(|(t, _)| t.parent()).collect();
        for_each(&dirs, |d| atomic::sync_dir(&root.join(d)).map_err(io(&root.join(d))))
    });
    if let Err(e) = staged {
        // Nothing happened yet: undo the staging, so the folder is as it was.
        let _ = undo(root, &steps);
        return Err(e.hint(tr!("tx-nothing-changed")));
    }
    commit_journal(root).map_err(io(&journal))?;
    apply(root, &steps)?;
    atomic::remove(&journal).map_err(io(&journal))
}

/// Writes each text to its temporary file, in parallel (on one thread in crash tests, so the
/// k-th file operation is the same on every run).
fn stage(root: &Path, texts: &[(PathBuf, String)], tick: &(impl Fn() + Sync)) -> Result<()> {
    let write = |(tmp, text): &(PathBuf, String)| -> Result<()> {
        let path = root.join(tmp);
        atomic::stage_at(&path, text.as_bytes()).map_err(|e| Error::io(&path, e))?;
        tick();
        Ok(())
    };
    if atomic::crash_test() || texts.len() < 4 {
        return texts.iter().try_for_each(write);
    }
    // Each write waits on the disk, not the CPU: more threads than cores.
    match rayon::ThreadPoolBuilder::new().num_threads(16).build() {
        Ok(pool) => pool.install(|| {
            use rayon::prelude::*;
            texts.par_iter().try_for_each(write)
        }),
        Err(_) => texts.iter().try_for_each(write),
    }
}

fn for_each<'a>(dirs: &BTreeSet<&'a Path>, f: impl Fn(&'a Path) -> Result<()> + Sync) -> Result<()> {
    if atomic::crash_test() || dirs.len() < 4 {
        return dirs.iter().try_for_each(|d| f(d));
    }
    use rayon::prelude::*;
    dirs.par_iter().try_for_each(|d| f(d))
}

/// Renames and removes what the journal names and is not done yet, then makes it durable.
/// Safe to repeat: a temporary file already renamed is gone, a removed file is absent.
fn apply(root: &Path, steps: &[Step]) -> Result<()> {
    let mut dirs = BTreeSet::new();
    for step in steps {
        if let Step::Put { tmp, target } = step {
            let (from, to) = (root.join(tmp), root.join(target));
            match atomic::rename(&from, &to) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound && !from.exists() => {}
                Err(e) => return Err(Error::io(&to, e)),
            }
            dirs.extend(target.parent());
        }
    }
    for step in steps {
        if let Step::Remove { target } = step {
            let path = root.join(target);
            match atomic::unlink(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(Error::io(&path, e)),
            }
            dirs.extend(target.parent());
        }
    }
    for_each(&dirs, |d| match atomic::sync_dir(&root.join(d)) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(Error::io(&root.join(d), e)),
        _ => Ok(()),
    })
}

/// Removes the temporary files of a change that did not happen, and its journal.
fn undo(root: &Path, steps: &[Step]) -> Result<()> {
    for step in steps {
        if let Step::Put { tmp, .. } = step {
            let path = root.join(tmp);
            match atomic::unlink(&path) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(Error::io(&path, e)),
                _ => {}
            }
        }
    }
    let journal = root.join(JOURNAL);
    atomic::remove(&journal).map_err(|e| Error::io(&journal, e))
}

/// Writes the journal of a change about to be staged, durably (file and folder fsynced).
fn write_journal(root: &Path, steps: &[Step]) -> io::Result<()> {
    let mut text = format!("{MAGIC}\n");
    for step in steps {
        match step {
            Step::Put { tmp, target } => {
                text.push_str(&format!("put\t{}\t{}\n", display_path(tmp), display_path(target)))
            }
            Step::Remove { target } => text.push_str(&format!("remove\t{}\n", display_path(target))),
        }
    }
    let path = root.join(JOURNAL);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()?;
    atomic::sync_dir(root)?;
    atomic::file_op();
    Ok(())
}

/// Marks the change committed: one short line appended and fsynced. A crash that tears it
/// leaves a journal that reads as not committed, and the change is undone.
fn commit_journal(root: &Path) -> io::Result<()> {
    let mut file = std::fs::OpenOptions::new().append(true).open(root.join(JOURNAL))?;
    file.write_all(format!("{COMMITTED}\n").as_bytes())?;
    file.sync_all()?;
    atomic::file_op();
    Ok(())
}

/// What [`recover`] did.
#[derive(Debug, PartialEq)]
pub enum Recovered {
    /// A committed change was finished: this many files changed.
    Finished(usize),
    /// A change interrupted before it was committed was undone.
    RolledBack(usize),
}

impl std::fmt::Display for Recovered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Recovered::Finished(n) => write!(f, "{}", tr!("tx-finished", files = n, journal = JOURNAL)),
            Recovered::RolledBack(n) => write!(f, "{}", tr!("tx-rolled-back", files = n, journal = JOURNAL)),
        }
    }
}

/// Whether the folder holds a journal (one `lstat`).
pub fn pending(root: &Path) -> bool {
    root.join(JOURNAL).symlink_metadata().is_ok()
}

/// Finishes or undoes the change a journal names. Call it under the exclusive lock.
pub fn recover(root: &Path) -> Result<Option<Recovered>> {
    if !pending(root) {
        return Ok(None);
    }
    let text = safe::read_bounded(root, Path::new(JOURNAL), MAX_JOURNAL).map_err(|e| journal_error(&e))?;
    let (state, steps) = parse_journal(&text).map_err(|e| journal_error(&e))?;
    for step in &steps {
        let target = match step {
            Step::Put { target, .. } | Step::Remove { target } => target,
        };
        safe::check_place(root, target)?;
    }
    Ok(Some(match state {
        State::Prepared => {
            undo(root, &steps)?;
            Recovered::RolledBack(steps.len())
        }
        State::Committed => {
            apply(root, &steps)?;
            let journal = root.join(JOURNAL);
            atomic::remove(&journal).map_err(|e| Error::io(&journal, e))?;
            Recovered::Finished(steps.len())
        }
    }))
}

/// The error of a journal that cannot be finished.
fn journal_error(why: &str) -> Error {
    Error::data(format!("{JOURNAL}: {}", tr!("tx-journal-broken", why = why))).hint(tr!("tx-journal-broken-hint"))
}

/// Reads a journal, refusing any path that is not a record's place in the folder. A last
/// line without its newline is a write a crash tore: the steps before it stand, and the change
/// is not committed (nothing was staged past a torn step, and `committed` is written last).
fn parse_journal(text: &str) -> std::result::Result<(State, Vec<Step>), String> {
    let complete = &text[..text.rfind('\n').map_or(0, |i| i + 1)];
    let mut lines = complete.lines().enumerate();
    match lines.next() {
        Some((_, MAGIC)) => {}
        // The header itself was torn: nothing was staged.
        None if MAGIC.starts_with(text) => return Ok((State::Prepared, Vec::new())),
        _ => return Err(tr!("tx-journal-at-line", line = 1, why = tr!("tx-journal-not-journal"))),
    }
    let mut state = State::Prepared;
    let mut steps = Vec::new();
    for (i, line) in lines {
        let bad = |why: &str| tr!("tx-journal-at-line", line = i + 1, why = why);
        if state == State::Committed {
            return Err(bad(&tr!("tx-journal-after-committed")));
        }
        let fields: Vec<&str> = line.split('\t').collect();
        match fields.as_slice() {
            [COMMITTED] => state = State::Committed,
            ["put", tmp, target] => {
                // The settings file is rewritten (erasure cuts names from its comments), never removed.
                let target = match *target {
                    super::CONFIG_FILE => PathBuf::from(target),
                    _ => record_place(target).map_err(|w| bad(&w))?,
                };
                let tmp = PathBuf::from(tmp);
                let ok = tmp.parent() == target.parent()
                    && tmp.file_name().is_some_and(|n| n.to_string_lossy().starts_with(TMP_PREFIX))
                    && tmp.components().all(|c| matches!(c, Component::Normal(_)));
                if !ok {
                    return Err(bad(&tr!("tx-journal-tmp-astray")));
                }
                steps.push(Step::Put { tmp, target });
            }
            ["remove", target] => steps.push(Step::Remove { target: record_place(target).map_err(|w| bad(&w))? }),
            _ => return Err(bad(&tr!("tx-journal-unknown-step"))),
        }
    }
    Ok((state, steps))
}

/// A relative path under a kind's folder, naming a `.toml` file, with no `..`, hidden or
/// absolute part.
fn record_place(s: &str) -> std::result::Result<PathBuf, String> {
    let path = PathBuf::from(s);
    let normal = path.components().all(|c| matches!(c, Component::Normal(n) if !n.to_string_lossy().starts_with('.')));
    let first = path.components().next().map(|c| c.as_os_str().to_string_lossy().into_owned()).unwrap_or_default();
    let in_kind = RecordKind::ALL.iter().any(|k| kind_dir(*k) == first);
    if normal && in_kind && s.ends_with(".toml") && path.components().count() >= 2 {
        Ok(path)
    } else {
        Err(tr!("tx-journal-not-a-place", path = s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn journals_read_back_and_refuse_paths_outside_the_records() {
        let steps = vec![
            Step::Put {
                tmp: PathBuf::from("consultations/2025/2025-03-14/.peerlog-tmp-ab-0"),
                target: PathBuf::from("consultations/2025/2025-03-14/c-abc.toml"),
            },
            Step::Remove { target: PathBuf::from("consultations/2025/2025-03-13/c-abc.toml") },
        ];
        let dir = tempfile::tempdir().unwrap();
        write_journal(dir.path(), &steps).unwrap();
        let read = || std::fs::read_to_string(dir.path().join(JOURNAL)).unwrap();
        let prepared = read();
        assert_eq!(parse_journal(&prepared).unwrap(), (State::Prepared, steps.clone()));
        commit_journal(dir.path()).unwrap();
        assert_eq!(parse_journal(&read()).unwrap(), (State::Committed, steps.clone()));
        // Torn writes: a cut step or a cut `committed` line is not committed.
        assert_eq!(parse_journal(&format!("{prepared}comm")).unwrap(), (State::Prepared, steps.clone()));
        assert_eq!(parse_journal(&prepared[..prepared.len() - 5]).unwrap().1, steps[..1]);
        assert_eq!(parse_journal("peerlog jou").unwrap(), (State::Prepared, vec![]));
        for bad in [
            "put\t../x/.peerlog-tmp-1\t../x/c-a.toml",
            "remove\t/etc/passwd",
            "remove\tpeople/../../c.toml",
            "remove\tpeople/.hidden.toml",
            "remove\tpeerlog.toml",
            "put\t../.peerlog-tmp-1\tpeerlog.toml",
            "put\tpeople/.peerlog-tmp-1\tgroups/g-a.toml",
            "put\tpeople/x.toml\tpeople/p-a.toml",
            "committed\nremove\tpeople/p-a.toml",
        ] {
            assert!(parse_journal(&format!("{MAGIC}\n{bad}\n")).is_err(), "{bad}");
        }
        assert!(parse_journal("not a journal\n").is_err());
        assert!(parse_journal(&format!("{MAGIC}\nput\t.peerlog-tmp-1\tpeerlog.toml\n")).is_ok());
    }
}
