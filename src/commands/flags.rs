//! Flag values read straight into their domain types while the command line is parsed.
//!
//! A flag typed as `Date`, `TimeRange`, `Hours`, `Moment`, `Phone`, `Word` or a period part
//! needs no attribute: clap finds its reader through [`ValueParserFactory`] below. Free text is
//! `Text`, checked as one line; a name or a feedback answer says so with
//! `value_parser = flags::name()` or `flags::answer()`. So a malformed value is refused the same
//! way by every command of both programmes, before anything is read: exit 1 (refused for the
//! data's sake: invalid input), one message naming the flag in the chosen language, the value
//! repeated only when it is a single short word (the types' own messages see to that). Value
//! words (`--status held`) are clap value enums, refused by clap as bad usage (exit 2).

use crate::model::colleague::{Hours, Moment, Phone, Word};
use crate::model::{Date, Text, TimeRange, kind};
use crate::report::Period;
use clap::builder::{TypedValueParser, ValueParserFactory};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use std::ffi::OsStr;

/// Reads a flag's value as `read(flag, value)`, the flag named as `--date`.
#[derive(Clone, Copy)]
pub struct Flag<T>(pub fn(&str, &str) -> Result<T, String>);

impl<T: Clone + Send + Sync + 'static> TypedValueParser for Flag<T> {
    type Value = T;

    fn parse_ref(&self, cmd: &clap::Command, arg: Option<&clap::Arg>, value: &OsStr) -> Result<T, clap::Error> {
        let value = value.to_str().ok_or_else(|| clap::Error::new(ErrorKind::InvalidUtf8).with_cmd(cmd))?;
        let flag = arg.map(flag_name).unwrap_or_default();
        (self.0)(&flag, value).map_err(|message| {
            let mut err = clap::Error::new(ErrorKind::ValueValidation).with_cmd(cmd);
            err.insert(ContextKind::InvalidArg, ContextValue::String(flag));
            err.insert(ContextKind::Custom, ContextValue::String(message));
            err
        })
    }
}

/// How a message names an argument: `--date`, or a positional one by its id (`name`).
fn flag_name(arg: &clap::Arg) -> String {
    match arg.get_long() {
        Some(long) => format!("--{long}"),
        None => arg.get_id().to_string(),
    }
}

/// The refusal a [`Flag`] made while the line was parsed, as peerlog's error (exit 1); `None`
/// for clap's own errors.
pub fn refusal(err: &clap::Error) -> Option<crate::error::Error> {
    match (err.kind(), err.get(ContextKind::Custom)) {
        (ErrorKind::ValueValidation, Some(ContextValue::String(message))) => {
            Some(crate::error::Error::data(message.clone()))
        }
        _ => None,
    }
}

/// A value read by its type's reader, refused as `--date: reason` (the reader of `edit --set`
/// values too: [`kind::read`]).
pub fn parsed<T: std::str::FromStr<Err = String>>() -> Flag<T> {
    Flag(kind::read::<T>)
}

/// A whole number (`--officers`).
pub fn count() -> Flag<u32> {
    Flag(kind::read_count)
}

/// Free text on one line (a topic, a place, a note).
pub fn line() -> Flag<Text> {
    Flag(Text::line)
}

/// A person's, group's or unit's name, normalised as [`Text::name`].
pub fn name() -> Flag<Text> {
    Flag(Text::name)
}

/// A feedback answer, which may run over several lines.
pub fn answer() -> Flag<Text> {
    Flag(Text::new)
}

macro_rules! parsed_flags {
    ($($t:ty),+) => {$(
        impl ValueParserFactory for $t {
            type Parser = Flag<$t>;
            fn value_parser() -> Flag<$t> {
                parsed()
            }
        }
    )+};
}

parsed_flags!(Date, TimeRange, Hours, Moment, Phone, Word);

impl ValueParserFactory for Text {
    type Parser = Flag<Text>;
    fn value_parser() -> Flag<Text> {
        line()
    }
}

/// `--month 2025-03`.
pub fn month() -> Flag<Period> {
    Flag(|flag, value| Period::month(value).map_err(|e| format!("{flag}: {e}")))
}

/// `--year 2025`.
pub fn year() -> Flag<Period> {
    Flag(|flag, value| Period::year(value).map_err(|e| format!("{flag}: {e}")))
}

/// `--quarter`: a whole quarter (`2025-Q1`), or its number alone (`1`, `Q1`) for `--year`.
#[derive(Debug, Clone)]
pub enum Quarter {
    Whole(Period, String),
    Number(u32, String),
}

/// `--quarter 2025-Q1` or `--quarter 1`.
pub fn quarter() -> Flag<Quarter> {
    Flag(|flag, value| {
        let n = value.trim().trim_start_matches(['Q', 'q']);
        if n.len() == 1 && n.bytes().all(|b| b.is_ascii_digit()) {
            return Ok(Quarter::Number(n.parse().unwrap_or_default(), value.to_string()));
        }
        Period::quarter(value).map(|p| Quarter::Whole(p, value.to_string())).map_err(|e| format!("{flag}: {e}"))
    })
}
