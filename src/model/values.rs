//! Small value types of the field types [`super::kind::Ty`] names (used by the colleague-support
//! records): training hours, a moment (day and time), a phone number and a category word. Each
//! is checked once, where it is typed or read.

use crate::model::Date;
use chrono::{Datelike, NaiveTime, Timelike};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// The shortest training entry, in hours: a quarter of an hour.
pub const MIN_HOURS: f64 = 0.25;

/// Hours of a training session: from a quarter of an hour to 24, in steps of at most a hundredth.
/// Typed as `6`, `4.5` or `4,5`; stored as a TOML number.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Hours(f64);

impl Hours {
    pub fn get(self) -> f64 {
        self.0
    }

    fn check(h: f64) -> Result<Hours, String> {
        if !h.is_finite() || !(MIN_HOURS..=24.0).contains(&h) {
            return Err(tr!("colleague-hours-range"));
        }
        if ((h * 100.0).round() - h * 100.0).abs() > 1e-9 {
            return Err(tr!("colleague-hours-decimals"));
        }
        Ok(Hours(h))
    }
}

impl FromStr for Hours {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let h: f64 = s.trim().replace(',', ".").parse().map_err(|_| tr!("colleague-hours-number"))?;
        Hours::check(h)
    }
}

impl fmt::Display for Hours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", format_hours(self.0))
    }
}

/// Hours without needless decimals: `36`, `4.5`.
pub fn format_hours(h: f64) -> String {
    crate::i18n::decimal_in(crate::i18n::Lang::En, h)
}

impl Serialize for Hours {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.fract() == 0.0 { s.serialize_i64(self.0 as i64) } else { s.serialize_f64(self.0) }
    }
}

impl<'de> Deserialize<'de> for Hours {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Hours::check(f64::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

/// A day and a time of day to the minute, such as when a psychologist was notified.
/// Typed as `2025-03-14 18:30`, `2025-03-14T18:30` or `14.03.2025 18:30`; stored as a TOML
/// local date-time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Moment {
    pub date: Date,
    pub time: NaiveTime,
}

impl FromStr for Moment {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let t = s.trim();
        let shape = || tr!("colleague-moment-shape", value = crate::model::shown(t));
        let (day, time) = t.split_once(['T', ' ']).map(|(d, h)| (d.trim(), h.trim())).ok_or_else(shape)?;
        let date: Date = day.parse()?;
        let time = NaiveTime::parse_from_str(time, "%H:%M")
            .or_else(|_| NaiveTime::parse_from_str(time, "%H:%M:%S"))
            .map_err(|_| shape())?;
        Ok(Moment { date, time: time.with_second(0).unwrap_or(time) })
    }
}

impl fmt::Display for Moment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.date, self.time.format("%H:%M"))
    }
}

impl Serialize for Moment {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let d = self.date.0;
        toml::value::Datetime {
            date: Some(toml::value::Date { year: d.year() as u16, month: d.month() as u8, day: d.day() as u8 }),
            time: Some(toml::value::Time {
                hour: self.time.hour() as u8,
                minute: self.time.minute() as u8,
                second: Some(0),
                nanosecond: None,
            }),
            offset: None,
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Moment {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Toml(toml::value::Datetime),
            Text(String),
        }
        let text = match Raw::deserialize(d)? {
            Raw::Toml(dt) if dt.offset.is_none() && dt.date.is_some() && dt.time.is_some() => dt.to_string(),
            Raw::Toml(dt) => {
                return Err(D::Error::custom(tr!("colleague-moment", value = dt.to_string())));
            }
            Raw::Text(text) => text,
        };
        text.parse().map_err(D::Error::custom)
    }
}

/// A Latvian phone number: eight digits starting with 2 (mobile), 6 (landline), 8 or 9
/// (service numbers), optionally after `+371` or `00371`; spaces and dashes typed between digits
/// are dropped.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Phone(String);

impl Phone {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for Phone {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let compact: String = s.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
        let national = compact.strip_prefix("+371").or_else(|| compact.strip_prefix("00371")).unwrap_or(&compact);
        let ok = national.len() == 8
            && national.bytes().all(|b| b.is_ascii_digit())
            && matches!(national.as_bytes()[0], b'2' | b'6' | b'8' | b'9');
        if ok { Ok(Phone(compact)) } else { Err(tr!("colleague-phone")) }
    }
}

impl fmt::Display for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Phone {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?.parse().map_err(serde::de::Error::custom)
    }
}

/// A category from a fixed list: lower-case words joined by dashes (`death-of-colleague`),
/// at most 40 characters, so it can never carry a description of what happened.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Word(String);

impl Word {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for Word {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let t = s.trim();
        let ok = (1..=40).contains(&t.len())
            && t.split('-').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()));
        if ok { Ok(Word(t.to_string())) } else { Err(tr!("colleague-category-word", value = crate::model::shown(s))) }
    }
}

impl fmt::Display for Word {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Word {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?.parse().map_err(serde::de::Error::custom)
    }
}
