//! `peerlog erase`: the right to erasure.

use super::Ctx;
use super::prompt::{Confirm, confirm};
use crate::error::{Error, Result};
use crate::model::{ERASED, Record, Text, redact};
use crate::output;
use crate::store::diag::display_path;

/// Erase a person's data from every record: their own file keeps only a content-free placeholder
/// (so counts stay right), and their name is cut from the free text of every record.
/// On a terminal it lists the files and asks first; without one it needs --yes.
/// Prints each changed file. Git history still holds the old data: see the README.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  peerlog erase p-3yae3jef --dry-run\n  peerlog erase p-3yae3jef --yes && git commit -am 'Erase a person on request'"
)]
pub struct Args {
    /// The person's ID, ID prefix or name.
    pub person: String,
    #[command(flatten)]
    pub confirm: Confirm,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let person = store.person("person", &args.person, None)?;
    if let Some(day) = person.erased {
        return Err(Error::data(format!("{} was erased on {day} already; nothing is left to erase", person.id)));
    }
    let folder = store.load_folder()?;
    let name = person.name.to_string();
    // The full name, and the surname's stem, so inflected forms (Bērziņai, Bērziņu) go too.
    let mut needles = vec![name.clone()];
    // The surname (every word after the first) by its stem; a first name alone is too common
    // to cut from other people's records.
    let words: Vec<&str> = name.split_whitespace().collect();
    let surnames = if words.len() > 1 { &words[1..] } else { &words[..] };
    needles.extend(surnames.iter().copied().filter_map(stem));
    let scrub = |t: &mut Text| match redact(t.as_str(), &needles) {
        Some(new) => {
            *t = Text::new("text", &new).unwrap_or_else(|_| Text::new("text", ERASED).expect("placeholder"));
            true
        }
        None => false,
    };

    // Each change is listed, then made only after the question (or --yes).
    let store = &store;
    let mut pending: Vec<(String, Write)> = Vec::new();

    let mut erased = person.clone();
    erased.name = Text::new("name", ERASED).expect("placeholder");
    erased.birth_date = None;
    erased.consent.clear();
    erased.erased = Some(crate::model::Date::today());
    if let Some(info) = &mut erased.peer {
        info.stages.iter_mut().for_each(|s| s.note = None);
    }
    pending.push(change(
        person.rel_path(),
        "name, birth date, consents and notes erased".into(),
        Box::new(move || store.save(&erased, None)),
    ));

    for mut p in folder.people.into_iter().filter(|p| p.id != person.id) {
        let touched = p
            .peer
            .iter_mut()
            .flat_map(|i| i.stages.iter_mut())
            .filter_map(|s| s.note.as_mut())
            .fold(false, |a, n| scrub(n) | a);
        if touched {
            pending.push(change(
                p.rel_path(),
                "name cut from a stage note".into(),
                Box::new(move || store.save(&p, None)),
            ));
        }
    }
    for mut c in folder.consultations {
        if scrub(&mut c.topic) | scrub(&mut c.place) {
            pending.push(change(
                c.rel_path(),
                "name cut from the topic or place".into(),
                Box::new(move || store.save(&c, None)),
            ));
        }
    }
    for mut f in folder.feedback {
        let mut touched = scrub(&mut f.expected) | scrub(&mut f.benefit);
        if let Some(comment) = &mut f.comment {
            touched |= scrub(comment);
        }
        if touched {
            pending.push(change(
                f.rel_path(),
                "name cut from the answers".into(),
                Box::new(move || store.save(&f, None)),
            ));
        }
    }

    let (changed, writes): (Vec<String>, Vec<Write>) = pending.into_iter().unzip();
    let dry_run = args.confirm.dry_run;
    if !dry_run {
        let question = format!("Erase {} ({}), changing these {} files?", person.name, person.id, changed.len());
        confirm(args.confirm, "erase", &question, &changed)?;
        for write in writes {
            write()?;
        }
    }
    let verb = if dry_run { "would change" } else { "changed" };
    ctx.note(format!(
        "{verb} {} file(s) to erase {} ({})",
        changed.len(),
        person.id,
        if dry_run { "dry run: nothing written" } else { "done" }
    ));
    output::stdout(changed.iter().map(|l| format!("{l}\n")).collect::<String>().as_bytes())?;
    if !dry_run {
        ctx.note(
            "note: git history still holds the old data; to remove it from history too, see \
             \"Erasing a person from git history\" in the README",
        );
    }
    Ok(())
}

/// A write that waits for the question's answer.
type Write<'s> = Box<dyn FnOnce() -> Result<()> + 's>;

/// One listed change: the file and what changes in it, and the write that makes it.
fn change<'s>(rel: std::path::PathBuf, what: String, write: Write<'s>) -> (String, Write<'s>) {
    (format!("{}: {what}", display_path(&rel)), write)
}

/// The part of a name that stays when Latvian inflects it: `Bērziņa` -> `Bērziņ` (Bērziņu,
/// Bērziņai), `Jānis` -> `Jān`. `None` for parts too short to search for safely.
fn stem(word: &str) -> Option<String> {
    let chars: Vec<char> = word.chars().collect();
    let ending = match chars.as_slice() {
        [.., a, b] if matches!((a, b), ('i' | 'u', 's')) => 2,
        _ => 1,
    };
    (chars.len() >= ending + 3).then(|| chars[..chars.len() - ending].iter().collect())
}
