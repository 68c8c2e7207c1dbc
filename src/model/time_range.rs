//! The time span of a consultation, `16:00-17:00`, which cannot end before it starts.

use chrono::{NaiveTime, Timelike};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A start and an end time on one day; the end is always after the start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeRange {
    start: NaiveTime,
    end: NaiveTime,
}

impl TimeRange {
    pub fn start(&self) -> NaiveTime {
        self.start
    }

    pub fn end(&self) -> NaiveTime {
        self.end
    }
}

/// `%H:%M` as chrono's format items, made once rather than parsed from a format string for
/// every time a loaded folder holds.
const HOUR_MINUTE: [chrono::format::Item<'static>; 3] = {
    use chrono::format::{Item, Numeric, Pad};
    [Item::Numeric(Numeric::Hour, Pad::Zero), Item::Literal(":"), Item::Numeric(Numeric::Minute, Pad::Zero)]
};

impl FromStr for TimeRange {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let shape = || {
            // A single short word is repeated (`4pm`); longer text may be about a person.
            if s.chars().count() <= 20 && !s.contains(char::is_whitespace) {
                tr!("time-shape", value = s)
            } else {
                tr!("time-shape-hidden")
            }
        };
        // An en or em dash, as word processors and phones type it, is a dash too.
        let (a, b) = s.split_once(['-', '–', '—']).ok_or_else(shape)?;
        let parse = |t: &str| {
            let mut parsed = chrono::format::Parsed::new();
            chrono::format::parse(&mut parsed, t.trim(), HOUR_MINUTE.iter())
                .and_then(|()| parsed.to_naive_time())
                .map_err(|_| shape())
        };
        let (start, end) = (parse(a)?, parse(b)?);
        if end <= start {
            return Err(if end == start { tr!("time-equal", value = s) } else { tr!("time-reversed", value = s) });
        }
        Ok(TimeRange { start, end })
    }
}

impl fmt::Display for TimeRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `%H:%M` by hand: chrono's `format` parses its format string on every call.
        let (a, b) = (self.start, self.end);
        write!(f, "{:02}:{:02}-{:02}:{:02}", a.hour(), a.minute(), b.hour(), b.minute())
    }
}

impl Serialize for TimeRange {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TimeRange {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveTime;

    /// The prebuilt format items accept exactly what `parse_from_str(_, "%H:%M")` accepts.
    #[test]
    fn same_times_as_the_format_string() {
        let samples = [
            "16:00", "9:00", "09:05", "0:0", "23:59", "24:00", "16:60", "16:5", "16:005", "16", "16:00:00", "1600",
            "16.00", "+16:00", " 16:00", "16 :00", "16: 00", "", ":", "٣:٠٠", "16:00x",
        ];
        for s in samples {
            let old = NaiveTime::parse_from_str(s.trim(), "%H:%M").ok();
            let new = format!("{s}-23:59:59x").parse::<TimeRange>().ok();
            assert!(new.is_none(), "{s}");
            let new = format!("{s}-23:59").parse::<TimeRange>().ok().map(|r| r.start());
            let old = old.filter(|t| *t < NaiveTime::from_hms_opt(23, 59, 0).unwrap());
            assert_eq!(old, new, "{s:?}");
        }
    }
}
