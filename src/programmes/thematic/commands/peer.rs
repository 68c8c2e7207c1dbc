//! `peerlog peer`: peers, the participants who give consultations.

use super::participant;
use crate::commands::{Ctx, Subject, refuse};
use crate::error::{Error, Result};
use crate::model::Text;
use crate::model::{
    Consultation, Date, Motivation, PeerInfo, Person, Preparation, Role, Sign, Stage, StageChange, Status, rules,
};
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
    /// Move a peer (or a participant) to a pipeline stage; prints the person's ID.
    #[command(
        after_help = "Example:\n  peerlog peer stage ozolina approached --date 2025-03-05 --note 'Runājām pēc grupas'"
    )]
    Stage {
        /// The person's ID, ID prefix or name.
        peer: String,
        #[arg(value_enum)]
        stage: Stage,
        /// The day of the change (default: today).
        #[arg(long, value_name = "DATE")]
        date: Option<Date>,
        /// A short note on the change (no details of conversations).
        #[arg(long, allow_hyphen_values = true)]
        note: Option<Text>,
    },
    /// Record criteria and signs observed in a participant (see `peerlog vocab`); a participant
    /// who is not yet in the pipeline becomes identified.
    #[command(after_help = "Example:\n  peerlog peer observe berzina empathy communication --date 2025-02-17")]
    Observe {
        /// The person's ID, ID prefix or name.
        peer: String,
        #[arg(value_enum, required = true)]
        signs: Vec<Sign>,
        /// The day observed (default: today).
        #[arg(long, value_name = "DATE")]
        date: Option<Date>,
    },
    /// Record what motivates a peer (see `peerlog vocab`).
    #[command(after_help = "Example:\n  peerlog peer motivation berzina personal-experience altruism")]
    Motivation {
        /// The peer's ID, ID prefix or name.
        peer: String,
        #[arg(value_enum, required = true)]
        motivations: Vec<Motivation>,
    },
    /// Tick preparation topics covered with a peer (see `peerlog vocab`).
    #[command(after_help = "Example:\n  peerlog peer prepare berzina ethics boundaries structure --date 2025-03-03")]
    Prepare {
        /// The peer's ID, ID prefix or name.
        peer: String,
        #[arg(value_enum, required = true)]
        items: Vec<Preparation>,
        /// The day covered (default: today).
        #[arg(long, value_name = "DATE")]
        date: Option<Date>,
    },
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
    #[arg(value_parser = crate::commands::flags::name())]
    pub name: Text,
    /// The group's ID, ID prefix or name.
    #[arg(long)]
    pub group: String,
    /// Needed when the peer is not yet a participant of the group.
    #[arg(long, value_enum)]
    pub role: Option<Role>,
    /// Needed for a child peer (at least 13 on the day of a consultation).
    #[arg(long, value_name = "DATE", value_parser = participant::birth_date())]
    pub birth_date: Option<Date>,
    #[command(flatten)]
    pub consent: super::consent::GiveNow,
    /// Where in the pipeline the peer starts (default: active).
    #[arg(long, value_enum, default_value_t = Stage::Active)]
    pub stage: Stage,
    /// The day the peer entered that stage (default: today).
    #[arg(long, value_name = "DATE")]
    pub date: Option<Date>,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<()> {
    match cmd {
        Cmd::Add(a) => add(ctx, a),
        Cmd::List(a) => participant::list(ctx, a.group.as_deref(), a.format, true),
        Cmd::Show { peer, format } => show(ctx, &peer, format),
        Cmd::Stage { peer, stage, date, note } => {
            let date = date.unwrap_or_else(Date::today);
            update(ctx, &peer, |p| {
                let Some(info) = &mut p.peer else {
                    p.peer = Some(PeerInfo { stages: vec![StageChange { stage, date, note }], ..PeerInfo::default() });
                    return Ok(());
                };
                if info.since().is_some_and(|since| date < since) {
                    // A change that happened earlier (backfilling): it goes in its place, if the
                    // stages before and after it stay in the pipeline's order.
                    let at = info.stages.partition_point(|s| s.date <= date);
                    let (before, after) = (at.checked_sub(1).map(|i| &info.stages[i]), &info.stages[at]);
                    let fits = before.is_none_or(|b| b.stage < stage && b.stage != Stage::Ended)
                        && (stage < after.stage || after.stage == Stage::Ended)
                        && stage != Stage::Ended;
                    if !fits {
                        let around = match before {
                            Some(b) => tr!(
                                "peer-stage-between",
                                before = b.stage.to_string(),
                                before_date = b.date.to_string(),
                                after = after.stage.to_string(),
                                after_date = after.date.to_string()
                            ),
                            None => {
                                tr!("peer-stage-on", stage = after.stage.to_string(), date = after.date.to_string())
                            }
                        };
                        return Err(Error::data(tr!(
                            "peer-stage-out-of-order",
                            stage = stage.to_string(),
                            date = date.to_string(),
                            around = around
                        ))
                        .hint(tr!("peer-stage-history-hint", id = p.id.to_string())));
                    }
                    info.stages.insert(at, StageChange { stage, date, note });
                    ctx.note(tr!(
                        "peer-stage-inserted",
                        name = p.name.as_str(),
                        stage = stage.to_string(),
                        date = date.to_string()
                    ));
                    return Ok(());
                }
                if info.stage() == Some(stage) {
                    return Err(Error::data(tr!(
                        "peer-already-stage",
                        name = p.name.to_string(),
                        stage = stage.to_string()
                    )));
                }
                if let Some(from) = info.stage().filter(|from| stage < *from && stage != Stage::Ended) {
                    ctx.warn(tr!(
                        "peer-stage-back",
                        name = p.name.to_string(),
                        from = from.to_string(),
                        stage = stage.to_string()
                    ));
                }
                info.stages.push(StageChange { stage, date, note });
                Ok(())
            })
        }
        Cmd::Observe { peer, signs, date } => {
            let date = date.unwrap_or_else(Date::today);
            update(ctx, &peer, |p| {
                let info = p.peer.get_or_insert_with(|| PeerInfo::starting(Stage::Identified, date));
                for sign in signs {
                    info.observed.entry(sign).or_insert(date);
                }
                Ok(())
            })
        }
        Cmd::Motivation { peer, motivations } => update(ctx, &peer, |p| {
            pipeline(p)?.motivations.extend(motivations);
            Ok(())
        }),
        Cmd::Prepare { peer, items, date } => {
            let date = date.unwrap_or_else(Date::today);
            update(ctx, &peer, |p| {
                let info = pipeline(p)?;
                for item in items {
                    info.prepared.insert(item, date);
                }
                Ok(())
            })
        }
    }
}

fn add(ctx: &Ctx, a: AddArgs) -> Result<()> {
    let info = PeerInfo::starting(a.stage, a.date.unwrap_or_else(Date::today));
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let new = participant::NewPerson::parse(&store, a.name.clone(), &a.group, a.birth_date)?;
    let group = new.group.clone();
    let person = match new.existing(&store)? {
        Some(p) if p.is_peer() => {
            return Err(Error::data(tr!(
                "peer-already",
                name = p.name.to_string(),
                id = p.id.to_string(),
                group = new.group.name.to_string()
            ))
            .hint(tr!("peer-already-hint", id = p.id.to_string())));
        }
        Some(mut p) => {
            p.role = a.role.unwrap_or(p.role);
            p.birth_date = new.birth_date.or(p.birth_date);
            p.peer = Some(info);
            a.consent.apply(p.name.as_str(), p.role, &mut p.consent)?;
            refuse(ctx, Subject::Flags, rules::person(&p, Some(&new.group)))?;
            store.save(&p, None)?;
            ctx.note(tr!("peer-promoted", name = p.name.to_string(), group = new.group.name.to_string()));
            p
        }
        None => {
            let role = a.role.ok_or_else(|| {
                Error::usage(tr!("peer-role-needed", name = new.name.to_string(), group = new.group.name.to_string()))
                    .hint(tr!("peer-role-needed-hint"))
            })?;
            let mut consent = Vec::new();
            a.consent.apply(new.name.as_str(), role, &mut consent)?;
            new.create(ctx, &store, role, Some(info), consent)?
        }
    };
    refuse(ctx, Subject::Flags, rules::approach_timing(&person, &group))?;
    output::result_line(person.id.as_str())
}

/// The pipeline of a person who is in it, or an error saying how to start it.
fn pipeline(p: &mut Person) -> Result<&mut PeerInfo> {
    let (name, id) = (p.name.to_string(), p.id.to_string());
    p.peer.as_mut().ok_or_else(|| {
        Error::data(tr!("peer-not-in-pipeline", name = name.to_string(), id = id.to_string()))
            .hint(tr!("peer-not-in-pipeline-hint", id = id.to_string()))
    })
}

/// Changes one person's pipeline under the lock, checks the rules, saves, prints the ID.
fn update(ctx: &Ctx, query: &str, change: impl FnOnce(&mut Person) -> Result<()>) -> Result<()> {
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let mut person = store.person("peer", query, None)?;
    change(&mut person)?;
    let group = store.group("group", person.group.as_str())?;
    let mut problems = rules::person(&person, Some(&group));
    problems.extend(rules::approach_timing(&person, &group));
    refuse(ctx, Subject::Flags, problems)?;
    store.save(&person, None)?;
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
        return Err(Error::data(tr!("peer-not-a-peer", name = person.name.to_string(), id = person.id.to_string()))
            .hint(tr!("peer-not-a-peer-hint")));
    };
    let all: Vec<Consultation> = store.load()?;
    let mut mine: Vec<&Consultation> = all.iter().filter(|c| c.peer == person.id).collect();
    mine.sort_by_key(|c| (c.date, c.time, c.id.clone()));
    let mut rows = vec![
        vec!["id".to_string(), person.id.to_string()],
        vec!["name".into(), person.name.to_string()],
        vec!["group".into(), person.group.to_string()],
        vec!["role".into(), person.role.to_string()],
        vec!["birth_date".into(), person.birth_date.map(|d| d.to_string()).unwrap_or_default()],
    ];
    for s in &info.stages {
        let note = s.note.as_ref().map(|n| format!(" ({n})")).unwrap_or_default();
        let since = msg!("show-stage-since", stage = s.stage.to_string(), date = s.date.to_string());
        rows.push(vec!["stage".into(), format!("{}{note}", output::cell(format, since))]);
    }
    let list = |items: Vec<String>| {
        if items.is_empty() { "-".to_string() } else { items.join(", ") }
    };
    rows.push(vec!["observed".into(), list(info.observed.iter().map(|(s, d)| format!("{s} ({d})")).collect())]);
    rows.push(vec!["motivations".into(), list(info.motivations.iter().map(|m| m.to_string()).collect())]);
    rows.push(vec!["prepared".into(), list(info.prepared.iter().map(|(p, d)| format!("{p} ({d})")).collect())]);
    let count = |st: Status| mine.iter().filter(|c| c.status == st).count();
    rows.push(vec![
        "consultations".into(),
        output::cell(
            format,
            msg!(
                "show-consultation-counts",
                held = count(Status::Held),
                planned = count(Status::Planned),
                cancelled = count(Status::Cancelled)
            ),
        ),
    ]);
    let view = PeerView { person: &person, consultations: mine };
    output::print(format, &view, Rows::fields(rows))
}
