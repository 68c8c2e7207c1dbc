//! `peerlog purge`: retention, removing what the programme no longer needs to keep.

use super::prompt::{Confirm, confirm};
use super::{Ctx, parse_flag};
use crate::error::{Error, Result};
use crate::model::{Date, Id, Record};
use crate::output;
use crate::store::diag::display_path;
use std::collections::HashSet;

/// Remove consultations, feedback and people whose records all end before DATE. Never removes a
/// record that a later one still needs: a consultation with later feedback, a person in a later
/// consultation, a person whose group has no end date or ends on or after DATE, or a peer whose
/// stage changed on or after DATE. Groups are kept. On a terminal it lists the files and asks
/// first; without one it needs --yes. Prints each removed file.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  peerlog purge --before 2023-01-01 --dry-run\n  peerlog purge --before 2023-01-01 --yes"
)]
pub struct Args {
    /// Keep everything on or after this day (not a day in the future).
    #[arg(long, value_name = "DATE")]
    pub before: String,
    #[command(flatten)]
    pub confirm: Confirm,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let before: Date = parse_flag("--before", &args.before)?;
    let today = Date::today();
    if before > today {
        return Err(Error::data(format!(
            "--before {before} is in the future: every record would go, including those still in use"
        ))
        .hint(format!("give a day on or before today ({today}), the end of the retention period")));
    }
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

    let mut listing = Vec::new();
    let mut tx = store.begin();
    let paths = feedback_gone
        .iter()
        .map(|f| f.rel_path())
        .chain(consultations_gone.iter().map(|c| c.rel_path()))
        .chain(people_gone.iter().map(|p| p.rel_path()));
    for rel in paths {
        tx.remove(&rel);
        listing.push(display_path(&rel));
    }
    let counts = format!(
        "{} consultation(s), {} feedback and {} person(s) from before {before}",
        consultations_gone.len(),
        feedback_gone.len(),
        people_gone.len()
    );
    let dry_run = args.confirm.dry_run;
    if !dry_run {
        if !args.confirm.yes {
            ctx.note(format!("purge would remove {counts}:"));
        }
        confirm(args.confirm, "purge", &format!("Remove these {} files?", listing.len()), &listing)?;
        // One transaction: all of it is removed, or (after a crash) none.
        tx.commit()?;
    }
    ctx.note(format!("{} {counts}", if dry_run { "would remove" } else { "removed" }));
    output::stdout(listing.iter().map(|l| format!("{l}\n")).collect::<String>().as_bytes())
}
