//! `peerlog psychologist`: the directory of level 2 psychologist contacts, by city.

use crate::commands::Ctx;
use crate::error::{Error, Result};
use crate::model::Text;
use crate::model::colleague::{Phone, Psychologist};
use crate::model::fold;
use crate::output::{self, Format, Rows};

/// Colleague support: the directory of psychologist contacts (IeM VSC), by city.
#[derive(Debug, clap::Subcommand)]
#[command(after_help = "Example:\n  peerlog psychologist list --city riga")]
pub enum Cmd {
    /// Add a psychologist, or a city's line of the psychologists; prints its ID.
    #[command(
        after_help = "Example:\n  peerlog psychologist add 'IeM VSC psihologi, Rīga' --city Rīga \\\n    --phone 67023553 --phone 25667470 --phone 28618182"
    )]
    Add(AddArgs),
    /// List the directory by city.
    #[command(after_help = "Example:\n  peerlog psychologist list --city daugavpils")]
    List {
        /// Only this city (matched without case or diacritics).
        #[arg(long)]
        city: Option<String>,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Show one entry.
    #[command(after_help = "Example:\n  peerlog psychologist show riga")]
    Show {
        /// The entry's ID, ID prefix or name.
        psychologist: String,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
}

#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// A psychologist's name, or a line's name such as 'IeM VSC psihologi, Rīga'.
    #[arg(value_parser = crate::commands::flags::name())]
    pub name: Text,
    /// The city.
    #[arg(long, allow_hyphen_values = true)]
    pub city: Text,
    /// A phone number (repeat for several).
    #[arg(long = "phone", value_name = "NUMBER")]
    pub phones: Vec<Phone>,
    /// The division, such as 'Psiholoģiskā atbalsta nodaļa' or 'Dzintari'.
    #[arg(long)]
    pub division: Option<Text>,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<()> {
    match cmd {
        Cmd::Add(a) => add(ctx, a),
        Cmd::List { city, format } => list(ctx, city.as_deref(), format),
        Cmd::Show { psychologist, format } => show(ctx, &psychologist, format),
    }
}

fn add(ctx: &Ctx, a: AddArgs) -> Result<()> {
    let (name, city, division) = (&a.name, &a.city, &a.division);
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let all: Vec<Psychologist> = store.load()?;
    if let Some(p) = all.iter().find(|p| fold(p.name.as_str()) == fold(name.as_str())) {
        return Err(Error::data(tr!("colleague-psychologist-exists", name = p.name.as_str(), id = p.id.to_string()))
            .hint(tr!("colleague-psychologist-exists-hint")));
    }
    let p = store.create(|id| Psychologist {
        id,
        name: name.clone(),
        city: city.clone(),
        phones: a.phones.clone(),
        division: division.clone(),
        name_hashes: Default::default(),
    })?;
    output::result_line(p.id.as_str())
}

const HEADERS: [&str; 5] = ["id", "city", "name", "phones", "division"];

fn row(p: &Psychologist) -> Vec<String> {
    vec![
        p.id.to_string(),
        p.city.to_string(),
        p.name.to_string(),
        p.phones.iter().map(Phone::as_str).collect::<Vec<_>>().join(", "),
        p.division.as_ref().map(ToString::to_string).unwrap_or_default(),
    ]
}

fn list(ctx: &Ctx, city: Option<&str>, format: Format) -> Result<()> {
    let mut all: Vec<Psychologist> = ctx.store()?.load()?;
    if let Some(c) = city {
        let c = fold(c.trim());
        all.retain(|p| fold(p.city.as_str()) == c);
    }
    all.sort_by(|a, b| (&a.city, &a.name, &a.id).cmp(&(&b.city, &b.name, &b.id)));
    let rows = Rows::new(HEADERS.to_vec(), all.iter().map(row).collect());
    output::print(format, &all, rows)
}

fn show(ctx: &Ctx, query: &str, format: Format) -> Result<()> {
    let p = super::psychologist(&ctx.store()?, "psychologist", query)?;
    let rows = Rows::field_rows(&HEADERS, row(&p));
    output::print(format, &p, Rows::fields(rows))
}
