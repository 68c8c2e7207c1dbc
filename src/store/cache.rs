//! What peerlog remembers about a records folder outside it, to find things without listing
//! large folders: the answers about each consultation ([`super::answers`]) and where records
//! were last found by ID ([`place`], [`remember`]). It lives in the user's cache folder
//! (`$XDG_CACHE_HOME` or `~/.cache`, under `peerlog/`), so the records folder and its git history
//! never see it. Everything in it is checked against the folder before it is used, and is read
//! again from the folder when missing, damaged or stale: deleting it loses nothing.

use super::atomic;
use std::path::{Path, PathBuf};

/// The cache folder of the records folder at `root`: one per folder, named by a hash of its
/// path; `None` where the user has no cache folder (then every look-up reads the folder).
pub fn folder(root: &Path) -> Option<PathBuf> {
    use std::hash::{Hash, Hasher};
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    let root = std::fs::canonicalize(root).ok()?;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    root.hash(&mut h);
    Some(base.join("peerlog").join(format!("answers-{:016x}.d", h.finish())))
}

const PLACES: &str = "places";
/// How many places are kept: the records looked up most recently.
const KEEP: usize = 512;

/// Where the record with `id` was last found (relative path), if remembered. The caller checks
/// that the file is there before trusting it.
pub fn place(root: &Path, id: &str) -> Option<PathBuf> {
    let text = std::fs::read_to_string(folder(root)?.join(PLACES)).ok()?;
    text.lines().rev().find_map(|l| l.strip_prefix(id)?.strip_prefix(' ').map(PathBuf::from))
}

/// Remembers where the record with `id` was found (a path of plain names relative to the
/// folder), newest last, keeping the last [`KEEP`].
pub fn remember(root: &Path, id: &str, rel: &Path) {
    let (Some(dir), Some(rel)) = (folder(root), rel.to_str()) else { return };
    if rel.contains('\n') {
        return;
    }
    let old = std::fs::read_to_string(dir.join(PLACES)).unwrap_or_default();
    let mut lines: Vec<&str> = old.lines().filter(|l| l.split(' ').next() != Some(id)).collect();
    let line = format!("{id} {rel}");
    lines.push(&line);
    let start = lines.len().saturating_sub(KEEP);
    let mut text = lines[start..].join("\n");
    text.push('\n');
    if atomic::create_private_dir_all(&dir).is_ok() {
        let _ = atomic::replace_unsynced(&dir.join(PLACES), text.as_bytes());
    }
}
