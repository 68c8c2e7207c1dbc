//! The colleague-support programme report: per structural unit and quarter, support persons by
//! stage, training completion, supervision attendance, contacts by kind, incidents notified and
//! referrals by outcome. Small counts are masked by the caller (see [`Cell`]).

use crate::error::{Error, Result};
use crate::model::Date;
use crate::model::colleague::{ContactKind, Course, Outcome, Presence, Stage, Unit};
use crate::programmes::colleague::folder::ColleagueFolder;
use chrono::NaiveDate;
use serde::Serialize;
use std::fmt;

/// A calendar quarter, written `2025-Q1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Quarter {
    pub year: i32,
    /// 1 to 4.
    pub number: u32,
}

impl Quarter {
    pub fn of(d: Date) -> Quarter {
        Quarter { year: d.year(), number: (d.month() - 1) / 3 + 1 }
    }

    pub fn new(year: i32, number: u32) -> Option<Quarter> {
        ((1..=4).contains(&number) && (1900..=9999).contains(&year)).then_some(Quarter { year, number })
    }

    pub fn start(self) -> Date {
        Date(NaiveDate::from_ymd_opt(self.year, self.number * 3 - 2, 1).unwrap_or(NaiveDate::MIN))
    }

    /// The last day: 31 March, 30 June, 30 September or 31 December.
    pub fn end(self) -> Date {
        let month = self.number * 3;
        let day = if matches!(month, 6 | 9) { 30 } else { 31 };
        Date(NaiveDate::from_ymd_opt(self.year, month, day).unwrap_or(NaiveDate::MAX))
    }

    pub fn next(self) -> Quarter {
        if self.number == 4 {
            Quarter { year: self.year + 1, number: 1 }
        } else {
            Quarter { year: self.year, number: self.number + 1 }
        }
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-Q{}", self.year, self.number)
    }
}

/// The count columns, in order; each row has one value per column.
pub const COLUMNS: [&str; 21] = [
    "nominated",
    "interviewed",
    "not_approved",
    "in_training",
    "trained",
    "active",
    "ended",
    "training_completed",
    "supervision_present",
    "supervision_absent",
    "supervision_excused",
    "contacts_at_scene",
    "contacts_after_event",
    "contacts_crisis",
    "contacts_self_referral",
    "contacts_help_suggested",
    "incidents_notified",
    "referrals_awaiting_answer",
    "referrals_accepted",
    "referrals_first_contact",
    "referrals_declined",
];

/// What the columns mean, for `--help` and the README.
pub const SECTIONS: [(&str, std::ops::Range<usize>); 6] = [
    ("support persons by stage at the end of the quarter", 0..7),
    ("training completed in the quarter", 7..8),
    ("supervision attendance marks in the quarter", 8..11),
    ("support contacts in the quarter", 11..16),
    ("critical incidents in the quarter, notified", 16..17),
    ("referrals suggested in the quarter, by outcome now", 17..21),
];

/// One unit in one quarter (cut to the report's period).
#[derive(Debug, Clone)]
pub struct Row<'a> {
    pub quarter: Quarter,
    pub from: Date,
    pub to: Date,
    pub unit: &'a Unit,
    pub values: [u64; COLUMNS.len()],
}

/// A count as the report shows it: the number, or `<N` when it is from 1 to N-1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Count(u64),
    Masked(u32),
}

impl Cell {
    /// Masks counts from 1 to `threshold - 1`; 0 stays 0 (nobody to single out), and a
    /// threshold of 1 or less masks nothing.
    pub fn of(n: u64, threshold: u32) -> Cell {
        if n > 0 && n < u64::from(threshold) { Cell::Masked(threshold) } else { Cell::Count(n) }
    }
}

impl fmt::Display for Cell {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cell::Count(n) => write!(f, "{n}"),
            Cell::Masked(t) => write!(f, "<{t}"),
        }
    }
}

impl Serialize for Cell {
    /// A number, or the string `<3`.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Cell::Count(n) => s.serialize_u64(*n),
            Cell::Masked(_) => s.collect_str(self),
        }
    }
}

/// The first and last day any record of the folder speaks of.
pub fn span(folder: &ColleagueFolder) -> Option<(Date, Date)> {
    let mut days: Vec<Date> = Vec::new();
    for s in &folder.supporters {
        days.push(s.nomination.applied);
        days.extend(s.interview.as_ref().map(|i| i.date));
        days.extend(s.training.iter().map(|t| t.date));
        days.extend(s.consultations.iter().map(|c| c.date));
        days.extend(s.active_since);
        days.extend(s.ended.as_ref().map(|e| e.date));
    }
    days.extend(folder.supervision.iter().map(|v| v.date));
    days.extend(folder.contacts.iter().map(|c| c.date));
    days.extend(folder.incidents.iter().map(|i| i.date));
    for r in &folder.referrals {
        days.push(r.suggested);
        days.extend([r.accepted, r.first_contact, r.declined].into_iter().flatten());
    }
    Some((*days.iter().min()?, *days.iter().max()?))
}

/// The most quarters one report covers: a hundred years.
pub const MAX_QUARTERS: i64 = 400;

/// How many quarters the period from `from` to `to` touches (0 when `to` is before `from`).
pub fn quarter_count(from: Date, to: Date) -> i64 {
    let (a, b) = (Quarter::of(from), Quarter::of(to));
    (i64::from(b.year) * 4 + i64::from(b.number) - i64::from(a.year) * 4 - i64::from(a.number) + 1).max(0)
}

/// The report over a period: its first and last day and its rows.
#[derive(Debug, Clone)]
pub struct Report<'a> {
    /// The first day: the one asked for, else the records' first (`None` without records).
    pub first: Option<Date>,
    /// The last day: the one asked for, else the records' last.
    pub last: Option<Date>,
    pub rows: Vec<Row<'a>>,
}

/// The report from `from` to `to`, an open end filled from the records' span; refuses a period
/// of more than [`MAX_QUARTERS`] quarters.
pub fn report(folder: &ColleagueFolder, course: Course, from: Option<Date>, to: Option<Date>) -> Result<Report<'_>> {
    let (first, last) = match (from, to, span(folder)) {
        (Some(f), Some(t), _) => (Some(f), Some(t)),
        (f, t, Some((a, b))) => (Some(f.unwrap_or(a)), Some(t.unwrap_or(b))),
        (f, t, None) => (f, t),
    };
    let rows = match (first, last) {
        (Some(f), Some(t)) => {
            let n = quarter_count(f, t);
            if n > MAX_QUARTERS {
                return Err(Error::data(tr!(
                    "colleague-report-too-long",
                    from = f.to_string(),
                    to = t.to_string(),
                    count = n,
                    max = MAX_QUARTERS
                ))
                .hint(tr!("colleague-report-too-long-hint")));
            }
            build(folder, course, f, t)
        }
        _ => Vec::new(),
    };
    Ok(Report { first, last, rows })
}

/// The rows for every unit and every quarter from `from` to `to`, quarters cut to that period;
/// at most [`MAX_QUARTERS`] quarters.
pub fn build(folder: &ColleagueFolder, course: Course, from: Date, to: Date) -> Vec<Row<'_>> {
    let mut rows = Vec::new();
    let mut q = Quarter::of(from);
    for i in 0..quarter_count(from, to).min(MAX_QUARTERS) {
        if i > 0 {
            q = q.next();
        }
        let (a, b) = (q.start().max(from), q.end().min(to));
        for unit in &folder.units {
            rows.push(Row { quarter: q, from: a, to: b, unit, values: count(folder, course, unit, a, b) });
        }
    }
    rows
}

fn count(folder: &ColleagueFolder, course: Course, unit: &Unit, a: Date, b: Date) -> [u64; COLUMNS.len()] {
    let mut v = [0u64; COLUMNS.len()];
    let within = |d: Date| a <= d && d <= b;
    let mine: Vec<_> = folder.supporters.iter().filter(|s| s.unit == unit.id).collect();
    for s in &mine {
        if let Some(stage) = s.stage(course, Some(b)) {
            let i = match stage {
                Stage::Nominated => 0,
                Stage::Interviewed => 1,
                Stage::NotApproved => 2,
                Stage::InTraining => 3,
                Stage::Trained => 4,
                Stage::Active => 5,
                Stage::Ended => 6,
            };
            v[i] += 1;
        }
        if s.progress(course, Some(b)).completed.is_some_and(within) {
            v[7] += 1;
        }
        for session in folder.supervision.iter().filter(|x| within(x.date)) {
            match session.presence(&s.id) {
                Some(Presence::Present) => v[8] += 1,
                Some(Presence::Absent) => v[9] += 1,
                Some(Presence::Excused) => v[10] += 1,
                None => {}
            }
        }
    }
    for c in folder.contacts.iter().filter(|c| c.unit == unit.id && within(c.date)) {
        v[match c.kind {
            ContactKind::AtScene => 11,
            ContactKind::AfterEvent => 12,
            ContactKind::Crisis => 13,
            ContactKind::SelfReferral => 14,
        }] += 1;
        v[15] += u64::from(c.help_suggested);
    }
    v[16] = folder.incidents.iter().filter(|i| i.unit == unit.id && within(i.date)).count() as u64;
    for r in folder.referrals.iter().filter(|r| r.unit == unit.id && within(r.suggested)) {
        v[match r.outcome(None) {
            Outcome::Suggested => 17,
            Outcome::Accepted => 18,
            Outcome::FirstContact => 19,
            Outcome::Declined => 20,
        }] += 1;
    }
    v
}
