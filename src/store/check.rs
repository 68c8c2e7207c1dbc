//! Checking a whole folder: every problem in one run, each located in its file.
//!
//! Problems inside one file (syntax, unknown keys, bad values, conflict markers, a file at the
//! wrong place) come from the loader, so `check` and every other command word them the same.
//! Problems between records come from the programme's rules (its `Spec.check`, written with the
//! helpers here), which call each kind's `validate`, shared with the writers.

use super::atomic::{self, TMP_PREFIX};
use super::diag::{Diagnostic, display_path, key_span};
use super::load::{self, Loaded};
use super::{Config, kind_dir};
use super::{lock, safe, tx};
use crate::error::{Error, Result};
use crate::model::kind::{ConsentRule, Env};
use crate::model::names::{self, NameHashes};
use crate::model::{Id, Kind, Record, RecordKind};
use crate::model::{Problem, Severity};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

/// What a check found.
#[derive(Debug, Default)]
pub struct Report {
    /// Files read: `peerlog.toml` and every record file.
    pub files: usize,
    /// Sorted by file, then line and column.
    pub problems: Vec<Diagnostic>,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.problems.len() - self.errors()
    }
}

/// Checks the folder at `root`: its settings, every record file, and the rules between records.
///
/// Holds the shared folder lock while it reads, so it sees no write half-way; taking it
/// finishes a change a crash interrupted. A journal it cannot finish, or a lock file that is
/// a link or special file, is reported (and the folder checked as it is).
pub fn check(root: &Path) -> Result<Report> {
    let mut report = Report { files: 1, problems: Vec::new() };
    if let Err(e) = lock::shared(root) {
        let file = if tx::pending(root) { tx::JOURNAL } else { lock::LOCK_FILE };
        let message = e.message.split_once(": ").map_or(e.message.as_str(), |(_, m)| m).to_string();
        let hints: String = e.hints.iter().map(|h| format!("; {h}")).collect();
        report.problems.push(Diagnostic::file(Path::new(file), Severity::Error, format!("{message}{hints}")));
    }
    let config = match load::read_config(root) {
        Ok(config) => config,
        Err(p) => {
            report.problems.push(p.diagnostic);
            if p.newer {
                // Records of a newer format may hold keys this binary does not know: listing them
                // all as unknown would bury the one problem that matters.
                return Ok(report);
            }
            crate::store::Config::default()
        }
    };
    let mut files = scan(root, config.programme.kinds())?;
    report.problems.append(&mut files.strays);
    report.files += files.records.iter().map(Vec::len).sum::<usize>();
    let mut out = Vec::new();
    let scanned = Scanned { root, config: &config, records: &files.records };
    (crate::programmes::of(config.programme).check)(&scanned, &mut out);
    let (wide, mut out): (Vec<Diagnostic>, Vec<Diagnostic>) =
        out.into_iter().partition(|d| d.message.raw_text().is_some_and(|t| t.starts_with(WIDE)));
    report.problems.append(&mut out);
    report.problems.extend(wide_modes(root, &files, config.programme.kinds(), wide));
    report
        .problems
        .sort_by(|a, b| (&a.path, a.line, a.column, &a.message).cmp(&(&b.path, b.line, b.column, &b.message)));
    report.problems.dedup();
    Ok(report)
}

/// What a programme's rules ([`Rules`]) check: the folder, its settings, and its record files,
/// one list per kind in the order of [`Programme::kinds`].
pub struct Scanned<'a> {
    pub root: &'a Path,
    pub config: &'a Config,
    pub records: &'a [Vec<PathBuf>],
}

/// A programme's rules between records, run by [`check`] after every file was scanned: they
/// parse each kind's files ([`parse_all`]), index them by ID ([`index`]), run each kind's rules
/// ([`validate_all`], [`unique`]) and look for erased names ([`erased_names`]).
pub type Rules = fn(&Scanned, &mut Vec<Diagnostic>);

/// The settings file's text, where an erased name may be left in a comment.
pub fn settings_text(root: &Path) -> Option<String> {
    load::read_text(root, Path::new(super::CONFIG_FILE)).ok()
}

/// A record of a kind other than people, with the IDs it refers to: who takes part in it.
pub type Link<'a> = (&'a Id, &'a Path, Vec<Id>);

pub fn link<T: Record>(r: &Loaded<T>, refs: Vec<Id>) -> Link<'_> {
    (r.record.id(), r.rel.as_path(), refs)
}

/// A link from the record's description, for kinds with few records.
pub fn link_of<T: Kind>(r: &Loaded<T>) -> Link<'_> {
    let refs = crate::model::kind::to_table(&r.record)
        .map(|t| crate::model::kind::refs_of(T::SPEC, &t).into_iter().map(|(_, id)| id).collect())
        .unwrap_or_default();
    link(r, refs)
}

/// An erased person, the hashes of their name, and the files of the records they take part in
/// (see [`crate::model::kind::taking_part`]).
pub struct Erased<'a> {
    id: &'a Id,
    hashes: &'a NameHashes,
    files: HashSet<&'a Path>,
}

pub fn taking_part<'a>(erased: Vec<(&'a Id, &'a NameHashes)>, links: &[Link<'a>]) -> Vec<Erased<'a>> {
    let refs: Vec<(&Id, Vec<&Id>)> = links.iter().map(|(id, _, to)| (*id, to.iter().collect())).collect();
    let paths: HashMap<&Id, &Path> = links.iter().map(|(id, rel, _)| (*id, *rel)).collect();
    (erased.into_iter())
        .map(|(id, hashes)| {
            let own = crate::model::kind::taking_part(&refs, id);
            Erased { id, hashes, files: own.into_iter().filter_map(|r| paths.get(r).copied()).collect() }
        })
        .collect()
}

/// Forms of an erased person's name still in the folder (values and comments): a form of the
/// surname in any file, a form of the first name in a file that names the person's ID or
/// holds a record they take part in. Found by the hashes the placeholder keeps; the word itself
/// is never printed. A word that is part of another person's full name (`others`: the names the
/// folder knows) is theirs, as when erasing.
pub fn erased_names<'a, I: IntoIterator<Item = &'a str>>(
    erased: &[Erased],
    files: &[(&Path, &str)],
    others: impl Fn() -> I,
    out: &mut Vec<Diagnostic>,
) {
    if erased.is_empty() {
        return;
    }
    // Each distinct word is hashed once per erased person.
    let words: Vec<Vec<(usize, String)>> =
        files.par_iter().map(|(_, text)| names::folded_words(text).collect()).collect();
    let distinct: HashSet<&str> = words.iter().flatten().map(|(_, w)| w.as_str()).collect();
    for Erased { id, hashes, files: own } in erased {
        let (surname, first): (HashSet<&str>, HashSet<&str>) = (
            hashes.surname.iter().map(String::as_str).collect(),
            hashes.first_name.iter().map(String::as_str).collect(),
        );
        let mut hits_surname = HashSet::new();
        let mut hits_first = HashSet::new();
        for w in &distinct {
            let h = names::hash(id.as_str(), w);
            if surname.contains(h.as_str()) {
                hits_surname.insert(*w);
            } else if first.contains(h.as_str()) {
                hits_first.insert(*w);
            }
        }
        if hits_surname.is_empty() && hits_first.is_empty() {
            continue;
        }
        let others = names::OtherNames::new(others());
        for ((rel, text), words) in files.iter().zip(&words) {
            let names_person = own.contains(rel) || text.contains(id.as_str());
            let hit = words.iter().find(|(offset, w)| {
                (hits_surname.contains(w.as_str()) || (names_person && hits_first.contains(w.as_str())))
                    && !others.covers(text, *offset)
            });
            if let Some((offset, _)) = hit {
                out.push(Diagnostic::at(
                    rel,
                    text,
                    *offset,
                    Severity::Warning,
                    msg!("check-erased-name", id = id.to_string()),
                ));
            }
        }
    }
}

/// Whether the folder's settings require consent.
pub fn consent_rule(config: &Config) -> ConsentRule {
    if config.consent.required { ConsentRule::Required } else { ConsentRule::NotRequired }
}

/// Runs the kind's rules on every record `when` accepts, in parallel.
pub fn validate_all<T: Kind>(
    records: &[Loaded<T>],
    env: &Env<T::Settings>,
    when: impl Fn(&T) -> bool + Sync,
    out: &mut Vec<Diagnostic>,
) {
    let found: Vec<Vec<Diagnostic>> = records
        .par_iter()
        .map(|r| {
            let mut d = Vec::new();
            line_breaks(r, &mut d);
            if when(&r.record) {
                located(r, r.record.validate(env), &mut d);
            }
            d
        })
        .collect();
    out.extend(found.into_iter().flatten());
}

/// A line break or a tab in a field that stays on one line (a name, a place, a topic), as a
/// hand edit may write one (`"a\nb"`, `"""…"""`): the writers refuse it ([`crate::model::Text::line`]),
/// so `check` does too. Only a file that could hold one is looked at again.
fn line_breaks<T: Kind>(r: &Loaded<T>, out: &mut Vec<Diagnostic>) {
    let could = |t: &str| t.contains('\t') || ["\\n", "\\t", "\"\"\"", "'''"].iter().any(|m| t.contains(m));
    if !could(&r.text) {
        return;
    }
    let Some(table) = crate::model::kind::to_table(&r.record) else { return };
    for field in T::SPEC.fields.iter().filter(|f| matches!(f.ty, crate::model::kind::Ty::Line)) {
        let broken = crate::model::kind::values(&table, field.path)
            .iter()
            .any(|v| v.as_str().is_some_and(|s| s.contains(['\n', '\t'])));
        if broken {
            let message = msg!("text-one-line", field = field.key());
            // At the key by its path (a key of a table too); a key in an array of tables
            // (`peer.stages[].note`), which a path cannot name, at the first line setting it.
            let at = key_span(&r.text, field.path).map(|span| span.start).or_else(|| key_line(&r.text, field.key()));
            out.push(match at {
                Some(offset) => Diagnostic::at(&r.rel, &r.text, offset, Severity::Error, message),
                None => Diagnostic::file(&r.rel, Severity::Error, message),
            });
        }
    }
}

/// The offset of the first line that sets `key` (`key = …`, `key=…`) in a record file's text.
fn key_line(text: &str, key: &str) -> Option<usize> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with('=')) {
            return Some(offset + line.len() - trimmed.len());
        }
        offset += line.len();
    }
    None
}

/// Records of one kind recorded twice (the kind's [`crate::model::kind::Unique`] rules), as
/// after a merge of two clones that added the same thing: each names the other.
pub fn unique<T: Kind>(records: &[Loaded<T>], out: &mut Vec<Diagnostic>) {
    let spec = T::SPEC;
    if spec.unique.is_empty() {
        return;
    }
    let keys: Vec<Vec<(usize, String)>> = records.par_iter().map(|r| r.record.unique_keys()).collect();
    for (i, j, rule, key) in crate::model::kind::duplicates(&keys) {
        let (r, other) = (&records[i], &records[j]);
        let u = &spec.unique[rule];
        let message = u.describe(key, other.record.id().as_str(), &display_path(&other.rel));
        out.push(Diagnostic::at_key(&r.rel, &r.text, u.at, Severity::Error, message));
    }
}

/// The marker of a record file others may read, followed by its mode in octal.
const WIDE: &str = "\u{0}wide ";

/// Record files (`wide_files`, found while parsing) and folders that others than their owner
/// may read: one warning, at the first of them, with the count and the command that fixes them.
fn wide_modes(root: &Path, files: &Files, kinds: &[RecordKind], wide_files: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut dirs: Vec<PathBuf> = kinds.iter().map(|k| PathBuf::from(kind_dir(*k))).collect();
    // Files come in path order, so the files of a folder are together: one entry a folder.
    let mut last: Option<&Path> = None;
    for parent in files.records.iter().flatten().filter_map(|r| r.parent()) {
        if last.is_none_or(|l| l.as_os_str() != parent.as_os_str()) {
            dirs.push(parent.to_path_buf());
            last = Some(parent);
        }
    }
    dirs.sort();
    dirs.dedup();
    let mode_of = |rel: &Path| -> Option<u32> {
        #[cfg(unix)]
        return fs::metadata(root.join(rel))
            .ok()
            .map(|m| std::os::unix::fs::PermissionsExt::mode(&m.permissions()) & 0o777);
        #[cfg(not(unix))]
        return None;
    };
    let mut wide: Vec<(String, u32)> = std::iter::once(PathBuf::from(super::CONFIG_FILE))
        .chain(dirs)
        .filter_map(|rel| mode_of(&rel).filter(|m| m & 0o077 != 0).map(|m| (display_path(&rel), m)))
        .collect();
    wide.extend(wide_files.into_iter().map(|d| {
        let mode =
            u32::from_str_radix(d.message.raw_text().unwrap_or_default().get(WIDE.len()..).unwrap_or_default(), 8)
                .unwrap_or(0o644);
        (d.path, mode)
    }));
    wide.sort();
    let Some((first, mode)) = wide.first() else { return Vec::new() };
    let message = msg!("check-readable", mode = format!("{mode:o}"), more = wide.len() - 1);
    let first = Path::new(first);
    if root.join(first).is_dir() {
        vec![Diagnostic::folder(first, Severity::Warning, message)]
    } else {
        vec![Diagnostic::file(first, Severity::Warning, message)]
    }
}

/// Removes the temporary files interrupted writes left behind, holding the folder lock so no
/// running write loses its file. Returns their paths relative to the root.
pub fn remove_temp_files(root: &Path) -> Result<Vec<String>> {
    let _lock = lock::exclusive(root)?;
    let files = scan(root, &RecordKind::ALL)?;
    let mut removed = Vec::new();
    for rel in files.temp {
        let path = root.join(&rel);
        atomic::remove(&path).map_err(|e| Error::io(&path, e))?;
        removed.push(display_path(&rel));
    }
    Ok(removed)
}

/// The files of a folder, sorted into record files and files that do not belong.
struct Files {
    /// Record files, one list per kind of the folder's programme.
    records: Vec<Vec<PathBuf>>,
    /// Temporary files of interrupted writes.
    temp: Vec<PathBuf>,
    /// Warnings about temporary and foreign files.
    strays: Vec<Diagnostic>,
}

fn scan(root: &Path, kinds: &[RecordKind]) -> Result<Files> {
    let mut files = Files { records: vec![Vec::new(); kinds.len()], temp: Vec::new(), strays: Vec::new() };
    // Temporary files of `peerlog.toml` sit at the root.
    for entry in fs::read_dir(root).map_err(|e| Error::io(root, e))? {
        let name = entry.map_err(|e| Error::io(root, e))?.file_name();
        if name.to_string_lossy().starts_with(TMP_PREFIX) {
            files.temp.push(PathBuf::from(name));
        }
    }
    for (i, &kind) in kinds.iter().enumerate() {
        let mut other = Vec::new();
        let top = Path::new(kind_dir(kind));
        if let Ok(meta) = root.join(top).symlink_metadata()
            && !meta.is_dir()
        {
            files.strays.push(not_regular(top, safe::what(&meta.file_type())));
            continue;
        }
        for load::Entry { rel, special } in load::all_files(root, top)? {
            let name = rel.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
            if let Some(what) = special {
                files.strays.push(not_regular(&rel, what));
            } else if name.starts_with(TMP_PREFIX) {
                files.temp.push(rel);
            } else if name.ends_with(".toml") && !name.starts_with('.') {
                files.records[i].push(rel);
            } else if !name.starts_with('.') {
                other.push(rel);
            }
        }
        for rel in other {
            files.strays.push(Diagnostic::file(
                &rel,
                Severity::Warning,
                msg!("check-not-a-record", dir = kind_dir(kind)),
            ));
        }
    }
    files.temp.sort();
    for rel in &files.temp {
        files.strays.push(Diagnostic::file(rel, Severity::Warning, msg!("check-temporary-file")));
    }
    Ok(files)
}

/// A link or special file in the folder: an error, never followed or read.
fn not_regular(rel: &Path, what: &str) -> Diagnostic {
    Diagnostic::file(rel, Severity::Error, format!("{}; {}", safe::not_regular(what), safe::not_regular_hint()))
}

/// Parses every file of one kind in parallel; problems go to `out`, and the stems of the files
/// that did not parse to `broken`. Parsed records are kept even when misplaced so that
/// references to them still resolve.
pub fn parse_all<T: Record>(
    root: &Path,
    paths: &[PathBuf],
    out: &mut Vec<Diagnostic>,
    broken: &mut HashSet<String>,
) -> Vec<Loaded<T>> {
    let (records, problems): (Vec<Option<Loaded<T>>>, Vec<Vec<Diagnostic>>) = paths
        .par_iter()
        .map(|rel| match load::parse::<T>(root, rel) {
            Ok(loaded) => {
                let mut found: Vec<Diagnostic> = load::placement(&loaded).into_iter().collect();
                if loaded.mode & 0o077 != 0 {
                    // Gathered into one warning by `wide_modes`.
                    found.push(Diagnostic::file(&loaded.rel, Severity::Warning, format!("{WIDE}{:o}", loaded.mode)));
                }
                (Some(loaded), found)
            }
            Err(problems) => (None, problems),
        })
        .unzip();
    for ((rel, record), mut problems) in paths.iter().zip(&records).zip(problems) {
        if record.is_none() {
            broken.extend(rel.file_stem().map(|s| s.to_string_lossy().into_owned()));
        }
        out.append(&mut problems);
    }
    // Collected in place (`filter_map`, unlike `flatten`, is), so a folder's records are not
    // held twice.
    #[allow(clippy::filter_map_identity)]
    records.into_iter().filter_map(|r| r).collect()
}

/// Records by ID (the first file wins); reports IDs held by more than one file.
pub fn index<'a, T: Record>(records: &'a [Loaded<T>], out: &mut Vec<Diagnostic>) -> HashMap<&'a Id, &'a Loaded<T>> {
    let mut first: HashMap<&Id, &Loaded<T>> = HashMap::with_capacity(records.len());
    let mut shared: HashMap<&Id, Vec<&Loaded<T>>> = HashMap::new();
    for r in records {
        match first.entry(r.record.id()) {
            std::collections::hash_map::Entry::Occupied(held) => {
                shared.entry(r.record.id()).or_insert_with(|| vec![*held.get()]).push(r)
            }
            std::collections::hash_map::Entry::Vacant(free) => {
                free.insert(r);
            }
        }
    }
    for (id, files) in shared {
        for f in &files {
            let others: Vec<String> = files.iter().filter(|o| o.rel != f.rel).map(|o| display_path(&o.rel)).collect();
            out.push(Diagnostic::at_key(
                &f.rel,
                &f.text,
                "id",
                Severity::Error,
                msg!("check-id-twice", id = id.to_string(), others = others.join(", ")),
            ));
        }
    }
    first
}

/// Turns rule problems about one record into diagnostics at the key of the field at fault.
pub fn located<T>(r: &Loaded<T>, problems: Vec<Problem>, out: &mut Vec<Diagnostic>) {
    for p in problems {
        out.push(Diagnostic::at_key(&r.rel, &r.text, p.field, p.severity, p.message));
    }
}
