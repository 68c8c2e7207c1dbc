//! One file per subcommand: its flags (a clap `Args` or `Subcommand`) and the code that runs it.

pub mod completions;
pub mod consult;
pub mod edit;
pub mod export;
pub mod feedback;
pub mod group;
pub mod import;
pub mod init;
pub mod man;
pub mod participant;
pub mod peer;
pub mod prompt;
pub mod report;
pub mod rm;

use crate::cli::{Cli, Command};
use crate::error::{Error, Result};
use crate::store::Store;
use std::path::PathBuf;
use std::process::ExitCode;

/// What every command gets besides its own flags.
pub struct Ctx {
    pub dir: Option<PathBuf>,
    pub quiet: bool,
}

impl Ctx {
    /// Opens the peerlog folder the command works on.
    pub fn store(&self) -> Result<Store> {
        Store::open(self.dir.as_deref())
    }

    /// A message for the user on stderr, unless `--quiet`.
    pub fn note(&self, message: impl std::fmt::Display) {
        if !self.quiet {
            eprintln!("{message}");
        }
    }

    /// A warning on stderr (`warning:` coloured on a terminal), unless `--quiet`.
    pub fn warn(&self, message: impl std::fmt::Display) {
        if !self.quiet {
            eprintln!(
                "{} {message}",
                crate::output::label("warning:", anstyle::AnsiColor::Yellow)
            );
        }
    }
}

/// Runs the parsed command line.
pub fn dispatch(cli: Cli) -> Result<ExitCode> {
    let ctx = Ctx {
        dir: cli.dir,
        quiet: cli.quiet,
    };
    match cli.command {
        Command::Init(args) => init::run(&ctx, args),
        Command::Group(cmd) => group::run(&ctx, cmd),
        Command::Participant(cmd) => participant::run(&ctx, cmd),
        Command::Peer(cmd) => peer::run(&ctx, cmd),
        Command::Consult(cmd) => consult::run(&ctx, cmd),
        Command::Feedback(cmd) => feedback::run(&ctx, cmd),
        Command::Report(cmd) => report::run(&ctx, cmd),
        Command::Edit(args) => edit::run(&ctx, args),
        Command::Rm(args) => rm::run(&ctx, args),
        Command::Import(args) => import::run(&ctx, args),
        Command::Export(args) => export::run(&ctx, args),
        Command::Completions(args) => completions::run(&ctx, args),
        Command::Man(args) => man::run(&ctx, args),
    }
    .map(|()| ExitCode::SUCCESS)
}

/// Parses a typed flag value, naming the flag and the value when it is wrong.
pub fn parse_flag<T: std::str::FromStr<Err = String>>(flag: &str, value: &str) -> Result<T> {
    value.parse().map_err(|e| Error::data(format!("{flag}: {e}")))
}

/// Checks a free-text flag value, naming the flag when it is wrong.
pub fn text_flag(flag: &str, value: &str) -> Result<crate::model::Text> {
    crate::model::Text::new(flag, value).map_err(Error::data)
}

/// Refuses a write whose rules found errors; prints warnings on stderr.
pub fn enforce(ctx: &Ctx, problems: Vec<crate::model::rules::Problem>) -> Result<()> {
    use crate::model::rules::Severity;
    let (errors, warnings): (Vec<_>, Vec<_>) = problems.into_iter().partition(|p| p.severity == Severity::Error);
    for w in warnings {
        ctx.warn(format!("{}: {}", w.field, w.message));
    }
    if errors.is_empty() {
        return Ok(());
    }
    let flag = |field: &str| match field {
        "consultations" => "--consultation".to_string(),
        f => format!("--{}", f.replace('_', "-")),
    };
    let lines: Vec<String> = errors
        .iter()
        .map(|p| format!("{}: {}", flag(p.field), p.message))
        .collect();
    Err(Error::data(lines.join("\n")).hint("nothing was written"))
}
