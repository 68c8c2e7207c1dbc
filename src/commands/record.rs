//! What the generic commands (`edit`, `rm`, `show`, `erase`, `purge`, `import`) do with a record
//! of any kind, from its description ([`crate::model::kind`]): find it, resolve the references
//! typed for its fields, check it with its kind's rules and uniqueness before it is written, and
//! find the records that refer to it.

use crate::error::{Error, Result};
use crate::model::Problem;
use crate::model::kind::{self, ConsentRule, Env, KindSpec, Ty};
use crate::model::{AnyRef, Id, Kind, Record, RecordKind};
use crate::store::Store;
use std::collections::HashMap;
use std::path::PathBuf;

/// A record of any kind, owned.
#[derive(Debug, Clone)]
pub enum AnyRecord {
    Group(crate::model::Group),
    Person(crate::model::Person),
    Consultation(crate::model::Consultation),
    Feedback(crate::model::Feedback),
    Unit(crate::model::colleague::Unit),
    Supporter(crate::model::colleague::Supporter),
    Psychologist(crate::model::colleague::Psychologist),
    Supervision(crate::model::colleague::Supervision),
    Contact(crate::model::colleague::Contact),
    Incident(crate::model::colleague::Incident),
    Referral(crate::model::colleague::Referral),
}

/// Calls `$body` with `$r` bound to the typed record inside an [`AnyRecord`].
macro_rules! on_any {
    ($any:expr, $r:ident => $body:expr) => {
        match $any {
            AnyRecord::Group($r) => $body,
            AnyRecord::Person($r) => $body,
            AnyRecord::Consultation($r) => $body,
            AnyRecord::Feedback($r) => $body,
            AnyRecord::Unit($r) => $body,
            AnyRecord::Supporter($r) => $body,
            AnyRecord::Psychologist($r) => $body,
            AnyRecord::Supervision($r) => $body,
            AnyRecord::Contact($r) => $body,
            AnyRecord::Incident($r) => $body,
            AnyRecord::Referral($r) => $body,
        }
    };
}

impl AnyRecord {
    /// The record's file, relative to the root.
    pub fn rel_path(&self) -> PathBuf {
        on_any!(self, r => r.rel_path())
    }

    pub fn any(&self) -> AnyRef<'_> {
        on_any!(self, r => r.any())
    }

    /// See [`Kind::kept_until`].
    pub fn kept_until(&self, env: &Env) -> Option<crate::model::Date> {
        on_any!(self, r => r.kept_until(env))
    }
}

/// Wraps a typed record.
pub trait IntoAny {
    fn into_any(self) -> AnyRecord;
}

macro_rules! into_any {
    ($($variant:ident => $ty:ty),+ $(,)?) => {
        $(impl IntoAny for $ty {
            fn into_any(self) -> AnyRecord {
                AnyRecord::$variant(self)
            }
        })+
    };
}
into_any! {
    Group => crate::model::Group,
    Person => crate::model::Person,
    Consultation => crate::model::Consultation,
    Feedback => crate::model::Feedback,
    Unit => crate::model::colleague::Unit,
    Supporter => crate::model::colleague::Supporter,
    Psychologist => crate::model::colleague::Psychologist,
    Supervision => crate::model::colleague::Supervision,
    Contact => crate::model::colleague::Contact,
    Incident => crate::model::colleague::Incident,
    Referral => crate::model::colleague::Referral,
}

/// The kind an ID or ID prefix typed on the command line is of; `command` is named in the error.
pub fn kind_of(command: &str, query: &str, programme: crate::model::Programme) -> Result<RecordKind> {
    let q = query.trim();
    let kinds: Vec<String> =
        programme.kinds().iter().map(|k| format!("{}-… ({})", k.prefix(), k.spec().named())).collect();
    // Where to find a record's ID: the list commands of the folder's kinds.
    let lists = || {
        let commands: Vec<String> =
            programme.kinds().iter().map(|k| format!("`peerlog {} list`", k.spec().command)).collect();
        tr!("record-find-id", commands = commands.join(", "))
    };
    // An argument that names no record of this folder is refused for the data's sake (exit 1),
    // as `consult show` refuses an unknown ID.
    match RecordKind::of(q) {
        Some(k) if k.spec().programme == programme => Ok(k),
        Some(k) => Err(Error::data(tr!(
            "record-other-programme",
            id = crate::model::shown(q),
            kind = k.spec().named(),
            programme = programme.to_string()
        ))
        .hint(tr!("record-other-programme-hint", command = command, kinds = kinds.join(", ")))
        .hint(lists())),
        None if q.is_empty() => {
            Err(Error::data(tr!("record-empty", command = command)).hint(takes(command, programme)))
        }
        None => Err(Error::data(tr!("record-not-an-id", id = crate::model::shown(q)))
            .hint(tr!("record-not-an-id-hint", command = command, kinds = kinds.join(", ")))
            .hint(lists())),
    }
}

/// What `command` takes: an ID or ID prefix of the programme's kinds, or the name of one of
/// those that have a name where the programme finds records by name.
pub fn takes(command: &str, programme: crate::model::Programme) -> String {
    let specs = programme.kinds().iter().map(|k| k.spec());
    let kinds: Vec<String> = specs.clone().map(|s| format!("{}-… ({})", s.kind.prefix(), s.named())).collect();
    let named: Vec<String> = specs.filter(|s| s.label.is_some()).map(|s| s.named().to_string()).collect();
    match crate::programmes::of(programme).by_name {
        Some(_) if !named.is_empty() => {
            tr!("record-takes-names", command = command, kinds = kinds.join(", "), named = named.join(", "))
        }
        _ => tr!("record-not-an-id-hint", command = command, kinds = kinds.join(", ")),
    }
}

/// The kind of the record a command's argument names, and the query to find it by: an ID or
/// ID prefix of the folder's programme, or a name where the programme finds records by name.
pub fn named_by(store: &Store, command: &str, query: &str) -> Result<(RecordKind, String)> {
    let programme = store.config.programme;
    match (RecordKind::of(query.trim()), crate::programmes::of(programme).by_name) {
        (None, Some(find)) if !query.trim().is_empty() => find(store, command, query),
        _ => Ok((kind_of(command, query, programme)?, query.trim().to_string())),
    }
}

/// The record an ID or unique ID prefix names, and its file.
pub fn find<T: Kind>(store: &Store, field: &str, query: &str) -> Result<(T, PathBuf)> {
    store.by_id_or_prefix(field, query)
}

/// The record `query` names among those of `kind`: its ID, an ID prefix, or (for kinds with a
/// name) its name; for the references typed in `--set` and import cells.
pub fn resolve(store: &Store, field: &str, kind: RecordKind, query: &str) -> Result<Id> {
    let spec = kind.spec();
    crate::with_kind!(kind, T => {
        match spec.label {
            Some(_) => store.named(field, query, spec.name, |r: &T| r.label().unwrap_or_default()).map(|r| r.id().clone()),
            None => store.by_id_or_prefix::<T>(field, query).map(|(r, _)| r.id().clone()),
        }
    })
}

/// Reads any record by exact ID.
pub fn read_any(store: &Store, id: &Id) -> Result<Option<AnyRecord>> {
    let Some(rel) = store.find_path(id.kind(), id.as_str())? else { return Ok(None) };
    Ok(Some(crate::with_kind!(id.kind(), T => store.read::<T>(&rel)?.into_any())))
}

/// The records a rule may look at when `record` is written: those it refers to, and those
/// these refer to (a consultation's peer, and the peer's group).
pub struct Fetched {
    records: HashMap<Id, AnyRecord>,
}

impl Fetched {
    pub fn around<T: Kind>(store: &Store, record: &T, extra: &[AnyRecord]) -> Result<Fetched> {
        let mut records: HashMap<Id, AnyRecord> = HashMap::new();
        for r in extra {
            records.insert(id_of(r.any()).clone(), r.clone());
        }
        let mut todo: Vec<Id> = refs(record);
        for _depth in 0..2 {
            let mut next = Vec::new();
            for id in todo {
                if records.contains_key(&id) || id == *record.id() {
                    continue;
                }
                if let Some(r) = read_any(store, &id)? {
                    next.extend(any_refs(r.any()));
                    records.insert(id, r);
                }
            }
            todo = next;
        }
        Ok(Fetched { records })
    }

    pub fn get(&self, id: &Id) -> Option<AnyRef<'_>> {
        self.records.get(id).map(AnyRecord::any)
    }
}

/// The IDs a record of any kind refers to.
fn any_refs(r: AnyRef<'_>) -> Vec<Id> {
    let spec = id_of(r).kind().spec();
    table_of(r).map(|t| kind::refs_of(spec, &t).into_iter().map(|(_, id)| id).collect()).unwrap_or_default()
}

/// A record of any kind as its TOML table.
pub fn table_of(r: AnyRef<'_>) -> Option<toml::Table> {
    match r {
        AnyRef::Group(x) => kind::to_table(x),
        AnyRef::Person(x) => kind::to_table(x),
        AnyRef::Consultation(x) => kind::to_table(x),
        AnyRef::Feedback(x) => kind::to_table(x),
        AnyRef::Unit(x) => kind::to_table(x),
        AnyRef::Supporter(x) => kind::to_table(x),
        AnyRef::Psychologist(x) => kind::to_table(x),
        AnyRef::Supervision(x) => kind::to_table(x),
        AnyRef::Contact(x) => kind::to_table(x),
        AnyRef::Incident(x) => kind::to_table(x),
        AnyRef::Referral(x) => kind::to_table(x),
    }
}

/// The ID of any record.
pub fn id_of(r: AnyRef<'_>) -> &Id {
    match r {
        AnyRef::Group(x) => &x.id,
        AnyRef::Person(x) => &x.id,
        AnyRef::Consultation(x) => &x.id,
        AnyRef::Feedback(x) => &x.id,
        AnyRef::Unit(x) => &x.id,
        AnyRef::Supporter(x) => &x.id,
        AnyRef::Psychologist(x) => &x.id,
        AnyRef::Supervision(x) => &x.id,
        AnyRef::Contact(x) => &x.id,
        AnyRef::Incident(x) => &x.id,
        AnyRef::Referral(x) => &x.id,
    }
}

/// The IDs a record refers to.
pub fn refs<T: Kind>(record: &T) -> Vec<Id> {
    kind::to_table(record)
        .map(|t| kind::refs_of(T::SPEC, &t).into_iter().map(|(_, id)| id).collect())
        .unwrap_or_default()
}

/// The rules of a record of any kind (without uniqueness), with `extra` winning over the files.
pub fn rules_of(store: &Store, r: &AnyRecord, extra: &[AnyRecord]) -> Result<Vec<Problem>> {
    fn one<T: Kind>(store: &Store, r: &T, extra: &[AnyRecord]) -> Result<Vec<Problem>> {
        let fetched = Fetched::around(store, r, extra)?;
        let get = |id: &Id| fetched.get(id);
        let exists =
            |id: &Id| fetched.get(id).is_some() || matches!(store.find_path(id.kind(), id.as_str()), Ok(Some(_)));
        let settings = store.config.settings();
        let env = env(store, &get, &exists, &settings);
        Ok(r.validate(&env))
    }
    on_any!(r, x => one(store, x, extra))
}

/// The environment of a write's rules, with the settings of the kind's programme.
pub fn env<'a, S>(
    store: &Store,
    get: &'a (dyn Fn(&Id) -> Option<AnyRef<'a>> + Sync),
    exists: &'a (dyn Fn(&Id) -> bool + Sync),
    settings: &'a S,
) -> Env<'a, S> {
    Env {
        get,
        exists,
        consent: if store.config.consent.required { ConsentRule::Required } else { ConsentRule::NotRequired },
        settings,
        writing: true,
    }
}

/// The problems of writing `record`: its kind's rules against the records around it (`extra`
/// are records about to be written with it, which win over the files), and its uniqueness.
pub fn problems<T: Kind>(store: &Store, record: &T, extra: &[AnyRecord]) -> Result<Vec<Problem>> {
    let fetched = Fetched::around(store, record, extra)?;
    let get = |id: &Id| fetched.get(id);
    let exists = |id: &Id| fetched.get(id).is_some() || matches!(store.find_path(id.kind(), id.as_str()), Ok(Some(_)));
    let settings = store.config.settings();
    let env = env(store, &get, &exists, &settings);
    let mut out = record.validate(&env);
    let siblings = siblings(store, record, &fetched)?;
    out.extend(duplicates_among(record, &siblings));
    out.extend(siblings.iter().filter_map(|o| record.clashes(o, &env)));
    Ok(out)
}

/// Where a write looks for the records of a kind that a new or changed one could duplicate or
/// clash with, as its programme's `Spec::siblings` says.
pub enum Among {
    /// Every record of the kind (the small kinds).
    Kind,
    /// The records in this folder (a consultation's day).
    Dir(PathBuf),
    /// These files (the answers about a feedback's consultations).
    Files(Vec<PathBuf>),
}

/// The records of `T` that a new or changed `record` could duplicate.
fn siblings<T: Kind>(store: &Store, record: &T, fetched: &Fetched) -> Result<Vec<T>> {
    let among = crate::programmes::of(T::SPEC.programme).siblings;
    match among.map_or(Ok(Among::Kind), |among| among(store, record.any(), fetched))? {
        Among::Kind => store.load(),
        Among::Dir(dir) => store.records_in(&dir),
        Among::Files(paths) => paths.iter().map(|rel| store.read::<T>(rel)).collect(),
    }
}

/// Errors for each of `siblings` that `record` would duplicate.
fn duplicates_among<T: Kind>(record: &T, siblings: &[T]) -> Vec<Problem> {
    let spec = T::SPEC;
    let mine = record.unique_keys();
    if mine.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for other in siblings.iter().filter(|o| o.id() != record.id()) {
        for (rule, key) in other.unique_keys() {
            if mine.iter().any(|(r, k)| *r == rule && *k == key) {
                let u = &spec.unique[rule];
                let where_ =
                    other.label().map_or_else(|| crate::store::diag::display_path(&other.rel_path()), str::to_string);
                out.push(Problem::error(u.at, u.describe(&key, other.id().as_str(), &where_)));
            }
        }
    }
    out
}

/// Every record of the folder's programme that refers to `target`, with the field holding the
/// reference, found from the kinds' descriptions.
pub fn referrers(store: &Store, target: &Id) -> Result<Vec<(AnyRecord, &'static str)>> {
    let targets = std::collections::HashSet::from([target.clone()]);
    Ok(referrers_of(store, &targets)?.into_iter().map(|(r, field, _)| (r, field)).collect())
}

/// Every record of the folder's programme that refers to one of `targets`: the record, the
/// field and the target; each kind that may refer to them is read once.
pub fn referrers_of(
    store: &Store,
    targets: &std::collections::HashSet<Id>,
) -> Result<Vec<(AnyRecord, &'static str, Id)>> {
    let mut kinds: Vec<RecordKind> = targets.iter().map(Id::kind).collect();
    kinds.sort();
    kinds.dedup();
    let mut fields: Vec<(&'static KindSpec, Vec<&'static kind::Field>)> = Vec::new();
    for (spec, field) in kinds.into_iter().flat_map(kind::referrers) {
        if spec.programme != store.config.programme {
            continue;
        }
        match fields.iter_mut().find(|(s, _)| s.kind == spec.kind) {
            Some((_, fs)) => fs.push(field),
            None => fields.push((spec, vec![field])),
        }
    }
    let mut out = Vec::new();
    for (spec, fs) in fields {
        crate::with_kind!(spec.kind, T => {
            for r in store.load::<T>()? {
                let Some(table) = kind::to_table(&r) else { continue };
                let mut hits: Vec<(&'static str, Id)> = Vec::new();
                for f in &fs {
                    for v in kind::values(&table, f.path) {
                        if let Some(id) = v.as_str().and_then(|s| Id::parse(s).ok()).filter(|id| targets.contains(id)) {
                            hits.push((f.path, id));
                        }
                    }
                }
                let Some(last) = hits.pop() else { continue };
                let r = r.into_any();
                for (field, id) in hits {
                    out.push((r.clone(), field, id));
                }
                out.push((r, last.0, last.1));
            }
        });
    }
    Ok(out)
}

/// The records whose rules may change when `target` changes: those that refer to it, and those
/// that refer to these (a group's people, and their consultations), each once.
pub fn referrers_around(store: &Store, target: &Id) -> Result<Vec<AnyRecord>> {
    let mut seen = std::collections::HashSet::from([target.clone()]);
    let mut out = Vec::new();
    let mut level = seen.clone();
    for _depth in 0..2 {
        let mut next = std::collections::HashSet::new();
        for (r, _, _) in referrers_of(store, &level)? {
            let id = id_of(r.any()).clone();
            if seen.insert(id.clone()) {
                next.insert(id);
                out.push(r);
            }
        }
        level = next;
        if level.is_empty() {
            break;
        }
    }
    Ok(out)
}

/// A short description of a record for lists of referrers: `k-… (support contact on 2025-04-11)`.
pub fn describe(r: AnyRef<'_>) -> String {
    let id = id_of(r);
    let spec = id.kind().spec();
    let table = table_of(r).unwrap_or_default();
    let first = |path| kind::values(&table, path).first().map(|v| kind::cell(v)).unwrap_or_default();
    match (spec.label, spec.dated_by) {
        (Some(l), _) => tr!("record-described", id = id.to_string(), kind = spec.named(), name = first(l)),
        (None, Some(d)) => tr!("record-described-dated", id = id.to_string(), kind = spec.named(), date = first(d)),
        _ => tr!("record-described", id = id.to_string(), kind = spec.named(), name = ""),
    }
}

/// The field of a kind a `--set`/`--remove` key or path names: the full path
/// (`interview.date`) or its last part when only one field ends so (`applied`).
pub fn field_named(spec: &'static KindSpec, name: &str, editable_only: bool) -> Result<&'static kind::Field> {
    let name = name.trim().replace('-', "_");
    let candidates: Vec<&kind::Field> = spec
        .fields
        .iter()
        .filter(|f| {
            !editable_only
                || f.editable
                || (f.ty == Ty::Table && f.card != kind::Card::Optional && f.path.ends_with(&*name))
        })
        .filter(|f| f.path == name || f.key() == name || f.path.trim_end_matches("[]") == name)
        .collect();
    let list = || {
        let keys: Vec<&str> = spec.editable().map(|f| f.path).collect();
        tr!("record-fields", kind = spec.name, key = spec.key(), fields = keys.join(", "))
    };
    match candidates.as_slice() {
        [one] => Ok(one),
        [] if name == "id" => Err(Error::usage(format!("--set: {}", tr!("edit-id-fixed"))).hint(list())),
        [] => Err(Error::usage(format!(
            "--set: {}",
            tr!("record-no-field", kind = spec.name, key = spec.key(), name = crate::model::shown(&name))
        ))
        .hint(list())),
        many => {
            let paths: Vec<&str> = many.iter().map(|f| f.path).collect();
            Err(Error::usage(format!(
                "--set: {}",
                tr!(
                    "record-ambiguous",
                    name = name.as_str(),
                    kind = spec.name,
                    key = spec.key(),
                    paths = paths.join(", ")
                )
            ))
            .hint(tr!("record-ambiguous-hint")))
        }
    }
}
