//! `peerlog rm`: remove a record, never leaving another record pointing at nothing.

use super::Ctx;
use super::prompt::{Confirm, confirm};
use crate::error::{Error, Result};
use crate::model::{Consultation, Feedback, Group, Id, Person, Record, RecordKind};
use crate::output;
use crate::store::{Folder, Store};
use std::collections::BTreeSet;

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

/// What a removal does: the records to delete, leaves first, and feedback to rewrite.
struct Plan {
    feedback: Vec<Feedback>,
    consultations: Vec<Consultation>,
    people: Vec<Person>,
    groups: Vec<Group>,
    /// Feedback that keeps some of its consultations.
    trimmed: Vec<Feedback>,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    let store = ctx.store()?;
    let _lock = store.lock()?;
    if RecordKind::of(a.id.trim()).is_some() || store.config.programme != crate::model::Programme::ThematicGroups {
        super::record::kind_of("rm", &a.id, store.config.programme)?;
    }
    let (kind, query) = store.any_record("rm", &a.id)?;
    let query = query.as_str();
    if kind.spec().programme != crate::model::Programme::ThematicGroups {
        return remove_any(ctx, &store, kind, query, &a);
    }
    let target = match kind {
        RecordKind::Group => store.group("rm", query)?.id,
        RecordKind::Person => store.person("rm", query, None)?.id,
        RecordKind::Consultation => store.consultation("rm", query)?.0.id,
        RecordKind::Feedback => store.feedback("rm", query)?.0.id,
        _ => unreachable!("other kinds are removed by remove_any"),
    };
    let folder = store.load_folder()?;
    let referrers = direct_referrers(&folder, &target);
    if !referrers.is_empty() && !a.cascade {
        let shown: Vec<&str> = referrers.iter().take(20).map(String::as_str).collect();
        return Err(referred(&target, referrers.len(), &shown));
    }
    let plan = plan(&folder, &target);
    let removed = plan.removed();
    let dry_run = a.confirm.dry_run;
    if a.cascade && !dry_run {
        let mut listing: Vec<String> = removed.iter().map(|id| tr!("rm-listing-remove", id = id.to_string())).collect();
        listing.extend(plan.trimmed.iter().map(|f| tr!("rm-listing-drop", id = f.id.to_string())));
        let question = tr!("rm-question", count = removed.len(), id = target.to_string());
        confirm(a.confirm, "rm --cascade", &question, &listing)?;
    }
    for f in &plan.trimmed {
        let ids: Vec<&str> = f.consultations.iter().map(Id::as_str).collect();
        ctx.note(tr!("rm-trimmed", dry_run = yes(dry_run), id = f.id.to_string(), ids = ids.join(" ")));
    }
    if !dry_run {
        apply(&store, &plan)?;
    }
    ctx.note(tr!("rm-done", dry_run = yes(dry_run), count = removed.len()));
    let lines: String = removed.iter().map(|id| format!("{id}\n")).collect();
    output::stdout(lines.as_bytes())
}

/// The records that name `target` directly, described for people.
fn direct_referrers(folder: &Folder, target: &Id) -> Vec<String> {
    match target.kind() {
        RecordKind::Group => folder
            .people
            .iter()
            .filter(|p| &p.group == target)
            .map(|p| tr!("rm-ref-participant", id = p.id.to_string(), name = p.name.as_str()))
            .collect(),
        RecordKind::Person => folder
            .consultations
            .iter()
            .filter(|c| &c.peer == target || &c.recipient == target)
            .map(|c| {
                let role = if &c.peer == target { "peer" } else { "recipient" };
                tr!(
                    "rm-ref-consultation",
                    id = c.id.to_string(),
                    date = c.date.to_string(),
                    time = c.time.to_string(),
                    role = role
                )
            })
            .collect(),
        RecordKind::Consultation => folder
            .feedback
            .iter()
            .filter(|f| f.consultations.contains(target))
            .map(|f| {
                tr!("rm-ref-feedback", id = f.id.to_string(), from = f.from.to_string(), date = f.date.to_string())
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Everything that goes with `target` when it goes.
fn plan(folder: &Folder, target: &Id) -> Plan {
    let groups: Vec<Group> = folder.groups.iter().filter(|g| &g.id == target).cloned().collect();
    let people: Vec<Person> = folder.people.iter().filter(|p| &p.id == target || &p.group == target).cloned().collect();
    let person_ids: BTreeSet<&Id> = people.iter().map(|p| &p.id).collect();
    let consultations: Vec<Consultation> = folder
        .consultations
        .iter()
        .filter(|c| &c.id == target || person_ids.contains(&c.peer) || person_ids.contains(&c.recipient))
        .cloned()
        .collect();
    let gone: BTreeSet<&Id> = consultations.iter().map(|c| &c.id).collect();
    let mut feedback = Vec::new();
    let mut trimmed = Vec::new();
    for f in &folder.feedback {
        if &f.id == target {
            feedback.push(f.clone());
        } else if f.consultations.iter().any(|c| gone.contains(c)) {
            let mut kept = f.clone();
            kept.consultations.retain(|c| !gone.contains(c));
            if kept.consultations.is_empty() {
                feedback.push(f.clone());
            } else {
                trimmed.push(kept);
            }
        }
    }
    Plan { feedback, consultations, people, groups, trimmed }
}

impl Plan {
    /// The IDs removed, the target's kind first.
    fn removed(&self) -> Vec<Id> {
        let mut out: Vec<Id> = self.groups.iter().map(|g| g.id.clone()).collect();
        out.extend(self.people.iter().map(|p| p.id.clone()));
        out.extend(self.consultations.iter().map(|c| c.id.clone()));
        out.extend(self.feedback.iter().map(|f| f.id.clone()));
        out
    }
}

/// Rewrites trimmed feedback and deletes the rest, in one transaction: all of it or none.
fn apply(store: &Store, plan: &Plan) -> Result<()> {
    let mut tx = store.begin();
    for f in &plan.trimmed {
        tx.put(f)?;
    }
    for f in &plan.feedback {
        tx.remove(&f.rel_path());
    }
    for c in &plan.consultations {
        tx.remove(&c.rel_path());
    }
    for p in &plan.people {
        tx.remove(&p.rel_path());
    }
    for g in &plan.groups {
        tx.remove(&g.rel_path());
    }
    tx.commit()
}

/// Removes a record of any kind, from the kinds' descriptions: the records that refer to it are
/// found from the fields typed as references to its kind; with --cascade, a record that holds it
/// in a required field goes too (and what refers to that), and one that holds it in a list or an
/// optional field loses the reference. Changed records are written before any file is removed.
fn remove_any(ctx: &Ctx, store: &Store, kind: RecordKind, query: &str, a: &Args) -> Result<()> {
    use super::record::{self, AnyRecord};
    use crate::model::kind;
    let target = record::resolve(store, "rm", kind, query)?;
    let direct = record::referrers(store, &target)?;
    if !direct.is_empty() && !a.cascade {
        let shown: Vec<String> = direct
            .iter()
            .take(20)
            .map(|(r, field)| tr!("rm-ref-as", what = record::describe(r.any()), field = kind::field_label(field)))
            .collect();
        return Err(referred(&target, direct.len(), &shown));
    }
    // Breadth first: what goes, and what only loses references (its latest version).
    let mut gone: Vec<Id> = vec![target.clone()];
    let mut changed: Vec<(Id, toml::Table, AnyRecord)> = Vec::new();
    let mut i = 0;
    while i < gone.len() {
        let id = gone[i].clone();
        i += 1;
        for (r, _) in record::referrers(store, &id)? {
            let rid = record::id_of(r.any()).clone();
            if gone.contains(&rid) {
                continue;
            }
            let spec = rid.kind().spec();
            let table = match changed.iter().position(|(c, _, _)| *c == rid) {
                Some(at) => changed.remove(at).1,
                None => record::table_of(r.any()).unwrap_or_default(),
            };
            let mut table = table;
            if kind::unlink(spec, &mut table, &id) {
                changed.push((rid, table, r));
            } else {
                gone.push(rid);
            }
        }
    }
    changed.retain(|(id, _, _)| !gone.contains(id));
    let dry_run = a.confirm.dry_run;
    if a.cascade && !dry_run {
        let mut listing: Vec<String> = gone.iter().map(|id| tr!("rm-listing-remove", id = id.to_string())).collect();
        listing.extend(changed.iter().map(|(id, _, _)| tr!("rm-listing-unlink", id = id.to_string())));
        let question = tr!("rm-question", count = gone.len(), id = target.to_string());
        super::prompt::confirm(a.confirm, "rm --cascade", &question, &listing)?;
    }
    for (id, _, _) in &changed {
        ctx.note(tr!("rm-unlinked", dry_run = yes(dry_run), id = id.to_string()));
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
    ctx.note(tr!("rm-done", dry_run = yes(dry_run), count = gone.len()));
    let lines: String = gone.iter().map(|id| format!("{id}\n")).collect();
    output::stdout(lines.as_bytes())
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
