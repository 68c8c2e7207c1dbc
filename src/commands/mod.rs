//! One file per subcommand: its flags (a clap `Args` or `Subcommand`) and the code that runs it.

pub mod agenda;
pub mod check;
pub mod completions;
pub mod edit;
pub mod erase;
pub mod export;
pub mod flags;
pub mod import;
pub mod init;
pub mod man;
pub mod overview;
pub mod period;
pub mod prompt;
pub mod purge;
pub mod record;
pub mod report;
pub mod restore;
pub mod rm;
pub mod show;

use crate::cli::{Cli, Command};
use crate::error::{Error, Result};
use crate::programmes::colleague::commands as colleague;
use crate::programmes::thematic::commands::{consent, consult, feedback, group, merge, participant, peer, vocab};
use crate::store::{Programme, Store};
use std::path::PathBuf;
use std::process::ExitCode;

/// What every command gets besides its own flags.
pub struct Ctx {
    pub dir: Option<PathBuf>,
    pub quiet: bool,
    /// The programme the command belongs to and its name, checked against the folder's.
    pub programme: Option<(Programme, &'static str)>,
}

impl Ctx {
    /// Opens the peerlog folder the command works on.
    pub fn store(&self) -> Result<Store> {
        let store = Store::open(self.dir.as_deref())?;
        match self.programme {
            Some((needed, command)) if store.config.programme != needed => {
                Err(wrong_programme(&store, needed, command))
            }
            _ => Ok(store),
        }
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
            eprintln!("{} {message}", crate::output::label(&crate::tr!("label-warning"), anstyle::AnsiColor::Yellow));
        }
    }
}

/// Runs the parsed command line.
pub fn dispatch(cli: Cli) -> Result<ExitCode> {
    let ctx = Ctx { dir: cli.dir, quiet: cli.quiet, programme: programme_of(&cli.words) };
    match cli.command {
        Command::Init(args) => init::run(&ctx, args),
        Command::Check(args) => return check::run(&ctx, args),
        Command::Group(cmd) => group::run(&ctx, cmd),
        Command::Participant(cmd) => participant::run(&ctx, cmd),
        Command::Peer(cmd) => peer::run(&ctx, cmd),
        Command::Consult(cmd) => consult::run(&ctx, cmd),
        Command::Feedback(cmd) => feedback::run(&ctx, cmd),
        Command::Report(cmd) => report::run(&ctx, cmd),
        Command::Agenda(args) => agenda::run(&ctx, args),
        Command::Vocab(args) => vocab::run(&ctx, args),
        Command::Consent(cmd) => consent::run(&ctx, cmd),
        Command::Erase(args) => erase::run(&ctx, args),
        Command::Purge(args) => purge::run(&ctx, args),
        Command::Unit(cmd) => colleague::unit::run(&ctx, cmd),
        Command::Support(cmd) => colleague::support::run(&ctx, cmd),
        Command::Supervision(cmd) => colleague::supervision::run(&ctx, cmd),
        Command::Contact(cmd) => colleague::contact::run(&ctx, cmd),
        Command::Incident(cmd) => colleague::incident::run(&ctx, cmd),
        Command::Referral(cmd) => colleague::referral::run(&ctx, cmd),
        Command::Psychologist(cmd) => colleague::psychologist::run(&ctx, cmd),
        Command::Edit(args) => edit::run(&ctx, args),
        Command::Rm(args) => rm::run(&ctx, args),
        Command::Show(args) => show::run(&ctx, args),
        Command::Merge(args) => merge::run(&ctx, args),
        Command::Import(args) => import::run(&ctx, args),
        Command::Export(args) => export::run(&ctx, args),
        Command::Restore(args) => restore::run(&ctx, args),
        Command::Completions(args) => completions::run(&ctx, args),
        Command::Man(args) => man::run(&ctx, args),
    }
    .map(|()| ExitCode::SUCCESS)
}

/// The programme a command belongs to, with its name for messages (as its programme lists
/// it: `group`, `report appendix1`), from the words that named it; `None` for commands that
/// fit every folder.
fn programme_of(words: &[String]) -> Option<(Programme, &'static str)> {
    let one = words.first()?;
    let two = words.get(..2).map(|w| w.join(" "));
    crate::programmes::ALL.iter().find_map(|spec| {
        let named = spec.commands.iter().find(|c| *c == one || Some(**c) == two.as_deref())?;
        Some((spec.programme, *named))
    })
}

/// The refusal of a command that does not fit the folder's programme (exit 2, bad usage).
fn wrong_programme(store: &Store, needed: Programme, command: &str) -> Error {
    let have = store.config.programme;
    let theirs = crate::programmes::of(have).commands;
    Error::usage(tr!(
        "wrong-programme",
        command = command,
        needed = needed.to_string(),
        path = store.root().display().to_string(),
        have = have.to_string()
    ))
    .hint(tr!("wrong-programme-has", have = have.to_string(), commands = theirs.join(", ")))
    .hint(tr!("wrong-programme-init", needed = needed.to_string()))
}

/// What a refused write is about, which says how its fields are named.
#[derive(Clone, Copy)]
pub enum Subject<'a> {
    /// A record added or changed from a command's flags: each field is named as its flag (`--date`).
    Flags,
    /// A record that exists: named by its ID, its fields as `edit --set` names them.
    Record(&'a crate::model::Id),
    /// The rows of a file being imported (`rows` of them): each problem at its line
    /// (`file:line: column: reason`), its field named as the file's column.
    Rows { file: &'a str, rows: usize },
}

/// The one way a command refuses a write: prints the warnings on stderr and, when there are
/// errors, refuses with exit 1, each line naming the field and the record.
pub fn refuse(ctx: &Ctx, subject: Subject<'_>, problems: Vec<crate::model::Problem>) -> Result<()> {
    refuse_at(ctx, subject, problems.into_iter().map(|p| (0, p)).collect())
}

/// [`refuse`] for problems at lines of a file (`Subject::Rows`); the line is ignored otherwise.
pub fn refuse_at(ctx: &Ctx, subject: Subject<'_>, problems: Vec<(u64, crate::model::Problem)>) -> Result<()> {
    use crate::model::{Severity, kind::field_at};
    let (errors, warnings): (Vec<_>, Vec<_>) = problems.into_iter().partition(|(_, p)| p.severity == Severity::Error);
    let line = |at: u64, p: &crate::model::Problem| match (subject, p.field) {
        (Subject::Record(_), f) => format!("{}: {}", field_at(f), p.message),
        (Subject::Flags, "consultations") => format!("--consultation: {}", p.message),
        (Subject::Flags, f) => format!("--{}: {}", f.replace('_', "-"), p.message),
        (Subject::Rows { file, .. }, "consultations") => {
            format!("{file}:{at}: {}: {}", field_at("consultation"), p.message)
        }
        (Subject::Rows { file, .. }, f) => format!("{file}:{at}: {}: {}", field_at(f), p.message),
    };
    for (at, w) in &warnings {
        ctx.warn(line(*at, w));
    }
    if errors.is_empty() {
        return Ok(());
    }
    let lines: Vec<String> = errors.iter().map(|(at, p)| line(*at, p)).collect();
    match subject {
        Subject::Flags => Err(Error::data(lines.join("\n")).hint(tr!("nothing-written"))),
        Subject::Record(id) => Err(Error::data(format!("{id}: {}", lines.join("\n"))).hint(tr!(
            "record-unchanged",
            kind = id.kind().spec().name,
            key = id.kind().spec().key()
        ))),
        Subject::Rows { rows, .. } => {
            let mut bad: Vec<u64> = errors.iter().map(|(at, _)| *at).collect();
            bad.dedup();
            let summary = tr!("import-rows-wrong", bad = bad.len(), rows = rows);
            Err(Error::data(format!("{}\n{summary}", lines.join("\n"))).hint(tr!("import-rows-wrong-hint")))
        }
    }
}
