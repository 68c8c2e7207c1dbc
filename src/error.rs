//! The one error type of the command line, and how it maps to exit codes.
//!
//! Exit codes: 0 success, 1 refused for the data's sake (invalid input, broken files,
//! `check` found errors), 2 bad usage (unknown flags, missing arguments, no data folder).

use std::fmt;
use std::path::Path;

/// Why a command failed; decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The data was refused or is broken: exit 1.
    Data,
    /// The command line itself is wrong: exit 2.
    Usage,
}

/// A refused command: what is wrong, and hints on what to do instead.
#[derive(Debug)]
pub struct Error {
    pub kind: Kind,
    pub message: String,
    pub hints: Vec<String>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// The data was refused (exit 1).
    pub fn data(message: impl Into<String>) -> Self {
        Error { kind: Kind::Data, message: message.into(), hints: Vec::new() }
    }

    /// The command line is wrong (exit 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Error { kind: Kind::Usage, message: message.into(), hints: Vec::new() }
    }

    /// A file could not be read or written.
    pub fn io(path: &Path, err: std::io::Error) -> Self {
        Error::data(format!("{}: {}", path.display(), crate::i18n::why::io(&err)))
    }

    /// Adds a hint shown under the message.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// The process exit code for this error.
    pub fn exit_code(&self) -> u8 {
        match self.kind {
            Kind::Data => 1,
            Kind::Usage => 2,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message)?;
        for hint in &self.hints {
            write!(f, "\n  {} {hint}", crate::tr!("label-hint"))?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Self {
        Error::data(crate::i18n::why::io(&err))
    }
}

/// Builds a data error from a format string: `bail!("...")` returns it.
#[macro_export]
macro_rules! bail {
    ($($arg:tt)*) => {
        return Err($crate::error::Error::data(format!($($arg)*)))
    };
}
