//! The overview page of a colleague-support folder (`report overview`).

use super::folder::ColleagueFolder;
use super::report as programme;
use crate::commands::Ctx;
use crate::commands::overview::Args;
use crate::error::{Error, Result};
use crate::report::Period;
use crate::report::overview;
use crate::store::Store;

/// The page: the programme report's figures, small counts masked.
pub fn page(ctx: &Ctx, store: &Store, a: &Args, period: Period) -> Result<String> {
    if a.group.is_some() || a.as_of.is_some() {
        let flag = if a.group.is_some() { "--group" } else { "--as-of" };
        return Err(Error::usage(tr!("overview-flag-colleague", flag = flag))
            .hint(tr!("overview-flag-colleague-hint", flag = flag)));
    }
    super::commands::report::masking(ctx, store.config.colleague().small_cell_threshold, a.allow_small_counts)?;
    colleague(store, a, period)
}

fn colleague(store: &Store, a: &Args, period: Period) -> Result<String> {
    let only = a.unit.as_deref().map(|u| super::commands::unit(store, "--unit", u)).transpose()?;
    let folder = ColleagueFolder::load(store)?;
    let settings = store.config.colleague();
    let mut report = programme::report(&folder, super::commands::course(store), period.from, period.to)?;
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
