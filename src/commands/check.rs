//! `peerlog check`: every problem of the folder in one run, one a line, then a count.

use super::Ctx;
use crate::error::Result;
use crate::model::Severity;
use crate::model::word_enum;
use crate::output;
use crate::store::{Store, check};
use serde::Serialize;
use std::process::ExitCode;

/// Check every file of the folder and the links between records.
///
/// Prints each problem as `path:line:column: error|warning: message` (columns count
/// characters), sorted by file, then a count. Exits 1 when there are errors, 0 otherwise.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  peerlog check\n  peerlog check --strict --format json\n  peerlog check --fix")]
pub struct Args {
    /// text: one problem a line, then a count; json: one document for scripts.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
    /// Treat warnings as errors (exit 1 on any problem).
    #[arg(long)]
    pub strict: bool,
    /// First remove the temporary files interrupted writes left (nothing else is changed).
    #[arg(long)]
    pub fix: bool,
}

word_enum! {
    /// How `check` prints its findings.
    CheckFormat { Text = "text", Json = "json" }
}

#[derive(Serialize)]
struct JsonReport<'a> {
    files: usize,
    errors: usize,
    warnings: usize,
    /// Temporary files `--fix` removed.
    removed: &'a [String],
    problems: &'a [crate::store::Diagnostic],
}

pub fn run(ctx: &Ctx, args: Args) -> Result<ExitCode> {
    let root = Store::locate(ctx.dir.as_deref())?;
    let removed = if args.fix { check::remove_temp_files(&root)? } else { Vec::new() };
    for rel in &removed {
        ctx.note(tr!("check-removed", path = rel.as_str()));
    }
    // The problems of JSON are English in every language; they are found in English, as
    // the parsers word some of them as they go. Its errors are the system's (unreadable files).
    let mut report = match args.format {
        CheckFormat::Json => crate::i18n::in_english(|| check::check(&root))?,
        CheckFormat::Text => check::check(&root)?,
    };
    if args.strict {
        for d in &mut report.problems {
            d.severity = Severity::Error;
        }
    }
    let (errors, warnings) = (report.errors(), report.warnings());
    match args.format {
        CheckFormat::Json => output::print_json(&JsonReport {
            files: report.files,
            errors,
            warnings,
            removed: &removed,
            problems: &report.problems,
        })?,
        CheckFormat::Text => {
            let mut text = String::new();
            for d in &report.problems {
                text.push_str(&format!("{d}\n"));
            }
            text.push_str(&summary(report.files, errors, warnings));
            text.push('\n');
            output::stdout(text.as_bytes())?;
        }
    }
    Ok(if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// `checked 47 files: 2 errors, 1 warning`.
fn summary(files: usize, errors: usize, warnings: usize) -> String {
    tr!("check-summary", files = files, errors = errors, warnings = warnings)
}
