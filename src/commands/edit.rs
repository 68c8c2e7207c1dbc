//! `peerlog edit`: change fields of one record, with the checks of the command that adds it.

use super::{Ctx, record};
use crate::error::{Error, Result};
use crate::model::kind;
use crate::model::{Id, Kind, RecordKind, Severity};
use crate::output;
use crate::store::Store;
use record::IntoAny;

/// Change fields of any record, checked as when it was added.
///
/// Fields are named as in the record's file (a field of a table by its whole path when its last
/// part is ambiguous: interview.date). An empty value clears an optional field (model, start,
/// end, meetings, birth_date, comment, …). A record whose date changes moves to its new folder.
/// --remove takes one value out of a list (an attendance mark, a phone) or one entry, by its
/// date, out of a ledger (training, consultations). Prints the record's ID.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  peerlog edit c-k2m9 --set date=15.03.2025 --set time=16:00-17:00\n  \
peerlog edit p-3yae --set birth_date=2011-05-02 --set role=child\n  peerlog edit f-93fi --set met=partly --set comment=\n  \
peerlog edit s-4kq2 --set name='Jānis Ozols'\n  peerlog edit s-4kq2 --remove training=2025-02-03")]
pub struct Args {
    /// The record's ID or a unique ID prefix (g-…, p-…, c-…, f-…, u-…, s-…, y-…, v-…, k-…, i-…, r-…),
    /// or a person's or group's name.
    pub id: String,
    /// FIELD=VALUE; repeat for several fields. A list field takes its values separated by
    /// commas (present='Jānis Ozols,Anna Liepa').
    #[arg(long = "set", value_name = "FIELD=VALUE", required_unless_present = "remove")]
    pub set: Vec<String>,
    /// FIELD=VALUE: take VALUE out of a list field, or the ledger entry of that date; repeat for several.
    #[arg(long = "remove", value_name = "FIELD=VALUE")]
    pub remove: Vec<String>,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    let store = ctx.store()?;
    let (kind, query) = record::named_by(&store, "edit", &a.id)?;
    let _lock = store.lock()?;
    crate::with_kind!(kind, T => edit_any::<T>(ctx, &store, &query, &a.set, &a.remove))
}

/// Refuses an edit that would break records referring to the edited one.
fn dependants(id: &Id, broken: Vec<String>) -> Result<()> {
    if broken.is_empty() {
        return Ok(());
    }
    Err(Error::data(format!("{}\n  {}", tr!("edit-breaks", id = id.to_string()), broken.join("\n  ")))
        .hint(tr!("edit-breaks-hint")))
}

/// Edits a record of any kind from its description: each `--set` value is parsed into the
/// field's type (references found by ID, ID prefix or name; the kind's name normalised as
/// names are), `--remove` takes values out of lists, then the record is checked with its kind's
/// rules and uniqueness, and the records that refer to it (and those that refer to these: a
/// group's consultations through its people) are checked with it changed: their errors refuse
/// the edit, their new warnings are shown. Nothing is written unless all pass.
fn edit_any<T: Kind + IntoAny>(
    ctx: &Ctx,
    store: &Store,
    query: &str,
    sets: &[String],
    removes: &[String],
) -> Result<()> {
    let spec = T::SPEC;
    let (before, old_path) = record::find::<T>(store, "edit", query)?;
    let mut table =
        kind::to_table(&before).ok_or_else(|| Error::data(tr!("show-unreadable", id = before.id().to_string())))?;
    let mut named: Vec<&str> = Vec::new();
    for set in sets {
        let (name, value) = split_pair("--set", set)?;
        let field = record::field_named(spec, name, true)?;
        if named.contains(&field.path) {
            return Err(Error::usage(format!("--set: {}", tr!("edit-twice", field = field.path))));
        }
        named.push(field.path);
        // The kind's name is normalised as names are, with the reader of the name flags.
        let value = match spec.label {
            Some(label) if label == field.path && !value.trim().is_empty() => {
                crate::model::Text::name(field.key(), value).map(|name| name.as_str().to_string())
            }
            _ => Ok(value.to_string()),
        };
        let mut resolve = |k: RecordKind, q: &str| record::resolve(store, field.key(), k, q).map_err(|e| e.message);
        let v = value
            .and_then(|value| kind::parse_value(field, &value, &mut resolve))
            .map_err(|e| value_refused(field, e).hint(tr!("nothing-written")))?;
        kind::set_value(&mut table, field.path, v);
    }
    let mut removed: Vec<&str> = Vec::new();
    for remove in removes {
        let (name, value) = split_pair("--remove", remove)?;
        let field = record::field_named(spec, name, false)?;
        removed.push(field.path);
        remove_value(store, spec, &mut table, field, value)?;
    }
    let after: T = kind::from_table(table).map_err(|e| {
        Error::data(tr!("edit-invalid", kind = spec.name, key = spec.key(), error = e)).hint(tr!("nothing-written"))
    })?;
    if after == before {
        ctx.note(tr!("edit-unchanged", id = before.id().to_string()));
        return output::result_line(before.id().as_str());
    }
    // The records that refer to it must still follow their rules with it changed.
    let changed = [after.clone().into_any()];
    let mut broken = Vec::new();
    for r in record::referrers_around(store, after.id())? {
        let was = record::rules_of(store, &r, &[])?;
        for p in record::rules_of(store, &r, &changed)? {
            let id = record::id_of(r.any());
            if p.severity == Severity::Error {
                broken.push(format!("{id}: {}", p.message));
            } else if !was.iter().any(|w| w.message.to_string() == p.message.to_string()) {
                ctx.warn(format!("{id}: {}", p.message));
            }
        }
    }
    // Its own rules first; what it would break in others is told with them.
    let own = record::problems(store, &after, &[])?;
    super::refuse(ctx, super::Subject::Record(after.id()), own).map_err(|mut e| {
        if let Err(more) = dependants(after.id(), broken.clone()) {
            e.message = format!("{}\n{}", e.message, more.message);
        }
        e
    })?;
    dependants(after.id(), broken)?;
    store.save(&after, Some(&old_path))?;
    if !named.is_empty() {
        ctx.note(tr!("edit-set", id = after.id().to_string(), fields = named.join(", ")));
    }
    removed.dedup();
    if !removed.is_empty() {
        ctx.note(tr!("edit-removed", id = after.id().to_string(), fields = removed.join(", ")));
    }
    output::result_line(after.id().as_str())
}

/// A value `parse_value` refused, with the exit code a flag of the field's type gives: a word
/// not in a closed list (a status, a role, the model, yes or no) is bad usage (exit 2), as clap
/// refuses a flag's value words, and so is a value for a whole table; a malformed date, time or
/// number, or text, is invalid input (exit 1), as the flags' readers refuse it; a reference
/// that finds no record is the data's (exit 1).
fn value_refused(field: &kind::Field, message: String) -> Error {
    match field.ty {
        kind::Ty::Word(_) | kind::Ty::Model | kind::Ty::Flag | kind::Ty::Table => Error::usage(message),
        _ => Error::data(message),
    }
}

/// `FIELD=VALUE`.
fn split_pair<'a>(flag: &str, pair: &'a str) -> Result<(&'a str, &'a str)> {
    pair.split_once('=').ok_or_else(|| {
        Error::usage(tr!("edit-no-equals", flag = flag, pair = crate::model::shown(pair)))
            .hint(tr!("edit-no-equals-hint", flag = flag))
    })
}

/// Takes `value` out of a list field, or one entry of an array of tables (a ledger) whose first
/// field (its date) is `value`.
fn remove_value(
    store: &Store,
    spec: &'static kind::KindSpec,
    table: &mut toml::Table,
    field: &kind::Field,
    value: &str,
) -> Result<()> {
    let path = field.path.trim_end_matches("[]");
    let entry = spec.fields.iter().find(|f| f.path.starts_with(&format!("{path}[].")));
    let target = match entry {
        Some(first) => {
            let mut resolve = |k: RecordKind, q: &str| record::resolve(store, first.key(), k, q).map_err(|e| e.message);
            kind::parse_value(first, value, &mut resolve)
                .map_err(|e| value_refused(first, e).hint(tr!("nothing-written")))?
        }
        None if matches!(field.card, kind::Card::List | kind::Card::NonEmpty) => {
            let one = kind::Field { card: kind::Card::Required, ..*field };
            let mut resolve = |k: RecordKind, q: &str| record::resolve(store, field.key(), k, q).map_err(|e| e.message);
            kind::parse_value(&one, value, &mut resolve)
                .map_err(|e| value_refused(field, e).hint(tr!("nothing-written")))?
        }
        None => {
            return Err(Error::usage(format!("--remove: {}", tr!("edit-not-a-list", field = field.path)))
                .hint(tr!("edit-not-a-list-hint")));
        }
    };
    let Some(target) = target else { return Err(Error::usage(format!("--remove: {}", tr!("edit-remove-what")))) };
    let items = path.split('.').try_fold(&mut *table, |t, p| {
        if p == path.rsplit('.').next().unwrap_or(path) { Some(t) } else { t.get_mut(p)?.as_table_mut() }
    });
    let last = path.rsplit('.').next().unwrap_or(path);
    let list = items.and_then(|t| t.get_mut(last)).and_then(toml::Value::as_array_mut);
    let key = entry.map(|f| f.key());
    let found = list.and_then(|items| {
        let at = items.iter().position(|i| match key {
            Some(k) => i.as_table().and_then(|t| t.get(k)) == Some(&target),
            None => *i == target,
        })?;
        items.remove(at);
        Some(items.is_empty())
    });
    match found {
        Some(true) if field.card == kind::Card::NonEmpty => {
            Err(Error::data(format!("{}: {}", field.path, tr!("edit-last-value"))))
        }
        Some(true) => {
            kind::set_value(table, path, None);
            Ok(())
        }
        Some(false) => Ok(()),
        None => Err(Error::data(format!(
            "{}: {}",
            field.path,
            tr!("edit-holds-no", value = crate::model::shown(&kind::cell(&target)))
        ))
        .hint(tr!("edit-see-record", id = table.get("id").and_then(|v| v.as_str()).unwrap_or("ID")))),
    }
}
