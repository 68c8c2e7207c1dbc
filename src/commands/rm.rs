//! `peerlog rm`: remove a record, never leaving another record pointing at nothing.

use super::Ctx;
use super::prompt::Confirm;
use super::record::{self, AnyRecord, IntoAny};
use crate::error::{Error, Result};
use crate::model::{Id, RecordKind, Severity, kind};
use crate::output;
use crate::store::Store;
use std::collections::HashSet;

/// Remove a record of any kind.
///
/// Refused while other records refer to it (a group's participants, a person's consultations,
/// the feedback on a consultation, a support person's contacts), naming them. With --cascade
/// those go too; a record that only lists it among others (feedback on several consultations,
/// a supervision session's attendance) or names it in an optional field only loses the
/// reference. --cascade lists what goes and asks first on a terminal; without one it needs
/// --yes. Prints the removed IDs.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  peerlog rm c-k2m9\n  peerlog rm 'Gunta Liepiņa' --cascade --dry-run\n  peerlog rm p-3yae --cascade --yes"
)]
pub struct Args {
    /// The record's ID or a unique ID prefix (g-…, p-…, c-…, f-…, u-…, s-…, y-…, v-…, k-…, i-…, r-…),
    /// or a person's or group's name.
    pub id: String,
    /// Also remove the records that refer to it, and the records that refer to those.
    #[arg(long)]
    pub cascade: bool,
    #[command(flatten)]
    pub confirm: Confirm,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let (kind, query) = super::record::named_by(&store, "rm", &a.id)?;
    remove_any(ctx, &store, kind, &query, &a)
}

/// Removes a record of any kind, from the kinds' descriptions: the records that refer to it are
/// found from the fields typed as references to its kind; with --cascade, a record that holds it
/// in a required field goes too (and what refers to that), and one that holds it in a list or an
/// optional field loses the reference. Changed records are written before any file is removed.
fn remove_any(ctx: &Ctx, store: &Store, kind: RecordKind, query: &str, a: &Args) -> Result<()> {
    let target = record::resolve(store, "rm", kind, query)?;
    let direct = record::referrers(store, &target)?;
    if !direct.is_empty() && !a.cascade {
        let shown: Vec<String> = direct.iter().take(20).map(|(r, field)| referrer(r, field)).collect();
        return Err(referred(&target, direct.len(), &shown));
    }
    // Breadth first, a level at a time: what goes, and what only loses references (its latest
    // version), each described as the refusal describes it, in the question, the dry run and
    // the run alike.
    let target_shown =
        record::read_any(store, &target)?.map_or_else(|| target.to_string(), |r| record::describe(r.any()));
    let mut gone: Vec<Id> = vec![target.clone()];
    let mut gone_shown: Vec<String> = vec![target_shown];
    let mut changed: Vec<(Id, toml::Table, String)> = Vec::new();
    let mut level: HashSet<Id> = HashSet::from([target.clone()]);
    while !level.is_empty() {
        let mut next = HashSet::new();
        for (r, field, id) in record::referrers_of(store, &level)? {
            let rid = record::id_of(r.any()).clone();
            if gone.contains(&rid) {
                continue;
            }
            let spec = rid.kind().spec();
            let mut table = match changed.iter().position(|(c, _, _)| *c == rid) {
                Some(at) => changed.remove(at).1,
                None => record::table_of(r.any()).unwrap_or_default(),
            };
            if kind::unlink(spec, &mut table, &id) {
                changed.push((rid, table, referrer(&r, field)));
            } else {
                gone_shown.push(referrer(&r, field));
                gone.push(rid.clone());
                next.insert(rid);
            }
        }
        level = next;
    }
    changed.retain(|(id, _, _)| !gone.contains(id));
    // A record that only loses a reference must still follow its kind's rules (a supervision
    // session whose only attendee goes would have nobody present): refused before anything is
    // asked or written, naming it.
    let mut broken = Vec::new();
    for (id, table, shown) in &changed {
        crate::with_kind!(id.kind(), T => {
            let r: T = kind::from_table(table.clone()).map_err(Error::data)?;
            let problems = record::rules_of(store, &r.into_any(), &[])?;
            broken.extend(problems.iter().filter(|p| p.severity == Severity::Error).map(|p| format!("{shown}: {}", p.message)));
        });
    }
    if !broken.is_empty() {
        return Err(Error::data(format!("{}\n  {}", tr!("rm-breaks", id = target.to_string()), broken.join("\n  ")))
            .hint(tr!("rm-breaks-hint")));
    }
    let dry_run = a.confirm.dry_run;
    if a.cascade && !dry_run {
        let mut listing: Vec<String> =
            gone_shown.iter().map(|what| tr!("rm-listing-remove", what = what.as_str())).collect();
        listing.extend(changed.iter().map(|(_, _, shown)| tr!("rm-listing-unlink", what = shown.as_str())));
        let question = tr!("rm-question", count = gone.len(), id = target.to_string());
        super::prompt::confirm(a.confirm, "rm --cascade", &question, &listing)?;
    }
    // One transaction: the changed records and the removals happen together or not at all.
    let mut tx = store.begin();
    for (id, table, _) in &changed {
        crate::with_kind!(id.kind(), T => {
            let r: T = kind::from_table(table.clone()).map_err(Error::data)?;
            tx.put(&r)?;
        });
    }
    for id in &gone {
        if let Some(rel) = store.find_path(id.kind(), id.as_str())? {
            tx.remove(&rel);
        }
    }
    if !dry_run {
        tx.commit()?;
    }
    for what in &gone_shown {
        ctx.note(tr!("rm-removed", dry_run = yes(dry_run), what = what.as_str()));
    }
    for (_, _, shown) in &changed {
        ctx.note(tr!("rm-unlinked", dry_run = yes(dry_run), id = shown.as_str()));
    }
    ctx.note(tr!("rm-done", dry_run = yes(dry_run), count = gone.len()));
    let lines: String = gone.iter().map(|id| format!("{id}\n")).collect();
    output::stdout(lines.as_bytes())
}

/// A record that refers to the one removed, as the refusal and the dry run name it:
/// `c-… (consultation on 2025-03-14) as peer`.
fn referrer(r: &AnyRecord, field: &str) -> String {
    tr!("rm-ref-as", what = record::describe(r.any()), field = kind::field_label(field))
}

/// The refusal of a record others refer to: the first of them (at most 20) and how many more.
fn referred(target: &Id, count: usize, shown: &[impl AsRef<str>]) -> Error {
    let shown: Vec<&str> = shown.iter().map(AsRef::as_ref).collect();
    let more = if count > 20 { format!("\n  {}", tr!("rm-more", count = count - 20)) } else { String::new() };
    Error::data(format!(
        "{}\n  {}{more}",
        tr!("rm-referred", id = target.to_string(), count = count),
        shown.join("\n  ")
    ))
    .hint(tr!("rm-referred-hint", id = target.to_string()))
}

/// A flag as the messages select it.
fn yes(flag: bool) -> &'static str {
    if flag { "yes" } else { "no" }
}
