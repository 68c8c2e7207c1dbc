//! `peerlog feedback`: the answers to the three feedback questions.

use super::{Ctx, enforce, parse_flag, text_flag};
use crate::error::{Error, Result};
use crate::model::{Consultation, Date, Feedback, Id, Met, Source, rules};
use crate::output::{self, Format, Rows};

/// Record and list feedback from recipients and peers.
#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Record feedback on one or several held consultations; prints its ID.
    #[command(
        after_help = "Example:\n  peerlog feedback record --consultation c-k2m9 --from recipient \\\n    --expected 'Uzklausīšanu' --met partly --comment 'Vajag vairāk laika' --benefit 'Drosme runāt'"
    )]
    Record(RecordArgs),
    /// List feedback, newest last.
    #[command(after_help = "Example:\n  peerlog feedback list --format json")]
    List {
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
}

#[derive(Debug, clap::Args)]
pub struct RecordArgs {
    /// A held consultation the feedback is about (ID or prefix); repeat for several.
    #[arg(long = "consultation", value_name = "ID", required = true)]
    pub consultations: Vec<String>,
    /// Who answered.
    #[arg(long, value_enum)]
    pub from: Source,
    /// Kas tika sagaidīts no līdzinieka konsultācijas? (what was expected)
    #[arg(long)]
    pub expected: String,
    /// Vai minētās gaidas piepildījās? (were the expectations met)
    #[arg(long, value_enum)]
    pub met: Met,
    /// A short remark on whether the expectations were met.
    #[arg(long)]
    pub comment: Option<String>,
    /// Kāds bija ieguvums no līdzinieka konsultācijas? (what was the benefit)
    #[arg(long)]
    pub benefit: String,
    /// The day the feedback was given (default: today).
    #[arg(long)]
    pub date: Option<String>,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<()> {
    match cmd {
        Cmd::Record(a) => record(ctx, a),
        Cmd::List { format } => list(ctx, format),
    }
}

fn record(ctx: &Ctx, a: RecordArgs) -> Result<()> {
    let expected = text_flag("--expected", &a.expected)?;
    let benefit = text_flag("--benefit", &a.benefit)?;
    let comment = a.comment.as_deref().map(|c| text_flag("--comment", c)).transpose()?;
    let date: Date = a.date.as_deref().map(|d| parse_flag("--date", d)).transpose()?.unwrap_or_else(Date::today);
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let mut consultations: Vec<Consultation> = Vec::new();
    for query in &a.consultations {
        let (c, _) = store.consultation("--consultation", query)?;
        if !consultations.iter().any(|x| x.id == c.id) {
            consultations.push(c);
        }
    }
    let draft = Feedback {
        id: Id::parse("f-new").expect("valid"),
        date,
        from: a.from,
        consultations: consultations.iter().map(|c| c.id.clone()).collect(),
        expected,
        met: a.met,
        comment,
        benefit,
    };
    let refs: Vec<Option<&Consultation>> = consultations.iter().map(Some).collect();
    enforce(ctx, rules::feedback(&draft, &refs))?;
    let existing: Vec<Feedback> = store.load()?;
    if let Some((f, c)) = existing.iter().find_map(|f| rules::same_answer(&draft, f).map(|c| (f, c))) {
        return Err(Error::data(format!("{} already holds {} feedback on {c}", f.id, draft.from))
            .hint("one answer per consultation and side; change the existing feedback instead"));
    }
    let f = store.create(|id| Feedback { id, ..draft.clone() })?;
    output::result_line(f.id.as_str())
}

fn list(ctx: &Ctx, format: Format) -> Result<()> {
    let mut all: Vec<Feedback> = ctx.store()?.load()?;
    all.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    let rows = all
        .iter()
        .map(|f| {
            let ids: Vec<&str> = f.consultations.iter().map(Id::as_str).collect();
            vec![f.id.to_string(), f.date.to_string(), f.from.to_string(), ids.join(" "), f.met.to_string()]
        })
        .collect();
    output::print(format, &all, Rows { headers: vec!["id", "date", "from", "consultations", "met"], rows })
}
