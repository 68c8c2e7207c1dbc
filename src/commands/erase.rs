//! `peerlog erase`: the right to erasure.

use super::Ctx;
use super::prompt::{Confirm, confirm};
use crate::error::Result;
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
    let folder = store.load_folder()?;
    if let Some(day) = person.erased {
        return erased_already(ctx, &person, day, &folder);
    }
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

    // Every file changes in one transaction: after a crash the erasure is whole or not begun.
    // Each is written anew, so no comment written by hand keeps the name.
    let mut tx = store.begin();
    let mut changed: Vec<String> = Vec::new();
    let mut erased = person.clone();
    erased.name = Text::new("name", ERASED).expect("placeholder");
    erased.birth_date = None;
    erased.consent.clear();
    erased.erased = Some(crate::model::Date::today());
    if let Some(info) = &mut erased.peer {
        info.stages.iter_mut().for_each(|s| s.note = None);
    }
    tx.put_fresh(&erased)?;
    changed.push(format!("{}: name, birth date, consents and notes erased", display_path(&person.rel_path())));

    for mut p in folder.people.into_iter().filter(|p| p.id != person.id) {
        let touched = p
            .peer
            .iter_mut()
            .flat_map(|i| i.stages.iter_mut())
            .filter_map(|s| s.note.as_mut())
            .fold(false, |a, n| scrub(n) | a);
        if touched {
            tx.put_fresh(&p)?;
            changed.push(format!("{}: name cut from a stage note", display_path(&p.rel_path())));
        }
    }
    for mut c in folder.consultations {
        if scrub(&mut c.topic) | scrub(&mut c.place) {
            tx.put_fresh(&c)?;
            changed.push(format!("{}: name cut from the topic or place", display_path(&c.rel_path())));
        }
    }
    for mut f in folder.feedback {
        let mut touched = scrub(&mut f.expected) | scrub(&mut f.benefit);
        if let Some(comment) = &mut f.comment {
            touched |= scrub(comment);
        }
        if touched {
            tx.put_fresh(&f)?;
            changed.push(format!("{}: name cut from the answers", display_path(&f.rel_path())));
        }
    }
    let dry_run = args.confirm.dry_run;
    if !dry_run {
        let question = format!("Erase {} ({}), changing these {} files?", person.name, person.id, changed.len());
        confirm(args.confirm, "erase", &question, &changed)?;
        tx.commit()?;
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

/// `erase` of a person erased before: their name went from every record in the same
/// transaction as their own file, so nothing is left to cut. Lists the records that still
/// refer to them by ID (kept so that counts stay right), and succeeds: running erase again
/// always finishes.
fn erased_already(
    ctx: &Ctx,
    person: &crate::model::Person,
    day: crate::model::Date,
    folder: &crate::store::Folder,
) -> Result<()> {
    let refs: Vec<String> = folder
        .consultations
        .iter()
        .filter(|c| c.peer == person.id || c.recipient == person.id)
        .map(|c| format!("{}: refers to {} by ID only\n", display_path(&c.rel_path()), person.id))
        .collect();
    ctx.note(format!(
        "{} was erased on {day}; no record holds their name, {} consultation(s) refer to them by ID only (nothing to change)",
        person.id,
        refs.len()
    ));
    output::stdout(refs.concat().as_bytes())
}
