//! `peerlog show`: any record by its ID, from its kind's description.

use super::{Ctx, record};
use crate::error::{Error, Result};
use crate::model::{Kind, kind};
use crate::output::{self, Format, Rows};
use crate::store::Store;

/// Show any record of either programme by its ID or ID prefix (a person or group by name too).
///
/// Two columns, field and value, in every format but JSON: its fields as in its file, and the
/// records that refer to it; with --format json, the record as in its file.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  peerlog show s-5ecj\n  peerlog show k-2nsc --format json")]
pub struct Args {
    /// The record's ID or a unique ID prefix, or a person's or group's name.
    pub id: String,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    let store = ctx.store()?;
    let (kind, query) = record::named_by(&store, "show", &a.id)?;
    crate::with_kind!(kind, T => show::<T>(&store, &query, a.format))
}

fn show<T: Kind>(store: &Store, query: &str, format: Format) -> Result<()> {
    let spec = T::SPEC;
    let (r, _) = record::find::<T>(store, "show", query)?;
    let table = kind::to_table(&r).ok_or_else(|| Error::data(tr!("show-unreadable", id = r.id().to_string())))?;
    if format == Format::Json {
        return output::print_json(&r);
    }
    // Every show has one table shape, field and value, in table, CSV and XLSX alike; what
    // scripts read (CSV, XLSX) is in English in every language.
    let referrers = record::referrers(store, r.id())?;
    let rows = || {
        let mut rows: Vec<Vec<String>> = vec![vec!["kind".into(), spec.named().to_string()]];
        // In the order of the description, as in the file.
        let top = std::iter::once("id").chain(spec.fields.iter().map(|f| f.path).filter(|p| !p.contains(['.', '['])));
        for key in top {
            if let Some(value) = table.get(key) {
                rows.push(vec![key.to_string(), kind::cell_for_people(spec, key, value)]);
            }
        }
        if !referrers.is_empty() {
            let lines: Vec<String> = referrers
                .iter()
                .map(|(x, f)| tr!("rm-ref-as", what = record::describe(x.any()), field = kind::field_label(f)))
                .collect();
            rows.push(vec!["referred to by".into(), lines.join("\n")]);
        }
        rows
    };
    let rows = if format == Format::Table { rows() } else { crate::i18n::in_english(rows) };
    // A group's or unit's name is a title; a person's name is not.
    let things = spec.fields.iter().any(|f| f.path == "name" && !f.personal);
    output::print(format, &(), Rows::fields(rows).of_things(things))
}
