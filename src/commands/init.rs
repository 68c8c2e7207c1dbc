//! `peerlog init`: create a new peerlog folder.

use super::Ctx;
use crate::error::{Error, Result};
use crate::model::RecordKind;
use crate::store::{CONFIG_FILE, Config, atomic, kind_dir};
use std::path::PathBuf;

/// Create a peerlog folder: settings, git attributes and the record folders.
///
/// Refuses a folder that already holds peerlog records.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  peerlog init ~/peerlog/riga && cd ~/peerlog/riga && git init")]
pub struct Args {
    /// Where to create it (default: --dir, or the current folder).
    pub path: Option<PathBuf>,
}

const GITATTRIBUTES: &str =
    "# Records are UTF-8 text with LF line ends on every system.\n* text=auto eol=lf\n*.toml text eol=lf\n";
const GITIGNORE: &str =
    "# Written by peerlog while it works; never part of the records.\n.peerlog.lock\n.peerlog-tmp-*\n";

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let root = args.path.or_else(|| ctx.dir.clone()).unwrap_or_else(|| PathBuf::from("."));
    let kinds = [RecordKind::Group, RecordKind::Person, RecordKind::Consultation, RecordKind::Feedback];
    if let Some(existing) =
        std::iter::once(CONFIG_FILE).chain(kinds.iter().map(|k| kind_dir(*k))).find(|name| root.join(name).exists())
    {
        return Err(Error::data(format!(
            "{} already holds {existing}; init never overwrites a folder",
            root.display()
        ))
        .hint("use that folder as it is, or choose a new path"));
    }
    let config = Config::default();
    let settings = format!(
        "# peerlog settings. `format` is the folder's format version; [report] holds the wording\n# of the Appendix 1 sheet.\n{}",
        toml::to_string(&config).map_err(|e| Error::data(e.to_string()))?
    );
    let write = |name: &str, text: &str| {
        let path = root.join(name);
        atomic::create_new(&path, text.as_bytes()).map_err(|e| Error::io(&path, e))
    };
    write(CONFIG_FILE, &settings)?;
    for (name, text) in [(".gitattributes", GITATTRIBUTES), (".gitignore", GITIGNORE)] {
        if root.join(name).exists() {
            ctx.note(format!("kept the existing {name}; make sure it has these lines:\n{text}"));
        } else {
            write(name, text)?;
        }
    }
    for kind in kinds {
        let dir = root.join(kind_dir(kind));
        atomic::create_private_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    }
    ctx.note(format!("Created a peerlog folder in {}", root.display()));
    Ok(())
}
