//! `peerlog man`: the manual page, generated from the same definitions as `--help`.

use super::Ctx;
use crate::error::{Error, Result};
use crate::output;
use clap::CommandFactory;
use std::path::PathBuf;

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
    let cmd = crate::cli::Cli::command();
    match a.output_dir {
        None => {
            let mut out = Vec::new();
            clap_mangen::Man::new(cmd).render(&mut out)?;
            output::stdout(&out)
        }
        Some(dir) => {
            std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
            clap_mangen::generate_to(cmd, &dir).map_err(|e| Error::io(&dir, e))?;
            ctx.note(format!("wrote the manual pages to {}", dir.display()));
            Ok(())
        }
    }
}
