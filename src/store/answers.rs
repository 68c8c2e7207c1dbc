//! Finding the feedback about given consultations without reading every feedback file.
//!
//! Feedback is filed by the year it was given, so the answers about a consultation may be in any
//! year's folder. A cache outside the folder (in the user's cache folder, `$XDG_CACHE_HOME` or
//! `~/.cache`, under `peerlog/`, so the records folder and its git history never see it; read
//! again when missing or damaged) lists for each year folder its feedback IDs, sides and
//! consultations (IDs only, no text), with the folder's modification time. A year whose folder changed since (a file added,
//! removed or renamed, as by `git checkout`, `git merge` or an editor that saves by renaming) is
//! read again; peerlog's own writes keep the cache current. A file edited in place by hand keeps
//! its folder's time: a duplicate answer it creates is missed by the next write, and found by
//! `peerlog check`, which never uses the cache.

use super::{Store, atomic, load};
use crate::error::Result;
use crate::model::{Feedback, Id};
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
const HEADER: &str = "peerlog answers 1";
const END: &str = "end";

/// One feedback record as the cache holds it.
#[derive(Debug, Clone, PartialEq)]
struct Entry {
    id: String,
    from: String,
    consultations: Vec<String>,
}

/// A year folder's feedback, as of the folder's modification time.
#[derive(Debug, Clone, PartialEq)]
struct Year {
    mtime: u128,
    entries: Vec<Entry>,
}

type Cache = BTreeMap<String, Year>;

/// The feedback files (relative paths) that name one of `consultations`.
pub fn about(store: &Store, consultations: &[Id]) -> Result<Vec<PathBuf>> {
    let root = store.root();
    let mut cache = read(root);
    let before = cache.clone();
    let mut fresh = Cache::new();
    let mut out = Vec::new();
    for dir in load::subfolders(root, Path::new("feedback"))? {
        let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        // The time first, then the files: a change while they are read shows next time.
        let mtime = modified(&root.join(&dir));
        let year = match (cache.remove(&name), mtime) {
            (Some(y), Some(m)) if y.mtime == m => y,
            _ => {
                let records: Vec<Feedback> = store.records_in(&dir)?;
                Year { mtime: mtime.unwrap_or(0), entries: records.iter().map(entry).collect() }
            }
        };
        for e in &year.entries {
            let rel = dir.join(format!("{}.toml", e.id));
            // A file gone since, by hand, without its folder changing time, is no answer.
            if e.consultations.iter().any(|c| consultations.iter().any(|x| x.as_str() == c))
                && root.join(&rel).is_file()
            {
                out.push(rel);
            }
        }
        fresh.insert(name, year);
    }
    if fresh != before {
        write(root, &fresh);
    }
    Ok(out)
}

fn entry(f: &Feedback) -> Entry {
    Entry {
        id: f.id.to_string(),
        from: f.from.to_string(),
        consultations: f.consultations.iter().map(ToString::to_string).collect(),
    }
}

/// A write about to touch feedback files: the times of their year folders before it, so that
/// [`Pending::done`] can tell the cache was current and keep it so.
pub struct Pending {
    years: Vec<(String, Option<u128>)>,
}

impl Pending {
    /// Notes the year folders of the feedback files among `paths` (others are ignored).
    pub fn before(root: &Path, paths: &[&Path]) -> Option<Pending> {
        let mut years = Vec::new();
        for p in paths {
            if let Some(year) = year_of(p)
                && !years.iter().any(|(y, _)| *y == year)
            {
                let m = modified(&root.join("feedback").join(&year));
                years.push((year, m));
            }
        }
        (!years.is_empty() && cache_file(root).is_some_and(|c| c.is_file())).then_some(Pending { years })
    }

    /// After the write: each change is `(rel, text)`, the new text of a feedback file or `None`
    /// for one removed. A year whose folder changed otherwise meanwhile is dropped from the
    /// cache (read again next time).
    pub fn done(self, root: &Path, changes: &[(&Path, Option<&str>)]) {
        let mut cache = read(root);
        for (year, before) in self.years {
            let Some(y) = cache.get_mut(&year) else { continue };
            let after = modified(&root.join("feedback").join(&year));
            if before != Some(y.mtime) || after.is_none() {
                cache.remove(&year);
                continue;
            }
            for (rel, text) in changes {
                let Some(id) = rel.file_stem().map(|s| s.to_string_lossy().into_owned()) else { continue };
                y.entries.retain(|e| e.id != id);
                if year_of(rel).as_deref() != Some(year.as_str()) {
                    continue;
                }
                match text.map(toml::from_str::<Feedback>) {
                    Some(Ok(f)) => y.entries.push(entry(&f)),
                    Some(Err(_)) => {
                        cache.remove(&year);
                        break;
                    }
                    None => {}
                }
            }
            if let Some(y) = cache.get_mut(&year) {
                y.mtime = after.unwrap_or(0);
            }
        }
        write(root, &cache);
    }
}

/// The year folder of a feedback file's relative path (`feedback/2025/f-….toml` -> `2025`).
fn year_of(rel: &Path) -> Option<String> {
    let mut parts = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned());
    (parts.next()? == "feedback").then(|| parts.next()).flatten().filter(|_| parts.next().is_some())
}

/// A folder's modification time in nanoseconds.
fn modified(path: &Path) -> Option<u128> {
    let t = std::fs::metadata(path).ok()?.modified().ok()?;
    t.duration_since(std::time::UNIX_EPOCH).ok().map(|d| d.as_nanos())
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
    let mut current: Option<String> = None;
    for line in lines {
        if line == END {
            return Some(cache);
        }
        let mut words = line.split(' ');
        match words.next()? {
            "year" => {
                let name = words.next()?.to_string();
                let mtime = words.next()?.parse().ok()?;
                cache.insert(name.clone(), Year { mtime, entries: Vec::new() });
                current = Some(name);
            }
            id => {
                let from = words.next()?.to_string();
                let consultations = words.map(str::to_string).collect();
                cache.get_mut(current.as_ref()?)?.entries.push(Entry { id: id.to_string(), from, consultations });
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
    let mut text = format!("{HEADER}\n");
    for (name, y) in cache {
        text.push_str(&format!("year {name} {}\n", y.mtime));
        for e in &y.entries {
            text.push_str(&format!("{} {} {}\n", e.id, e.from, e.consultations.join(" ")));
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
        cache.insert(
            "2025".into(),
            Year {
                mtime: 17,
                entries: vec![Entry {
                    id: "f-a".into(),
                    from: "peer".into(),
                    consultations: vec!["c-b".into(), "c-c".into()],
                }],
            },
        );
        let text = format_cache(&cache);
        assert_eq!(parse(&text), Some(cache));
        assert_eq!(parse(text.trim_end_matches("end\n")), None);
        assert_eq!(year_of(Path::new("feedback/2025/f-a.toml")).as_deref(), Some("2025"));
        assert_eq!(year_of(Path::new("consultations/2025/x.toml")), None);
    }
}
