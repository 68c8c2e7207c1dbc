//! Free text in records: trimmed, never empty, bounded in length, and never something that
//! would read back as something else (a git conflict marker, only invisible characters); names
//! normalised so that invisible differences never make two names of one; name folding for
//! search.

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
            return Err(tr!("text-one-line", field = field));
        }
        Ok(text)
    }

    /// A person's, group's or unit's name: invisible format characters (zero-width spaces, BOM,
    /// direction marks) removed, composed to NFC, every run of white space (a no-break space
    /// too) made one space; then checked as [`Text::line`]. So `Anna\u{a0}Bērziņa` and
    /// `Anna  Bērziņa` are both stored, and found, as `Anna Bērziņa`.
    pub fn name(field: &str, value: &str) -> Result<Text, String> {
        let visible: String = value.chars().filter(|c| !is_invisible(*c)).nfc().collect();
        let mut out = String::with_capacity(visible.len());
        for word in visible.split(|c: char| c.is_whitespace() && c != '\n' && c != '\t').filter(|w| !w.is_empty()) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        if out.is_empty() && !value.trim().is_empty() {
            return Err(invisible_only(field));
        }
        Text::line(field, &out)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A value as a message may repeat it: a single short word (a typo such as `yess` or `4pm`) in
/// quotes; anything longer may be free text about a person, typed in the wrong place, and is
/// named only as "the value".
pub fn shown(value: &str) -> String {
    if showable(value) { format!("'{}'", value.trim()) } else { tr!("value-hidden") }
}

/// Whether a message may repeat `value` (see [`shown`]).
pub fn showable(value: &str) -> bool {
    let v = value.trim();
    !v.is_empty() && v.chars().count() <= 20 && !v.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn invisible_only(field: &str) -> String {
    tr!("text-invisible", field = field)
}

/// Whether `c` is invisible: a format character (Unicode category Cf: zero-width space and
/// joiners, byte order mark, direction marks and embeddings, soft hyphen, tags, …) or a
/// filler that shows as nothing.
pub fn is_invisible(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x034F | 0x061C | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x180B..=0x180F
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F
        | 0xFEFF | 0xFFA0 | 0xFFF0..=0xFFFB | 0x0600..=0x0605 | 0x06DD | 0x070F | 0x0890 | 0x0891
        | 0x08E2 | 0x110BD | 0x110CD | 0x13430..=0x1343F | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A
        | 0xE0000..=0xE0FFF)
}

/// The line of `v` (counted from 1) that reads as a git conflict marker: `<<<<<<<`, `|||||||`
/// or `>>>>>>>` at its start, or `=======` alone. Saved in a file, such a line would make the
/// record read as an unresolved merge.
pub fn conflict_line(v: &str) -> Option<usize> {
    if !v.contains(['<', '>', '|', '=']) {
        return None;
    }
    v.split('\n')
        .position(|line| {
            ["<<<<<<<", ">>>>>>>", "|||||||"].iter().any(|m| line.trim_start().starts_with(m))
                || line.trim() == "======="
        })
        .map(|i| i + 1)
}

/// The rules for a trimmed value.
fn check(field: &str, v: &str) -> Result<(), String> {
    if v.is_empty() {
        return Err(tr!("text-empty", field = field));
    }
    let n = v.chars().count();
    if n > MAX_TEXT {
        return Err(tr!("text-too-long", field = field, length = n, limit = MAX_TEXT));
    }
    if has_control(v) {
        return Err(tr!("text-control", field = field));
    }
    if v.chars().all(|c| is_invisible(c) || c.is_whitespace()) {
        return Err(invisible_only(field));
    }
    if let Some(line) = conflict_line(v) {
        return Err(if v.contains('\n') {
            tr!("text-conflict-marker-at", field = field, line = line)
        } else {
            tr!("text-conflict-marker", field = field)
        });
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
            // Already trimmed, as saved files are: check it and keep the string. The words for
            // the field are looked up only for a value that is refused (a folder holds many).
            check("", &s).or_else(|_| check(&crate::tr!("text-the-value"), &s)).map_err(serde::de::Error::custom)?;
            return Ok(Text(s));
        }
        Text::new(&crate::tr!("text-the-value"), &s).map_err(serde::de::Error::custom)
    }
}

/// Folds a name for matching: lower case, Latvian (and other) diacritics removed, invisible
/// characters dropped and each run of white space (a no-break space too) one space, so
/// `berzina` matches `Bērziņa` and no invisible difference makes two names of one.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.nfd().filter(|c| !is_combining_mark(*c) && !is_invisible(*c)) {
        if c.is_whitespace() {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.extend(c.to_lowercase());
            space = false;
        }
    }
    out
}

/// What erased text is replaced with.
pub const ERASED: &str = "[dzēsts]";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_would_read_back_as_something_else_is_refused() {
        for bad in ["a\n=======\nb", "<<<<<<< HEAD", "x\n>>>>>>> main", "|||||||", "  =======  "] {
            let e = Text::new("expected", bad).unwrap_err();
            assert!(e.starts_with("expected has a line") && e.contains("conflict marker"), "{e}");
            assert!(!e.contains("HEAD") && !e.contains("main"), "never echoed: {e}");
        }
        assert!(Text::new("benefit", "a <<<<<<< b\n== c ==").is_ok());
        for bad in ["\u{feff}", "\u{200b}\u{200d}", " \u{2060} "] {
            assert!(Text::new("topic", bad).unwrap_err().contains("only invisible"), "{bad:?}");
            assert!(Text::name("name", bad).unwrap_err().contains("only invisible"), "{bad:?}");
        }
    }

    #[test]
    fn names_are_normalised_so_invisible_differences_do_not_count() {
        let plain = Text::name("name", "Anna Bērziņa").unwrap();
        for same in [
            "Anna\u{a0}Bērziņa",
            "Anna  Bērziņa",
            "An\u{200b}na Bērziņa",
            "Anna Be\u{304}rzin\u{327}a",
            " Anna Bērziņa\u{feff}",
        ] {
            assert_eq!(Text::name("name", same).unwrap(), plain, "{same:?}");
            assert_eq!(fold(same.trim()), fold("Anna Bērziņa"), "{same:?}");
        }
    }

    #[test]
    fn control_check_on_bytes_matches_unicode() {
        for c in (0..=0x2000u32).filter_map(char::from_u32) {
            let text = format!("aā{c}ž");
            let expected = c.is_control() && c != '\n' && c != '\t';
            assert_eq!(has_control(&text), expected, "U+{:04X}", c as u32);
        }
    }
}
