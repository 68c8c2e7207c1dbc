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
    /// The peer pipeline per group: peers per stage, criteria most observed, motivations.
    #[command(after_help = "Example:\n  peerlog report pipeline --group rigas --format json")]
    Pipeline {
        /// Only this group (ID, ID prefix or name).
        #[arg(long)]
        group: Option<String>,
        #[arg(long, value_enum, default_value_t)]
        format: crate::output::Format,
    },
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
        Cmd::Pipeline { group, format } => pipeline(ctx, group.as_deref(), format),
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
            Err(Error::usage(format!("--group is needed: the folder has {} groups: {}", many.len(), names.join(", "))))
        }
    }
}

fn pipeline(ctx: &Ctx, group: Option<&str>, format: crate::output::Format) -> Result<()> {
    use crate::report::pipeline;
    let store = ctx.store()?;
    let folder = store.load_folder()?;
    let only = group.map(|g| store.group("--group", g)).transpose()?;
    let mut groups: Vec<&Group> = folder.groups.iter().filter(|g| only.as_ref().is_none_or(|o| o.id == g.id)).collect();
    groups.sort_by(|a, b| a.name.cmp(&b.name));
    let report = pipeline::build(&folder, &groups);
    let rows = output::Rows { headers: vec!["group", "what", "word", "count"], rows: pipeline::rows(&report) };
    output::print(format, &report, rows)
}
