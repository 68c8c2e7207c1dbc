//! JSON Schemas of the folder's files, made from the record types (schemars reads their serde
//! attributes and doc comments), so the schemas cannot drift from what peerlog reads. A test
//! writes them to docs/schema/ and fails when the committed files differ.

use super::{Config, config, kind_dir};
use crate::model::{Record, RecordKind};
use schemars::JsonSchema;
use serde_json::Value;

/// The schema of one kind of file.
pub struct FileSchema {
    /// The schema's file name under docs/schema/ without `.schema.json`: `person` (the kind's
    /// type in lower case), `peerlog.toml`.
    pub name: String,
    /// The folder its files live under (`people`), or `None` for `peerlog.toml` at the root.
    pub dir: Option<&'static str>,
    pub schema: Value,
}

fn record<T: Record + JsonSchema>() -> FileSchema {
    FileSchema {
        name: format!("{:?}", T::KIND).to_lowercase(),
        dir: Some(kind_dir(T::KIND)),
        schema: schema::<T>(&format!("A record file under {}/ of a peerlog folder.", kind_dir(T::KIND))),
    }
}

fn schema<T: JsonSchema>(place: &str) -> Value {
    placed(schemars::schema_for!(T).to_value(), place)
}

/// The schema of `peerlog.toml`: its own keys, and each programme's table (and the types it
/// names) after `report`.
fn settings(place: &str) -> Value {
    let mut generator = schemars::SchemaGenerator::default();
    let mut schema = generator.root_schema_for::<Config>().to_value();
    let known: Vec<String> = generator.definitions().keys().cloned().collect();
    let tables: Vec<(String, Value)> = config::sections()
        .map(|s| {
            let mut table = (s.schema)(&mut generator).to_value();
            table["description"] = s.about.into();
            (s.key.to_string(), table)
        })
        .collect();
    let defs: Vec<(String, Value)> =
        generator.take_definitions(true).into_iter().filter(|(name, _)| !known.contains(name)).collect();
    after(&mut schema["properties"], "report", tables);
    after(&mut schema["$defs"], "ReportSettings", defs);
    placed(schema, place)
}

/// Puts `entries` after the key `at` of an object.
fn after(object: &mut Value, at: &str, entries: Vec<(String, Value)>) {
    let Value::Object(map) = object else { return };
    let mut entries = Some(entries);
    for (key, value) in std::mem::take(map) {
        let here = key == at;
        map.insert(key, value);
        if here {
            map.extend(entries.take().into_iter().flatten());
        }
    }
    map.extend(entries.into_iter().flatten());
}

/// The schema with what its file is said after its description.
fn placed(mut schema: Value, place: &str) -> Value {
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
    let kinds = RecordKind::ALL.map(|k| crate::with_kind!(k, T => record::<T>()));
    std::iter::once(FileSchema {
        name: "peerlog.toml".into(),
        dir: None,
        schema: settings("The settings file peerlog.toml at the root of a peerlog folder."),
    })
    .chain(kinds)
    .collect()
}
