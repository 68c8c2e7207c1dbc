//! The overview page of a thematic-groups folder (`report overview`).

use super::folder::Folder;
use crate::commands::Ctx;
use crate::commands::overview::Args;
use crate::error::{Error, Result};
use crate::model::{Date, Group, fold};
use crate::programmes::thematic::report::{pipeline, summary};
use crate::report::Period;
use crate::report::overview::{self, Due};
use crate::store::Store;

/// The page: the summary, the pipeline, peers over time and the agenda.
pub fn page(_ctx: &Ctx, store: &Store, a: &Args, period: Period) -> Result<String> {
    if a.unit.is_some() {
        return Err(Error::usage(tr!("overview-unit-thematic")).hint(tr!("overview-unit-thematic-hint")));
    }
    thematic(store, a, period)
}

fn thematic(store: &Store, a: &Args, period: Period) -> Result<String> {
    let as_of: Date = a.as_of.unwrap_or_else(Date::today);
    let only = a.group.as_deref().map(|g| store.group("--group", g)).transpose()?;
    let folder = Folder::load(store)?;
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
    folder: &Folder,
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
