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

    /// Like [`Text::new`], for a field that stays on one line (a name, a place, a topic).
    pub fn line(field: &str, value: &str) -> Result<Text, String> {
        let text = Text::new(field, value)?;
        if text.0.contains(['\n', '\t']) {
            return Err(format!("{field} holds a line break or a tab; write it on one line"));
        }
        Ok(text)
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
    if has_control(v) {
        return Err(format!("{field} holds a control character"));
    }
    Ok(())
}

/// Whether `v` holds a control character (Unicode category Cc) other than a line break or a
/// tab. Works on the UTF-8 bytes, as loading a folder checks every text of every record: the
/// controls are U+0000–U+001F and U+007F (one byte each) and U+0080–U+009F (0xC2 0x80–0x9F).
fn has_control(v: &str) -> bool {
    let b = v.as_bytes();
    // Without short-circuits, so the compiler can check many bytes at once.
    let c0 = b.iter().fold(false, |any, &c| any | ((c < 0x20) & (c != b'\n') & (c != b'\t')) | (c == 0x7f));
    c0 || (b.contains(&0xc2) && b.windows(2).any(|w| w[0] == 0xc2 && (0x80..=0x9f).contains(&w[1])))
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
    s.nfd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase).collect()
}

/// What erased text is replaced with.
pub const ERASED: &str = "[dzēsts]";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_check_on_bytes_matches_unicode() {
        for c in (0..=0x2000u32).filter_map(char::from_u32) {
            let text = format!("aā{c}ž");
            let expected = c.is_control() && c != '\n' && c != '\t';
            assert_eq!(has_control(&text), expected, "U+{:04X}", c as u32);
        }
    }
}
