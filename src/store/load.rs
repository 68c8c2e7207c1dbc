//! Reading records: one file with a precise diagnostic, or a whole kind in parallel.

use super::diag::{Diagnostic, conflict_marker};
use super::{CONFIG_FILE, Config, Store, config::FORMAT, kind_dir};
use crate::error::{Error, Result};
use crate::model::rules::Severity;
use crate::model::{Consultation, Feedback, Group, Person, Record, RecordKind};
use rayon::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};

/// Every record of a folder, as loaded by reports and `check`.
#[derive(Debug, Default)]
pub struct Folder {
    pub groups: Vec<Group>,
    pub people: Vec<Person>,
    pub consultations: Vec<Consultation>,
    pub feedback: Vec<Feedback>,
}

impl Folder {
    /// Loads all four kinds, in parallel; returns what loaded and the diagnostics of what did not.
    pub fn load(store: &Store) -> Result<(Folder, Vec<Diagnostic>)> {
        fn kind<T: Record>(store: &Store) -> Result<(Vec<T>, Vec<Diagnostic>)> {
            Ok(all(store.root(), &store.record_paths(T::KIND)?))
        }
        let ((groups, people), (consultations, feedback)) = rayon::join(
            || rayon::join(|| kind::<Group>(store), || kind::<Person>(store)),
            || rayon::join(|| kind::<Consultation>(store), || kind::<Feedback>(store)),
        );
        let mut problems = Vec::new();
        let folder = Folder {
            groups: collect(groups?, &mut problems),
            people: collect(people?, &mut problems),
            consultations: collect(consultations?, &mut problems),
            feedback: collect(feedback?, &mut problems),
        };
        Ok((folder, problems))
    }
}

fn collect<T>((records, mut p): (Vec<T>, Vec<Diagnostic>), problems: &mut Vec<Diagnostic>) -> Vec<T> {
    problems.append(&mut p);
    records
}

/// Reads and checks `peerlog.toml`, refusing a format newer than this binary's.
pub fn config(root: &Path) -> Result<Config> {
    let path = root.join(CONFIG_FILE);
    let text = read_text(root, Path::new(CONFIG_FILE)).map_err(|d| Error::data(d.to_string()))?;
    let rel = Path::new(CONFIG_FILE);
    let table: toml::Table =
        toml::from_str(&text).map_err(|e| Error::data(toml_diagnostic(rel, &text, &e).to_string()))?;
    match table.get("format").and_then(toml::Value::as_integer) {
        Some(v) if v > i64::from(FORMAT) => {
            let d = Diagnostic::at_key(
                rel,
                &text,
                "format",
                Severity::Error,
                format!("format {v} is newer than this peerlog understands (up to {FORMAT})"),
            );
            return Err(Error::data(d.to_string()).hint("upgrade peerlog to work with this folder"));
        }
        _ => {}
    }
    toml::from_str(&text)
        .map_err(|e| Error::data(toml_diagnostic(rel, &text, &e).to_string()).hint(format!("fix {}", path.display())))
}

/// Reads one record file and checks that its ID matches its place.
pub fn record<T: Record>(root: &Path, rel: &Path) -> Result<T, Diagnostic> {
    let text = read_text(root, rel)?;
    let record: T = toml::from_str(&text).map_err(|e| toml_diagnostic(rel, &text, &e))?;
    let expected = record.rel_path();
    // Comparing the bytes first is much cheaper than comparing paths component by component.
    if expected.as_os_str() != rel.as_os_str() && expected != rel {
        let stem = rel
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let message = if stem != record.id().as_str() {
            format!(
                "the file is named {stem} but holds record {}; rename the file or fix the id",
                record.id()
            )
        } else {
            format!(
                "record {} belongs at {}; move the file there",
                record.id(),
                super::diag::display_path(&record.rel_path())
            )
        };
        return Err(Diagnostic::at_key(rel, &text, "id", Severity::Error, message));
    }
    Ok(record)
}

/// Reads many records in parallel; returns the good ones and the diagnostics of the rest.
pub fn all<T: Record>(root: &Path, paths: &[PathBuf]) -> (Vec<T>, Vec<Diagnostic>) {
    let results: Vec<Result<T, Diagnostic>> = paths.par_iter().map(|rel| record(root, rel)).collect();
    let mut records = Vec::with_capacity(results.len());
    let mut problems = Vec::new();
    for r in results {
        match r {
            Ok(rec) => records.push(rec),
            Err(d) => problems.push(d),
        }
    }
    (records, problems)
}

/// Reads a file as UTF-8 text and refuses git conflict markers.
pub fn read_text(root: &Path, rel: &Path) -> Result<String, Diagnostic> {
    let bytes =
        fs::read(root.join(rel)).map_err(|e| Diagnostic::file(rel, Severity::Error, format!("cannot read: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
        Diagnostic::at(
            rel,
            &text,
            offset,
            Severity::Error,
            "the file is not UTF-8 text; save it as UTF-8",
        )
    })?;
    if let Some(offset) = conflict_marker(&text) {
        return Err(Diagnostic::at(
            rel,
            &text,
            offset,
            Severity::Error,
            "git conflict marker; resolve the merge conflict and keep one version of the lines",
        ));
    }
    Ok(text)
}

/// A TOML or field error, located and phrased for people.
pub fn toml_diagnostic(rel: &Path, text: &str, e: &toml::de::Error) -> Diagnostic {
    let message = e.message().trim().replace('\n', " ");
    match e.span() {
        Some(span) => Diagnostic::at(rel, text, span.start, Severity::Error, message),
        None => Diagnostic::file(rel, Severity::Error, message),
    }
}

/// Relative paths of every `.toml` record file under a kind's folder, in path order.
pub fn record_paths(root: &Path, kind: RecordKind) -> Result<Vec<PathBuf>> {
    walk(root, Path::new(kind_dir(kind)))
}

/// Relative paths of the `.toml` record files directly in `rel_dir`, sorted.
pub fn paths_in(root: &Path, rel_dir: &Path) -> Result<Vec<PathBuf>> {
    Ok(list(root, rel_dir)?
        .into_iter()
        .filter_map(|(name, is_dir)| (!is_dir).then(|| rel_dir.join(name)))
        .collect())
}

/// The subfolders of `rel_dir` (not hidden), sorted.
pub fn subfolders(root: &Path, rel_dir: &Path) -> Result<Vec<PathBuf>> {
    Ok(list(root, rel_dir)?
        .into_iter()
        .filter_map(|(name, is_dir)| is_dir.then(|| rel_dir.join(name)))
        .collect())
}

/// Every record file below `rel` in path order (hidden folders skipped). Each folder's entries
/// are sorted by name and subfolders are listed in parallel, so a folder of thousands of day
/// folders is walked on all cores and the result needs no sort of whole paths.
fn walk(root: &Path, rel: &Path) -> Result<Vec<PathBuf>> {
    let entries = list(root, rel)?;
    if entries.iter().all(|(_, is_dir)| !is_dir) {
        return Ok(entries.into_iter().map(|(name, _)| rel.join(name)).collect());
    }
    let subtrees: Vec<Vec<PathBuf>> = entries
        .par_iter()
        .map(|(name, is_dir)| {
            let child = rel.join(name);
            if *is_dir { walk(root, &child) } else { Ok(vec![child]) }
        })
        .collect::<Result<_>>()?;
    Ok(subtrees.into_iter().flatten().collect())
}

/// The entries of one folder sorted by name: record files (`.toml`, not hidden, so temporary
/// files are skipped) and subfolders (not hidden), each with whether it is a folder.
fn list(root: &Path, rel: &Path) -> Result<Vec<(std::ffi::OsString, bool)>> {
    let dir = root.join(rel);
    let entries = match fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(&dir, e)),
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(&dir, e))?;
        let name = entry.file_name();
        let text = name.to_string_lossy();
        if text.starts_with('.') {
            continue;
        }
        let is_dir = entry.file_type().map_err(|e| Error::io(&dir, e))?.is_dir();
        if is_dir || text.ends_with(".toml") {
            out.push((name, is_dir));
        }
    }
    out.sort_unstable();
    Ok(out)
}
