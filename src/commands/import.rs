//! `peerlog import`: participants, consultations or feedback from a spreadsheet's CSV, checked
//! row by row as the single-record commands check them, and written all or nothing.

use super::record::{self, AnyRecord, IntoAny};
use super::{Ctx, consult, feedback, participant};
use crate::error::{Error, Result};
use crate::model::colleague::Supporter;
use crate::model::kind::{self, Card, KindSpec, Ty};
use crate::model::{
    Consultation, Date, Feedback, GivenBy, Group, Id, Met, PeerInfo, Person, Purpose, Record, RecordKind, Role, Source,
    Stage, Status, Text, TimeRange, day_dir, fold, rules,
};
use crate::output;
use crate::store::{Index, Store};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::HashMap;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};

/// Import records from a CSV file whose header row names the columns.
///
/// Every row is checked as `participant add`, `consult log` and `feedback record` check one
/// record, names are found as they find them, and every bad row is reported with its line
/// number. If any row is bad, nothing is written. Prints the new IDs, one a line, in row order.
///
/// Columns (* = required), in any order; case, spaces and dashes in their names do not matter:
///   participants   name*, group*, role*, birth_date, peer_stage, peer_since,
///                  consent (peer, recipient, report; several with spaces or commas),
///                  consent_by (self, parent, guardian, foster-parent), consent_date (default: today)
///   consultations  peer*, recipient*, date*, time*, place*, topic*, status (default: held)
///   feedback       from*, expected*, met*, benefit*, comment, date (default: today), and
///                  consultation (IDs), or peer + recipient + consultation_date [+ consultation_time]
/// In a colleague-support folder, the fields of each kind as in its files (yes/no columns
/// default to no), checked as the command that adds one checks it:
///   units          name*, service*, region*
///   supporters     name*, unit*, applied*, team_nominated, voluntary, superior_agreed, active_since
///   psychologists  name*, city*, phones, division
///   contacts       date*, supporter*, unit*, kind*, help_suggested
///   training       supporter*, date*, hours*  (a session added to the support person's ledger)
///
/// The file is UTF-8 (a BOM is fine), separated by commas, semicolons or tabs.
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment, about = "Import records from a CSV file whose header row names the columns")]
#[command(after_help = "Examples:\n  peerlog import participants data-example/import/participants.csv --dry-run\n  \
peerlog import consultations spring.csv > new-ids.txt")]
pub struct Args {
    /// What the rows are.
    #[arg(value_enum)]
    pub kind: Kind,
    /// The CSV file, or - for stdin.
    pub file: PathBuf,
    /// Check every row and report, but write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// The kinds of record `import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    Participants,
    Consultations,
    Feedback,
    Units,
    Supporters,
    Psychologists,
    Contacts,
    Training,
}

impl Kind {
    /// The kind of record a row of a colleague-support file becomes, from its description.
    fn described(self) -> Option<RecordKind> {
        match self {
            Kind::Units => Some(RecordKind::Unit),
            Kind::Supporters => Some(RecordKind::Supporter),
            Kind::Psychologists => Some(RecordKind::Psychologist),
            Kind::Contacts => Some(RecordKind::Contact),
            _ => None,
        }
    }

    /// The programme whose folders hold what the rows are: that of the kind of record they
    /// become (training rows go into support persons' records).
    fn programme(self) -> crate::model::Programme {
        let kind = match self {
            Kind::Participants => RecordKind::Person,
            Kind::Consultations => RecordKind::Consultation,
            Kind::Feedback => RecordKind::Feedback,
            Kind::Training => RecordKind::Supporter,
            _ => self.described().unwrap_or(RecordKind::Supporter),
        };
        kind.spec().programme
    }

    /// The columns of the kind, required ones marked.
    fn columns(self) -> Vec<(&'static str, bool)> {
        if let Some(kind) = self.described() {
            return importable(kind.spec()).map(|f| (f.key(), f.card == Card::Required && f.ty != Ty::Flag)).collect();
        }
        match self {
            Kind::Training => vec![("supporter", true), ("date", true), ("hours", true)],
            _ => self.fixed_columns().to_vec(),
        }
    }

    fn fixed_columns(self) -> &'static [(&'static str, bool)] {
        match self {
            Kind::Participants => &[
                ("name", true),
                ("group", true),
                ("role", true),
                ("birth_date", false),
                ("peer_stage", false),
                ("peer_since", false),
                ("consent", false),
                ("consent_by", false),
                ("consent_date", false),
            ],
            Kind::Consultations => &[
                ("peer", true),
                ("recipient", true),
                ("date", true),
                ("time", true),
                ("place", true),
                ("topic", true),
                ("status", false),
            ],
            Kind::Feedback => &[
                ("consultation", false),
                ("peer", false),
                ("recipient", false),
                ("consultation_date", false),
                ("consultation_time", false),
                ("from", true),
                ("expected", true),
                ("met", true),
                ("benefit", true),
                ("comment", false),
                ("date", false),
            ],
            _ => &[],
        }
    }

    /// The kind as the messages select it.
    fn key(self) -> &'static str {
        match self {
            Kind::Participants => "participants",
            Kind::Consultations => "consultations",
            Kind::Feedback => "feedback",
            Kind::Units => "units",
            Kind::Supporters => "supporters",
            Kind::Psychologists => "psychologists",
            Kind::Contacts => "contacts",
            Kind::Training => "training",
        }
    }
}

/// The fields of a kind a row may give: the editable ones, but those of an optional table (a
/// support person's interview or ending, recorded with their own commands).
fn importable(spec: &'static KindSpec) -> impl Iterator<Item = &'static kind::Field> {
    spec.editable().filter(move |f| {
        !spec
            .fields
            .iter()
            .any(|t| t.ty == Ty::Table && t.card == Card::Optional && f.path.starts_with(&format!("{}.", t.path)))
    })
}

/// One data row: its line in the file and its cells by column.
struct Row {
    line: u64,
    cells: Vec<String>,
}

/// The file's columns: the position of each known column.
struct Columns {
    at: HashMap<&'static str, usize>,
}

impl Columns {
    /// The trimmed cell of `column`, `None` when the column is absent or the cell empty.
    fn get<'r>(&self, row: &'r Row, column: &str) -> Option<&'r str> {
        let i = *self.at.get(column)?;
        row.cells.get(i).map(|s| s.trim()).filter(|s| !s.is_empty())
    }
}

/// The problems of the rows, each at its line, refused through `commands::refuse_at`.
#[derive(Default)]
struct Report {
    problems: Vec<(u64, rules::Problem)>,
    /// How many of them are errors.
    errors: usize,
}

impl Report {
    fn error(&mut self, line: u64, column: &'static str, message: impl std::fmt::Display) {
        self.problems.push((line, rules::Problem::error(column, crate::i18n::Msg::raw(message.to_string()))));
        self.errors += 1;
    }

    /// Notes the rules' problems of a row; whether it has no error.
    fn rules(&mut self, line: u64, problems: Vec<rules::Problem>) -> bool {
        let before = self.errors;
        for p in problems {
            self.errors += usize::from(p.severity == rules::Severity::Error);
            self.problems.push((line, p));
        }
        self.errors == before
    }
}

/// The checked rows, ready to be written.
enum Checked {
    People(Vec<Person>),
    Consultations(Vec<Consultation>),
    Feedback(Vec<Feedback>),
    /// New records of a colleague-support kind.
    Any(Vec<AnyRecord>),
    /// Support persons whose training ledgers grew.
    Ledgers(Vec<Supporter>),
}

impl Checked {
    fn len(&self) -> usize {
        match self {
            Checked::People(v) => v.len(),
            Checked::Consultations(v) => v.len(),
            Checked::Feedback(v) => v.len(),
            Checked::Any(v) => v.len(),
            Checked::Ledgers(v) => v.len(),
        }
    }
}

pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    let file_name = if a.file.as_os_str() == "-" { "stdin".to_string() } else { a.file.display().to_string() };
    let store = ctx.store()?;
    if store.config.programme != a.kind.programme() {
        return Err(Error::usage(tr!(
            "import-wrong-programme",
            kind = a.kind.key(),
            programme = store.config.programme.to_string()
        ))
        .hint(tr!("import-wrong-programme-hint", programme = a.kind.programme().to_string())));
    }
    let (columns, rows) = read_csv(&a.file, a.kind)?;
    let _lock = store.lock()?;
    let bar = progress(ctx, rows.len() as u64, "checking");
    let mut report = Report::default();
    let checked = match a.kind {
        Kind::Participants => Checked::People(participants(&store, &columns, &rows, &mut report, &bar)?),
        Kind::Consultations => Checked::Consultations(consultations(&store, &columns, &rows, &mut report, &bar)?),
        Kind::Feedback => Checked::Feedback(feedbacks(&store, &columns, &rows, &mut report, &bar)?),
        Kind::Training => Checked::Ledgers(training(&store, &columns, &rows, &mut report, &bar)?),
        kind => {
            let spec = kind.described().expect("described").spec();
            Checked::Any(
                crate::with_kind!(spec.kind, T => described::<T>(&store, spec, &columns, &rows, &mut report, &bar)?),
            )
        }
    };
    bar.finish_and_clear();
    super::refuse_at(ctx, super::Subject::Rows { file: &file_name, rows: rows.len() }, report.problems)?;
    if a.dry_run {
        ctx.note(tr!("import-dry-run", file = file_name.as_str(), rows = checked.len()));
        return Ok(());
    }
    let ids = match &checked {
        Checked::People(v) => write(ctx, &store, v, |p, id| Person { id, ..p.clone() })?,
        Checked::Consultations(v) => write(ctx, &store, v, |c, id| Consultation { id, ..c.clone() })?,
        Checked::Feedback(v) => write(ctx, &store, v, |f, id| Feedback { id, ..f.clone() })?,
        Checked::Any(v) => write_any(ctx, &store, v)?,
        Checked::Ledgers(v) => {
            let mut tx = store.begin();
            for s in v {
                tx.put(s)?;
            }
            tx.commit()?;
            v.iter().map(|s| s.id.clone()).collect()
        }
    };
    let mut out = String::with_capacity(ids.len() * 11);
    for id in &ids {
        out.push_str(id.as_str());
        out.push('\n');
    }
    ctx.note(tr!("import-done", count = ids.len(), kind = a.kind.key(), file = file_name.as_str()));
    output::stdout(out.as_bytes())
}

/// A progress bar on stderr when it is a terminal (and not --quiet); silent otherwise. `what`
/// is the step: `checking` or `writing`.
fn progress(ctx: &Ctx, len: u64, what: &'static str) -> ProgressBar {
    if ctx.quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{msg:9} {wide_bar} {pos}/{len}") {
        bar.set_style(style);
    }
    bar.set_message(tr!("import-progress", step = what));
    bar
}

/// The most bytes an import reads (a sheet of 100,000 rows is a few MiB).
pub const MAX_BYTES: u64 = 64 << 20;

/// The most rows one import takes.
pub const MAX_ROWS: usize = 100_000;

/// A reader that fails once more than [`MAX_BYTES`] were read: an endless input stops there.
struct Capped<R> {
    inner: R,
    left: u64,
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.left = self.left.checked_sub(n as u64).ok_or_else(|| std::io::Error::other(TOO_BIG))?;
        Ok(n)
    }
}

const TOO_BIG: &str = "the input is larger than 64 MiB";

/// Reads the file's rows, streaming (memory stays bounded: at most [`MAX_BYTES`] read and
/// [`MAX_ROWS`] rows kept), and checks its header against the kind's columns.
fn read_csv(path: &Path, kind: Kind) -> Result<(Columns, Vec<Row>)> {
    let too_big = || {
        Error::data(tr!("import-too-big", file = path.display().to_string(), rows = MAX_ROWS))
            .hint(tr!("import-split-hint"))
    };
    let input: Box<dyn Read> = if path.as_os_str() == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
        let meta = file.metadata().map_err(|e| Error::io(path, e))?;
        if meta.is_file() && meta.len() > MAX_BYTES {
            return Err(too_big());
        }
        if meta.is_dir() {
            return Err(Error::data(tr!("import-folder", file = path.display().to_string())));
        }
        Box::new(file)
    };
    let mut input = std::io::BufReader::new(Capped { inner: input, left: MAX_BYTES });
    // The first line decides the separator; it is read first and put back in front.
    let mut first_line = Vec::new();
    std::io::BufRead::read_until(&mut input, b'\n', &mut first_line)
        .map_err(|e| if e.to_string() == TOO_BIG { too_big() } else { Error::io(path, e) })?;
    let head = first_line.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&first_line).to_vec();
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| head.iter().filter(|b| *b == d).count())
        .filter(|d| head.contains(d))
        .unwrap_or(b',');
    let text = std::io::Cursor::new(head).chain(input);
    // Line numbers from the bytes themselves: the csv crate's count is off for CR LF line ends
    // (how spreadsheets save) and for line breaks inside quoted cells.
    let newlines = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let text = Lines { inner: text, at: 0, newlines: newlines.clone() };
    let line_at = |byte: u64| newlines.borrow().partition_point(|&n| n <= byte) as u64 + 1;
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(text);
    let csv_error = |e: csv::Error| {
        if let csv::ErrorKind::Io(io) = e.kind()
            && io.to_string() == TOO_BIG
        {
            return too_big();
        }
        let at = e.position().map(|p| format!(":{}", line_at(p.byte()))).unwrap_or_default();
        let place = format!("{}{at}", path.display());
        // The csv crate's own words only in brackets, after ours.
        let message = match e.kind() {
            csv::ErrorKind::Utf8 { err, .. } => tr!("import-row-not-utf8", place = place, column = err.field() + 1),
            _ => tr!("import-row-not-csv", place = place, why = crate::i18n::why::csv(&e)),
        };
        Error::data(message).hint(tr!("import-save-as-csv"))
    };
    let header = reader.headers().map_err(csv_error)?.clone();
    if header.iter().all(|h| h.trim().is_empty()) {
        return Err(Error::data(tr!("import-empty", file = path.display().to_string()))
            .hint(tr!("import-empty-hint", columns = column_list(kind))));
    }
    let known = kind.columns();
    let mut at = HashMap::new();
    for (i, h) in header.iter().enumerate() {
        let name = h.trim().to_lowercase().replace([' ', '-'], "_");
        let name = match (kind, name.as_str()) {
            (Kind::Feedback, "consultations") => "consultation".to_string(),
            _ => name,
        };
        let Some(&(column, _)) = known.iter().find(|(c, _)| *c == name) else {
            return Err(Error::data(tr!(
                "import-unknown-column",
                file = path.display().to_string(),
                column = crate::model::shown(h),
                kind = kind.key()
            ))
            .hint(tr!("import-columns", columns = column_list(kind))));
        };
        if at.insert(column, i).is_some() {
            return Err(Error::data(tr!("import-column-twice", file = path.display().to_string(), column = column)));
        }
    }
    let missing: Vec<&str> =
        known.iter().filter(|(c, required)| *required && !at.contains_key(c)).map(|(c, _)| *c).collect();
    if !missing.is_empty() {
        return Err(Error::data(tr!(
            "import-missing-columns",
            file = path.display().to_string(),
            count = missing.len(),
            columns = missing.join(", ")
        ))
        .hint(tr!("import-columns", columns = column_list(kind))));
    }
    let width = header.len();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(csv_error)?;
        let line = record.position().map_or(0, |p| line_at(p.byte()));
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if rows.len() == MAX_ROWS {
            return Err(Error::data(tr!(
                "import-too-many-rows",
                file = path.display().to_string(),
                line = line,
                rows = MAX_ROWS
            ))
            .hint(tr!("import-split-hint")));
        }
        if record.len() > width && record.iter().skip(width).any(|c| !c.trim().is_empty()) {
            return Err(Error::data(tr!(
                "import-too-many-cells",
                file = path.display().to_string(),
                line = line,
                cells = record.len(),
                columns = width
            ))
            .hint(tr!("import-too-many-cells-hint")));
        }
        rows.push(Row { line, cells: record.iter().map(str::to_string).collect() });
    }
    Ok((Columns { at }, rows))
}

fn column_list(kind: Kind) -> String {
    let names: Vec<String> =
        kind.columns().iter().map(|(c, required)| if *required { format!("{c}*") } else { c.to_string() }).collect();
    format!("{} {}", names.join(", "), tr!("import-required-mark"))
}

/// A required cell (its absence reported), parsed.
fn required<'r>(cols: &Columns, row: &'r Row, column: &'static str, report: &mut Report) -> Option<&'r str> {
    let v = cols.get(row, column);
    if v.is_none() {
        report.error(row.line, column, tr!("import-cell-empty"));
    }
    v
}

/// Parses a cell with `parse`, reporting the error under the column's name.
fn parse<T, E: std::fmt::Display>(
    row: &Row,
    column: &'static str,
    value: Option<&str>,
    report: &mut Report,
    parse: impl FnOnce(&str) -> std::result::Result<T, E>,
) -> Option<T> {
    match parse(value?) {
        Ok(v) => Some(v),
        Err(e) => {
            report.error(row.line, column, e);
            None
        }
    }
}

/// The English word of a Latvian answer or role as the programme's sheets write them (`jā`,
/// `daļēji`, `nē`; `vecāks`, `bērns`, …), compared without case or diacritics; other text as is.
fn latvian_word(s: &str) -> &str {
    match crate::model::fold(s.trim()).as_str() {
        "ja" => "yes",
        "daleji" => "partly",
        "ne" => "no",
        "berns" => "child",
        "vecaks" | "mate" | "tevs" => "parent",
        "audzuvecaks" | "audzugimene" | "audzumate" | "audzutevs" => "foster-parent",
        "aizbildnis" | "aizbildne" => "guardian",
        "pats" | "pati" => "self",
        "saņemejs" | "sanemejs" => "recipient",
        "lidzinieks" => "peer",
        _ => s,
    }
}

/// A reader that notes the byte offset of every line feed it passes on.
struct Lines<R> {
    inner: R,
    at: u64,
    newlines: std::rc::Rc<std::cell::RefCell<Vec<u64>>>,
}

impl<R: std::io::Read> std::io::Read for Lines<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut seen = self.newlines.borrow_mut();
        seen.extend(buf[..n].iter().enumerate().filter(|(_, b)| **b == b'\n').map(|(i, _)| self.at + i as u64));
        self.at += n as u64;
        Ok(n)
    }
}

/// A word of a closed list, with the list in the error.
/// An earlier record of a slot or answer: `line 4` of the file (its draft ID is `c-row4`), or
/// the ID of a record in the folder.
fn earlier(id: &str, draft: &str) -> String {
    match id.strip_prefix(draft) {
        Some(line) => tr!("import-line", line = line),
        None => id.to_string(),
    }
}

fn word<T: clap::ValueEnum + std::fmt::Display>(s: &str) -> std::result::Result<T, String> {
    T::from_str(latvian_word(s), true).map_err(|_| {
        let all: Vec<String> = T::value_variants().iter().map(ToString::to_string).collect();
        tr!("import-not-one-of", value = crate::model::shown(s), values = all.join(", "))
    })
}

fn text(column: &'static str) -> impl FnOnce(&str) -> std::result::Result<Text, String> {
    move |s| {
        let checked = if matches!(column, "expected" | "benefit" | "comment") {
            Text::new(column, s)
        } else if column == "name" {
            Text::name(column, s)
        } else {
            Text::line(column, s)
        };
        checked.map_err(|e| e.trim_start_matches(column).trim_start().to_string())
    }
}

/// A placeholder ID for a checked row, unique in the import, replaced when written.
fn placeholder(kind: RecordKind, line: u64) -> Id {
    Id::parse(&format!("{}-row{line}", kind.prefix())).expect("valid")
}

/// An error's message and hints on one line, without the leading field name (the report
/// names the column).
fn message(e: &Error, column: &str) -> String {
    let mut m = e.message.clone();
    // The column heads the row's line already, as typed or as people read it.
    for field in [column.to_string(), crate::model::kind::field_at(column)] {
        if let Some(rest) = m.strip_prefix(&format!("{field}: ")) {
            m = rest.to_string();
            break;
        }
    }
    for h in &e.hints {
        m.push_str(&format!(" ({h})"));
    }
    m
}

fn participants(
    store: &Store,
    cols: &Columns,
    rows: &[Row],
    report: &mut Report,
    bar: &ProgressBar,
) -> Result<Vec<Person>> {
    let groups = Index::new(store.load::<Group>()?, |g: &Group| g.name.as_str());
    let people: Vec<Person> = store.load()?;
    let today = Date::today();
    // (group, folded name) -> who holds it: an existing person, or a row of this file.
    let mut taken: HashMap<(Id, String), String> =
        people.iter().map(|p| ((p.group.clone(), fold(p.name.as_str())), format!("{} ({})", p.name, p.id))).collect();
    let mut out = Vec::new();
    for row in rows {
        bar.inc(1);
        let line = row.line;
        let before = report.errors;
        let name = parse(row, "name", required(cols, row, "name", report), report, text("name"));
        let group =
            required(cols, row, "group", report).and_then(|q| match groups.find("group", q, "group", |_| true) {
                Ok(g) => Some(g),
                Err(e) => {
                    report.error(line, "group", message(&e, "group"));
                    None
                }
            });
        let role = parse(row, "role", required(cols, row, "role", report), report, word::<Role>);
        let birth_date = parse(row, "birth_date", cols.get(row, "birth_date"), report, |s| {
            participant::parse_birth_date("birth_date", s).map_err(|e| message(&e, "birth_date"))
        });
        let stage = parse(row, "peer_stage", cols.get(row, "peer_stage"), report, word::<Stage>);
        let since = parse(row, "peer_since", cols.get(row, "peer_since"), report, |s| s.parse::<Date>());
        let purposes: Option<Vec<Purpose>> = parse(row, "consent", cols.get(row, "consent"), report, |s| {
            s.split([',', ' '])
                .filter(|w| !w.is_empty())
                .map(word::<Purpose>)
                .collect::<std::result::Result<Vec<_>, _>>()
        });
        let consent_by = parse(row, "consent_by", cols.get(row, "consent_by"), report, word::<GivenBy>);
        let consent_date =
            parse(row, "consent_date", cols.get(row, "consent_date"), report, |s| s.parse::<Date>()).unwrap_or(today);
        if since.is_some() && cols.get(row, "peer_stage").is_none() {
            report.error(line, "peer_since", tr!("import-since-without-stage"));
        }
        let (Some(name), Some(group), Some(role)) = (name, group, role) else {
            continue;
        };
        if report.errors > before {
            continue;
        }
        let key = (group.id.clone(), fold(name.as_str()));
        if let Some(who) = taken.get(&key) {
            report.error(
                line,
                "name",
                tr!("import-participant-twice", who = who.as_str(), group = group.name.as_str()),
            );
            continue;
        }
        let mut consent = Vec::new();
        if let Err(e) = super::consent::give(
            name.as_str(),
            role,
            &mut consent,
            &purposes.unwrap_or_default(),
            consent_by,
            consent_date,
        ) {
            report.error(line, "consent_by", message(&e, "consent_by"));
            continue;
        }
        let person = Person {
            id: placeholder(RecordKind::Person, line),
            name,
            group: group.id.clone(),
            role,
            birth_date,
            erased: None,
            name_hashes: Default::default(),
            peer: stage.map(|stage| PeerInfo::starting(stage, since.unwrap_or(today))),
            consent,
        };
        if !report.rules(line, rules::person(&person, Some(group))) {
            continue;
        }
        taken.insert(key, tr!("import-row-named", name = person.name.as_str(), line = line));
        out.push(person);
    }
    Ok(out)
}

/// The consultations of each day, read once when a row first needs that day, with the rows
/// already checked added.
struct Days<'s> {
    store: &'s Store,
    days: HashMap<Date, Vec<Consultation>>,
}

impl Days<'_> {
    fn of(&mut self, date: Date) -> Result<&mut Vec<Consultation>> {
        if !self.days.contains_key(&date) {
            let found: Vec<Consultation> = self.store.records_in(&day_dir(date))?;
            self.days.insert(date, found);
        }
        Ok(self.days.get_mut(&date).expect("just inserted"))
    }
}

fn consultations(
    store: &Store,
    cols: &Columns,
    rows: &[Row],
    report: &mut Report,
    bar: &ProgressBar,
) -> Result<Vec<Consultation>> {
    let people = Index::new(store.load::<Person>()?, |p: &Person| p.name.as_str());
    let groups: HashMap<Id, Group> = store.load::<Group>()?.into_iter().map(|g| (g.id.clone(), g)).collect();
    let mut days = Days { store, days: HashMap::new() };
    let mut out = Vec::new();
    for row in rows {
        bar.inc(1);
        let line = row.line;
        let before = report.errors;
        let peer = required(cols, row, "peer", report).and_then(|q| match people.find("peer", q, "person", |_| true) {
            Ok(p) => Some(p),
            Err(e) => {
                report.error(line, "peer", message(&e, "peer"));
                None
            }
        });
        let recipient = required(cols, row, "recipient", report).and_then(|q| {
            let prefer = |p: &Person| peer.is_some_and(|peer| p.group == peer.group);
            match people.find("recipient", q, "person", prefer) {
                Ok(p) => Some(p),
                Err(e) => {
                    report.error(line, "recipient", message(&e, "recipient"));
                    None
                }
            }
        });
        let date = parse(row, "date", required(cols, row, "date", report), report, |s| s.parse::<Date>());
        let time = parse(row, "time", required(cols, row, "time", report), report, |s| s.parse::<TimeRange>());
        let place = parse(row, "place", required(cols, row, "place", report), report, text("place"));
        let topic = parse(row, "topic", required(cols, row, "topic", report), report, text("topic"));
        let status = match cols.get(row, "status") {
            None => Some(Status::Held),
            Some(s) => parse(row, "status", Some(s), report, word::<Status>),
        };
        let (Some(peer), Some(recipient), Some(date), Some(time), Some(place), Some(topic), Some(status)) =
            (peer, recipient, date, time, place, topic, status)
        else {
            continue;
        };
        if report.errors > before {
            continue;
        }
        let c = Consultation {
            id: placeholder(RecordKind::Consultation, line),
            status,
            peer: peer.id.clone(),
            recipient: recipient.id.clone(),
            date,
            time,
            place,
            topic,
            reason: None,
        };
        let mut problems = rules::consultation(&c, Some(peer), Some(recipient));
        if let Some(group) = groups.get(&peer.group) {
            problems.extend(rules::consultation_timing(&c, group));
        }
        if store.config.consent.required {
            problems.extend(rules::consent(&c, peer, recipient));
        }
        if !report.rules(line, problems) {
            continue;
        }
        let day = days.of(date)?;
        if let Some(other) = consult::slot_taken(&c, day) {
            report.error(
                line,
                "date",
                tr!(
                    "import-slot-taken",
                    what = earlier(other.id.as_str(), "c-row"),
                    peer = peer.name.as_str(),
                    recipient = recipient.name.as_str(),
                    date = c.date.to_string(),
                    time = c.time.to_string(),
                    status = other.status.to_string()
                ),
            );
            continue;
        }
        let name = |id: &Id| if *id == peer.id { peer.name.to_string() } else { recipient.name.to_string() };
        let overlaps: Vec<_> = day.iter().filter_map(|o| rules::overlap(&c, o, &name)).collect();
        if !report.rules(line, overlaps) {
            continue;
        }
        day.push(c.clone());
        out.push(c);
    }
    Ok(out)
}

fn feedbacks(
    store: &Store,
    cols: &Columns,
    rows: &[Row],
    report: &mut Report,
    bar: &ProgressBar,
) -> Result<Vec<Feedback>> {
    let people = Index::new(store.load::<Person>()?, |p: &Person| p.name.as_str());
    let consultations = Index::new(store.load::<Consultation>()?, |c: &Consultation| c.id.as_str());
    let mut by_pair: HashMap<(&Id, &Id, Date), Vec<&Consultation>> = HashMap::new();
    for c in consultations.items() {
        by_pair.entry((&c.peer, &c.recipient, c.date)).or_default().push(c);
    }
    let mut existing: Vec<Feedback> = store.load()?;
    let mut out = Vec::new();
    for row in rows {
        bar.inc(1);
        let line = row.line;
        let before = report.errors;
        let covered = covered(cols, row, &people, &consultations, &by_pair, report);
        let from = parse(row, "from", required(cols, row, "from", report), report, word::<Source>);
        let expected = parse(row, "expected", required(cols, row, "expected", report), report, text("expected"));
        let met = parse(row, "met", required(cols, row, "met", report), report, word::<Met>);
        let benefit = parse(row, "benefit", required(cols, row, "benefit", report), report, text("benefit"));
        let comment = parse(row, "comment", cols.get(row, "comment"), report, text("comment"));
        let date = match cols.get(row, "date") {
            None => Some(Date::today()),
            Some(s) => parse(row, "date", Some(s), report, |s| s.parse::<Date>()),
        };
        let (Some(covered), Some(from), Some(expected), Some(met), Some(benefit), Some(date)) =
            (covered, from, expected, met, benefit, date)
        else {
            continue;
        };
        if report.errors > before {
            continue;
        }
        let f = Feedback {
            id: placeholder(RecordKind::Feedback, line),
            date,
            from,
            consultations: covered.iter().map(|c| c.id.clone()).collect(),
            expected,
            met,
            comment,
            benefit,
        };
        let refs: Vec<Option<&Consultation>> = covered.iter().map(|c| Some(*c)).collect();
        if !report.rules(line, rules::feedback(&f, &refs)) {
            continue;
        }
        let owned: Vec<Consultation> = covered.iter().map(|c| (*c).clone()).collect();
        if let Some(c) = feedback::held_later(&f, &owned) {
            report.error(
                line,
                "date",
                tr!(
                    "import-feedback-before",
                    date = f.date.to_string(),
                    id = c.id.to_string(),
                    held = c.date.to_string()
                ),
            );
            continue;
        }
        if let Some((other, c)) = feedback::duplicate(&f, &existing) {
            report.error(
                line,
                "consultation",
                tr!(
                    "import-feedback-twice",
                    what = earlier(other.id.as_str(), "f-row"),
                    from = f.from.to_string(),
                    id = c.to_string()
                ),
            );
            continue;
        }
        existing.push(f.clone());
        out.push(f);
    }
    Ok(out)
}

/// The consultations a feedback row is about: by ID in `consultation`, or found by peer,
/// recipient and date (and time when that is not enough).
fn covered<'a>(
    cols: &Columns,
    row: &Row,
    people: &Index<Person>,
    consultations: &'a Index<Consultation>,
    by_pair: &HashMap<(&Id, &Id, Date), Vec<&'a Consultation>>,
    report: &mut Report,
) -> Option<Vec<&'a Consultation>> {
    let line = row.line;
    if let Some(ids) = cols.get(row, "consultation") {
        let mut out: Vec<&Consultation> = Vec::new();
        let mut ok = true;
        for q in ids.split([' ', ',']).filter(|q| !q.is_empty()) {
            if RecordKind::of(q) != Some(RecordKind::Consultation) {
                report.error(line, "consultation", tr!("import-not-consultation-id", value = crate::model::shown(q)));
                ok = false;
                continue;
            }
            match consultations.find("consultation", q, "consultation", |_| true) {
                Ok(c) if out.iter().any(|x| x.id == c.id) => {}
                Ok(c) => out.push(c),
                Err(e) => {
                    report.error(line, "consultation", message(&e, "consultation"));
                    ok = false;
                }
            }
        }
        return ok.then_some(out);
    }
    let (Some(p), Some(r), Some(d)) =
        (cols.get(row, "peer"), cols.get(row, "recipient"), cols.get(row, "consultation_date"))
    else {
        report.error(line, "consultation", tr!("import-no-consultation"));
        return None;
    };
    let peer = match people.find("peer", p, "person", |_| true) {
        Ok(p) => p,
        Err(e) => {
            report.error(line, "peer", message(&e, "peer"));
            return None;
        }
    };
    let recipient = match people.find("recipient", r, "person", |x| x.group == peer.group) {
        Ok(r) => r,
        Err(e) => {
            report.error(line, "recipient", message(&e, "recipient"));
            return None;
        }
    };
    let date: Date = parse(row, "consultation_date", Some(d), report, |s| s.parse::<Date>())?;
    let time = match cols.get(row, "consultation_time") {
        None => None,
        Some(t) => Some(parse(row, "consultation_time", Some(t), report, |s| s.parse::<TimeRange>())?),
    };
    let found: &[&Consultation] = by_pair.get(&(&peer.id, &recipient.id, date)).map_or(&[], Vec::as_slice);
    match feedback::meeting(found, peer, recipient, date, time, "consultation_time") {
        Ok(c) => Some(vec![c]),
        Err(e) => {
            report.error(line, "consultation", e);
            None
        }
    }
}

/// Writes the checked records in one transaction (all or none of them); returns their IDs in
/// row order.
fn write<T: Record>(ctx: &Ctx, store: &Store, checked: &[T], reid: impl Fn(&T, Id) -> T) -> Result<Vec<Id>> {
    let mut tx = store.begin();
    let mut ids = Vec::with_capacity(checked.len());
    for draft in checked {
        ids.push(tx.create(|id| reid(draft, id))?.id().clone());
    }
    let bar = progress(ctx, checked.len() as u64, "writing");
    let written = tx.commit_with(|| bar.inc(1));
    bar.finish_and_clear();
    written?;
    Ok(ids)
}

/// Rows of a colleague-support kind, from its description: each cell parsed as the field's
/// type (references by ID, ID prefix or name), the record checked with its kind's rules and
/// uniqueness, against the folder and the rows before it.
fn described<T: crate::model::Kind + IntoAny>(
    store: &Store,
    spec: &'static KindSpec,
    cols: &Columns,
    rows: &[Row],
    report: &mut Report,
    bar: &ProgressBar,
) -> Result<Vec<AnyRecord>> {
    let mut out: Vec<AnyRecord> = Vec::new();
    let mut keys: Vec<(usize, String)> = Vec::new();
    for row in rows {
        bar.inc(1);
        let before = report.errors;
        let mut table = toml::Table::new();
        table.insert("id".into(), toml::Value::String(placeholder(spec.kind, row.line).to_string()));
        for f in importable(spec) {
            let cell = cols.get(row, f.key()).unwrap_or(if f.ty == Ty::Flag { "no" } else { "" });
            let mut resolve =
                |k: RecordKind, q: &str| record::resolve(store, f.key(), k, q).map_err(|e| message(&e, f.key()));
            match kind::parse_value(f, cell, &mut resolve) {
                Ok(v) => kind::set_value(&mut table, f.path, v),
                Err(e) => report.error(row.line, f.key(), e.trim_start_matches(&format!("{}: ", f.key()))),
            }
        }
        if report.errors > before {
            continue;
        }
        let r: T = match kind::from_table(table) {
            Ok(r) => r,
            Err(e) => {
                report.error(row.line, spec.name, e);
                continue;
            }
        };
        if !report.rules(row.line, record::problems(store, &r, &out)?) {
            continue;
        }
        let mine = r.unique_keys();
        if let Some((rule, _)) = mine.iter().find(|k| keys.contains(k)) {
            report.error(
                row.line,
                spec.unique[*rule].at,
                tr!("import-earlier-row", fields = spec.unique[*rule].fields.join(", ")),
            );
            continue;
        }
        keys.extend(mine);
        out.push(r.into_any());
    }
    Ok(out)
}

/// Training sessions: each row adds one to a support person's ledger, checked as
/// `support train` checks it.
fn training(
    store: &Store,
    cols: &Columns,
    rows: &[Row],
    report: &mut Report,
    bar: &ProgressBar,
) -> Result<Vec<Supporter>> {
    use crate::model::colleague::{Hours, TrainingSession};
    let mut changed: Vec<Supporter> = Vec::new();
    for row in rows {
        bar.inc(1);
        let who = required(cols, row, "supporter", report).and_then(|q| {
            match record::resolve(store, "supporter", RecordKind::Supporter, q) {
                Ok(id) => Some(id),
                Err(e) => {
                    report.error(row.line, "supporter", message(&e, "supporter"));
                    None
                }
            }
        });
        let date = parse(row, "date", required(cols, row, "date", report), report, |s| s.parse::<Date>());
        let hours = parse(row, "hours", required(cols, row, "hours", report), report, |s| s.parse::<Hours>());
        let (Some(who), Some(date), Some(hours)) = (who, date, hours) else { continue };
        let mut s = match changed.iter().position(|s| s.id == who) {
            Some(i) => changed.remove(i),
            None => record::find::<Supporter>(store, "supporter", who.as_str())?.0,
        };
        if let Some(e) = &s.ended {
            let ended =
                tr!("import-supporter-ended", name = s.name.as_str(), id = s.id.to_string(), date = e.date.to_string());
            report.error(row.line, "supporter", ended);
            changed.push(s);
            continue;
        }
        let kept = s.clone();
        s.training.push(TrainingSession { date, hours });
        s.training.sort_by_key(|t| t.date);
        let problems: Vec<rules::Problem> =
            record::problems(store, &s, &[])?.into_iter().filter(|p| p.severity == rules::Severity::Error).collect();
        changed.push(if report.rules(row.line, problems) { s } else { kept });
    }
    Ok(changed)
}

/// Writes new records of any kind in one transaction; their IDs in row order.
fn write_any(ctx: &Ctx, store: &Store, checked: &[AnyRecord]) -> Result<Vec<Id>> {
    let mut tx = store.begin();
    let mut ids = Vec::with_capacity(checked.len());
    for draft in checked {
        macro_rules! create {
            ($($v:ident),+) => {
                match draft {
                    $(AnyRecord::$v(r) => tx.create(|id| { let mut x = r.clone(); x.id = id; x })?.id.clone(),)+
                }
            };
        }
        ids.push(create!(
            Group,
            Person,
            Consultation,
            Feedback,
            Unit,
            Supporter,
            Psychologist,
            Supervision,
            Contact,
            Incident,
            Referral
        ));
    }
    let bar = progress(ctx, checked.len() as u64, "writing");
    let written = tx.commit_with(|| bar.inc(1));
    bar.finish_and_clear();
    written?;
    Ok(ids)
}
