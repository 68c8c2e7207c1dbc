//! `peerlog vocab`: the programme's vocabularies, with their Latvian labels.

use crate::commands::Ctx;
use crate::error::Result;
use crate::model::{Motivation, Preparation, Sign};
use crate::output::{self, Format, Rows};
use serde::Serialize;

/// List the words `peer observe`, `peer motivation` and `peer prepare` take, with the Latvian
/// labels of the training programme.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  peerlog vocab --format csv")]
pub struct Args {
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

/// One word of a vocabulary.
#[derive(Serialize)]
struct Entry {
    list: &'static str,
    word: &'static str,
    label: &'static str,
}

pub fn run(_ctx: &Ctx, args: Args) -> Result<()> {
    let signs = Sign::ALL.iter().map(|s| Entry {
        list: if s.is_criterion() { "criterion" } else { "sign" },
        word: s.as_str(),
        label: s.latvian(),
    });
    let motivations =
        Motivation::ALL.iter().map(|m| Entry { list: "motivation", word: m.as_str(), label: m.latvian() });
    let preparation =
        Preparation::ALL.iter().map(|p| Entry { list: "preparation", word: p.as_str(), label: p.latvian() });
    let entries: Vec<Entry> = signs.chain(motivations).chain(preparation).collect();
    // CSV and JSON keep the list's word for scripts; a table names it in the people's language,
    // as `report pipeline` does.
    let list = |e: &Entry| match args.format {
        Format::Table => crate::tr!("pipeline-what", key = e.list),
        _ => e.list.to_string(),
    };
    let rows = entries.iter().map(|e| vec![list(e), e.word.to_string(), e.label.to_string()]).collect();
    output::print(args.format, &entries, Rows::new(vec!["list", "word", "label"], rows))
}
