//! `peerlog init`: create a new peerlog folder.

use super::Ctx;
use crate::error::{Error, Result};
use crate::store::{CONFIG_FILE, Config, Programme, atomic, kind_dir};
use std::path::{Path, PathBuf};

/// Create a peerlog folder: settings, git attributes and the record folders.
///
/// Refuses a folder that already holds peerlog records.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  peerlog init ~/peerlog/riga && cd ~/peerlog/riga && git init\n  peerlog init ~/peerlog/iem --programme colleague-support"
)]
pub struct Args {
    /// Where to create it (default: --dir, or the current folder).
    pub path: Option<PathBuf>,
    /// The programme the folder keeps records of; chosen once, stored in peerlog.toml.
    #[arg(long, value_enum, default_value_t)]
    pub programme: Programme,
}

const GITATTRIBUTES: &str = "# Records are UTF-8 text with LF line ends on every system.\n* text=auto eol=lf\n*.toml text eol=lf\n\
     # Spreadsheets keep their bytes: a CSV made for Excel (`--excel`) has CR LF line ends.\n*.csv -text\n*.xlsx binary\n";
const GITIGNORE: &str = "# Written by peerlog while it works; never part of the records.\n.peerlog.lock\n.peerlog-journal\n.peerlog-tmp-*\n";

/// A value as TOML text.
pub fn to_toml<T: serde::Serialize>(value: &T) -> Result<String> {
    toml::to_string(value).map_err(|e| Error::data(e.to_string()))
}

/// The text of `peerlog.toml` for `config`, with the comments `init` writes.
pub fn settings_text(config: &Config) -> Result<String> {
    (crate::programmes::of(config.programme).settings_text)(config)
}

/// Writes a new folder's git attributes, record folders and settings into `root`, which holds
/// no peerlog files; notes the git files it kept. The settings come last: a folder whose `init`
/// was stopped is no peerlog folder, and `init` run again finishes it.
pub fn create(ctx: &Ctx, root: &Path, config: &Config) -> Result<()> {
    let write = |name: &str, text: &str| {
        let path = root.join(name);
        atomic::create_new(&path, text.as_bytes()).map_err(|e| Error::io(&path, e))
    };
    for (name, text) in [(".gitattributes", GITATTRIBUTES), (".gitignore", GITIGNORE)] {
        if root.join(name).exists() {
            ctx.note(tr!("init-kept", name = name.to_string(), lines = text.to_string()));
        } else {
            write(name, text)?;
        }
    }
    for kind in config.programme.kinds() {
        let dir = root.join(kind_dir(*kind));
        atomic::create_private_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    }
    write(CONFIG_FILE, &settings_text(config)?)
}

/// How deep below the current folder `init` without a path looks for a peerlog folder, and how
/// many folders it reads at most (a home folder is large).
const NESTED_DEPTH: usize = 3;
const NESTED_FOLDERS: usize = 5000;

/// A peerlog folder that `dir` lies inside, or one at most [`NESTED_DEPTH`] folders below it.
fn nested(dir: &Path) -> Option<(bool, PathBuf)> {
    let dir = dir.canonicalize().ok()?;
    if let Some(above) = dir.ancestors().skip(1).find(|a| a.join(CONFIG_FILE).is_file()) {
        return Some((true, above.to_path_buf()));
    }
    let mut level = vec![dir];
    let mut read = 0;
    for _ in 0..NESTED_DEPTH {
        let mut next = Vec::new();
        for d in level {
            read += 1;
            if read > NESTED_FOLDERS {
                return None;
            }
            let Ok(entries) = std::fs::read_dir(&d) else { continue };
            let mut subs: Vec<PathBuf> = entries
                .flatten()
                .filter(|e| {
                    e.file_type().is_ok_and(|t| t.is_dir()) && !e.file_name().to_string_lossy().starts_with('.')
                })
                .map(|e| e.path())
                .collect();
            subs.sort();
            if let Some(found) = subs.iter().find(|s| s.join(CONFIG_FILE).is_file()) {
                return Some((false, found.clone()));
            }
            next.extend(subs);
        }
        level = next;
    }
    None
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    if args.path.is_none() && ctx.dir.is_none() {
        // Without a path the folder is the current one: refuse to make a folder above or inside
        // another, where commands would find the wrong one.
        let here = PathBuf::from(".");
        if !here.join(CONFIG_FILE).exists()
            && let Some((inside, found)) = nested(&here)
        {
            let found = found.display().to_string();
            let message = if inside {
                tr!("init-inside", found = found.clone())
            } else {
                tr!("init-above", found = found.clone())
            };
            return Err(Error::data(message).hint(tr!("init-nested-hint", found = found)));
        }
    }
    let root = args.path.or_else(|| ctx.dir.clone()).unwrap_or_else(|| PathBuf::from("."));
    // An empty record folder holds nothing to overwrite: an `init` stopped part-way leaves them.
    let holds = |name: &&str| match std::fs::read_dir(root.join(name)) {
        Ok(mut entries) => entries.next().is_some(),
        Err(_) => root.join(name).exists(),
    };
    if let Some(existing) =
        std::iter::once(CONFIG_FILE).chain(crate::model::RecordKind::ALL.into_iter().map(kind_dir)).find(holds)
    {
        return Err(Error::data(tr!(
            "init-exists",
            path = root.display().to_string(),
            existing = existing.to_string()
        ))
        .hint(tr!("init-exists-hint")));
    }
    let config = (crate::programmes::of(args.programme).new_config)();
    create(ctx, &root, &config)?;
    ctx.note(tr!("init-created", programme = args.programme.to_string(), path = root.display().to_string()));
    Ok(())
}
