//! The command line: global flags and the list of subcommands. Each subcommand's flags live
//! beside its code in `commands/`.

use crate::commands::{
    agenda, check, consent, consult, erase, feedback, group, init, participant, peer, purge, report, vocab,
};
use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// peerlog keeps the records of peer-support programmes: groups, participants, peers, their
/// consultations and the recipients' feedback, as plain TOML files in a folder you can keep in
/// git, and writes the ministry's Appendix 1 sheet from them.
#[derive(Debug, Parser)]
#[command(name = "peerlog", version, max_term_width = 100, after_help = EXAMPLES)]
pub struct Cli {
    /// The peerlog folder (default: the nearest folder upwards holding peerlog.toml).
    #[arg(long, global = true, env = "PEERLOG_DIR", value_name = "DIR")]
    pub dir: Option<PathBuf>,

    /// Print no messages on stderr, only results and errors.
    #[arg(long, short, global = true)]
    pub quiet: bool,

    #[command(subcommand)]
    pub command: Command,
}

const EXAMPLES: &str = "\
Examples:
  peerlog init records && cd records
  peerlog group add 'Rīgas vecāku grupa' --leader 'Inese Kalniņa' --venue 'Rīga, Brīvības iela 1'
  peerlog report appendix1 --group rigas > appendix1.csv

Exit codes: 0 success, 1 refused for the data's sake, 2 bad usage.";

#[derive(Debug, Subcommand)]
pub enum Command {
    Init(init::Args),
    #[command(subcommand)]
    Group(group::Cmd),
    #[command(subcommand)]
    Participant(participant::Cmd),
    #[command(subcommand)]
    Peer(peer::Cmd),
    #[command(subcommand)]
    Consult(consult::Cmd),
    #[command(subcommand)]
    Feedback(feedback::Cmd),
    #[command(subcommand)]
    Report(report::Cmd),
    /// What the leader should do now: consultations to confirm, feedback to collect, peers to move.
    Agenda(agenda::Args),
    #[command(subcommand)]
    Consent(consent::Cmd),
    /// Erase a person's data on request (the right to erasure).
    Erase(erase::Args),
    /// Remove records older than the retention period.
    Purge(purge::Args),
    /// The programme's vocabularies: observed criteria, motivations, preparation topics.
    Vocab(vocab::Args),
    Check(check::Args),
}

/// Parses `std::env::args`; on bad usage clap prints the error and exits with 2.
pub fn parse() -> Cli {
    Cli::parse()
}
