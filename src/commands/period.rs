//! The period flags shared by reports and lists: --from/--to, --month, --quarter, --year.

use super::flags::{self, Quarter};
use crate::error::{Error, Result};
use crate::model::{Date, shown};
use crate::report::Period;

/// The days a report or a list covers; both ends are included. Without a flag, every day.
#[derive(Debug, Clone, clap::Args)]
pub struct PeriodArgs {
    /// From this day on (inclusive).
    #[arg(long, value_name = "DATE", conflicts_with_all = ["month", "quarter", "year"])]
    pub from: Option<Date>,
    /// Up to this day (inclusive).
    #[arg(long, value_name = "DATE", conflicts_with_all = ["month", "quarter", "year"])]
    pub to: Option<Date>,
    /// One calendar month, such as 2025-03.
    #[arg(long, value_name = "YYYY-MM", conflicts_with_all = ["quarter", "year"], value_parser = flags::month())]
    pub month: Option<Period>,
    /// One calendar quarter, such as 2025-Q1 (January to March), or 1 with --year.
    #[arg(long, value_name = "YYYY-QN", value_parser = flags::quarter())]
    pub quarter: Option<Quarter>,
    /// One calendar year, such as 2025 (or the year of --quarter).
    #[arg(long, value_name = "YYYY", value_parser = flags::year())]
    pub year: Option<Period>,
}

impl PeriodArgs {
    pub fn period(&self) -> Result<Period> {
        if let Some(m) = self.month {
            return Ok(m);
        }
        let year_of = |y: Period| y.from.map(|d| d.year().to_string()).unwrap_or_default();
        match &self.quarter {
            // A quarter's number alone takes its year from --year.
            Some(Quarter::Number(n, typed)) => {
                let year = self.year.ok_or_else(|| {
                    Error::usage(tr!("period-quarter-no-year", value = shown(typed), n = n.to_string()))
                })?;
                let q = format!("{:04}-Q{n}", year_of(year));
                Period::quarter(&q).map_err(|e| Error::data(format!("--quarter: {e}")))
            }
            Some(Quarter::Whole(quarter, typed)) => match (self.year, quarter.from) {
                (Some(y), Some(first)) if !y.contains(first) => {
                    Err(Error::usage(tr!("period-quarter-year", value = shown(typed), year = shown(&year_of(y)))))
                }
                _ => Ok(*quarter),
            },
            None => match self.year {
                Some(y) => Ok(y),
                None => Period::between(self.from, self.to).map_err(Error::data),
            },
        }
    }
}
