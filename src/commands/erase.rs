//! `peerlog erase`: the right to erasure, for the people of either programme.

use super::prompt::{Confirm, confirm};
use super::{Ctx, record};
use crate::error::{Error, Result};
use crate::model::kind::{self, Card, KindSpec};
use crate::model::{Date, ERASED, Id, Kind, RecordKind, redact};
use crate::output;
use crate::store::Store;
use crate::store::diag::display_path;
use toml::Value;

/// Erase a person's data from every record: a participant or peer, a support person, or a
/// psychologist. Their own file keeps only a content-free placeholder (so counts stay right),
/// and their name is cut from every free-text field of every record. On a terminal it lists the
/// files and asks first; without one it needs --yes. Prints each changed file. Git history still
/// holds the old data: see the README.
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
    let id = person(&store, &args.person)?;
    let spec = id.kind().spec();
    // Every file changes in one transaction: after a crash the erasure is whole or not begun.
    let mut tx = store.begin();
    let mut changed: Vec<String> = Vec::new();
    let name = crate::with_kind!(id.kind(), T => erase_own::<T>(&store, &mut tx, &id, &mut changed)?);
    let name = match name {
        Own::Name(name) => name,
        Own::Erased(day) => return erased_already(ctx, &store, &id, &day),
    };
    let needles = needles(&name);
    for other in store.config.programme.kinds() {
        crate::with_kind!(*other, T => scrub::<T>(&store, &mut tx, &id, &needles, &mut changed)?);
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
fn person(store: &Store, query: &str) -> Result<Id> {
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
fn erased_already(ctx: &Ctx, store: &Store, id: &Id, day: &str) -> Result<()> {
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
    needles: &[String],
    changed: &mut Vec<String>,
) -> Result<()> {
    let spec = T::SPEC;
    let texts: Vec<&kind::Field> = spec.texts().collect();
    if texts.is_empty() || needles.is_empty() {
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
                    && let Some(new) = redact(s, needles)
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

/// What to cut: the full name, and each surname by its stem, so inflected forms (Bērziņai,
/// Bērziņu) go too; a first name alone is too common to cut from other people's records.
pub fn needles(name: &str) -> Vec<String> {
    let mut needles = vec![name.to_string()];
    let words: Vec<&str> = name.split_whitespace().collect();
    let surnames = if words.len() > 1 { &words[1..] } else { &words[..] };
    needles.extend(surnames.iter().copied().filter_map(stem));
    needles
}

/// The part of a name that stays when Latvian inflects it: `Bērziņa` -> `Bērziņ` (Bērziņu,
/// Bērziņai), `Jānis` -> `Jān`. `None` for parts too short to search for safely.
fn stem(word: &str) -> Option<String> {
    let chars: Vec<char> = word.chars().collect();
    let ending = match chars.as_slice() {
        [.., a, b] if matches!((a, b), ('i' | 'u', 's')) => 2,
        _ => 1,
    };
    (chars.len() >= ending + 3).then(|| chars[..chars.len() - ending].iter().collect())
}
