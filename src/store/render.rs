//! Writing a record over its file's existing text, keeping hand edits.
//!
//! A new file gets the record's stable key order (serde's field order). Over an existing file
//! only what changed is written: changed values take their new text in place (keeping the
//! comment after them), keys that are gone are removed, new keys go where the stable order
//! puts them, and every comment, blank line and the order of everything else stays, as
//! `cargo add` edits Cargo.toml. Saving an unchanged record gives the file's bytes back.

use crate::error::{Error, Result};
use crate::model::Record;
use serde::Serialize;
use std::collections::HashMap;
use toml_edit::{Array, ArrayOfTables, DocumentMut, Item, Table, Value};

/// The text of `record`'s file. `existing` is the text of the file it replaces (its old place
/// when it moves), if there is one: only what changed is written over it.
/// Every write of the store renders through here.
pub fn render<T: Record>(record: &T, existing: Option<&str>) -> Result<String> {
    render_over(record, existing).map_err(|e| {
        let path = super::diag::display_path(&record.rel_path());
        Error::data(tr!("output-cannot-write", what = path, why = e.to_string()))
    })
}

/// The text for any serialisable value, over `existing` when there is one. An existing text
/// that is not TOML is replaced whole.
pub fn render_over<T: Serialize>(record: &T, existing: Option<&str>) -> std::result::Result<String, String> {
    let fresh = toml::to_string(record).map_err(|e| e.to_string())?;
    let Some(mut doc) = existing.and_then(|text| text.parse::<DocumentMut>().ok()) else {
        return Ok(fresh);
    };
    let new = fresh.parse::<DocumentMut>().map_err(|e| e.to_string())?;
    merge_table(doc.as_table_mut(), new.as_table());
    Ok(doc.to_string())
}

/// Makes `old` hold what `new` holds, keeping the formatting of what is unchanged.
fn merge_table(old: &mut Table, new: &Table) {
    old.retain(|key, _| new.contains_key(key));
    let mut placed: Vec<String> = old.iter().map(|(k, _)| k.to_string()).collect();
    let mut inserted = false;
    for (key, item) in new.iter() {
        match old.get_mut(key) {
            Some(have) => merge_item(have, item),
            None => {
                let formatted = new.key(key).cloned().unwrap_or_else(|| toml_edit::Key::new(key));
                old.insert_formatted(&formatted, detached(item));
                inserted = true;
            }
        }
    }
    if inserted {
        // Each new key goes right after the key that comes before it in the stable order.
        let fresh: Vec<&str> = new.iter().map(|(k, _)| k).collect();
        for (i, k) in fresh.iter().enumerate() {
            if placed.iter().any(|p| p == k) {
                continue;
            }
            let at = fresh[..i].iter().rev().find_map(|before| placed.iter().position(|p| p == before));
            placed.insert(at.map_or(0, |p| p + 1), (*k).to_string());
        }
        let rank: HashMap<String, usize> = placed.into_iter().enumerate().map(|(i, k)| (k, i)).collect();
        old.sort_values_by(|a, _, b, _| rank.get(a.get()).cmp(&rank.get(b.get())));
    }
}

/// Makes `old` hold `new`'s value, keeping what is unchanged.
fn merge_item(old: &mut Item, new: &Item) {
    if same_item(old, new) {
        return;
    }
    match (&mut *old, new) {
        (Item::Table(o), Item::Table(n)) => merge_table(o, n),
        (Item::ArrayOfTables(o), Item::ArrayOfTables(n)) => merge_tables(o, n),
        (Item::Value(o), Item::Value(n)) => merge_value(o, n),
        _ => *old = detached(new),
    }
}

/// A changed value takes the new text and keeps the old spacing and trailing comment; an
/// array written over several lines keeps the comments of the elements that stay.
fn merge_value(old: &mut Value, new: &Value) {
    if let (Value::Array(o), Value::Array(n)) = (&mut *old, new)
        && is_multiline(o)
    {
        merge_array(o, n);
        return;
    }
    let decor = old.decor().clone();
    *old = new.clone();
    *old.decor_mut() = decor;
}

fn is_multiline(array: &Array) -> bool {
    array.iter().any(|v| v.decor().prefix().and_then(|p| p.as_str()).is_some_and(|p| p.contains('\n')))
}

/// Elements that stay keep their line and comments, a changed element keeps the place of
/// the one it replaces, and new ones take the indentation of the others. (A comment after an
/// element's comma belongs to the next element.)
fn merge_array(old: &mut Array, new: &Array) {
    let olds: Vec<Value> = old.iter().cloned().collect();
    let news: Vec<Value> = new.iter().cloned().collect();
    let indent = olds
        .iter()
        .filter_map(|v| v.decor().prefix().and_then(|p| p.as_str()))
        .find_map(|p| p.rfind('\n').map(|i| p[i..].to_string()))
        .unwrap_or_else(|| "\n    ".to_string());
    let out: Vec<Value> = pair(&olds, &news, same_value)
        .into_iter()
        .map(|(o, j)| match o {
            Some(i) if same_value(&olds[i], &news[j]) => olds[i].clone(),
            Some(i) => news[j].clone().decorated(prefix_of(&olds[i]), suffix_of(&olds[i])),
            None => news[j].clone().decorated(indent.as_str(), ""),
        })
        .collect();
    old.clear();
    for v in out {
        old.push_formatted(v);
    }
}

fn prefix_of(v: &Value) -> String {
    v.decor().prefix().and_then(|p| p.as_str()).unwrap_or_default().to_string()
}

fn suffix_of(v: &Value) -> String {
    v.decor().suffix().and_then(|p| p.as_str()).unwrap_or_default().to_string()
}

/// Pairs each element of `new` with the element of `old` it continues: equal ones by the
/// longest common subsequence, and between two equal ones the others in order (an edited
/// element). `None` for a new element.
fn pair<A, B>(old: &[A], new: &[B], eq: impl Fn(&A, &B) -> bool) -> Vec<(Option<usize>, usize)> {
    let equal = align(old, new, eq);
    let mut pairs = Vec::with_capacity(new.len());
    let (mut oi, mut nj) = (0, 0);
    for &(eo, en) in equal.iter().chain(std::iter::once(&(old.len(), new.len()))) {
        let gap_old = eo - oi;
        for k in 0..en - nj {
            pairs.push(((k < gap_old).then_some(oi + k), nj + k));
        }
        if en < new.len() {
            pairs.push((Some(eo), en));
        }
        oi = eo + 1;
        nj = en + 1;
    }
    pairs
}

/// Entries of an array of tables (stage history, consents): unchanged entries stay as they
/// are, changed ones are merged in place, new ones are added and gone ones removed.
fn merge_tables(old: &mut ArrayOfTables, new: &ArrayOfTables) {
    let olds: Vec<Table> = old.iter().cloned().collect();
    let news: Vec<&Table> = new.iter().collect();
    let pairs = pair(&olds, &news, |a, b| same_table(a, b));
    old.clear();
    for (o, j) in pairs {
        let table = match o {
            Some(i) => {
                let mut t = olds[i].clone();
                merge_table(&mut t, news[j]);
                t
            }
            None => detached_table(news[j]),
        };
        old.push(table);
    }
}

/// The longest common subsequence of `a` and `b` under `eq`, as index pairs in order.
fn align<A, B>(a: &[A], b: &[B], eq: impl Fn(&A, &B) -> bool) -> Vec<(usize, usize)> {
    let (n, m) = (a.len(), b.len());
    let mut len = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            len[i][j] = if eq(&a[i], &b[j]) { len[i + 1][j + 1] + 1 } else { len[i + 1][j].max(len[i][j + 1]) };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n && j < m {
        if eq(&a[i], &b[j]) {
            out.push((i, j));
            i += 1;
            j += 1;
        } else if len[i + 1][j] >= len[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

/// An item from the freshly rendered text, ready to go into another document: tables lose
/// their place in the fresh text, so they land after the item before them.
fn detached(item: &Item) -> Item {
    match item {
        Item::Table(t) => Item::Table(detached_table(t)),
        Item::ArrayOfTables(a) => {
            let mut out = ArrayOfTables::new();
            for t in a.iter() {
                out.push(detached_table(t));
            }
            Item::ArrayOfTables(out)
        }
        other => other.clone(),
    }
}

fn detached_table(table: &Table) -> Table {
    let mut t = table.clone();
    t.set_position(None);
    for (_, item) in t.iter_mut() {
        *item = detached(item);
    }
    t
}

/// Whether two items hold the same data, whatever their formatting.
fn same_item(a: &Item, b: &Item) -> bool {
    match (a, b) {
        (Item::None, Item::None) => true,
        (Item::Value(a), Item::Value(b)) => same_value(a, b),
        (Item::Table(a), Item::Table(b)) => same_table(a, b),
        (Item::ArrayOfTables(a), Item::ArrayOfTables(b)) => {
            a.len() == b.len() && a.iter().zip(b.iter()).all(|(a, b)| same_table(a, b))
        }
        _ => false,
    }
}

fn same_table(a: &Table, b: &Table) -> bool {
    a.len() == b.len() && a.iter().all(|(k, v)| b.get(k).is_some_and(|w| same_item(v, w)))
}

fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::String(a), Value::String(b)) => a.value() == b.value(),
        (Value::Integer(a), Value::Integer(b)) => a.value() == b.value(),
        (Value::Float(a), Value::Float(b)) => a.value().to_bits() == b.value().to_bits(),
        (Value::Boolean(a), Value::Boolean(b)) => a.value() == b.value(),
        (Value::Datetime(a), Value::Datetime(b)) => a.value() == b.value(),
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b.iter()).all(|(a, b)| same_value(a, b))
        }
        (Value::InlineTable(a), Value::InlineTable(b)) => {
            a.len() == b.len() && a.iter().all(|(k, v)| b.get(k).is_some_and(|w| same_value(v, w)))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize, Clone)]
    struct Entry {
        stage: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    }

    #[derive(Serialize, Clone)]
    struct Rec {
        id: String,
        name: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        born: Option<String>,
        role: String,
        meetings: Vec<i64>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        stages: Vec<Entry>,
    }

    fn rec() -> Rec {
        Rec {
            id: "p-1".into(),
            name: "Anna".into(),
            born: None,
            role: "parent".into(),
            meetings: vec![1, 2],
            stages: vec![
                Entry { stage: "identified".into(), note: None },
                Entry { stage: "approached".into(), note: Some("x".into()) },
            ],
        }
    }

    fn hand_edited() -> String {
        let fresh = render_over(&rec(), None).unwrap();
        fresh.replace("name = \"Anna\"\n", "# Who she is\nname = \"Anna\" # checked\n").replace(
            "[[stages]]\nstage = \"approached\"",
            "# The second step\n[[stages]]\nstage = \"approached\" # by phone",
        )
    }

    /// The lines of `b` that are not in `a`, and of `a` not in `b`.
    fn diff(a: &str, b: &str) -> (Vec<String>, Vec<String>) {
        let only = |x: &str, y: &str| x.lines().filter(|l| !y.lines().any(|m| m == *l)).map(String::from).collect();
        (only(b, a), only(a, b))
    }

    #[test]
    fn a_new_file_is_the_stable_order() {
        assert_eq!(render_over(&rec(), None).unwrap(), toml::to_string(&rec()).unwrap());
    }

    #[test]
    fn an_unchanged_record_gives_the_same_bytes() {
        let text = hand_edited();
        assert_eq!(render_over(&rec(), Some(&text)).unwrap(), text);
        let fresh = render_over(&rec(), None).unwrap();
        assert_eq!(render_over(&rec(), Some(&fresh)).unwrap(), fresh);
    }

    #[test]
    fn a_changed_value_is_the_only_changed_line() {
        let text = hand_edited();
        let mut r = rec();
        r.name = "Anna Ozola".into();
        let out = render_over(&r, Some(&text)).unwrap();
        assert_eq!(
            diff(&text, &out),
            (vec!["name = \"Anna Ozola\" # checked".into()], vec!["name = \"Anna\" # checked".into()])
        );
        r.stages[1].note = Some("y".into());
        r.meetings.push(3);
        let out = render_over(&r, Some(&text)).unwrap();
        assert!(
            out.contains("# The second step\n[[stages]]\nstage = \"approached\" # by phone\nnote = \"y\""),
            "{out}"
        );
        assert!(out.contains("meetings = [1, 2, 3]"), "{out}");
    }

    #[test]
    fn new_keys_take_the_stable_place_and_gone_keys_go() {
        let text = hand_edited();
        let mut r = rec();
        r.born = Some("2000".into());
        let out = render_over(&r, Some(&text)).unwrap();
        assert!(out.contains("name = \"Anna\" # checked\nborn = \"2000\"\nrole"), "{out}");
        r.born = None;
        assert_eq!(render_over(&r, Some(&out)).unwrap(), text);
    }

    #[test]
    fn entries_keep_their_comments_when_others_come_and_go() {
        let text = hand_edited();
        let mut r = rec();
        r.stages.insert(0, Entry { stage: "first".into(), note: None });
        r.stages.push(Entry { stage: "active".into(), note: None });
        let out = render_over(&r, Some(&text)).unwrap();
        let firsts: Vec<&str> = out.lines().filter(|l| l.starts_with("stage")).collect();
        assert_eq!(
            firsts,
            ["stage = \"first\"", "stage = \"identified\"", "stage = \"approached\" # by phone", "stage = \"active\""]
        );
        assert!(out.contains("# The second step\n[[stages]]\nstage = \"approached\" # by phone"), "{out}");
        r.stages.remove(0);
        r.stages.remove(0);
        let out = render_over(&r, Some(&out)).unwrap();
        assert!(out.contains("# The second step\n[[stages]]\nstage = \"approached\" # by phone"), "{out}");
        assert!(!out.contains("identified"), "{out}");
    }

    #[test]
    fn arrays_over_several_lines_keep_their_comments() {
        let text =
            render_over(&rec(), None).unwrap().replace("meetings = [1, 2]", "meetings = [\n    1, # first\n    2,\n]");
        let mut r = rec();
        r.meetings = vec![1, 3];
        let out = render_over(&r, Some(&text)).unwrap();
        assert!(out.contains("meetings = [\n    1, # first\n    3,\n]"), "{out}");
    }

    #[test]
    fn text_that_is_not_toml_is_replaced() {
        assert_eq!(render_over(&rec(), Some("not [toml")).unwrap(), render_over(&rec(), None).unwrap());
    }
}
