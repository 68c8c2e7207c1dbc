//! `peerlog support`: colleague support persons, from nomination to active service, with their
//! training ledger, and the programme's agenda.

use super::{course, exists};
use crate::commands::{Ctx, Subject, refuse};
use crate::error::{Error, Result};
use crate::model::Severity;
use crate::model::Text;
use crate::model::colleague::{
    Course, Decision, EndReason, Ending, Hours, Interview, Nomination, Presence, Stage, Supporter,
    TrainingConsultation, TrainingSession, rules,
};
use crate::model::{Date, Id, fold};
use crate::output::{self, Format, Rows};
use crate::programmes::colleague::folder::ColleagueFolder;
use crate::store::Store;
use serde::Serialize;
use std::collections::HashMap;

/// Colleague support: support persons from nomination to active service, and the agenda.
#[derive(Debug, clap::Subcommand)]
#[command(
    after_help = "Example:\n  peerlog support nominate 'Jānis Ozols' --unit daugavpils --team-nominated --voluntary --superior-agreed"
)]
pub enum Cmd {
    /// Record a candidate nominated in their unit; prints their ID.
    #[command(
        after_help = "Example:\n  peerlog support nominate 'Jānis Ozols' --unit daugavpils --applied 2025-01-13 \\\n    --team-nominated --voluntary --superior-agreed"
    )]
    Nominate(NominateArgs),
    /// Record the psychologists' interview and decision.
    #[command(
        after_help = "Examples:\n  peerlog support interview ozols --date 2025-01-27 --psychologist 'Dace Rozīte' --decision approved\n  peerlog support interview kalns --date 2025-01-27 --psychologist rozite --decision not-approved \\\n    --reason 'Pašlaik pārāk liela slodze'"
    )]
    Interview(InterviewArgs),
    /// Add a training session (date and hours) to the ledger of one or more support persons.
    #[command(after_help = "Example:\n  peerlog support train ozols liepa --date 2025-02-03 --hours 6")]
    Train(TrainArgs),
    /// Add an individual consultation with a psychologist to a support person's ledger.
    #[command(after_help = "Example:\n  peerlog support consultation ozols --date 2025-02-20 --psychologist rozite")]
    Consultation(ConsultationArgs),
    /// Make a trained support person active; refused without an approved interview and completed training.
    #[command(after_help = "Example:\n  peerlog support activate ozols --date 2025-03-17")]
    Activate {
        /// The support person's ID, ID prefix or name.
        supporter: String,
        /// The first day of service (default: today).
        #[arg(long, value_name = "DATE")]
        date: Option<Date>,
    },
    /// End a support person's service or candidacy.
    #[command(after_help = "Example:\n  peerlog support end ozols --date 2025-09-30 --reason left-service")]
    End {
        /// The support person's ID, ID prefix or name.
        supporter: String,
        /// The last day (default: today).
        #[arg(long, value_name = "DATE")]
        date: Option<Date>,
        #[arg(long, value_enum)]
        reason: EndReason,
    },
    /// List support persons with their stage and training.
    #[command(after_help = "Example:\n  peerlog support list --stage in-training --format csv")]
    List {
        /// Only this unit's (ID, ID prefix or name).
        #[arg(long)]
        unit: Option<String>,
        /// Only those in this stage.
        #[arg(long, value_enum)]
        stage: Option<Stage>,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Show a support person: pipeline, training ledger, supervision attendance.
    #[command(after_help = "Example:\n  peerlog support show ozols --format json")]
    Show {
        /// The support person's ID, ID prefix or name.
        supporter: String,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// What the coordinator should act on now: missed supervision, interviews due, trained
    /// persons to activate, open referrals and incident follow-ups. Always exits 0.
    #[command(after_help = "Example:\n  peerlog support agenda --as-of 2025-06-30")]
    Agenda {
        /// The day to look from (default: today).
        #[arg(long, value_name = "DATE")]
        as_of: Option<Date>,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
}

#[derive(Debug, clap::Args)]
pub struct NominateArgs {
    /// First name and surname.
    #[arg(value_parser = crate::commands::flags::name())]
    pub name: Text,
    /// The unit (ID, ID prefix or name).
    #[arg(long)]
    pub unit: String,
    /// The day the application reached the personnel department (default: today).
    #[arg(long, value_name = "DATE")]
    pub applied: Option<Date>,
    /// The team put them forward.
    #[arg(long)]
    pub team_nominated: bool,
    /// They asked to become a support person themselves (required: it is voluntary).
    #[arg(long)]
    pub voluntary: bool,
    /// Their direct superior agreed (required to apply).
    #[arg(long)]
    pub superior_agreed: bool,
}

#[derive(Debug, clap::Args)]
pub struct InterviewArgs {
    /// The candidate's ID, ID prefix or name.
    pub supporter: String,
    /// The day of the interview.
    #[arg(long, value_name = "DATE")]
    pub date: Date,
    /// The psychologist who interviewed (ID, ID prefix or name).
    #[arg(long)]
    pub psychologist: String,
    #[arg(long, value_enum)]
    pub decision: Decision,
    /// A short reason, at most 200 characters (required when not approved).
    #[arg(long, allow_hyphen_values = true)]
    pub reason: Option<Text>,
}

#[derive(Debug, clap::Args)]
pub struct TrainArgs {
    /// The support persons who attended (IDs, ID prefixes or names).
    #[arg(required = true)]
    pub supporters: Vec<String>,
    /// The day of the session.
    #[arg(long, value_name = "DATE")]
    pub date: Date,
    /// The session's hours, such as 6 or 4.5.
    #[arg(long)]
    pub hours: Hours,
}

#[derive(Debug, clap::Args)]
pub struct ConsultationArgs {
    /// The support person's ID, ID prefix or name.
    pub supporter: String,
    /// The day of the consultation.
    #[arg(long, value_name = "DATE")]
    pub date: Date,
    /// The psychologist (ID, ID prefix or name).
    #[arg(long)]
    pub psychologist: String,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<()> {
    match cmd {
        Cmd::Nominate(a) => nominate(ctx, a),
        Cmd::Interview(a) => interview(ctx, a),
        Cmd::Train(a) => train(ctx, a),
        Cmd::Consultation(a) => consultation(ctx, a),
        Cmd::Activate { supporter, date } => activate(ctx, &supporter, date),
        Cmd::End { supporter, date, reason } => end(ctx, &supporter, date, reason),
        Cmd::List { unit, stage, format } => list(ctx, unit.as_deref(), stage, format),
        Cmd::Show { supporter, format } => show(ctx, &supporter, format),
        Cmd::Agenda { as_of, format } => agenda(ctx, as_of, format),
    }
}

fn nominate(ctx: &Ctx, a: NominateArgs) -> Result<()> {
    let name = a.name.clone();
    let applied = a.applied.unwrap_or_else(Date::today);
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let unit = super::unit(&store, "--unit", &a.unit)?;
    let all: Vec<Supporter> = store.load()?;
    if let Some(s) =
        all.iter().find(|s| s.unit == unit.id && s.ended.is_none() && fold(s.name.as_str()) == fold(name.as_str()))
    {
        return Err(Error::data(tr!(
            "colleague-already-candidate",
            name = s.name.as_str(),
            id = s.id.to_string(),
            unit = unit.name.as_str()
        ))
        .hint(tr!("colleague-see-supporter", id = s.id.to_string())));
    }
    let draft = Supporter {
        id: Id::parse("s-new").expect("valid"),
        name,
        unit: unit.id.clone(),
        active_since: None,
        erased: None,
        name_hashes: Default::default(),
        nomination: Nomination {
            applied,
            team_nominated: a.team_nominated,
            voluntary: a.voluntary,
            superior_agreed: a.superior_agreed,
        },
        interview: None,
        training: Vec::new(),
        consultations: Vec::new(),
        ended: None,
    };
    refuse(ctx, Subject::Flags, rules::supporter(&draft, course(&store), &exists(&store)))?;
    let s = store.create(|id| Supporter { id, ..draft.clone() })?;
    output::result_line(s.id.as_str())
}

/// Checks a changed support person and saves them; warnings were shown at nomination.
fn save(ctx: &Ctx, store: &Store, s: &Supporter) -> Result<()> {
    let problems = rules::supporter(s, course(store), &exists(store))
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    refuse(ctx, Subject::Record(&s.id), problems)?;
    store.save(s, None)
}

/// Refuses changes to someone whose service or candidacy has ended.
fn not_ended(s: &Supporter) -> Result<()> {
    match &s.ended {
        Some(e) => Err(Error::data(tr!(
            "colleague-ended",
            name = s.name.as_str(),
            id = s.id.to_string(),
            date = e.date.to_string(),
            reason = e.reason.to_string()
        ))
        .hint(tr!("colleague-ended-hint"))),
        None => Ok(()),
    }
}

fn interview(ctx: &Ctx, a: InterviewArgs) -> Result<()> {
    let date = a.date;
    let reason = a.reason.clone();
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let mut s = super::supporter(&store, "supporter", &a.supporter)?;
    not_ended(&s)?;
    if let Some(i) = &s.interview {
        return Err(Error::data(tr!(
            "colleague-interviewed",
            name = s.name.as_str(),
            id = s.id.to_string(),
            date = i.date.to_string(),
            decision = i.decision.to_string()
        ))
        .hint(tr!("colleague-interviewed-hint")));
    }
    let psychologist = super::psychologist(&store, "--psychologist", &a.psychologist)?;
    s.interview = Some(Interview { date, psychologist: psychologist.id, decision: a.decision, reason });
    save(ctx, &store, &s)?;
    output::result_line(s.id.as_str())
}

fn train(ctx: &Ctx, a: TrainArgs) -> Result<()> {
    let date = a.date;
    let hours = a.hours;
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let mut changed: Vec<Supporter> = Vec::new();
    for query in &a.supporters {
        let mut s = super::supporter(&store, "supporter", query)?;
        if changed.iter().any(|c| c.id == s.id) {
            return Err(Error::usage(tr!("colleague-named-twice", name = s.name.as_str(), id = s.id.to_string())));
        }
        not_ended(&s)?;
        s.training.push(TrainingSession { date, hours });
        s.training.sort_by_key(|t| t.date);
        let problems = rules::supporter(&s, course(&store), &exists(&store))
            .into_iter()
            .filter(|p| p.severity == Severity::Error)
            .collect();
        refuse(ctx, Subject::Record(&s.id), problems)?;
        changed.push(s);
    }
    // Everyone was checked before anyone is written, all in one transaction.
    let mut tx = store.begin();
    for s in &changed {
        tx.put(s)?;
    }
    tx.commit()?;
    for s in &changed {
        note_progress(ctx, &store, s);
    }
    let ids: Vec<&str> = changed.iter().map(|s| s.id.as_str()).collect();
    output::result_line(&ids.join("\n"))
}

fn consultation(ctx: &Ctx, a: ConsultationArgs) -> Result<()> {
    let date = a.date;
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let mut s = super::supporter(&store, "supporter", &a.supporter)?;
    not_ended(&s)?;
    let psychologist = super::psychologist(&store, "--psychologist", &a.psychologist)?;
    s.consultations.push(TrainingConsultation { date, psychologist: psychologist.id });
    s.consultations.sort_by_key(|c| c.date);
    save(ctx, &store, &s)?;
    note_progress(ctx, &store, &s);
    output::result_line(s.id.as_str())
}

/// Tells the coordinator how far the ledger is, and when training is complete.
fn note_progress(ctx: &Ctx, store: &Store, s: &Supporter) {
    let course = course(store);
    let p = s.progress(course, None);
    match p.completed {
        Some(day) => match s.active_since {
            Some(since) => ctx.note(tr!(
                "colleague-completed-active",
                name = s.name.as_str(),
                date = day.to_string(),
                since = since.to_string()
            )),
            None => ctx.note(tr!(
                "colleague-completed",
                name = s.name.as_str(),
                date = day.to_string(),
                id = s.id.to_string()
            )),
        },
        None => ctx.note(tr!("colleague-short", name = s.name.as_str(), done = p.missing(course))),
    }
}

fn activate(ctx: &Ctx, query: &str, date: Option<Date>) -> Result<()> {
    let date = date.unwrap_or_else(Date::today);
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let mut s = super::supporter(&store, "supporter", query)?;
    not_ended(&s)?;
    if let Some(since) = s.active_since {
        return Err(Error::data(tr!(
            "colleague-active-already",
            name = s.name.as_str(),
            id = s.id.to_string(),
            date = since.to_string()
        )));
    }
    let problems = rules::activation(&s, course(&store), date);
    if !problems.is_empty() {
        let lines: Vec<String> = problems.into_iter().map(|p| p.message.to_string()).collect();
        return Err(Error::data(format!("{}\n{}", tr!("colleague-cannot-activate"), lines.join("\n")))
            .hint(tr!("nothing-written")));
    }
    s.active_since = Some(date);
    save(ctx, &store, &s)?;
    output::result_line(s.id.as_str())
}

fn end(ctx: &Ctx, query: &str, date: Option<Date>, reason: EndReason) -> Result<()> {
    let date = date.unwrap_or_else(Date::today);
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let mut s = super::supporter(&store, "supporter", query)?;
    not_ended(&s)?;
    s.ended = Some(Ending { date, reason });
    save(ctx, &store, &s)?;
    output::result_line(s.id.as_str())
}

/// The ledger in one line: `30 of 36 hours, 5 of 6 days, 2 of 3 consultations`.
fn training_cell(s: &Supporter, course: Course, format: Format) -> String {
    let p = s.progress(course, None);
    if s.training.is_empty() && s.consultations.is_empty() {
        return String::new();
    }
    let ledger = msg!(
        "colleague-ledger",
        hours = p.hours,
        course_hours = course.hours,
        days = p.days,
        course_days = course.days,
        consultations = p.consultations,
        course_consultations = course.consultations
    );
    let mut cell = output::cell(format, ledger);
    if let Some(d) = p.completed {
        cell.push_str(&output::cell(format, msg!("colleague-ledger-completed", date = d.to_string())));
    }
    cell
}

/// A support person with what follows from their records, as list and show print it.
#[derive(Serialize)]
struct SupporterView<'a> {
    #[serde(flatten)]
    supporter: &'a Supporter,
    stage: Option<Stage>,
    training_hours: f64,
    training_days: usize,
    training_consultations: usize,
    training_completed: Option<Date>,
}

fn view(s: &Supporter, course: Course) -> SupporterView<'_> {
    let p = s.progress(course, None);
    SupporterView {
        supporter: s,
        stage: s.stage(course, None),
        training_hours: p.hours,
        training_days: p.days,
        training_consultations: p.consultations,
        training_completed: p.completed,
    }
}

fn list(ctx: &Ctx, unit: Option<&str>, stage: Option<Stage>, format: Format) -> Result<()> {
    let store = ctx.store()?;
    let unit = unit.map(|u| super::unit(&store, "--unit", u)).transpose()?;
    let folder = ColleagueFolder::load(&store)?;
    let course = course(&store);
    let names = folder.names();
    let shown: Vec<&Supporter> = folder
        .supporters
        .iter()
        .filter(|s| unit.as_ref().is_none_or(|u| s.unit == u.id))
        .filter(|s| stage.is_none_or(|st| s.stage(course, None) == Some(st)))
        .collect();
    let rows = shown
        .iter()
        .map(|s| {
            vec![
                s.id.to_string(),
                s.name.to_string(),
                names.get(&s.unit).map_or_else(|| s.unit.to_string(), |n| n.to_string()),
                s.stage(course, None).map(|s| s.to_string()).unwrap_or_default(),
                training_cell(s, course, format),
                s.active_since.map(|d| d.to_string()).unwrap_or_default(),
            ]
        })
        .collect();
    let views: Vec<SupporterView> = shown.iter().map(|s| view(s, course)).collect();
    output::print(format, &views, Rows::new(vec!["id", "name", "unit", "stage", "training", "active_since"], rows))
}

fn show(ctx: &Ctx, query: &str, format: Format) -> Result<()> {
    let yes = |b: bool| if b { msg!("colleague-yes") } else { msg!("colleague-no") };
    let store = ctx.store()?;
    let s = super::supporter(&store, "supporter", query)?;
    let folder = ColleagueFolder::load(&store)?;
    let course = course(&store);
    let names = folder.names();
    let name = |id: &Id| names.get(id).map_or_else(|| id.to_string(), |n| format!("{n} ({id})"));
    let cell = |m| output::cell(format, m);
    let n = &s.nomination;
    let mut rows = vec![
        vec!["id".to_string(), s.id.to_string()],
        vec!["name".into(), s.name.to_string()],
        vec!["unit".into(), name(&s.unit)],
        vec!["stage".into(), s.stage(course, None).map(|s| s.to_string()).unwrap_or_default()],
        vec![
            "nominated".into(),
            cell(msg!(
                "colleague-show-nominated",
                applied = n.applied.to_string(),
                team = yes(n.team_nominated),
                voluntary = yes(n.voluntary),
                superior = yes(n.superior_agreed)
            )),
        ],
    ];
    if let Some(i) = &s.interview {
        let reason = i.reason.as_ref().map(|r| format!(" ({r})")).unwrap_or_default();
        rows.push(vec!["interview".into(), format!("{}, {}, {}{reason}", i.date, name(&i.psychologist), i.decision)]);
    }
    for t in &s.training {
        rows.push(vec![
            "training".into(),
            cell(msg!("colleague-show-training", date = t.date.to_string(), hours = t.hours.get())),
        ]);
    }
    for c in &s.consultations {
        rows.push(vec!["consultation".into(), format!("{}, {}", c.date, name(&c.psychologist))]);
    }
    rows.push(vec!["ledger".into(), training_cell(&s, course, format)]);
    if let Some(d) = s.active_since {
        rows.push(vec!["active_since".into(), d.to_string()]);
    }
    if let Some(e) = &s.ended {
        rows.push(vec!["ended".into(), format!("{} ({})", e.date, e.reason)]);
    }
    let mut attendance: HashMap<Presence, usize> = HashMap::new();
    for v in &folder.supervision {
        if let Some(p) = v.presence(&s.id) {
            *attendance.entry(p).or_default() += 1;
        }
    }
    let count = |p| attendance.get(&p).copied().unwrap_or(0);
    rows.push(vec![
        "supervision".into(),
        cell(msg!(
            "colleague-show-supervision",
            present = count(Presence::Present),
            absent = count(Presence::Absent),
            excused = count(Presence::Excused)
        )),
    ]);
    let contacts = folder.contacts.iter().filter(|c| c.supporter == s.id).count();
    let referrals = folder.referrals.iter().filter(|r| r.supporter == s.id).count();
    rows.push(vec![
        "activity".into(),
        cell(msg!("colleague-show-activity", contacts = contacts, referrals = referrals)),
    ]);
    output::print(format, &view(&s, course), Rows::fields(rows))
}

fn agenda(ctx: &Ctx, as_of: Option<Date>, format: Format) -> Result<()> {
    let as_of = as_of.unwrap_or_else(Date::today);
    let store = ctx.store()?;
    crate::commands::agenda::print(ctx, format, &crate::programmes::colleague::agenda::items(&store, as_of)?, as_of)
}
