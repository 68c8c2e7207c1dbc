//! `peerlog purge`: retention, removing what the programme no longer needs to keep.

use super::Ctx;
use super::prompt::{Confirm, confirm};
use super::record::{self, AnyRecord, IntoAny};
use crate::error::{Error, Result};
use crate::model::{Date, Id, Record, kind};
use crate::output;
use crate::store::diag::display_path;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;

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
    let flags = args.confirm;
    let dry_run = flags.dry_run;
    // Every record of the folder's programme: its path, whether it is old, what it refers to.
    let mut records: HashMap<Id, AnyRecord> = HashMap::new();
    for k in store.config.programme.kinds() {
        crate::with_kind!(*k, T => {
            for r in store.load::<T>()? {
                records.insert(r.id().clone(), r.into_any());
            }
        });
    }
    let get = |id: &Id| records.get(id).map(AnyRecord::any);
    let exists = |id: &Id| records.contains_key(id);
    let env = record::env(&store, &get, &exists, &());
    let mut all: BTreeMap<&Id, (PathBuf, bool, Vec<Id>)> = BTreeMap::new();
    for (id, r) in &records {
        let until = r.kept_until(&env);
        let refs = record::table_of(r.any())
            .map(|t| kind::refs_of(id.kind().spec(), &t).into_iter().map(|(_, id)| id).collect())
            .unwrap_or_default();
        all.insert(id, (r.rel_path(), until.is_some_and(|d| d < before), refs));
    }
    // What stays keeps what it refers to, until nothing changes.
    let mut kept: HashSet<&Id> = all.iter().filter(|(_, (_, old, _))| !old).map(|(id, _)| *id).collect();
    loop {
        let needed: Vec<&Id> = kept
            .iter()
            .flat_map(|id| all[id].2.iter())
            .filter_map(|id| all.get_key_value(id).map(|(k, _)| *k))
            .filter(|id| !kept.contains(id))
            .collect();
        if needed.is_empty() {
            break;
        }
        kept.extend(needed);
    }
    let gone: Vec<(&Id, &PathBuf)> =
        all.iter().filter(|(id, _)| !kept.contains(*id)).map(|(id, (p, _, _))| (*id, p)).collect();
    let mut listing = Vec::new();
    let mut tx = store.begin();
    for (_, rel) in &gone {
        tx.remove(rel);
        listing.push(display_path(rel));
    }
    if !dry_run {
        confirm(flags, "purge", &tr!("purge-question", files = listing.len()), &listing)?;
        // One transaction: all of it is removed, or (after a crash) none.
        tx.commit()?;
    }
    let removed: String = listing.iter().map(|l| format!("{l}\n")).collect();
    // How many of each kind, in the order the programme lists its kinds.
    let counts: Vec<String> = (store.config.programme.kinds().iter())
        .map(|k| (k, gone.iter().filter(|(id, _)| id.kind() == *k).count()))
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| tr!("export-count", count = n, kind = crate::store::kind_dir(*k)))
        .collect();
    let dry_run = if dry_run { "yes" } else { "no" };
    ctx.note(if counts.is_empty() {
        tr!("purge-records", dry_run = dry_run, count = 0, date = before.to_string())
    } else {
        tr!("purge-done", dry_run = dry_run, counts = counts.join(", "), date = before.to_string())
    });
    output::stdout(removed.as_bytes())
}
