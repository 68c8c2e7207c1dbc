//! `peerlog report overview`: one self-contained HTML page with charts, for either programme.
//! The numbers come from the code of `report summary`, `report pipeline`, `agenda` and
//! `report programme`; `report::overview` lays them out.

use super::Ctx;
use super::period::PeriodArgs;
use crate::error::{Error, Result};
use crate::model::{Date, Group, fold};
use crate::output;
use crate::programmes::colleague::folder::ColleagueFolder;
use crate::programmes::colleague::report as programme;
use crate::programmes::thematic::report::{pipeline, summary};
use crate::report::Period;
use crate::report::overview::{self, Due};
use crate::store::{Programme, Store};
use std::path::PathBuf;

/// The overview's flags.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only this group (thematic groups): ID, ID prefix or name.
    #[arg(long)]
    pub group: Option<String>,
    /// Only this unit (colleague support): ID, ID prefix or name.
    #[arg(long)]
    pub unit: Option<String>,
    #[command(flatten)]
    pub period: PeriodArgs,
    /// The day the agenda looks from (thematic groups; default: today).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<Date>,
    /// Groups and units by their IDs instead of their names.
    #[arg(long)]
    pub pseudonymise: bool,
    /// Write to FILE (atomically) instead of stdout; `-` is stdout.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace the file if it exists already.
    #[arg(long)]
    pub force: bool,
    /// Make the page even though small_cell_threshold in peerlog.toml is below 3, so that
    /// counts of 1 or 2 show (colleague support; only for a reader who may see them).
    #[arg(long)]
    pub allow_small_counts: bool,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    let period = a.period.period()?;
    let store = ctx.store()?;
    let html = match store.config.programme {
        Programme::ThematicGroups => {
            if a.unit.is_some() {
                return Err(Error::usage(tr!("overview-unit-thematic")).hint(tr!("overview-unit-thematic-hint")));
            }
            thematic(&store, &a, period)?
        }
        Programme::ColleagueSupport => {
            if a.group.is_some() || a.as_of.is_some() {
                let flag = if a.group.is_some() { "--group" } else { "--as-of" };
                return Err(Error::usage(tr!("overview-flag-colleague", flag = flag))
                    .hint(tr!("overview-flag-colleague-hint", flag = flag)));
            }
            super::colleague::report::masking(
                ctx,
                store.config.colleague().small_cell_threshold,
                a.allow_small_counts,
            )?;
            colleague(&store, &a, period)?
        }
    };
    match a.output.as_deref() {
        Some(path) => {
            output::write_file(path, html.as_bytes(), a.force)?;
            if path.as_os_str() != "-" {
                ctx.note(tr!("overview-wrote", path = path.display().to_string()));
            }
            Ok(())
        }
        None => output::stdout(html.as_bytes()),
    }
}

fn thematic(store: &Store, a: &Args, period: Period) -> Result<String> {
    let as_of: Date = a.as_of.unwrap_or_else(Date::today);
    let only = a.group.as_deref().map(|g| store.group("--group", g)).transpose()?;
    let folder = store.load_folder()?;
    // The groups in `report summary`'s order.
    let mut groups: Vec<Group> = match &only {
        Some(g) => vec![g.clone()],
        None => folder.groups.clone(),
    };
    groups.sort_by(|a, b| (fold(a.name.as_str()), &a.id).cmp(&(fold(b.name.as_str()), &b.id)));
    let refs: Vec<&Group> = groups.iter().collect();
    let label = |g: &Group| if a.pseudonymise { g.id.to_string() } else { g.name.to_string() };

    let mut rows = summary::build(&folder, &groups, period)?;
    let mut pipes = pipeline::build(&folder, &refs);
    if a.pseudonymise {
        rows.iter_mut().for_each(|r| r.group = r.group_id.clone());
        pipes.iter_mut().for_each(|p| p.group = p.group_id.clone());
    }
    // The months of the stage changes and of the consultations.
    let last_month = rows.iter().map(|r| r.month.as_str()).max().and_then(|m| Period::month(m).ok()).and_then(|p| p.to);
    let over_time = over_time(&folder, &refs, period, last_month);
    let mut items = crate::programmes::thematic::agenda::agenda(&folder, as_of, store.config.agenda.stuck_after_days);
    items.retain(|i| only.as_ref().is_none_or(|g| i.group.as_ref() == Some(&g.id)));
    let names: std::collections::HashMap<_, _> = folder.groups.iter().map(|g| (&g.id, label(g))).collect();
    let agenda = items
        .iter()
        .map(|i| Due {
            due: i.due,
            kind: i.kind,
            group: i.group.as_ref().map(|g| names.get(g).cloned().unwrap_or_else(|| g.to_string())).unwrap_or_default(),
            record: i.record.to_string(),
        })
        .collect();
    let page = overview::thematic(
        &overview::Thematic {
            period,
            as_of,
            group: only.as_ref().map(label),
            pseudonymise: a.pseudonymise,
            summary: &rows,
            pipeline: &pipes,
            over_time,
            agenda,
        },
        overview::words(),
    );
    // The process ends after printing: freeing a large folder's records one by one would only
    // add time.
    std::mem::forget(folder);
    Ok(page)
}

/// Peers per stage at the end of each month of the period (an open end: the first stage change,
/// or the last stage change or `last`), at most ten years' months, the latest kept.
fn over_time(
    folder: &crate::store::Folder,
    groups: &[&Group],
    period: Period,
    last: Option<Date>,
) -> Vec<(Date, std::collections::BTreeMap<&'static str, usize>)> {
    use chrono::{Datelike, NaiveDate};
    let Some((first, last_change)) = pipeline::change_span(folder, groups) else { return Vec::new() };
    let from = period.from.unwrap_or(first);
    let to = period.to.unwrap_or(last_change.max(last.unwrap_or(last_change)));
    if to < from {
        return Vec::new();
    }
    let month = |d: Date| d.0.year() * 12 + d.0.month0() as i32;
    let (a, b) = (month(from).max(month(to) - 119), month(to));
    let days: Vec<Date> = (a..=b)
        .filter_map(|i| {
            let next = NaiveDate::from_ymd_opt((i + 1).div_euclid(12), (i + 1).rem_euclid(12) as u32 + 1, 1)?;
            Some(Date(next.pred_opt()?).min(to))
        })
        .collect();
    let counts = pipeline::stages_on(folder, groups, &days);
    days.into_iter().zip(counts).collect()
}

fn colleague(store: &Store, a: &Args, period: Period) -> Result<String> {
    let only = a.unit.as_deref().map(|u| super::colleague::unit(store, "--unit", u)).transpose()?;
    let folder = ColleagueFolder::load(store)?;
    let settings = store.config.colleague();
    let mut report = programme::report(&folder, super::colleague::course(store), period.from, period.to)?;
    report.rows.retain(|r| only.as_ref().is_none_or(|u| r.unit.id == u.id));
    let unit = only.map(|u| if a.pseudonymise { u.id.to_string() } else { u.name.to_string() });
    Ok(overview::colleague(
        &overview::Colleague {
            report: &report,
            threshold: settings.small_cell_threshold,
            unit,
            pseudonymise: a.pseudonymise,
        },
        overview::words(),
    ))
}
