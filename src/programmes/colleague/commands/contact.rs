//! `peerlog contact`: support contacts, with the minimum of data by design.

use super::exists;
use crate::commands::{Ctx, Subject, refuse};
use crate::error::Result;
use crate::model::colleague::{Contact, ContactKind, rules};
use crate::model::{Date, Id};
use crate::output::{self, Format, Rows};
use crate::programmes::colleague::folder::ColleagueFolder;

/// Colleague support: support contacts, with no names and no narrative.
///
/// A contact records when, where and what kind of support was given and whether professional
/// help was suggested; never who was supported or what was said.
#[derive(Debug, clap::Subcommand)]
#[command(after_help = "Example:\n  peerlog contact log --supporter ozols --kind at-scene --professional-help no")]
pub enum Cmd {
    /// Log a support contact; prints its ID.
    #[command(
        after_help = "Example:\n  peerlog contact log --supporter ozols --date 2025-04-11 --kind after-event --professional-help yes"
    )]
    Log(LogArgs),
    /// List contacts, oldest first.
    #[command(after_help = "Example:\n  peerlog contact list --unit daugavpils --from 2025-04-01 --to 2025-06-30")]
    List {
        /// Only this unit's (ID, ID prefix or name).
        #[arg(long)]
        unit: Option<String>,
        #[command(flatten)]
        period: crate::commands::period::PeriodArgs,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
}

#[derive(Debug, clap::Args)]
pub struct LogArgs {
    /// The support person who gave the support (ID, ID prefix or name).
    #[arg(long)]
    pub supporter: String,
    /// The day (default: today).
    #[arg(long, value_name = "DATE")]
    pub date: Option<Date>,
    /// at-scene, after-event (right after it), crisis (such as a loss), self-referral (the colleague came on their own).
    #[arg(long, value_enum)]
    pub kind: ContactKind,
    /// Whether professional help (a psychologist) was suggested.
    #[arg(long, value_enum, value_name = "YES|NO")]
    pub professional_help: YesNo,
    /// The unit where it happened (default: the support person's).
    #[arg(long)]
    pub unit: Option<String>,
}

/// An explicit answer, so that "not suggested" is never a forgotten flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum YesNo {
    Yes,
    No,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<()> {
    match cmd {
        Cmd::Log(a) => log(ctx, a),
        Cmd::List { unit, period, format } => list(ctx, unit.as_deref(), period.period()?, format),
    }
}

fn log(ctx: &Ctx, a: LogArgs) -> Result<()> {
    let date = a.date.unwrap_or_else(Date::today);
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let supporter = super::supporter(&store, "--supporter", &a.supporter)?;
    let unit = match &a.unit {
        Some(u) => super::unit(&store, "--unit", u)?.id,
        None => supporter.unit.clone(),
    };
    let draft = Contact {
        id: Id::parse("k-new").expect("valid"),
        date,
        supporter: supporter.id.clone(),
        unit,
        kind: a.kind,
        help_suggested: a.professional_help == YesNo::Yes,
    };
    refuse(ctx, Subject::Flags, rules::contact(&draft, Some(&supporter), &exists(&store)))?;
    let c = store.create(|id| Contact { id, ..draft.clone() })?;
    if c.help_suggested {
        ctx.note(tr!(
            "colleague-contact-referral",
            supporter = c.supporter.to_string(),
            date = c.date.to_string(),
            id = c.id.to_string()
        ));
    }
    output::result_line(c.id.as_str())
}

fn list(ctx: &Ctx, unit: Option<&str>, period: crate::report::Period, format: Format) -> Result<()> {
    let store = ctx.store()?;
    let unit = unit.map(|u| super::unit(&store, "--unit", u)).transpose()?;
    let folder = ColleagueFolder::load(&store)?;
    let names = folder.names();
    let name = |id: &Id| names.get(id).map_or_else(|| id.to_string(), |n| n.to_string());
    let shown: Vec<&Contact> = folder
        .contacts
        .iter()
        .filter(|c| unit.as_ref().is_none_or(|u| c.unit == u.id))
        .filter(|c| period.contains(c.date))
        .collect();
    let rows = shown
        .iter()
        .map(|c| {
            vec![
                c.id.to_string(),
                c.date.to_string(),
                name(&c.supporter),
                name(&c.unit),
                c.kind.to_string(),
                if c.help_suggested { "yes" } else { "no" }.to_string(),
            ]
        })
        .collect();
    output::print(
        format,
        &shown,
        Rows { headers: vec!["id", "date", "supporter", "unit", "kind", "help_suggested"], rows },
    )
}
