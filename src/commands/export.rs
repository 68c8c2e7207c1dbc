//! `peerlog export`: the whole folder as one JSON document.

use super::Ctx;
use crate::error::{Error, Result};
use crate::model::{Consultation, Feedback, Group, Person};
use crate::output;
use crate::store::config::ReportSettings;
use serde::Serialize;
use std::path::PathBuf;

/// Write every record of the folder as one JSON document (shape: docs/json.md).
///
/// Records are sorted by ID and dates are ISO 8601, so two exports of the same folder are
/// byte-identical. Broken files stop the export, naming each one.
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

/// The export document.
#[derive(Serialize)]
struct Export<'a> {
    /// The folder format version (`format` in peerlog.toml).
    format: u32,
    settings: &'a ReportSettings,
    groups: Vec<Group>,
    people: Vec<Person>,
    consultations: Vec<Consultation>,
    feedback: Vec<Feedback>,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    let store = ctx.store()?;
    let mut folder = store.load_folder()?;
    folder.groups.sort_by(|x, y| x.id.cmp(&y.id));
    folder.people.sort_by(|x, y| x.id.cmp(&y.id));
    folder.consultations.sort_by(|x, y| x.id.cmp(&y.id));
    folder.feedback.sort_by(|x, y| x.id.cmp(&y.id));
    let counts = (folder.groups.len(), folder.people.len(), folder.consultations.len(), folder.feedback.len());
    let doc = Export {
        format: store.config.format,
        settings: &store.config.report,
        groups: folder.groups,
        people: folder.people,
        consultations: folder.consultations,
        feedback: folder.feedback,
    };
    let mut text = serde_json::to_string_pretty(&output::json(&doc)?).map_err(|e| Error::data(e.to_string()))?;
    text.push('\n');
    match a.output {
        None => output::stdout(text.as_bytes()),
        Some(path) => {
            output::write_file(&path, text.as_bytes(), a.force)?;
            ctx.note(format!(
                "exported {} groups, {} people, {} consultations and {} feedback to {}",
                counts.0,
                counts.1,
                counts.2,
                counts.3,
                path.display()
            ));
            Ok(())
        }
    }
}
