//! `peerlog purge`: retention, removing what the programme no longer needs to keep.

use super::Ctx;
use super::prompt::{Confirm, confirm};
use crate::error::{Error, Result};
use crate::model::{Date, Id, Record};
use crate::output;
use crate::store::diag::display_path;
use std::collections::HashSet;

/// Remove records older than DATE that no later record needs. In a thematic-groups folder:
/// consultations, feedback and people whose records all end before DATE; never a consultation
/// with later feedback, a person in a later consultation, a person whose group has no end date
/// or ends on or after DATE, or a peer whose stage changed on or after DATE; groups are kept.
/// In a colleague-support folder: supervision sessions, contacts, incidents and referrals dated
/// before DATE, and support persons whose service ended before DATE, unless a record that stays
/// refers to them; units and psychologists are kept. On a terminal it lists the files and asks
/// first; without one it needs --yes. Prints each removed file.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  peerlog purge --before 2023-01-01 --dry-run\n  peerlog purge --before 2023-01-01 --yes"
)]
pub struct Args {
    /// Keep everything on or after this day (not a day in the future).
    #[arg(long, value_name = "DATE")]
    pub before: Date,
    #[command(flatten)]
    pub confirm: Confirm,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let before = args.before;
    let today = Date::today();
    if before > today {
        return Err(Error::data(tr!("purge-future", date = before.to_string()))
            .hint(tr!("purge-future-hint", today = today.to_string())));
    }
    let store = ctx.store()?;
    let _lock = store.lock()?;
    if store.config.programme == crate::model::Programme::ColleagueSupport {
        return colleague(ctx, &store, before, args.confirm);
    }
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
    let counts = |dry_run: &str| {
        tr!(
            "purge-counts",
            dry_run = dry_run,
            consultations = consultations_gone.len(),
            feedback = feedback_gone.len(),
            people = people_gone.len(),
            date = before.to_string()
        )
    };
    let dry_run = args.confirm.dry_run;
    if !dry_run {
        if !args.confirm.yes {
            ctx.note(format!("{}:", counts("yes")));
        }
        confirm(args.confirm, "purge", &tr!("purge-question", files = listing.len()), &listing)?;
        // One transaction: all of it is removed, or (after a crash) none.
        tx.commit()?;
    }
    ctx.note(counts(if dry_run { "yes" } else { "no" }));
    output::stdout(listing.iter().map(|l| format!("{l}\n")).collect::<String>().as_bytes())
}

/// Retention in a colleague-support folder, from the kinds' descriptions: a dated record goes
/// when its date is before `before`, a support person when their service ended before it, and
/// neither while a record that stays refers to it.
fn colleague(ctx: &Ctx, store: &crate::store::Store, before: Date, flags: Confirm) -> Result<()> {
    let dry_run = flags.dry_run;
    use crate::model::colleague::Supporter;
    use crate::model::kind;
    use std::collections::BTreeMap;
    // Every record: its path, whether it is old, and what it refers to.
    let mut all: BTreeMap<Id, (std::path::PathBuf, bool, Vec<Id>)> = BTreeMap::new();
    for k in store.config.programme.kinds() {
        let spec = k.spec();
        crate::with_kind!(*k, T => {
            for r in store.load::<T>()? {
                let Some(table) = kind::to_table(&r) else { continue };
                let day = |field: &str| kind::values(&table, field).first().and_then(|v| kind::cell(v).parse::<Date>().ok());
                let old = match spec.dated_by {
                    Some(field) => day(field).is_some_and(|d| d < before),
                    None => spec.kind == Supporter::KIND && day("ended.date").is_some_and(|d| d < before),
                };
                let refs = kind::refs_of(spec, &table).into_iter().map(|(_, id)| id).collect();
                all.insert(r.id().clone(), (r.rel_path(), old, refs));
            }
        });
    }
    // What stays keeps what it refers to, until nothing changes.
    let mut kept: HashSet<Id> = all.iter().filter(|(_, (_, old, _))| !old).map(|(id, _)| id.clone()).collect();
    loop {
        let needed: Vec<Id> = kept
            .iter()
            .flat_map(|id| all[id].2.iter().cloned())
            .filter(|id| all.contains_key(id) && !kept.contains(id))
            .collect();
        if needed.is_empty() {
            break;
        }
        kept.extend(needed);
    }
    let gone: Vec<(&Id, &std::path::PathBuf)> =
        all.iter().filter(|(id, _)| !kept.contains(*id)).map(|(id, (p, _, _))| (id, p)).collect();
    let mut listing = Vec::new();
    let mut tx = store.begin();
    for (_, rel) in &gone {
        tx.remove(rel);
        listing.push(display_path(rel));
    }
    if !dry_run {
        confirm(flags, "purge", &tr!("purge-question", files = listing.len()), &listing)?;
        tx.commit()?;
    }
    let removed: String = listing.iter().map(|l| format!("{l}\n")).collect();
    ctx.note(tr!(
        "purge-records",
        dry_run = if dry_run { "yes" } else { "no" },
        count = gone.len(),
        date = before.to_string()
    ));
    output::stdout(removed.as_bytes())
}
