//! The colleague-support programme's rules, shared by the commands that write (and by a future
//! `check`). Each returns [`Problem`]s naming the field at fault.

use super::{Contact, Course, Decision, Incident, Referral, Supervision, Supporter};
use crate::i18n::Msg;
use crate::model::Problem;
use crate::model::{Date, Id};
use std::collections::HashSet;

/// Days after an incident beyond which a notification is worth a second look.
pub const LATE_NOTICE_DAYS: i64 = 14;

/// The longest interview reason, in characters: a reason, not a report.
pub const MAX_REASON: usize = 200;

/// A support person's facts agree with each other and with the pipeline: voluntary and agreed
/// by the superior; the interview after the application; training only after an approved
/// interview; active only with an approved interview and completed training.
pub fn supporter(s: &Supporter, course: Course, exists: &dyn Fn(&Id) -> bool) -> Vec<Problem> {
    let mut out = Vec::new();
    let who = s.id.named(&s.name);
    if !exists(&s.unit) {
        out.push(Problem::error("unit", no_record("unit", &s.unit)));
    }
    let n = &s.nomination;
    if !n.voluntary {
        out.push(Problem::error("voluntary", msg!("colleague-voluntary", who = &who)));
    }
    if !n.superior_agreed {
        out.push(Problem::error("superior_agreed", msg!("colleague-superior-agreed", who = &who)));
    }
    if !n.team_nominated {
        out.push(Problem::warning("team_nominated", msg!("colleague-team-nominated", who = &who)));
    }
    if let Some(i) = &s.interview {
        if i.date < n.applied {
            out.push(Problem::error(
                "date",
                msg!(
                    "colleague-interview-before-application",
                    who = &who,
                    date = i.date.to_string(),
                    applied = n.applied.to_string()
                ),
            ));
        }
        if !exists(&i.psychologist) {
            out.push(Problem::error("psychologist", no_record("psychologist", &i.psychologist)));
        }
        match &i.reason {
            None if i.decision == Decision::NotApproved => {
                out.push(Problem::error("reason", msg!("colleague-reason-needed", who = &who)))
            }
            Some(r) if r.as_str().chars().count() > MAX_REASON || r.as_str().contains('\n') => {
                out.push(Problem::error("reason", msg!("colleague-reason-long", max = MAX_REASON)))
            }
            _ => {}
        }
    }
    let ledger_dates = s.training.iter().map(|t| t.date).chain(s.consultations.iter().map(|c| c.date));
    if let Some(first) = ledger_dates.clone().min() {
        match s.interview.as_ref().filter(|i| i.decision == Decision::Approved) {
            None => out.push(Problem::error("interview", msg!("colleague-training-unapproved", who = &who))),
            Some(i) if first < i.date => out.push(Problem::error(
                "date",
                msg!(
                    "colleague-training-before-interview",
                    who = &who,
                    first = first.to_string(),
                    date = i.date.to_string()
                ),
            )),
            Some(_) => {}
        }
    }
    for c in &s.consultations {
        if !exists(&c.psychologist) {
            out.push(Problem::error("psychologist", no_record("psychologist", &c.psychologist)));
        }
    }
    let mut trained: Vec<Date> = s.training.iter().map(|t| t.date).collect();
    trained.sort();
    for pair in trained.windows(2).filter(|w| w[0] == w[1]) {
        out.push(Problem::error("training", msg!("colleague-training-twice", who = &who, date = pair[0].to_string())));
    }
    let today = Date::today();
    if let Some(day) = ledger_dates.clone().filter(|d| *d > today).min() {
        out.push(Problem::error("date", msg!("colleague-training-future", who = &who, date = day.to_string())));
    }
    let mut days: Vec<_> = ledger_dates.collect();
    days.sort();
    days.dedup();
    for day in days {
        let hours: f64 = s.training.iter().filter(|t| t.date == day).map(|t| t.hours.get()).sum();
        if hours > 24.0 {
            out.push(Problem::error(
                "hours",
                msg!("colleague-training-hours", who = &who, hours = hours, date = day.to_string()),
            ));
        }
    }
    if let Some(active) = s.active_since {
        out.extend(activation(s, course, active));
    }
    if let Some(e) = &s.ended {
        let start = s.active_since.unwrap_or(n.applied);
        if e.date < start {
            out.push(Problem::error(
                "date",
                msg!("colleague-ended-before", who = &who, date = e.date.to_string(), start = start.to_string()),
            ));
        }
    }
    out
}

/// Why `s` cannot be active from `day`: no approved interview, or training not completed by then.
pub fn activation(s: &Supporter, course: Course, day: Date) -> Vec<Problem> {
    let mut out = Vec::new();
    let who = s.id.named(&s.name);
    match s.interview_by(Some(day)) {
        Some(i) if i.decision == Decision::Approved => {}
        Some(i) => {
            out.push(Problem::error("interview", msg!("colleague-not-approved", who = &who, date = i.date.to_string())))
        }
        None => out.push(Problem::error(
            "interview",
            msg!("colleague-no-interview-by", who = &who, date = day.to_string(), id = s.id.to_string()),
        )),
    }
    let p = s.progress(course, Some(day));
    if p.completed.is_none() {
        let missing = p.missing(course);
        out.push(Problem::error(
            "training",
            msg!("colleague-training-incomplete", who = &who, date = day.to_string(), done = missing),
        ));
    }
    out
}

/// A contact's supporter and unit exist; the supporter was active that day.
pub fn contact(c: &Contact, supporter: Option<&Supporter>, exists: &dyn Fn(&Id) -> bool) -> Vec<Problem> {
    let mut out = Vec::new();
    if !exists(&c.unit) {
        out.push(Problem::error("unit", no_record("unit", &c.unit)));
    }
    match supporter {
        None => out.push(Problem::error("supporter", no_record("supporter", &c.supporter))),
        Some(s) if !s.active_on(c.date) => out.push(Problem::error("supporter", not_active(s, c.date, "contact"))),
        Some(_) => {}
    }
    out
}

/// An incident notification: known category, unit and psychologist; at least one officer;
/// notified on or after the incident's day.
pub fn incident(i: &Incident, categories: &[String], exists: &dyn Fn(&Id) -> bool) -> Vec<Problem> {
    let mut out = Vec::new();
    if !categories.iter().any(|c| c == i.category.as_str()) {
        out.push(Problem::error(
            "category",
            msg!(
                "colleague-category",
                category = crate::model::shown(i.category.as_str()),
                categories = categories.join(", ")
            ),
        ));
    }
    if i.officers == 0 {
        out.push(Problem::error("officers", msg!("colleague-no-officers")));
    }
    let today = Date::today();
    if i.date > today {
        out.push(Problem::error("date", msg!("colleague-incident-future", date = i.date.to_string())));
    }
    if i.notified.date < i.date {
        out.push(Problem::error(
            "notified",
            msg!("colleague-notified-before", notified = i.notified.date.to_string(), date = i.date.to_string()),
        ));
    } else if i.notified.date > today {
        out.push(Problem::error("notified", msg!("colleague-notified-future", date = i.notified.date.to_string())));
    } else if (i.notified.date.0 - i.date.0).num_days() > LATE_NOTICE_DAYS {
        out.push(Problem::warning(
            "notified",
            msg!(
                "colleague-notified-late",
                notified = i.notified.date.to_string(),
                days = (i.notified.date.0 - i.date.0).num_days(),
                date = i.date.to_string()
            ),
        ));
    }
    for (field, id) in
        [("unit", Some(&i.unit)), ("psychologist", Some(&i.psychologist)), ("supporter", i.supporter.as_ref())]
    {
        if let Some(id) = id.filter(|id| !exists(id)) {
            out.push(Problem::error(field, no_record(field, id)));
        }
    }
    out
}

/// A referral comes from a support person active that day; its steps come in order and the
/// loop closes one way only.
pub fn referral(r: &Referral, supporter: Option<&Supporter>, exists: &dyn Fn(&Id) -> bool) -> Vec<Problem> {
    let mut out = Vec::new();
    if let Some(s) = supporter.filter(|s| !s.active_on(r.suggested)) {
        out.push(Problem::error("supporter", not_active(s, r.suggested, "referral")));
    }
    for (field, id) in [
        ("supporter", Some(&r.supporter)),
        ("unit", Some(&r.unit)),
        ("contact", r.contact.as_ref()),
        ("psychologist", r.psychologist.as_ref()),
    ] {
        if let Some(id) = id.filter(|id| !exists(id)) {
            out.push(Problem::error(field, no_record(field, id)));
        }
    }
    let steps = [("accepted", r.accepted), ("first_contact", r.first_contact), ("declined", r.declined)];
    for (field, day) in steps {
        if let Some(day) = day.filter(|d| *d < r.suggested) {
            out.push(Problem::error(
                field,
                msg!("colleague-step-before", date = day.to_string(), suggested = r.suggested.to_string()),
            ));
        }
    }
    if let (Some(a), Some(f)) = (r.accepted, r.first_contact)
        && f < a
    {
        out.push(Problem::error(
            "first_contact",
            msg!("colleague-first-contact-before", first = f.to_string(), accepted = a.to_string()),
        ));
    }
    if r.first_contact.is_some() && r.declined.is_some() {
        out.push(Problem::error("declined", msg!("colleague-closed-twice")));
    }
    if r.first_contact.is_some() != r.psychologist.is_some() {
        out.push(Problem::error("psychologist", msg!("colleague-psychologist-first-contact")));
    }
    out
}

/// A session's psychologist exists; each support person has one mark and was active that day.
pub fn supervision(v: &Supervision, supporters: &[&Supporter], exists: &dyn Fn(&Id) -> bool) -> Vec<Problem> {
    let mut out = Vec::new();
    if v.present.is_empty() {
        out.push(Problem::error("present", msg!("colleague-nobody-present", date = v.date.to_string())));
    }
    if !exists(&v.psychologist) {
        out.push(Problem::error("psychologist", no_record("psychologist", &v.psychologist)));
    }
    let mut seen = HashSet::new();
    for (id, mark) in v.marks() {
        if !seen.insert(id) {
            out.push(Problem::error(mark.as_str(), msg!("colleague-two-marks", id = id.to_string())));
        }
        match supporters.iter().find(|s| &s.id == id) {
            None => out.push(Problem::error(mark.as_str(), no_record("supporter", id))),
            Some(s) if !s.active_on(v.date) => {
                out.push(Problem::error(mark.as_str(), not_active(s, v.date, "supervision")))
            }
            Some(_) => {}
        }
    }
    out
}

/// The smallest masking threshold that protects officers: counts of 1 and 2 are hidden.
pub const MIN_THRESHOLD: u32 = 3;

/// A masking threshold below [`MIN_THRESHOLD`] would let the programme report single out an
/// officer.
pub fn threshold(t: u32) -> Option<Problem> {
    (t < MIN_THRESHOLD)
        .then(|| Problem::error("small_cell_threshold", msg!("colleague-threshold", value = t, min = MIN_THRESHOLD)))
}

/// `unit 'u-…' does not exist`, worded by the field's kind.
fn no_record(field: &str, id: &Id) -> Msg {
    msg!("colleague-no-record", field = field, id = id.to_string())
}

/// `s` was not an active support person on `day`, which `what` (contact, referral,
/// supervision) needs.
fn not_active(s: &Supporter, day: Date, what: &str) -> Msg {
    msg!("colleague-not-active", name = s.name.as_str(), id = s.id.to_string(), date = day.to_string(), what = what)
}
