//! `peerlog peer`: peers, the participants who give consultations.

use super::{Ctx, enforce, parse_flag, participant};
use crate::error::{Error, Result};
use crate::model::{Consultation, Date, PeerInfo, Person, Role, Stage, StageChange, Status, rules};
use crate::output::{self, Format, Rows};
use serde::Serialize;

/// Register, list and show peers.
#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Register a peer; an existing participant of that name in the group is promoted.
    /// Prints the peer's ID.
    #[command(after_help = "Example:\n  peerlog peer add 'Līga Ozoliņa' --group rigas --role parent")]
    Add(AddArgs),
    /// List peers.
    #[command(after_help = "Example:\n  peerlog peer list --group rigas")]
    List(participant::ListArgs),
    /// Show a peer with their stages and consultations.
    #[command(after_help = "Example:\n  peerlog peer show ozolina --format json")]
    Show {
        /// The peer's ID, ID prefix or name.
        peer: String,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
}

#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// First name and surname.
    pub name: String,
    /// The group's ID, ID prefix or name.
    #[arg(long)]
    pub group: String,
    /// Needed when the peer is not yet a participant of the group.
    #[arg(long, value_enum)]
    pub role: Option<Role>,
    /// Needed for a child peer (at least 13 on the day of a consultation).
    #[arg(long, value_name = "DATE")]
    pub birth_date: Option<String>,
    /// Where in the pipeline the peer starts (default: active).
    #[arg(long, value_enum, default_value_t = Stage::Active)]
    pub stage: Stage,
    /// The day the peer entered that stage (default: today).
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<()> {
    match cmd {
        Cmd::Add(a) => add(ctx, a),
        Cmd::List(a) => participant::list(ctx, a.group.as_deref(), a.format, true),
        Cmd::Show { peer, format } => show(ctx, &peer, format),
    }
}

fn add(ctx: &Ctx, a: AddArgs) -> Result<()> {
    let date: Date = a
        .date
        .as_deref()
        .map(|d| parse_flag("--date", d))
        .transpose()?
        .unwrap_or_else(Date::today);
    let info = PeerInfo {
        stages: vec![StageChange {
            stage: a.stage,
            date,
            note: None,
        }],
    };
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let new = participant::NewPerson::parse(&store, &a.name, &a.group, a.birth_date.as_deref())?;
    let person = match new.existing(&store)? {
        Some(p) if p.is_peer() => {
            return Err(
                Error::data(format!("{} ({}) is already a peer of {}", p.name, p.id, new.group.name))
                    .hint(format!("see them with `peerlog peer show {}`", p.id)),
            );
        }
        Some(mut p) => {
            p.role = a.role.unwrap_or(p.role);
            p.birth_date = new.birth_date.or(p.birth_date);
            p.peer = Some(info);
            enforce(ctx, rules::person(&p, Some(&new.group)))?;
            store.save(&p, None)?;
            ctx.note(format!(
                "{} was a participant of {}; now also a peer",
                p.name, new.group.name
            ));
            p
        }
        None => {
            let role = a.role.ok_or_else(|| {
                Error::usage(format!(
                    "--role is needed: {} is not yet a participant of {}",
                    new.name, new.group.name
                ))
                .hint("give --role child|parent|foster-parent|guardian")
            })?;
            new.create(ctx, &store, role, Some(info))?
        }
    };
    output::result_line(person.id.as_str())
}

/// A peer with their consultations, as `peer show` prints it.
#[derive(Serialize)]
struct PeerView<'a> {
    #[serde(flatten)]
    person: &'a Person,
    consultations: Vec<&'a Consultation>,
}

fn show(ctx: &Ctx, query: &str, format: Format) -> Result<()> {
    let store = ctx.store()?;
    let person = store.person("peer", query, None)?;
    let Some(info) = &person.peer else {
        return Err(
            Error::data(format!("{} ({}) is a participant, not a peer", person.name, person.id))
                .hint("register them with `peerlog peer add`"),
        );
    };
    let all: Vec<Consultation> = store.load()?;
    let mut mine: Vec<&Consultation> = all.iter().filter(|c| c.peer == person.id).collect();
    mine.sort_by_key(|c| (c.date, c.time, c.id.clone()));
    let mut rows = vec![
        vec!["id".to_string(), person.id.to_string()],
        vec!["name".into(), person.name.to_string()],
        vec!["group".into(), person.group.to_string()],
        vec!["role".into(), person.role.to_string()],
        vec![
            "birth_date".into(),
            person.birth_date.map(|d| d.to_string()).unwrap_or_default(),
        ],
    ];
    for s in &info.stages {
        let note = s.note.as_ref().map(|n| format!(" ({n})")).unwrap_or_default();
        rows.push(vec!["stage".into(), format!("{} since {}{note}", s.stage, s.date)]);
    }
    let count = |st: Status| mine.iter().filter(|c| c.status == st).count();
    rows.push(vec![
        "consultations".into(),
        format!(
            "{} held, {} planned, {} cancelled",
            count(Status::Held),
            count(Status::Planned),
            count(Status::Cancelled)
        ),
    ]);
    let view = PeerView {
        person: &person,
        consultations: mine,
    };
    output::print(
        format,
        &view,
        Rows {
            headers: vec!["field", "value"],
            rows,
        },
    )
}
