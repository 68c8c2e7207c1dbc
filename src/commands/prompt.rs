//! Asking for missing fields on a terminal, as `hledger add` does: `consult log`, `consult plan`
//! and `feedback record` run without their required flags ask for each one, with completion of
//! names and the peer's last place and time as defaults. Without a terminal they never ask.

use super::consult::Fields;
use super::feedback::RecordArgs;
use crate::error::{Error, Result};
use crate::model::{Consultation, Date, Met, Person, Source, Status, Text, TimeRange, fold};
use crate::output::{Stream, colour};
use crate::store::{Index, Store};
use inquire::autocompletion::{Autocomplete, Replacement};
use inquire::ui::RenderConfig;
use inquire::validator::Validation;
use inquire::{CustomUserError, InquireError, Select, Text as Ask};
use std::io::IsTerminal;

/// Whether a person is at the keyboard: stdin and stderr (where prompts go) are terminals.
pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

fn style() -> RenderConfig<'static> {
    if colour(Stream::Stderr) { RenderConfig::default_colored() } else { RenderConfig::empty() }
}

/// Asks for the fields of a consultation that were not given as flags.
pub fn consultation(store: &Store, fields: &mut Fields) -> Result<()> {
    let people = Index::new(store.load::<Person>()?, |p: &Person| p.name.as_str());
    let peer = match &fields.peer {
        Some(q) => people.find("--peer", q, "person", |_| true)?.clone(),
        None => {
            let peers: Vec<String> = names(people.items().iter().filter(|p| p.is_peer()));
            let answer = ask(Ask::new(&tr!("prompt-peer"))
                .with_help_message(&tr!("prompt-help-name"))
                .with_autocomplete(Names(peers))
                .with_validator(|s: &str| valid(people.find("--peer", s, "person", |_| true).map(|_| ()))))?;
            people.find("--peer", &answer, "person", |_| true)?.clone()
        }
    };
    fields.peer = Some(peer.id.to_string());
    let in_group = |p: &Person| p.group == peer.group;
    if fields.recipient.is_none() {
        let members = names(people.items().iter().filter(|p| in_group(p) && p.id != peer.id));
        let answer = ask(Ask::new(&tr!("prompt-recipient"))
            .with_help_message(&tr!("prompt-help-recipient"))
            .with_autocomplete(Names(members))
            .with_validator(|s: &str| valid(people.find("--recipient", s, "person", in_group).map(|_| ()))))?;
        fields.recipient = Some(people.find("--recipient", &answer, "person", in_group)?.id.to_string());
    }
    let last = last_consultation(store, &peer)?;
    if fields.date.is_none() {
        let today = Date::today().iso();
        let date = ask(Ask::new(&tr!("prompt-date"))
            .with_default(&today)
            .with_help_message(&tr!("prompt-help-date"))
            .with_validator(|s: &str| valid(s.parse::<Date>())))?;
        fields.date = Some(date.parse().map_err(Error::data)?);
    }
    if fields.time.is_none() {
        let default = last.as_ref().map(|c| c.time.to_string());
        let (question, help) = (tr!("prompt-time"), tr!("prompt-help-time"));
        let mut q =
            Ask::new(&question).with_help_message(&help).with_validator(|s: &str| valid(s.parse::<TimeRange>()));
        if let Some(d) = &default {
            q = q.with_default(d);
        }
        fields.time = Some(ask(q)?.parse().map_err(Error::data)?);
    }
    if fields.place.is_none() {
        let venue = match &last {
            Some(c) => Some(c.place.to_string()),
            None => store.group("--peer", peer.group.as_str()).ok().map(|g| g.venue.to_string()),
        };
        let question = tr!("prompt-place");
        let mut q = Ask::new(&question).with_validator(|s: &str| valid(Text::new(&tr!("prompt-field-place"), s)));
        if let Some(v) = &venue {
            q = q.with_default(v);
        }
        fields.place = Some(Text::line("--place", &ask(q)?).map_err(Error::data)?);
    }
    if fields.topic.is_none() {
        let topic = ask(Ask::new(&tr!("prompt-topic"))
            .with_help_message(&tr!("prompt-help-topic"))
            .with_validator(|s: &str| valid(Text::new(&tr!("prompt-field-topic"), s))))?;
        fields.topic = Some(Text::line("--topic", &topic).map_err(Error::data)?);
    }
    Ok(())
}

/// Asks for the fields of feedback that were not given as flags.
pub fn feedback(store: &Store, a: &mut RecordArgs) -> Result<()> {
    if a.consultations.is_empty() {
        let mut held: Vec<Consultation> = store.load()?;
        held.retain(|c| c.status == Status::Held);
        held.sort_by(|x, y| (y.date, y.time, &y.id).cmp(&(x.date, x.time, &x.id)));
        let people = Index::new(store.load::<Person>()?, |p: &Person| p.name.as_str());
        let name = |id| people.get(id).map_or("?", |p: &Person| p.name.as_str());
        let labels: Vec<String> = held
            .iter()
            .map(|c| format!("{} {} {} → {}: {}", c.id, c.date, name(&c.peer), name(&c.recipient), c.topic))
            .collect();
        let answer = ask(Ask::new(&tr!("prompt-consultation"))
            .with_help_message(&tr!("prompt-help-consultation"))
            .with_autocomplete(Names(labels))
            .with_validator(|s: &str| {
                let ids = consultation_ids(s);
                if ids.is_empty() {
                    return Ok(Validation::Invalid("give a consultation ID (c-…)".into()));
                }
                valid(ids.iter().try_for_each(|q| store.consultation("--consultation", q).map(|_| ())))
            }))?;
        a.consultations = consultation_ids(&answer);
    }
    if a.from.is_none() {
        a.from = Some(pick(&tr!("prompt-who"), Source::ALL.to_vec())?);
    }
    if a.expected.is_none() {
        let expected = ask(Ask::new("Kas tika sagaidīts no līdzinieka konsultācijas?")
            .with_help_message(&tr!("prompt-help-expected"))
            .with_validator(|s: &str| valid(Text::new(&tr!("prompt-field-answer"), s))))?;
        a.expected = Some(Text::new("--expected", &expected).map_err(Error::data)?);
    }
    if a.met.is_none() {
        a.met = Some(pick("Vai minētās gaidas piepildījās?", Met::ALL.to_vec())?);
    }
    if a.comment.is_none() {
        let comment = ask(Ask::new(&tr!("prompt-comment")).with_validator(|s: &str| {
            if s.trim().is_empty() { Ok(Validation::Valid) } else { valid(Text::new(&tr!("prompt-field-comment"), s)) }
        }))?;
        a.comment = Some(comment)
            .filter(|c| !c.trim().is_empty())
            .map(|c| Text::new("--comment", &c))
            .transpose()
            .map_err(Error::data)?;
    }
    if a.benefit.is_none() {
        let benefit = ask(Ask::new("Kāds bija ieguvums no līdzinieka konsultācijas?")
            .with_help_message(&tr!("prompt-help-benefit"))
            .with_validator(|s: &str| valid(Text::new(&tr!("prompt-field-answer"), s))))?;
        a.benefit = Some(Text::new("--benefit", &benefit).map_err(Error::data)?);
    }
    Ok(())
}

/// The peer's latest consultation, whose place and time are the defaults for the next one.
fn last_consultation(store: &Store, peer: &Person) -> Result<Option<Consultation>> {
    let all: Vec<Consultation> = store.load()?;
    Ok(all
        .into_iter()
        .filter(|c| c.peer == peer.id && c.status != Status::Cancelled)
        .max_by(|x, y| (x.date, x.time, &x.id).cmp(&(y.date, y.time, &y.id))))
}

/// The consultation IDs in an answer: the first word of a picked suggestion, or typed IDs.
fn consultation_ids(answer: &str) -> Vec<String> {
    let words: Vec<&str> = answer.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    match words.as_slice() {
        [first, _, ..] if !words[1].starts_with("c-") => vec![first.to_string()],
        _ => words.iter().map(|w| w.to_string()).collect(),
    }
}

fn names<'a>(people: impl Iterator<Item = &'a Person>) -> Vec<String> {
    let mut out: Vec<String> = people.map(|p| p.name.to_string()).collect();
    out.sort();
    out.dedup();
    out
}

fn valid<T, E: std::fmt::Display>(r: std::result::Result<T, E>) -> std::result::Result<Validation, CustomUserError> {
    Ok(match r {
        Ok(_) => Validation::Valid,
        Err(e) => Validation::Invalid(e.to_string().into()),
    })
}

fn ask(q: Ask) -> Result<String> {
    q.with_render_config(style()).prompt().map_err(cancelled)
}

/// The flags of a command that removes or rewrites records: `--dry-run` and `--yes`.
#[derive(Debug, Clone, Copy, Default, clap::Args)]
pub struct Confirm {
    /// Show what would change (the same list the question shows); change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Go ahead without asking; needed when there is no terminal to ask on.
    #[arg(long, short = 'y')]
    pub yes: bool,
}

/// Asks before a destructive change, for every command that makes one (`purge`, `erase`,
/// `rm --cascade`, `merge`): `listing` (one line per record that goes or changes) is shown on
/// stderr and `question` asked on a terminal, defaulting to no. With `--yes` it goes ahead
/// without asking; without a terminal and without `--yes` it refuses (exit 2), and a "no" is
/// refused too (exit 1), both with nothing changed. The caller handles `--dry-run` first.
pub fn confirm(flags: Confirm, command: &str, question: &str, listing: &[String]) -> Result<()> {
    if flags.yes || listing.is_empty() {
        return Ok(());
    }
    if !interactive() {
        return Err(Error::usage(tr!("prompt-confirm-no-terminal", command = command, files = listing.len()))
            .hint(tr!("prompt-confirm-no-terminal-hint")));
    }
    let mut shown = String::new();
    for line in listing {
        shown.push_str("  ");
        shown.push_str(line);
        shown.push('\n');
    }
    eprint!("{shown}");
    let yes = inquire::Confirm::new(question)
        .with_default(false)
        .with_help_message(&tr!("prompt-help-confirm"))
        .with_render_config(style())
        .prompt()
        .map_err(cancelled)?;
    if yes { Ok(()) } else { Err(Error::data(tr!("prompt-not-confirmed"))) }
}

fn pick<T: std::fmt::Display>(message: &str, options: Vec<T>) -> Result<T> {
    Select::new(message, options).with_render_config(style()).prompt().map_err(cancelled)
}

fn cancelled(e: InquireError) -> Error {
    match e {
        InquireError::OperationCanceled | InquireError::OperationInterrupted => Error::usage(tr!("prompt-cancelled")),
        other => {
            Error::usage(tr!("prompt-no-terminal", reason = other.to_string())).hint(tr!("prompt-no-terminal-hint"))
        }
    }
}

/// Completes names (or labels) containing what was typed, ignoring case and diacritics.
#[derive(Clone)]
struct Names(Vec<String>);

impl Autocomplete for Names {
    fn get_suggestions(&mut self, input: &str) -> std::result::Result<Vec<String>, CustomUserError> {
        let q = fold(input.trim());
        if q.is_empty() {
            return Ok(Vec::new());
        }
        Ok(self.0.iter().filter(|n| fold(n).contains(&q)).take(8).cloned().collect())
    }

    fn get_completion(
        &mut self,
        input: &str,
        highlighted: Option<String>,
    ) -> std::result::Result<Replacement, CustomUserError> {
        if highlighted.is_some() {
            return Ok(highlighted);
        }
        let found = self.get_suggestions(input)?;
        Ok(match found.as_slice() {
            [only] => Some(only.clone()),
            _ => None,
        })
    }
}
