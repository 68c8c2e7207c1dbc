//! `peerlog referral`: referrals to level 2, followed until the loop is closed.

use super::exists;
use crate::commands::{Ctx, Subject, refuse};
use crate::error::{Error, Result};
use crate::model::colleague::{Contact, Outcome, Referral, rules};
use crate::model::{Date, Id};
use crate::output::{self, Format, Rows};
use crate::programmes::colleague::folder::ColleagueFolder;
use crate::store::Store;
use std::path::PathBuf;

/// Colleague support: referrals to the psychologists (level 2), until the loop is closed.
///
/// Suggested by a support person, then accepted and a first contact with a psychologist, or
/// declined. A referral names no one but the support person.
#[derive(Debug, clap::Subcommand)]
#[command(after_help = "Example:\n  peerlog referral suggest --supporter ozols --contact k-k2m9")]
pub enum Cmd {
    /// Record that a support person suggested professional help; prints the referral's ID.
    #[command(after_help = "Example:\n  peerlog referral suggest --supporter ozols --date 2025-04-11 --contact k-k2m9")]
    Suggest(SuggestArgs),
    /// The colleague accepted the suggestion.
    #[command(after_help = "Example:\n  peerlog referral accept r-k2m9 --date 2025-04-14")]
    Accept(Step),
    /// The colleague had a first contact with a psychologist: the loop is closed.
    #[command(after_help = "Example:\n  peerlog referral contact r-k2m9 --date 2025-04-22 --psychologist rozite")]
    Contact {
        #[command(flatten)]
        step: Step,
        /// The psychologist (ID, ID prefix or name).
        #[arg(long)]
        psychologist: String,
    },
    /// The colleague declined: the loop is closed.
    #[command(after_help = "Example:\n  peerlog referral decline r-k2m9 --date 2025-04-14")]
    Decline(Step),
    /// List referrals with their outcome.
    #[command(after_help = "Example:\n  peerlog referral list --open")]
    List {
        /// Only open ones (suggested or accepted, no first contact yet).
        #[arg(long)]
        open: bool,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
}

#[derive(Debug, clap::Args)]
pub struct SuggestArgs {
    /// The support person (ID, ID prefix or name).
    #[arg(long)]
    pub supporter: String,
    /// The day help was suggested (default: today).
    #[arg(long, value_name = "DATE")]
    pub date: Option<Date>,
    /// The support contact it came from (its ID or ID prefix), if logged.
    #[arg(long)]
    pub contact: Option<String>,
    /// The colleague's unit (default: the contact's, else the support person's).
    #[arg(long)]
    pub unit: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct Step {
    /// The referral's ID or ID prefix.
    pub referral: String,
    /// The day (default: today).
    #[arg(long, value_name = "DATE")]
    pub date: Option<Date>,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<()> {
    match cmd {
        Cmd::Suggest(a) => suggest(ctx, a),
        Cmd::Accept(step) => advance(ctx, step, Outcome::Accepted, None),
        Cmd::Contact { step, psychologist } => advance(ctx, step, Outcome::FirstContact, Some(psychologist)),
        Cmd::Decline(step) => advance(ctx, step, Outcome::Declined, None),
        Cmd::List { open, format } => list(ctx, open, format),
    }
}

fn suggest(ctx: &Ctx, a: SuggestArgs) -> Result<()> {
    let date = a.date.unwrap_or_else(Date::today);
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let supporter = super::supporter(&store, "--supporter", &a.supporter)?;
    let contact: Option<Contact> =
        a.contact.as_deref().map(|c| store.by_id_or_prefix::<Contact>("--contact", c).map(|(c, _)| c)).transpose()?;
    if let Some(c) = &contact {
        if c.supporter != supporter.id {
            return Err(Error::data(tr!(
                "colleague-contact-other",
                contact = c.id.to_string(),
                by = c.supporter.to_string(),
                name = supporter.name.as_str(),
                id = supporter.id.to_string()
            )));
        }
        let all: Vec<Referral> = store.load()?;
        if let Some(r) = all.iter().find(|r| r.contact.as_ref() == Some(&c.id)) {
            return Err(Error::data(tr!(
                "colleague-contact-has-referral",
                contact = c.id.to_string(),
                id = r.id.to_string()
            ))
            .hint(tr!("colleague-contact-has-referral-hint", id = r.id.to_string())));
        }
    }
    let unit = match (&a.unit, &contact) {
        (Some(u), _) => super::unit(&store, "--unit", u)?.id,
        (None, Some(c)) => c.unit.clone(),
        (None, None) => supporter.unit.clone(),
    };
    let draft = Referral {
        id: Id::parse("r-new").expect("valid"),
        supporter: supporter.id.clone(),
        unit,
        suggested: date,
        contact: contact.map(|c| c.id),
        accepted: None,
        first_contact: None,
        psychologist: None,
        declined: None,
    };
    refuse(ctx, Subject::Flags, rules::referral(&draft, Some(&supporter), &exists(&store)))?;
    let r = store.create(|id| Referral { id, ..draft.clone() })?;
    output::result_line(r.id.as_str())
}

fn advance(ctx: &Ctx, step: Step, to: Outcome, psychologist: Option<String>) -> Result<()> {
    let date = step.date.unwrap_or_else(Date::today);
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let (mut r, path): (Referral, PathBuf) = store.by_id_or_prefix("referral", &step.referral)?;
    if !r.is_open(None) {
        return Err(Error::data(tr!(
            "colleague-referral-closed",
            id = r.id.to_string(),
            outcome = r.outcome(None).to_string()
        )));
    }
    match to {
        Outcome::Accepted if r.accepted.is_some() => {
            return Err(Error::data(tr!("colleague-referral-accepted", id = r.id.to_string())));
        }
        Outcome::Accepted => r.accepted = Some(date),
        Outcome::FirstContact => {
            // A first contact means the colleague accepted, on that day at the latest.
            r.accepted.get_or_insert(date);
            r.first_contact = Some(date);
            let p = resolve_psychologist(&store, psychologist.as_deref())?;
            r.psychologist = Some(p);
        }
        Outcome::Declined => r.declined = Some(date),
        Outcome::Suggested => {}
    }
    refuse(ctx, Subject::Flags, rules::referral(&r, None, &exists(&store)))?;
    store.save(&r, Some(&path))?;
    output::result_line(r.id.as_str())
}

fn resolve_psychologist(store: &Store, query: Option<&str>) -> Result<Id> {
    let q = query.ok_or_else(|| Error::usage(tr!("colleague-first-contact-psychologist")))?;
    Ok(super::psychologist(store, "--psychologist", q)?.id)
}

fn list(ctx: &Ctx, open: bool, format: Format) -> Result<()> {
    let store = ctx.store()?;
    let folder = ColleagueFolder::load(&store)?;
    let names = folder.names();
    let name = |id: &Id| names.get(id).map_or_else(|| id.to_string(), |n| n.to_string());
    let day = |d: Option<crate::model::Date>| d.map(|d| d.to_string()).unwrap_or_default();
    let shown: Vec<&Referral> = folder.referrals.iter().filter(|r| !open || r.is_open(None)).collect();
    let rows = shown
        .iter()
        .map(|r| {
            vec![
                r.id.to_string(),
                r.suggested.to_string(),
                name(&r.supporter),
                name(&r.unit),
                r.outcome(None).to_string(),
                day(r.accepted),
                day(r.first_contact),
                day(r.declined),
            ]
        })
        .collect();
    output::print(
        format,
        &shown,
        Rows {
            headers: vec!["id", "suggested", "supporter", "unit", "outcome", "accepted", "first_contact", "declined"],
            rows,
        },
    )
}
