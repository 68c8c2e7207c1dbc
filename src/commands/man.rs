//! `peerlog man`: the manual page, generated from the same definitions as `--help`.

use super::Ctx;
use crate::error::{Error, Result};
use crate::output;
use std::path::{Path, PathBuf};

/// Print the manual page (roff), or write one page per command into a folder.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  peerlog man | man -l -\n  \
peerlog man --output-dir ~/.local/share/man/man1 && man peerlog-consult-log")]
pub struct Args {
    /// Write peerlog.1 and a page for every subcommand (peerlog-consult-log.1, …) into DIR.
    #[arg(long, value_name = "DIR")]
    pub output_dir: Option<PathBuf>,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    let mut cmd = crate::cli::command().disable_help_subcommand(true);
    cmd.build();
    match a.output_dir {
        None => output::stdout(&page(cmd)?),
        Some(dir) => {
            std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
            write_pages(cmd, &dir)?;
            ctx.note(tr!("man-wrote", dir = dir.display().to_string()));
            Ok(())
        }
    }
}

/// One command's page, with the section names in the current language.
fn page(cmd: clap::Command) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd).render(&mut out)?;
    Ok(crate::i18n::help::manual(String::from_utf8_lossy(&out).into_owned()).into_bytes())
}

/// A page for `cmd` and for each of its subcommands, as `clap_mangen::generate_to` names them.
fn write_pages(cmd: clap::Command, dir: &Path) -> Result<()> {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set() && s.get_name() != "help").cloned() {
        write_pages(sub, dir)?;
    }
    let path = dir.join(clap_mangen::Man::new(cmd.clone()).get_filename());
    std::fs::write(&path, page(cmd)?).map_err(|e| Error::io(&path, e))
}
