//! Finding a record from what a user types: its ID, a unique ID prefix, or a name matched
//! case- and diacritics-insensitively (`berzina` finds `Bērziņa`).

use super::Store;
use crate::error::{Error, Result};
use crate::model::{Consultation, Feedback, Group, Id, Person, Record, RecordKind, fold};
use std::path::PathBuf;

impl Store {
    /// The group `query` names; `field` (e.g. `--group`) is named in errors.
    pub fn group(&self, field: &str, query: &str) -> Result<Group> {
        if let Some(found) = self.by_id::<Group>(field, query)? {
            return Ok(found.0);
        }
        let groups: Vec<Group> = self.load()?;
        pick_by_name(field, query, "group", groups, |g| g.name.as_str(), |_| true)
    }

    /// The person `query` names; among equal names, those of `prefer_group` win.
    pub fn person(&self, field: &str, query: &str, prefer_group: Option<&Id>) -> Result<Person> {
        if let Some(found) = self.by_id::<Person>(field, query)? {
            return Ok(found.0);
        }
        let people: Vec<Person> = self.load()?;
        pick_by_name(
            field,
            query,
            "person",
            people,
            |p| p.name.as_str(),
            |p| prefer_group.is_none_or(|g| &p.group == g),
        )
    }

    /// The consultation with this ID or ID prefix, and its file.
    pub fn consultation(&self, field: &str, query: &str) -> Result<(Consultation, PathBuf)> {
        self.by_id(field, query)?.ok_or_else(|| not_an_id(field, query, RecordKind::Consultation))
    }

    /// The feedback with this ID or ID prefix, and its file.
    pub fn feedback(&self, field: &str, query: &str) -> Result<(Feedback, PathBuf)> {
        self.by_id(field, query)?.ok_or_else(|| not_an_id(field, query, RecordKind::Feedback))
    }

    /// A record of any kind named by its ID, a unique ID prefix, or its name (folded);
    /// `what` names the kind in errors.
    pub fn named<T: Record>(&self, field: &str, query: &str, what: &str, name: impl Fn(&T) -> &str) -> Result<T> {
        if let Some(found) = self.by_id::<T>(field, query)? {
            return Ok(found.0);
        }
        let items: Vec<T> = self.load()?;
        pick_by_name(field, query, what, items, name, |_| true)
    }

    /// A record of any kind named by its ID or a unique ID prefix, and its file.
    pub fn by_id_or_prefix<T: Record>(&self, field: &str, query: &str) -> Result<(T, PathBuf)> {
        self.by_id(field, query)?.ok_or_else(|| not_an_id(field, query, T::KIND))
    }

    /// Finds a record by exact ID or unique ID prefix. `None` when `query` does not look like an
    /// ID of this kind (so the caller may try names); an error when it does but matches nothing
    /// or several.
    fn by_id<T: Record>(&self, field: &str, query: &str) -> Result<Option<(T, PathBuf)>> {
        let q = query.trim();
        let kind = T::KIND;
        if RecordKind::of(q) != Some(kind) {
            return Ok(None);
        }
        if let Some(rel) = self.find_path(kind, q)? {
            return Ok(Some((self.read(&rel)?, rel)));
        }
        let mut matches: Vec<PathBuf> = self
            .record_paths(kind)?
            .into_iter()
            .filter(|p| p.file_stem().is_some_and(|s| s.to_string_lossy().starts_with(q)))
            .collect();
        match matches.len() {
            1 => {
                let rel = matches.remove(0);
                Ok(Some((self.read(&rel)?, rel)))
            }
            0 => Err(Error::data(format!("{field}: no {} has the ID '{q}'", kind.name()))
                .hint(format!("list them with `peerlog {} list`", list_command(kind)))),
            n => {
                let ids: Vec<String> = matches
                    .iter()
                    .take(10)
                    .filter_map(|p| p.file_stem())
                    .map(|s| s.to_string_lossy().into_owned())
                    .collect();
                Err(Error::data(format!("{field}: '{q}' is the start of {n} {} IDs: {}", kind.name(), ids.join(", ")))
                    .hint("type more of the ID"))
            }
        }
    }
}

fn list_command(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Group => "group",
        RecordKind::Person => "participant",
        RecordKind::Consultation => "consult",
        RecordKind::Feedback => "feedback",
        RecordKind::Unit => "unit",
        RecordKind::Supporter => "support",
        RecordKind::Psychologist => "psychologist",
        RecordKind::Supervision => "supervision",
        RecordKind::Contact => "contact",
        RecordKind::Incident => "incident",
        RecordKind::Referral => "referral",
    }
}

fn not_an_id(field: &str, query: &str, kind: RecordKind) -> Error {
    Error::data(format!("{field}: '{query}' is not a {} ID", kind.name())).hint(format!(
        "{} IDs start with {}-; list them with `peerlog {} list`",
        kind.name(),
        kind.prefix(),
        list_command(kind)
    ))
}

/// Picks the one record whose name matches `query`: an exact (folded) name first, then names
/// containing the query; `preferred` breaks ties. Lists candidates when it cannot choose.
fn pick_by_name<T: Record>(
    field: &str,
    query: &str,
    what: &str,
    items: Vec<T>,
    name: impl Fn(&T) -> &str,
    preferred: impl Fn(&T) -> bool,
) -> Result<T> {
    let q = fold(query.trim());
    if q.is_empty() {
        return Err(Error::data(format!("{field} is empty; name a {what}")));
    }
    let exact: Vec<usize> = (0..items.len()).filter(|&i| fold(name(&items[i])) == q).collect();
    let mut found = if exact.is_empty() {
        (0..items.len()).filter(|&i| fold(name(&items[i])).contains(&q)).collect()
    } else {
        exact
    };
    if found.len() > 1 {
        let best: Vec<usize> = found.iter().copied().filter(|&i| preferred(&items[i])).collect();
        if !best.is_empty() {
            found = best;
        }
    }
    let describe = |i: usize| format!("{} ({})", name(&items[i]), items[i].id());
    match found.len() {
        1 => Ok(items.into_iter().nth(found[0]).expect("index in range")),
        0 => {
            // Closeness to the whole name or to any one word of it (a surname typed alone).
            let score = |n: &str| {
                let n = fold(n);
                n.split_whitespace().chain([n.as_str()]).map(|w| strsim::jaro_winkler(&q, w)).fold(0.0, f64::max)
            };
            let mut close: Vec<(f64, usize)> =
                (0..items.len()).map(|i| (score(name(&items[i])), i)).filter(|(s, _)| *s > 0.8).collect();
            close.sort_by(|a, b| b.0.total_cmp(&a.0));
            let err = Error::data(format!("{field}: no {what} is called '{}'", query.trim()));
            Err(if close.is_empty() {
                err.hint(format!("check the spelling, or add the {what} first"))
            } else {
                let names: Vec<String> = close.iter().take(3).map(|&(_, i)| describe(i)).collect();
                err.hint(format!("did you mean {}?", names.join(", or ")))
            })
        }
        n => {
            let names: Vec<String> = found.iter().take(10).map(|&i| describe(i)).collect();
            Err(Error::data(format!("{field}: '{}' matches {n} {what} records: {}", query.trim(), names.join(", ")))
                .hint("use the ID or the full name"))
        }
    }
}
