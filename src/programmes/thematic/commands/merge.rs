//! `peerlog merge`: one person typed twice becomes one record again.

use crate::commands::prompt::{Confirm, confirm};
use crate::commands::{Ctx, Subject, refuse};
use crate::error::{Error, Result};
use crate::model::{Consultation, Person, Record, Status, rules};
use crate::output;
use crate::store::Store;
use std::path::PathBuf;

/// Merge a person entered twice: every reference to DUPLICATE (consultations as peer or
/// recipient, consents, stage history, observations, preparation, motivations) moves to KEEP,
/// and DUPLICATE's file is removed.
///
/// Refused when the two cannot be one person: different groups, roles or birth dates, unless
/// --take says which value wins. Refused as well when the merged records would break a rule
/// (two overlapping consultations of the one person, a consultation with themself). Prints KEEP's
/// ID; --dry-run prints each file it would change and changes nothing. It lists the files and
/// asks on a terminal; a script gives --yes.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  peerlog merge 'Gunta Liepiņa' p-7xq2 --dry-run\n  peerlog merge p-3yae p-7xq2 --take birth_date=duplicate --yes"
)]
pub struct Args {
    /// The person to keep: ID, ID prefix or name.
    pub keep: String,
    /// The same person's second record, to be merged into KEEP and removed.
    pub duplicate: String,
    /// FIELD=keep|duplicate: which value wins where the two differ (name, group, role,
    /// birth_date); repeat for several fields. KEEP's name wins unless told otherwise.
    #[arg(long, value_name = "FIELD=WHICH")]
    pub take: Vec<String>,
    #[command(flatten)]
    pub confirm: Confirm,
}

/// The fields where KEEP and DUPLICATE may disagree.
const FIELDS: &[&str] = &["name", "group", "role", "birth_date"];

pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    let mut takes: Vec<(&str, bool)> = Vec::new();
    for t in &a.take {
        let (field, which) = t.split_once('=').unwrap_or((t.as_str(), ""));
        let field = field.trim().replace('-', "_");
        let Some(field) = FIELDS.iter().copied().find(|f| *f == field) else {
            return Err(Error::usage(tr!("merge-no-field", field = crate::model::shown(&field)))
                .hint(tr!("merge-no-field-hint", fields = FIELDS.join(", "))));
        };
        let duplicate = match which.trim() {
            "keep" => false,
            "duplicate" => true,
            _ => {
                return Err(
                    Error::usage(tr!("merge-which", field = field)).hint(tr!("merge-which-hint", field = field))
                );
            }
        };
        takes.push((field, duplicate));
    }
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let keep = store.person("KEEP", &a.keep, None)?;
    let dup = store.person("DUPLICATE", &a.duplicate, Some(&keep.group))?;
    if keep.id == dup.id {
        return Err(Error::usage(tr!("merge-same", name = keep.name.as_str(), id = keep.id.to_string()))
            .hint(tr!("merge-same-hint")));
    }
    if keep.erased.is_some() || dup.erased.is_some() {
        return Err(Error::data(tr!("merge-erased")));
    }
    let merged = merge_person(&keep, &dup, &takes)?;
    let group = store.group("group", merged.group.as_str())?;
    refuse(ctx, Subject::Flags, rules::person(&merged, Some(&group)))?;

    // Every consultation of either record, with DUPLICATE's references moved.
    let all: Vec<Consultation> = store.load()?;
    let people: Vec<Person> = store.load()?;
    let mut changed: Vec<Consultation> = Vec::new();
    let mut mine: Vec<Consultation> = Vec::new();
    for c in all.iter().filter(|c| [&c.peer, &c.recipient].iter().any(|p| **p == keep.id || **p == dup.id)) {
        let mut moved = c.clone();
        for p in [&mut moved.peer, &mut moved.recipient] {
            if *p == dup.id {
                *p = keep.id.clone();
            }
        }
        if moved != *c {
            changed.push(moved.clone());
        }
        mine.push(moved);
    }
    let person = |id: &crate::model::Id| {
        if *id == merged.id { Some(&merged) } else { people.iter().find(|p| &p.id == id) }
    };
    let mut broken: Vec<String> = Vec::new();
    for c in &changed {
        for p in rules::consultation(c, person(&c.peer), person(&c.recipient)) {
            if p.severity == rules::Severity::Error {
                broken.push(format!("{}: {}", c.id, p.message));
            }
        }
    }
    let name = |id: &crate::model::Id| person(id).map(|p| p.name.to_string()).unwrap_or_else(|| id.to_string());
    for c in &changed {
        for o in mine.iter().filter(|o| o.id != c.id) {
            if let Some(p) = rules::overlap(c, o, &name) {
                broken.push(format!("{}: {}", c.id, p.message));
            } else if c.status != Status::Cancelled && o.status != Status::Cancelled && rules::same_slot(c, o) {
                broken.push(tr!("merge-same-slot", id = c.id.to_string(), other = o.id.to_string()));
            }
        }
    }
    if !broken.is_empty() {
        broken.sort();
        broken.dedup();
        let head =
            tr!("merge-breaks", duplicate = dup.id.to_string(), keep = keep.id.to_string(), rules = broken.len());
        return Err(Error::data(format!("{head}\n  {}", broken.join("\n  "))).hint(tr!("merge-breaks-hint")));
    }

    let change = |path: PathBuf| tr!("rm-listing-change", path = path.display().to_string());
    let mut files: Vec<String> = vec![change(merged.rel_path())];
    files.extend(changed.iter().map(|c| change(c.rel_path())));
    files.push(tr!("rm-listing-remove", what = dup.rel_path().display().to_string()));
    let done = |dry_run: &str| {
        tr!(
            "merge-done",
            dry_run = dry_run,
            duplicate = dup.name.as_str(),
            duplicate_id = dup.id.to_string(),
            keep = keep.name.as_str(),
            keep_id = keep.id.to_string(),
            count = changed.len()
        )
    };
    if a.confirm.dry_run {
        ctx.note(done("yes"));
        let lines: String = files.iter().map(|f| format!("{f}\n")).collect();
        return output::stdout(lines.as_bytes());
    }
    let question = tr!(
        "merge-confirm",
        duplicate = dup.name.as_str(),
        duplicate_id = dup.id.to_string(),
        keep = keep.name.as_str(),
        keep_id = keep.id.to_string()
    );
    confirm(a.confirm, "merge", &question, &files)?;
    write(&store, &merged, &changed, &dup)?;
    ctx.note(done("no"));
    output::result_line(merged.id.as_str())
}

/// KEEP with DUPLICATE's facts added; an error names each field where they disagree and
/// `takes` does not say which wins.
fn merge_person(keep: &Person, dup: &Person, takes: &[(&str, bool)]) -> Result<Person> {
    let take = |field: &str| takes.iter().find(|(f, _)| *f == field).map(|(_, d)| *d);
    let mut m = keep.clone();
    let mut conflicts = Vec::new();
    let mut pick = |field: &'static str, differ: bool, k: String, d: String| -> bool {
        match take(field) {
            Some(d) => d,
            None if differ && field != "name" => {
                conflicts.push(format!(
                    "{field}: {}",
                    tr!(
                        "merge-conflict",
                        keep = k,
                        keep_id = keep.id.to_string(),
                        duplicate = d,
                        duplicate_id = dup.id.to_string()
                    )
                ));
                false
            }
            None => false,
        }
    };
    if pick("name", keep.name != dup.name, keep.name.to_string(), dup.name.to_string()) {
        m.name = dup.name.clone();
    }
    if pick("group", keep.group != dup.group, keep.group.to_string(), dup.group.to_string()) {
        m.group = dup.group.clone();
    }
    if pick("role", keep.role != dup.role, keep.role.to_string(), dup.role.to_string()) {
        m.role = dup.role;
    }
    let show = |d: Option<crate::model::Date>| d.map_or("none".to_string(), |d| d.to_string());
    let differ = keep.birth_date.is_some() && dup.birth_date.is_some() && keep.birth_date != dup.birth_date;
    if pick("birth_date", differ, show(keep.birth_date), show(dup.birth_date)) || keep.birth_date.is_none() {
        m.birth_date = dup.birth_date.or(keep.birth_date);
    }
    if !conflicts.is_empty() {
        let head = tr!("merge-not-one", keep = keep.id.to_string(), duplicate = dup.id.to_string());
        return Err(Error::data(format!("{head}\n  {}", conflicts.join("\n  "))).hint(tr!("merge-not-one-hint")));
    }
    for c in &dup.consent {
        if !m.consent.contains(c) {
            m.consent.push(c.clone());
        }
    }
    m.consent.sort_by_key(|c| c.given);
    if let Some(d) = &dup.peer {
        match &mut m.peer {
            None => m.peer = Some(d.clone()),
            Some(k) => {
                k.motivations.extend(d.motivations.iter().copied());
                for (sign, day) in &d.observed {
                    let e = k.observed.entry(*sign).or_insert(*day);
                    *e = (*e).min(*day);
                }
                for (item, day) in &d.prepared {
                    let e = k.prepared.entry(*item).or_insert(*day);
                    *e = (*e).min(*day);
                }
                for s in &d.stages {
                    if !k.stages.iter().any(|x| x.stage == s.stage && x.date == s.date) {
                        k.stages.push(s.clone());
                    }
                }
                k.stages.sort_by_key(|s| s.date);
            }
        }
    }
    Ok(m)
}

/// Writes KEEP and the moved consultations and removes DUPLICATE in one transaction: all of it
/// happens, or none.
fn write(store: &Store, merged: &Person, changed: &[Consultation], dup: &Person) -> Result<()> {
    let mut tx = store.begin();
    tx.put(merged)?;
    for c in changed {
        tx.put(c)?;
    }
    tx.remove(&dup.rel_path());
    tx.commit()
}
