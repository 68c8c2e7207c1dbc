//! Diagnostics that point into a file: `path:line:column: error: message`.

use crate::i18n::Msg;
use crate::model::Severity;
use serde::Serialize;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// One problem found in the folder, located as precisely as the problem allows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    /// Relative to the folder root, with `/` separators.
    pub path: String,
    pub line: usize,
    /// In characters, not bytes, counted from 1.
    pub column: usize,
    pub severity: Severity,
    /// In the current language in `check`'s text, in English in JSON.
    pub message: Msg,
}

impl Diagnostic {
    /// A problem with a whole file (line 1, column 1).
    pub fn file(path: &Path, severity: Severity, message: impl Into<Msg>) -> Diagnostic {
        Diagnostic { path: display_path(path), line: 1, column: 1, severity, message: message.into() }
    }

    /// A problem with a folder: it has no lines, so line and column are 0 and are not shown.
    pub fn folder(path: &Path, severity: Severity, message: impl Into<Msg>) -> Diagnostic {
        Diagnostic { path: display_path(path), line: 0, column: 0, severity, message: message.into() }
    }

    /// A problem at a byte offset of the file's text.
    pub fn at(path: &Path, text: &str, offset: usize, severity: Severity, message: impl Into<Msg>) -> Diagnostic {
        let (line, column) = line_column(text, offset);
        Diagnostic { path: display_path(path), line, column, severity, message: message.into() }
    }

    /// A problem with one key of a record: points at the key's line, or at the file when the
    /// key is missing.
    pub fn at_key(path: &Path, text: &str, key: &str, severity: Severity, message: impl Into<Msg>) -> Diagnostic {
        match key_span(text, key) {
            Some(span) => Diagnostic::at(path, text, span.start, severity, message),
            None => Diagnostic::file(path, severity, message),
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => msg!("check-error"),
            Severity::Warning => msg!("check-warning"),
        };
        match self.line {
            0 => write!(f, "{}: {sev}: {}", self.path, self.message),
            _ => write!(f, "{}:{}:{}: {sev}: {}", self.path, self.line, self.column, self.message),
        }
    }
}

/// A relative path written with `/`, the same on every system.
pub fn display_path(path: &Path) -> String {
    path.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// The 1-based line and character column of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The byte span of a top-level key (`peer`) or a dotted key path (`peer.stages`) in a TOML
/// text, taken from the parser so comments and odd spacing do not fool it.
pub fn key_span(text: &str, key: &str) -> Option<Range<usize>> {
    let doc = toml::de::DeTable::parse(text).ok()?;
    let mut table = doc.get_ref();
    let mut parts = key.split('.').peekable();
    while let Some(part) = parts.next() {
        let (k, v) = table.iter().find(|(k, _)| k.get_ref().as_ref() == part)?;
        if parts.peek().is_none() {
            return Some(k.span());
        }
        table = v.get_ref().as_table()?;
    }
    None
}

/// The innermost key whose key-value pair contains `span` in a TOML text: its dotted path
/// (`peer.stages.date`) and, for a plain value (not a table), the byte range from the key to
/// the end of the value. `None` when the text does not parse or no pair contains the span.
pub fn key_at(text: &str, span: Range<usize>) -> Option<(String, Option<Range<usize>>)> {
    let doc = toml::de::DeTable::parse(text).ok()?;
    let mut found = None;
    find_in_table(doc.get_ref(), &span, String::new(), &mut found);
    found
}

type Found = Option<(String, Option<Range<usize>>)>;

fn find_in_table(table: &toml::de::DeTable<'_>, span: &Range<usize>, prefix: String, found: &mut Found) {
    for (k, v) in table.iter() {
        let path = if prefix.is_empty() { k.get_ref().to_string() } else { format!("{prefix}.{}", k.get_ref()) };
        find_in_value(k.span(), v, span, path, found);
    }
}

fn find_in_value(
    key: Range<usize>,
    v: &toml::Spanned<toml::de::DeValue<'_>>,
    span: &Range<usize>,
    path: String,
    found: &mut Found,
) {
    let value = v.span();
    let contains = |r: &Range<usize>| r.start <= span.start && span.end <= r.end.max(r.start + 1);
    match v.get_ref() {
        toml::de::DeValue::Table(t) => {
            if contains(&key) || contains(&value) {
                *found = Some((path.clone(), None));
            }
            find_in_table(t, span, path, found);
        }
        toml::de::DeValue::Array(items) if items.iter().any(|i| i.get_ref().is_table()) => {
            if contains(&key) {
                *found = Some((path.clone(), None));
            }
            for item in items.iter() {
                if let toml::de::DeValue::Table(t) = item.get_ref() {
                    if contains(&item.span()) {
                        *found = Some((path.clone(), None));
                    }
                    find_in_table(t, span, path.clone(), found);
                }
            }
        }
        _ => {
            let whole = key.start.min(value.start)..key.end.max(value.end);
            if contains(&whole) {
                *found = Some((path, Some(whole)));
            }
        }
    }
}

/// Where git left a conflict: the byte offset of the first conflict marker line.
pub fn conflict_marker(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    // This runs for every file a report loads: first a quick look for any marker's character
    // (a branch-free pass the compiler vectorises), then the lines only if one is there.
    let suspect = bytes.iter().fold(false, |any, &b| any | matches!(b, b'<' | b'>' | b'|')) || text.contains("=======");
    if !suspect {
        return None;
    }
    let mut line_start = true;
    for (offset, &b) in bytes.iter().enumerate() {
        if line_start && matches!(b, b'<' | b'>' | b'|' | b'=') {
            let line = text[offset..].split_inclusive('\n').next().unwrap_or_default();
            if ["<<<<<<< ", ">>>>>>> ", "||||||| "].iter().any(|m| line.starts_with(m)) || line.trim_end() == "======="
            {
                return Some(offset);
            }
        }
        line_start = b == b'\n';
    }
    None
}

/// Relative path of `path` under `root`, for messages.
pub fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}
