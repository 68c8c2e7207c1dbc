//! Finding the feedback about given consultations without parsing every feedback file.
//!
//! Feedback is filed by the year it was given, and is never given before its consultation (a
//! rule of every write, and an error `check` reports), so the answers about a consultation are
//! in the year folders from the consultation's year on; only those are looked at. A cache
//! outside the folder (in the user's cache folder, `$XDG_CACHE_HOME` or `~/.cache`, under
//! `peerlog/`, so the records folder and its git history never see it; read again when missing
//! or damaged) holds, one file per year folder, each feedback file's stamp — size, modification
//! and change times, inode — and the consultations it is about (IDs only, no text). Each
//! look-up lists those year folders and compares every file's stamp (one `stat` a file, no
//! read); a file whose stamp differs — added, edited in place or by renaming, restored by git —
//! is read again. The change time cannot be set back by any tool, so even an edit that keeps
//! the size and puts the modification time back is seen. A file modified within the last two
//! seconds is not trusted to its stamp (timestamps can be that coarse) and is read again next
//! time.

use super::{Store, atomic, load};
use crate::error::{Error, Result};
use crate::model::{Date, Feedback, Id};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The cache folder of the records folder at `root`: one per folder, named by a hash of its
/// path; `None` where the user has no cache folder (then every look-up reads the files).
fn cache_dir(root: &Path) -> Option<PathBuf> {
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

const HEADER: &str = "peerlog answers 3";
const END: &str = "end";

/// What tells a file's versions apart without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    size: u64,
    /// Modification and change times, in nanoseconds.
    mtime: i128,
    ctime: i128,
    inode: u64,
}

/// The feedback files (relative paths) that name one of `consultations`, the earliest of which
/// was held on `since` (`None`: not known, every year folder is looked at).
pub fn about(store: &Store, consultations: &[Id], since: Option<Date>) -> Result<Vec<PathBuf>> {
    let root = store.root();
    let cache = cache_dir(root);
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as i128);
    // A folder not named by a year is looked at too: its files are misplaced, and may name one.
    let years: Vec<PathBuf> = load::subfolders(root, Path::new("feedback"))?
        .into_iter()
        .filter(|dir| {
            let year = dir.file_name().and_then(|n| n.to_str()).and_then(|n| n.parse::<i32>().ok());
            since.is_none_or(|d| year.is_none_or(|y| y >= d.year()))
        })
        .collect();
    let found: Vec<Vec<PathBuf>> =
        years.par_iter().map(|dir| in_year(store, cache.as_deref(), dir, consultations, now)).collect::<Result<_>>()?;
    Ok(found.into_iter().flatten().collect())
}

/// [`about`] in one year folder, with that year's cache.
fn in_year(store: &Store, cache: Option<&Path>, dir: &Path, consultations: &[Id], now: i128) -> Result<Vec<PathBuf>> {
    let root = store.root();
    let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let files = stamps(&root.join(dir)).map_err(|e| Error::io(&root.join(dir), e))?;
    let text = cache.and_then(|c| std::fs::read_to_string(c.join(&name)).ok());
    let cached: HashMap<&str, (Stamp, &str)> = text.as_deref().and_then(parse).unwrap_or_default();
    // Each file's consultations (as in the cache: IDs between spaces), from the cache when its
    // stamp is the same, else read now (in parallel).
    let known: Vec<Option<&str>> = files
        .iter()
        .map(|(stem, stamp)| cached.get(stem.as_str()).filter(|(s, _)| Some(*s) == *stamp).map(|(_, ids)| *ids))
        .collect();
    let read_now: Vec<Option<String>> = files
        .par_iter()
        .zip(&known)
        .map(|((stem, _), known)| match known {
            Some(_) => Ok(None),
            None => {
                let f: Feedback = store.read(&dir.join(format!("{stem}.toml")))?;
                Ok(Some(f.consultations.iter().map(Id::as_str).collect::<Vec<_>>().join(" ")))
            }
        })
        .collect::<Result<_>>()?;
    let mut out = Vec::new();
    for (((stem, _), known), read) in files.iter().zip(&known).zip(&read_now) {
        let ids = known.or(read.as_deref()).unwrap_or_default();
        if ids.split(' ').any(|c| consultations.iter().any(|x| x.as_str() == c)) {
            out.push(dir.join(format!("{stem}.toml")));
        }
    }
    // The cache is written anew when a file was read or one it held is gone.
    let hits = known.iter().filter(|k| k.is_some()).count();
    if let Some(cache) = cache
        && (hits < files.len() || hits < cached.len())
    {
        let mut text = format!("{HEADER}\n");
        for (((stem, stamp), known), read) in files.iter().zip(&known).zip(&read_now) {
            // A file modified just now may be modified again within the same tick of its clock:
            // its stamp is not kept, so it is read again next time.
            let Some(s) = stamp.filter(|s| now - s.mtime > RACY_NS) else { continue };
            let ids = known.or(read.as_deref()).unwrap_or_default();
            text.push_str(&format!("{stem} {} {} {} {} {ids}\n", s.size, s.mtime, s.ctime, s.inode));
        }
        text.push_str(END);
        text.push('\n');
        write(cache, &name, &text);
    }
    // The process ends soon: freeing every entry one by one is time for nothing.
    std::mem::forget(cached);
    Ok(out)
}

/// How recent a change may be for a file's stamp to be trusted: timestamps can be as coarse as
/// a second, so two versions written within that time may share one.
const RACY_NS: i128 = 2_000_000_000;

/// The feedback files of a year folder, each by its stem with its stamp; `None` for an entry
/// that is not a regular file (reading it names the problem).
type Files = Vec<(String, Option<Stamp>)>;

fn stamps(dir: &Path) -> std::io::Result<Files> {
    let entries: Vec<std::fs::DirEntry> = std::fs::read_dir(dir)?.collect::<std::io::Result<_>>()?;
    Ok(entries
        .par_iter()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let stem = name.strip_suffix(".toml").filter(|_| !name.starts_with('.'))?.to_string();
            // The entry's own metadata: a link is not followed.
            let meta = e.metadata().ok().filter(std::fs::Metadata::is_file);
            Some((stem, meta.map(|m| stamp(&m))))
        })
        .collect())
}

#[cfg(unix)]
fn stamp(m: &std::fs::Metadata) -> Stamp {
    use std::os::unix::fs::MetadataExt;
    let ns = |s: i64, n: i64| i128::from(s) * 1_000_000_000 + i128::from(n);
    Stamp { size: m.size(), mtime: ns(m.mtime(), m.mtime_nsec()), ctime: ns(m.ctime(), m.ctime_nsec()), inode: m.ino() }
}

#[cfg(not(unix))]
fn stamp(m: &std::fs::Metadata) -> Stamp {
    let ns = |t: std::io::Result<std::time::SystemTime>| {
        t.ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos() as i128)
    };
    Stamp { size: m.len(), mtime: ns(m.modified()), ctime: ns(m.created()), inode: 0 }
}

/// A year's cache: each file's stem, stamp and consultations (the rest of its line, IDs between
/// spaces), borrowed from the text; `None` when damaged (then every file is read again).
fn parse(text: &str) -> Option<HashMap<&str, (Stamp, &str)>> {
    let mut lines = text.lines();
    if lines.next()? != HEADER {
        return None;
    }
    let mut cache = HashMap::new();
    for line in lines {
        if line == END {
            return Some(cache);
        }
        let mut rest = line;
        let mut word = || {
            let (w, r) = rest.split_once(' ').unwrap_or((rest, ""));
            rest = r;
            (!w.is_empty()).then_some(w)
        };
        let stem = word()?;
        let mut number = || word().and_then(|w| w.parse::<i128>().ok());
        let (size, mtime, ctime, inode) = (number()?, number()?, number()?, number()?);
        let stamp = Stamp { size: u64::try_from(size).ok()?, mtime, ctime, inode: u64::try_from(inode).ok()? };
        cache.insert(stem, (stamp, rest));
    }
    // No end line: a write was cut short.
    None
}

/// Writes a year's cache in place of the old one (without waiting for the disk: a cache lost in
/// a crash is read again).
fn write(dir: &Path, year: &str, text: &str) {
    if !dir.exists() {
        // The cache of an older peerlog: one file for every year.
        let _ = std::fs::remove_file(dir.with_extension(""));
    }
    if atomic::create_private_dir_all(dir).is_ok() {
        let _ = atomic::replace_unsynced(&dir.join(year), text.as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cache_reads_back_and_refuses_a_cut_or_older_file() {
        let text = format!(
            "{HEADER}\nf-a 120 1700000000123456789 1700000001000000000 42 c-b c-c\nf-d 9 1 2 3 \nf-e 9 1 2 3\n{END}\n"
        );
        let cache = parse(&text).unwrap();
        let stamp = Stamp { size: 120, mtime: 1_700_000_000_123_456_789, ctime: 1_700_000_001_000_000_000, inode: 42 };
        assert_eq!(cache["f-a"], (stamp, "c-b c-c"));
        assert_eq!((cache["f-d"].1, cache["f-e"].1), ("", ""), "a file about no consultation");
        assert_eq!(parse(&format!("{HEADER}\nf-a 1 2 3\n{END}\n")), None, "a stamp cut short");
        assert_eq!(parse(text.trim_end_matches("end\n")), None);
        assert_eq!(parse("peerlog answers 2\nend\n"), None, "an older cache is read again");
    }
}
