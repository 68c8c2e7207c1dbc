//! Durable, atomic file writes: a temporary file in the target folder, flushed, fsynced and
//! renamed into place, then the folder fsynced. A crash leaves the old file or the new one,
//! never half of either; at worst a stray temporary file, which `check` reports.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

/// File names of temporary files start with this; loaders skip them, `check --fix` removes them.
pub const TMP_PREFIX: &str = ".peerlog-tmp-";

/// Replaces (or creates) `path` with `bytes` atomically.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = stage(path, bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    sync_parent(path)
}

/// Replaces `path` with `bytes` atomically but without waiting for the disk: for caches, which
/// are read again when a crash loses them.
pub fn replace_unsynced(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut tmp = tempfile::Builder::new().prefix(TMP_PREFIX).tempfile_in(parent(path))?;
    tmp.write_all(bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Creates `path` with `bytes` atomically, failing with `AlreadyExists` if it is there.
pub fn create_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = stage(path, bytes)?;
    tmp.persist_noclobber(path).map_err(|e| e.error)?;
    sync_parent(path)
}

fn stage(path: &Path, bytes: &[u8]) -> io::Result<tempfile::NamedTempFile> {
    let dir = parent(path);
    // Folders made for this file (a new day of consultations) are made durable too: each new
    // folder's entry in its parent is fsynced, or a crash could lose the folder with the file.
    let missing: Vec<&Path> = dir.ancestors().take_while(|a| !a.as_os_str().is_empty() && !a.exists()).collect();
    create_private_dir_all(dir)?;
    for new in missing.iter().rev() {
        sync_parent(new)?;
    }
    // tempfile creates the file readable by its owner only (0600 on Unix).
    let mut tmp = tempfile::Builder::new().prefix(TMP_PREFIX).tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    Ok(tmp)
}

/// Removes a file and makes the removal durable.
pub fn remove(path: &Path) -> io::Result<()> {
    fs::remove_file(path)?;
    sync_parent(path)
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

fn sync_parent(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    File::open(parent(path))?.sync_all()?;
    Ok(())
}
