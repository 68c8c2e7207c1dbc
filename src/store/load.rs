//! Reading records: one file with a precise diagnostic, or a whole kind in parallel.

use super::diag::{Diagnostic, conflict_marker, key_at};
use super::{CONFIG_FILE, Config, config::FORMAT, kind_dir, safe};
use crate::error::{Error, Result};
use crate::model::Severity;
use crate::model::{Record, RecordKind};
use rayon::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};

/// Reads and checks `peerlog.toml`, refusing a format newer than this binary's.
pub fn config(root: &Path) -> Result<Config> {
    read_config(root).map_err(|p| {
        let head = if p.newer { tr!("load-config-newer") } else { tr!("load-config-broken") };
        Error::data(format!("{head}\n{}", p.diagnostic)).hint(p.hint)
    })
}

/// Why `peerlog.toml` cannot be used.
#[derive(Debug)]
pub struct ConfigProblem {
    pub diagnostic: Diagnostic,
    pub hint: String,
    /// The folder is of a newer format than this binary's; its records may not be understood.
    pub newer: bool,
}

/// Reads `peerlog.toml`; on failure, the located problem and what to do about it.
pub fn read_config(root: &Path) -> Result<Config, ConfigProblem> {
    let rel = Path::new(CONFIG_FILE);
    let fix = |diagnostic| ConfigProblem {
        diagnostic,
        hint: tr!("load-config-fix", path = root.join(CONFIG_FILE).display().to_string()),
        newer: false,
    };
    let text = read_text(root, rel).map_err(fix)?;
    let table: toml::Table = toml::from_str(&text).map_err(|e| fix(toml_diagnostic(rel, &text, &e)))?;
    match table.get("format").and_then(toml::Value::as_integer) {
        Some(v) if v > i64::from(FORMAT) => {
            let d = Diagnostic::at_key(
                rel,
                &text,
                "format",
                Severity::Error,
                msg!("load-format-newer", format = v, known = FORMAT),
            );
            return Err(ConfigProblem { diagnostic: d, hint: tr!("load-upgrade"), newer: true });
        }
        _ => {}
    }
    let mut config: Config = toml::from_str(&text).map_err(|e| fix(toml_diagnostic(rel, &text, &e)))?;
    config.read_sections(&text).map_err(|e| fix(toml_diagnostic(rel, &text, &e)))?;
    Ok(config)
}

/// A record as read from its file, with the file's text for locating later problems.
#[derive(Debug)]
pub struct Loaded<T> {
    /// Relative to the folder root.
    pub rel: PathBuf,
    pub text: String,
    pub record: T,
    /// The file's permission bits (0o600 where the system has none).
    pub mode: u32,
}

/// The most problems reported for one file that does not parse.
const MAX_PER_FILE: usize = 20;

/// Reads and parses one record file, without checking that it sits at its place.
/// On failure, every problem found in the file (a typo and a bad value are both reported).
pub fn parse<T: Record>(root: &Path, rel: &Path) -> Result<Loaded<T>, Vec<Diagnostic>> {
    let (text, mode) = read_text_mode(root, rel).map_err(|d| vec![d])?;
    // Most files are as peerlog wrote them and read faster without the toml crate's document
    // tree; the rest (and every problem) go to the toml crate.
    if let Some(record) = super::flat::from_str::<T>(&text) {
        return Ok(Loaded { rel: rel.to_path_buf(), text, record, mode });
    }
    match toml::from_str::<T>(&text) {
        Ok(record) => Ok(Loaded { rel: rel.to_path_buf(), text, record, mode }),
        Err(e) => Err(field_errors::<T>(rel, &text, e)),
    }
}

/// Every field error of a file: after each one, the offending key and value are blanked out
/// (offsets kept) and the text parsed again, so one run lists them all.
fn field_errors<T: Record>(rel: &Path, text: &str, first: toml::de::Error) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut masked = text.as_bytes().to_vec();
    let mut blanked: Vec<String> = Vec::new();
    let mut err = first;
    loop {
        let masked_text = String::from_utf8_lossy(&masked).into_owned();
        // A key blanked out to find further problems is missing now; that is no new problem.
        if err.message().starts_with("missing field")
            && blanked.iter().any(|k| err.message().contains(&format!("`{}`", k.rsplit('.').next().unwrap_or(k))))
        {
            break;
        }
        out.push(toml_diagnostic(rel, text, &err));
        let range = err
            .span()
            .filter(|span| !span.is_empty())
            .and_then(|span| key_at(&masked_text, span))
            .and_then(|(key, range)| Some((key, range?)));
        let Some((key, range)) = range else { break };
        if out.len() >= MAX_PER_FILE {
            break;
        }
        for b in &mut masked[range] {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
        blanked.push(key);
        let masked_text = String::from_utf8_lossy(&masked);
        // Blanking must leave valid TOML (it may not, inside an inline table); else stop here.
        if toml::de::DeTable::parse(&masked_text).is_err() {
            break;
        }
        match toml::from_str::<T>(&masked_text) {
            Ok(_) => break,
            Err(e) => err = e,
        }
    }
    out
}

/// A problem with where a parsed record sits: an ID of another kind, a file name that is not
/// its ID, or a folder that does not match its date.
pub fn placement<T: Record>(loaded: &Loaded<T>) -> Option<Diagnostic> {
    let (rel, text, record) = (&loaded.rel, &loaded.text, &loaded.record);
    let id = record.id();
    if id.kind() != T::KIND {
        return Some(Diagnostic::at_key(
            rel,
            text,
            "id",
            Severity::Error,
            msg!(
                "load-id-of-other-kind",
                id = id.to_string(),
                other = id.kind().spec().named(),
                kind = T::KIND.spec().named(),
                prefix = T::KIND.prefix().to_string()
            ),
        ));
    }
    if record.rel_path() == *rel {
        return None;
    }
    let stem = rel.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let message = if stem != id.as_str() {
        tr!("load-wrong-name", stem = stem.to_string(), id = id.to_string())
    } else {
        tr!("load-wrong-place", id = id.to_string(), path = super::diag::display_path(&record.rel_path()))
    };
    Some(Diagnostic::at_key(rel, text, "id", Severity::Error, message))
}

/// Reads one record file and checks that its ID matches its place.
pub fn record<T: Record>(root: &Path, rel: &Path) -> Result<T, Vec<Diagnostic>> {
    let loaded = parse::<T>(root, rel)?;
    match placement(&loaded) {
        Some(d) => Err(vec![d]),
        None => Ok(loaded.record),
    }
}

/// Reads many records in parallel; returns the good ones and the diagnostics of the rest.
pub fn all<T: Record>(root: &Path, paths: &[PathBuf]) -> (Vec<T>, Vec<Diagnostic>) {
    let results: Vec<Result<T, Vec<Diagnostic>>> = paths.par_iter().map(|rel| record(root, rel)).collect();
    let mut records = Vec::with_capacity(results.len());
    let mut problems = Vec::new();
    for r in results {
        match r {
            Ok(rec) => records.push(rec),
            Err(mut d) => problems.append(&mut d),
        }
    }
    (records, problems)
}

/// Reads a file as UTF-8 text and refuses git conflict markers.
pub fn read_text(root: &Path, rel: &Path) -> Result<String, Diagnostic> {
    read_text_mode(root, rel).map(|(text, _)| text)
}

/// [`read_text`], and the file's permission bits, from the same open file (`fs::read` asks for
/// the metadata anyway, to size its buffer).
pub fn read_text_mode(root: &Path, rel: &Path) -> Result<(String, u32), Diagnostic> {
    let cannot = |e: std::io::Error| {
        Diagnostic::file(rel, Severity::Error, tr!("load-cannot-read", why = crate::i18n::why::io(&e)))
    };
    // No link followed, no wait on a FIFO, nothing read past the bound (safe.rs).
    let (file, meta) = safe::open_regular(&root.join(rel)).map_err(cannot)?;
    #[cfg(unix)]
    let mode = std::os::unix::fs::PermissionsExt::mode(&meta.permissions()) & 0o777;
    #[cfg(not(unix))]
    let mode = 0o600;
    let bytes = safe::read_capped(file, meta.len(), safe::MAX_RECORD).map_err(cannot)?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
        Diagnostic::at(rel, &text, offset, Severity::Error, msg!("load-not-utf8"))
    })?;
    if let Some(offset) = conflict_marker(&text) {
        return Err(Diagnostic::at(rel, &text, offset, Severity::Error, msg!("load-conflict-marker")));
    }
    Ok((text, mode))
}

/// A TOML or field error, located and phrased for people: the key at fault is named, and
/// serde's wording ("unknown variant", "invalid type: map") is put in plain words.
pub fn toml_diagnostic(rel: &Path, text: &str, e: &toml::de::Error) -> Diagnostic {
    let raw = e.message().trim().replace('\n', " ");
    let mut message = humane(&shorten_quoted(&raw));
    if let Some(span) = e.span() {
        if raw == "duplicate key"
            && let Some(key) = text.get(span.clone())
        {
            message = tr!("load-duplicate-key", key = key.trim());
        } else if toml::de::DeTable::parse(text).is_err() {
            // A syntax error: said by what it is about, and the key of the line named when the
            // error is in its value.
            message = crate::i18n::why::toml_syntax(&message);
            if let Some((key, missing)) = line_key(text, span.start) {
                message = if missing {
                    tr!("load-missing-value", key = key.as_str())
                } else {
                    match value_hint(&key, line_value(text, span.start)) {
                        Some(hint) => format!("{key}: {hint}"),
                        None => format!("{key}: {message}"),
                    }
                };
            }
        } else if !span.is_empty()
            && let Some((key, _)) = key_at(text, span)
            && !raw.contains(&format!("`{}`", key.rsplit('.').next().unwrap_or(&key)))
            && !raw.starts_with(&format!("{key} "))
        {
            message = format!("{key}: {message}");
        }
    }
    match e.span() {
        Some(span) => Diagnostic::at(rel, text, span.start, Severity::Error, message),
        None => Diagnostic::file(rel, Severity::Error, message),
    }
}

/// The value part of the line holding `offset` (after the first `=`).
fn line_value(text: &str, offset: usize) -> &str {
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    let line = &text[start..end];
    line.split_once('=').map_or("", |(_, v)| v.trim())
}

/// What a hand-written value that TOML cannot read was likely meant to be, in peerlog's words
/// with the form to write: a date in the Latvian form, a time range or text without quotes.
fn value_hint(key: &str, value: &str) -> Option<String> {
    let leaf = key.rsplit('.').next().unwrap_or(key);
    let digits_and = |extra: &str| !value.is_empty() && value.chars().all(|c| c.is_ascii_digit() || extra.contains(c));
    let iso = value.len() == 10 && value.as_bytes()[4] == b'-' && value.as_bytes()[7] == b'-';
    if iso && digits_and("-") {
        return Some(tr!("load-not-a-day", value = value, key = leaf));
    }
    if digits_and("./-") && value.matches(['.', '/', '-']).count() >= 2 {
        let meant = value.parse::<crate::model::Date>().ok().map(|d| d.to_string());
        let example = meant.unwrap_or_else(|| "2025-10-02".to_string());
        return Some(tr!("load-date-unquoted", key = leaf, example = example));
    }
    if digits_and(":-–— ") && value.contains(':') {
        return Some(tr!("load-time-quoted", key = leaf));
    }
    if value.chars().next().is_some_and(|c| c.is_alphabetic()) && !matches!(value, "true" | "false") {
        return Some(tr!("load-text-quoted", key = leaf));
    }
    None
}

/// serde's message about a value, worded for people and without any quoted free text.
pub fn serde_message(raw: &str) -> String {
    humane(&shorten_quoted(raw.trim()))
}

/// The key of a `key = value` line holding `offset` in its value, and whether the value is
/// missing altogether.
fn line_key(text: &str, offset: usize) -> Option<(String, bool)> {
    let before = text.get(..offset)?;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    let end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    let line = &text[start..end];
    let eq = line.find('=')?;
    let key = line[..eq].trim();
    let valid = !key.is_empty() && key.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '"' | ' '));
    if !valid || offset < start + eq + 1 {
        return None;
    }
    let value = line[eq + 1..].trim();
    Some((key.to_string(), value.is_empty() || value.starts_with('#')))
}

/// Hides every quoted value of a message that holds a space (`'…'`, `"…"`, `` `…` ``): a value
/// written into the wrong key may be free text about a person, and messages never repeat it.
/// Single words (a key, `maybe`, `31.02.2025`) stay, so the message still says what is wrong.
fn shorten_quoted(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(open) = rest.find(['\'', '"', '`']) {
        let q = rest[open..].chars().next().expect("found");
        let after = &rest[open + 1..];
        let Some(close) = after.find(q) else { break };
        let inner = &after[..close];
        out.push_str(&rest[..=open]);
        out.push_str(if inner.contains(char::is_whitespace) { "…" } else { inner });
        out.push(q);
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// serde's error wording, rephrased for people who edit the files by hand.
fn humane(message: &str) -> String {
    let ticked = |s: &str| -> Vec<String> { s.split('`').skip(1).step_by(2).map(str::to_string).collect() };
    let first = |s: &str| ticked(s).into_iter().next().unwrap_or_default();
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let (name, expected) = rest.split_once(", ").unwrap_or((rest, ""));
        let known = ticked(expected);
        return if known.is_empty() {
            tr!("load-unknown-key", key = first(name))
        } else {
            tr!("load-unknown-key-known", key = first(name), keys = known.join(", "))
        };
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let (name, expected) = rest.split_once(", ").unwrap_or((rest, ""));
        return tr!("load-not-allowed", value = first(name), values = ticked(expected).join(", "));
    }
    if message == "wanted string or table" {
        return tr!("load-word-in-quotes");
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        return tr!("load-missing-key", key = first(rest));
    }
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = message.strip_prefix(prefix)
            && let Some((found, expected)) = rest.split_once(", expected ")
        {
            return tr!("load-expected-found", expected = expected_words(expected), found = found_words(found));
        }
    }
    message.to_string()
}

/// What serde expected, in the words of `load-value-words`.
fn expected_words(expected: &str) -> String {
    let what = match expected {
        "a string" | "string" => "text",
        "a sequence" | "sequence" => "list-in-brackets",
        "a map" | "map" => "table",
        "a boolean" | "bool" => "true-or-false",
        "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64" | "usize" => "whole-number",
        e if e.starts_with("struct ") => "table",
        e => return e.to_string(),
    };
    tr!("load-value-words", what = what)
}

fn found_words(found: &str) -> String {
    let value = found.split('`').nth(1);
    match (found.split(' ').next().unwrap_or(found), value) {
        ("integer" | "floating" | "boolean", Some(v)) => v.to_string(),
        ("string", _) => found.trim_start_matches("string ").to_string(),
        ("sequence", _) => tr!("load-value-words", what = "list"),
        ("map", _) => tr!("load-value-words", what = "table"),
        _ => found.to_string(),
    }
}

/// Relative paths of every `.toml` record file under a kind's folder, in path order.
pub fn record_paths(root: &Path, kind: RecordKind) -> Result<Vec<PathBuf>> {
    walk(root, Path::new(kind_dir(kind)))
}

/// Relative paths of the `.toml` record files directly in `rel_dir`, sorted.
pub fn paths_in(root: &Path, rel_dir: &Path) -> Result<Vec<PathBuf>> {
    Ok(list(root, rel_dir)?.into_iter().filter_map(|(name, is_dir)| (!is_dir).then(|| rel_dir.join(name))).collect())
}

/// The subfolders of `rel_dir` (not hidden), sorted.
pub fn subfolders(root: &Path, rel_dir: &Path) -> Result<Vec<PathBuf>> {
    Ok(list(root, rel_dir)?.into_iter().filter_map(|(name, is_dir)| is_dir.then(|| rel_dir.join(name))).collect())
}

/// Every record file below `rel` in path order (hidden folders skipped). Each folder's entries
/// are sorted by name and subfolders are listed in parallel, so a folder of thousands of day
/// folders is walked on all cores and the result needs no sort of whole paths.
fn walk(root: &Path, rel: &Path) -> Result<Vec<PathBuf>> {
    let entries = list(root, rel)?;
    if entries.iter().all(|(_, is_dir)| !is_dir) {
        return Ok(entries.into_iter().map(|(name, _)| rel.join(name)).collect());
    }
    let subtrees: Vec<Vec<PathBuf>> = entries
        .par_iter()
        .map(|(name, is_dir)| {
            let child = rel.join(name);
            if *is_dir { walk(root, &child) } else { Ok(vec![child]) }
        })
        .collect::<Result<_>>()?;
    Ok(subtrees.into_iter().flatten().collect())
}

/// The entries of one folder sorted by name: record files (`.toml`, not hidden, so temporary
/// files are skipped) and subfolders (not hidden), each with whether it is a folder. A link or
/// special file (not hidden) is an error naming it: nothing is read through it.
fn list(root: &Path, rel: &Path) -> Result<Vec<(std::ffi::OsString, bool)>> {
    let dir = root.join(rel);
    if rel.components().count() == 1
        && let Ok(meta) = dir.symlink_metadata()
        && !meta.is_dir()
    {
        // A kind's own folder: read_dir would follow a link.
        return Err(special(rel, &meta.file_type()));
    }
    let entries = match fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(&dir, e)),
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(&dir, e))?;
        let name = entry.file_name();
        let text = name.to_string_lossy();
        if text.starts_with('.') {
            continue;
        }
        let kind = entry.file_type().map_err(|e| Error::io(&dir, e))?;
        if !kind.is_dir() && !kind.is_file() {
            return Err(special(&rel.join(&name), &kind));
        }
        if kind.is_dir() || text.ends_with(".toml") {
            out.push((name, kind.is_dir()));
        }
    }
    out.sort_unstable();
    Ok(out)
}

/// The error for a link or special file met in the folder.
fn special(rel: &Path, kind: &fs::FileType) -> Error {
    Error::data(format!("{}: {}", super::diag::display_path(rel), safe::not_regular(safe::what(kind))))
        .hint(safe::not_regular_hint())
        .hint(tr!("load-check-lists-them"))
}

/// A file below a kind's folder, as `check` sees it.
pub(crate) struct Entry {
    pub rel: PathBuf,
    /// What the file is when it is not a regular file (a link, a FIFO, …).
    pub special: Option<&'static str>,
}

/// Every file below `rel` in path order, temporary and foreign files included (for `check`);
/// hidden folders skipped, links and special files listed (never followed). Subfolders are
/// listed in parallel, as [`record_paths`] does.
pub(crate) fn all_files(root: &Path, rel: &Path) -> Result<Vec<Entry>> {
    let dir = root.join(rel);
    let entries = match fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(&dir, e)),
    };
    let mut listed = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(&dir, e))?;
        let kind = entry.file_type().map_err(|e| Error::io(&dir, e))?;
        let name = entry.file_name();
        let special = (!kind.is_dir() && !kind.is_file()).then(|| safe::what(&kind));
        if !(kind.is_dir() && name.to_string_lossy().starts_with('.')) {
            listed.push((name, kind.is_dir(), special));
        }
    }
    listed.sort_unstable();
    // A folder of files only (a day of consultations): no thread for each file.
    if listed.iter().all(|(_, is_dir, _)| !is_dir) {
        return Ok(listed.into_iter().map(|(name, _, special)| Entry { rel: rel.join(name), special }).collect());
    }
    let subtrees: Vec<Vec<Entry>> = listed
        .par_iter()
        .map(|(name, is_dir, special)| {
            let child = rel.join(name);
            if *is_dir { all_files(root, &child) } else { Ok(vec![Entry { rel: child, special: *special }]) }
        })
        .collect::<Result<_>>()?;
    Ok(subtrees.into_iter().flatten().collect())
}
