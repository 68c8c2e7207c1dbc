//! `peerlog erase`: the right to erasure, for the people of either programme.
//!
//! Works from the kinds' descriptions alone: the person's own record keeps a content-free
//! placeholder, and every other file of the folder — each free-text field of every record, each
//! comment, the comments of `peerlog.toml` — loses every form of the surname; the records the
//! person takes part in lose the first name's forms too.

use super::Ctx;
use super::prompt::{Confirm, confirm};
use super::record;
use crate::error::Error;
use crate::error::Result;
use crate::model::kind::{self, Card, KindSpec};
use crate::model::names::{NameForms, NameHashes, Scrubber};
use crate::model::{Date, ERASED, Id, Record, RecordKind, Text};
use crate::output;
use crate::store::comments::edit_comments;
use crate::store::diag::display_path;
use crate::store::{CONFIG_FILE, Store, Tx, safe};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use toml::Value;

/// Erase a person's data on request (the right to erasure).
///
/// The person is a participant or peer, a support person, or a psychologist. Their own file
/// keeps only a content-free placeholder (so counts stay right). Every case form of their
/// surname (with or without diacritics) is cut from the free text and the comments of every
/// file; their first name too from the records they take part in (their consultations, the
/// feedback on them, their contacts). Other people's full names stay.
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

/// One record of the folder, as the table its file holds.
struct Rec {
    kind: RecordKind,
    id: Id,
    rel: PathBuf,
    table: toml::Table,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let id = person_id(&store, &args.person)?;
    let spec = id.kind().spec();
    let mut records = load_all(&store)?;
    let Some(at) = records.iter().position(|r| r.id == id) else {
        return Err(crate::store::no_such_id("person", id.as_str(), id.kind()));
    };
    let me = records.swap_remove(at);
    let name = kind::values(&me.table, spec.label.unwrap_or("name")).first().map(|v| kind::cell(v)).unwrap_or_default();
    if let Some(day) = kind::values(&me.table, "erased").first() {
        return erased_already(ctx, &store, &id, &kind::cell(day));
    }
    if name == ERASED {
        return erased_already(ctx, &store, &id, &tr!("erase-earlier-day"));
    }
    let forms = NameForms::of(&name);
    // Other people's names stay where a form is part of them (Inese Kalniņa when erasing
    // Kalniņš); a first name alone is cut only from the person's own records.
    let others = other_names(&records);
    let scrubber = Scrubber::new(&forms, others.iter().map(String::as_str));
    let refs: Vec<(&Id, Vec<Id>)> = (records.iter())
        .map(|r| (&r.id, kind::refs_of(r.kind.spec(), &r.table).into_iter().map(|(_, to)| to).collect()))
        .collect();
    let refs: Vec<(&Id, Vec<&Id>)> = refs.iter().map(|(r, to)| (*r, to.iter().collect())).collect();
    let own: HashSet<Id> = kind::taking_part(&refs, &id).into_iter().cloned().collect();

    // Every file changes in one transaction: after a crash the erasure is whole or not begun.
    let mut tx = store.begin();
    let dry_run = args.confirm.dry_run;
    let mut changed = Changes { dry_run: if dry_run { "yes" } else { "no" }, lines: Vec::new() };
    let mut review: Vec<String> = Vec::new();
    erase_own(&mut tx, me, &forms, &scrubber, &mut changed)?;
    for r in records {
        let own = own.contains(&r.id);
        scrub(&store, &mut tx, r, own, &scrubber, &mut changed, &mut review)?;
    }
    // The settings' comments are nobody's record: only the surname is cut there.
    let settings = safe::read_existing(store.root(), Path::new(CONFIG_FILE))?;
    if let Some(text) = settings.as_deref().and_then(|t| edit_comments(t, &|c| scrubber.scrub(c, false))) {
        let line = tr!("erase-cut-from-settings", dry_run = changed.dry_run);
        changed.lines.push(format!("{CONFIG_FILE}: {line}"));
        tx.put_settings(text);
    }

    let changed = changed.lines;
    if !dry_run {
        let question = tr!("erase-question", name = name.as_str(), id = id.to_string(), files = changed.len());
        confirm(args.confirm, "erase", &question, &changed)?;
        tx.commit()?;
    }
    ctx.note(tr!(
        "erase-summary",
        dry_run = if dry_run { "yes" } else { "no" },
        files = changed.len(),
        id = id.to_string()
    ));
    output::stdout(changed.iter().chain(&review).map(|l| format!("{l}\n")).collect::<String>().as_bytes())?;
    if !review.is_empty() {
        ctx.note(tr!("erase-review", count = review.len()));
    }
    if !dry_run {
        ctx.note(tr!("erase-git-history"));
    }
    Ok(())
}

/// The person `query` names: an ID of a kind that describes people, or a name of one.
fn person_id(store: &Store, query: &str) -> Result<Id> {
    let kinds: Vec<&KindSpec> = store.config.programme.kinds().iter().map(|k| k.spec()).filter(|s| s.person).collect();
    if let Some(kind) = RecordKind::of(query.trim()) {
        if !kinds.iter().any(|s| s.kind == kind) {
            let names: Vec<String> = kinds.iter().map(|s| s.named().to_string()).collect();
            return Err(Error::usage(tr!(
                "erase-not-a-person",
                kind = kind.spec().named(),
                kinds = names.join(&tr!("erase-or"))
            )));
        }
        return record::resolve(store, "person", kind, query);
    }
    // A name: the first kind of people of the programme (participants, support persons).
    record::resolve(store, "person", kinds[0].kind, query)
}

/// Every record of the folder's programme.
fn load_all(store: &Store) -> Result<Vec<Rec>> {
    let mut out = Vec::new();
    for k in store.config.programme.kinds() {
        crate::with_kind!(*k, T => {
            for r in store.load::<T>()? {
                if let Some(table) = kind::to_table(&r) {
                    out.push(Rec { kind: *k, id: r.id().clone(), rel: r.rel_path(), table });
                }
            }
        });
    }
    Ok(out)
}

/// Writes a record from its table, over `existing` (its file's text, its comments edited), or
/// anew when `None`.
fn put(tx: &mut Tx, r: &Rec, existing: Option<&str>) -> Result<()> {
    crate::with_kind!(r.kind, T => {
        let record: T = kind::from_table(r.table.clone()).map_err(Error::data)?;
        tx.put_over(&record, existing)
    })
}

/// The full names of everyone else the folder knows (the people of every kind, the groups'
/// leaders), whose names stay where a form of the erased name is part of them.
fn other_names(records: &[Rec]) -> Vec<String> {
    let mut out = Vec::new();
    for r in records {
        let spec = r.kind.spec();
        let own = spec.label.filter(|_| spec.person);
        for field in own.into_iter().chain(spec.fields.iter().filter(|f| f.names).map(|f| f.path)) {
            out.extend(kind::values(&r.table, field).first().map(|v| kind::cell(v)).filter(|n| n != ERASED));
        }
    }
    out
}

/// The files an erasure changes, a line each: what goes from each, or would go in a dry run.
struct Changes {
    /// `yes` in a dry run (the messages' selector).
    dry_run: &'static str,
    lines: Vec<String>,
}

impl Changes {
    fn push(&mut self, rel: &Path, what: String) {
        self.lines.push(format!("{}: {what}", display_path(rel)));
    }
}

/// Blanks the person's own record, written anew (its comments are about them): the name
/// becomes the placeholder, the other personal fields go, the name is cut from its other free
/// text, and the record keeps the day and the hashes of the name's forms.
fn erase_own(tx: &mut Tx, mut me: Rec, forms: &NameForms, scrubber: &Scrubber, changed: &mut Changes) -> Result<()> {
    let spec = me.kind.spec();
    let table = &mut me.table;
    let mut what = Vec::new();
    for f in spec.fields.iter().filter(|f| f.personal) {
        if kind::values(table, f.path).is_empty() {
            continue;
        }
        what.push(kind::field_label(f.path));
        if f.card == Card::Required && !f.path.contains("[]") {
            kind::set_value(table, f.path, Some(Value::String(ERASED.into())));
        } else if let Some((array, key)) = f.path.split_once("[].") {
            let mut items = Vec::new();
            kind::values_mut(table, array, &mut items);
            for item in items {
                if let Some(t) = item.as_table_mut() {
                    t.remove(key);
                }
            }
        } else {
            kind::set_value(table, f.path, None);
        }
    }
    scrub_fields(spec, table, true, scrubber);
    if spec.field("erased").is_some() {
        let today = Value::try_from(Date::today()).map_err(|e| Error::data(e.to_string()))?;
        kind::set_value(table, "erased", Some(today));
    }
    if spec.field("name_hashes").is_some() {
        let hashes = Value::try_from(NameHashes::new(me.id.as_str(), forms)).map_err(|e| Error::data(e.to_string()))?;
        kind::set_value(table, "name_hashes", Some(hashes));
    }
    what.push(tr!("erase-comments"));
    changed.push(&me.rel, tr!("erase-own", dry_run = changed.dry_run, fields = what.join(", ")));
    put(tx, &me, None)
}

/// Cuts the name from every free-text field of a record (its kind's description lists them):
/// the paths of the fields that changed.
fn scrub_fields(spec: &KindSpec, table: &mut toml::Table, first_name: bool, scrubber: &Scrubber) -> Vec<&'static str> {
    let mut cut = Vec::new();
    for f in spec.texts() {
        let mut slots = Vec::new();
        kind::values_mut(table, f.path, &mut slots);
        for v in slots {
            if let Value::String(s) = v
                && let Some(new) = scrubber.scrub(s, first_name)
            {
                // A text that would grow past the length limit becomes the placeholder whole.
                *s = match Text::new(f.key(), &new) {
                    Ok(t) if !new.trim().is_empty() => t.as_str().to_string(),
                    _ => ERASED.to_string(),
                };
                if !cut.contains(&f.path) {
                    cut.push(f.path);
                }
            }
        }
    }
    cut
}

/// Cuts the name from one record of someone else: from its free text and its file's comments
/// (the first name too when the person takes part in it, `own`). Lists a record where the
/// first name alone is still there for review.
fn scrub(
    store: &Store,
    tx: &mut Tx,
    mut r: Rec,
    own: bool,
    scrubber: &Scrubber,
    changed: &mut Changes,
    review: &mut Vec<String>,
) -> Result<()> {
    let spec = r.kind.spec();
    let mut what: Vec<String> =
        scrub_fields(spec, &mut r.table, own, scrubber).iter().map(|p| kind::field_label(p)).collect();
    let existing = safe::read_existing(store.root(), &r.rel)?;
    let edited = existing.as_deref().and_then(|t| edit_comments(t, &|c| scrubber.scrub(c, own)));
    if edited.is_some() {
        what.push(tr!("erase-comments"));
    }
    if !what.is_empty() {
        changed.push(&r.rel, tr!("erase-cut-from", dry_run = changed.dry_run, fields = what.join(", ")));
        put(tx, &r, edited.as_deref().or(existing.as_deref()))?;
    }
    if !own {
        let file = edited.or(existing).unwrap_or_default();
        let in_text = spec
            .texts()
            .flat_map(|f| kind::values(&r.table, f.path))
            .any(|v| v.as_str().is_some_and(|s| scrubber.mentions_first_name(s)));
        let in_comments = file.contains('#')
            && edit_comments(&file, &|c| scrubber.mentions_first_name(c).then(String::new)).is_some();
        if in_text || in_comments {
            review.push(format!("{}: {}", display_path(&r.rel), tr!("erase-first-name-left")));
        }
    }
    Ok(())
}

/// A second erasure completes at once: nothing holds the name; the records that refer to the
/// person by ID are listed.
fn erased_already(ctx: &Ctx, store: &Store, id: &Id, day: &str) -> Result<()> {
    let refs = record::referrers(store, id)?;
    ctx.note(tr!("erase-already", id = id.to_string(), date = day, count = refs.len()));
    let by_id = tr!("erase-by-id", id = id.to_string());
    let lines: String = refs.iter().map(|(r, _)| format!("{}: {by_id}\n", display_path(&r.rel_path()))).collect();
    output::stdout(lines.as_bytes())
}
