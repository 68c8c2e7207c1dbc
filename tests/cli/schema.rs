//! The JSON Schemas in docs/schema/: made from the record types, they validate every file of
//! both example folders and reject every sample in tests/schema/invalid/ (one folder a schema).
//! `UPDATE_SCHEMAS=1 cargo test --test cli schema` rewrites docs/schema/ after a type changed.

use peerlog::store::schema::{self, FileSchema};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn schema_path(s: &FileSchema) -> PathBuf {
    root().join("docs/schema").join(format!("{}.schema.json", s.name))
}

/// A TOML file as the JSON an editor's TOML support validates: dates become strings.
fn toml_as_json(text: &str) -> Value {
    fn convert(v: toml::Value) -> Value {
        match v {
            toml::Value::String(s) => Value::String(s),
            toml::Value::Integer(i) => i.into(),
            toml::Value::Float(f) => f.into(),
            toml::Value::Boolean(b) => b.into(),
            toml::Value::Datetime(d) => Value::String(d.to_string()),
            toml::Value::Array(items) => items.into_iter().map(convert).collect(),
            toml::Value::Table(t) => Value::Object(t.into_iter().map(|(k, v)| (k, convert(v))).collect()),
        }
    }
    convert(toml::Value::Table(text.parse().expect("valid TOML")))
}

/// The schema for a file of a folder, by its path relative to the folder.
fn schema_for<'s>(schemas: &'s [FileSchema], rel: &Path) -> Option<&'s FileSchema> {
    let first = rel.components().next()?.as_os_str().to_str()?;
    schemas.iter().find(|s| match s.dir {
        Some(dir) => dir == first && rel.extension().is_some_and(|e| e == "toml"),
        None => rel == Path::new("peerlog.toml"),
    })
}

/// A validator that also checks formats (`date`).
fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::options().should_validate_formats(true).build(schema).expect("a valid schema")
}

fn toml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            toml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
}

#[test]
fn the_committed_schemas_are_the_generated_ones() {
    let update = std::env::var_os("UPDATE_SCHEMAS").is_some();
    let mut stale = Vec::new();
    for s in schema::all() {
        let text = serde_json::to_string_pretty(&s.schema).unwrap() + "\n";
        let path = schema_path(&s);
        if update {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &text).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(stale.is_empty(), "out of date: {stale:?}; run `UPDATE_SCHEMAS=1 cargo test --test cli schema` and commit");
}

#[test]
fn every_file_of_both_example_folders_is_valid() {
    let schemas = schema::all();
    let mut checked = 0;
    for folder in ["data-example", "data-example-colleague"] {
        let mut files = Vec::new();
        toml_files(&root().join(folder), &mut files);
        for path in files {
            let rel = path.strip_prefix(root().join(folder)).unwrap();
            let s = schema_for(&schemas, rel).unwrap_or_else(|| panic!("no schema for {}", rel.display()));
            let validator = validator(&s.schema);
            let doc = toml_as_json(&std::fs::read_to_string(&path).unwrap());
            let errors: Vec<String> =
                validator.iter_errors(&doc).map(|e| format!("{} {e}", e.instance_path())).collect();
            assert!(errors.is_empty(), "{folder}/{}: {errors:?}", rel.display());
            checked += 1;
        }
    }
    assert!(checked > 70, "only {checked} files checked");
}

#[test]
fn every_invalid_sample_is_rejected() {
    let schemas = schema::all();
    let mut seen = std::collections::BTreeSet::new();
    let mut samples = Vec::new();
    toml_files(&root().join("tests/schema/invalid"), &mut samples);
    for path in &samples {
        let name = path.parent().unwrap().file_name().unwrap().to_str().unwrap();
        let s = schemas.iter().find(|s| s.name == name).unwrap_or_else(|| panic!("no schema {name}"));
        let validator = validator(&s.schema);
        let doc = toml_as_json(&std::fs::read_to_string(path).unwrap());
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| format!("{} {e}", e.instance_path())).collect();
        // Exactly one problem: the one the sample's comment names.
        assert_eq!(errors.len(), 1, "{} against the {name} schema: {errors:?}", path.display());
        if std::env::var_os("SHOW_SCHEMA_ERRORS").is_some() {
            eprintln!("{}: {errors:?}", path.display());
        }
        seen.insert(name.to_string());
    }
    // Every schema has invalid samples.
    let all: std::collections::BTreeSet<String> = schemas.iter().map(|s| s.name.to_string()).collect();
    assert_eq!(seen, all, "schemas without invalid samples");
}
