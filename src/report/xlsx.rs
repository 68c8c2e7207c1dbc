//! The Appendix 1 sheet as an Excel workbook: the preamble, a bold wrapped header that stays
//! in view when scrolling, sensible column widths, and every cell written as text (so a cell
//! that looks like a formula or a number stays exactly what was recorded).

use crate::programmes::thematic::report::appendix1::{HEADERS, Line};
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Worksheet, XlsxError};

/// Column widths in characters, for the six columns.
pub const WIDTHS: [f64; 6] = [8.0, 24.0, 26.0, 34.0, 30.0, 70.0];

/// The last column, zero-based.
const LAST: u16 = HEADERS.len() as u16 - 1;

/// The workbook bytes of one sheet named after `sheet_name`.
pub fn write(lines: &[Line], sheet_name: &str) -> Result<Vec<u8>, XlsxError> {
    let mut book = crate::output::workbook()?;
    let ws = book.add_worksheet();
    ws.set_name(safe_sheet_name(sheet_name))?;
    for (col, width) in (0..).zip(WIDTHS) {
        ws.set_column_width(col, width)?;
    }
    ws.set_landscape().set_paper_size(9).set_print_fit_to_pages(1, 0);

    let text = Format::new().set_num_format("@");
    let cell = text.clone().set_text_wrap().set_align(FormatAlign::Top).set_border(FormatBorder::Thin);
    let header = cell.clone().set_bold();
    let title = text.clone().set_bold().set_font_size(12).set_align(FormatAlign::Center);
    let right = text.clone().set_align(FormatAlign::Right);
    let label = text.clone().set_bold();
    let paragraph = text.clone().set_text_wrap().set_align(FormatAlign::Top);

    for (row, line) in (0u32..).zip(lines) {
        match line {
            Line::Appendix(s) => merged(ws, row, 0, s, &right)?,
            Line::Title(s) => merged(ws, row, 0, s, &title)?,
            Line::Contract(s) | Line::Project(s) => {
                merged(ws, row, 0, s, &paragraph)?;
                ws.set_row_height(row, height(wrapped_lines(s, WIDTHS.iter().sum())))?;
            }
            Line::Field(name, value) => {
                ws.merge_range(row, 0, row, 2, name, &label)?;
                merged(ws, row, 3, value, &text)?;
            }
            Line::Blank => {}
            Line::Header => {
                for (col, h) in (0..).zip(HEADERS) {
                    ws.write_string_with_format(row, col, h, &header)?;
                }
                ws.set_row_height(row, row_height(&HEADERS))?;
                // The header stays in view when scrolling and on every printed page.
                ws.set_freeze_panes(row + 1, 0)?;
                ws.set_repeat_rows(row, row)?;
            }
            Line::Row(cells) => {
                for (col, c) in (0..).zip(cells) {
                    ws.write_string_with_format(row, col, c, &cell)?;
                }
                ws.set_row_height(row, row_height(cells))?;
            }
        }
    }
    book.save_to_buffer()
}

/// Writes `s` across the columns from `first` to the last one.
fn merged(ws: &mut Worksheet, row: u32, first: u16, s: &str, format: &Format) -> Result<(), XlsxError> {
    if first == LAST {
        ws.write_string_with_format(row, first, s, format)?;
    } else {
        ws.merge_range(row, first, row, LAST, s, format)?;
    }
    Ok(())
}

/// About how many lines `s` takes wrapped in `width` characters. Spreadsheet programs do not
/// grow rows to fit wrapped text when they open a file, so the writer sets the heights.
fn wrapped_lines(s: &str, width: f64) -> usize {
    let usable = (width - 1.0).max(1.0);
    s.split('\n').map(|l| (l.chars().count() as f64 * 1.1 / usable).ceil().max(1.0) as usize).sum()
}

/// The height in points of `lines` lines of 11 point text.
fn height(lines: usize) -> f64 {
    15.0 * lines as f64 + 3.0
}

/// The height of a table row: its tallest cell.
fn row_height<S: AsRef<str>>(cells: &[S]) -> f64 {
    let lines = cells.iter().zip(WIDTHS).map(|(c, w)| wrapped_lines(c.as_ref(), w)).max().unwrap_or(1);
    height(lines)
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, no leading or
/// trailing apostrophe.
pub fn safe_sheet_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') && !c.is_control())
        .take(31)
        .collect();
    let cleaned = cleaned.trim().trim_matches('\'').trim();
    if cleaned.is_empty() || cleaned.eq_ignore_ascii_case("history") {
        "Pielikums 1".to_string()
    } else {
        cleaned.to_string()
    }
}
