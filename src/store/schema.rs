//! JSON Schemas of the folder's files, made from the record types (schemars reads their serde
//! attributes and doc comments), so the schemas cannot drift from what peerlog reads. A test
//! writes them to docs/schema/ and fails when the committed files differ.

use super::{Config, kind_dir};
use crate::model::colleague::{Contact, Incident, Psychologist, Referral, Supervision, Supporter, Unit};
use crate::model::{Consultation, Feedback, Group, Person, Record, RecordKind};
use schemars::JsonSchema;
use serde_json::Value;

/// The schema of one kind of file.
pub struct FileSchema {
    /// The schema's file name under docs/schema/ without `.schema.json`: `person`, `peerlog.toml`.
    pub name: &'static str,
    /// The folder its files live under (`people`), or `None` for `peerlog.toml` at the root.
    pub dir: Option<&'static str>,
    pub schema: Value,
}

fn record<T: Record + JsonSchema>(name: &'static str) -> FileSchema {
    FileSchema {
        name,
        dir: Some(kind_dir(T::KIND)),
        schema: schema::<T>(&format!("A record file under {}/ of a peerlog folder.", kind_dir(T::KIND))),
    }
}

fn schema<T: JsonSchema>(place: &str) -> Value {
    let mut schema = schemars::schema_for!(T).to_value();
    if let Value::Object(map) = &mut schema {
        let about = map.get("description").and_then(Value::as_str).unwrap_or_default().to_string();
        let sep = if about.is_empty() { "" } else { "\n\n" };
        map.insert("description".into(), format!("{about}{sep}{place}").into());
        // What the schema is comes first, then what it says.
        let head = ["$schema", "title", "description"];
        let mut ordered: serde_json::Map<String, Value> =
            head.iter().filter_map(|k| map.get(*k).map(|v| (k.to_string(), v.clone()))).collect();
        ordered.extend(map.iter().filter(|(k, _)| !head.contains(&k.as_str())).map(|(k, v)| (k.clone(), v.clone())));
        *map = ordered;
    }
    schema
}

/// Every schema: `peerlog.toml`, then each kind of record of both programmes.
pub fn all() -> Vec<FileSchema> {
    let kinds = [
        record::<Group>("group"),
        record::<Person>("person"),
        record::<Consultation>("consultation"),
        record::<Feedback>("feedback"),
        record::<Unit>("unit"),
        record::<Supporter>("supporter"),
        record::<Psychologist>("psychologist"),
        record::<Supervision>("supervision"),
        record::<Contact>("contact"),
        record::<Incident>("incident"),
        record::<Referral>("referral"),
    ];
    debug_assert_eq!(kinds.len(), RecordKind::ALL.len());
    std::iter::once(FileSchema {
        name: "peerlog.toml",
        dir: None,
        schema: schema::<Config>("The settings file peerlog.toml at the root of a peerlog folder."),
    })
    .chain(kinds)
    .collect()
}
