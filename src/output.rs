//! What commands print: results on stdout (IDs, tables, JSON, CSV), messages on stderr.
//!
//! Every table peerlog prints or writes goes one way: a command gives its columns and rows once
//! as [`Rows`] (and, for JSON, the value to serialise), and [`emit`] (or [`print`], to stdout)
//! turns them into a table, CSV (every cell neutralised against formulas), JSON or an XLSX
//! workbook. [`OutputArgs`] are the `--format`/`--output` flags that pick the format and the file.

use crate::error::{Error, Result};
use crate::report::csv_sheet::{self, Style};
use crate::store::atomic;
use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

/// The format of a command's result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// A table for people.
    #[default]
    Table,
    /// JSON for scripts: dates in ISO 8601, field names as in the files.
    Json,
    /// RFC 4180 CSV with a header row, formula-like cells neutralised.
    Csv,
    /// An Excel workbook (to a file or a pipe, never a terminal).
    Xlsx,
}

impl Format {
    /// The format a file name asks for by its extension (.csv, .json, .xlsx), if any.
    pub fn of_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            "xlsx" => Some(Format::Xlsx),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
        }
    }
}

/// The columns and rows of a table: what every list, show and report gives once, and what
/// table, CSV and XLSX are made from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rows {
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
    /// The rows are things (groups, units), not people: a table labels their `name` as a
    /// title, not as a person's name (Latvian "Nosaukums", not "Vārds, uzvārds").
    pub things: bool,
}

impl Rows {
    pub fn new(headers: Vec<&'static str>, rows: Vec<Vec<String>>) -> Rows {
        Rows { headers, rows, ..Default::default() }
    }

    /// A show's rows: two columns, field and value, the one shape of every show in every format
    /// but JSON.
    pub fn fields(rows: Vec<Vec<String>>) -> Rows {
        Rows::new(vec!["field", "value"], rows)
    }

    /// A show's rows for the list columns `headers` of one record, whose `values` they are.
    pub fn field_rows(headers: &[&str], values: Vec<String>) -> Vec<Vec<String>> {
        headers.iter().zip(values).map(|(h, v)| vec![h.to_string(), v]).collect()
    }

    /// The same rows, of things rather than people (see [`Rows::things`]).
    pub fn of_things(self, things: bool) -> Rows {
        Rows { things, ..self }
    }
}

/// The `--format`, `--output`, `--force` and `--excel` flags of a command that writes a table.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct OutputArgs {
    /// table, json, csv or xlsx (default: from --output's extension, else the command's own).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Write to FILE (atomically) instead of stdout; `-` is stdout. A .csv, .json or .xlsx name
    /// picks the format.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace FILE if it exists already.
    #[arg(long)]
    pub force: bool,
    /// CSV for a spreadsheet program with a Latvian locale: UTF-8 BOM, ';' between cells, CR LF.
    #[arg(long)]
    pub excel: bool,
}

/// Where and how a result goes, checked: see [`OutputArgs::target`].
#[derive(Debug, Clone)]
pub struct Target {
    pub format: Format,
    /// `None` is stdout.
    pub path: Option<PathBuf>,
    pub force: bool,
    pub style: Style,
}

impl OutputArgs {
    /// The checked target: the format from `--format`, else from the file's extension, else CSV
    /// with `--excel`, else `default`; refuses a format the command does not offer, a `--format` that contradicts
    /// the file's extension, `--excel` without CSV, and XLSX onto a terminal.
    pub fn target(&self, default: Format, offered: &[Format]) -> Result<Target> {
        let t = target(self.format, self.output.as_deref(), self.force, self.excel, default, offered)?;
        t.check()?;
        Ok(t)
    }
}

/// See [`OutputArgs::target`], for commands whose flags have other names; XLSX onto a terminal
/// is refused by [`Target::check`], which every write calls.
pub fn target(
    format: Option<Format>,
    output: Option<&Path>,
    force: bool,
    excel: bool,
    default: Format,
    offered: &[Format],
) -> Result<Target> {
    let path = output.filter(|p| p.as_os_str() != "-").map(Path::to_path_buf);
    if let Some(path) = &path {
        check_folder(path)?;
    }
    let by_name = path.as_deref().and_then(Format::of_path);
    let format = match (format, by_name) {
        (Some(f), Some(n)) if f != n => {
            return Err(Error::usage(tr!(
                "output-format-mismatch",
                format = f.name(),
                path = path.as_deref().map(Path::display).map(|d| d.to_string()).unwrap_or_default(),
                ext = n.name()
            ))
            .hint(tr!("output-format-mismatch-hint", format = f.name())));
        }
        (Some(f), _) => f,
        (None, Some(n)) => n,
        (None, None) if excel => Format::Csv,
        (None, None) => default,
    };
    if !offered.contains(&format) {
        let names: Vec<&str> = offered.iter().map(|f| f.name()).collect();
        return Err(Error::usage(tr!("output-format-not-offered", formats = names.join(", "), format = format.name()))
            .hint(tr!("output-format-not-offered-hint")));
    }
    if excel && format != Format::Csv {
        return Err(
            Error::usage(tr!("output-excel-not-csv", format = format.name())).hint(tr!("output-excel-not-csv-hint"))
        );
    }
    Ok(Target { format, path, force, style: if excel { Style::EXCEL } else { Style::PLAIN } })
}

impl Target {
    /// A target on stdout in `format`, plain CSV.
    pub fn stdout(format: Format) -> Target {
        Target { format, path: None, force: false, style: Style::PLAIN }
    }

    /// Refuses XLSX onto a terminal; call before the work when the target may be stdout.
    pub fn check(&self) -> Result<()> {
        if self.format == Format::Xlsx && self.path.is_none() && io::stdout().is_terminal() {
            return Err(Error::usage(tr!("output-xlsx-terminal")).hint(tr!("output-xlsx-terminal-hint")));
        }
        Ok(())
    }

    /// Writes finished bytes to the target's file or stdout.
    pub fn write(&self, bytes: &[u8]) -> Result<()> {
        self.check()?;
        match &self.path {
            Some(path) => write_file(path, bytes, self.force),
            None => stdout(bytes),
        }
    }
}

/// A cell's text: in the current language on a table, in English in CSV, XLSX and JSON (what
/// scripts read is the same in every language).
pub fn cell(format: Format, text: crate::i18n::Msg) -> String {
    if format == Format::Table { text.to_string() } else { text.english() }
}

/// Writes `rows` (table, CSV, XLSX) or `json` (JSON) to the target. `title` names the
/// workbook's sheet.
pub fn emit<T: Serialize + ?Sized>(target: &Target, json: &T, rows: Rows, title: &str) -> Result<()> {
    let coloured = target.path.is_none() && colour(Stream::Stdout);
    let bytes = match target.format {
        Format::Json => json_bytes(json)?,
        Format::Csv => csv_bytes(&rows, target.style)?,
        Format::Table => table_text(rows, coloured).into_bytes(),
        Format::Xlsx => xlsx_bytes(&rows, title)?,
    };
    target.write(&bytes)
}

/// Prints `rows` as a table, CSV or XLSX, or `json` as JSON, to stdout.
pub fn print<T: Serialize + ?Sized>(format: Format, json: &T, rows: Rows) -> Result<()> {
    emit(&Target::stdout(format), json, rows, "peerlog")
}

/// CSV of a table: the header row, then the rows, every cell neutralised against formulas.
pub fn csv_bytes(rows: &Rows, style: Style) -> Result<Vec<u8>> {
    let header = rows.headers.iter().map(|h| h.to_string()).collect::<Vec<_>>();
    csv_sheet::write(std::iter::once(&header).chain(&rows.rows), style).map_err(csv_error)
}

/// A table for people, coloured headers when `coloured`. Tables are for people: headers and a
/// show's field names in their language; CSV, JSON and XLSX keep the machine words.
pub fn table_text(rows: Rows, coloured: bool) -> String {
    let labels = rows.headers == ["field", "value"];
    let label = |h: &str| if rows.things && h == "name" { tr!("column-title") } else { column(h) };
    let headers: Vec<String> = rows.headers.iter().map(|h| label(h)).collect();
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
    if coloured {
        table.enforce_styling();
        table.set_header(headers.iter().map(|h| comfy_table::Cell::new(h).add_attribute(comfy_table::Attribute::Bold)));
    } else {
        table.set_header(&headers);
    }
    for mut row in rows.rows {
        if labels && let Some(first) = row.first_mut() {
            *first = label(first);
        }
        table.add_row(row);
    }
    format!("{table}\n")
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

/// Pretty JSON with ISO dates and a final newline.
pub fn json_bytes<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>> {
    let mut text = serde_json::to_string_pretty(&json(value)?).map_err(|e| Error::data(e.to_string()))?;
    text.push('\n');
    Ok(text.into_bytes())
}

/// A workbook of one sheet: a bold header row that stays in view, and the rows, every cell
/// text except whole numbers (counts), which stay numbers.
pub fn xlsx_bytes(rows: &Rows, title: &str) -> Result<Vec<u8>> {
    use rust_xlsxwriter::Format as Style;
    let err = |e: rust_xlsxwriter::XlsxError| {
        Error::data(tr!("output-cannot-write", what = "xlsx", why = crate::i18n::why::xlsx(&e)))
    };
    let mut book = workbook().map_err(err)?;
    let sheet = book.add_worksheet();
    sheet.set_name(crate::report::xlsx::safe_sheet_name(title)).map_err(err)?;
    let text = Style::new().set_num_format("@");
    let bold = text.clone().set_bold();
    let mut widths: Vec<usize> = rows.headers.iter().map(|h| h.chars().count()).collect();
    for (col, h) in (0u16..).zip(&rows.headers) {
        sheet.write_string_with_format(0, col, *h, &bold).map_err(err)?;
    }
    for (r, row) in (1u32..).zip(&rows.rows) {
        for (col, cell) in (0u16..).zip(row) {
            match count(cell) {
                Some(n) => sheet.write_number(r, col, n).map_err(err)?,
                None => sheet.write_string_with_format(r, col, cell, &text).map_err(err)?,
            };
            if let Some(w) = widths.get_mut(usize::from(col)) {
                *w = (*w).max(cell.lines().map(|l| l.chars().count()).max().unwrap_or(0));
            }
        }
    }
    for (col, w) in (0u16..).zip(widths) {
        sheet.set_column_width(col, (w as f64 + 2.0).min(60.0)).map_err(err)?;
    }
    sheet.set_freeze_panes(1, 0).map_err(err)?;
    book.save_to_buffer().map_err(err)
}

/// A whole number of at most 15 digits without a leading zero, as a number.
fn count(cell: &str) -> Option<f64> {
    let plain = !cell.is_empty() && cell.len() <= 15 && cell.bytes().all(|b| b.is_ascii_digit());
    (plain && (cell == "0" || !cell.starts_with('0'))).then(|| cell.parse().ok()).flatten()
}

/// A new workbook whose bytes depend only on what is written into it: its creation time is
/// `SOURCE_DATE_EPOCH` when set (reproducible builds' convention), else a fixed day.
pub fn workbook() -> Result<rust_xlsxwriter::Workbook, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook};
    let epoch = std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.trim().parse::<i64>().ok());
    let created = match epoch {
        Some(seconds) => ExcelDateTime::from_timestamp(seconds)?,
        None => ExcelDateTime::from_ymd(2000, 1, 1)?,
    };
    let mut book = Workbook::new();
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    Ok(book)
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
    stdout(&json_bytes(value)?)
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
    Error::data(tr!("output-cannot-write", what = "csv", why = crate::i18n::why::csv(&e)))
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

/// Writes a result file (a report, an export) atomically; refuses to replace one unless `force`,
/// and to write into a folder that does not exist ([`check_folder`]). The name `-` is stdout.
pub fn write_file(path: &Path, bytes: &[u8], force: bool) -> Result<()> {
    if path.as_os_str() == "-" {
        return stdout(bytes);
    }
    check_folder(path)?;
    let result = if force { atomic::write(path, bytes) } else { atomic::create_new(path, bytes) };
    result.map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => exists_error(&path.display().to_string()),
        _ => Error::io(path, e),
    })
}

/// Refuses a result file whose folder is not there: a report goes where it was asked to, never
/// into a folder made up from a mistyped path; nor a name that is a folder (`out`, `out/`).
/// Called before the work as well as at the write.
pub fn check_folder(path: &Path) -> Result<()> {
    if path.as_os_str() == "-" {
        return Ok(());
    }
    let text = path.display().to_string();
    if path.is_dir() || text.ends_with(std::path::is_separator) {
        return Err(Error::data(tr!("output-is-a-folder", path = text.as_str()))
            .hint(tr!("output-is-a-folder-hint", path = text.trim_end_matches(std::path::is_separator))));
    }
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() && !dir.is_dir() => {
            let (path, folder) = (path.display().to_string(), dir.display().to_string());
            Err(if dir.exists() {
                Error::data(tr!("output-not-a-folder", path = path, folder = folder))
                    .hint(tr!("output-not-a-folder-hint"))
            } else {
                Error::data(tr!("output-no-folder", path = path, folder = folder.as_str()))
                    .hint(tr!("output-no-folder-hint", folder = folder.as_str()))
            })
        }
        _ => Ok(()),
    }
}

pub fn exists_error(paths: &str) -> Error {
    Error::data(tr!("output-exists", paths = paths)).hint(tr!("output-exists-hint"))
}

/// A count with its noun in the right number: `1 record`, `2 records`.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
