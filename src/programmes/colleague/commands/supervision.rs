//! `peerlog supervision`: the mandatory support-group sessions of active support persons.

use super::exists;
use crate::commands::{Ctx, Subject, refuse};
use crate::error::{Error, Result};
use crate::model::Text;
use crate::model::colleague::{Supervision, Supporter, rules};
use crate::model::{Date, Id, fold};
use crate::output::{self, Format, Rows};
use crate::programmes::colleague::folder::ColleagueFolder;
use crate::store::Store;
use serde::Serialize;

/// Colleague support: supervision (support-group) sessions with attendance.
#[derive(Debug, clap::Subcommand)]
#[command(after_help = "Example:\n  peerlog supervision add --date 2025-04-02 --psychologist rozite --present ozols")]
pub enum Cmd {
    /// Record a session: who was present or excused; every other support person active that
    /// day (in --region, if given) is recorded absent. Prints the session's ID.
    #[command(
        after_help = "Example:\n  peerlog supervision add --date 2025-04-02 --psychologist rozite --region Latgale \\\n    --present ozols --present liepa --excused kalns"
    )]
    Add(AddArgs),
    /// Change one support person's attendance at a session.
    #[command(after_help = "Example:\n  peerlog supervision mark v-k2m9 kalns excused")]
    Mark {
        /// The session's ID or ID prefix.
        session: String,
        /// The support person's ID, ID prefix or name.
        supporter: String,
        #[arg(value_enum)]
        presence: crate::model::colleague::Presence,
    },
    /// List sessions with their attendance counts.
    #[command(after_help = "Example:\n  peerlog supervision list --from 2025-01-01 --to 2025-06-30")]
    List {
        #[command(flatten)]
        period: crate::commands::period::PeriodArgs,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Show a session with each support person's attendance.
    #[command(after_help = "Example:\n  peerlog supervision show v-k2m9")]
    Show {
        /// The session's ID or ID prefix.
        session: String,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
}

#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// The day of the session.
    #[arg(long, value_name = "DATE")]
    pub date: Date,
    /// The psychologist who led it (ID, ID prefix or name).
    #[arg(long)]
    pub psychologist: String,
    /// Only support persons of units in this region were expected.
    #[arg(long)]
    pub region: Option<Text>,
    /// A support person who came (repeat for each).
    #[arg(long, value_name = "SUPPORTER")]
    pub present: Vec<String>,
    /// A support person excused in advance (repeat for each).
    #[arg(long, value_name = "SUPPORTER")]
    pub excused: Vec<String>,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<()> {
    match cmd {
        Cmd::Add(a) => add(ctx, a),
        Cmd::Mark { session, supporter, presence } => mark(ctx, &session, &supporter, presence),
        Cmd::List { period, format } => list(ctx, period.period()?, format),
        Cmd::Show { session, format } => show(ctx, &session, format),
    }
}

fn resolve_all(store: &Store, flag: &str, queries: &[String]) -> Result<Vec<Id>> {
    let mut out: Vec<Id> = Vec::new();
    for q in queries {
        let s = super::supporter(store, flag, q)?;
        if out.contains(&s.id) {
            return Err(Error::usage(format!(
                "{flag}: {}",
                tr!("colleague-named-twice", name = s.name.as_str(), id = s.id.to_string())
            )));
        }
        out.push(s.id);
    }
    Ok(out)
}

fn add(ctx: &Ctx, a: AddArgs) -> Result<()> {
    let date = a.date;
    let region = a.region.clone();
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let psychologist = super::psychologist(&store, "--psychologist", &a.psychologist)?;
    let present = resolve_all(&store, "--present", &a.present)?;
    let excused = resolve_all(&store, "--excused", &a.excused)?;
    let folder = ColleagueFolder::load(&store)?;
    let region_units: Vec<&Id> = folder
        .units
        .iter()
        .filter(|u| region.as_ref().is_none_or(|r| fold(u.region.as_str()) == fold(r.as_str())))
        .map(|u| &u.id)
        .collect();
    if let Some(r) = &region
        && region_units.is_empty()
    {
        return Err(Error::data(tr!("colleague-no-region", region = crate::model::shown(r.as_str())))
            .hint(tr!("colleague-no-region-hint")));
    }
    let absent: Vec<Id> = folder
        .supporters
        .iter()
        .filter(|s| s.active_on(date) && region_units.contains(&&s.unit))
        .filter(|s| !present.contains(&s.id) && !excused.contains(&s.id))
        .map(|s| s.id.clone())
        .collect();
    let draft = Supervision {
        id: Id::parse("v-new").expect("valid"),
        date,
        psychologist: psychologist.id,
        region,
        present,
        absent,
        excused,
    };
    let supporters: Vec<&Supporter> = folder.supporters.iter().collect();
    refuse(ctx, Subject::Flags, rules::supervision(&draft, &supporters, &exists(&store)))?;
    if draft.present.is_empty() && draft.absent.is_empty() && draft.excused.is_empty() {
        return Err(Error::data(tr!("colleague-nobody-active", date = date.to_string()))
            .hint(tr!("colleague-nobody-active-hint")));
    }
    let v = store.create(|id| Supervision { id, ..draft.clone() })?;
    ctx.note(tr!(
        "colleague-show-supervision",
        present = v.present.len(),
        absent = v.absent.len(),
        excused = v.excused.len()
    ));
    output::result_line(v.id.as_str())
}

fn mark(ctx: &Ctx, session: &str, supporter: &str, presence: crate::model::colleague::Presence) -> Result<()> {
    use crate::model::colleague::Presence;
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let (mut v, path) = store.by_id_or_prefix::<Supervision>("session", session)?;
    let s = super::supporter(&store, "supporter", supporter)?;
    v.present.retain(|id| id != &s.id);
    v.absent.retain(|id| id != &s.id);
    v.excused.retain(|id| id != &s.id);
    match presence {
        Presence::Present => v.present.push(s.id.clone()),
        Presence::Absent => v.absent.push(s.id.clone()),
        Presence::Excused => v.excused.push(s.id.clone()),
    }
    let supporters: Vec<Supporter> = store.load()?;
    let refs: Vec<&Supporter> = supporters.iter().collect();
    refuse(ctx, Subject::Flags, rules::supervision(&v, &refs, &exists(&store)))?;
    store.save(&v, Some(&path))?;
    output::result_line(v.id.as_str())
}

fn list(ctx: &Ctx, period: crate::report::Period, format: Format) -> Result<()> {
    let store = ctx.store()?;
    let folder = ColleagueFolder::load(&store)?;
    let names = folder.names();
    let shown: Vec<&Supervision> = folder.supervision.iter().filter(|v| period.contains(v.date)).collect();
    let rows = shown
        .iter()
        .map(|v| {
            vec![
                v.id.to_string(),
                v.date.to_string(),
                names.get(&v.psychologist).map_or_else(|| v.psychologist.to_string(), |n| n.to_string()),
                v.region.as_ref().map(ToString::to_string).unwrap_or_default(),
                v.present.len().to_string(),
                v.absent.len().to_string(),
                v.excused.len().to_string(),
            ]
        })
        .collect();
    output::print(
        format,
        &shown,
        Rows::new(vec!["id", "date", "psychologist", "region", "present", "absent", "excused"], rows),
    )
}

#[derive(Serialize)]
struct Line<'a> {
    supporter: &'a Id,
    name: &'a str,
    presence: crate::model::colleague::Presence,
}

fn show(ctx: &Ctx, session: &str, format: Format) -> Result<()> {
    let store = ctx.store()?;
    let (v, _) = store.by_id_or_prefix::<Supervision>("session", session)?;
    let folder = ColleagueFolder::load(&store)?;
    let names = folder.names();
    let lines: Vec<Line> = v
        .marks()
        .map(|(id, presence)| Line { supporter: id, name: names.get(id).copied().unwrap_or(""), presence })
        .collect();
    if format == Format::Json {
        #[derive(Serialize)]
        struct View<'a> {
            #[serde(flatten)]
            session: &'a Supervision,
            attendance: &'a [Line<'a>],
        }
        return output::print_json(&View { session: &v, attendance: &lines });
    }
    // Every show has one table shape, field and value, in table, CSV and XLSX alike.
    let mut rows = vec![
        vec!["id".to_string(), v.id.to_string()],
        vec!["date".to_string(), v.date.to_string()],
        vec![
            "psychologist".to_string(),
            names.get(&v.psychologist).copied().unwrap_or(v.psychologist.as_str()).to_string(),
        ],
        vec![
            "region".to_string(),
            v.region.as_ref().map_or_else(|| output::cell(format, msg!("colleague-all-regions")), |r| r.to_string()),
        ],
    ];
    rows.extend(lines.iter().map(|l| vec![l.supporter.to_string(), format!("{}: {}", l.name, l.presence)]));
    output::print(format, &(), Rows::fields(rows))
}
