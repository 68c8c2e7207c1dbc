//! `peerlog edit`: change fields of one record, with the checks of the command that adds it.

use super::{Ctx, answer_flag, consult, feedback, group, name_flag, parse_flag, participant, record, text_flag};
use crate::error::{Error, Result};
use crate::model::kind;
use crate::model::{
    Consultation, Date, DeliveryModel, Feedback, Group, Id, Met, Person, RecordKind, Role, Source, Status, TimeRange,
    rules,
};
use crate::model::{Kind, Programme};
use crate::output;
use crate::store::Store;
use record::IntoAny;
use std::path::PathBuf;

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
    /// FIELD=VALUE; repeat for several fields.
    #[arg(long = "set", value_name = "FIELD=VALUE", required_unless_present = "remove")]
    pub set: Vec<String>,
    /// FIELD=VALUE: take VALUE out of a list field, or the ledger entry of that date; repeat for several.
    #[arg(long = "remove", value_name = "FIELD=VALUE")]
    pub remove: Vec<String>,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    let store = ctx.store()?;
    if RecordKind::of(a.id.trim()).is_some() || store.config.programme != Programme::ThematicGroups {
        record::kind_of("edit", &a.id, store.config.programme)?;
    }
    let (kind, query) = store.any_record("edit", &a.id)?;
    let query = query.as_str();
    if kind.spec().programme == Programme::ColleagueSupport || !a.remove.is_empty() {
        let _lock = store.lock()?;
        return crate::with_kind!(kind, T => edit_any::<T>(ctx, &store, query, &a.set, &a.remove));
    }
    // The thematic kinds keep their own setters (names found in the group, a consultation's
    // feedback rechecked); their fields come from the kind's description.
    let fields: Vec<&'static str> = kind.spec().editable().map(|f| f.path).collect();
    let sets = parse_sets(&a.set, kind, &fields)?;
    let _lock = store.lock()?;
    let (id, changed) = match kind {
        RecordKind::Group => edit_group(ctx, &store, query, &sets)?,
        RecordKind::Person => edit_person(ctx, &store, query, &sets)?,
        RecordKind::Consultation => edit_consultation(ctx, &store, query, &sets)?,
        RecordKind::Feedback => edit_feedback(ctx, &store, query, &sets)?,
        _ => unreachable!("colleague kinds are edited above"),
    };
    if changed {
        let names: Vec<&str> = sets.iter().map(|(f, _)| *f).collect();
        ctx.note(tr!("edit-set", id = id.to_string(), fields = names.join(", ")));
    } else {
        ctx.note(tr!("edit-unchanged", id = id.to_string()));
    }
    output::result_line(id.as_str())
}

/// `FIELD=VALUE` pairs, checked against the kind's fields and put in their order.
fn parse_sets<'a>(
    sets: &'a [String],
    kind: RecordKind,
    fields: &[&'static str],
) -> Result<Vec<(&'static str, &'a str)>> {
    let mut out: Vec<(&'static str, &str)> = Vec::new();
    for set in sets {
        let (name, value) = set.split_once('=').ok_or_else(|| {
            Error::usage(tr!("edit-no-equals", flag = "--set", pair = crate::model::shown(set)))
                .hint(tr!("edit-no-equals-hint", flag = "--set"))
        })?;
        let name = name.trim().replace('-', "_");
        let Some(field) = fields.iter().find(|f| **f == name) else {
            let why = if name == "id" {
                tr!("edit-id-fixed")
            } else {
                tr!("edit-no-field", kind = kind.name(), key = kind.spec().key(), name = crate::model::shown(&name))
            };
            return Err(Error::usage(format!("--set: {why}")).hint(tr!(
                "edit-fields",
                kind = kind.name(),
                key = kind.spec().key(),
                fields = fields.join(", ")
            )));
        };
        if out.iter().any(|(f, _)| f == field) {
            return Err(Error::usage(format!("--set: {}", tr!("edit-twice", field = *field))));
        }
        out.push((field, value));
    }
    out.sort_by_key(|(f, _)| fields.iter().position(|x| x == f));
    Ok(out)
}

/// An optional value: `None` when empty.
fn optional(value: &str) -> Option<&str> {
    Some(value.trim()).filter(|v| !v.is_empty())
}

/// A word of a closed list (role, status, …), with the list in the error.
fn word<T: clap::ValueEnum + std::fmt::Display>(field: &str, value: &str) -> Result<T> {
    T::from_str(value.trim(), true).map_err(|_| {
        let all: Vec<String> = T::value_variants().iter().map(ToString::to_string).collect();
        Error::data(format!(
            "{field}: {}",
            tr!("import-not-one-of", value = crate::model::shown(value), values = all.join(", "))
        ))
    })
}

fn edit_group(ctx: &Ctx, store: &Store, query: &str, sets: &[(&str, &str)]) -> Result<(Id, bool)> {
    let before = store.group("edit", query)?;
    let mut g = before.clone();
    for &(field, value) in sets {
        match field {
            "name" => g.name = name_flag("name", value)?,
            "leader" => g.leader = text_flag("leader", value)?,
            "venue" => g.venue = text_flag("venue", value)?,
            "model" => g.model = optional(value).map(|v| parse_flag::<DeliveryModel>("model", v)).transpose()?,
            "start" => g.start = optional(value).map(|v| parse_flag::<Date>("start", v)).transpose()?,
            "end" => g.end = optional(value).map(|v| parse_flag::<Date>("end", v)).transpose()?,
            "meetings" => {
                let mut dates = value
                    .split([',', ' '])
                    .filter(|d| !d.is_empty())
                    .map(|d| parse_flag::<Date>("meetings", d))
                    .collect::<Result<Vec<Date>>>()?;
                dates.sort();
                dates.dedup();
                g.meetings = dates;
            }
            _ => unreachable!("checked by parse_sets"),
        }
    }
    group::check_span(g.start, g.end)?;
    if g.name != before.name {
        group::check_name(&store.load::<Group>()?, &g.name, Some(&g.id))?;
    }
    if (g.model, g.start, g.end, &g.meetings) != (before.model, before.start, before.end, &before.meetings) {
        timing(ctx, store, &g)?;
    }
    save(store, &g, &before, None)
}

/// Warns, as `consult log` and `peer stage` do, about the group's consultations and peers that
/// its changed dates or model put out of the model's timing.
fn timing(ctx: &Ctx, store: &Store, g: &Group) -> Result<()> {
    let members: Vec<Person> = store.load::<Person>()?.into_iter().filter(|p| p.group == g.id).collect();
    for p in &members {
        for w in rules::approach_timing(p, g) {
            ctx.warn(format!("{}: {}", p.id, w.message));
        }
    }
    let mut consultations: Vec<Consultation> = store.load()?;
    consultations.retain(|c| members.iter().any(|p| p.id == c.peer));
    consultations.sort_by(|a, b| (a.date, a.time.start(), &a.id).cmp(&(b.date, b.time.start(), &b.id)));
    for c in &consultations {
        for w in rules::consultation_timing(c, g) {
            ctx.warn(format!("{}: {}", c.id, w.message));
        }
    }
    Ok(())
}

fn edit_person(ctx: &Ctx, store: &Store, query: &str, sets: &[(&str, &str)]) -> Result<(Id, bool)> {
    let before = store.person("edit", query, None)?;
    let mut p = before.clone();
    let mut group: Option<Group> = None;
    for &(field, value) in sets {
        match field {
            "name" => p.name = name_flag("name", value)?,
            "group" => {
                let g = store.group("group", value)?;
                p.group = g.id.clone();
                group = Some(g);
            }
            "role" => p.role = word::<Role>("role", value)?,
            "birth_date" => {
                p.birth_date = optional(value).map(|v| participant::parse_birth_date("birth_date", v)).transpose()?;
            }
            _ => unreachable!("checked by parse_sets"),
        }
    }
    let group = match group {
        Some(g) => Some(g),
        None => store.group("group", p.group.as_str()).ok(),
    };
    let people: Vec<Person> = store.load()?;
    if let Some(other) = participant::same_name(&people, &p.group, p.name.as_str(), Some(&p.id)) {
        return Err(Error::data(tr!("edit-same-name", name = other.name.as_str(), id = other.id.to_string()))
            .hint(tr!("edit-same-name-hint")));
    }
    // The person's consultations must still follow the rules with the person changed.
    let consultations: Vec<Consultation> = store.load()?;
    let by_id = |id: &Id| {
        if *id == p.id { Some(&p) } else { people.iter().find(|x| &x.id == id) }
    };
    let mut broken = Vec::new();
    for c in consultations.iter().filter(|c| c.peer == p.id || c.recipient == p.id) {
        for problem in rules::consultation(c, by_id(&c.peer), by_id(&c.recipient)) {
            if problem.severity == rules::Severity::Error {
                broken.push(format!("{}: {}", c.id, problem.message));
            }
        }
    }
    dependants(&p.id, broken)?;
    super::refuse(ctx, super::Subject::Record(&p.id), rules::person(&p, group.as_ref()))?;
    save(store, &p, &before, None)
}

fn edit_consultation(ctx: &Ctx, store: &Store, query: &str, sets: &[(&str, &str)]) -> Result<(Id, bool)> {
    let (before, old_path) = store.consultation("edit", query)?;
    let mut c = before.clone();
    let mut peer = store.person("peer", c.peer.as_str(), None).ok();
    for &(field, value) in sets {
        match field {
            "status" => c.status = word::<Status>("status", value)?,
            "peer" => {
                let found = store.person("peer", value, None)?;
                c.peer = found.id.clone();
                peer = Some(found);
            }
            "recipient" => {
                let prefer = peer.as_ref().map(|p| &p.group);
                c.recipient = store.person("recipient", value, prefer)?.id;
            }
            "date" => c.date = parse_flag("date", value)?,
            "time" => c.time = parse_flag::<TimeRange>("time", value)?,
            "place" => c.place = text_flag("place", value)?,
            "topic" => c.topic = text_flag("topic", value)?,
            "reason" => c.reason = optional(value).map(|v| text_flag("reason", v)).transpose()?,
            _ => unreachable!("checked by parse_sets"),
        }
    }
    let peer = store.person("peer", c.peer.as_str(), None)?;
    let recipient = store.person("recipient", c.recipient.as_str(), None)?;
    consult::validate(ctx, store, super::Subject::Record(&c.id), &c, &peer, &recipient)?;
    // Feedback on the consultation must still hold: it stays held, and not after the feedback.
    let all_feedback: Vec<Feedback> = store.load()?;
    let mut broken = Vec::new();
    for f in all_feedback.iter().filter(|f| f.consultations.contains(&c.id)) {
        let mut covered = Vec::new();
        for id in &f.consultations {
            if *id == c.id {
                covered.push(c.clone());
            } else if let Some(rel) = store.find_path(RecordKind::Consultation, id.as_str())? {
                covered.push(store.read(&rel)?);
            }
        }
        let refs: Vec<Option<&Consultation>> =
            f.consultations.iter().map(|id| covered.iter().find(|x| &x.id == id)).collect();
        for problem in rules::feedback(f, &refs) {
            if problem.severity == rules::Severity::Error {
                broken.push(format!("{}: {}", f.id, problem.message));
            }
        }
        if let Some(later) = feedback::held_later(f, &covered) {
            broken.push(format!(
                "{}: {}",
                f.id,
                tr!("edit-feedback-before", date = f.date.to_string(), held = later.date.to_string())
            ));
        }
    }
    dependants(&c.id, broken)?;
    save(store, &c, &before, Some(old_path))
}

fn edit_feedback(ctx: &Ctx, store: &Store, query: &str, sets: &[(&str, &str)]) -> Result<(Id, bool)> {
    let (before, old_path) = store.feedback("edit", query)?;
    let mut f = before.clone();
    for &(field, value) in sets {
        match field {
            "date" => f.date = parse_flag("date", value)?,
            "from" => f.from = word::<Source>("from", value)?,
            "consultations" => {
                let mut ids: Vec<Id> = Vec::new();
                for q in value.split([',', ' ']).filter(|q| !q.is_empty()) {
                    let (c, _) = store.consultation("consultations", q)?;
                    if !ids.contains(&c.id) {
                        ids.push(c.id);
                    }
                }
                f.consultations = ids;
            }
            "expected" => f.expected = answer_flag("expected", value)?,
            "met" => f.met = word::<Met>("met", value)?,
            "comment" => f.comment = optional(value).map(|v| answer_flag("comment", v)).transpose()?,
            "benefit" => f.benefit = answer_flag("benefit", value)?,
            _ => unreachable!("checked by parse_sets"),
        }
    }
    let mut covered = Vec::new();
    for id in &f.consultations {
        if let Some(rel) = store.find_path(RecordKind::Consultation, id.as_str())? {
            covered.push(store.read::<Consultation>(&rel)?);
        }
    }
    let existing = feedback::answers_about(store, &f, &covered)?;
    feedback::validate(ctx, super::Subject::Record(&f.id), &f, &covered, &existing)?;
    save(store, &f, &before, Some(old_path))
}

/// Writes the record (moving its file if its place changed) unless nothing changed.
fn save<T: crate::model::Record + PartialEq>(
    store: &Store,
    new: &T,
    before: &T,
    old: Option<PathBuf>,
) -> Result<(Id, bool)> {
    if new == before {
        return Ok((new.id().clone(), false));
    }
    store.save(new, old.as_deref())?;
    Ok((new.id().clone(), true))
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
/// field's type (references found by ID, ID prefix or name), `--remove` takes values out of
/// lists, then the record is checked with its kind's rules and uniqueness, and the records that
/// refer to it are checked with it changed. Nothing is written unless all pass.
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
        let mut resolve = |k: RecordKind, q: &str| record::resolve(store, field.key(), k, q).map_err(|e| e.message);
        let v =
            kind::parse_value(field, value, &mut resolve).map_err(|e| Error::data(e).hint(tr!("nothing-written")))?;
        kind::set_value(&mut table, field.path, v);
    }
    for remove in removes {
        let (name, value) = split_pair("--remove", remove)?;
        let field = record::field_named(spec, name, false)?;
        named.push(field.path);
        remove_value(store, spec, &mut table, field, value)?;
    }
    let after: T = kind::from_table(table).map_err(|e| {
        Error::data(tr!("edit-invalid", kind = spec.name, key = spec.key(), error = e)).hint(tr!("nothing-written"))
    })?;
    if after == before {
        ctx.note(tr!("edit-unchanged", id = before.id().to_string()));
        return output::result_line(before.id().as_str());
    }
    super::refuse(ctx, super::Subject::Record(after.id()), record::problems(store, &after, &[])?)?;
    // The records that refer to it must still follow their rules with it changed.
    let mut broken = Vec::new();
    for (r, _) in record::referrers(store, after.id())? {
        let problems = record::rules_of(store, &r, &[after.clone().into_any()])?;
        for p in problems.into_iter().filter(|p| p.severity == rules::Severity::Error) {
            broken.push(format!("{}: {}", record::id_of(r.any()), p.message));
        }
    }
    dependants(after.id(), broken)?;
    store.save(&after, Some(&old_path))?;
    ctx.note(tr!("edit-set", id = after.id().to_string(), fields = named.join(", ")));
    output::result_line(after.id().as_str())
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
            kind::parse_value(first, value, &mut resolve).map_err(Error::data)?
        }
        None if matches!(field.card, kind::Card::List | kind::Card::NonEmpty) => {
            let one = kind::Field { card: kind::Card::Required, ..*field };
            let mut resolve = |k: RecordKind, q: &str| record::resolve(store, field.key(), k, q).map_err(|e| e.message);
            kind::parse_value(&one, value, &mut resolve).map_err(Error::data)?
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
