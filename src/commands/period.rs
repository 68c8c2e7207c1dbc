//! The period flags shared by reports and lists: --from/--to, --month, --quarter, --year.

use super::parse_flag;
use crate::error::{Error, Result};
use crate::model::{Date, shown};
use crate::report::Period;

/// The days a report or a list covers; both ends are included. Without a flag, every day.
#[derive(Debug, Clone, clap::Args)]
pub struct PeriodArgs {
    /// From this day on (inclusive).
    #[arg(long, value_name = "DATE", conflicts_with_all = ["month", "quarter", "year"])]
    pub from: Option<String>,
    /// Up to this day (inclusive).
    #[arg(long, value_name = "DATE", conflicts_with_all = ["month", "quarter", "year"])]
    pub to: Option<String>,
    /// One calendar month, such as 2025-03.
    #[arg(long, value_name = "YYYY-MM", conflicts_with_all = ["quarter", "year"])]
    pub month: Option<String>,
    /// One calendar quarter, such as 2025-Q1 (January to March), or 1 with --year.
    #[arg(long, value_name = "YYYY-QN")]
    pub quarter: Option<String>,
    /// One calendar year, such as 2025 (or the year of --quarter).
    #[arg(long, value_name = "YYYY")]
    pub year: Option<String>,
}

impl PeriodArgs {
    pub fn period(&self) -> Result<Period> {
        let flag = |name: &str, r: Result<Period, String>| r.map_err(|e| Error::data(format!("{name}: {e}")));
        if let Some(m) = &self.month {
            return flag("--month", Period::month(m));
        }
        if let Some(q) = &self.quarter {
            let year = self.year.as_deref().map(|y| flag("--year", Period::year(y))).transpose()?;
            // A quarter's number alone takes its year from --year.
            let n = q.trim().trim_start_matches(['Q', 'q']);
            if n.len() == 1 && n.bytes().all(|b| b.is_ascii_digit()) {
                let year = year
                    .and_then(|y| y.from)
                    .ok_or_else(|| Error::usage(tr!("period-quarter-no-year", value = shown(q), n = n.to_string())))?;
                return flag("--quarter", Period::quarter(&format!("{:04}-Q{n}", year.year())));
            }
            let quarter = flag("--quarter", Period::quarter(q))?;
            if let (Some(y), Some(first)) = (year, quarter.from)
                && !y.contains(first)
            {
                let year = self.year.as_deref().unwrap_or_default();
                return Err(Error::usage(tr!("period-quarter-year", value = shown(q), year = shown(year))));
            }
            return Ok(quarter);
        }
        if let Some(y) = &self.year {
            return flag("--year", Period::year(y));
        }
        let from = self.from.as_deref().map(|d| parse_flag::<Date>("--from", d)).transpose()?;
        let to = self.to.as_deref().map(|d| parse_flag::<Date>("--to", d)).transpose()?;
        Period::between(from, to).map_err(Error::data)
    }
}
