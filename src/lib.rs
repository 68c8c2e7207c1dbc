//! peerlog: a command-line record keeper for peer-support programmes.
//!
//! The layout follows the architecture: [`model`] holds the record types and their rules,
//! [`store`] the folder of TOML files, [`commands`] one file per subcommand, [`report`] the
//! ministry reports, and [`cli`] the command line that ties them together.

#[macro_use]
pub mod i18n;
pub mod cli;
pub mod commands;
pub mod error;
pub mod model;
pub mod output;
pub mod programmes;
pub mod report;
pub mod store;

use std::process::ExitCode;

/// Parses the command line, runs it, prints any error on stderr, and returns the exit code.
pub fn run() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    i18n::set(i18n::choose(&args));
    commands::completions::complete_if_asked();
    match cli::parse(args).and_then(commands::dispatch) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("{} {err}", output::label(&tr!("label-error"), anstyle::AnsiColor::Red));
            ExitCode::from(err.exit_code())
        }
    }
}
