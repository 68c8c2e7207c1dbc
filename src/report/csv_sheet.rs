//! CSV output of reports: RFC 4180 quoting by the csv crate, the spreadsheet-ready variant
//! (`--excel`), and neutralised formula-like cells.

use std::borrow::Cow;

/// How the CSV is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub delimiter: u8,
    /// Ends lines with CR LF instead of LF.
    pub crlf: bool,
    /// Starts the file with a UTF-8 byte order mark.
    pub bom: bool,
}

impl Style {
    /// Plain CSV for scripts: `,` and LF, no byte order mark.
    pub const PLAIN: Style = Style { delimiter: b',', crlf: false, bom: false };

    /// For a spreadsheet program with a Latvian (or other European) locale: UTF-8 with a byte
    /// order mark, `;` between cells (the comma is the decimal separator there), CR LF.
    pub const EXCEL: Style = Style { delimiter: b';', crlf: true, bom: true };
}

/// Parses a `--delimiter` value: one ASCII character (or `tab`) that is not a quote or a
/// line break.
pub fn delimiter(value: &str) -> Result<u8, String> {
    let byte = match value {
        "tab" | "\\t" | "\t" => b'\t',
        v if v.len() == 1 && v.is_ascii() => v.as_bytes()[0],
        v => {
            return Err(crate::tr!("csv-not-a-separator", value = crate::model::shown(v)));
        }
    };
    if matches!(byte, b'"' | b'\'' | b'\r' | b'\n') || byte.is_ascii_alphanumeric() {
        return Err(crate::tr!("csv-separator-in-cells", value = value));
    }
    Ok(byte)
}

/// The characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection).
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell safe to open in a spreadsheet: one that begins with a formula character gets a
/// single quote in front, so it shows as text and never runs; every other cell is unchanged,
/// and so is a lone `-` (the tables' "none"), which no spreadsheet reads as a formula.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) && cell != "-" { Cow::Owned(format!("'{cell}")) } else { Cow::Borrowed(cell) }
}

/// Writes rows of cells as CSV, each cell neutralised.
pub fn write<R, C>(rows: R, style: Style) -> Result<Vec<u8>, csv::Error>
where
    R: IntoIterator<Item = C>,
    C: IntoIterator,
    C::Item: AsRef<str>,
{
    let mut out = Vec::new();
    if style.bom {
        out.extend_from_slice("\u{feff}".as_bytes());
    }
    let mut w = csv::WriterBuilder::new()
        .delimiter(style.delimiter)
        .terminator(if style.crlf { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') })
        .from_writer(out);
    for row in rows {
        let cells: Vec<String> = row.into_iter().map(|c| neutralise(c.as_ref()).into_owned()).collect();
        w.write_record(&cells)?;
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_dangerous_first_character_is_neutralised() {
        assert_eq!(neutralise("=1+1"), "'=1+1");
        assert_eq!(neutralise("-2"), "'-2");
        assert_eq!(neutralise("-"), "-");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("\tx"), "'\tx");
        assert_eq!(neutralise("Rīga, 14.03.2025., 16:00-17:00"), "Rīga, 14.03.2025., 16:00-17:00");
        assert_eq!(neutralise("a=b"), "a=b");
        assert_eq!(neutralise(""), "");
    }

    #[test]
    fn delimiters() {
        assert_eq!(delimiter(";"), Ok(b';'));
        assert_eq!(delimiter("tab"), Ok(b'\t'));
        for bad in ["\"", "ab", "", "\n", "a", "ā"] {
            assert!(delimiter(bad).is_err(), "{bad:?}");
        }
    }
}
