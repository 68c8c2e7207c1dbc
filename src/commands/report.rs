//! `peerlog report`: the ministry's Appendix 1 sheet and the programme summary.

use super::Ctx;
use super::period::PeriodArgs;
use crate::error::{Error, Result};
use crate::model::{Group, fold};
use crate::output::{self, Format, OutputArgs, Rows};
use crate::programmes::thematic::folder::Folder;
use crate::programmes::thematic::report::appendix1::{self, Names, Sheet};
use crate::programmes::thematic::report::summary;
use crate::report::csv_sheet::{self, Style};
use crate::report::xlsx;
use crate::store::Store;
use crate::store::config::ReportSettings;
use std::path::{Path, PathBuf};

/// Reports for the ministry and the programme.
#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// The Appendix 1 sheet (LĪDZINIEKU KONSULTĀCIJU UZSKAITES LAPA) of a group: its held
    /// consultations, as CSV (default), spreadsheet-ready CSV (--excel) or an XLSX workbook.
    #[command(after_help = "\
Cells that begin with = + - @, a tab or a carriage return get a ' in front in CSV, so no
spreadsheet runs them as a formula; XLSX stores every cell as text.

Examples:
  peerlog report appendix1 --group rigas --month 2025-03 > appendix1.csv
  peerlog report appendix1 --group rigas --quarter 2025-Q1 --excel --output riga-q1.csv
  peerlog report appendix1 --group rigas --year 2025 --format xlsx --output riga-2025.xlsx
  peerlog report appendix1 --all-groups --month 2025-03 --format xlsx --output-dir 2025-03/")]
    Appendix1(Appendix1Args),
    /// Colleague support: the programme's statistics per unit and quarter, small counts masked.
    #[command(
        after_help = "Examples:\n  peerlog report programme --quarter 2025-Q2\n  peerlog report programme --year 2025 --format xlsx --output programme-2025.xlsx"
    )]
    Programme(super::colleague::report::Args),
    /// The peer pipeline per group: peers per stage, criteria most observed, motivations.
    #[command(
        after_help = "Examples:\n  peerlog report pipeline --group rigas --format json\n  peerlog report pipeline --output pipeline.xlsx"
    )]
    Pipeline(PipelineArgs),
    /// Per group and month: consultations held, planned and cancelled, distinct peers and
    /// recipients (of held consultations), held consultations without recipient or peer
    /// feedback, and the recipients' "expectations met" answers (yes / partly / no).
    #[command(
        after_help = "Examples:\n  peerlog report summary --quarter 2025-Q1 --format csv\n  peerlog report summary --year 2025 --excel --output summary-2025.csv\n  peerlog report summary --year 2025 --output summary-2025.xlsx"
    )]
    Summary(SummaryArgs),
    /// One self-contained HTML page with charts and their numbers, for either programme.
    ///
    /// Thematic groups: consultations per group and month, feedback, the peer pipeline and the
    /// agenda. Colleague support: contacts, incidents, referrals, supervision and training per
    /// unit and quarter, small counts masked. No person is named; nothing is loaded from the
    /// network.
    #[command(after_help = "\
The numbers are those of report summary, report pipeline, agenda and report programme for the
same folder and period. The page needs no script and prints on A4.

Examples:
  peerlog report overview --quarter 2025-Q1 --output overview-2025-q1.html
  peerlog report overview --group rigas --pseudonymise -o - > rigas.html")]
    Overview(super::overview::Args),
}

/// The file format of the Appendix 1 sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SheetFormat {
    /// RFC 4180 CSV (default).
    Csv,
    /// An Excel workbook; needs --output or --output-dir.
    Xlsx,
}

#[derive(Debug, clap::Args)]
pub struct Appendix1Args {
    /// The group (ID, ID prefix or name); needed when the folder has several.
    #[arg(long, conflicts_with = "all_groups")]
    pub group: Option<String>,
    /// One sheet for every group, written to --output-dir with file names from the group names.
    #[arg(long, requires = "output_dir")]
    pub all_groups: bool,
    /// The folder for --all-groups (created if missing).
    #[arg(long, value_name = "DIR", requires = "all_groups", conflicts_with = "output")]
    pub output_dir: Option<PathBuf>,
    /// Write to FILE (atomically) instead of stdout; .xlsx picks --format xlsx.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace files that exist already.
    #[arg(long)]
    pub force: bool,
    /// Only the header row and the data rows, for scripts (no title, fields or project line).
    #[arg(long)]
    pub table_only: bool,
    /// csv or xlsx (default: csv, or xlsx when --output ends in .xlsx).
    #[arg(long, value_enum)]
    pub format: Option<SheetFormat>,
    /// CSV for a spreadsheet program with a Latvian locale: UTF-8 BOM, ';' between cells, CR LF.
    #[arg(long)]
    pub excel: bool,
    /// The CSV separator, one character such as ';' or ',' (or 'tab').
    #[arg(long, value_name = "CHAR")]
    pub delimiter: Option<String>,
    /// How peers and recipients are named: full, initials or codes (IDs).
    #[arg(long, value_enum, default_value_t)]
    pub names: Names,
    #[command(flatten)]
    pub period: PeriodArgs,
}

#[derive(Debug, clap::Args)]
pub struct SummaryArgs {
    /// Groups by their IDs instead of their names, for sharing outside the ministry channel.
    #[arg(long)]
    pub pseudonymise: bool,
    /// Only this group (ID, ID prefix or name); default: every group.
    #[arg(long)]
    pub group: Option<String>,
    #[command(flatten)]
    pub period: PeriodArgs,
    #[command(flatten)]
    pub out: OutputArgs,
}

#[derive(Debug, clap::Args)]
pub struct PipelineArgs {
    /// Only this group (ID, ID prefix or name).
    #[arg(long)]
    pub group: Option<String>,
    #[command(flatten)]
    pub out: OutputArgs,
}

/// The formats every report but Appendix 1 offers.
pub const REPORT_FORMATS: [Format; 4] = [Format::Table, Format::Csv, Format::Json, Format::Xlsx];

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<()> {
    match cmd {
        Cmd::Appendix1(a) => appendix1(ctx, a),
        Cmd::Pipeline(a) => pipeline(ctx, a),
        Cmd::Summary(a) => summary(ctx, a),
        Cmd::Programme(a) => super::colleague::report::run(ctx, a),
        Cmd::Overview(a) => super::overview::run(ctx, a),
    }
}

/// How a sheet is rendered to bytes.
struct Render<'a> {
    wording: &'a ReportSettings,
    table_only: bool,
    format: SheetFormat,
    style: Style,
}

impl Render<'_> {
    fn bytes(&self, sheet: &Sheet) -> Result<Vec<u8>> {
        let lines = sheet.lines(self.wording, self.table_only);
        match self.format {
            SheetFormat::Csv => csv_sheet::write(lines.iter().map(appendix1::Line::cells), self.style)
                .map_err(|e| Error::data(tr!("output-cannot-write", what = "csv", why = crate::i18n::why::csv(&e)))),
            SheetFormat::Xlsx => xlsx::write(&lines, &sheet.group)
                .map_err(|e| Error::data(tr!("output-cannot-write", what = "xlsx", why = crate::i18n::why::xlsx(&e)))),
        }
    }

    fn extension(&self) -> &'static str {
        match self.format {
            SheetFormat::Csv => "csv",
            SheetFormat::Xlsx => "xlsx",
        }
    }
}

fn appendix1(ctx: &Ctx, a: Appendix1Args) -> Result<()> {
    // clap's `requires` does not hold for these flags, so they are checked here.
    match (a.all_groups, a.output_dir.is_some()) {
        (true, false) => {
            return Err(Error::usage(tr!("report-all-groups")).hint(tr!("report-all-groups-hint")));
        }
        (false, true) => {
            return Err(Error::usage(tr!("report-output-dir")).hint(tr!("report-output-dir-hint")));
        }
        _ => {}
    }
    let period = a.period.period()?;
    let wanted = a.format.map(|f| match f {
        SheetFormat::Csv => Format::Csv,
        SheetFormat::Xlsx => Format::Xlsx,
    });
    let target =
        output::target(wanted, a.output.as_deref(), a.force, a.excel, Format::Csv, &[Format::Csv, Format::Xlsx])?;
    if a.output_dir.is_none() {
        target.check()?;
    }
    let format = if target.format == Format::Xlsx { SheetFormat::Xlsx } else { SheetFormat::Csv };
    let mut style = target.style;
    if let Some(d) = &a.delimiter {
        style.delimiter = csv_sheet::delimiter(d).map_err(|e| Error::data(format!("--delimiter: {e}")))?;
    }
    if format == SheetFormat::Xlsx && a.delimiter.is_some() {
        return Err(Error::usage(tr!("report-delimiter-xlsx")).hint(tr!("report-delimiter-xlsx-hint")));
    }
    let store = ctx.store()?;
    let folder = Folder::load(&store)?;
    let render = Render { wording: &store.config.report, table_only: a.table_only, format, style };
    let consent_required = store.config.consent.required;

    if let Some(dir) = &a.output_dir {
        let mut groups = folder.groups.clone();
        if groups.is_empty() {
            return Err(Error::data(tr!("report-no-groups")).hint(tr!("report-no-groups-hint")));
        }
        groups.sort_by(|a, b| (fold(a.name.as_str()), &a.id).cmp(&(fold(b.name.as_str()), &b.id)));
        let names = file_names(&groups, render.extension());
        let sheets = appendix1::build_many(&folder, &groups, period, a.names, consent_required)?;
        let mut files = Vec::new();
        for (sheet, name) in sheets.into_iter().zip(names) {
            files.push((dir.join(name), render.bytes(&sheet)?, sheet));
        }
        if !a.force {
            let existing: Vec<String> =
                files.iter().filter(|(p, ..)| p.exists()).map(|(p, ..)| p.display().to_string()).collect();
            if !existing.is_empty() {
                return Err(output::exists_error(&existing.join(", ")));
            }
        }
        // The folder for --all-groups is made when missing, as its help says.
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        for (path, bytes, sheet) in &files {
            output::write_file(path, bytes, a.force)?;
            note_unnamed(ctx, sheet);
            ctx.note(written(path, sheet));
        }
        return Ok(());
    }

    let group = pick_group(&store, &folder.groups, a.group.as_deref())?;
    let sheet = appendix1::build(&folder, &group, period, a.names, consent_required)?;
    // The process ends after printing: freeing a large folder's records one by one would only
    // add time (about 15 ms at 100,000 consultations).
    std::mem::forget(folder);
    let bytes = render.bytes(&sheet)?;
    note_unnamed(ctx, &sheet);
    target.write(&bytes)?;
    if let Some(path) = &target.path {
        ctx.note(written(path, &sheet));
    }
    Ok(())
}

/// Tells who is shown by initials for lack of consent.
fn note_unnamed(ctx: &Ctx, sheet: &Sheet) {
    if !sheet.unnamed.is_empty() {
        ctx.note(tr!("report-unnamed", group = sheet.group.to_string(), people = sheet.unnamed.join(", ")));
    }
}

fn written(path: &Path, sheet: &Sheet) -> String {
    let n = sheet.rows.len();
    tr!("report-written", path = path.display().to_string(), count = n, group = sheet.group.to_string())
}

/// One file name per group, from its name folded to ASCII (`rigas-vecaku-grupa.csv`); a name
/// two groups would share gets the group's ID added.
pub fn file_names(groups: &[Group], extension: &str) -> Vec<String> {
    let stems: Vec<String> = groups
        .iter()
        .map(|g| {
            let slug = slug(g.name.as_str());
            if slug.is_empty() { g.id.to_string() } else { slug }
        })
        .collect();
    stems
        .iter()
        .zip(groups)
        .map(|(stem, g)| {
            if stems.iter().filter(|s| *s == stem).count() > 1 {
                format!("{stem}-{}.{extension}", g.id)
            } else {
                format!("{stem}.{extension}")
            }
        })
        .collect()
}

/// Lower-case ASCII letters and digits, other characters turned into single dashes.
fn slug(name: &str) -> String {
    let folded: String = fold(name).chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
    folded.split('-').filter(|s| !s.is_empty()).collect::<Vec<_>>().join("-")
}

fn summary(ctx: &Ctx, a: SummaryArgs) -> Result<()> {
    let period = a.period.period()?;
    let target = a.out.target(Format::Table, &REPORT_FORMATS)?;
    let store = ctx.store()?;
    let folder = Folder::load(&store)?;
    let groups = match &a.group {
        Some(q) => vec![store.group("--group", q)?],
        None => {
            let mut all = folder.groups.clone();
            all.sort_by(|a, b| (fold(a.name.as_str()), &a.id).cmp(&(fold(b.name.as_str()), &b.id)));
            all
        }
    };
    let mut rows = summary::build(&folder, &groups, period)?;
    if a.pseudonymise {
        rows.iter_mut().for_each(|r| r.group = r.group_id.clone());
    }
    // The table leaves out the group ID; the other formats keep it.
    let table = if target.format == Format::Table {
        Rows::new(
            summary::TABLE_HEADERS.to_vec(),
            rows.iter()
                .map(|r| {
                    let mut cells = r.cells();
                    cells.remove(1);
                    cells
                })
                .collect(),
        )
    } else {
        Rows::new(summary::HEADERS.to_vec(), rows.iter().map(|r| r.cells()).collect())
    };
    output::emit(&target, &rows, table, "Summary")?;
    wrote(ctx, &target);
    Ok(())
}

/// "wrote FILE" on stderr after a report went to a file, as every report says it.
pub fn wrote(ctx: &Ctx, target: &output::Target) {
    if let Some(path) = &target.path {
        ctx.note(tr!("report-wrote", path = path.display().to_string()));
    }
}

/// The group a report is about: the one named, or the only one there is.
fn pick_group(store: &Store, groups: &[Group], query: Option<&str>) -> Result<Group> {
    match (query, groups) {
        (Some(q), _) => store.group("--group", q),
        (None, [only]) => Ok(only.clone()),
        (None, []) => Err(Error::data(tr!("report-no-groups")).hint(tr!("report-no-groups-hint"))),
        (None, many) => {
            let mut names: Vec<String> = many.iter().map(|g| format!("{} ({})", g.name, g.id)).collect();
            names.sort();
            Err(Error::usage(tr!("report-group-needed", count = many.len(), groups = names.join(", ")))
                .hint(tr!("report-group-needed-hint")))
        }
    }
}

fn pipeline(ctx: &Ctx, a: PipelineArgs) -> Result<()> {
    use crate::programmes::thematic::report::pipeline;
    let target = a.out.target(Format::Table, &REPORT_FORMATS)?;
    let store = ctx.store()?;
    let folder = Folder::load(&store)?;
    let only = a.group.map(|g| store.group("--group", &g)).transpose()?;
    let mut groups: Vec<&Group> = folder.groups.iter().filter(|g| only.as_ref().is_none_or(|o| o.id == g.id)).collect();
    groups.sort_by(|a, b| a.name.cmp(&b.name));
    let report = pipeline::build(&folder, &groups);
    let mut rows = pipeline::rows(&report);
    // CSV keeps the words scripts read; a table says what each list is in the people's language.
    if target.format == Format::Table {
        for row in &mut rows {
            row[1] = tr!("pipeline-what", key = row[1].as_str());
        }
    }
    output::emit(&target, &report, Rows::new(vec!["group", "what", "word", "count"], rows), "Pipeline")?;
    wrote(ctx, &target);
    Ok(())
}
