//! Checking a whole folder: every problem in one run, each located in its file.
//!
//! Problems inside one file (syntax, unknown keys, bad values, conflict markers, a file at the
//! wrong place) come from the loader, so `check` and every other command word them the same.
//! Problems between records come from [`crate::model::rules`], shared with the writers.

use super::atomic::{self, TMP_PREFIX};
use super::diag::{Diagnostic, display_path};
use super::load::{self, Loaded};
use super::{Config, Programme, kind_dir};
use super::{lock, safe, tx};
use crate::error::{Error, Result};
use crate::model::kind::{ConsentRule, Env};
use crate::model::names::{self, NameHashes};
use crate::model::rules::{self, Problem, Severity};
use crate::model::{AnyRef, Consultation, Feedback, Group, Id, Kind, Person, Record, RecordKind, Status};
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
    if config.programme == Programme::ColleagueSupport {
        colleague(root, &files, &config, &mut out);
    } else {
        thematic(root, &files, &config, &mut out);
    }
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

/// The rules of the thematic-groups programme: each kind's [`Kind::validate`] (the very rules
/// its commands enforce when they write) and its uniqueness.
fn thematic(root: &Path, files: &Files, config: &Config, out: &mut Vec<Diagnostic>) {
    // The stems of files that did not parse: records that refer to them are checked once they
    // are fixed, instead of reporting each reference as missing.
    let mut broken = HashSet::new();
    let groups: Vec<Loaded<Group>> = parse_all(root, &files.records[0], out, &mut broken);
    let people: Vec<Loaded<Person>> = parse_all(root, &files.records[1], out, &mut broken);
    let consultations: Vec<Loaded<Consultation>> = parse_all(root, &files.records[2], out, &mut broken);
    let feedback: Vec<Loaded<Feedback>> = parse_all(root, &files.records[3], out, &mut broken);
    let is_broken = |id: &Id| broken.contains(id.as_str());

    let group_ids = index(&groups, out);
    let person_ids = index(&people, out);
    let consultation_ids = index(&consultations, out);
    let feedback_ids = index(&feedback, out);
    let get = |id: &Id| -> Option<AnyRef<'_>> {
        match id.kind() {
            RecordKind::Group => group_ids.get(id).map(|r| r.record.any()),
            RecordKind::Person => person_ids.get(id).map(|r| r.record.any()),
            RecordKind::Consultation => consultation_ids.get(id).map(|r| r.record.any()),
            RecordKind::Feedback => feedback_ids.get(id).map(|r| r.record.any()),
            _ => None,
        }
    };
    let exists = |id: &Id| get(id).is_some() || is_broken(id);
    let settings = config.colleague();
    let env = Env { get: &get, exists: &exists, consent: consent_rule(config), colleague: &settings, writing: false };
    validate_all(&groups, &env, |_| true, out);
    validate_all(&people, &env, |p| !is_broken(&p.group), out);
    validate_all(&consultations, &env, |c| !is_broken(&c.peer) && !is_broken(&c.recipient), out);
    validate_all(&feedback, &env, |f| !f.consultations.iter().any(is_broken), out);
    unique(&groups, out);
    unique(&people, out);
    unique(&consultations, out);
    unique(&feedback, out);
    overlaps(&consultations, &person_ids, out);
    let erased: Vec<(&Id, &NameHashes)> = (people.iter().filter(|p| !p.record.name_hashes.is_empty()))
        .map(|p| (&p.record.id, &p.record.name_hashes))
        .collect();
    if erased.is_empty() {
        // The process ends after the report: freeing every record one by one is time for nothing.
        std::mem::forget((group_ids, person_ids, consultation_ids, feedback_ids, broken));
        std::mem::forget((groups, people, consultations, feedback));
        return;
    }
    let links: Vec<Link> =
        (consultations.iter().map(|c| link(c, vec![c.record.peer.clone(), c.record.recipient.clone()])))
            .chain(feedback.iter().map(|f| link(f, f.record.consultations.clone())))
            .collect();
    let erased = taking_part(erased, &links);
    let mut texts: Vec<(&Path, &str)> = (groups.iter().map(|r| (r.rel.as_path(), r.text.as_str())))
        .chain(people.iter().map(|r| (r.rel.as_path(), r.text.as_str())))
        .chain(consultations.iter().map(|r| (r.rel.as_path(), r.text.as_str())))
        .chain(feedback.iter().map(|r| (r.rel.as_path(), r.text.as_str())))
        .collect();
    let settings = settings_text(root);
    texts.extend(settings.as_deref().map(|t| (Path::new(super::CONFIG_FILE), t)));
    let others = || {
        (people.iter().filter(|p| p.record.erased.is_none()).map(|p| p.record.name.as_str()))
            .chain(groups.iter().map(|g| g.record.leader.as_str()))
    };
    erased_names(&erased, &texts, others, out);
    // The process ends after the report: freeing every record one by one is time for nothing.
    std::mem::forget((group_ids, person_ids, consultation_ids, feedback_ids, broken));
    std::mem::forget((groups, people, consultations, feedback));
}

/// The settings file's text, where an erased name may be left in a comment.
fn settings_text(root: &Path) -> Option<String> {
    load::read_text(root, Path::new(super::CONFIG_FILE)).ok()
}

/// A record of a kind other than people, with the IDs it refers to: who takes part in it.
type Link<'a> = (&'a Id, &'a Path, Vec<Id>);

fn link<T: Record>(r: &Loaded<T>, refs: Vec<Id>) -> Link<'_> {
    (r.record.id(), r.rel.as_path(), refs)
}

/// A link from the record's description, for kinds with few records.
fn link_of<T: Kind>(r: &Loaded<T>) -> Link<'_> {
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

fn taking_part<'a>(erased: Vec<(&'a Id, &'a NameHashes)>, links: &[Link<'a>]) -> Vec<Erased<'a>> {
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

/// The rules of the colleague-support programme, as [`thematic`] runs those of its own.
fn colleague(root: &Path, files: &Files, config: &Config, out: &mut Vec<Diagnostic>) {
    use crate::model::colleague::{Contact, Incident, Psychologist, Referral, Supervision, Supporter, Unit};
    // A reference to a file that did not parse is not reported as missing as well.
    let mut broken = HashSet::new();
    let units: Vec<Loaded<Unit>> = parse_all(root, &files.records[0], out, &mut broken);
    let supporters: Vec<Loaded<Supporter>> = parse_all(root, &files.records[1], out, &mut broken);
    let psychologists: Vec<Loaded<Psychologist>> = parse_all(root, &files.records[2], out, &mut broken);
    let supervision: Vec<Loaded<Supervision>> = parse_all(root, &files.records[3], out, &mut broken);
    let contacts: Vec<Loaded<Contact>> = parse_all(root, &files.records[4], out, &mut broken);
    let incidents: Vec<Loaded<Incident>> = parse_all(root, &files.records[5], out, &mut broken);
    let referrals: Vec<Loaded<Referral>> = parse_all(root, &files.records[6], out, &mut broken);
    let unit_ids = index(&units, out);
    let supporter_ids = index(&supporters, out);
    let psychologist_ids = index(&psychologists, out);
    let supervision_ids = index(&supervision, out);
    let contact_ids = index(&contacts, out);
    let incident_ids = index(&incidents, out);
    let referral_ids = index(&referrals, out);
    let get = |id: &Id| -> Option<AnyRef<'_>> {
        match id.kind() {
            RecordKind::Unit => unit_ids.get(id).map(|r| r.record.any()),
            RecordKind::Supporter => supporter_ids.get(id).map(|r| r.record.any()),
            RecordKind::Psychologist => psychologist_ids.get(id).map(|r| r.record.any()),
            RecordKind::Supervision => supervision_ids.get(id).map(|r| r.record.any()),
            RecordKind::Contact => contact_ids.get(id).map(|r| r.record.any()),
            RecordKind::Incident => incident_ids.get(id).map(|r| r.record.any()),
            RecordKind::Referral => referral_ids.get(id).map(|r| r.record.any()),
            _ => None,
        }
    };
    let exists = |id: &Id| get(id).is_some() || broken.contains(id.as_str());
    let settings = config.colleague();
    if let Some(p) = crate::model::colleague::rules::threshold(settings.small_cell_threshold)
        && let Ok(text) = load::read_text(root, Path::new(super::CONFIG_FILE))
    {
        out.push(Diagnostic::at_key(Path::new(super::CONFIG_FILE), &text, p.field, p.severity, p.message));
    }
    let env = Env { get: &get, exists: &exists, consent: consent_rule(config), colleague: &settings, writing: false };
    validate_all(&units, &env, |_| true, out);
    validate_all(&supporters, &env, |_| true, out);
    validate_all(&psychologists, &env, |_| true, out);
    validate_all(&supervision, &env, |_| true, out);
    validate_all(&contacts, &env, |_| true, out);
    validate_all(&incidents, &env, |_| true, out);
    validate_all(&referrals, &env, |_| true, out);
    unique(&units, out);
    unique(&supporters, out);
    unique(&psychologists, out);
    let erased: Vec<(&Id, &NameHashes)> = (supporters.iter().map(|r| (&r.record.id, &r.record.name_hashes)))
        .chain(psychologists.iter().map(|r| (&r.record.id, &r.record.name_hashes)))
        .filter(|(_, h)| !h.is_empty())
        .collect();
    if erased.is_empty() {
        return;
    }
    let links: Vec<Link> = (units.iter().map(link_of))
        .chain(supporters.iter().map(link_of))
        .chain(psychologists.iter().map(link_of))
        .chain(supervision.iter().map(link_of))
        .chain(contacts.iter().map(link_of))
        .chain(incidents.iter().map(link_of))
        .chain(referrals.iter().map(link_of))
        .collect();
    let erased = taking_part(erased, &links);
    let mut texts: Vec<(&Path, &str)> = (units.iter().map(|r| (r.rel.as_path(), r.text.as_str())))
        .chain(supporters.iter().map(|r| (r.rel.as_path(), r.text.as_str())))
        .chain(psychologists.iter().map(|r| (r.rel.as_path(), r.text.as_str())))
        .chain(supervision.iter().map(|r| (r.rel.as_path(), r.text.as_str())))
        .chain(contacts.iter().map(|r| (r.rel.as_path(), r.text.as_str())))
        .chain(incidents.iter().map(|r| (r.rel.as_path(), r.text.as_str())))
        .chain(referrals.iter().map(|r| (r.rel.as_path(), r.text.as_str())))
        .collect();
    let settings = settings_text(root);
    texts.extend(settings.as_deref().map(|t| (Path::new(super::CONFIG_FILE), t)));
    let others = || {
        (supporters.iter().filter(|s| s.record.name_hashes.is_empty()).map(|s| s.record.name.as_str()))
            .chain(psychologists.iter().filter(|p| p.record.name_hashes.is_empty()).map(|p| p.record.name.as_str()))
    };
    erased_names(&erased, &texts, others, out);
}

/// Runs the kind's rules on every record `when` accepts, in parallel.
fn validate_all<T: Kind>(
    records: &[Loaded<T>],
    env: &Env,
    when: impl Fn(&T) -> bool + Sync,
    out: &mut Vec<Diagnostic>,
) {
    let found: Vec<Vec<Diagnostic>> = records
        .par_iter()
        .filter(|r| when(&r.record))
        .map(|r| {
            let mut d = Vec::new();
            located(r, r.record.validate(env), &mut d);
            d
        })
        .collect();
    out.extend(found.into_iter().flatten());
}

/// Records of one kind recorded twice (the kind's [`crate::model::kind::Unique`] rules), as
/// after a merge of two clones that added the same thing: each names the other.
fn unique<T: Kind>(records: &[Loaded<T>], out: &mut Vec<Diagnostic>) {
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
fn parse_all<T: Record>(
    root: &Path,
    paths: &[PathBuf],
    out: &mut Vec<Diagnostic>,
    broken: &mut HashSet<String>,
) -> Vec<Loaded<T>> {
    let results: Vec<_> = paths
        .par_iter()
        .map(|rel| match load::parse::<T>(root, rel) {
            Ok(loaded) => {
                let mut found: Vec<Diagnostic> = load::placement(&loaded).into_iter().collect();
                if loaded.mode & 0o077 != 0 {
                    // Gathered into one warning by `wide_modes`.
                    found.push(Diagnostic::file(&loaded.rel, Severity::Warning, format!("{WIDE}{:o}", loaded.mode)));
                }
                Ok((loaded, found))
            }
            Err(problems) => Err((rel, problems)),
        })
        .collect();
    let mut records = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok((loaded, mut found)) => {
                out.append(&mut found);
                records.push(loaded);
            }
            Err((rel, mut problems)) => {
                broken.extend(rel.file_stem().map(|s| s.to_string_lossy().into_owned()));
                out.append(&mut problems);
            }
        }
    }
    records
}

/// Records by ID (the first file wins); reports IDs held by more than one file.
fn index<'a, T: Record>(records: &'a [Loaded<T>], out: &mut Vec<Diagnostic>) -> HashMap<&'a Id, &'a Loaded<T>> {
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
fn located<T>(r: &Loaded<T>, problems: Vec<Problem>, out: &mut Vec<Diagnostic>) {
    for p in problems {
        out.push(Diagnostic::at_key(&r.rel, &r.text, p.field, p.severity, p.message));
    }
}

/// Consultations of one day that share a person and overlap in time.
fn overlaps(consultations: &[Loaded<Consultation>], people: &HashMap<&Id, &Loaded<Person>>, out: &mut Vec<Diagnostic>) {
    let mut days: HashMap<_, Vec<&Loaded<Consultation>>> = HashMap::new();
    for c in consultations.iter().filter(|c| c.record.status != Status::Cancelled) {
        days.entry(c.record.date).or_default().push(c);
    }
    let name = |id: &Id| people.get(id).map(|p| p.record.name.to_string()).unwrap_or_else(|| id.to_string());
    let days: Vec<Vec<&Loaded<Consultation>>> = days.into_values().filter(|d| d.len() > 1).collect();
    let found: Vec<Diagnostic> = days
        .par_iter()
        .flat_map_iter(|day| {
            day.iter().flat_map(move |c| {
                day.iter().filter_map(move |other| {
                    let p = rules::overlap(&c.record, &other.record, &name)?;
                    Some(Diagnostic::at_key(&c.rel, &c.text, p.field, p.severity, p.message))
                })
            })
        })
        .collect();
    out.extend(found);
}
