//! Finding the feedback about given consultations without parsing every feedback file.
//!
//! Feedback is filed by the year it was given, so the answers about a consultation may be in any
//! year's folder. A cache outside the folder (in the user's cache folder, `$XDG_CACHE_HOME` or
//! `~/.cache`, under `peerlog/`, so the records folder and its git history never see it; read
//! again when missing or damaged) holds for each feedback file its stamp — size, modification
//! and change times, inode — and its ID, side and consultations (IDs only, no text). Each
//! look-up lists the year folders and compares every file's stamp (one `stat` a file, no read);
//! a file whose stamp differs — added, edited in place or by renaming, restored by git — is read
//! again. The change time cannot be set back by any tool, so even an edit that keeps the size
//! and puts the modification time back is seen. A file modified within the last two seconds is
//! not trusted to its stamp (timestamps can be that coarse) and is read again next time.

use super::{Store, atomic, load};
use crate::error::Result;
use crate::model::{Feedback, Id};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The cache file of the folder at `root`: one per folder, named by a hash of its path; `None`
/// where the user has no cache folder (then every look-up reads the files).
fn cache_file(root: &Path) -> Option<PathBuf> {
    use std::hash::{Hash, Hasher};
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    let root = std::fs::canonicalize(root).ok()?;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    root.hash(&mut h);
    Some(base.join("peerlog").join(format!("answers-{:016x}", h.finish())))
}
const HEADER: &str = "peerlog answers 2";
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

/// One feedback file as the cache holds it.
#[derive(Debug, Clone, PartialEq)]
struct Entry {
    stamp: Stamp,
    from: String,
    consultations: Vec<String>,
}

/// Year folder name -> file stem (the feedback's ID) -> entry.
type Cache = BTreeMap<String, BTreeMap<String, Entry>>;

/// The feedback files (relative paths) that name one of `consultations`.
pub fn about(store: &Store, consultations: &[Id]) -> Result<Vec<PathBuf>> {
    let root = store.root();
    let cache = read(root);
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as i128);
    let years: Vec<(String, Files)> = load::subfolders(root, Path::new("feedback"))?
        .par_iter()
        .map(|dir| {
            let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            stamps(&root.join(dir)).map(|files| (name, files)).map_err(|e| crate::error::Error::io(&root.join(dir), e))
        })
        .collect::<Result<_>>()?;
    // Files whose stamp the cache does not hold are read (in parallel).
    let stale: Vec<(&str, &str, Option<Stamp>)> = (years.iter())
        .flat_map(|(year, files)| files.iter().map(move |(stem, stamp)| (year.as_str(), stem.as_str(), *stamp)))
        .filter(|(year, stem, stamp)| {
            stamp.is_none_or(|s| cache.get(*year).and_then(|y| y.get(*stem)).is_none_or(|e| e.stamp != s))
        })
        .collect();
    let read_now: Vec<Entry> = stale
        .par_iter()
        .map(|(year, stem, stamp)| {
            let f: Feedback = store.read(&Path::new("feedback").join(year).join(format!("{stem}.toml")))?;
            let stamp = stamp.unwrap_or(Stamp { size: 0, mtime: 0, ctime: 0, inode: 0 });
            Ok(Entry {
                stamp,
                from: f.from.to_string(),
                consultations: f.consultations.iter().map(ToString::to_string).collect(),
            })
        })
        .collect::<Result<_>>()?;
    let mut read_now: BTreeMap<(&str, &str), Entry> = stale.iter().map(|(y, s, _)| (*y, *s)).zip(read_now).collect();

    let mut fresh = Cache::new();
    let mut out = Vec::new();
    for (year, files) in &years {
        let mut kept = BTreeMap::new();
        for (stem, stamp) in files {
            // A file not read now is one the cache holds with this very stamp.
            let Some(entry) =
                read_now.remove(&(year.as_str(), stem.as_str())).or_else(|| cache.get(year)?.get(stem).cloned())
            else {
                continue;
            };
            if entry.consultations.iter().any(|c| consultations.iter().any(|x| x.as_str() == c)) {
                out.push(Path::new("feedback").join(year).join(format!("{stem}.toml")));
            }
            // A file modified just now may be modified again within the same tick of its clock:
            // its stamp is not kept, so it is read again next time.
            let settled = stamp.is_some_and(|s| now - s.mtime > RACY_NS);
            if settled {
                kept.insert(stem.clone(), entry);
            }
        }
        fresh.insert(year.clone(), kept);
    }
    if fresh != cache {
        write(root, &fresh);
    }
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

/// The cache, or an empty one when it is missing or damaged (then everything is read again).
fn read(root: &Path) -> Cache {
    let Some(Ok(text)) = cache_file(root).map(std::fs::read_to_string) else { return Cache::new() };
    parse(&text).unwrap_or_default()
}

fn parse(text: &str) -> Option<Cache> {
    let mut lines = text.lines();
    if lines.next()? != HEADER {
        return None;
    }
    let mut cache = Cache::new();
    let mut current: Option<&mut BTreeMap<String, Entry>> = None;
    for line in lines {
        if line == END {
            return Some(cache);
        }
        let mut words = line.split(' ');
        match words.next()? {
            "year" => {
                let name = words.next()?.to_string();
                current = Some(cache.entry(name).or_default());
            }
            stem => {
                let mut number = || words.next().and_then(|w| w.parse::<i128>().ok());
                let (size, mtime, ctime, inode) = (number()?, number()?, number()?, number()?);
                let stamp = Stamp { size: u64::try_from(size).ok()?, mtime, ctime, inode: u64::try_from(inode).ok()? };
                let from = words.next()?.to_string();
                let consultations = words.map(str::to_string).collect();
                current.as_mut()?.insert(stem.to_string(), Entry { stamp, from, consultations });
            }
        }
    }
    // No end line: a write was cut short.
    None
}

/// Writes the cache in place of the old one (without waiting for the disk: a cache lost in a
/// crash is read again).
fn write(root: &Path, cache: &Cache) {
    let text = format_cache(cache);
    let Some(file) = cache_file(root) else { return };
    if let Some(dir) = file.parent()
        && atomic::create_private_dir_all(dir).is_ok()
    {
        let _ = atomic::replace_unsynced(&file, text.as_bytes());
    }
}

fn format_cache(cache: &Cache) -> String {
    use std::fmt::Write;
    let mut text = format!("{HEADER}\n");
    for (name, files) in cache {
        let _ = writeln!(text, "year {name}");
        for (stem, e) in files {
            let s = e.stamp;
            let _ = writeln!(
                text,
                "{stem} {} {} {} {} {} {}",
                s.size,
                s.mtime,
                s.ctime,
                s.inode,
                e.from,
                e.consultations.join(" ")
            );
        }
    }
    text.push_str(END);
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cache_reads_back_what_it_wrote_and_refuses_a_cut_file() {
        let mut cache = Cache::new();
        let entry = Entry {
            stamp: Stamp { size: 120, mtime: 1_700_000_000_123_456_789, ctime: 1_700_000_001_000_000_000, inode: 42 },
            from: "peer".into(),
            consultations: vec!["c-b".into(), "c-c".into()],
        };
        cache.entry("2025".into()).or_default().insert("f-a".into(), entry);
        cache.insert("2026".into(), BTreeMap::new());
        let text = format_cache(&cache);
        assert_eq!(parse(&text), Some(cache));
        assert_eq!(parse(text.trim_end_matches("end\n")), None);
        assert_eq!(parse("peerlog answers 1\nend\n"), None, "an older cache is read again");
    }
}
