//! `peerlog export`: the whole folder, of either programme, as one JSON document; `restore`
//! reads the same document back.

use super::Ctx;
use crate::error::{Error, Result};
use crate::model::{Record, RecordKind};
use crate::output;
use crate::store::{Config, Store, kind_dir};
use serde_json::{Map, Value};
use std::path::PathBuf;

/// The version of the export document (`version`); it grows when a key is removed, renamed or
/// changes meaning (docs/json.md).
pub const VERSION: u32 = 1;

/// Write every record of the folder as one JSON document (shape: docs/json.md).
///
/// Works in folders of both programmes. Records are sorted by ID and dates are ISO 8601, so two
/// exports of the same folder are byte-identical; `peerlog restore` rebuilds a folder from the
/// document. Broken files stop the export, naming each one.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  peerlog export > folder.json\n  \
peerlog export --output backup.json && jq '.consultations | length' backup.json")]
pub struct Args {
    /// Write to FILE (atomically) instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace FILE if it exists already.
    #[arg(long)]
    pub force: bool,
}

/// The key of a kind's array in the document: its folder's name (`people`, `supporters`).
pub fn key(kind: RecordKind) -> &'static str {
    kind_dir(kind)
}

/// Every record of one kind as JSON, sorted by ID.
fn records<T: Record>(store: &Store) -> Result<Vec<Value>> {
    let mut all: Vec<T> = store.load()?;
    all.sort_by(|a, b| a.id().cmp(b.id()));
    all.iter().map(output::json).collect()
}

/// The document's head: the export's version and the folder's `peerlog.toml`, table by table,
/// with `[report]` under its older name `settings` and the programme always named.
pub fn head(config: &Config) -> Result<Map<String, Value>> {
    let mut doc = Map::new();
    doc.insert("version".into(), VERSION.into());
    let settings = match output::json(config)? {
        Value::Object(settings) => settings,
        _ => Map::new(),
    };
    for (name, value) in settings {
        match name.as_str() {
            "format" => {
                doc.insert(name, value);
                doc.insert("programme".into(), config.programme.as_str().into());
            }
            "programme" => {}
            "report" => {
                doc.insert("settings".into(), value);
            }
            _ => {
                doc.insert(name, value);
            }
        }
    }
    Ok(doc)
}

/// The export document of the folder, with the number of records of each kind.
pub fn document(store: &Store) -> Result<(Value, Vec<(RecordKind, usize)>)> {
    let mut doc = head(&store.config)?;
    let mut counts = Vec::new();
    for &kind in store.config.programme.kinds() {
        let all = crate::with_kind!(kind, T => records::<T>(store)?);
        counts.push((kind, all.len()));
        doc.insert(key(kind).into(), Value::Array(all));
    }
    Ok((Value::Object(doc), counts))
}

pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    if let Some(path) = &a.output {
        output::check_folder(path)?;
    }
    let store = ctx.store()?;
    let (doc, counts) = document(&store)?;
    let mut text = serde_json::to_string_pretty(&doc).map_err(|e| Error::data(e.to_string()))?;
    text.push('\n');
    // `-o -` is standard output, as no --output is: the document alone, without a note.
    match a.output.filter(|path| path.as_os_str() != "-") {
        None => output::stdout(text.as_bytes()),
        Some(path) => {
            output::write_file(&path, text.as_bytes(), a.force)?;
            let counts: Vec<String> =
                counts.iter().map(|(kind, n)| tr!("export-count", count = n, kind = key(*kind))).collect();
            ctx.note(tr!("export-done", counts = counts.join(", "), path = path.display().to_string()));
            Ok(())
        }
    }
}
