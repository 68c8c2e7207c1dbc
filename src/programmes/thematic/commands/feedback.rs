//! `peerlog feedback`: the answers to the three feedback questions.

use crate::commands::{Ctx, Subject, refuse};
use crate::error::{Error, Result};
use crate::model::Text;
use crate::model::{Consultation, Date, Feedback, Id, Met, Person, Source, Status, TimeRange, day_dir, rules};
use crate::output::{self, Format, Rows};

/// Record and list feedback from recipients and peers.
#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Record feedback on one or several held consultations; prints its ID.
    #[command(
        after_help = "Examples:\n  peerlog feedback record --consultation c-k2m9 --from recipient \\\n    --expected 'Uzklausīšanu' --met partly --comment 'Vajag vairāk laika' --benefit 'Drosme runāt'\n  peerlog feedback record --peer ozolina --recipient berzina --consultation-date 14.03.2025 \\\n    --from peer --expected 'Sarunu' --met yes --benefit 'Skaidrība'"
    )]
    Record(RecordArgs),
    /// List feedback, newest last; the filters keep feedback about the consultations they match.
    #[command(
        after_help = "Examples:\n  peerlog feedback list --format json\n  peerlog feedback list --group rigas --side recipient --met no --quarter 2025-Q1"
    )]
    List(ListArgs),
    /// Show one feedback record with the consultations it covers.
    #[command(after_help = "Example:\n  peerlog feedback show f-93fi --format json")]
    Show {
        /// The feedback's ID or ID prefix.
        id: String,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only feedback on consultations of this group's peers.
    #[arg(long)]
    pub group: Option<String>,
    /// Only feedback on this peer's consultations.
    #[arg(long)]
    pub peer: Option<String>,
    /// Only feedback on consultations this person received.
    #[arg(long)]
    pub recipient: Option<String>,
    /// Only the answers of one side (who answered).
    #[arg(long, value_enum)]
    pub side: Option<Source>,
    /// Only answers whose expectations were met so (the feedback's status).
    #[arg(long, value_enum)]
    pub met: Option<Met>,
    /// Given in this period (--from/--to, --month, --quarter, --year).
    #[command(flatten)]
    pub period: crate::commands::period::PeriodArgs,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

#[derive(Debug, Clone, Default, clap::Args)]
pub struct RecordArgs {
    /// A held consultation the feedback is about (ID or prefix); repeat for several.
    #[arg(long = "consultation", value_name = "ID")]
    pub consultations: Vec<String>,
    /// Instead of --consultation: the consultation's peer (with --recipient and --consultation-date).
    #[arg(long, conflicts_with = "consultations", requires_all = ["recipient", "consultation_date"])]
    pub peer: Option<String>,
    /// Instead of --consultation: the consultation's recipient.
    #[arg(long, conflicts_with = "consultations", requires_all = ["peer", "consultation_date"])]
    pub recipient: Option<String>,
    /// Instead of --consultation: the consultation's day.
    #[arg(long, value_name = "DATE", conflicts_with = "consultations", requires_all = ["peer", "recipient"])]
    pub consultation_date: Option<Date>,
    /// The consultation's time, when the peer and recipient met twice that day: 16:00-17:00.
    #[arg(long, value_name = "TIME", requires = "consultation_date")]
    pub consultation_time: Option<TimeRange>,
    /// Who answered.
    #[arg(long, value_enum)]
    pub from: Option<Source>,
    /// Kas tika sagaidīts no līdzinieka konsultācijas? (what was expected)
    #[arg(long, allow_hyphen_values = true, value_parser = crate::commands::flags::answer())]
    pub expected: Option<Text>,
    /// Vai minētās gaidas piepildījās? (were the expectations met)
    #[arg(long, value_enum)]
    pub met: Option<Met>,
    /// A short remark on whether the expectations were met.
    #[arg(long, allow_hyphen_values = true, value_parser = crate::commands::flags::answer())]
    pub comment: Option<Text>,
    /// Kāds bija ieguvums no līdzinieka konsultācijas? (what was the benefit)
    #[arg(long, allow_hyphen_values = true, value_parser = crate::commands::flags::answer())]
    pub benefit: Option<Text>,
    /// The day the feedback was given (default: today).
    #[arg(long)]
    pub date: Option<Date>,
}

impl RecordArgs {
    /// The flags feedback needs that were not given.
    pub fn missing(&self) -> Vec<&'static str> {
        [
            ("--consultation", self.consultations.is_empty() && self.peer.is_none()),
            ("--from", self.from.is_none()),
            ("--expected", self.expected.is_none()),
            ("--met", self.met.is_none()),
            ("--benefit", self.benefit.is_none()),
        ]
        .into_iter()
        .filter_map(|(flag, missing)| missing.then_some(flag))
        .collect()
    }
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<()> {
    match cmd {
        Cmd::Record(a) => record(ctx, a),
        Cmd::List(a) => list(ctx, a),
        Cmd::Show { id, format } => show(ctx, &id, format),
    }
}

fn record(ctx: &Ctx, mut a: RecordArgs) -> Result<()> {
    let missing = a.missing();
    if !missing.is_empty() {
        if !crate::commands::prompt::interactive() {
            return Err(
                Error::usage(tr!("missing-flags", flags = missing.join(", "))).hint(tr!("feedback-missing-hint"))
            );
        }
        crate::commands::prompt::feedback(&ctx.store()?, &mut a)?;
    }
    let (Some(from), Some(expected), Some(met), Some(benefit)) = (a.from, a.expected.clone(), a.met, a.benefit.clone())
    else {
        return Err(Error::usage(tr!("missing-flags", flags = "")));
    };
    let comment = a.comment.clone();
    let date: Date = a.date.unwrap_or_else(Date::today);
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let mut consultations: Vec<Consultation> = Vec::new();
    for query in &a.consultations {
        let (c, _) = store.consultation("--consultation", query)?;
        if !consultations.iter().any(|x| x.id == c.id) {
            consultations.push(c);
        }
    }
    if let (Some(peer), Some(recipient), Some(day)) = (&a.peer, &a.recipient, a.consultation_date) {
        let time = a.consultation_time;
        let peer = store.person("--peer", peer, None)?;
        let recipient = store.person("--recipient", recipient, Some(&peer.group))?;
        let that_day: Vec<Consultation> = store.records_in(&day_dir(day))?;
        let found: Vec<&Consultation> =
            that_day.iter().filter(|c| c.peer == peer.id && c.recipient == recipient.id).collect();
        let c = meeting(&found, &peer, &recipient, day, time, "--consultation-time")
            .map_err(|e| Error::data(format!("--consultation-date: {e}")))?;
        consultations.push(c.clone());
    }
    let draft = Feedback {
        id: Id::parse("f-new").expect("valid"),
        date,
        from,
        consultations: consultations.iter().map(|c| c.id.clone()).collect(),
        expected,
        met,
        comment,
        benefit,
    };
    let existing = answers_about(&store, &draft, &consultations)?;
    validate(ctx, Subject::Flags, &draft, &consultations, &existing)?;
    let f = store.create(|id| Feedback { id, ..draft.clone() })?;
    output::result_line(f.id.as_str())
}

/// The checks of `feedback record` (and `edit`): the rules, no feedback before the
/// consultation, and one answer per consultation and side; `subject` says how fields are named.
pub fn validate(
    ctx: &Ctx,
    subject: Subject<'_>,
    f: &Feedback,
    consultations: &[Consultation],
    existing: &[Feedback],
) -> Result<()> {
    let refs: Vec<Option<&Consultation>> =
        f.consultations.iter().map(|id| consultations.iter().find(|c| &c.id == id)).collect();
    refuse(ctx, subject, rules::feedback(f, &refs))?;
    if let Some((other, c)) = duplicate(f, existing) {
        return Err(Error::data(tr!(
            "feedback-duplicate",
            id = other.id.to_string(),
            from = f.from.to_string(),
            consultation = c.to_string()
        ))
        .hint(tr!("feedback-duplicate-hint", id = other.id.to_string())));
    }
    Ok(())
}

/// The feedback already given about `f`'s consultations (found without reading every file):
/// `consultations` are those of them that were found.
pub fn answers_about(
    store: &crate::store::Store,
    f: &Feedback,
    consultations: &[Consultation],
) -> Result<Vec<Feedback>> {
    let since = consultations.iter().map(|c| c.date).min();
    let paths = crate::store::answers::about(store, &f.consultations, since)?;
    paths.iter().map(|rel| store.read::<Feedback>(rel)).collect()
}

/// The one consultation, not cancelled, among `found` (those of `peer` with `recipient` on
/// `day`) at `time` when given; the error says what is missing. Shared by `feedback record` and
/// `import feedback`.
pub fn meeting<'a>(
    found: &[&'a Consultation],
    peer: &Person,
    recipient: &Person,
    day: Date,
    time: Option<TimeRange>,
    time_by: &str,
) -> std::result::Result<&'a Consultation, String> {
    let fits: Vec<&Consultation> =
        found.iter().copied().filter(|c| c.status != Status::Cancelled && time.is_none_or(|t| c.time == t)).collect();
    match fits.as_slice() {
        [one] => Ok(one),
        [] => Err(match time {
            Some(t) => tr!(
                "feedback-no-meeting-at",
                peer = peer.name.to_string(),
                recipient = recipient.name.to_string(),
                date = day.to_string(),
                time = t.to_string()
            ),
            None => tr!(
                "feedback-no-meeting",
                peer = peer.name.to_string(),
                recipient = recipient.name.to_string(),
                date = day.to_string()
            ),
        }),
        many => {
            let which: Vec<String> = many
                .iter()
                .map(|c| tr!("feedback-meeting-at", id = c.id.to_string(), time = c.time.to_string()))
                .collect();
            Err(tr!(
                "feedback-many-meetings",
                count = many.len(),
                peer = peer.name.to_string(),
                recipient = recipient.name.to_string(),
                date = day.to_string(),
                by = time_by,
                which = which.join(", ")
            ))
        }
    }
}

/// A consultation of `f` that took place after the feedback was given.
pub fn held_later<'a>(f: &Feedback, consultations: &'a [Consultation]) -> Option<&'a Consultation> {
    consultations.iter().find(|c| f.consultations.contains(&c.id) && f.date < c.date)
}

/// Other feedback from the same side on one of `f`'s consultations, and that consultation.
pub fn duplicate<'a>(f: &Feedback, existing: &'a [Feedback]) -> Option<(&'a Feedback, &'a Id)> {
    existing.iter().filter(|e| e.id != f.id).find_map(|e| rules::same_answer(f, e).map(|c| (e, c)))
}

fn list(ctx: &Ctx, a: ListArgs) -> Result<()> {
    let format = a.format;
    let period = a.period.period()?;
    let store = ctx.store()?;
    let filter = super::consult::Filter::new(&store, a.group.as_deref(), a.peer.as_deref(), a.recipient.as_deref())?;
    let mut all: Vec<Feedback> = store.load()?;
    if !filter.is_empty() {
        let people: Vec<Person> = store.load()?;
        let groups = super::consult::group_of(&people);
        let consultations: Vec<Consultation> = store.load()?;
        let kept: std::collections::HashSet<&Id> =
            consultations.iter().filter(|c| filter.keeps(c, &groups)).map(|c| &c.id).collect();
        all.retain(|f| f.consultations.iter().any(|c| kept.contains(c)));
    }
    all.retain(|f| period.contains(f.date) && a.side.is_none_or(|s| f.from == s) && a.met.is_none_or(|m| f.met == m));
    all.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    let rows = all
        .iter()
        .map(|f| {
            let ids: Vec<&str> = f.consultations.iter().map(Id::as_str).collect();
            vec![f.id.to_string(), f.date.to_string(), f.from.to_string(), ids.join(" "), f.met.to_string()]
        })
        .collect();
    output::print(format, &all, Rows::new(vec!["id", "date", "from", "consultations", "met"], rows))
}

/// Feedback with the consultations it covers, as `feedback show` prints it.
#[derive(serde::Serialize)]
struct FeedbackView<'a> {
    #[serde(flatten)]
    feedback: &'a Feedback,
    consultation_records: Vec<&'a Consultation>,
}

fn show(ctx: &Ctx, query: &str, format: Format) -> Result<()> {
    let store = ctx.store()?;
    let (f, _) = store.feedback("feedback", query)?;
    let mut covered: Vec<Consultation> = Vec::new();
    for id in &f.consultations {
        if let Some(rel) = store.find_path(crate::model::RecordKind::Consultation, id.as_str())? {
            covered.push(store.read(&rel)?);
        }
    }
    let ids: Vec<&str> = f.consultations.iter().map(Id::as_str).collect();
    let rows = vec![
        vec!["id".to_string(), f.id.to_string()],
        vec!["date".into(), f.date.to_string()],
        vec!["from".into(), f.from.to_string()],
        vec!["consultations".into(), ids.join(" ")],
        vec!["expected".into(), f.expected.to_string()],
        vec!["met".into(), f.met.to_string()],
        vec!["comment".into(), f.comment.as_ref().map(ToString::to_string).unwrap_or_default()],
        vec!["benefit".into(), f.benefit.to_string()],
    ];
    output::print(
        format,
        &FeedbackView { feedback: &f, consultation_records: covered.iter().collect() },
        Rows::fields(rows),
    )
}
