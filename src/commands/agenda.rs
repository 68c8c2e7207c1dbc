//! `peerlog agenda` (and `support agenda`): what the coordinator should do now, oldest first,
//! in one shape for every programme. Each programme finds its own items
//! ([`crate::programmes::Spec::agenda`]).

use super::Ctx;
use crate::error::Result;
use crate::i18n::Msg;
use crate::model::{Date, Id};
use crate::output::{self, Format, Rows};
use serde::Serialize;

/// What is due, in either programme. Always exits 0.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  peerlog agenda --group rigas --as-of 2025-04-01")]
pub struct Args {
    /// Only this group (ID, ID prefix or name).
    #[arg(long)]
    pub group: Option<String>,
    /// The day to look from (default: today).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<Date>,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

/// One thing to do, the same for every programme.
#[derive(Debug, Serialize)]
pub struct Item {
    /// Since when it has been due.
    pub due: Date,
    /// What kind of thing it is, a word such as `confirm-consultation` or `interview`.
    pub kind: &'static str,
    /// The group concerned (thematic groups only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<Id>,
    /// The record concerned.
    pub record: Id,
    /// In the current language on a table, in English in JSON.
    pub message: Msg,
    /// The command that deals with it.
    pub next: String,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let as_of: Date = args.as_of.unwrap_or_else(Date::today);
    let store = ctx.store()?;
    let group = args.group.as_deref().map(|g| store.group("--group", g)).transpose()?;
    let mut items = (crate::programmes::of(store.config.programme).agenda)(&store, as_of)?;
    items.retain(|i| group.as_ref().is_none_or(|g| i.group.as_ref() == Some(&g.id)));
    print(ctx, args.format, &items, as_of)
}

/// Prints the agenda, oldest first, as a table, CSV or JSON.
pub fn print(ctx: &Ctx, format: Format, items: &[Item], as_of: Date) -> Result<()> {
    if items.is_empty() {
        ctx.note(tr!("agenda-empty", date = as_of.to_string()));
    }
    let rows = items
        .iter()
        .map(|i| {
            vec![
                i.due.to_string(),
                // The word scripts read in CSV; its meaning in the people's language on a table.
                if format == Format::Table { tr!("agenda-what", key = i.kind) } else { i.kind.to_string() },
                i.record.to_string(),
                output::cell(format, i.message.clone()),
                i.next.clone(),
            ]
        })
        .collect();
    output::print(format, &items, Rows::new(vec!["due", "what", "record", "details", "next"], rows))
}
