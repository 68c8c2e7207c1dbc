//! Each kind of record described once: where its files live, its ID prefix and name, its fields
//! with their types, which fields are editable, which make a record unique, its list columns,
//! and (through [`Kind::validate`]) its rules. Every generic command (`edit`, `rm`, `show`,
//! `erase`, `import`, `check`) reads these descriptions instead of knowing the kinds.
//!
//! The description of a kind sits beside its struct (`model/person.rs`, …); [`KINDS`] lists them.
//! Field paths are as in the record's file: `name`, `nomination.applied` (a key of a table),
//! `training[].hours` (a key of each table of an array).

use super::problem::Problem;
use super::{Date, Id, Record, RecordKind, Text, fold};
use serde::Serialize;
use serde::de::DeserializeOwned;
use toml::Value;

/// The programmes, and the kinds each holds (in the order `check` reads them).
pub use crate::model::programme::Programme;

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    /// Free text on one line (a name, a place, a topic): erased, never repeated in messages.
    Line,
    /// Free text that may run over several lines (the feedback answers).
    Answer,
    /// A calendar date.
    Date,
    /// A time range such as 16:00-17:00.
    Time,
    /// A day and a time (`2025-03-14 18:30`).
    Moment,
    /// Training hours (`6`, `4.5`).
    Hours,
    /// A whole number.
    Count,
    /// true or false (typed `yes` or `no` too).
    Flag,
    /// A phone number.
    Phone,
    /// One word of a closed list.
    Word(&'static [&'static str]),
    /// A category word from the folder's settings.
    Category,
    /// The delivery model, 1 or 2.
    Model,
    /// The ID of a record of another kind.
    Ref(RecordKind),
    /// A table or array of tables, described by the fields under it.
    Table,
}

impl Ty {
    /// Whether the field holds free text (erasure scrubs it).
    pub fn is_text(self) -> bool {
        matches!(self, Ty::Line | Ty::Answer)
    }
}

/// How many values a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Card {
    /// Exactly one.
    Required,
    /// None or one.
    Optional,
    /// A list, possibly empty.
    List,
    /// A list of at least one.
    NonEmpty,
}

/// One field of a kind.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// The key path in the file (`name`, `nomination.applied`, `training[].hours`).
    pub path: &'static str,
    pub ty: Ty,
    pub card: Card,
    /// Whether `edit --set` changes it.
    pub editable: bool,
    /// Personal data that `erase` removes from the erased person's own record.
    pub personal: bool,
    /// The full name of someone with no record of their own (a group's leader): `erase` keeps
    /// it where a form of the erased name is part of it, as it keeps other people's names.
    pub names: bool,
}

impl Field {
    pub const fn new(path: &'static str, ty: Ty, card: Card) -> Field {
        Field { path, ty, card, editable: false, personal: false, names: false }
    }

    /// The field can be changed with `edit --set`.
    pub const fn edit(mut self) -> Field {
        self.editable = true;
        self
    }

    /// The field is removed when its record's person is erased.
    pub const fn personal(mut self) -> Field {
        self.personal = true;
        self
    }

    /// The field holds the full name of someone with no record of their own.
    pub const fn names(mut self) -> Field {
        self.names = true;
        self
    }

    /// The key used in `--set` and import columns: the last part of the path.
    pub fn key(&self) -> &'static str {
        self.path.rsplit('.').next().unwrap_or(self.path)
    }
}

/// Fields whose values together identify one record: two records with the same values (names
/// compared without case or diacritics) within the same `scope` are one thing recorded twice.
#[derive(Debug, Clone, Copy)]
pub struct Unique {
    /// The fields compared; a list field gives one key per element.
    pub fields: &'static [&'static str],
    /// Records are compared only when this field is also equal (`group` for people).
    pub scope: Option<&'static str>,
    /// Records with one of these fields set (or equal to the value given) are left out:
    /// `("erased", None)`, `("status", Some("cancelled"))`.
    pub unless: &'static [(&'static str, Option<&'static str>)],
    /// The key of the message for a duplicate (`unique-KIND` in i18n/*/messages.ftl), with the
    /// arguments `$other` (the other record: ID and file, or ID and name), `$other_id` and
    /// `$other_path` its parts, and each compared field's value under the field's name.
    pub message: &'static str,
    /// The field a duplicate is reported at.
    pub at: &'static str,
}

/// A field's name for people, from its path (`interview.psychologist`): `field-label` in the
/// message files, chosen by the path with dashes (`interview-psychologist`); English says the
/// path's words.
pub fn field_label(path: &str) -> String {
    let path = path.replace("[]", "");
    let key = path.replace(['.', '_'], "-");
    crate::tr!("field-label", key = key, words = path.replace(['.', '_'], " "))
}

/// A field or column named at the head of a refused row's or record's line: as it is written
/// in English (`consultation_date`, what the file or CSV header says), through `field-label`
/// in other languages.
pub fn field_at(path: &str) -> String {
    let words = path.replace("[]", "").replace(['.', '_'], " ");
    crate::tr!("field-at", field = path, key = words.replace(' ', "-"), words = words)
}

/// How a kind's files are laid out below its folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// `dir/ID.toml`
    Flat,
    /// `dir/YEAR/ID.toml`, by the year of a date field.
    Year,
    /// `dir/YEAR/YEAR-MM-DD/ID.toml`, by the day of a date field.
    Day,
}

impl Layout {
    /// How many folders lie between the kind's folder and a record file.
    pub fn depth(self) -> usize {
        match self {
            Layout::Flat => 0,
            Layout::Year => 1,
            Layout::Day => 2,
        }
    }
}

/// The description of one kind of record.
#[derive(Debug)]
pub struct KindSpec {
    pub kind: RecordKind,
    pub programme: Programme,
    /// The folder under the root.
    pub dir: &'static str,
    pub layout: Layout,
    /// The date field the layout files by (`None` for flat kinds).
    pub dated_by: Option<&'static str>,
    /// The letter IDs start with.
    pub prefix: char,
    /// The kind's name in messages ("support person").
    pub name: &'static str,
    /// The plural, as in "3 support persons".
    pub plural: &'static str,
    /// The command that adds and lists it (`peerlog support list`).
    pub command: &'static str,
    /// The field a record is found by and shown with, if it has a name.
    pub label: Option<&'static str>,
    /// A person: `erase` erases records of this kind.
    pub person: bool,
    pub fields: &'static [Field],
    pub unique: &'static [Unique],
    /// The columns of `list` and `show --format csv`, as field paths (IDs first).
    pub columns: &'static [&'static str],
}

impl KindSpec {
    /// The name with a dash for each space (`support-person`): a Fluent variant key, so that
    /// other languages can name the kind in their own words.
    pub fn key(&self) -> String {
        self.name.replace(' ', "-")
    }

    /// The kind's name as a message, in the language it is shown in (`kind-name`).
    pub fn named(&self) -> crate::i18n::Msg {
        crate::msg!("kind-name", key = self.key(), kind = self.name)
    }

    pub fn field(&self, path: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.path == path)
    }

    /// The editable fields, by their `--set` key.
    pub fn editable(&self) -> impl Iterator<Item = &'static Field> {
        self.fields.iter().filter(|f| f.editable)
    }

    /// The fields holding free text (erasure scrubs each of them).
    pub fn texts(&self) -> impl Iterator<Item = &'static Field> {
        self.fields.iter().filter(|f| f.ty.is_text())
    }

    /// The fields that refer to records of `target`.
    pub fn refs_to(&self, target: RecordKind) -> impl Iterator<Item = &'static Field> {
        self.fields.iter().filter(move |f| f.ty == Ty::Ref(target))
    }
}

/// Every kind of both programmes: the one list the generic commands go through.
pub fn all() -> impl Iterator<Item = &'static KindSpec> {
    RecordKind::ALL.into_iter().map(RecordKind::spec)
}

/// The kinds that hold references to `target`, with the fields that hold them.
pub fn referrers(target: RecordKind) -> Vec<(&'static KindSpec, &'static Field)> {
    all().flat_map(|s| s.refs_to(target).map(move |f| (s, f))).collect()
}

/// The records a person takes part in: those that refer to them (a consultation, a contact, a
/// supervision session, a support person's interview), and those that refer to one of these
/// (feedback on a consultation) unless it is another person's record. `refs` holds records
/// with the IDs they refer to.
pub fn taking_part<'a>(refs: &[(&'a Id, Vec<&Id>)], person: &Id) -> std::collections::HashSet<&'a Id> {
    let mut own = std::collections::HashSet::new();
    loop {
        let via = |t: &Id| t == person || (own.contains(t) && !t.kind().spec().person);
        let more: Vec<&'a Id> =
            refs.iter().filter(|(r, to)| !own.contains(*r) && to.iter().any(|t| via(t))).map(|(r, _)| *r).collect();
        if more.is_empty() {
            return own;
        }
        own.extend(more);
    }
}

/// What a kind's rules may look at besides the record itself; `S` is the settings of the kind's
/// programme ([`Kind::Settings`]).
pub struct Env<'a, S = ()> {
    /// Any record of the folder by ID (a write reads the ones it needs; `check` has them all).
    pub get: &'a (dyn Fn(&Id) -> Option<AnyRef<'a>> + Sync),
    /// Whether a file holds this ID, even one that did not parse (so a reference to a broken
    /// file is not reported as missing too).
    pub exists: &'a (dyn Fn(&Id) -> bool + Sync),
    /// How a consultation without consent is treated.
    pub consent: ConsentRule,
    /// The settings of the kind's programme: its own table in `peerlog.toml`, as its type.
    pub settings: &'a S,
    /// Whether the record is being written now (`add`, `edit`, `import`) or was written before
    /// (`check`): some rules only warn about what is already recorded.
    pub writing: bool,
}

/// Whether the folder requires recorded consent for consultations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentRule {
    NotRequired,
    Required,
}

/// A programme's own settings, its table in `peerlog.toml`, as the rules of its kinds read them
/// (`()` for a programme without one).
pub trait Settings: DeserializeOwned + Default + Sync + 'static {
    /// The table's key (`colleague`).
    const KEY: Option<&'static str>;
}

impl Settings for () {
    const KEY: Option<&'static str> = None;
}

/// The description and rules of a kind, implemented by each record type.
pub trait Kind: Record + Clone + PartialEq {
    const SPEC: &'static KindSpec;

    /// The settings of the kind's programme, given to its rules in [`Env::settings`].
    type Settings: Settings;

    /// The rules of one record, by itself and against the records it refers to. Uniqueness
    /// among records of the kind is [`unique_keys`]'s job, shared by every kind.
    fn validate(&self, env: &Env<Self::Settings>) -> Vec<Problem>;

    /// A typed view of the record, for rules that look at records of several kinds.
    fn any(&self) -> AnyRef<'_>;

    /// The record's name, if its kind has one.
    fn label(&self) -> Option<&str> {
        None
    }

    /// The last day the record is kept for its own sake: `purge --before DATE` removes it when
    /// that day is before DATE and no record that stays refers to it; `None` keeps it. By
    /// default the date the kind's files are filed by; undated kinds are kept. Settings do not
    /// decide it: the environment has none.
    fn kept_until(&self, _env: &Env) -> Option<Date> {
        let field = Self::SPEC.dated_by?;
        let table = to_table(self)?;
        values(&table, field).first().and_then(|v| cell(v).parse().ok())
    }

    /// A rule between two records of the kind that are not duplicates (two consultations of
    /// one person at overlapping times), checked against the records a duplicate would be
    /// looked for among.
    fn clashes(&self, _other: &Self, _env: &Env<Self::Settings>) -> Option<Problem> {
        None
    }

    /// The keys of [`KindSpec::unique`]: `(rule index, key)`; two records of a kind sharing a
    /// key are a duplicate. Derived from the description; kinds with many records override it
    /// with the same keys built without a detour through TOML.
    fn unique_keys(&self) -> Vec<(usize, String)> {
        match to_table(self) {
            Some(t) => unique_keys_of(Self::SPEC, &t),
            None => Vec::new(),
        }
    }
}

/// A reference to a record of any kind.
#[derive(Debug, Clone, Copy)]
pub enum AnyRef<'a> {
    Group(&'a super::Group),
    Person(&'a super::Person),
    Consultation(&'a super::Consultation),
    Feedback(&'a super::Feedback),
    Unit(&'a super::colleague::Unit),
    Supporter(&'a super::colleague::Supporter),
    Psychologist(&'a super::colleague::Psychologist),
    Supervision(&'a super::colleague::Supervision),
    Contact(&'a super::colleague::Contact),
    Incident(&'a super::colleague::Incident),
    Referral(&'a super::colleague::Referral),
}

/// Calls `$body` with `$T` bound to the record type of `$kind`: the one place that maps kinds to
/// types, so generic code handles every kind of both programmes.
#[macro_export]
macro_rules! with_kind {
    ($kind:expr, $T:ident => $body:expr) => {{
        use $crate::model::RecordKind as __K;
        match $kind {
            __K::Group => {
                type $T = $crate::model::Group;
                $body
            }
            __K::Person => {
                type $T = $crate::model::Person;
                $body
            }
            __K::Consultation => {
                type $T = $crate::model::Consultation;
                $body
            }
            __K::Feedback => {
                type $T = $crate::model::Feedback;
                $body
            }
            __K::Unit => {
                type $T = $crate::model::colleague::Unit;
                $body
            }
            __K::Supporter => {
                type $T = $crate::model::colleague::Supporter;
                $body
            }
            __K::Psychologist => {
                type $T = $crate::model::colleague::Psychologist;
                $body
            }
            __K::Supervision => {
                type $T = $crate::model::colleague::Supervision;
                $body
            }
            __K::Contact => {
                type $T = $crate::model::colleague::Contact;
                $body
            }
            __K::Incident => {
                type $T = $crate::model::colleague::Incident;
                $body
            }
            __K::Referral => {
                type $T = $crate::model::colleague::Referral;
                $body
            }
        }
    }};
}

/// Typed accessors: the record if it is of that kind.
macro_rules! any_accessors {
    ($($fn:ident: $variant:ident => $ty:ty),+ $(,)?) => {
        impl<'a> AnyRef<'a> {
            $(pub fn $fn(self) -> Option<&'a $ty> {
                match self { AnyRef::$variant(r) => Some(r), _ => None }
            })+
        }
    };
}
any_accessors! {
    as_group: Group => super::Group,
    as_person: Person => super::Person,
    as_consultation: Consultation => super::Consultation,
    as_feedback: Feedback => super::Feedback,
    as_unit: Unit => super::colleague::Unit,
    as_supporter: Supporter => super::colleague::Supporter,
    as_psychologist: Psychologist => super::colleague::Psychologist,
    as_supervision: Supervision => super::colleague::Supervision,
    as_contact: Contact => super::colleague::Contact,
    as_incident: Incident => super::colleague::Incident,
    as_referral: Referral => super::colleague::Referral,
}

// ---- Generic access to fields, through the record's TOML table ----

/// The record as a TOML table, as it is written to its file.
pub fn to_table<T: Serialize>(record: &T) -> Option<toml::Table> {
    match Value::try_from(record) {
        Ok(Value::Table(t)) => Some(t),
        _ => None,
    }
}

/// The record a table describes, checked as a file is checked when it is read.
pub fn from_table<T: DeserializeOwned>(table: toml::Table) -> Result<T, String> {
    Value::Table(table).try_into().map_err(|e: toml::de::Error| e.message().to_string())
}

/// Every value at `path` (several below an array of tables or for a list).
pub fn values<'t>(table: &'t toml::Table, path: &str) -> Vec<&'t Value> {
    let parts: Vec<&str> = path.split('.').collect();
    let mut found = Vec::new();
    walk_table(table, &parts, &mut found);
    found
}

fn walk_table<'t>(t: &'t toml::Table, parts: &[&str], out: &mut Vec<&'t Value>) {
    let Some((first, rest)) = parts.split_first() else { return };
    let (key, each) = match first.strip_suffix("[]") {
        Some(k) => (k, true),
        None => (*first, false),
    };
    let Some(v) = t.get(key) else { return };
    if rest.is_empty() {
        match v {
            Value::Array(items) => out.extend(items.iter()),
            other => out.push(other),
        }
        return;
    }
    match (each, v) {
        (true, Value::Array(items)) => {
            for i in items {
                if let Some(t) = i.as_table() {
                    walk_table(t, rest, out);
                }
            }
        }
        (_, Value::Table(t)) => walk_table(t, rest, out),
        _ => {}
    }
}

/// Every mutable value at `path`, for erasure and for cutting references.
pub fn values_mut<'t>(table: &'t mut toml::Table, path: &str, out: &mut Vec<&'t mut Value>) {
    let parts: Vec<&str> = path.split('.').collect();
    walk_mut(table, &parts, out);
}

fn walk_mut<'t>(t: &'t mut toml::Table, parts: &[&str], out: &mut Vec<&'t mut Value>) {
    let Some((first, rest)) = parts.split_first() else { return };
    let key = first.strip_suffix("[]").unwrap_or(first);
    let Some(v) = t.get_mut(key) else { return };
    if rest.is_empty() {
        match v {
            Value::Array(items) => out.extend(items.iter_mut()),
            other => out.push(other),
        }
        return;
    }
    match v {
        Value::Array(items) => {
            for i in items {
                if let Some(t) = i.as_table_mut() {
                    walk_mut(t, rest, out);
                }
            }
        }
        Value::Table(t) => walk_mut(t, rest, out),
        _ => {}
    }
}

/// The key serde gives a TOML date-time outside a TOML document.
const DATETIME: &str = "$__toml_private_datetime";

/// A value as a cell: text as it is, dates in ISO 8601, lists joined with spaces.
pub fn cell(v: &Value) -> String {
    cell_with(v, &super::values::format_hours)
}

/// The value at `path` of a record of `spec` as a table shows it to people: as [`cell`], with
/// decimals, yes and no in their language (`4,5`, `jā`), the fields of a table named for people
/// (`show-nested`), and each of a list of tables on its own line. A table holding tables or
/// lists of tables (a peer's `[peer]`) puts each of its fields on a line of its own, the items
/// of its lists indented below their name.
pub fn cell_for_people(spec: &KindSpec, path: &str, v: &Value) -> String {
    let nested = |k: &String, value: String| {
        let sub = format!("{path}.{k}");
        // A key that is no field of its own is a value word (`empathy = 2025-02-03`).
        let label = if spec.field(&sub).is_some() { field_label(&sub) } else { k.clone() };
        crate::tr!("show-nested", key = k, label = label, value = value)
    };
    match v {
        Value::Boolean(true) => crate::tr!("show-yes"),
        Value::Boolean(false) => crate::tr!("show-no"),
        Value::Array(items) if items.iter().any(is_table) => {
            let path = format!("{path}[]");
            items.iter().map(|i| cell_for_people(spec, &path, i)).collect::<Vec<_>>().join("\n")
        }
        Value::Array(items) => items.iter().map(|i| cell_for_people(spec, path, i)).collect::<Vec<_>>().join(" "),
        Value::Table(t) if is_table(v) && t.values().any(|v| is_table(v) || is_list_of_tables(v)) => t
            .iter()
            .map(|(k, v)| {
                let value = cell_for_people(spec, &format!("{path}.{k}"), v);
                let value = if is_list_of_tables(v) { format!("\n  {}", value.replace('\n', "\n  ")) } else { value };
                nested(k, value)
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Value::Table(t) if is_table(v) => t
            .iter()
            .map(|(k, v)| {
                let value = cell_for_people(spec, &format!("{path}.{k}"), v);
                nested(k, if is_table(v) { format!("({value})") } else { value })
            })
            .collect::<Vec<_>>()
            .join(", "),
        other => cell_with(other, &|f| crate::i18n::decimal_in(crate::i18n::lang(), f)),
    }
}

fn is_list_of_tables(v: &Value) -> bool {
    v.as_array().is_some_and(|items| items.iter().any(is_table))
}

/// A table of fields, not a date that serde wrapped in one.
fn is_table(v: &Value) -> bool {
    v.as_table().is_some_and(|t| !(t.len() == 1 && t.contains_key(DATETIME)))
}

fn cell_with(v: &Value, decimal: &dyn Fn(f64) -> String) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Integer(i) => i.to_string(),
        Value::Float(f) => decimal(*f),
        Value::Boolean(b) => if *b { "yes" } else { "no" }.to_string(),
        Value::Datetime(d) => match (d.date, d.time) {
            (Some(_), Some(t)) => {
                format!("{} {:02}:{:02}", d.date.map(|d| d.to_string()).unwrap_or_default(), t.hour, t.minute)
            }
            _ => d.to_string(),
        },
        Value::Array(items) => items.iter().map(|v| cell_with(v, decimal)).collect::<Vec<_>>().join(" "),
        // A date serialised through serde into a table keeps this wrapper.
        Value::Table(t) if t.len() == 1 && t.contains_key(DATETIME) => {
            let s = t.get(DATETIME).and_then(Value::as_str).unwrap_or_default();
            match s.split_once('T') {
                Some((d, time)) => format!("{d} {}", &time[..time.len().min(5)]),
                None => s.to_string(),
            }
        }
        Value::Table(t) => {
            t.iter().map(|(k, v)| format!("{k}={}", cell_with(v, decimal))).collect::<Vec<_>>().join(", ")
        }
    }
}

/// The cells of `columns` for one record.
pub fn cells(table: &toml::Table, columns: &[&str]) -> Vec<String> {
    columns.iter().map(|c| values(table, c).into_iter().map(cell).collect::<Vec<_>>().join(" ")).collect()
}

/// The IDs a record refers to, with the field holding each.
pub fn refs_of(spec: &KindSpec, table: &toml::Table) -> Vec<(&'static Field, Id)> {
    let mut out = Vec::new();
    for f in spec.fields.iter().filter(|f| matches!(f.ty, Ty::Ref(_))) {
        for v in values(table, f.path) {
            if let Some(id) = v.as_str().and_then(|s| Id::parse(s).ok()) {
                out.push((f, id));
            }
        }
    }
    out
}

/// [`Kind::unique_keys`] from the description.
pub fn unique_keys_of(spec: &KindSpec, table: &toml::Table) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    'rules: for (i, u) in spec.unique.iter().enumerate() {
        for (field, value) in u.unless {
            let found = values(table, field);
            let hit = match value {
                None => !found.is_empty(),
                Some(v) => found.iter().any(|x| x.as_str() == Some(v)),
            };
            if hit {
                continue 'rules;
            }
        }
        let mut base = String::new();
        if let Some(scope) = u.scope {
            base.push_str(&values(table, scope).into_iter().map(cell).collect::<Vec<_>>().join(" "));
        }
        // One key per element of a list field (feedback about two consultations has two).
        let mut keys = vec![base];
        for f in u.fields {
            let vals: Vec<String> = values(table, f).into_iter().map(|v| fold(&cell(v))).collect();
            if vals.is_empty() {
                continue 'rules;
            }
            keys = keys.iter().flat_map(|k| vals.iter().map(move |v| format!("{k}\u{1f}{v}"))).collect();
        }
        out.extend(keys.into_iter().map(|k| (i, k)));
    }
    out
}

/// Reads a typed value (a date, a time range, hours, a phone, …) by its type's reader, refused
/// as `name: reason`: the one reader of both a flag (`--date`, see `commands/flags.rs`) and an
/// `edit --set` value (`date`), so the same mistake gets the same reason from both.
pub fn read<T: std::str::FromStr<Err = String>>(name: &str, value: &str) -> Result<T, String> {
    value.parse().map_err(|e| format!("{name}: {e}"))
}

/// Reads a whole number (`--officers`, `--set officers=…`), refused as `name: reason`.
pub fn read_count(name: &str, value: &str) -> Result<u32, String> {
    value
        .trim()
        .parse()
        .map_err(|_| format!("{name}: {}", crate::tr!("value-not-whole-number", value = super::text::shown(value))))
}

/// Turns what a user typed for a field into the TOML value stored, or says why it cannot be.
/// References are resolved by `resolve` (an ID, ID prefix or name of the referred kind).
pub fn parse_value(
    field: &Field,
    raw: &str,
    resolve: &mut dyn FnMut(RecordKind, &str) -> Result<Id, String>,
) -> Result<Option<Value>, String> {
    let key = field.key();
    let one = |s: &str, resolve: &mut dyn FnMut(RecordKind, &str) -> Result<Id, String>| -> Result<Value, String> {
        let to = |v: Result<Value, toml::ser::Error>| v.map_err(|e| format!("{key}: {e}"));
        match field.ty {
            Ty::Line => Ok(Value::String(Text::line(key, s)?.as_str().to_string())),
            Ty::Answer => Ok(Value::String(Text::new(key, s)?.as_str().to_string())),
            Ty::Date => to(Value::try_from(read::<Date>(key, s)?)),
            Ty::Time => to(Value::try_from(read::<super::TimeRange>(key, s)?)),
            Ty::Moment => to(Value::try_from(read::<super::values::Moment>(key, s)?)),
            Ty::Hours => to(Value::try_from(read::<super::values::Hours>(key, s)?)),
            Ty::Phone => to(Value::try_from(read::<super::values::Phone>(key, s)?)),
            Ty::Category => to(Value::try_from(read::<super::values::Word>(key, s)?)),
            Ty::Count => read_count(key, s).map(|n| Value::Integer(i64::from(n))),
            Ty::Model => {
                let m: super::DeliveryModel = read(key, s)?;
                Ok(Value::Integer(i64::from(u8::from(m))))
            }
            Ty::Flag => match fold(s).as_str() {
                "yes" | "true" | "ja" | "1" => Ok(Value::Boolean(true)),
                "no" | "false" | "ne" | "0" => Ok(Value::Boolean(false)),
                _ => Err(format!("{key}: {}", crate::tr!("value-not-yes-no", value = super::text::shown(s)))),
            },
            Ty::Word(words) => {
                let w = s.trim().to_lowercase();
                words.iter().find(|x| **x == w).map(|x| Value::String(x.to_string())).ok_or_else(|| {
                    let value = super::text::shown(s);
                    format!("{key}: {}", crate::tr!("value-not-one-of", value = value, words = words.join(", ")))
                })
            }
            Ty::Ref(kind) => resolve(kind, s).map(|id| Value::String(id.to_string())),
            Ty::Table => Err(crate::tr!("value-table", key = key)),
        }
    };
    let blank = raw.trim().is_empty();
    match field.card {
        Card::Required if blank => Err(crate::tr!("value-required", key = key)),
        Card::Optional if blank => Ok(None),
        Card::Required | Card::Optional => one(raw, resolve).map(Some),
        Card::List | Card::NonEmpty => {
            let mut items: Vec<Value> = Vec::new();
            let parts: Vec<&str> = if field.ty.is_text() {
                raw.split(';').map(str::trim).filter(|p| !p.is_empty()).collect()
            } else {
                raw.split(',').flat_map(|p| spaced(field.ty, p)).collect()
            };
            for p in parts {
                let v = one(p, resolve)?;
                if !items.contains(&v) {
                    items.push(v);
                }
            }
            if items.is_empty() {
                return if field.card == Card::NonEmpty {
                    Err(crate::tr!("value-needs-one", key = key))
                } else {
                    Ok(None)
                };
            }
            // A list of days (a group's meetings) is kept in calendar order.
            if field.ty == Ty::Date {
                items.sort_by_key(cell);
            }
            Ok(Some(Value::Array(items)))
        }
    }
}

/// The values in one comma-separated part of a list: several, separated by spaces, where no
/// value of the type holds a space (days, words, IDs), else the part as one value (a name such as
/// `Jānis Ozols`, a phone number such as `+371 2000 0000`).
fn spaced(ty: Ty, part: &str) -> Vec<&str> {
    let words: Vec<&str> = part.split_whitespace().collect();
    let apart = match ty {
        Ty::Date | Ty::Word(_) | Ty::Count | Ty::Flag | Ty::Model => true,
        Ty::Ref(kind) => words.iter().all(|w| RecordKind::of(w) == Some(kind)),
        _ => false,
    };
    if apart || words.is_empty() { words } else { vec![part.trim()] }
}

/// Sets (or, with `None`, removes) the value at a field's path, creating tables on the way.
pub fn set_value(table: &mut toml::Table, path: &str, value: Option<Value>) {
    let mut parts: Vec<&str> = path.split('.').collect();
    let last = parts.pop().unwrap_or(path);
    let mut t = table;
    for p in parts {
        let entry = t.entry(p.to_string()).or_insert_with(|| Value::Table(toml::Table::new()));
        let Some(next) = entry.as_table_mut() else { return };
        t = next;
    }
    match value {
        Some(v) => {
            t.insert(last.to_string(), v);
        }
        None => {
            t.remove(last);
        }
    }
}

/// Removes every reference to `gone` from a record's table. Returns `false` when a required
/// field (or a list that may not be empty) held it: then the record cannot stay without it.
pub fn unlink(spec: &KindSpec, table: &mut toml::Table, gone: &Id) -> bool {
    let mut keeps = true;
    for f in spec.fields.iter().filter(|f| f.ty == Ty::Ref(gone.kind())) {
        let is = |v: &Value| v.as_str() == Some(gone.as_str());
        if f.path.contains("[]") {
            // A reference inside an array of tables (a ledger entry): drop those entries.
            let (array, _) = f.path.split_once("[]").expect("contains []");
            let rest = &f.path[array.len() + 3..];
            if let Some(Value::Array(items)) = table_array(table, array) {
                items.retain(|i| i.as_table().is_none_or(|t| !values(t, rest).into_iter().any(is)));
            }
            continue;
        }
        let present = values(table, f.path).into_iter().any(is);
        if !present {
            continue;
        }
        match f.card {
            Card::Required => keeps = false,
            Card::Optional => set_value(table, f.path, None),
            Card::List | Card::NonEmpty => {
                if let Some(Value::Array(items)) = table_array(table, f.path) {
                    items.retain(|v| !is(v));
                    if items.is_empty() {
                        if f.card == Card::NonEmpty {
                            keeps = false;
                        } else {
                            set_value(table, f.path, None);
                        }
                    }
                }
            }
        }
    }
    keeps
}

/// The array at a plain dotted path (no `[]`), mutable.
fn table_array<'t>(table: &'t mut toml::Table, path: &str) -> Option<&'t mut Value> {
    let mut parts = path.split('.').peekable();
    let mut t = table;
    while let Some(p) = parts.next() {
        if parts.peek().is_none() {
            return t.get_mut(p).filter(|v| v.is_array());
        }
        t = t.get_mut(p)?.as_table_mut()?;
    }
    None
}

impl Unique {
    /// The message for a record whose key `key` (from [`Kind::unique_keys`]) `other` holds too.
    pub fn describe(&self, key: &str, other_id: &str, other_where: &str) -> crate::i18n::Msg {
        let mut m = crate::i18n::Msg::new(self.message)
            .arg("other", format!("{other_id} ({other_where})"))
            .arg("other_id", other_id)
            .arg("other_path", other_where);
        for (f, v) in self.fields.iter().zip(key.split('\u{1f}').skip(1)) {
            m = m.arg(f, v);
        }
        m
    }
}

/// The duplicates among records of one kind: `(i, j, rule, key)` for each record `i` whose key
/// record `j` holds too (both ways round). `keys[i]` are the keys of record `i`.
pub fn duplicates(keys: &[Vec<(usize, String)>]) -> Vec<(usize, usize, usize, &str)> {
    use std::collections::hash_map::{Entry, HashMap};
    // The first holder of each key; the holders of keys held more than once (few).
    let mut first: HashMap<(usize, &str), usize> = HashMap::with_capacity(keys.len());
    let mut holders: HashMap<(usize, &str), Vec<usize>> = HashMap::new();
    for (i, ks) in keys.iter().enumerate() {
        for (rule, key) in ks {
            let k = (*rule, key.as_str());
            match first.entry(k) {
                Entry::Vacant(free) => {
                    free.insert(i);
                }
                Entry::Occupied(held) => {
                    let h = holders.entry(k).or_insert_with(|| vec![*held.get()]);
                    if h.last() != Some(&i) {
                        h.push(i);
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    for ((rule, key), h) in holders.into_iter().filter(|(_, h)| h.len() > 1) {
        for &i in &h {
            out.extend(h.iter().filter(|&&j| j != i).map(|&j| (i, j, rule, key)));
        }
    }
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// Every key path of a table, `[]` marking arrays of tables.
    fn key_paths(t: &toml::Table, prefix: &str, out: &mut Vec<String>) {
        for (k, v) in t {
            let path = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
            match v {
                Value::Table(inner) => {
                    out.push(path.clone());
                    key_paths(inner, &path, out);
                }
                Value::Array(items) if items.iter().all(Value::is_table) && !items.is_empty() => {
                    out.push(path.clone());
                    for i in items {
                        key_paths(i.as_table().expect("table"), &format!("{path}[]"), out);
                    }
                }
                _ => out.push(path),
            }
        }
    }

    /// Every key of every record of the example folders is described by its kind, so nothing a
    /// record holds escapes the generic commands (a free-text field erase would not know of).
    #[test]
    fn every_key_of_the_example_records_is_described() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut seen = std::collections::HashSet::new();
        for folder in ["data-example", "data-example-colleague"] {
            for spec in all() {
                for rel in crate::store::load::record_paths(&root.join(folder), spec.kind).expect("listed") {
                    let text = std::fs::read_to_string(root.join(folder).join(&rel)).expect("read");
                    let table: toml::Table = text.parse().expect("parsed");
                    let mut paths = Vec::new();
                    key_paths(&table, "", &mut paths);
                    for p in paths.iter().filter(|p| *p != "id") {
                        // Keys below an opaque table (a map such as `peer.observed`) are its own.
                        let opaque = spec.fields.iter().any(|f| {
                            f.ty == Ty::Table
                                && p.starts_with(&format!("{}.", f.path))
                                && !spec.fields.iter().any(|g| {
                                    g.path.starts_with(&format!("{}.", f.path))
                                        || g.path.starts_with(&format!("{}[].", f.path))
                                })
                        });
                        assert!(opaque || spec.field(p).is_some(), "{folder}/{}: {p} is not described", rel.display());
                    }
                    seen.insert(spec.kind);
                }
            }
        }
        assert_eq!(seen.len(), RecordKind::ALL.len(), "the examples hold every kind");
    }

    #[test]
    fn descriptions_agree_with_the_kinds() {
        let mut prefixes = std::collections::HashSet::new();
        for spec in all() {
            assert_eq!(spec.kind.spec().kind, spec.kind);
            assert!(prefixes.insert(spec.prefix), "{} shares its prefix", spec.name);
            assert_eq!(spec.layout == Layout::Flat, spec.dated_by.is_none(), "{}", spec.name);
            for c in spec.columns.iter().filter(|c| **c != "id") {
                assert!(spec.field(c).is_some(), "{}: column {c} is not a field", spec.name);
            }
            for u in spec.unique {
                for f in u.fields.iter().chain(u.scope.iter()).chain([&u.at]) {
                    assert!(spec.field(f).is_some(), "{}: unique field {f} is not a field", spec.name);
                }
            }
            if let Some(l) = spec.label {
                assert!(spec.field(l).is_some_and(|f| f.ty.is_text()));
            }
        }
    }

    #[test]
    fn a_set_value_is_parsed_into_the_fields_type() {
        let f = Field::new("hours", Ty::Hours, Card::Required);
        let mut no_refs = |_: RecordKind, _: &str| -> Result<Id, String> { Err("none".into()) };
        assert_eq!(parse_value(&f, "4,5", &mut no_refs).unwrap(), Some(Value::Float(4.5)));
        assert!(parse_value(&f, "", &mut no_refs).is_err());
        let f = Field::new("end", Ty::Date, Card::Optional);
        assert_eq!(parse_value(&f, " ", &mut no_refs).unwrap(), None);
        let f = Field::new("kind", Ty::Word(&["at-scene", "crisis"]), Card::Required);
        assert!(parse_value(&f, "Crisis", &mut no_refs).is_ok());
        assert!(parse_value(&f, "party", &mut no_refs).unwrap_err().contains("at-scene, crisis"));
    }
}
