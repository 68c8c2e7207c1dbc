//! `peerlog report programme`: the colleague-support programme's statistics per unit and
//! quarter, in a table, CSV, JSON or an Excel workbook, with small counts masked.

use super::course;
use crate::commands::Ctx;
use crate::error::{Error, Result};
use crate::model::Date;
use crate::output::{self, Format, OutputArgs, Rows};
use crate::programmes::colleague::folder::ColleagueFolder;
use crate::programmes::colleague::report::{self as programme, COLUMNS, Cell, Row, SECTIONS};
use crate::report::Period;
use serde::Serialize;

/// The report's period and format.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The period; without a flag, from the first record to the last.
    #[command(flatten)]
    pub period: crate::commands::period::PeriodArgs,
    /// Make the report even though small_cell_threshold in peerlog.toml is below 3, so that
    /// counts of 1 or 2 show (only for a reader who may see them).
    #[arg(long)]
    pub allow_small_counts: bool,
    /// The table has one line per unit and quarter with zero counts left out; CSV and XLSX one
    /// column per count; JSON the rows, a masked count the string "<3".
    #[command(flatten)]
    pub out: OutputArgs,
}

/// One row as JSON.
#[derive(Serialize)]
struct JsonRow<'a> {
    quarter: String,
    from: String,
    to: String,
    unit: &'a str,
    unit_name: &'a str,
    service: &'a str,
    region: &'a str,
    #[serde(flatten)]
    counts: Counts,
}

/// The counts of a row, keyed by column, in the columns' order.
struct Counts(Vec<Cell>);

impl Serialize for Counts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, c) in COLUMNS.iter().zip(&self.0) {
            map.serialize_entry(k, c)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct JsonReport<'a> {
    from: Option<String>,
    to: Option<String>,
    small_cell_threshold: u32,
    rows: Vec<JsonRow<'a>>,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    let Period { from, to } = a.period.period()?;
    let target = a.out.target(Format::Table, &crate::commands::report::REPORT_FORMATS)?;
    let store = ctx.store()?;
    let folder = ColleagueFolder::load(&store)?;
    let settings = store.config.colleague();
    let threshold = settings.small_cell_threshold;
    masking(ctx, threshold, a.allow_small_counts)?;
    let programme::Report { first, last, rows } = programme::report(&folder, course(&store), from, to)?;
    if folder.units.is_empty() {
        ctx.note(tr!("colleague-report-no-units"));
    }
    let cells = |r: &Row| -> Vec<Cell> { r.values.iter().map(|n| Cell::of(*n, threshold)).collect() };
    let bytes = match target.format {
        Format::Json => {
            let report = JsonReport {
                from: first.map(|d| d.to_string()),
                to: last.map(|d| d.to_string()),
                small_cell_threshold: threshold,
                rows: rows
                    .iter()
                    .map(|r| JsonRow {
                        quarter: r.quarter.to_string(),
                        from: r.from.to_string(),
                        to: r.to.to_string(),
                        unit: r.unit.id.as_str(),
                        unit_name: r.unit.name.as_str(),
                        service: r.unit.service.as_str(),
                        region: r.unit.region.as_str(),
                        counts: Counts(cells(r)),
                    })
                    .collect(),
            };
            output::json_bytes(&report)?
        }
        Format::Csv => output::csv_bytes(&wide(&rows, &cells), target.style)?,
        Format::Xlsx => xlsx(&rows, threshold, first, last, &cells)?,
        Format::Table => {
            if target.path.is_none() {
                ctx.note(format!("{}; {}", period_note(first, last), mask_note(threshold)));
            }
            output::emit(&target, &(), table(&rows, &cells), "Programme")?;
            crate::commands::report::wrote(ctx, &target);
            return Ok(());
        }
    };
    target.write(&bytes)?;
    crate::commands::report::wrote(ctx, &target);
    Ok(())
}

/// The columns of CSV and XLSX: the unit, then one column per count.
fn wide(rows: &[Row], cells: &dyn Fn(&Row) -> Vec<Cell>) -> Rows {
    let mut headers = vec!["quarter", "unit", "unit_name", "service", "region"];
    headers.extend(COLUMNS);
    let lines = rows
        .iter()
        .map(|r| {
            let mut line = vec![
                r.quarter.to_string(),
                r.unit.id.to_string(),
                r.unit.name.to_string(),
                r.unit.service.to_string(),
                r.unit.region.to_string(),
            ];
            line.extend(cells(r).iter().map(ToString::to_string));
            line
        })
        .collect();
    Rows::new(headers, lines)
}

/// How small counts are shown, in words.
fn mask_note(threshold: u32) -> String {
    tr!("colleague-report-mask", value = threshold, below = threshold.saturating_sub(1))
}

/// The period the report covers, in words.
fn period_note(from: Option<Date>, to: Option<Date>) -> String {
    match (from, to) {
        (Some(f), Some(t)) => tr!("colleague-report-period", from = f.to_string(), to = t.to_string()),
        _ => tr!("colleague-report-empty"),
    }
}

/// A count of the table with its short label (`trained 3`), in the current language; a
/// section of one count shows it alone, and one with nothing to count shows 0.
fn short(column: &str, cell: &Cell, alone: bool) -> String {
    if alone { cell.to_string() } else { tr!("colleague-report-short", column = column, count = cell.to_string()) }
}

fn table(rows: &[Row], cells: &dyn Fn(&Row) -> Vec<Cell>) -> Rows {
    let lines = rows
        .iter()
        .map(|r| {
            let c = cells(r);
            let mut line = vec![r.quarter.to_string(), r.unit.name.to_string()];
            for (_, range) in SECTIONS {
                let alone = range.len() == 1;
                let parts: Vec<String> =
                    range.filter(|&i| c[i] != Cell::Count(0)).map(|i| short(COLUMNS[i], &c[i], alone)).collect();
                // A section with nothing to count says 0, as CSV and JSON do.
                line.push(if parts.is_empty() { Cell::Count(0).to_string() } else { parts.join(", ") });
            }
            line
        })
        .collect();
    Rows::new(
        vec!["quarter", "unit", "support persons", "trained", "supervision", "contacts", "incidents", "referrals"],
        lines,
    )
}

fn xlsx(
    rows: &[Row],
    threshold: u32,
    from: Option<Date>,
    to: Option<Date>,
    cells: &dyn Fn(&Row) -> Vec<Cell>,
) -> Result<Vec<u8>> {
    use rust_xlsxwriter::Format;
    let err = |e: rust_xlsxwriter::XlsxError| {
        Error::data(tr!("colleague-report-workbook", error = crate::i18n::why::xlsx(&e)))
    };
    let mut book = output::workbook().map_err(err)?;
    let sheet = book.add_worksheet();
    sheet.set_name("Programme").map_err(err)?;
    let bold = Format::new().set_bold();
    sheet.write_string_with_format(0, 0, tr!("colleague-report-title"), &bold).map_err(err)?;
    sheet.write_string(1, 0, format!("{}. {}.", period_note(from, to), mask_note(threshold))).map_err(err)?;
    let mut header = vec!["quarter", "unit", "unit_name", "service", "region"];
    header.extend(COLUMNS);
    let top = 3u32;
    for (col, h) in header.iter().enumerate() {
        sheet.write_string_with_format(top, col as u16, *h, &bold).map_err(err)?;
        sheet.set_column_width(col as u16, if col < 5 { 18 } else { 12 }).map_err(err)?;
    }
    let right = Format::new().set_align(rust_xlsxwriter::FormatAlign::Right);
    for (i, r) in rows.iter().enumerate() {
        let row = top + 1 + i as u32;
        let texts = [
            r.quarter.to_string(),
            r.unit.id.to_string(),
            r.unit.name.to_string(),
            r.unit.service.to_string(),
            r.unit.region.to_string(),
        ];
        for (col, t) in texts.iter().enumerate() {
            sheet.write_string(row, col as u16, t).map_err(err)?;
        }
        for (j, c) in cells(r).iter().enumerate() {
            let col = (5 + j) as u16;
            match c {
                Cell::Count(n) => sheet.write_number(row, col, *n as f64).map_err(err)?,
                Cell::Masked(_) => sheet.write_string_with_format(row, col, c.to_string(), &right).map_err(err)?,
            };
        }
    }
    sheet.set_freeze_panes(top + 1, 2).map_err(err)?;
    book.save_to_buffer().map_err(err)
}

/// A masking threshold below 3 is refused unless `allowed` (`--allow-small-counts`), and then
/// warned about: `report programme` and `report overview` mask by it.
pub fn masking(ctx: &Ctx, threshold: u32, allowed: bool) -> Result<()> {
    let Some(p) = crate::model::colleague::rules::threshold(threshold) else { return Ok(()) };
    if !allowed {
        return Err(Error::data(format!("peerlog.toml: {}", p.message)).hint(tr!("masking-allow-hint")));
    }
    ctx.warn(tr!("masking-allowed", threshold = threshold));
    Ok(())
}
