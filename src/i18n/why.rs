//! Why a library failed, in the people's language: the kind of an operating system error, of a
//! TOML or JSON syntax error. The libraries' own English words are kept for English and for
//! what no message names.

use std::io::ErrorKind;

/// An operating system error (`io-error`), by its kind; other kinds (our own errors carried in
/// an `io::Error` are `InvalidData` or `Other`, already in the people's language) as they are.
pub fn io(e: &std::io::Error) -> String {
    let kind = match e.kind() {
        ErrorKind::NotFound => "not-found",
        ErrorKind::PermissionDenied => "permission-denied",
        ErrorKind::AlreadyExists => "already-exists",
        ErrorKind::IsADirectory => "is-a-directory",
        ErrorKind::NotADirectory => "not-a-directory",
        ErrorKind::DirectoryNotEmpty => "directory-not-empty",
        ErrorKind::StorageFull => "storage-full",
        ErrorKind::QuotaExceeded => "quota-exceeded",
        ErrorKind::ReadOnlyFilesystem => "read-only-filesystem",
        ErrorKind::FileTooLarge => "file-too-large",
        ErrorKind::InvalidFilename => "invalid-filename",
        ErrorKind::UnexpectedEof => "unexpected-eof",
        ErrorKind::CrossesDevices => "crosses-devices",
        ErrorKind::ResourceBusy => "resource-busy",
        ErrorKind::Interrupted => "interrupted",
        ErrorKind::TimedOut => "timed-out",
        ErrorKind::OutOfMemory => "out-of-memory",
        _ => "other",
    };
    crate::tr!("io-error", kind = kind, error = e.to_string())
}

/// A CSV reader's or writer's error: its operating system error by kind.
pub fn csv(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Io(io_error) => io(io_error),
        _ => e.to_string(),
    }
}

/// A workbook writer's error: its operating system error by kind.
pub fn xlsx(e: &rust_xlsxwriter::XlsxError) -> String {
    match e {
        rust_xlsxwriter::XlsxError::IoError(io_error) => io(io_error),
        _ => e.to_string(),
    }
}

/// A TOML syntax error (`load-syntax`), by what the parser's description (`unclosed array,
/// expected ...`) is about; the location is given with it.
pub fn toml_syntax(raw: &str) -> String {
    let d = raw.split(", expected").next().unwrap_or(raw);
    let has = |words: &[&str]| words.iter().any(|w| d.contains(w));
    let what = if d == "string values must be quoted" {
        "text-unquoted"
    } else if has(&["unquoted key", "keys cannot"]) {
        "key"
    } else if has(&["missing value", "key with no value"]) {
        "value-missing"
    } else if has(&["array table", "unclosed table", "table open"]) {
        "table-header"
    } else if has(&["inline table"]) {
        "inline-table"
    } else if has(&["array"]) {
        "list"
    } else if has(&["string", "quote", "escape", "unicode"]) {
        "text"
    } else if has(&["key-value", "key or value", "`=`", "unexpected content"]) && !has(&["comment"]) {
        "line"
    } else if has(&["key"]) {
        "key"
    } else if has(&["comment"]) {
        "comment"
    } else if has(&["carriage return"]) {
        "line-end"
    } else if has(&["digit", "integer", "radix", "numeric", "leading zero", "sign", "float", "value"]) {
        "value"
    } else {
        "other"
    };
    crate::tr!("load-syntax", what = what, raw = raw)
}

/// A JSON syntax error (`json-syntax`), by what serde_json's words are about, without their
/// location (given with it).
pub fn json_syntax(e: &serde_json::Error) -> String {
    let raw = e.to_string();
    let raw = raw.split(" at line ").next().unwrap_or(&raw).to_string();
    let has = |w: &str| raw.contains(w);
    let what = if e.is_eof() {
        "eof"
    } else if has("trailing comma") {
        "trailing-comma"
    } else if has("key must be a string") {
        "key"
    } else if has("trailing characters") {
        "trailing"
    } else if has("escape") || has("unicode") || has("surrogate") || has("control character") {
        "text"
    } else if has("number") {
        "number"
    } else if has("expected") {
        "punctuation"
    } else {
        "other"
    };
    crate::tr!("json-syntax", what = what, raw = raw)
}
