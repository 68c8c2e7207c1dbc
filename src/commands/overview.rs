//! `peerlog report overview`: one self-contained HTML page with charts, for either programme.
//! The numbers come from the code of `report summary`, `report pipeline`, `agenda` and
//! `report programme`; `report::overview` lays them out.

use super::Ctx;
use super::period::PeriodArgs;
use crate::error::{Error, Result};
use crate::output;
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
    pub as_of: Option<crate::model::Date>,
    /// Groups and units by their IDs instead of their names.
    #[arg(long)]
    pub pseudonymise: bool,
    /// Write to FILE (atomically) instead of stdout; `-` is stdout.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// html, the page's only format (summary, pipeline and programme write CSV, JSON and XLSX).
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Replace the file if it exists already.
    #[arg(long)]
    pub force: bool,
    /// Make the page even though small_cell_threshold in peerlog.toml is below 3, so that
    /// counts of 1 or 2 show (colleague support; only for a reader who may see them).
    #[arg(long)]
    pub allow_small_counts: bool,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    if let Some(format) = a.format.as_deref().filter(|f| !f.trim().eq_ignore_ascii_case("html")) {
        return Err(Error::usage(tr!("overview-format", format = crate::model::shown(format)))
            .hint(tr!("overview-format-hint")));
    }
    let period = a.period.period()?;
    if let Some(path) = &a.output {
        output::check_folder(path)?;
    }
    let store = ctx.store()?;
    let html = (crate::programmes::of(store.config.programme).overview)(ctx, &store, &a, period)?;
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
