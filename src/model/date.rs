//! Calendar dates: parsed from the forms coordinators type, stored as native TOML dates.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A calendar date. Accepts `2025-03-14`, `14.03.2025` and `14.03.2025.`;
/// stored in TOML as a native date (`2025-03-14`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

impl Date {
    /// Today, in local time.
    pub fn today() -> Date {
        Date(chrono::Local::now().date_naive())
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    pub fn month(self) -> u32 {
        self.0.month()
    }

    /// The Latvian form used in the ministry sheet: `14.03.2025.`
    pub fn latvian(self) -> String {
        self.0.format("%d.%m.%Y.").to_string()
    }

    /// ISO 8601: `2025-03-14`.
    pub fn iso(self) -> String {
        // chrono's Display is ISO 8601 and, unlike `format`, parses no format string per call.
        self.0.to_string()
    }

    /// Whole years from `self` (a birth date) to `on`.
    pub fn years_until(self, on: Date) -> i32 {
        on.0.years_since(self.0).map_or(-1, |y| y as i32)
    }
}

/// The years a record's date may fall in: anything else is a typo.
pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2100;

impl FromStr for Date {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        match s.to_lowercase().as_str() {
            "today" | "šodien" => return Ok(Date::today()),
            "yesterday" | "vakar" => return Ok(Date(Date::today().0 - chrono::Days::new(1))),
            _ => {}
        }
        // `15-10-25` is a day typed with dashes, not the year 15.
        let short_iso_year = !s.contains('.') && s.split('-').next().is_some_and(|y| !y.is_empty() && y.len() < 4);
        if short_iso_year {
            return Err(not_a_date(s));
        }
        let formats: &[&str] = if s.contains('.') { &["%d.%m.%Y.", "%d.%m.%Y"] } else { &["%Y-%m-%d"] };
        for f in formats {
            if let Ok(d) = NaiveDate::parse_from_str(s, f) {
                let short_year =
                    s.contains('.') && s.trim_end_matches('.').rsplit('.').next().is_some_and(|y| y.len() == 2);
                if short_year {
                    return Err(not_a_date(s));
                }
                if s.starts_with(['+', '-']) || !(MIN_YEAR..=MAX_YEAR).contains(&d.year()) {
                    return Err(tr!("date-years", value = s, min = MIN_YEAR.to_string(), max = MAX_YEAR.to_string()));
                }
                return Ok(Date(d));
            }
        }
        Err(not_a_date(s))
    }
}

/// Why `s` is not a date, with the day it most likely means when it looks like one (a two-digit
/// year, slashes or dashes between day, month and year). Text that does not look like a date is
/// not repeated: it may be free text typed in the wrong place.
fn not_a_date(s: &str) -> String {
    let looks_like = s.len() <= 12 && s.bytes().all(|b| b.is_ascii_digit() || b"./- ".contains(&b));
    if !looks_like {
        // A single short word is repeated (`someday`); longer text may be about a person.
        return if s.chars().count() <= 20 && !s.contains(char::is_whitespace) {
            tr!("date-shape", value = s)
        } else {
            tr!("date-shape-hidden")
        };
    }
    let parts: Vec<&str> = s.trim_end_matches('.').split(['.', '-', '/', ' ']).collect();
    let nums: Option<Vec<u32>> = parts.iter().map(|p| p.parse::<u32>().ok().filter(|_| !p.is_empty())).collect();
    let meant = match (nums.as_deref(), parts.first().map(|p| p.len())) {
        (Some(&[y, m, d]), Some(4)) => NaiveDate::from_ymd_opt(y as i32, m, d),
        (Some(&[d, m, y]), _) if y < 100 => NaiveDate::from_ymd_opt(2000 + y as i32, m, d),
        (Some(&[d, m, y]), _) => NaiveDate::from_ymd_opt(y as i32, m, d),
        _ => None,
    };
    match meant.filter(|d| (MIN_YEAR..=MAX_YEAR).contains(&d.year())) {
        Some(d) => tr!("date-meant", value = s, meant = d.format("%d.%m.%Y").to_string()),
        None if nums.as_ref().is_some_and(|n| n.len() == 3) => {
            tr!("date-no-day", value = s)
        }
        None => tr!("date-shape", value = s),
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl Serialize for Date {
    /// Always a native TOML date; JSON output converts it to an ISO string (see `output::json`).
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        toml::value::Datetime::from(toml::value::Date {
            year: self.0.year() as u16,
            month: self.0.month() as u8,
            day: self.0.day() as u8,
        })
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Date {
    /// A native TOML date, or text in one of the forms [`FromStr`] accepts (hand-edited files).
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(DateVisitor)
    }
}

/// Takes a TOML date (which serde sees as a map) or a string, without buffering the value as
/// an untagged enum would: loading a large folder reads hundreds of thousands of dates.
struct DateVisitor;

impl<'de> serde::de::Visitor<'de> for DateVisitor {
    type Value = Date;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&crate::tr!("date-expected-shape"))
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Date, E> {
        if matches!(text.trim().to_lowercase().as_str(), "today" | "yesterday" | "šodien" | "vakar") {
            return Err(E::custom(crate::tr!("date-word-in-file")));
        }
        text.parse().map_err(E::custom)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Date, A::Error> {
        use serde::de::Error;
        let dt = toml::value::Datetime::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
        match (dt.date, dt.time, dt.offset) {
            (Some(date), None, None) => NaiveDate::from_ymd_opt(date.year.into(), date.month.into(), date.day.into())
                .ok_or_else(|| A::Error::custom(tr!("date-no-day", value = dt.to_string())))
                .and_then(|d| {
                    if (MIN_YEAR..=MAX_YEAR).contains(&d.year()) {
                        Ok(Date(d))
                    } else {
                        Err(A::Error::custom(tr!(
                            "date-out-of-range",
                            value = dt.to_string(),
                            min = MIN_YEAR.to_string(),
                            max = MAX_YEAR.to_string()
                        )))
                    }
                }),
            _ => Err(A::Error::custom(tr!("date-expected", value = dt.to_string()))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn honest_typing_is_read_or_explained() {
        assert_eq!("today".parse::<Date>().unwrap(), Date::today());
        assert!("yesterday".parse::<Date>().unwrap() < Date::today());
        let short = "15.10.25".parse::<Date>().unwrap_err();
        assert!(short.contains("did you mean 15.10.2025") && short.contains("2025-03-14"), "{short}");
        let dashes = "15-10-2025".parse::<Date>().unwrap_err();
        assert!(dashes.contains("did you mean 15.10.2025"), "{dashes}");
        let short_dashes = "15-10-25".parse::<Date>().unwrap_err();
        assert!(short_dashes.contains("did you mean 15.10.2025"), "{short_dashes}");
        assert!("2025/10/15".parse::<Date>().unwrap_err().contains("did you mean 15.10.2025"));
        assert!("31.02.2025".parse::<Date>().unwrap_err().contains("not a day of the calendar"));
        let text = "Dēls atkal lietoja".parse::<Date>().unwrap_err();
        assert!(!text.contains("Dēls"), "{text}");
    }
}
