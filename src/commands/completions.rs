//! `peerlog completions`: shell completion scripts, generated from the same flag definitions
//! as `--help`, so they never drift.

use super::Ctx;
use crate::error::Result;
use crate::output;
use clap_complete::Shell;

/// Print a completion script for a shell.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  peerlog completions bash > ~/.local/share/bash-completion/completions/peerlog\n  \
peerlog completions zsh > ~/.zfunc/_peerlog\n  peerlog completions fish > ~/.config/fish/completions/peerlog.fish\n  \
peerlog completions powershell >> $PROFILE"
)]
pub struct Args {
    /// The shell.
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn run(_ctx: &Ctx, a: Args) -> Result<()> {
    let mut cmd = crate::cli::command();
    let mut out = Vec::new();
    clap_complete::generate(a.shell, &mut cmd, "peerlog", &mut out);
    output::stdout(&out)
}
