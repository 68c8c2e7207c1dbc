//! The period a report covers: `--from/--to`, `--month 2025-03`, `--quarter 2025-Q1` or
//! `--year 2025`, always a range of whole days with both ends included.

use crate::model::{Date, MAX_YEAR, MIN_YEAR, shown};
use chrono::{Datelike, NaiveDate};
use std::fmt;

/// An inclusive range of days; a `None` end is open.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Period {
    pub from: Option<Date>,
    pub to: Option<Date>,
}

impl Period {
    /// Every day there is.
    pub fn all() -> Period {
        Period::default()
    }

    /// `from` to `to`, both included; refuses a range that ends before it starts.
    pub fn between(from: Option<Date>, to: Option<Date>) -> Result<Period, String> {
        match (from, to) {
            (Some(f), Some(t)) if t < f => Err(tr!("period-to-before-from", to = t.to_string(), from = f.to_string())),
            _ => Ok(Period { from, to }),
        }
    }

    /// A calendar month: `2025-03`.
    pub fn month(s: &str) -> Result<Period, String> {
        let bad = || tr!("period-month", value = shown(s));
        let (y, m) = s.trim().split_once('-').ok_or_else(bad)?;
        let (year, month) = (number(y, 4).ok_or_else(bad)?, number(m, 2).ok_or_else(bad)?);
        let first = ymd(year, month, 1).ok_or_else(bad)?;
        Ok(Period::days(first, months_later(first, 1)))
    }

    /// A calendar quarter: `2025-Q1` or `2025Q1` (Q1 is January to March).
    pub fn quarter(s: &str) -> Result<Period, String> {
        let bad = || tr!("period-quarter", value = shown(s));
        let (y, q) = s.trim().split_once(['Q', 'q']).ok_or_else(bad)?;
        let y = y.strip_suffix('-').unwrap_or(y);
        let (year, quarter) = (number(y, 4).ok_or_else(bad)?, number(q, 1).ok_or_else(bad)?);
        if !(1..=4).contains(&quarter) {
            return Err(bad());
        }
        let first = ymd(year, (quarter - 1) * 3 + 1, 1).ok_or_else(bad)?;
        Ok(Period::days(first, months_later(first, 3)))
    }

    /// A calendar year: `2025`.
    pub fn year(s: &str) -> Result<Period, String> {
        let bad = || tr!("period-year", value = shown(s));
        let year = number(s.trim(), 4).ok_or_else(bad)?;
        let first = ymd(year, 1, 1).ok_or_else(bad)?;
        Ok(Period::days(first, months_later(first, 12)))
    }

    /// `first` up to the day before `next`.
    fn days(first: NaiveDate, next: Option<NaiveDate>) -> Period {
        Period { from: Some(Date(first)), to: next.and_then(|n| n.pred_opt()).map(Date) }
    }

    pub fn contains(&self, d: Date) -> bool {
        self.from.is_none_or(|f| d >= f) && self.to.is_none_or(|t| d <= t)
    }
}

impl fmt::Display for Period {
    /// `2025-03-01..2025-03-31`, with an open end left empty.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let end = |d: Option<Date>| d.map(|d| d.iso()).unwrap_or_default();
        write!(f, "{}..{}", end(self.from), end(self.to))
    }
}

/// A number of exactly `digits` ASCII digits.
fn number(s: &str, digits: usize) -> Option<u32> {
    (s.len() == digits && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

/// The day, if the calendar has it and its year is one a record's date may have.
fn ymd(year: u32, month: u32, day: u32) -> Option<NaiveDate> {
    let year = i32::try_from(year).ok().filter(|y| (MIN_YEAR..=MAX_YEAR).contains(y))?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// The first day `n` months after `first` (a first of a month), if the calendar has it.
fn months_later(first: NaiveDate, n: u32) -> Option<NaiveDate> {
    let index = first.year() * 12 + first.month0() as i32 + n as i32;
    NaiveDate::from_ymd_opt(index.div_euclid(12), index.rem_euclid(12) as u32 + 1, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn months_quarters_and_years_cover_whole_days() {
        let feb = Period::month("2024-02").unwrap();
        assert_eq!((feb.from, feb.to), (Some(d("2024-02-01")), Some(d("2024-02-29"))));
        let dec = Period::month("2025-12").unwrap();
        assert_eq!(dec.to, Some(d("2025-12-31")));
        let q4 = Period::quarter("2025-q4").unwrap();
        assert_eq!((q4.from, q4.to), (Some(d("2025-10-01")), Some(d("2025-12-31"))));
        let y = Period::year("2025").unwrap();
        assert_eq!((y.from, y.to), (Some(d("2025-01-01")), Some(d("2025-12-31"))));
        assert!(y.contains(d("2025-12-31")) && !y.contains(d("2026-01-01")));
    }

    #[test]
    fn bad_periods_are_refused() {
        for bad in ["0000-01", "2101-01", "2025-13", "2025-3", "25-03", "2025", "2025-00", "march"] {
            assert!(Period::month(bad).is_err(), "{bad}");
        }
        assert_eq!(Period::quarter("2025Q1"), Period::quarter("2025-Q1"));
        for bad in ["0000-Q1", "2101-Q4", "2025-Q0", "2025-Q5", "2025-1", "2025--Q1", "2025-Q", "Q1"] {
            assert!(Period::quarter(bad).is_err(), "{bad}");
        }
        // Years outside those a record's date may have (1900 to 2100) are typos.
        for bad in ["25", "20255", "two", "-202", "0000", "1899", "2101"] {
            assert!(Period::year(bad).is_err(), "{bad}");
        }
        assert!(Period::between(Some(d("2025-03-02")), Some(d("2025-03-01"))).is_err());
        assert!(Period::between(Some(d("2025-03-01")), Some(d("2025-03-01"))).is_ok());
    }
}
