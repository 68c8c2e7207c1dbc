//! `peerlog group`: thematic support groups.

use crate::commands::Ctx;
use crate::error::{Error, Result};
use crate::model::{Consultation, Date, DeliveryModel, Group, Id, Person, Status, Text, fold};
use crate::output::{self, Format, Rows};
use clap::builder::{PossibleValuesParser, TypedValueParser};
use serde::Serialize;
use std::collections::HashSet;

/// Add, list and show thematic support groups.
#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Add a group; prints its ID.
    #[command(
        after_help = "Example:\n  peerlog group add 'Rīgas vecāku grupa' --leader 'Inese Kalniņa' \\\n    --venue 'Rīga, Brīvības iela 1' --model 1 --start 2025-02-01 --end 2025-05-31"
    )]
    Add(AddArgs),
    /// List groups.
    #[command(after_help = "Example:\n  peerlog group list --format json")]
    List {
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Record the group's meetings (tikšanās reizes).
    #[command(subcommand, after_help = "Example:\n  peerlog group meeting add rigas --date 2025-03-10")]
    Meeting(MeetingCmd),
    /// Show a group with its participants and peers.
    #[command(after_help = "Example:\n  peerlog group show rigas")]
    Show {
        /// The group's ID, ID prefix or name.
        group: String,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
}

/// The group's meetings.
#[derive(Debug, clap::Subcommand)]
pub enum MeetingCmd {
    /// Add one or more meeting dates; prints the group's ID.
    #[command(after_help = "Example:\n  peerlog group meeting add rigas --date 2025-02-03 --date 2025-02-10")]
    Add {
        /// The group's ID, ID prefix or name.
        group: String,
        /// A meeting day; repeat for several.
        #[arg(long, value_name = "DATE", required = true)]
        date: Vec<Date>,
    },
}

#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// The group's name, unique in the folder.
    #[arg(value_parser = crate::commands::flags::name())]
    pub name: Text,
    /// The group's leader (Tematiskā atbalsta grupas vadītājs).
    #[arg(long, allow_hyphen_values = true)]
    pub leader: Text,
    /// Where the group meets (Tematiskā atbalsta grupas norises vieta).
    #[arg(long, allow_hyphen_values = true)]
    pub venue: Text,
    /// 1: consultations while the group runs; 2: after it ends.
    #[arg(long, value_parser = PossibleValuesParser::new(["1", "2"]).try_map(|m| m.parse::<DeliveryModel>()))]
    pub model: Option<DeliveryModel>,
    /// The group's first day.
    #[arg(long, value_name = "DATE")]
    pub start: Option<Date>,
    /// The group's last day.
    #[arg(long, value_name = "DATE")]
    pub end: Option<Date>,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<()> {
    match cmd {
        Cmd::Add(args) => add(ctx, args),
        Cmd::List { format } => list(ctx, format),
        Cmd::Show { group, format } => show(ctx, &group, format),
        Cmd::Meeting(MeetingCmd::Add { group, date }) => add_meetings(ctx, &group, &date),
    }
}

fn add(ctx: &Ctx, a: AddArgs) -> Result<()> {
    let AddArgs { name, leader, venue, model, start, end } = a;
    check_span(start, end)?;
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let groups: Vec<Group> = store.load()?;
    check_name(&groups, &name, None)?;
    let group = store.create(|id| Group {
        id,
        name: name.clone(),
        leader: leader.clone(),
        venue: venue.clone(),
        model,
        start,
        end,
        meetings: Vec::new(),
    })?;
    output::result_line(group.id.as_str())
}

fn add_meetings(ctx: &Ctx, query: &str, dates: &[Date]) -> Result<()> {
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let mut group = store.group("group", query)?;
    for &d in dates {
        if group.meetings.contains(&d) {
            return Err(Error::data(tr!("group-meeting-exists", group = group.name.to_string(), date = d.to_string())));
        }
        if group.start.is_some_and(|s| d < s) || group.end.is_some_and(|e| d > e) {
            ctx.warn(tr!("group-meeting-outside", group = group.name.to_string(), date = d.to_string()));
        }
        group.meetings.push(d);
    }
    group.meetings.sort();
    store.save(&group, None)?;
    output::result_line(group.id.as_str())
}

/// A group cannot end before it starts.
pub fn check_span(start: Option<Date>, end: Option<Date>) -> Result<()> {
    match crate::model::rules::group_span(start, end) {
        Some(p) => Err(Error::data(format!("--{}: {}", p.field, p.message))),
        None => Ok(()),
    }
}

/// Group names are unique in the folder, without case or diacritics; `except` is the group itself.
pub fn check_name(groups: &[Group], name: &Text, except: Option<&Id>) -> Result<()> {
    match groups.iter().find(|g| Some(&g.id) != except && fold(g.name.as_str()) == fold(name.as_str())) {
        Some(g) => Err(Error::data(tr!("group-exists", name = g.name.to_string(), id = g.id.to_string()))
            .hint(tr!("group-exists-hint"))),
        None => Ok(()),
    }
}

fn group_row(g: &Group) -> Vec<String> {
    vec![
        g.id.to_string(),
        g.name.to_string(),
        g.leader.to_string(),
        g.venue.to_string(),
        g.model.map(|m| u8::from(m).to_string()).unwrap_or_default(),
        g.start.map(|d| d.to_string()).unwrap_or_default(),
        g.end.map(|d| d.to_string()).unwrap_or_default(),
    ]
}

const GROUP_HEADERS: [&str; 7] = ["id", "name", "leader", "venue", "model", "start", "end"];

fn list(ctx: &Ctx, format: Format) -> Result<()> {
    let mut groups: Vec<Group> = ctx.store()?.load()?;
    groups.sort_by(|a, b| a.name.cmp(&b.name));
    let rows = Rows::new(GROUP_HEADERS.to_vec(), groups.iter().map(group_row).collect()).of_things(true);
    output::print(format, &groups, rows)
}

/// A group with its people and consultation counts, as `group show` prints it.
#[derive(Serialize)]
struct GroupView<'a> {
    #[serde(flatten)]
    group: &'a Group,
    participants: Vec<&'a Person>,
    consultations: Counts,
}

#[derive(Serialize, Default)]
struct Counts {
    planned: usize,
    held: usize,
    cancelled: usize,
}

fn show(ctx: &Ctx, query: &str, format: Format) -> Result<()> {
    let store = ctx.store()?;
    let group = store.group("group", query)?;
    let people: Vec<Person> = store.load()?;
    let mut members: Vec<&Person> = people.iter().filter(|p| p.group == group.id).collect();
    members.sort_by(|a, b| a.name.cmp(&b.name));
    let consultations: Vec<Consultation> = store.load()?;
    let member_ids: HashSet<&Id> = members.iter().map(|p| &p.id).collect();
    let mut counts = Counts::default();
    for c in consultations.iter().filter(|c| member_ids.contains(&c.peer)) {
        match c.status {
            Status::Planned => counts.planned += 1,
            Status::Held => counts.held += 1,
            Status::Cancelled => counts.cancelled += 1,
        }
    }
    let mut rows: Vec<Vec<String>> = Rows::field_rows(&GROUP_HEADERS, group_row(&group));
    let meetings: Vec<String> = group.meetings.iter().map(Date::to_string).collect();
    rows.push(vec!["meetings".into(), meetings.join(", ")]);
    rows.push(vec![
        "consultations".into(),
        output::cell(
            format,
            msg!(
                "show-consultation-counts",
                held = counts.held,
                planned = counts.planned,
                cancelled = counts.cancelled
            ),
        ),
    ]);
    for p in &members {
        let what = match p.peer.as_ref().and_then(|i| i.stage()) {
            Some(stage) => {
                let m = msg!(
                    "show-member-peer",
                    name = p.name.to_string(),
                    role = p.role.to_string(),
                    stage = stage.to_string()
                );
                output::cell(format, m)
            }
            None => format!("{} ({})", p.name, p.role),
        };
        rows.push(vec![p.id.to_string(), what]);
    }
    // Every show has one table shape, field and value, in table, CSV and XLSX alike.
    let view = GroupView { group: &group, participants: members, consultations: counts };
    output::print(format, &view, Rows::fields(rows).of_things(true))
}
