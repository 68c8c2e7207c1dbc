//! `peerlog report`: the ministry's Appendix 1 sheet.

use super::{Ctx, parse_flag};
use crate::error::{Error, Result};
use crate::model::{Date, Group};
use crate::output;
use crate::report::appendix1::{self, HEADERS, Period};
use crate::store::Store;

/// Reports for the ministry and the programme.
#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// The Appendix 1 sheet (LĪDZINIEKU KONSULTĀCIJU UZSKAITES LAPA) of one group, as CSV.
    #[command(after_help = "Example:\n  peerlog report appendix1 --group rigas > appendix1.csv")]
    Appendix1(Appendix1Args),
}

#[derive(Debug, clap::Args)]
pub struct Appendix1Args {
    /// The group (ID, ID prefix or name); needed when the folder has several.
    #[arg(long)]
    pub group: Option<String>,
    /// From this day on (inclusive).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Up to this day (inclusive).
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<()> {
    match cmd {
        Cmd::Appendix1(a) => appendix1(ctx, a),
    }
}

fn appendix1(ctx: &Ctx, a: Appendix1Args) -> Result<()> {
    let period = Period {
        from: a.from.as_deref().map(|d| parse_flag::<Date>("--from", d)).transpose()?,
        to: a.to.as_deref().map(|d| parse_flag::<Date>("--to", d)).transpose()?,
    };
    let store = ctx.store()?;
    let folder = store.load_folder()?;
    let group = pick_group(&store, &folder.groups, a.group.as_deref())?;
    let sheet = appendix1::build(&folder, &group, period);
    // The process ends after printing: freeing a large folder's records one by one would only
    // add time (about 15 ms at 100,000 consultations).
    std::mem::forget(folder);
    let mut w = csv::Writer::from_writer(Vec::new());
    let csv_err = |e: csv::Error| Error::data(format!("cannot write CSV: {e}"));
    w.write_record(HEADERS).map_err(csv_err)?;
    for row in &sheet.rows {
        w.write_record(row).map_err(csv_err)?;
    }
    output::stdout(&w.into_inner().map_err(|e| Error::data(e.to_string()))?)
}

/// The group a report is about: the one named, or the only one there is.
fn pick_group(store: &Store, groups: &[Group], query: Option<&str>) -> Result<Group> {
    match (query, groups) {
        (Some(q), _) => store.group("--group", q),
        (None, [only]) => Ok(only.clone()),
        (None, []) => Err(Error::data("the folder has no groups yet").hint("add one with `peerlog group add`")),
        (None, many) => {
            let names: Vec<String> = many.iter().map(|g| format!("{} ({})", g.name, g.id)).collect();
            Err(Error::usage(format!(
                "--group is needed: the folder has {} groups: {}",
                many.len(),
                names.join(", ")
            )))
        }
    }
}
