//! Shell completion. `COMPLETE=bash peerlog` (or zsh, fish, …) prints a registration script
//! whose completions come from peerlog itself at each tab (clap_complete's dynamic completion):
//! commands, flags and value words from the flag definitions, and the names and IDs of the
//! folder's records for the flags and arguments that take them ([`candidates_for`]).
//! `peerlog completions SHELL` prints the older static script (commands, flags and words only).

use super::Ctx;
use crate::error::Result;
use crate::model::colleague::{Psychologist, Referral, Supervision, Supporter, Unit};
use crate::model::{Consultation, Feedback, Group, Person};
use crate::output;
use crate::store::Store;
use clap_complete::Shell;
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};
use std::ffi::OsString;
use std::path::PathBuf;

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

/// Answers a completion request when the shell's registration calls peerlog with `COMPLETE`
/// set, and exits; does nothing otherwise.
pub fn complete_if_asked() {
    clap_complete::CompleteEnv::with_factory(completing_command).var("COMPLETE").complete();
}

/// The command tree with each record-naming argument completed from the folder.
fn completing_command() -> clap::Command {
    with_candidates(crate::cli::command(), "")
}

fn with_candidates(mut cmd: clap::Command, path: &str) -> clap::Command {
    let ids: Vec<String> = cmd.get_arguments().map(|a| a.get_id().to_string()).collect();
    for id in ids {
        if let Some(source) = candidates_for(path, &id) {
            cmd = cmd.mut_arg(id, |a| a.add(ArgValueCandidates::new(move || source.candidates())));
        }
    }
    let subs: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in subs {
        let sub_path = if path.is_empty() { name.clone() } else { format!("{path} {name}") };
        cmd = cmd.mut_subcommand(&name, |s| with_candidates(s, &sub_path));
    }
    cmd
}

/// What the folder offers for a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Groups,
    /// Every person of a thematic-groups folder.
    People,
    /// People with a peer table.
    Peers,
    Consultations,
    Feedback,
    Units,
    Supporters,
    Psychologists,
    Sessions,
    Referrals,
    /// Every record's ID (for `edit`, `rm`).
    Records,
}

/// Which arguments name records, by the argument's name and the command (`consult show`):
/// the one table of what completes from the folder.
pub fn candidates_for(command: &str, arg: &str) -> Option<Source> {
    Some(match (command, arg) {
        (_, "group") => Source::Groups,
        (_, "peer") => Source::Peers,
        (_, "recipient" | "person") => Source::People,
        (_, "consultations" | "consultation") => Source::Consultations,
        (_, "unit") if command != "unit add" => Source::Units,
        (_, "supporter" | "present" | "absent" | "excused") => Source::Supporters,
        (_, "psychologist") => Source::Psychologists,
        (_, "session") => Source::Sessions,
        (_, "referral") => Source::Referrals,
        (c, "id") if c.starts_with("consult") => Source::Consultations,
        (c, "id") if c.starts_with("feedback") => Source::Feedback,
        ("edit" | "rm", "id") => Source::Records,
        _ => return None,
    })
}

impl Source {
    /// The candidates: names (with the ID as help) for named records, IDs (with the date) for
    /// the others. Nothing when no folder is found or a file is broken: completion never fails.
    pub fn candidates(self) -> Vec<CompletionCandidate> {
        let Ok(store) = Store::open(folder().as_deref()) else { return Vec::new() };
        let mut found = self.from(&store).unwrap_or_default();
        found.sort_by(|a, b| a.get_value().cmp(b.get_value()));
        found
    }

    fn from(self, store: &Store) -> crate::error::Result<Vec<CompletionCandidate>> {
        let named = |name: &str, id: &str, what: String| {
            CompletionCandidate::new(name).help(Some(format!("{id} {what}").trim_end().to_string().into()))
        };
        let by_id = |id: &str, what: String| CompletionCandidate::new(id).help(Some(what.into()));
        Ok(match self {
            Source::Groups => {
                store.load::<Group>()?.iter().map(|g| named(g.name.as_str(), g.id.as_str(), String::new())).collect()
            }
            Source::People | Source::Peers => store
                .load::<Person>()?
                .iter()
                .filter(|p| self == Source::People || p.is_peer())
                .filter(|p| p.erased.is_none())
                .map(|p| named(p.name.as_str(), p.id.as_str(), p.role.to_string()))
                .collect(),
            Source::Consultations => store
                .load::<Consultation>()?
                .iter()
                .map(|c| by_id(c.id.as_str(), format!("{} {} {}", c.date, c.time, c.status)))
                .collect(),
            Source::Feedback => store
                .load::<Feedback>()?
                .iter()
                .map(|f| by_id(f.id.as_str(), format!("{} {}", f.date, f.from)))
                .collect(),
            Source::Units => {
                store.load::<Unit>()?.iter().map(|u| named(u.name.as_str(), u.id.as_str(), String::new())).collect()
            }
            Source::Supporters => store
                .load::<Supporter>()?
                .iter()
                .map(|s| named(s.name.as_str(), s.id.as_str(), String::new()))
                .collect(),
            Source::Psychologists => store
                .load::<Psychologist>()?
                .iter()
                .map(|p| named(p.name.as_str(), p.id.as_str(), p.city.to_string()))
                .collect(),
            Source::Sessions => {
                store.load::<Supervision>()?.iter().map(|v| by_id(v.id.as_str(), v.date.to_string())).collect()
            }
            Source::Referrals => store
                .load::<Referral>()?
                .iter()
                .map(|r| by_id(r.id.as_str(), tr!("completion-referral", date = r.suggested.to_string())))
                .collect(),
            Source::Records => {
                let mut all = Vec::new();
                all.extend(store.load::<Group>()?.iter().map(|g| by_id(g.id.as_str(), g.name.to_string())));
                all.extend(store.load::<Person>()?.iter().map(|p| by_id(p.id.as_str(), p.name.to_string())));
                all.extend(store.load::<Consultation>()?.iter().map(|c| by_id(c.id.as_str(), c.date.to_string())));
                all.extend(store.load::<Feedback>()?.iter().map(|f| by_id(f.id.as_str(), f.date.to_string())));
                all
            }
        })
    }
}

/// The folder of the command line being completed: its `--dir`, else `PEERLOG_DIR`, else
/// found upwards from the current directory.
fn folder() -> Option<PathBuf> {
    let args: Vec<OsString> = std::env::args_os().collect();
    let mut words = args.iter().skip_while(|a| *a != "--").skip(1).filter_map(|a| a.to_str());
    let mut dir = None;
    while let Some(w) = words.next() {
        if w == "--dir" {
            dir = words.next().map(PathBuf::from);
        } else if let Some(d) = w.strip_prefix("--dir=") {
            dir = Some(PathBuf::from(d));
        }
    }
    dir.filter(|d| !d.as_os_str().is_empty()).or_else(|| std::env::var_os("PEERLOG_DIR").map(PathBuf::from))
}
