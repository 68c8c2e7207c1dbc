//! `peerlog consult`: plan, log, cancel, list and show peer consultations.

use crate::commands::{Ctx, Subject, refuse};
use crate::error::{Error, Result};
use crate::model::Text;
use crate::model::{Consultation, Date, Feedback, Id, Person, RecordKind, Status, TimeRange, day_dir, rules};
use crate::output::{self, Format, Rows};
use crate::store::Store;
use serde::Serialize;
use std::collections::HashMap;

/// Record consultations: planned (the peer's advance notice), held, or cancelled.
#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Record a consultation the peer announced (status planned); prints its ID.
    #[command(
        after_help = "Example:\n  peerlog consult plan --peer ozolina --recipient berzina --date 14.03.2025 \\\n    --time 16:00-17:00 --place 'Rīga, Brīvības iela 1' --topic 'Robežu noteikšana'"
    )]
    Plan(Fields),
    /// Record a consultation that took place (status held), or mark a planned one held; prints its ID.
    #[command(
        after_help = "Examples:\n  peerlog consult log --peer ozolina --recipient berzina --date 2025-03-14 \\\n    --time 16:00-17:00 --place 'Rīga, Brīvības iela 1' --topic 'Robežu noteikšana'\n  peerlog consult log c-k2m9 --time 16:30-17:30"
    )]
    Log {
        /// A planned consultation to mark held (its ID or ID prefix).
        id: Option<String>,
        #[command(flatten)]
        fields: Fields,
    },
    /// Cancel a planned consultation; prints its ID.
    #[command(after_help = "Example:\n  peerlog consult cancel c-k2m9 --reason 'Saņēmējs saslima'")]
    Cancel {
        /// The consultation's ID or ID prefix.
        id: String,
        /// Why it was called off: a short line, no details of anyone's situation.
        #[arg(long)]
        reason: Option<Text>,
    },
    /// List consultations, oldest first.
    #[command(
        after_help = "Examples:\n  peerlog consult list --group rigas --status held --from 2025-03-01 --to 2025-03-31\n  peerlog consult list --recipient berzina --month 2025-03"
    )]
    List(ListArgs),
    /// Show one consultation with its feedback.
    #[command(after_help = "Example:\n  peerlog consult show c-k2m9 --format json")]
    Show {
        /// The consultation's ID or ID prefix.
        id: String,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
}

/// The facts of a consultation, as the peer reports them to the leader.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct Fields {
    /// The peer: ID, ID prefix or name.
    #[arg(long)]
    pub peer: Option<String>,
    /// The recipient: ID, ID prefix or name (looked up in the peer's group first).
    #[arg(long)]
    pub recipient: Option<String>,
    /// The day (2025-03-14, 14.03.2025, 14.03.2025., today or yesterday; also šodien, vakar)
    #[arg(long)]
    pub date: Option<Date>,
    /// Start and end: 16:00-17:00.
    #[arg(long)]
    pub time: Option<TimeRange>,
    /// Where it took place: the group's or the provider's premises.
    #[arg(long, allow_hyphen_values = true)]
    pub place: Option<Text>,
    /// The topic (not what was said).
    #[arg(long, allow_hyphen_values = true)]
    pub topic: Option<Text>,
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only consultations of this group's peers.
    #[arg(long)]
    pub group: Option<String>,
    /// Only this peer's consultations.
    #[arg(long)]
    pub peer: Option<String>,
    /// Only consultations this person received.
    #[arg(long)]
    pub recipient: Option<String>,
    #[arg(long, value_enum)]
    pub status: Option<Status>,
    #[command(flatten)]
    pub period: crate::commands::period::PeriodArgs,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<()> {
    match cmd {
        Cmd::Plan(fields) => record_new(ctx, fields, Status::Planned),
        Cmd::Log { id: None, fields } => record_new(ctx, fields, Status::Held),
        Cmd::Log { id: Some(id), fields } => mark_held(ctx, &id, fields),
        Cmd::Cancel { id, reason } => cancel(ctx, &id, reason),
        Cmd::List(args) => list(ctx, args),
        Cmd::Show { id, format } => show(ctx, &id, format),
    }
}

/// Checked flag values; `None` where a flag was not given.
struct Parsed {
    date: Option<Date>,
    time: Option<TimeRange>,
    place: Option<crate::model::Text>,
    topic: Option<crate::model::Text>,
}

impl Fields {
    fn parse(&self) -> Result<Parsed> {
        Ok(Parsed { date: self.date, time: self.time, place: self.place.clone(), topic: self.topic.clone() })
    }

    /// The flags a new consultation needs that were not given.
    pub fn missing(&self) -> Vec<&'static str> {
        [
            ("--peer", self.peer.is_none()),
            ("--recipient", self.recipient.is_none()),
            ("--date", self.date.is_none()),
            ("--time", self.time.is_none()),
            ("--place", self.place.is_none()),
            ("--topic", self.topic.is_none()),
        ]
        .into_iter()
        .filter_map(|(flag, missing)| missing.then_some(flag))
        .collect()
    }
}

fn record_new(ctx: &Ctx, mut fields: Fields, status: Status) -> Result<()> {
    let missing = fields.missing();
    if !missing.is_empty() {
        if !crate::commands::prompt::interactive() {
            return Err(
                Error::usage(tr!("missing-flags", flags = missing.join(", "))).hint(tr!("consult-missing-hint"))
            );
        }
        crate::commands::prompt::consultation(&ctx.store()?, &mut fields)?;
    }
    let p = fields.parse()?;
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let (peer, recipient) = resolve_pair(
        &store,
        fields.peer.as_deref().unwrap_or_default(),
        fields.recipient.as_deref().unwrap_or_default(),
    )?;
    let draft = Consultation {
        id: Id::parse("c-new").expect("valid"),
        status,
        peer: peer.id.clone(),
        recipient: recipient.id.clone(),
        date: p.date.expect("checked"),
        time: p.time.expect("checked"),
        place: p.place.expect("checked"),
        topic: p.topic.expect("checked"),
        reason: None,
    };
    validate(ctx, &store, Subject::Flags, &draft, &peer, &recipient)?;
    let c = store.create(|id| Consultation { id, ..draft.clone() })?;
    output::result_line(c.id.as_str())
}

fn resolve_pair(store: &Store, peer: &str, recipient: &str) -> Result<(Person, Person)> {
    let peer = store.person("--peer", peer, None)?;
    let recipient = store.person("--recipient", recipient, Some(&peer.group))?;
    Ok((peer, recipient))
}

/// The rules for one consultation, plus: no second consultation of the same peer and
/// recipient at the same date and time (only that day's folder is read). `subject` says how the
/// refusal names fields: as flags (`--date`) for `consult log`, as fields (`date`) for `edit`.
pub fn validate(
    ctx: &Ctx,
    store: &Store,
    subject: Subject<'_>,
    c: &Consultation,
    peer: &Person,
    recipient: &Person,
) -> Result<()> {
    let group = store.group("group", peer.group.as_str())?;
    let mut problems = rules::consultation(c, Some(peer), Some(recipient));
    problems.extend(rules::consultation_timing(c, &group));
    if store.config.consent.required {
        problems.extend(rules::consent(c, peer, recipient));
    }
    let same_day: Vec<Consultation> = store.records_in(&day_dir(c.date))?;
    if let Some(other) = slot_taken(c, &same_day) {
        let hint = match (other.status, c.status) {
            (Status::Planned, Status::Held) => tr!("consult-duplicate-hint", id = other.id.to_string()),
            _ => tr!("consult-duplicate-see", id = other.id.to_string()),
        };
        return Err(Error::data(tr!(
            "consult-duplicate",
            id = other.id.to_string(),
            peer = peer.name.to_string(),
            recipient = recipient.name.to_string(),
            date = c.date.to_string(),
            time = c.time.to_string(),
            status = other.status.to_string()
        ))
        .hint(hint));
    }
    let name = |id: &Id| {
        if *id == peer.id { peer.name.to_string() } else { recipient.name.to_string() }
    };
    problems.extend(same_day.iter().filter_map(|o| rules::overlap(c, o, &name)));
    refuse(ctx, subject, problems)
}

/// Another consultation, not cancelled, of the same peer and recipient at the same date and
/// time as `c` (a cancelled `c` clashes with nothing).
pub fn slot_taken<'a>(c: &Consultation, others: &'a [Consultation]) -> Option<&'a Consultation> {
    if c.status == Status::Cancelled {
        return None;
    }
    others.iter().find(|o| o.id != c.id && o.status != Status::Cancelled && rules::same_slot(o, c))
}

fn mark_held(ctx: &Ctx, query: &str, fields: Fields) -> Result<()> {
    let p = fields.parse()?;
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let (mut c, old_path) = store.consultation("consultation", query)?;
    match c.status {
        Status::Planned => {}
        Status::Held => return Err(Error::data(tr!("consult-already-held", id = c.id.to_string()))),
        Status::Cancelled => {
            return Err(Error::data(tr!("consult-was-cancelled", id = c.id.to_string()))
                .hint(tr!("consult-was-cancelled-hint")));
        }
    }
    let (peer, recipient) = resolve_pair(
        &store,
        fields.peer.as_deref().unwrap_or(c.peer.as_str()),
        fields.recipient.as_deref().unwrap_or(c.recipient.as_str()),
    )?;
    c.status = Status::Held;
    c.peer = peer.id.clone();
    c.recipient = recipient.id.clone();
    c.date = p.date.unwrap_or(c.date);
    c.time = p.time.unwrap_or(c.time);
    c.place = p.place.unwrap_or(c.place);
    c.topic = p.topic.unwrap_or(c.topic);
    validate(ctx, &store, Subject::Flags, &c, &peer, &recipient)?;
    store.save(&c, Some(&old_path))?;
    output::result_line(c.id.as_str())
}

fn cancel(ctx: &Ctx, query: &str, reason: Option<Text>) -> Result<()> {
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let (mut c, path) = store.consultation("consultation", query)?;
    if c.status != Status::Planned {
        return Err(Error::data(tr!(
            "consult-cancel-not-planned",
            id = c.id.to_string(),
            status = c.status.to_string()
        )));
    }
    c.status = Status::Cancelled;
    c.reason = reason;
    store.save(&c, Some(&path))?;
    output::result_line(c.id.as_str())
}

/// A consultation with the names of its people, as list and show print it.
#[derive(Serialize)]
pub struct ConsultationView<'a> {
    #[serde(flatten)]
    pub consultation: &'a Consultation,
    pub group: Option<&'a Id>,
    pub peer_name: Option<&'a str>,
    pub recipient_name: Option<&'a str>,
}

fn view<'a>(c: &'a Consultation, people: &HashMap<&Id, &'a Person>) -> ConsultationView<'a> {
    ConsultationView {
        consultation: c,
        group: people.get(&c.peer).map(|p| &p.group),
        peer_name: people.get(&c.peer).map(|p| p.name.as_str()),
        recipient_name: people.get(&c.recipient).map(|p| p.name.as_str()),
    }
}

const HEADERS: [&str; 8] = ["id", "date", "time", "status", "peer", "recipient", "place", "topic"];

fn row(v: &ConsultationView) -> Vec<String> {
    let c = v.consultation;
    vec![
        c.id.to_string(),
        c.date.to_string(),
        c.time.to_string(),
        c.status.to_string(),
        v.peer_name.unwrap_or(c.peer.as_str()).to_string(),
        v.recipient_name.unwrap_or(c.recipient.as_str()).to_string(),
        c.place.to_string(),
        c.topic.to_string(),
    ]
}

/// The consultations `--group`, `--peer` and `--recipient` keep: `consult list` lists them,
/// `feedback list` the feedback about them.
pub struct Filter {
    group: Option<Id>,
    peer: Option<Id>,
    recipient: Option<Id>,
}

impl Filter {
    /// The filter of the flags given, each resolved to its record (an unknown name is refused).
    pub fn new(store: &Store, group: Option<&str>, peer: Option<&str>, recipient: Option<&str>) -> Result<Filter> {
        Ok(Filter {
            group: group.map(|g| store.group("--group", g)).transpose()?.map(|g| g.id),
            peer: peer.map(|p| store.person("--peer", p, None)).transpose()?.map(|p| p.id),
            recipient: recipient.map(|p| store.person("--recipient", p, None)).transpose()?.map(|p| p.id),
        })
    }

    /// Whether every consultation is kept.
    pub fn is_empty(&self) -> bool {
        self.group.is_none() && self.peer.is_none() && self.recipient.is_none()
    }

    /// Whether `c` is kept; `group_of` gives each person's group.
    pub fn keeps(&self, c: &Consultation, group_of: &HashMap<&Id, &Id>) -> bool {
        self.peer.as_ref().is_none_or(|p| c.peer == *p)
            && self.recipient.as_ref().is_none_or(|r| c.recipient == *r)
            && self.group.as_ref().is_none_or(|g| group_of.get(&c.peer).is_some_and(|x| *x == g))
    }
}

/// Each person's group.
pub fn group_of(people: &[Person]) -> HashMap<&Id, &Id> {
    people.iter().map(|p| (&p.id, &p.group)).collect()
}

fn list(ctx: &Ctx, a: ListArgs) -> Result<()> {
    let period = a.period.period()?;
    let store = ctx.store()?;
    let filter = Filter::new(&store, a.group.as_deref(), a.peer.as_deref(), a.recipient.as_deref())?;
    let people: Vec<Person> = store.load()?;
    let by_id: HashMap<&Id, &Person> = people.iter().map(|p| (&p.id, p)).collect();
    let groups = group_of(&people);
    let mut all: Vec<Consultation> = store.load()?;
    all.retain(|c| a.status.is_none_or(|s| c.status == s) && period.contains(c.date) && filter.keeps(c, &groups));
    all.sort_by(|x, y| (x.date, x.time, &x.id).cmp(&(y.date, y.time, &y.id)));
    let views: Vec<ConsultationView> = all.iter().map(|c| view(c, &by_id)).collect();
    output::print_list(a.format, &views, || Rows::new(HEADERS.to_vec(), views.iter().map(row).collect()))
}

#[derive(Serialize)]
struct ShowView<'a> {
    #[serde(flatten)]
    consultation: ConsultationView<'a>,
    feedback: Vec<&'a Feedback>,
}

fn show(ctx: &Ctx, query: &str, format: Format) -> Result<()> {
    let store = ctx.store()?;
    let (c, _) = store.consultation("consultation", query)?;
    let people: Vec<Person> = [&c.peer, &c.recipient]
        .into_iter()
        .filter_map(|id| store.find_path(RecordKind::Person, id.as_str()).ok().flatten())
        .map(|rel| store.read(&rel))
        .collect::<Result<_>>()?;
    let by_id: HashMap<&Id, &Person> = people.iter().map(|p| (&p.id, p)).collect();
    let all_feedback: Vec<Feedback> = store.load()?;
    let feedback: Vec<&Feedback> = all_feedback.iter().filter(|f| f.consultations.contains(&c.id)).collect();
    let v = view(&c, &by_id);
    let mut rows: Vec<Vec<String>> = Rows::field_rows(&HEADERS, row(&v));
    for f in &feedback {
        rows.push(vec![
            output::cell(format, msg!("show-feedback-field", from = f.from.to_string())),
            output::cell(format, msg!("show-feedback-met", id = f.id.to_string(), met = f.met.to_string())),
        ]);
    }
    output::print(format, &ShowView { consultation: v, feedback }, Rows::fields(rows))
}
