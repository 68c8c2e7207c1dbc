//! `peerlog consent`: consent per participant and purpose, dated and revocable.

use crate::commands::flags::Flag;
use crate::commands::{Ctx, Subject, refuse};
use crate::error::{Error, Result};
use crate::model::{Consent, Date, GivenBy, Group, Person, Purpose, Role, rules};
use crate::output::{self, Format, Rows};

/// Give, revoke and list consents. A consent covers one purpose: taking part in consultations as a
/// peer, as a recipient, or being named in the ministry report.
#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Record consent for one or more purposes; prints the person's ID.
    #[command(
        after_help = "Examples:\n  peerlog consent give berzina recipient report --date 2025-02-03\n  peerlog consent give klavins peer recipient --by parent"
    )]
    Give {
        /// The person's ID, ID prefix or name.
        person: String,
        #[arg(value_enum, required = true)]
        purposes: Vec<Purpose>,
        /// Who gave it: needed for a child (self, parent, guardian, foster-parent); adults give their own.
        #[arg(long, value_enum)]
        by: Option<GivenBy>,
        /// The day it was given (default: today).
        #[arg(long, value_name = "DATE")]
        date: Option<Date>,
    },
    /// Record that consent was withdrawn; prints the person's ID.
    #[command(after_help = "Example:\n  peerlog consent revoke berzina report --date 2025-04-01")]
    Revoke {
        /// The person's ID, ID prefix or name.
        person: String,
        #[arg(value_enum, required = true)]
        purposes: Vec<Purpose>,
        /// The day it was withdrawn (default: today).
        #[arg(long, value_name = "DATE")]
        date: Option<Date>,
    },
    /// Correct a consent recorded wrongly: its day, who gave it, or its withdrawal; prints the
    /// person's ID. Without --on, the person's latest consent for that purpose is corrected.
    #[command(
        after_help = "Examples:\n  peerlog consent correct berzina report --given 2025-02-03\n  peerlog consent correct cakste recipient --by guardian\n  peerlog consent correct berzina report --revoked none"
    )]
    Correct {
        /// The person's ID, ID prefix or name.
        person: String,
        #[arg(value_enum)]
        purpose: Purpose,
        /// The consent given on this day (when the person has several for the purpose).
        #[arg(long, value_name = "DATE")]
        on: Option<Date>,
        /// The right day it was given.
        #[arg(long, value_name = "DATE")]
        given: Option<Date>,
        /// Who really gave it (self, parent, guardian, foster-parent).
        #[arg(long, value_enum)]
        by: Option<GivenBy>,
        /// The right day it was withdrawn, or `none` when it was not.
        #[arg(long, value_name = "DATE|none", value_parser = Flag(revoked))]
        revoked: Option<Revoked>,
    },
    /// Remove a consent recorded by mistake (a withdrawal is `consent revoke`); prints the
    /// person's ID.
    #[command(after_help = "Example:\n  peerlog consent remove berzina peer --on 2025-03-10")]
    Remove {
        /// The person's ID, ID prefix or name.
        person: String,
        #[arg(value_enum)]
        purpose: Purpose,
        /// The consent given on this day (when the person has several for the purpose).
        #[arg(long, value_name = "DATE")]
        on: Option<Date>,
    },
    /// List each participant's consents.
    #[command(after_help = "Example:\n  peerlog consent list --group rigas --format csv")]
    List {
        /// Only this group's participants.
        #[arg(long)]
        group: Option<String>,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
}

/// Consent given at the moment a participant or peer is added.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct GiveNow {
    /// Consent given today for these purposes: peer, recipient, report (comma-separated).
    #[arg(long, value_enum, value_delimiter = ',', value_name = "PURPOSE")]
    pub consent: Vec<Purpose>,
    /// Who gave that consent; needed for a child (self, parent, guardian, foster-parent).
    #[arg(long, value_enum, value_name = "WHO")]
    pub consent_by: Option<GivenBy>,
    /// The day that consent was given (default: today).
    #[arg(long, value_name = "DATE")]
    pub consent_date: Option<Date>,
}

impl GiveNow {
    /// Adds the consents to a person's `consents`.
    pub fn apply(&self, name: &str, role: Role, consents: &mut Vec<Consent>) -> Result<()> {
        give(name, role, consents, &self.consent, self.consent_by, self.consent_date.unwrap_or_else(Date::today))
    }
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<()> {
    match cmd {
        Cmd::Give { person, purposes, by, date } => {
            let date = date.unwrap_or_else(Date::today);
            update(ctx, &person, |p| give(p.name.as_str(), p.role, &mut p.consent, &purposes, by, date))
        }
        Cmd::Revoke { person, purposes, date } => {
            let date = date.unwrap_or_else(Date::today);
            update(ctx, &person, |p| revoke(p, &purposes, date))
        }
        Cmd::Correct { person, purpose, on, given, by, revoked } => {
            let revoked = revoked.map(|Revoked(r)| r);
            if given.is_none() && by.is_none() && revoked.is_none() {
                return Err(
                    Error::usage(tr!("consent-nothing-to-correct")).hint(tr!("consent-nothing-to-correct-hint"))
                );
            }
            update(ctx, &person, |p| {
                let i = pick(p, purpose, on)?;
                let c = &mut p.consent[i];
                c.given = given.unwrap_or(c.given);
                c.by = by.unwrap_or(c.by);
                c.revoked = revoked.unwrap_or(c.revoked);
                p.consent.sort_by_key(|c| c.given);
                Ok(())
            })
        }
        Cmd::Remove { person, purpose, on } => update(ctx, &person, |p| {
            let i = pick(p, purpose, on)?;
            p.consent.remove(i);
            Ok(())
        }),
        Cmd::List { group, format } => list(ctx, group.as_deref(), format),
    }
}

/// The consent of `p` for `purpose` that `on` names (the one given that day), or the latest.
fn pick(p: &Person, purpose: Purpose, on: Option<Date>) -> Result<usize> {
    let mine: Vec<usize> = (0..p.consent.len()).filter(|&i| p.consent[i].purpose == purpose).collect();
    let days = || {
        let d: Vec<String> = mine.iter().map(|&i| p.consent[i].given.to_string()).collect();
        d.join(", ")
    };
    match on {
        _ if mine.is_empty() => Err(Error::data(tr!(
            "consent-none-for",
            name = p.name.as_str(),
            id = p.id.to_string(),
            purpose = purpose.to_string()
        ))
        .hint(tr!("consent-none-for-hint", id = p.id.to_string(), purpose = purpose.to_string()))),
        Some(day) => mine.iter().copied().find(|&i| p.consent[i].given == day).ok_or_else(|| {
            Error::data(tr!(
                "consent-none-on",
                name = p.name.as_str(),
                id = p.id.to_string(),
                purpose = purpose.to_string(),
                date = day.to_string()
            ))
            .hint(tr!("consent-none-on-hint", purpose = purpose.to_string(), dates = days()))
        }),
        None => Ok(*mine.iter().max_by_key(|&&i| p.consent[i].given).expect("not empty")),
    }
}

/// `--revoked`: the day consent was revoked, or `none` (or nothing) when it was not.
#[derive(Debug, Clone, Copy)]
pub struct Revoked(Option<Date>);

fn revoked(flag: &str, value: &str) -> std::result::Result<Revoked, String> {
    match value.trim() {
        "none" | "" => Ok(Revoked(None)),
        d => d.parse().map(|d| Revoked(Some(d))).map_err(|e| format!("{flag}: {e}")),
    }
}

fn update(ctx: &Ctx, query: &str, change: impl FnOnce(&mut Person) -> Result<()>) -> Result<()> {
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let mut person = store.person("person", query, None)?;
    let before = person.clone();
    change(&mut person)?;
    let group = store.group("group", person.group.as_str()).ok();
    // Only what this change breaks refuses it: a problem the record had before stays for `check`.
    let had = rules::person(&before, group.as_ref());
    let problems = rules::person(&person, group.as_ref()).into_iter().filter(|p| !had.contains(p)).collect();
    refuse(ctx, Subject::Flags, problems)?;
    store.save(&person, None)?;
    output::result_line(person.id.as_str())
}

/// Records consent for `purposes` on `date` in a person's `consents`; a child's consent says who
/// gave it.
pub fn give(
    name: &str,
    role: Role,
    consents: &mut Vec<Consent>,
    purposes: &[Purpose],
    by: Option<GivenBy>,
    date: Date,
) -> Result<()> {
    if purposes.is_empty() {
        return Ok(());
    }
    let by = match (by, role) {
        (Some(by), _) => by,
        (None, Role::Child) => {
            return Err(Error::usage(tr!("consent-child-by", name = name)).hint(tr!("consent-child-by-hint")));
        }
        (None, _) => GivenBy::Themselves,
    };
    for &purpose in purposes {
        if consents.iter().any(|c| c.purpose == purpose && c.in_force(date)) {
            return Err(Error::data(tr!(
                "consent-already",
                name = name,
                purpose = purpose.to_string(),
                date = date.to_string()
            )));
        }
        consents.push(Consent { purpose, given: date, by, revoked: None });
    }
    Ok(())
}

fn revoke(person: &mut Person, purposes: &[Purpose], date: Date) -> Result<()> {
    for &purpose in purposes {
        let consent = person.consent.iter_mut().find(|c| c.purpose == purpose && c.in_force(date));
        match consent {
            Some(c) => c.revoked = Some(date),
            None => {
                return Err(Error::data(tr!(
                    "consent-none",
                    name = person.name.to_string(),
                    purpose = purpose.to_string(),
                    date = date.to_string()
                )));
            }
        }
    }
    Ok(())
}

fn list(ctx: &Ctx, group: Option<&str>, format: Format) -> Result<()> {
    let store = ctx.store()?;
    let group: Option<Group> = group.map(|g| store.group("--group", g)).transpose()?;
    let mut people: Vec<Person> = store.load()?;
    people.retain(|p| group.as_ref().is_none_or(|g| p.group == g.id));
    people.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    let today = Date::today();
    let state = |p: &Person, purpose: Purpose| match p
        .consent
        .iter()
        .rfind(|c| c.purpose == purpose && c.in_force(today))
        .or_else(|| p.consent.iter().rfind(|c| c.purpose == purpose))
    {
        None => "-".to_string(),
        Some(c) if c.in_force(today) => {
            output::cell(format, msg!("consent-since", date = c.given.to_string(), by = c.by.to_string()))
        }
        Some(c) => match c.revoked {
            Some(r) => output::cell(format, msg!("consent-revoked", date = r.to_string())),
            None => output::cell(format, msg!("consent-from", date = c.given.to_string())),
        },
    };
    let rows = people
        .iter()
        .map(|p| {
            let mut row = vec![p.id.to_string(), p.name.to_string()];
            row.extend(Purpose::ALL.iter().map(|&k| state(p, k)));
            row
        })
        .collect();
    let json: Vec<serde_json::Value> = people
        .iter()
        .map(|p| serde_json::json!({ "id": p.id, "name": p.name, "group": p.group, "consent": output::json(&p.consent).unwrap_or_default() }))
        .collect();
    output::print(format, &json, Rows::new(vec!["id", "name", "peer", "recipient", "report"], rows))
}
