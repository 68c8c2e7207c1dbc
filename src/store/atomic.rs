//! Durable file operations: a temporary file in the target folder, flushed, fsynced and
//! renamed into place, then the folder fsynced. A crash leaves the old file or the new one,
//! never half of either; at worst a stray temporary file, which `check` reports.
//!
//! These are the store's only primitives that change files; [`super::tx`] builds
//! all-or-nothing changes of many files from them. Each counts as one file operation for
//! the crash-test hook [`file_op`].

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

/// File names of temporary files start with this; loaders skip them, `check --fix` removes them.
pub const TMP_PREFIX: &str = ".peerlog-tmp-";

/// For tests only: `PEERLOG_CRASH_AFTER=k` makes the process abort right after its k-th file
/// operation (a file written and fsynced, a rename, a removal), as a crash or a kill would stop
/// it. The crash tests (tests/cli/crash.rs) run each writing command for every k.
pub const CRASH_AFTER: &str = "PEERLOG_CRASH_AFTER";

/// Counts one file operation; aborts the process when it is the one `PEERLOG_CRASH_AFTER`
/// names.
pub fn file_op() {
    static LIMIT: OnceLock<Option<u64>> = OnceLock::new();
    static DONE: AtomicU64 = AtomicU64::new(0);
    let limit = LIMIT.get_or_init(|| std::env::var(CRASH_AFTER).ok().and_then(|v| v.trim().parse().ok()));
    if let Some(k) = *limit
        && DONE.fetch_add(1, Ordering::SeqCst) + 1 == k
    {
        std::process::abort();
    }
}

/// Whether the crash-test hook is on (the store then works on one thread, so that the k-th
/// operation is the same one on every run).
pub fn crash_test() -> bool {
    std::env::var_os(CRASH_AFTER).is_some()
}

/// Replaces (or creates) `path` with `bytes` atomically.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = stage(path, bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    file_op();
    sync_parent(path)
}

/// Replaces `path` with `bytes` without waiting for the disk: for caches, which are read again
/// when missing or cut short. The old file is removed before the new one is renamed into place:
/// on ext4 a rename over an existing file makes the next `fsync` of any command (a record's
/// write) wait for this file's data too, which for a large cache costs more than the cache saves.
pub fn replace_unsynced(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut tmp = tempfile::Builder::new().prefix(TMP_PREFIX).tempfile_in(parent(path))?;
    tmp.write_all(bytes)?;
    match fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    tmp.persist_noclobber(path).map_err(|e| e.error)?;
    Ok(())
}

/// Creates `path` with `bytes` atomically, failing with `AlreadyExists` if it is there.
pub fn create_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = stage(path, bytes)?;
    tmp.persist_noclobber(path).map_err(|e| e.error)?;
    file_op();
    sync_parent(path)
}

fn stage(path: &Path, bytes: &[u8]) -> io::Result<tempfile::NamedTempFile> {
    let dir = parent(path);
    make_dirs(dir)?;
    // tempfile creates the file readable by its owner only (0600 on Unix).
    let mut tmp = tempfile::Builder::new().prefix(TMP_PREFIX).tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    file_op();
    Ok(tmp)
}

/// Writes `bytes` to a new file at `path` (never replacing one) and fsyncs it; the caller
/// renames it into place.
pub fn stage_at(path: &Path, bytes: &[u8]) -> io::Result<()> {
    make_dirs(parent(path))?;
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    file_op();
    Ok(())
}

/// Renames `from` onto `to` (replacing it); the caller fsyncs the folder.
pub fn rename(from: &Path, to: &Path) -> io::Result<()> {
    fs::rename(from, to)?;
    file_op();
    Ok(())
}

/// Makes `dir` and its missing parents. Folders made for a file (a new day of consultations)
/// are made durable too: each new folder's entry in its parent is fsynced, or a crash could
/// lose the folder with the file.
fn make_dirs(dir: &Path) -> io::Result<()> {
    let missing: Vec<&Path> = dir.ancestors().take_while(|a| !a.as_os_str().is_empty() && !a.exists()).collect();
    if missing.is_empty() {
        return Ok(());
    }
    create_private_dir_all(dir)?;
    for new in missing.iter().rev() {
        sync_parent(new)?;
    }
    Ok(())
}

/// Removes a file and makes the removal durable.
pub fn remove(path: &Path) -> io::Result<()> {
    unlink(path)?;
    sync_parent(path)
}

/// Removes a file; the caller fsyncs the folder.
pub fn unlink(path: &Path) -> io::Result<()> {
    fs::remove_file(path)?;
    file_op();
    Ok(())
}

/// Creates a folder and its missing parents, readable by the owner only.
pub fn create_private_dir_all(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Makes the entries of a folder (files renamed into it or removed from it) durable.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

fn sync_parent(path: &Path) -> io::Result<()> {
    sync_dir(parent(path))
}
