//! A broken rule, as every kind's `validate` and every programme's checks report it.

use crate::i18n::Msg;

/// How serious a problem is: errors refuse a write and fail `check`; warnings only inform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A broken rule: the field it concerns and what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub field: &'static str,
    pub severity: Severity,
    /// In the current language on stderr and in `check`'s text, in English in JSON.
    pub message: Msg,
}

impl Problem {
    pub fn error(field: &'static str, message: impl Into<Msg>) -> Problem {
        Problem { field, severity: Severity::Error, message: message.into() }
    }

    pub fn warning(field: &'static str, message: impl Into<Msg>) -> Problem {
        Problem { field, severity: Severity::Warning, message: message.into() }
    }
}
