//! Finding the records about given ones without parsing every file: the kind a programme's
//! [`Index`] names (thematic groups: the feedback, each about its consultations).
//!
//! Such records are filed by the year they were made, and never made before what they are
//! about (feedback before its consultation: a rule of every write, and an error `check`
//! reports), so the answers about a consultation are in the year folders from the
//! consultation's year on; only those are looked at. A cache outside the folder
//! ([`cache::folder`]; read again when missing or damaged) holds, one file per year folder, the
//! IDs each file names (IDs only, no text), each file's stamp — size, modification and change
//! times, inode, kept as a hash — and the stamp of the year folder itself.
//!
//! A year folder whose own stamp is the one the cache holds has had no file added, removed or
//! renamed since: git, merges, editors that save by renaming and peerlog's own writes all
//! change it. Its cache is trusted without looking at each file. peerlog's writes keep the
//! cache current as they change a year folder ([`Noted`]), so a coordinator's next
//! `feedback record` is as quick as in a small folder. Otherwise every file's stamp is compared
//! (one `stat` a file, no read); a file whose stamp differs is read again. The change time
//! cannot be set back by any tool, so even an edit that keeps the size and puts the times back
//! is seen then. What a trusted folder stamp does not show is a file edited in place, without
//! renaming (a duplicate answer made that way is left to `check`, which reads every file). A
//! stamp newer than two seconds is not trusted (timestamps can be that coarse) unless peerlog
//! took it right after its own write, under the folder lock; and a hit is always read again by
//! the caller, so a stale entry cannot refuse a write.

use super::{Store, atomic, cache, load};
use crate::error::{Error, Result};
use crate::model::{Date, Id, RecordKind};
use rayon::prelude::*;
use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

const HEADER: &str = "peerlog answers 5";
const FOLDER: &str = "folder";
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

impl Stamp {
    /// The stamp as the cache keeps it: a 64-bit FNV-1a hash of its numbers, so a year's cache
    /// stays small (a file's line is its stem, this key and the IDs it names).
    fn key(&self) -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let bytes = [self.size.to_le_bytes(), self.inode.to_le_bytes()].concat();
        for b in bytes.iter().chain(&self.mtime.to_le_bytes()).chain(&self.ctime.to_le_bytes()) {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
        h
    }
}

/// What the cache indexes, as a programme declares it (`programmes::Spec::answers`): a kind filed
/// by year whose records each name records of another kind (feedback, its consultations).
pub struct Index {
    /// The kind indexed.
    pub kind: RecordKind,
    /// The IDs a file names, read as the store reads the record (a broken file is refused).
    pub read: fn(&Store, &Path) -> Result<Vec<Id>>,
    /// The IDs the text about to be written names; `None` when it does not parse.
    pub parse: fn(&str) -> Option<Vec<Id>>,
}

/// The folder's index: its programme's, if it has one.
fn index(store: &Store) -> Option<&'static Index> {
    crate::programmes::of(store.config.programme).answers.as_ref()
}

/// The key of a file peerlog has just written, whose stamp is not kept (see [`settled`]): it
/// matches no file, so a look-up that compares stamps reads the file again.
const UNSTAMPED: u64 = 0;

/// The files of the indexed kind (relative paths) that name one of `ids` (consultations), the
/// earliest of which is dated `since` (`None`: not known, every year folder is looked at).
pub fn about(store: &Store, ids: &[Id], since: Option<Date>) -> Result<Vec<PathBuf>> {
    let Some(index) = index(store) else { return Ok(Vec::new()) };
    let root = store.root();
    let cache = cache::folder(root);
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as i128);
    // A folder not named by a year is looked at too: its files are misplaced, and may name one.
    let years: Vec<PathBuf> = load::subfolders(root, Path::new(index.kind.spec().dir))?
        .into_iter()
        .filter(|dir| {
            let year = dir.file_name().and_then(|n| n.to_str()).and_then(|n| n.parse::<i32>().ok());
            since.is_none_or(|d| year.is_none_or(|y| y >= d.year()))
        })
        .collect();
    // The years whose cache is trusted are answered from it alone; the others in parallel.
    let mut out = Vec::new();
    let mut unsure = Vec::new();
    for dir in years {
        // The folder's stamp before its listing: a change made meanwhile makes it stale next time.
        let folder = folder_stamp(&root.join(&dir));
        let text = cache.as_ref().and_then(|c| std::fs::read_to_string(c.join(year_name(&dir))).ok());
        match text {
            Some(text) if folder.is_some() && trusted(&text) == folder.map(|f| f.key()) => {
                out.extend(named_in(&text, ids).into_iter().map(|stem| dir.join(format!("{stem}.toml"))));
            }
            text => unsure.push((dir, folder, text)),
        }
    }
    let found: Vec<Vec<PathBuf>> =
        unsure.par_iter().map(|year| in_year(store, index, cache.as_deref(), year, ids, now)).collect::<Result<_>>()?;
    out.extend(found.into_iter().flatten());
    Ok(out)
}

/// A year folder, its stamp and its cache's text.
type Year = (PathBuf, Option<Stamp>, Option<String>);

/// [`about`] in one year folder whose cache (`text`) the folder's stamp does not vouch for:
/// every file's stamp is compared.
fn in_year(
    store: &Store,
    index: &Index,
    cache: Option<&Path>,
    (dir, folder, text): &Year,
    ids: &[Id],
    now: i128,
) -> Result<Vec<PathBuf>> {
    let (folder, text) = (*folder, text.as_deref());
    let root = store.root();
    let name = year_name(dir);
    let files = stamps(&root.join(dir)).map_err(|e| Error::io(&root.join(dir), e))?;
    let cached: HashMap<&str, (u64, &str)> = text.and_then(parse).unwrap_or_default();
    // The IDs each file names (as in the cache: between spaces), from the cache when its
    // stamp is the same, else read now (in parallel).
    let known: Vec<Option<&str>> = files
        .iter()
        .map(|(stem, stamp)| {
            cached.get(stem.as_str()).filter(|(k, _)| stamp.is_some_and(|s| s.key() == *k)).map(|(_, ids)| *ids)
        })
        .collect();
    let read_now: Vec<Option<String>> = files
        .par_iter()
        .zip(&known)
        .map(|((stem, _), known)| match known {
            Some(_) => Ok(None),
            None => Ok(Some(ids_of(&(index.read)(store, &dir.join(format!("{stem}.toml")))?))),
        })
        .collect::<Result<_>>()?;
    let mut out = Vec::new();
    for (((stem, _), known), read) in files.iter().zip(&known).zip(&read_now) {
        let named = known.or(read.as_deref()).unwrap_or_default();
        if named.split(' ').any(|c| ids.iter().any(|x| x.as_str() == c)) {
            out.push(dir.join(format!("{stem}.toml")));
        }
    }
    // The cache is written anew when a file was read, one it held is gone, or the folder's
    // stamp can be trusted now.
    let hits = known.iter().filter(|k| k.is_some()).count();
    if let Some(cache) = cache
        && (hits < files.len() || hits < cached.len() || text.and_then(trusted) != folder.map(|f| f.key()))
    {
        let mut entries = Vec::with_capacity(files.len());
        for (((stem, stamp), known), read) in files.iter().zip(&known).zip(&read_now) {
            // A file modified just now may be modified again within the same tick of its clock:
            // its stamp is not kept, so it is read again next time.
            if let Some(s) = stamp.filter(|s| settled(s, now)) {
                entries.push(entry(stem, s.key(), known.or(read.as_deref()).unwrap_or_default()));
            }
        }
        // The folder's stamp vouches for the files only when every one of them is in the cache.
        let folder = folder.filter(|f| entries.len() == files.len() && settled(f, now)).map(|f| f.key());
        write(cache, &name, &render(folder, &[], entries.iter().map(String::as_str)));
    }
    // The process ends soon: freeing every entry one by one is time for nothing.
    std::mem::forget(cached);
    Ok(out)
}

fn year_name(dir: &Path) -> String {
    dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Whether a stamp is old enough not to share its clock tick with a later change.
fn settled(s: &Stamp, now: i128) -> bool {
    now - s.mtime > RACY_NS
}

/// The IDs a file names as the cache holds them.
fn ids_of(ids: &[Id]) -> String {
    ids.iter().map(Id::as_str).collect::<Vec<_>>().join(" ")
}

fn entry(stem: &str, key: u64, ids: &str) -> String {
    format!("{stem} {key:016x} {ids}")
}

/// A cache's text: the header, the folder's stamp, `lines` (whole lines of an earlier text,
/// each ending in a line break) and `entries`.
fn render<'a>(folder: Option<u64>, lines: &[&str], entries: impl Iterator<Item = &'a str>) -> String {
    let mut text = String::with_capacity(lines.iter().map(|l| l.len()).sum::<usize>() + 64);
    text.push_str(HEADER);
    text.push('\n');
    if let Some(f) = folder {
        text.push_str(&entry(FOLDER, f, ""));
        text.push('\n');
    }
    text.extend(lines.iter().copied());
    for e in entries {
        text.push_str(e);
        text.push('\n');
    }
    text.push_str(END);
    text.push('\n');
    text
}

/// The stems of the cached files that name one of `ids`, found by searching the text for
/// each ID rather than reading every line.
fn named_in<'a>(text: &'a str, ids: &[Id]) -> Vec<&'a str> {
    let mut out = Vec::new();
    for id in ids {
        let id = id.as_str();
        for at in memchr::memmem::find_iter(text.as_bytes(), id) {
            let (before, after) = (&text[..at], &text[at + id.len()..]);
            let line = &before[memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |i| i + 1)..];
            // A whole word among the IDs named: after the stem and the stamp's key.
            if line.ends_with(' ') && line.matches(' ').count() >= 2 && after.starts_with([' ', '\n']) {
                let stem = line.split(' ').next().unwrap_or_default();
                if stem != FOLDER && !out.contains(&stem) {
                    out.push(stem);
                }
            }
        }
    }
    out
}

/// Where the line of `stem`'s file is in the lines of a cache.
fn line_of(lines: &str, stem: &str) -> Option<Range<usize>> {
    let bytes = lines.as_bytes();
    memchr::memmem::find_iter(bytes, stem).find_map(|at| {
        let whole = (at == 0 || bytes[at - 1] == b'\n') && bytes.get(at + stem.len()) == Some(&b' ');
        whole.then(|| at..memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |i| at + i + 1))
    })
}

/// The key of the folder stamp a whole, current-format cache holds, if it holds one.
fn trusted(text: &str) -> Option<u64> {
    let rest = text.strip_prefix(HEADER)?.strip_prefix('\n')?;
    if !text.ends_with(&format!("\n{END}\n")) {
        return None;
    }
    let line = rest.lines().next()?.strip_prefix(FOLDER)?.strip_prefix(' ')?;
    key_word(line).map(|(k, _)| k)
}

/// A year folder's own stamp (not following a link); `None` when it is not a folder.
fn folder_stamp(path: &Path) -> Option<Stamp> {
    std::fs::symlink_metadata(path).ok().filter(std::fs::Metadata::is_dir).map(|m| stamp(&m))
}

/// The caches of the year folders a write changes, looked at before it (under the folder
/// lock) and brought up to date after it, so peerlog's own writes leave the folder's stamp
/// trusted. A year whose cache was not current before is left alone: its next look-up compares
/// every file.
pub struct Noted {
    years: Vec<Pending>,
    cache: Option<PathBuf>,
}

struct Pending {
    dir: PathBuf,
    name: String,
    text: String,
    /// Each changed file's stem and, unless removed, the IDs it names.
    changes: Vec<(String, Option<String>)>,
}

impl Noted {
    /// Before a write: each change is a relative path and its new text (`None`: removed).
    pub fn before<'a>(store: &Store, changes: impl Iterator<Item = (&'a Path, Option<&'a str>)>) -> Noted {
        let Some(index) = index(store) else { return Noted { years: Vec::new(), cache: None } };
        // Found only when a file of the indexed kind changes: most writes have none.
        let mut cache: Option<Option<PathBuf>> = None;
        let mut years: Vec<Pending> = Vec::new();
        let mut stale: Vec<PathBuf> = Vec::new();
        for (rel, text) in changes {
            let mut parts = rel.components().map(|c| c.as_os_str().to_string_lossy());
            let (Some(kind), Some(_), Some(file), None) = (parts.next(), parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            let Some(stem) =
                file.strip_suffix(".toml").filter(|_| kind == index.kind.spec().dir && !file.starts_with('.'))
            else {
                continue;
            };
            let dir = rel.parent().unwrap_or(rel).to_path_buf();
            if stale.contains(&dir) {
                continue;
            }
            let ids = match text.map(index.parse) {
                None => None,
                Some(Some(ids)) => Some(ids_of(&ids)),
                Some(None) => {
                    years.retain(|p| p.dir != dir);
                    stale.push(dir);
                    continue;
                }
            };
            if let Some(p) = years.iter_mut().find(|p| p.dir == dir) {
                p.changes.push((stem.to_string(), ids));
                continue;
            }
            let name = year_name(&dir);
            let folder = cache.get_or_insert_with(|| cache::folder(store.root()));
            let text = folder.as_ref().and_then(|c| std::fs::read_to_string(c.join(&name)).ok());
            match text.filter(|t| folder_stamp(&store.path(&dir)).is_some_and(|f| trusted(t) == Some(f.key()))) {
                Some(text) => years.push(Pending { dir, name, text, changes: vec![(stem.to_string(), ids)] }),
                None => stale.push(dir),
            }
        }
        Noted { years, cache: cache.flatten() }
    }

    /// After the write succeeded: the changed files' entries and the folders' new stamps.
    pub fn after(self, store: &Store) {
        let Some(cache) = self.cache else { return };
        for p in self.years {
            let Some(folder) = folder_stamp(&store.path(&p.dir)) else { continue };
            let written: Vec<String> =
                p.changes.iter().filter_map(|(stem, ids)| Some(entry(stem, UNSTAMPED, ids.as_ref()?))).collect();
            // The text was trusted: its header and folder lines, a line a file, then the end line.
            // The changed files' lines are found by searching, not by reading every line.
            let body =
                (p.text.splitn(3, '\n').nth(2)).and_then(|b| b.strip_suffix(&format!("{END}\n"))).unwrap_or_default();
            let mut cuts: Vec<Range<usize>> = p.changes.iter().filter_map(|(stem, _)| line_of(body, stem)).collect();
            cuts.sort_unstable_by_key(|r| r.start);
            cuts.dedup();
            let mut kept = Vec::with_capacity(cuts.len() + 1);
            let mut at = 0;
            for cut in cuts {
                kept.push(&body[at..cut.start]);
                at = cut.end;
            }
            kept.push(&body[at..]);
            write(&cache, &p.name, &render(Some(folder.key()), &kept, written.iter().map(String::as_str)));
        }
    }
}

/// How recent a change may be for a file's stamp to be trusted: timestamps can be as coarse as
/// a second, so two versions written within that time may share one.
const RACY_NS: i128 = 2_000_000_000;

/// The files of a year folder, each by its stem with its stamp; `None` for an entry
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

/// A year's cache: each file's stem, stamp key and the IDs it names (the rest of its line, IDs
/// between spaces), borrowed from the text; `None` when damaged (then every file is read again).
fn parse(text: &str) -> Option<HashMap<&str, (u64, &str)>> {
    let mut lines = text.lines();
    if lines.next()? != HEADER {
        return None;
    }
    let mut cache = HashMap::new();
    for line in lines {
        if line == END {
            return Some(cache);
        }
        let (stem, rest) = line.split_once(' ')?;
        let (key, ids) = key_word(rest)?;
        if stem != FOLDER {
            cache.insert(stem, (key, ids));
        }
    }
    // No end line: a write was cut short.
    None
}

/// A stamp's key at the start of `line` (16 hexadecimal digits), and the rest of it.
fn key_word(line: &str) -> Option<(u64, &str)> {
    let (word, rest) = line.split_once(' ').unwrap_or((line, ""));
    (word.len() == 16).then(|| u64::from_str_radix(word, 16).ok()).flatten().map(|k| (k, rest))
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
    fn a_files_line_is_found_whole_at_the_start_of_a_line() {
        let lines = "f-ab 00 c-1\nf-a 01 c-2 c-3\nf-b 02 f-a\n";
        assert_eq!(line_of(lines, "f-a").map(|r| &lines[r]), Some("f-a 01 c-2 c-3\n"));
        assert_eq!(line_of(lines, "f-ab").map(|r| &lines[r]), Some("f-ab 00 c-1\n"));
        assert_eq!(line_of(lines, "f-b").map(|r| &lines[r]), Some("f-b 02 f-a\n"));
        assert_eq!(line_of(lines, "f-c"), None);
        assert_eq!(line_of("f-a 01", "f-a"), Some(0..6));
    }

    #[test]
    fn the_cache_reads_back_and_refuses_a_cut_or_older_file() {
        let text =
            format!("{HEADER}\nf-a 00000000000000ff c-b c-c\nf-d 0000000000000001 \nf-e 0000000000000001\n{END}\n");
        let cache = parse(&text).unwrap();
        assert_eq!(cache["f-a"], (255, "c-b c-c"));
        assert_eq!((cache["f-d"].1, cache["f-e"].1), ("", ""), "a file about no consultation");
        assert_eq!(parse(&format!("{HEADER}\nf-a 1 c-b\n{END}\n")), None, "a key cut short");
        assert_eq!(parse(text.trim_end_matches("end\n")), None);
        assert_eq!(parse("peerlog answers 4\nend\n"), None, "an older cache is read again");
        assert_eq!(trusted(&text), None, "no folder stamp: every file is compared");
    }

    #[test]
    fn a_trusted_cache_is_searched_for_whole_ids_among_the_consultations() {
        let folder = Stamp { size: 4096, mtime: 5, ctime: 6, inode: 7 };
        let entries =
            [entry("f-a", 1, "c-b c-cc"), entry("f-c", 2, "c-c"), entry("f-d", 3, ""), entry("c-c", 4, "c-x")];
        let text = render(Some(folder.key()), &[], entries.iter().map(String::as_str));
        assert_eq!(trusted(&text), Some(folder.key()));
        let ids = |s: &[&str]| s.iter().map(|i| Id::parse(i).unwrap()).collect::<Vec<_>>();
        assert_eq!(named_in(&text, &ids(&["c-c"])), ["f-c"], "not c-cc, nor a stem");
        assert_eq!(named_in(&text, &ids(&["c-cc", "c-b"])), ["f-a"]);
        assert!(named_in(&text, &ids(&["c-d"])).is_empty());
        assert_eq!(trusted(text.trim_end_matches("end\n")), None, "a cut file is not trusted");
        assert_eq!(parse(&text).unwrap().len(), 4, "the folder line is not a file");
        let other = Stamp { ctime: 7, ..folder };
        assert_ne!(folder.key(), other.key(), "a change time alone tells versions apart");
    }
}
