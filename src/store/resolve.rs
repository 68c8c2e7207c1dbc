//! Finding a record from what a user types: its ID, a unique ID prefix, or a name matched
//! case- and diacritics-insensitively (`berzina` finds `Bērziņa`).

use super::Store;
use crate::error::{Error, Result};
use crate::model::{Id, Record, RecordKind, fold};
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

impl Store {
    /// A record of any kind named by its ID, a unique ID prefix, or its name (folded);
    /// `what` names the kind in errors.
    pub fn named<T: Record>(&self, field: &str, query: &str, what: &str, name: impl Fn(&T) -> &str) -> Result<T> {
        self.named_preferring(field, query, what, name, |_| true)
    }

    /// [`Store::named`], where among equal names those `preferred` accepts win.
    pub fn named_preferring<T: Record>(
        &self,
        field: &str,
        query: &str,
        what: &str,
        name: impl Fn(&T) -> &str,
        preferred: impl Fn(&T) -> bool,
    ) -> Result<T> {
        if let Some(found) = self.by_id::<T>(field, query)? {
            return Ok(found.0);
        }
        let items: Vec<T> = self.load()?;
        pick_by_name(field, query, what, items, name, preferred)
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
            0 => Err(no_such_id(field, q, kind)),
            _ => Err(ambiguous_id(
                field,
                q,
                kind,
                matches.iter().filter_map(|p| p.file_stem()).map(|s| s.to_string_lossy().into_owned()).collect(),
            )),
        }
    }
}

/// No record of `kind` has the ID `q` (given as `field`).
pub fn no_such_id(field: &str, q: &str, kind: RecordKind) -> Error {
    Error::data(tr!("resolve-no-id", field = field, what = kind.name(), kind = what_key(kind.name()), id = q))
        .hint(tr!("resolve-list-them", command = list_command(kind)))
}

fn ambiguous_id(field: &str, q: &str, kind: RecordKind, ids: Vec<String>) -> Error {
    let shown: Vec<&str> = ids.iter().take(10).map(String::as_str).collect();
    Error::data(tr!(
        "resolve-ambiguous-id",
        field = field,
        query = q,
        count = ids.len(),
        what = kind.name(),
        kind = what_key(kind.name()),
        ids = shown.join(", ")
    ))
    .hint(tr!("resolve-ambiguous-id-hint"))
}

/// What a record is called, as the message files select on it: `support-person`.
fn what_key(what: &str) -> String {
    what.replace(' ', "-")
}

fn list_command(kind: RecordKind) -> &'static str {
    kind.spec().command
}

fn not_an_id(field: &str, query: &str, kind: RecordKind) -> Error {
    Error::data(tr!(
        "resolve-not-an-id",
        field = field,
        query = crate::model::shown(query),
        what = kind.name(),
        kind = what_key(kind.name())
    ))
    .hint(tr!(
        "resolve-not-an-id-hint",
        what = kind.name(),
        kind = what_key(kind.name()),
        prefix = kind.prefix().to_string(),
        command = list_command(kind)
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
    let folded: Vec<String> = items.iter().map(|i| fold(name(i))).collect();
    let i = pick_index(field, query, what, &items, &folded, &name, &preferred)?;
    Ok(items.into_iter().nth(i).expect("index in range"))
}

/// [`pick_by_name`] over records whose folded names are already known.
fn pick_index<T: Record>(
    field: &str,
    query: &str,
    what: &str,
    items: &[T],
    folded: &[String],
    name: &dyn Fn(&T) -> &str,
    preferred: &dyn Fn(&T) -> bool,
) -> Result<usize> {
    // The field as people read it: `person` is `persona` in Latvian; a flag stays as typed.
    let field = &crate::model::kind::field_at(field);
    let q = fold(query.trim());
    if q.is_empty() {
        return Err(Error::data(tr!("resolve-empty", field = field, what = what, kind = what_key(what))));
    }
    let exact: Vec<usize> = (0..items.len()).filter(|&i| folded[i] == q).collect();
    let mut found =
        if exact.is_empty() { (0..items.len()).filter(|&i| part_of(&folded[i], &q)).collect() } else { exact };
    if found.len() > 1 {
        let best: Vec<usize> = found.iter().copied().filter(|&i| preferred(&items[i])).collect();
        if !best.is_empty() {
            found = best;
        }
    }
    let describe = |i: usize| format!("{} ({})", name(&items[i]), items[i].id());
    match found.len() {
        1 => Ok(found[0]),
        0 => {
            // Closeness to the whole name or to any one word of it (a surname typed alone).
            let score =
                |n: &str| n.split_whitespace().chain([n]).map(|w| strsim::jaro_winkler(&q, w)).fold(0.0, f64::max);
            let mut close: Vec<(f64, usize)> =
                (0..items.len()).map(|i| (score(&folded[i]), i)).filter(|(s, _)| *s > 0.8).collect();
            close.sort_by(|a, b| b.0.total_cmp(&a.0));
            let err = Error::data(tr!(
                "resolve-no-name",
                field = field,
                what = what,
                kind = what_key(what),
                query = query.trim()
            ));
            Err(if close.is_empty() {
                err.hint(tr!("resolve-no-name-hint", what = what, kind = what_key(what)))
            } else {
                let names: Vec<String> = close.iter().take(3).map(|&(_, i)| describe(i)).collect();
                err.hint(tr!("resolve-did-you-mean", names = names.join(&tr!("resolve-or"))))
            })
        }
        n => {
            let names: Vec<String> = found.iter().take(10).map(|&i| describe(i)).collect();
            Err(Error::data(tr!(
                "resolve-ambiguous-name",
                field = field,
                query = query.trim(),
                count = n,
                what = what,
                kind = what_key(what),
                names = names.join(", ")
            ))
            .hint(tr!("resolve-ambiguous-name-hint")))
        }
    }
}

/// Records of one kind held in memory and found as the store finds them (ID, unique ID prefix,
/// or folded name), for commands that resolve many references (`import`) without reading the
/// folder again for each.
pub struct Index<T> {
    items: Vec<T>,
    name: fn(&T) -> &str,
    folded: Vec<String>,
    by_name: HashMap<String, Vec<usize>>,
    by_id: BTreeMap<String, usize>,
}

impl<T: Record> Index<T> {
    /// Indexes `items`; `name` gives the name a record is found by.
    pub fn new(items: Vec<T>, name: fn(&T) -> &str) -> Index<T> {
        let mut index = Index {
            items: Vec::with_capacity(items.len()),
            name,
            folded: Vec::with_capacity(items.len()),
            by_name: HashMap::new(),
            by_id: BTreeMap::new(),
        };
        for item in items {
            index.push(item);
        }
        index
    }

    /// Adds a record (such as one about to be imported) so later look-ups find it.
    pub fn push(&mut self, item: T) {
        let i = self.items.len();
        let folded = fold((self.name)(&item));
        self.by_name.entry(folded.clone()).or_default().push(i);
        self.by_id.insert(item.id().to_string(), i);
        self.folded.push(folded);
        self.items.push(item);
    }

    pub fn items(&self) -> &[T] {
        &self.items
    }

    /// The record with exactly this ID.
    pub fn get(&self, id: &Id) -> Option<&T> {
        self.by_id.get(id.as_str()).map(|&i| &self.items[i])
    }

    /// The records whose folded name is exactly `folded`.
    pub fn named(&self, folded: &str) -> impl Iterator<Item = &T> {
        self.by_name.get(folded).into_iter().flatten().map(|&i| &self.items[i])
    }

    /// The record `query` names, with the same rules and messages as [`Store::named_preferring`]:
    /// among equal names, those `preferred` accepts win.
    pub fn find(&self, field: &str, query: &str, what: &str, preferred: impl Fn(&T) -> bool) -> Result<&T> {
        let q = query.trim();
        let kind = T::KIND;
        if RecordKind::of(q) == Some(kind) {
            if let Some(&i) = self.by_id.get(q) {
                return Ok(&self.items[i]);
            }
            let ids: Vec<(&String, &usize)> =
                self.by_id.range(q.to_string()..).take_while(|(id, _)| id.starts_with(q)).collect();
            return match ids.as_slice() {
                [(_, i)] => Ok(&self.items[**i]),
                [] => Err(no_such_id(field, q, kind)),
                many => Err(ambiguous_id(field, q, kind, many.iter().map(|(id, _)| id.to_string()).collect())),
            };
        }
        // The usual case: an exact name, found without scanning.
        if let Some(exact) = self.by_name.get(&fold(q)) {
            let best: Vec<usize> = exact.iter().copied().filter(|&i| preferred(&self.items[i])).collect();
            match (exact.as_slice(), best.as_slice()) {
                ([i], _) | (_, [i]) => return Ok(&self.items[*i]),
                _ => {}
            }
        }
        let i = pick_index(field, query, what, &self.items, &self.folded, &self.name, &preferred)?;
        Ok(&self.items[i])
    }
}

/// Whether a typed part names `name`: at least 3 characters, starting at the start of one of its
/// words (`berz`, `ozolina`, `liga ozo`), so a stray letter never picks a record.
fn part_of(name: &str, q: &str) -> bool {
    q.chars().count() >= 3
        && name.match_indices(q).any(|(i, _)| i == 0 || name[..i].ends_with(|c: char| !c.is_alphanumeric()))
}
