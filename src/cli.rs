//! The command line: global flags and the list of subcommands. Each subcommand's flags live
//! beside its code in `commands/`.

use crate::commands::{
    agenda, check, completions, edit, erase, export, import, init, man, purge, report, restore, rm, show,
};
use crate::programmes::colleague::commands::{contact, incident, psychologist, referral, supervision, support, unit};
use crate::programmes::thematic::commands::{consent, consult, feedback, group, merge, participant, peer, vocab};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use std::path::PathBuf;

/// peerlog keeps the records of peer-support programmes as plain TOML files in a folder you can
/// keep in git. A folder is for one programme: thematic support groups (groups, participants,
/// peers, consultations, feedback and the ministry's Appendix 1 sheet), or colleague support
/// persons (units, support persons, training, supervision, contacts, incidents, referrals and
/// the programme report).
#[derive(Debug, Parser)]
#[command(name = "peerlog", version, max_term_width = 100, after_help = EXAMPLES)]
pub struct Cli {
    /// The peerlog folder (default: the nearest folder upwards holding peerlog.toml).
    #[arg(long, global = true, env = "PEERLOG_DIR", value_name = "DIR")]
    pub dir: Option<PathBuf>,

    /// Print no messages on stderr, only results and errors.
    #[arg(long, short, global = true)]
    pub quiet: bool,

    /// The language of messages, tables and help: en or lv (default: PEERLOG_LANG, else
    /// [ui] language in peerlog.toml, else LC_ALL, LC_MESSAGES or LANG, else en).
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,

    #[command(subcommand)]
    pub command: Command,

    /// The words that named the command (`report`, `appendix1`), for
    /// [`crate::commands::dispatch`] to find the programme it belongs to.
    #[arg(skip)]
    pub words: Vec<String>,
}

const EXAMPLES: &str = "\
Exit codes: 0 success, 1 refused for the data's sake, 2 bad usage.
Colour only on a terminal, never when NO_COLOR is set.

Examples:
  peerlog init records && cd records
  peerlog group add 'Rīgas vecāku grupa' --leader 'Inese Kalniņa' --venue 'Rīga, Brīvības iela 1'
  peerlog report appendix1 --group rigas > appendix1.csv
  peerlog init iem --programme colleague-support";

#[derive(Debug, Subcommand)]
pub enum Command {
    Init(init::Args),
    #[command(subcommand, after_help = "Example:\n  peerlog group show rigas --format json")]
    Group(group::Cmd),
    #[command(subcommand, after_help = "Example:\n  peerlog participant list --group rigas")]
    Participant(participant::Cmd),
    #[command(subcommand, after_help = "Example:\n  peerlog peer show ozolina")]
    Peer(peer::Cmd),
    #[command(subcommand, after_help = "Example:\n  peerlog consult list --status planned")]
    Consult(consult::Cmd),
    #[command(subcommand, after_help = "Example:\n  peerlog feedback list --format csv")]
    Feedback(feedback::Cmd),
    #[command(subcommand, after_help = "Example:\n  peerlog report appendix1 --group rigas > appendix1.csv")]
    Report(report::Cmd),
    /// What the coordinator should do now, oldest first: consultations to confirm, feedback to
    /// collect, peers to move; in colleague support as `support agenda`.
    Agenda(agenda::Args),
    #[command(subcommand, after_help = "Example:\n  peerlog consent give berzina recipient report")]
    Consent(consent::Cmd),
    Erase(erase::Args),
    /// Remove records older than the retention period.
    Purge(purge::Args),
    /// The programme's vocabularies: observed criteria, motivations, preparation topics.
    Vocab(vocab::Args),
    Check(check::Args),
    #[command(subcommand, after_help = "Example:\n  peerlog unit list")]
    Unit(unit::Cmd),
    #[command(subcommand, after_help = "Example:\n  peerlog support list")]
    Support(support::Cmd),
    #[command(subcommand, after_help = "Example:\n  peerlog psychologist list --city Rīga")]
    Psychologist(psychologist::Cmd),
    #[command(subcommand, after_help = "Example:\n  peerlog supervision list")]
    Supervision(supervision::Cmd),
    #[command(subcommand, after_help = "Example:\n  peerlog contact list")]
    Contact(contact::Cmd),
    #[command(subcommand, after_help = "Example:\n  peerlog incident list")]
    Incident(incident::Cmd),
    #[command(subcommand, after_help = "Example:\n  peerlog referral list")]
    Referral(referral::Cmd),
    Edit(edit::Args),
    Rm(rm::Args),
    Show(show::Args),
    Merge(merge::Args),
    Import(import::Args),
    Export(export::Args),
    Restore(restore::Args),
    Completions(completions::Args),
    Man(man::Args),
}

/// The command line with its help texts in the current language (also for the manual and the
/// completions).
pub fn command() -> clap::Command {
    crate::i18n::help::localise(Cli::command())
}

/// Parses the arguments in the current language. A flag value its type refuses (a malformed
/// date, see `commands::flags`) is returned as peerlog's error; on other bad usage this prints
/// clap's error and exits with 2, on `--help` prints the help and exits with 0.
pub fn parse(args: Vec<std::ffi::OsString>) -> crate::error::Result<Cli> {
    command()
        .try_get_matches_from(args)
        .and_then(|matches| {
            let mut cli = Cli::from_arg_matches(&matches)?;
            let mut at = &matches;
            while let Some((word, sub)) = at.subcommand() {
                cli.words.push(word.to_string());
                at = sub;
            }
            Ok(cli)
        })
        .map_err(|err| crate::commands::flags::refusal(&err).unwrap_or_else(|| crate::i18n::help::exit(err)))
}
