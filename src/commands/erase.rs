//! `peerlog erase`: the right to erasure, for the people of either programme.

use super::Ctx;
use super::prompt::{Confirm, confirm};
use super::record;
use crate::error::Error;
use crate::error::Result;
use crate::model::kind::{self, Card, KindSpec};
use crate::model::names::{NameForms, NameHashes, Scrubber};
use crate::model::{Date, ERASED, Id, Kind, Record, RecordKind, Text};
use crate::output;
use crate::store::Store;
use crate::store::comments::edit_comments;
use crate::store::diag::display_path;
use std::collections::HashSet;
use std::path::PathBuf;
use toml::Value;

/// Erase a person's data on request (the right to erasure).
///
/// The person is a participant or peer, a support person, or a psychologist. Their own file keeps only a content-free placeholder (so counts stay right).
/// Every case form of their surname (with or without diacritics) is cut from the free text and
/// the comments of every record; their first name too from the records they take part in (a
/// participant's consultations and the feedback on them). Other people's full names stay.
/// On a terminal it lists the files and asks first; without one it needs --yes.
/// Prints each changed file, then the files where the first name alone is still left, for you
/// to look at. Git history still holds the old data: see the README.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  peerlog erase p-3yae3jef --dry-run\n  peerlog erase p-3yae3jef --yes && git commit -am 'Erase a person on request'\n  peerlog erase 'Jānis Ozols' --yes"
)]
pub struct Args {
    /// The person's ID, ID prefix or name.
    pub person: String,
    #[command(flatten)]
    pub confirm: Confirm,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let id = person_id(&store, &args.person)?;
    if id.kind() != crate::model::RecordKind::Person {
        return erase_any(ctx, &store, &id, args);
    }
    let person = store.person("person", id.as_str(), None)?;
    let folder = store.load_folder()?;
    if let Some(day) = person.erased {
        return erased_already(ctx, &person, day, &folder);
    }
    let forms = NameForms::of(person.name.as_str());
    // Other people's names stay where a form is part of them (Inese Kalniņa when erasing
    // Kalniņš); a first name alone is cut only from the person's own records.
    let others = (folder.people.iter().filter(|p| p.id != person.id && p.erased.is_none()).map(|p| p.name.as_str()))
        .chain(folder.groups.iter().map(|g| g.leader.as_str()));
    let scrubber = Scrubber::new(&forms, others);
    let own_consultations: HashSet<Id> = (folder.consultations.iter())
        .filter(|c| c.peer == person.id || c.recipient == person.id)
        .map(|c| c.id.clone())
        .collect();

    // Every file changes in one transaction: after a crash the erasure is whole or not begun.
    let tx = std::cell::RefCell::new(store.begin());
    let mut changed: Vec<String> = Vec::new();
    let mut erased = person.clone();
    erased.name = Text::new("name", ERASED).expect("placeholder");
    erased.birth_date = None;
    erased.consent.clear();
    erased.erased = Some(crate::model::Date::today());
    erased.name_hashes = NameHashes::new(person.id.as_str(), &forms);
    if let Some(info) = &mut erased.peer {
        info.stages.iter_mut().for_each(|s| s.note = None);
    }
    // The person's own file is written anew: its comments are about them.
    changed
        .push(format!("{}: name, birth date, consents, notes and comments erased", display_path(&person.rel_path())));
    tx.borrow_mut().put_over(&erased, None)?;

    let mut review: Vec<String> = Vec::new();
    // Writes one record whose fields were scrubbed (`fields` says which), with the names cut from
    // its file's comments too; lists it for review when the first name alone is still in it.
    let mut save = |rel: PathBuf,
                    fields: Vec<&str>,
                    own: bool,
                    texts: Vec<&str>,
                    write: &dyn Fn(Option<&str>) -> Result<()>|
     -> Result<()> {
        let existing = crate::store::safe::read_existing(store.root(), &rel)?;
        let edited = existing.as_deref().and_then(|t| edit_comments(t, &|c| scrubber.scrub(c, own)));
        let mut what: Vec<String> = fields.iter().map(|f| f.to_string()).collect();
        if edited.is_some() {
            what.push("comments".into());
        }
        if !what.is_empty() {
            changed.push(format!("{}: name cut from {}", display_path(&rel), what.join(", ")));
            write(edited.as_deref().or(existing.as_deref()))?;
        }
        let file = edited.or(existing).unwrap_or_default();
        if !own && (texts.iter().any(|t| scrubber.mentions_first_name(t)) || comments_mention(&file, &scrubber)) {
            review.push(format!("{}: the first name alone is still there; look at it", display_path(&rel)));
        }
        Ok(())
    };

    for mut g in folder.groups {
        let mut fields = Vec::new();
        for (field, text) in [("name", &mut g.name), ("leader", &mut g.leader), ("venue", &mut g.venue)] {
            if scrubber.text(text, false) {
                fields.push(field);
            }
        }
        let texts = [g.name.to_string(), g.leader.to_string(), g.venue.to_string()];
        let texts = texts.iter().map(String::as_str).collect();
        save(g.rel_path(), fields, false, texts, &|existing| tx.borrow_mut().put_over(&g, existing))?;
    }
    for mut p in folder.people.into_iter().filter(|p| p.id != person.id) {
        let mut touched = false;
        for note in p.peer.iter_mut().flat_map(|i| i.stages.iter_mut()).filter_map(|s| s.note.as_mut()) {
            touched |= scrubber.text(note, false);
        }
        let fields = if touched { vec!["a stage note"] } else { vec![] };
        let notes: Vec<String> =
            p.peer.iter().flat_map(|i| i.stages.iter()).filter_map(|s| s.note.as_ref()).map(Text::to_string).collect();
        let texts = notes.iter().map(String::as_str).collect();
        save(p.rel_path(), fields, false, texts, &|existing| tx.borrow_mut().put_over(&p, existing))?;
    }
    for mut c in folder.consultations {
        let own = own_consultations.contains(&c.id);
        let mut fields = Vec::new();
        for (field, text) in [("topic", &mut c.topic), ("place", &mut c.place)] {
            if scrubber.text(text, own) {
                fields.push(field);
            }
        }
        let texts = [c.topic.to_string(), c.place.to_string()];
        let texts = texts.iter().map(String::as_str).collect();
        save(c.rel_path(), fields, own, texts, &|existing| tx.borrow_mut().put_over(&c, existing))?;
    }
    for mut f in folder.feedback {
        let own = f.consultations.iter().any(|c| own_consultations.contains(c));
        let mut fields = Vec::new();
        for (field, text) in
            [("expected", Some(&mut f.expected)), ("benefit", Some(&mut f.benefit)), ("comment", f.comment.as_mut())]
        {
            if text.is_some_and(|t| scrubber.text(t, own)) {
                fields.push(field);
            }
        }
        let texts = [Some(&f.expected), Some(&f.benefit), f.comment.as_ref()];
        let texts: Vec<String> = texts.into_iter().flatten().map(Text::to_string).collect();
        let texts = texts.iter().map(String::as_str).collect();
        save(f.rel_path(), fields, own, texts, &|existing| tx.borrow_mut().put_over(&f, existing))?;
    }
    let dry_run = args.confirm.dry_run;
    if !dry_run {
        let question = format!("Erase {} ({}), changing these {} files?", person.name, person.id, changed.len());
        confirm(args.confirm, "erase", &question, &changed)?;
        tx.into_inner().commit()?;
    }

    let verb = if dry_run { "would change" } else { "changed" };
    ctx.note(format!(
        "{verb} {} file(s) to erase {} ({})",
        changed.len(),
        person.id,
        if dry_run { "dry run: nothing written" } else { "done" }
    ));
    output::stdout(changed.iter().chain(&review).map(|l| format!("{l}\n")).collect::<String>().as_bytes())?;
    if !review.is_empty() {
        ctx.note(format!(
            "{} other record(s) still hold the first name alone (it may be someone else's): look at them",
            review.len()
        ));
    }
    if !dry_run {
        ctx.note(
            "note: git history still holds the old data; to remove it from history too, see \
             \"Erasing a person from git history\" in the README",
        );
    }
    Ok(())
}

/// Whether a comment of a record file holds a form of the first name.
fn comments_mention(file: &str, scrubber: &Scrubber) -> bool {
    file.contains('#') && edit_comments(file, &|c| scrubber.mentions_first_name(c).then(String::new)).is_some()
}
/// `erase` of a person erased before: their name went from every record in the same
/// transaction as their own file, so nothing is left to cut. Lists the records that still
/// refer to them by ID (kept so that counts stay right), and succeeds: running erase again
/// always finishes.
fn erased_already(
    ctx: &Ctx,
    person: &crate::model::Person,
    day: crate::model::Date,
    folder: &crate::store::Folder,
) -> Result<()> {
    let refs: Vec<String> = folder
        .consultations
        .iter()
        .filter(|c| c.peer == person.id || c.recipient == person.id)
        .map(|c| format!("{}: refers to {} by ID only\n", display_path(&c.rel_path()), person.id))
        .collect();
    ctx.note(format!(
        "{} was erased on {day}; no record holds their name, {} consultation(s) refer to them by ID only (nothing to change)",
        person.id,
        refs.len()
    ));
    output::stdout(refs.concat().as_bytes())
}

/// Erases a person of a kind other than a participant (a support person, a psychologist), from
/// the kinds' descriptions: the personal fields of their own record go, and their name is cut
/// from every free-text field of every record of the folder.
fn erase_any(ctx: &Ctx, store: &Store, id: &Id, args: Args) -> Result<()> {
    let spec = id.kind().spec();
    // Every file changes in one transaction: after a crash the erasure is whole or not begun.
    let mut tx = store.begin();
    let mut changed: Vec<String> = Vec::new();
    let name = crate::with_kind!(id.kind(), T => erase_own::<T>(store, &mut tx, id, &mut changed)?);
    let name = match name {
        Own::Name(name) => name,
        Own::Erased(day) => return erased_any_already(ctx, store, id, &day),
    };
    let forms = NameForms::of(&name);
    let others: Vec<String> = other_names(store, id)?;
    let scrubber = Scrubber::new(&forms, others.iter().map(String::as_str));
    for other in store.config.programme.kinds() {
        crate::with_kind!(*other, T => scrub::<T>(store, &mut tx, id, &scrubber, &mut changed)?);
    }
    let dry_run = args.confirm.dry_run;
    if !dry_run {
        let question = format!("Erase {} ({id}), changing these {} files?", name, changed.len());
        confirm(args.confirm, "erase", &question, &changed)?;
        tx.commit()?;
    }
    let verb = if dry_run { "would change" } else { "changed" };
    ctx.note(format!(
        "{verb} {} file(s) to erase {} {id} ({})",
        changed.len(),
        spec.name,
        if dry_run { "dry run: nothing written" } else { "done" }
    ));
    output::stdout(changed.iter().map(|l| format!("{l}\n")).collect::<String>().as_bytes())?;
    if !dry_run {
        ctx.note(
            "note: git history still holds the old data; to remove it from history too, see \
             \"Erasing a person from git history\" in the README",
        );
    }
    Ok(())
}

/// The person `query` names: an ID of a kind that describes people, or a name of one.
fn person_id(store: &Store, query: &str) -> Result<Id> {
    let kinds: Vec<&KindSpec> = store.config.programme.kinds().iter().map(|k| k.spec()).filter(|s| s.person).collect();
    if let Some(kind) = RecordKind::of(query.trim()) {
        if !kinds.iter().any(|s| s.kind == kind) {
            let names: Vec<&str> = kinds.iter().map(|s| s.name).collect();
            return Err(Error::usage(format!(
                "a {} is not a person; erase takes a {}",
                kind.name(),
                names.join(" or ")
            )));
        }
        return record::resolve(store, "person", kind, query);
    }
    // A name: the first kind of people of the programme (participants, support persons).
    record::resolve(store, "person", kinds[0].kind, query)
}

/// A second erasure completes at once: nothing holds the name; the records that refer to the
/// person by ID are listed.
fn erased_any_already(ctx: &Ctx, store: &Store, id: &Id, day: &str) -> Result<()> {
    let refs = record::referrers(store, id)?;
    ctx.note(format!(
        "{id} was erased on {day}; no record holds their name, {} record(s) refer to them by ID only (nothing to change)",
        refs.len()
    ));
    let lines: String =
        refs.iter().map(|(r, _)| format!("{}: refers to {id} by ID only\n", display_path(&r.rel_path()))).collect();
    output::stdout(lines.as_bytes())
}

/// Blanks the person's own record: the name becomes the placeholder, the other personal fields
/// go, and the record says when it was erased.
fn erase_own<T: Kind>(store: &Store, tx: &mut crate::store::Tx, id: &Id, changed: &mut Vec<String>) -> Result<Own> {
    let spec = T::SPEC;
    let (r, rel) = record::find::<T>(store, "person", id.as_str())?;
    let mut table = kind::to_table(&r).unwrap_or_default();
    let label = spec.label.unwrap_or("name");
    let name = kind::values(&table, label).first().map(|v| kind::cell(v)).unwrap_or_default();
    if let Some(day) = kind::values(&table, "erased").first() {
        return Ok(Own::Erased(kind::cell(day)));
    }
    if name == ERASED {
        return Ok(Own::Erased("an earlier day".into()));
    }
    let mut what = Vec::new();
    for f in spec.fields.iter().filter(|f| f.personal) {
        if kind::values(&table, f.path).is_empty() {
            continue;
        }
        what.push(f.path.replace("[]", "").replace('.', " "));
        if f.card == Card::Required && !f.path.contains("[]") {
            kind::set_value(&mut table, f.path, Some(Value::String(ERASED.into())));
        } else if let Some((array, key)) = f.path.split_once("[].") {
            let mut items = Vec::new();
            kind::values_mut(&mut table, array, &mut items);
            for item in items {
                if let Some(t) = item.as_table_mut() {
                    t.remove(key);
                }
            }
        } else {
            kind::set_value(&mut table, f.path, None);
        }
    }
    if spec.field("erased").is_some() {
        let today = Value::try_from(Date::today()).map_err(|e| Error::data(e.to_string()))?;
        kind::set_value(&mut table, "erased", Some(today));
    }
    let erased: T = kind::from_table(table).map_err(Error::data)?;
    changed.push(format!("{}: {} erased", display_path(&rel), what.join(", ")));
    tx.put(&erased)?;
    Ok(Own::Name(name))
}

/// What a person's own record held: their name, or the day they were erased.
enum Own {
    Name(String),
    Erased(String),
}

/// Cuts the name from every free-text field of every record of `T` (the kind's description
/// lists them), but the erased person's own.
fn scrub<T: Kind>(
    store: &Store,
    tx: &mut crate::store::Tx,
    id: &Id,
    scrubber: &Scrubber,
    changed: &mut Vec<String>,
) -> Result<()> {
    let spec = T::SPEC;
    let texts: Vec<&kind::Field> = spec.texts().collect();
    if texts.is_empty() {
        return Ok(());
    }
    for r in store.load::<T>()? {
        if r.id() == id {
            continue;
        }
        let Some(mut table) = kind::to_table(&r) else { continue };
        let mut cut = Vec::new();
        for f in &texts {
            let mut slots = Vec::new();
            kind::values_mut(&mut table, f.path, &mut slots);
            for v in slots {
                if let Value::String(s) = v
                    && let Some(new) = scrubber.scrub(s, false)
                {
                    *s = if new.trim().is_empty() { ERASED.to_string() } else { new };
                    if !cut.contains(&f.path) {
                        cut.push(f.path);
                    }
                }
            }
        }
        if cut.is_empty() {
            continue;
        }
        let clean: T = kind::from_table(table).map_err(Error::data)?;
        let fields: Vec<String> = cut.iter().map(|p| p.replace("[]", "").replace('.', " ")).collect();
        changed.push(format!("{}: name cut from the {}", display_path(&clean.rel_path()), fields.join(", ")));
        tx.put(&clean)?;
    }
    Ok(())
}

/// The names of everyone else the folder knows, whose names stay where a form is part of them.
fn other_names(store: &Store, id: &Id) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for k in store.config.programme.kinds() {
        let spec = k.spec();
        let Some(label) = spec.label.filter(|_| spec.person) else { continue };
        crate::with_kind!(*k, T => {
            for r in store.load::<T>()?.iter().filter(|r| r.id() != id) {
                if let Some(t) = kind::to_table(r) {
                    out.extend(kind::values(&t, label).first().map(|v| kind::cell(v)).filter(|n| n != ERASED));
                }
            }
        });
    }
    Ok(out)
}
