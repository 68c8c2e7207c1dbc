//! Finding the programme's records from what a user types (see [`crate::store::resolve`]): a
//! group or a person by name or ID, a consultation or feedback by ID.

use crate::error::{Error, Result};
use crate::model::{Consultation, Feedback, Group, Id, Person, RecordKind};
use crate::store::Store;
use std::path::PathBuf;

impl Store {
    /// The group `query` names; `field` (e.g. `--group`) is named in errors.
    pub fn group(&self, field: &str, query: &str) -> Result<Group> {
        self.named(field, query, "group", |g: &Group| g.name.as_str())
    }

    /// The person `query` names; among equal names, those of `prefer_group` win.
    pub fn person(&self, field: &str, query: &str, prefer_group: Option<&Id>) -> Result<Person> {
        self.named_preferring(
            field,
            query,
            "person",
            |p: &Person| p.name.as_str(),
            |p| prefer_group.is_none_or(|g| &p.group == g),
        )
    }

    /// The kind and ID of the record `query` names, for commands that take a record of any
    /// kind (`edit`, `rm`): an ID or ID prefix gives its kind (resolved later by the kind's own
    /// look-up); a name is looked up among the people and the groups.
    pub fn any_record(&self, field: &str, query: &str) -> Result<(RecordKind, String)> {
        let q = query.trim();
        if let Some(kind) = RecordKind::of(q) {
            return Ok((kind, q.to_string()));
        }
        let person = self.person(field, q, None);
        let group = self.group(field, q);
        match (person, group) {
            (Ok(p), Err(_)) => Ok((RecordKind::Person, p.id.to_string())),
            (Err(_), Ok(g)) => Ok((RecordKind::Group, g.id.to_string())),
            (Ok(p), Ok(g)) => Err(Error::data(format!(
                "{}: {}",
                crate::model::kind::field_at(field),
                tr!(
                    "resolve-person-or-group",
                    query = q,
                    person = p.name.as_str(),
                    person_id = p.id.to_string(),
                    group = g.name.as_str(),
                    group_id = g.id.to_string()
                )
            ))
            .hint(tr!("resolve-person-or-group-hint"))),
            (Err(e), Err(_)) => Err(e.hint(tr!("resolve-any-record-hint"))),
        }
    }

    /// The consultation with this ID or ID prefix, and its file.
    pub fn consultation(&self, field: &str, query: &str) -> Result<(Consultation, PathBuf)> {
        self.by_id_or_prefix(field, query)
    }

    /// The feedback with this ID or ID prefix, and its file.
    pub fn feedback(&self, field: &str, query: &str) -> Result<(Feedback, PathBuf)> {
        self.by_id_or_prefix(field, query)
    }
}
