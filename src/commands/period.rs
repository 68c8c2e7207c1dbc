//! The period flags shared by reports and lists: --from/--to, --month, --quarter, --year.

use super::parse_flag;
use crate::error::{Error, Result};
use crate::model::Date;
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
    /// One calendar quarter, such as 2025-Q1 (January to March).
    #[arg(long, value_name = "YYYY-QN", conflicts_with = "year")]
    pub quarter: Option<String>,
    /// One calendar year, such as 2025.
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
            return flag("--quarter", Period::quarter(q));
        }
        if let Some(y) = &self.year {
            return flag("--year", Period::year(y));
        }
        let from = self.from.as_deref().map(|d| parse_flag::<Date>("--from", d)).transpose()?;
        let to = self.to.as_deref().map(|d| parse_flag::<Date>("--to", d)).transpose()?;
        Period::between(from, to).map_err(Error::data)
    }
}
