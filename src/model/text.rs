//! Free text in records: trimmed, never empty, bounded in length; and name folding for search.

use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The longest text a field may hold, in characters. Records keep facts for coordination,
/// not transcripts of what was said.
pub const MAX_TEXT: usize = 500;

/// A non-empty, trimmed piece of text of at most [`MAX_TEXT`] characters, on one line
/// unless the field allows line breaks.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Text(String);

impl Text {
    /// Checks a value for a field; the error names the field but never repeats a long value.
    pub fn new(field: &str, value: &str) -> Result<Text, String> {
        let v = value.trim();
        check(field, v)?;
        Ok(Text(v.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The rules for a trimmed value.
fn check(field: &str, v: &str) -> Result<(), String> {
    if v.is_empty() {
        return Err(format!("{field} is empty; give it a value"));
    }
    let n = v.chars().count();
    if n > MAX_TEXT {
        return Err(format!("{field} is {n} characters long; the limit is {MAX_TEXT}"));
    }
    if v.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(format!("{field} holds a control character"));
    }
    Ok(())
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if s.len() == s.trim().len() {
            // Already trimmed, as saved files are: check it and keep the string.
            check("the value", &s).map_err(serde::de::Error::custom)?;
            return Ok(Text(s));
        }
        Text::new("the value", &s).map_err(serde::de::Error::custom)
    }
}

/// Folds a name for matching: lower case, Latvian (and other) diacritics removed,
/// so `berzina` matches `Bērziņa`.
pub fn fold(s: &str) -> String {
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}
