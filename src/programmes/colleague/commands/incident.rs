//! `peerlog incident`: critical incidents notified to the psychologists.

use super::exists;
use crate::commands::flags;
use crate::commands::{Ctx, Subject, refuse};
use crate::error::Result;
use crate::model::colleague::{FollowUp, HelpRequested, Incident, Moment, Word, rules};
use crate::model::{Date, Id};
use crate::output::{self, Format, Rows};
use crate::programmes::colleague::folder::ColleagueFolder;

/// Colleague support: critical incidents involving officers, as notified to the psychologists.
#[derive(Debug, clap::Subcommand)]
#[command(after_help = "Example:\n  peerlog incident list --open")]
pub enum Cmd {
    /// Record a notification; prints its ID.
    #[command(
        after_help = "Example:\n  peerlog incident notify --date 2025-05-06 --category serious-injury --unit daugavpils \\\n    --officers 4 --notified '2025-05-06 21:40' --psychologist 'IeM VSC psihologi, Daugavpils' \\\n    --help-requested team --supporter ozols"
    )]
    Notify(NotifyArgs),
    /// Update the follow-up status; prints the ID.
    #[command(after_help = "Example:\n  peerlog incident follow-up i-k2m9 done")]
    FollowUp {
        /// The notification's ID or ID prefix.
        incident: String,
        #[arg(value_enum)]
        status: FollowUp,
    },
    /// List notifications, oldest first.
    #[command(after_help = "Example:\n  peerlog incident list --open")]
    List {
        /// Only those whose follow-up is pending or in progress.
        #[arg(long)]
        open: bool,
        #[command(flatten)]
        period: crate::commands::period::PeriodArgs,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
}

#[derive(Debug, clap::Args)]
pub struct NotifyArgs {
    /// The day of the incident.
    #[arg(long, value_name = "DATE")]
    pub date: Date,
    /// One of the folder's categories (peerlog.toml, [colleague] incident_categories).
    #[arg(long)]
    pub category: Word,
    /// The unit (ID, ID prefix or name).
    #[arg(long)]
    pub unit: String,
    /// How many officers were involved.
    #[arg(long, value_parser = flags::count())]
    pub officers: u32,
    /// When the psychologist was notified: '2025-05-06 21:40'.
    #[arg(long, value_name = "DATE TIME")]
    pub notified: Moment,
    /// Which psychologist or city line was notified (ID, ID prefix or name).
    #[arg(long)]
    pub psychologist: String,
    /// The help requested.
    #[arg(long, value_enum)]
    pub help_requested: HelpRequested,
    /// The support person who notified, if one did.
    #[arg(long)]
    pub supporter: Option<String>,
    /// Where the follow-up stands.
    #[arg(long, value_enum, default_value_t = FollowUp::Pending)]
    pub follow_up: FollowUp,
}

/// `--officers`: how many, a whole number.
pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<()> {
    match cmd {
        Cmd::Notify(a) => notify(ctx, a),
        Cmd::FollowUp { incident, status } => follow_up(ctx, &incident, status),
        Cmd::List { open, period, format } => list(ctx, open, period.period()?, format),
    }
}

fn notify(ctx: &Ctx, a: NotifyArgs) -> Result<()> {
    let NotifyArgs { date, category, officers, notified, .. } = a;
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let unit = super::unit(&store, "--unit", &a.unit)?;
    let psychologist = super::psychologist(&store, "--psychologist", &a.psychologist)?;
    let supporter = a.supporter.as_deref().map(|s| super::supporter(&store, "--supporter", s)).transpose()?;
    let draft = Incident {
        id: Id::parse("i-new").expect("valid"),
        date,
        category,
        unit: unit.id,
        officers,
        notified,
        psychologist: psychologist.id,
        supporter: supporter.map(|s| s.id),
        help: a.help_requested,
        follow_up: a.follow_up,
    };
    let categories = store.config.colleague().incident_categories;
    refuse(ctx, Subject::Flags, rules::incident(&draft, &categories, &exists(&store)))?;
    let i = store.create(|id| Incident { id, ..draft.clone() })?;
    output::result_line(i.id.as_str())
}

fn follow_up(ctx: &Ctx, query: &str, status: FollowUp) -> Result<()> {
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let (mut i, path) = store.by_id_or_prefix::<Incident>("incident", query)?;
    i.follow_up = status;
    store.save(&i, Some(&path))?;
    output::result_line(i.id.as_str())
}

fn list(ctx: &Ctx, open: bool, period: crate::report::Period, format: Format) -> Result<()> {
    let store = ctx.store()?;
    let folder = ColleagueFolder::load(&store)?;
    let names = folder.names();
    let name = |id: &Id| names.get(id).map_or_else(|| id.to_string(), |n| n.to_string());
    let shown: Vec<&Incident> = folder
        .incidents
        .iter()
        .filter(|i| !open || i.follow_up.is_open())
        .filter(|i| period.contains(i.date))
        .collect();
    let rows = shown
        .iter()
        .map(|i| {
            vec![
                i.id.to_string(),
                i.date.to_string(),
                i.category.to_string(),
                name(&i.unit),
                i.officers.to_string(),
                i.notified.to_string(),
                name(&i.psychologist),
                i.help.to_string(),
                i.follow_up.to_string(),
            ]
        })
        .collect();
    output::print(
        format,
        &shown,
        Rows {
            headers: vec![
                "id",
                "date",
                "category",
                "unit",
                "officers",
                "notified",
                "psychologist",
                "help",
                "follow_up",
            ],
            rows,
            ..Default::default()
        },
    )
}
