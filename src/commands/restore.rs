//! `peerlog restore FILE.json`: a folder rebuilt from an export, for either programme.
//!
//! The document is read whole and every record checked before anything is written: records
//! are written, in one store transaction, into a staging folder inside the target
//! (`.peerlog-tmp-restore-…`), checked as `peerlog check` checks a folder, and only then moved
//! into place, one rename per entry, the settings file last. Until that last rename the target
//! is no peerlog folder, so a restore stopped anywhere is never half a folder; running it again
//! clears what the stopped one left and restores anew. A refused restore leaves nothing behind.

use super::Ctx;
use super::export::{self, key};
use crate::error::{Error, Result};
use crate::model::Severity;
use crate::model::{Record, RecordKind};
use crate::store::config::FORMAT;
use crate::store::load::serde_message;
use crate::store::tx::Tx;
use crate::store::{CONFIG_FILE, Config, Store, check, diag::display_path};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Rebuild a folder from `peerlog export`: a new folder, or an empty one.
///
/// Every record keeps its ID, and exporting the restored folder gives the same document. Each
/// record is checked as `peerlog check` checks a folder; a problem refuses the whole restore,
/// naming the place in the document (`people[3].name`), and nothing is written.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  peerlog export --output backup.json\n  \
peerlog restore backup.json ~/peerlog/riga-restored")]
pub struct Args {
    /// The export document (`peerlog export --output FILE`).
    #[arg(value_name = "FILE.json")]
    pub file: PathBuf,
    /// The folder to rebuild: new, or empty but for `.git` (default: --dir, or the current folder).
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,
}

/// Problems found in the document, each after its JSON path.
#[derive(Default)]
struct Problems(Vec<String>);

impl Problems {
    fn push(&mut self, path: &str, message: impl std::fmt::Display) {
        self.0.push(format!("{path}: {message}"));
    }
}

/// A value of the document at `path`, as `T`; problems named by their JSON path.
fn read<T: DeserializeOwned>(value: &Value, path: &str, problems: &mut Problems) -> Option<T> {
    match serde_path_to_error::deserialize(value) {
        Ok(v) => Some(v),
        Err(e) => {
            let inner = e.path().to_string();
            let at = if inner == "." { path.to_string() } else { format!("{path}.{inner}") };
            problems.push(&at, serde_message(&e.inner().to_string()));
            None
        }
    }
}

/// The folder's settings from the document's head: every key but `version` and the record
/// arrays is a table of `peerlog.toml` (`settings` is `[report]`).
fn config(doc: &serde_json::Map<String, Value>, kinds: &[&str], problems: &mut Problems) -> Option<Config> {
    let versioned = match doc.get("version").map(Value::as_u64) {
        None => false,
        Some(Some(v)) if v == u64::from(export::VERSION) => true,
        Some(Some(v)) if v > u64::from(export::VERSION) => {
            problems.push("version", tr!("restore-newer", what = "version", value = v, known = export::VERSION));
            return None;
        }
        Some(_) => {
            problems.push("version", tr!("restore-version-expected", version = export::VERSION));
            return None;
        }
    };
    let mut settings = serde_json::Map::new();
    if !versioned {
        // Exports made before the document had a version were of thematic-groups folders, made
        // by `init`, which requires consent.
        settings.insert("consent".into(), serde_json::json!({ "required": true }));
    }
    for (name, value) in doc.iter().filter(|(k, _)| *k != "version" && !kinds.contains(&k.as_str())) {
        let name = if name == "settings" { "report" } else { name.as_str() };
        settings.insert(name.into(), value.clone());
    }
    let mut config: Config = match serde_path_to_error::deserialize(Value::Object(settings)) {
        Ok(config) => config,
        Err(e) => {
            let at = e.path().to_string();
            let at = match at.strip_prefix("report") {
                _ if at == "." => tr!("restore-the-document"),
                Some(rest) => format!("settings{rest}"),
                None => at,
            };
            problems.push(&at, serde_message(&e.inner().to_string()));
            return None;
        }
    };
    if let Err((at, reason)) = config.read_json_sections() {
        problems.push(&at, serde_message(&reason));
        return None;
    }
    if config.format > FORMAT {
        problems.push("format", tr!("restore-newer", what = "format", value = config.format, known = FORMAT));
        return None;
    }
    Some(config)
}

/// Adds the records of one kind to the staging folder's transaction; returns each file's JSON path.
fn write_kind<T: Record>(
    tx: &mut Tx,
    items: &[Value],
    name: &str,
    ids: &mut HashMap<String, String>,
    problems: &mut Problems,
) -> Result<Vec<(String, String)>> {
    let mut places = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let at = format!("{name}[{i}]");
        let Some(record) = read::<T>(item, &at, problems) else { continue };
        if let Some(first) = ids.insert(record.id().to_string(), at.clone()) {
            problems.push(&at, tr!("restore-id-twice", id = record.id().to_string(), first = first));
            continue;
        }
        tx.put(&record)?;
        places.push((display_path(&record.rel_path()), at));
    }
    Ok(places)
}

/// The name of the staging folder inside the target starts with this.
const STAGING: &str = ".peerlog-tmp-restore-";

/// Removes what a restore stopped part-way left in `target`: its staging folder and the entries
/// it had moved into place. Only in a folder without settings (a restore moves them last)
/// that holds a staging folder, and only the entries a restore makes.
fn clear_stopped(ctx: &Ctx, target: &Path) -> Result<()> {
    if !target.is_dir() || crate::store::safe::exists(target, Path::new(CONFIG_FILE)) {
        return Ok(());
    }
    let names: Vec<String> = std::fs::read_dir(target)
        .map_err(|e| Error::io(target, e))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let staged = |n: &String| n.starts_with(STAGING) && target.join(n).symlink_metadata().is_ok_and(|m| m.is_dir());
    if !names.iter().any(staged) {
        return Ok(());
    }
    let made = |n: &String| {
        [".gitattributes", ".gitignore"].contains(&n.as_str())
            || RecordKind::ALL.iter().any(|k| crate::store::kind_dir(*k) == n.as_str())
    };
    for name in names.iter().filter(|n| staged(n) || made(n)) {
        let path = target.join(name);
        let removed = match path.symlink_metadata() {
            Ok(m) if m.is_dir() => std::fs::remove_dir_all(&path),
            _ => std::fs::remove_file(&path),
        };
        removed.map_err(|e| Error::io(&path, e))?;
    }
    ctx.note(tr!("restore-cleared", path = target.display().to_string()));
    Ok(())
}

/// Refuses a target that holds anything but a `.git` folder (and peerlog's lock file).
fn refuse_non_empty(target: &Path) -> Result<()> {
    let Ok(entries) = std::fs::read_dir(target) else {
        return if target.exists() {
            Err(Error::usage(tr!("restore-not-a-folder", path = target.display().to_string())))
        } else {
            Ok(())
        };
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n != ".git" && n != crate::store::lock::LOCK_FILE)
        .collect();
    if names.is_empty() {
        return Ok(());
    }
    // The settings file first, hidden files last: what the folder is shows at once.
    names.sort_by_key(|n| (n != CONFIG_FILE, n.starts_with('.'), n.clone()));
    let shown: Vec<&str> = names.iter().take(3).map(String::as_str).collect();
    Err(Error::data(tr!(
        "restore-not-empty",
        path = target.display().to_string(),
        names = shown.join(", "),
        more = names.len().saturating_sub(3)
    ))
    .hint(tr!("restore-not-empty-hint")))
}

pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    let target = a.path.or_else(|| ctx.dir.clone()).unwrap_or_else(|| PathBuf::from("."));
    let target = std::path::absolute(&target).map_err(|e| Error::io(&target, e))?;
    // What a refused restore made is removed again: the folders it created, or the lock file.
    let created: Vec<PathBuf> = target.ancestors().take_while(|p| !p.exists()).map(Path::to_path_buf).collect();
    let lock_file = target.join(crate::store::lock::LOCK_FILE);
    let locked_before = lock_file.exists();
    let result = restore(ctx, &a.file, &target);
    if result.is_err() {
        if !locked_before {
            let _ = std::fs::remove_file(&lock_file);
        }
        for dir in &created {
            let _ = std::fs::remove_dir(dir);
        }
    }
    result
}

fn restore(ctx: &Ctx, file: &Path, target: &Path) -> Result<()> {
    if target.is_dir() {
        crate::store::lock::exclusive(target)?;
        clear_stopped(ctx, target)?;
    }
    refuse_non_empty(target)?;
    let text = std::fs::read_to_string(file).map_err(|e| Error::io(file, e))?;
    let file = file.display();
    let refused = |lines: Vec<String>| {
        let head = tr!("restore-refused", file = file.to_string(), problems = lines.len());
        Error::data(
            std::iter::once(head).chain(lines.into_iter().map(|l| format!("  {l}"))).collect::<Vec<_>>().join("\n"),
        )
        .hint(tr!("restore-refused-hint"))
    };
    let doc: Value = serde_json::from_str(&text).map_err(|e| {
        refused(vec![tr!(
            "restore-not-json",
            line = e.line(),
            column = e.column(),
            error = crate::i18n::why::json_syntax(&e)
        )])
    })?;
    let Value::Object(doc) = doc else {
        return Err(refused(vec![tr!("restore-not-an-object")]));
    };
    let mut problems = Problems::default();
    let every_kind: Vec<&str> = RecordKind::ALL.iter().map(|k| key(*k)).collect();
    let Some(config) = config(&doc, &every_kind, &mut problems) else { return Err(refused(problems.0)) };
    let kinds = config.programme.kinds();
    for name in doc.keys().filter(|k| every_kind.contains(&k.as_str()) && !kinds.iter().any(|kind| key(*kind) == *k)) {
        let expected: Vec<&str> = kinds.iter().map(|k| key(*k)).collect();
        problems.push(
            name,
            tr!("restore-other-programme", programme = config.programme.to_string(), kinds = expected.join(", ")),
        );
    }

    // Stage the whole folder inside the target in one transaction, then check it as `peerlog
    // check` would.
    crate::store::atomic::create_private_dir_all(target).map_err(|e| Error::io(target, e))?;
    crate::store::lock::exclusive(target)?;
    let staging = tempfile::Builder::new().prefix(STAGING).tempdir_in(target).map_err(|e| Error::io(target, e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let private = std::fs::Permissions::from_mode(0o700);
        std::fs::set_permissions(staging.path(), private).map_err(|e| Error::io(staging.path(), e))?;
    }
    let quiet = Ctx { dir: None, quiet: true, programme: None };
    super::init::create(&quiet, staging.path(), &config)?;
    let store = Store::at(staging.path().to_path_buf(), config.clone());
    let mut tx = store.begin();
    let mut places: HashMap<String, String> = HashMap::new();
    let mut ids = HashMap::new();
    let mut counts = Vec::new();
    for &kind in kinds {
        let name = key(kind);
        let items = match doc.get(name) {
            Some(Value::Array(items)) => items.as_slice(),
            Some(_) => {
                problems.push(name, tr!("restore-not-a-list"));
                continue;
            }
            None => {
                problems.push(name, tr!("restore-no-list"));
                continue;
            }
        };
        counts.push(format!("{} {name}", items.len()));
        let written = crate::with_kind!(kind, T => write_kind::<T>(&mut tx, items, name, &mut ids, &mut problems)?);
        places.extend(written);
    }
    if !problems.0.is_empty() {
        return Err(refused(problems.0));
    }
    tx.commit()?;
    let report = check::check(staging.path())?;
    let place = |path: &str| match places.get(path) {
        Some(at) => at.clone(),
        None if path == CONFIG_FILE => "settings".to_string(),
        None => path.to_string(),
    };
    let (errors, warnings): (Vec<_>, Vec<_>) = report.problems.iter().partition(|d| d.severity == Severity::Error);
    if !errors.is_empty() {
        return Err(refused(errors.iter().map(|d| format!("{}: {}", place(&d.path), d.message)).collect()));
    }

    // Move the checked folder into place, the settings last: until they are there, the target
    // is no peerlog folder.
    let _ = std::fs::remove_file(staging.path().join(crate::store::lock::LOCK_FILE));
    let mut names: Vec<std::ffi::OsString> = std::fs::read_dir(staging.path())
        .map_err(|e| Error::io(staging.path(), e))?
        .map(|e| e.map(|e| e.file_name()).map_err(|e| Error::io(staging.path(), e)))
        .collect::<Result<_>>()?;
    names.sort_by_key(|n| n == CONFIG_FILE);
    for name in &names {
        let to = target.join(name);
        if name == CONFIG_FILE {
            crate::store::atomic::sync_dir(target).map_err(|e| Error::io(target, e))?;
        }
        crate::store::atomic::rename(&staging.path().join(name), &to).map_err(|e| Error::io(&to, e))?;
    }
    crate::store::atomic::sync_dir(target).map_err(|e| Error::io(target, e))?;
    for w in warnings {
        ctx.warn(format!("{}: {}", place(&w.path), w.message));
    }
    ctx.note(tr!("restore-done", counts = counts.join(", "), path = target.display().to_string()));
    Ok(())
}
