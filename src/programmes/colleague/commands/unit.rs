//! `peerlog unit`: the structural units where support persons serve.

use crate::commands::Ctx;
use crate::error::{Error, Result};
use crate::model::Text;
use crate::model::colleague::Unit;
use crate::model::fold;
use crate::output::{self, Format, Rows};
use crate::programmes::colleague::folder::ColleagueFolder;
use serde::Serialize;

/// Colleague support: add, list and show structural units.
#[derive(Debug, clap::Subcommand)]
#[command(
    after_help = "Example:\n  peerlog unit add 'Daugavpils iecirknis' --service 'Valsts policija' --region Latgale"
)]
pub enum Cmd {
    /// Add a structural unit; prints its ID.
    #[command(
        after_help = "Example:\n  peerlog unit add 'Latgales reģiona pārvaldes Daugavpils iecirknis' \\\n    --service 'Valsts policija' --region Latgale"
    )]
    Add(AddArgs),
    /// List units.
    #[command(after_help = "Example:\n  peerlog unit list --format csv")]
    List {
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Show a unit with its support persons and their stages.
    #[command(after_help = "Example:\n  peerlog unit show daugavpils")]
    Show {
        /// The unit's ID, ID prefix or name.
        unit: String,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
}

#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// The unit's name, unique in the folder.
    #[arg(value_parser = crate::commands::flags::name())]
    pub name: Text,
    /// The service it belongs to, such as 'Valsts policija'.
    #[arg(long, allow_hyphen_values = true)]
    pub service: Text,
    /// The region, such as Latgale.
    #[arg(long, allow_hyphen_values = true)]
    pub region: Text,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<()> {
    match cmd {
        Cmd::Add(a) => add(ctx, a),
        Cmd::List { format } => list(ctx, format),
        Cmd::Show { unit, format } => show(ctx, &unit, format),
    }
}

fn add(ctx: &Ctx, a: AddArgs) -> Result<()> {
    let AddArgs { name, service, region } = a;
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let units: Vec<Unit> = store.load()?;
    if let Some(u) = units.iter().find(|u| fold(u.name.as_str()) == fold(name.as_str())) {
        return Err(Error::data(tr!("colleague-unit-exists", name = u.name.as_str(), id = u.id.to_string()))
            .hint(tr!("colleague-unit-exists-hint")));
    }
    let unit = store.create(|id| Unit { id, name: name.clone(), service: service.clone(), region: region.clone() })?;
    output::result_line(unit.id.as_str())
}

const HEADERS: [&str; 4] = ["id", "name", "service", "region"];

fn row(u: &Unit) -> Vec<String> {
    vec![u.id.to_string(), u.name.to_string(), u.service.to_string(), u.region.to_string()]
}

fn list(ctx: &Ctx, format: Format) -> Result<()> {
    let mut units: Vec<Unit> = ctx.store()?.load()?;
    units.sort_by(|a, b| (&a.name, &a.id).cmp(&(&b.name, &b.id)));
    let rows = Rows::new(HEADERS.to_vec(), units.iter().map(row).collect()).of_things(true);
    output::print(format, &units, rows)
}

/// A unit with its support persons, as `unit show` prints it.
#[derive(Serialize)]
struct UnitView<'a> {
    #[serde(flatten)]
    unit: &'a Unit,
    supporters: Vec<SupporterLine<'a>>,
    contacts: usize,
    incidents: usize,
    referrals: usize,
}

#[derive(Serialize)]
struct SupporterLine<'a> {
    id: &'a crate::model::Id,
    name: &'a str,
    stage: String,
}

fn show(ctx: &Ctx, query: &str, format: Format) -> Result<()> {
    let store = ctx.store()?;
    let unit = super::unit(&store, "unit", query)?;
    let folder = ColleagueFolder::load(&store)?;
    let course = super::course(&store);
    let supporters: Vec<SupporterLine> = folder
        .supporters
        .iter()
        .filter(|s| s.unit == unit.id)
        .map(|s| SupporterLine {
            id: &s.id,
            name: s.name.as_str(),
            stage: s.stage(course, None).map(|s| s.to_string()).unwrap_or_default(),
        })
        .collect();
    let view = UnitView {
        unit: &unit,
        contacts: folder.contacts.iter().filter(|c| c.unit == unit.id).count(),
        incidents: folder.incidents.iter().filter(|i| i.unit == unit.id).count(),
        referrals: folder.referrals.iter().filter(|r| r.unit == unit.id).count(),
        supporters,
    };
    let mut rows: Vec<Vec<String>> = Rows::field_rows(&HEADERS, row(&unit));
    rows.push(vec![
        "records".into(),
        output::cell(
            format,
            msg!(
                "colleague-unit-records",
                contacts = view.contacts,
                incidents = view.incidents,
                referrals = view.referrals
            ),
        ),
    ]);
    for s in &view.supporters {
        rows.push(vec![s.id.to_string(), format!("{}, {}", s.name, s.stage)]);
    }
    // Every show has one table shape, field and value, in table, CSV and XLSX alike.
    output::print(format, &view, Rows::fields(rows).of_things(true))
}
