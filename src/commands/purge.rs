//! `peerlog purge`: retention, removing what the programme no longer needs to keep.

use super::{Ctx, parse_flag};
use crate::error::Result;
use crate::model::{Date, Id, Record};
use crate::output;
use crate::store::diag::display_path;
use std::collections::HashSet;

/// Remove consultations, feedback and people whose records all end before DATE. Never removes a
/// record that a later one still needs: a consultation with later feedback, a person in a later
/// consultation, a person whose group has no end date or ends on or after DATE, or a peer whose
/// stage changed on or after DATE. Groups are kept. Prints each removed file.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  peerlog purge --before 2023-01-01 --dry-run")]
pub struct Args {
    /// Keep everything on or after this day.
    #[arg(long, value_name = "DATE")]
    pub before: String,
    /// Show what would be removed; write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let before: Date = parse_flag("--before", &args.before)?;
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let folder = store.load_folder()?;

    // Feedback goes when it and all its consultations are older; otherwise it keeps them.
    let mut old: HashSet<&Id> = folder.consultations.iter().filter(|c| c.date < before).map(|c| &c.id).collect();
    let mut feedback_gone = Vec::new();
    for f in &folder.feedback {
        if f.date < before && f.consultations.iter().all(|c| old.contains(c)) {
            feedback_gone.push(f);
        } else {
            f.consultations.iter().for_each(|c| {
                old.remove(c);
            });
        }
    }
    let consultations_gone: Vec<_> = folder.consultations.iter().filter(|c| old.contains(&c.id)).collect();
    let still_named: HashSet<&Id> =
        folder.consultations.iter().filter(|c| !old.contains(&c.id)).flat_map(|c| [&c.peer, &c.recipient]).collect();
    let group_ended: HashSet<&Id> =
        folder.groups.iter().filter(|g| g.end.is_some_and(|e| e < before)).map(|g| &g.id).collect();
    let people_gone: Vec<_> = folder
        .people
        .iter()
        .filter(|p| {
            let mut stages = p.peer.iter().flat_map(|i| i.stages.iter());
            !still_named.contains(&p.id) && group_ended.contains(&p.group) && stages.all(|s| s.date < before)
        })
        .collect();

    let mut removed = Vec::new();
    let mut tx = store.begin();
    let paths = feedback_gone
        .iter()
        .map(|f| f.rel_path())
        .chain(consultations_gone.iter().map(|c| c.rel_path()))
        .chain(people_gone.iter().map(|p| p.rel_path()));
    for rel in paths {
        tx.remove(&rel);
        removed.push(format!("{}\n", display_path(&rel)));
    }
    // One transaction: all of it is removed, or (after a crash) none.
    if !args.dry_run {
        tx.commit()?;
    }
    ctx.note(format!(
        "{} {} consultation(s), {} feedback and {} person(s) from before {before}",
        if args.dry_run { "would remove" } else { "removed" },
        consultations_gone.len(),
        feedback_gone.len(),
        people_gone.len()
    ));
    output::stdout(removed.concat().as_bytes())
}
