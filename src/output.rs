//! What commands print: results on stdout (IDs, tables, JSON, CSV), messages on stderr.

use crate::error::{Error, Result};
use crate::store::atomic;
use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;
use std::io::{self, Write};
use std::path::Path;

/// The format of list and show commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// A table for people.
    #[default]
    Table,
    /// JSON for scripts: dates in ISO 8601, field names as in the files.
    Json,
    /// RFC 4180 CSV with a header row.
    Csv,
}

/// Rows for a table or CSV: a header and cells.
pub struct Rows {
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

/// Prints `rows` as a table or CSV, or `json` as JSON, to stdout.
pub fn print<T: Serialize + ?Sized>(format: Format, json: &T, rows: Rows) -> Result<()> {
    match format {
        Format::Json => print_json(json),
        Format::Csv => {
            let mut w = csv::Writer::from_writer(Vec::new());
            w.write_record(&rows.headers).map_err(csv_error)?;
            for row in &rows.rows {
                w.write_record(row).map_err(csv_error)?;
            }
            stdout(&w.into_inner().map_err(|e| Error::data(e.to_string()))?)
        }
        Format::Table => {
            // Tables are for people: headers and a show's field names in their language; CSV
            // and JSON keep the machine words.
            let labels = rows.headers == ["field", "value"];
            let headers: Vec<String> = rows.headers.iter().map(|h| column(h)).collect();
            let rows = Rows {
                headers: Vec::new(),
                rows: rows
                    .rows
                    .into_iter()
                    .map(|mut row| {
                        if labels && let Some(first) = row.first_mut() {
                            *first = column(first);
                        }
                        row
                    })
                    .collect(),
            };
            let mut table = Table::new();
            table.load_style(presets::UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
            if colour(Stream::Stdout) {
                table.enforce_styling();
                table.set_header(
                    headers.iter().map(|h| comfy_table::Cell::new(h).add_attribute(comfy_table::Attribute::Bold)),
                );
            } else {
                table.set_header(&headers);
            }
            for row in rows.rows {
                table.add_row(row);
            }
            stdout(format!("{table}\n").as_bytes())
        }
    }
}

/// A column's or a field's name as a table shows it: the machine word (`held_without_peer_feedback`,
/// `birth_date`) in English, its Latvian label in Latvian.
pub fn column(name: &str) -> String {
    let mut key = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            key.push(c.to_ascii_lowercase());
        } else if !key.is_empty() && !key.ends_with('-') {
            key.push('-');
        }
    }
    let key = key.trim_end_matches('-').to_string();
    tr!("column", name = name, key = key)
}

/// Prints a list as a table or CSV (rows made only then), or as a pretty JSON array written one
/// element at a time, so that a list of 100,000 consultations is never held as JSON in memory.
/// The bytes are the same as [`print_json`] of the whole list.
pub fn print_list<T: Serialize>(format: Format, items: &[T], rows: impl FnOnce() -> Rows) -> Result<()> {
    if format != Format::Json {
        return print(format, &(), rows());
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    closed_pipe_is_success(out.write_all(b"["))?;
    for (i, item) in items.iter().enumerate() {
        let text = serde_json::to_string_pretty(&json(item)?).map_err(|e| Error::data(e.to_string()))?;
        closed_pipe_is_success(out.write_all(if i == 0 { b"\n  " } else { b",\n  " }))?;
        closed_pipe_is_success(out.write_all(text.replace('\n', "\n  ").as_bytes()))?;
    }
    closed_pipe_is_success(out.write_all(if items.is_empty() { b"]\n" } else { b"\n]\n" }))?;
    closed_pipe_is_success(out.flush())
}

/// A write to a closed pipe (`peerlog … | head`) ends the process quietly with success.
fn closed_pipe_is_success(r: io::Result<()>) -> Result<()> {
    match r {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => std::process::exit(0),
        other => other.map_err(Error::from),
    }
}

/// Prints a value as pretty JSON on stdout.
pub fn print_json<T: Serialize + ?Sized>(value: &T) -> Result<()> {
    let mut text = serde_json::to_string_pretty(&json(value)?).map_err(|e| Error::data(e.to_string()))?;
    text.push('\n');
    stdout(text.as_bytes())
}

/// A value as JSON, with TOML dates turned into ISO 8601 strings.
pub fn json<T: Serialize + ?Sized>(value: &T) -> Result<serde_json::Value> {
    let mut v = serde_json::to_value(value).map_err(|e| Error::data(e.to_string()))?;
    iso_dates(&mut v);
    Ok(v)
}

/// serde renders a TOML date as `{"$__toml_private_datetime": "2025-03-14"}`; JSON wants the string.
fn iso_dates(v: &mut serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::Object(map) => {
            if map.len() == 1
                && let Some(Value::String(s)) = map.get("$__toml_private_datetime")
            {
                *v = Value::String(s.clone());
                return;
            }
            map.values_mut().for_each(iso_dates);
        }
        Value::Array(items) => items.iter_mut().for_each(iso_dates),
        _ => {}
    }
}

fn csv_error(e: csv::Error) -> Error {
    Error::data(format!("cannot write CSV: {e}"))
}

/// Writes bytes to stdout. A closed pipe (`peerlog … | head`) is not an error: the process
/// ends quietly with success.
pub fn stdout(bytes: &[u8]) -> Result<()> {
    let mut out = io::stdout().lock();
    closed_pipe_is_success(out.write_all(bytes).and_then(|()| out.flush()))
}

/// Prints one result line (such as a new record's ID) on stdout.
pub fn result_line(line: &str) -> Result<()> {
    stdout(format!("{line}\n").as_bytes())
}

/// The two streams a command writes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// Whether to colour a stream: only a terminal, never when `NO_COLOR` is set (`CLICOLOR_FORCE`
/// forces colour, as in other tools).
pub fn colour(stream: Stream) -> bool {
    let choice = match stream {
        Stream::Stdout => anstream::AutoStream::choice(&io::stdout()),
        Stream::Stderr => anstream::AutoStream::choice(&io::stderr()),
    };
    choice != anstream::ColorChoice::Never
}

/// A label such as `error:` or `warning:` for stderr, bold and coloured when stderr takes colour.
pub fn label(text: &str, colour_of: anstyle::AnsiColor) -> String {
    if colour(Stream::Stderr) {
        let style = anstyle::Style::new().bold().fg_color(Some(colour_of.into()));
        format!("{style}{text}{style:#}")
    } else {
        text.to_string()
    }
}

/// Writes a result file (a report, an export) atomically; refuses to replace one unless `force`.
pub fn write_file(path: &Path, bytes: &[u8], force: bool) -> Result<()> {
    let result = if force { atomic::write(path, bytes) } else { atomic::create_new(path, bytes) };
    result.map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => exists_error(&path.display().to_string()),
        _ => Error::io(path, e),
    })
}

pub fn exists_error(paths: &str) -> Error {
    Error::data(format!("{paths}: the file exists already; nothing was written"))
        .hint("add --force to replace it, or choose another file name")
}
