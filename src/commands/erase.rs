//! `peerlog erase`: the right to erasure.

use super::Ctx;
use crate::error::{Error, Result};
use crate::model::{ERASED, Record, Text, redact};
use crate::output;
use crate::store::diag::display_path;

/// Erase a person's data from every record: their own file keeps only a content-free placeholder
/// (so counts stay right), and their name is cut from the free text of every record.
/// Prints each changed file. Git history still holds the old data: see the README.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  peerlog erase p-3yae3jef --dry-run\n  peerlog erase p-3yae3jef && git commit -am 'Erase a person on request'"
)]
pub struct Args {
    /// The person's ID, ID prefix or name.
    pub person: String,
    /// Show what would change; write nothing.
    #[arg(long)]
    pub dry_run: bool,
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

    let mut changed: Vec<String> = Vec::new();
    let mut save = |rel: std::path::PathBuf, what: String, write: &dyn Fn() -> Result<()>| -> Result<()> {
        changed.push(format!("{}: {what}", display_path(&rel)));
        if !args.dry_run {
            write()?;
        }
        Ok(())
    };

    let mut erased = person.clone();
    erased.name = Text::new("name", ERASED).expect("placeholder");
    erased.birth_date = None;
    erased.consent.clear();
    erased.erased = Some(crate::model::Date::today());
    if let Some(info) = &mut erased.peer {
        info.stages.iter_mut().for_each(|s| s.note = None);
    }
    save(person.rel_path(), "name, birth date, consents and notes erased".into(), &|| store.save(&erased, None))?;

    for mut p in folder.people.into_iter().filter(|p| p.id != person.id) {
        let touched = p
            .peer
            .iter_mut()
            .flat_map(|i| i.stages.iter_mut())
            .filter_map(|s| s.note.as_mut())
            .fold(false, |a, n| scrub(n) | a);
        if touched {
            save(p.rel_path(), "name cut from a stage note".into(), &|| store.save(&p, None))?;
        }
    }
    for mut c in folder.consultations {
        if scrub(&mut c.topic) | scrub(&mut c.place) {
            save(c.rel_path(), "name cut from the topic or place".into(), &|| store.save(&c, None))?;
        }
    }
    for mut f in folder.feedback {
        let mut touched = scrub(&mut f.expected) | scrub(&mut f.benefit);
        if let Some(comment) = &mut f.comment {
            touched |= scrub(comment);
        }
        if touched {
            save(f.rel_path(), "name cut from the answers".into(), &|| store.save(&f, None))?;
        }
    }

    let verb = if args.dry_run { "would change" } else { "changed" };
    ctx.note(format!(
        "{verb} {} file(s) to erase {} ({})",
        changed.len(),
        person.id,
        if args.dry_run { "dry run: nothing written" } else { "done" }
    ));
    output::stdout(changed.iter().map(|l| format!("{l}\n")).collect::<String>().as_bytes())?;
    if !args.dry_run {
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
