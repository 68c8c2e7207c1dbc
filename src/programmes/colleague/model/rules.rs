//! The colleague-support programme's rules, shared by the commands that write (and by a future
//! `check`). Each returns [`Problem`]s naming the field at fault.

use super::{Contact, Course, Decision, Incident, Referral, Supervision, Supporter};
use crate::model::rules::Problem;
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
        out.push(Problem::error("unit", format!("unit '{}' does not exist", s.unit)));
    }
    let n = &s.nomination;
    if !n.voluntary {
        out.push(Problem::error(
            "voluntary",
            format!("{who}: becoming a support person is voluntary; record it only when the officer asked for it (--voluntary)"),
        ));
    }
    if !n.superior_agreed {
        out.push(Problem::error(
            "superior_agreed",
            format!("{who}: candidates apply with their direct superior's agreement; record it once given (--superior-agreed)"),
        ));
    }
    if !n.team_nominated {
        out.push(Problem::warning(
            "team_nominated",
            format!("{who} was not nominated by the team; the programme recommends a colleague the team trusts"),
        ));
    }
    if let Some(i) = &s.interview {
        if i.date < n.applied {
            out.push(Problem::error(
                "date",
                format!("{who}: the interview on {} is before the application on {}", i.date, n.applied),
            ));
        }
        if !exists(&i.psychologist) {
            out.push(Problem::error("psychologist", format!("psychologist '{}' does not exist", i.psychologist)));
        }
        match &i.reason {
            None if i.decision == Decision::NotApproved => out.push(Problem::error(
                "reason",
                format!("{who}: a decision not to approve needs a short reason (--reason)"),
            )),
            Some(r) if r.as_str().chars().count() > MAX_REASON || r.as_str().contains('\n') => {
                out.push(Problem::error(
                    "reason",
                    format!("the reason is a short line of at most {MAX_REASON} characters, not a report"),
                ))
            }
            _ => {}
        }
    }
    let ledger_dates = s.training.iter().map(|t| t.date).chain(s.consultations.iter().map(|c| c.date));
    if let Some(first) = ledger_dates.clone().min() {
        match s.interview.as_ref().filter(|i| i.decision == Decision::Approved) {
            None => out.push(Problem::error(
                "interview",
                format!("{who} has no approved interview; training follows the psychologists' approval (`peerlog support interview`)"),
            )),
            Some(i) if first < i.date => out.push(Problem::error(
                "date",
                format!("{who}: training on {first} is before the approving interview on {}", i.date),
            )),
            Some(_) => {}
        }
    }
    for c in &s.consultations {
        if !exists(&c.psychologist) {
            out.push(Problem::error("psychologist", format!("psychologist '{}' does not exist", c.psychologist)));
        }
    }
    let mut trained: Vec<Date> = s.training.iter().map(|t| t.date).collect();
    trained.sort();
    for pair in trained.windows(2).filter(|w| w[0] == w[1]) {
        out.push(Problem::error(
            "training",
            format!(
                "{who} has two training entries on {}; a course day is recorded once: keep one entry with the day's hours",
                pair[0]
            ),
        ));
    }
    let today = Date::today();
    if let Some(day) = ledger_dates.clone().filter(|d| *d > today).min() {
        out.push(Problem::error(
            "date",
            format!("{who}: the training ledger has {day}, in the future; record training once it took place"),
        ));
    }
    let mut days: Vec<_> = ledger_dates.collect();
    days.sort();
    days.dedup();
    for day in days {
        let hours: f64 = s.training.iter().filter(|t| t.date == day).map(|t| t.hours.get()).sum();
        if hours > 24.0 {
            out.push(Problem::error(
                "hours",
                format!("{who} has {} training hours on {day}; a day has 24", super::format_hours(hours)),
            ));
        }
    }
    if let Some(active) = s.active_since {
        out.extend(activation(s, course, active));
    }
    if let Some(e) = &s.ended {
        let start = s.active_since.unwrap_or(n.applied);
        if e.date < start {
            out.push(Problem::error("date", format!("{who}: the end on {} is before {start}", e.date)));
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
        Some(i) => out.push(Problem::error(
            "interview",
            format!("{who} was not approved at the interview on {}; only approved candidates become active", i.date),
        )),
        None => out.push(Problem::error(
            "interview",
            format!("{who} has no approved interview by {day}; record it with `peerlog support interview {}`", s.id),
        )),
    }
    let p = s.progress(course, Some(day));
    if p.completed.is_none() {
        let missing = p.missing(course);
        out.push(Problem::error(
            "training",
            format!(
                "{who} has not completed training by {day}: only {} (record it with `peerlog support train` and `peerlog support consultation`)",
                missing.join(", ")
            ),
        ));
    }
    out
}

/// A contact's supporter and unit exist; the supporter was active that day.
pub fn contact(c: &Contact, supporter: Option<&Supporter>, exists: &dyn Fn(&Id) -> bool) -> Vec<Problem> {
    let mut out = Vec::new();
    if !exists(&c.unit) {
        out.push(Problem::error("unit", format!("unit '{}' does not exist", c.unit)));
    }
    match supporter {
        None => out.push(Problem::error("supporter", format!("support person '{}' does not exist", c.supporter))),
        Some(s) if !s.active_on(c.date) => out.push(Problem::error(
            "supporter",
            format!(
                "{} ({}) is not an active support person on {}; contacts are logged for active support persons",
                s.name, s.id, c.date
            ),
        )),
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
            format!("'{}' is not one of this folder's incident categories: {}", i.category, categories.join(", ")),
        ));
    }
    if i.officers == 0 {
        out.push(Problem::error("officers", "an incident involves at least one officer"));
    }
    let today = Date::today();
    if i.date > today {
        out.push(Problem::error(
            "date",
            format!("the incident's day {} is in the future; record an incident once it happened", i.date),
        ));
    }
    if i.notified.date < i.date {
        out.push(Problem::error(
            "notified",
            format!(
                "the psychologist was notified on {}, before the incident on {}; correct one of the two dates",
                i.notified.date, i.date
            ),
        ));
    } else if i.notified.date > today {
        out.push(Problem::error(
            "notified",
            format!("the notification on {} is in the future; record it once it was made", i.notified.date),
        ));
    } else if (i.notified.date.0 - i.date.0).num_days() > LATE_NOTICE_DAYS {
        out.push(Problem::warning(
            "notified",
            format!(
                "the psychologist was notified on {}, {} days after the incident on {}; check both dates \
                 (critical incidents are notified right after)",
                i.notified.date,
                (i.notified.date.0 - i.date.0).num_days(),
                i.date
            ),
        ));
    }
    for (field, id) in
        [("unit", Some(&i.unit)), ("psychologist", Some(&i.psychologist)), ("supporter", i.supporter.as_ref())]
    {
        if let Some(id) = id.filter(|id| !exists(id)) {
            out.push(Problem::error(field, format!("{field} '{id}' does not exist")));
        }
    }
    out
}

/// A referral comes from a support person active that day; its steps come in order and the
/// loop closes one way only.
pub fn referral(r: &Referral, supporter: Option<&Supporter>, exists: &dyn Fn(&Id) -> bool) -> Vec<Problem> {
    let mut out = Vec::new();
    if let Some(s) = supporter.filter(|s| !s.active_on(r.suggested)) {
        out.push(Problem::error(
            "supporter",
            format!(
                "{} ({}) is not an active support person on {}; referrals come from active support persons",
                s.name, s.id, r.suggested
            ),
        ));
    }
    for (field, id) in [
        ("supporter", Some(&r.supporter)),
        ("unit", Some(&r.unit)),
        ("contact", r.contact.as_ref()),
        ("psychologist", r.psychologist.as_ref()),
    ] {
        if let Some(id) = id.filter(|id| !exists(id)) {
            out.push(Problem::error(field, format!("{field} '{id}' does not exist")));
        }
    }
    let steps = [("accepted", r.accepted), ("first_contact", r.first_contact), ("declined", r.declined)];
    for (field, day) in steps {
        if let Some(day) = day.filter(|d| *d < r.suggested) {
            out.push(Problem::error(field, format!("{day} is before the referral was suggested on {}", r.suggested)));
        }
    }
    if let (Some(a), Some(f)) = (r.accepted, r.first_contact)
        && f < a
    {
        out.push(Problem::error("first_contact", format!("the first contact on {f} is before the acceptance on {a}")));
    }
    if r.first_contact.is_some() && r.declined.is_some() {
        out.push(Problem::error("declined", "a referral ends either with a first contact or declined, not both"));
    }
    if r.first_contact.is_some() != r.psychologist.is_some() {
        out.push(Problem::error(
            "psychologist",
            "a first contact names the psychologist, and only a first contact does",
        ));
    }
    out
}

/// A session's psychologist exists; each support person has one mark and was active that day.
pub fn supervision(v: &Supervision, supporters: &[&Supporter], exists: &dyn Fn(&Id) -> bool) -> Vec<Problem> {
    let mut out = Vec::new();
    if v.present.is_empty() {
        out.push(Problem::error(
            "present",
            format!("the session on {} has nobody present; name who attended with --present", v.date),
        ));
    }
    if !exists(&v.psychologist) {
        out.push(Problem::error("psychologist", format!("psychologist '{}' does not exist", v.psychologist)));
    }
    let mut seen = HashSet::new();
    for (id, mark) in v.marks() {
        if !seen.insert(id) {
            out.push(Problem::error(mark.as_str(), format!("{id} has more than one attendance mark in one session")));
        }
        match supporters.iter().find(|s| &s.id == id) {
            None => out.push(Problem::error(mark.as_str(), format!("support person '{id}' does not exist"))),
            Some(s) if !s.active_on(v.date) => out.push(Problem::error(
                mark.as_str(),
                format!(
                    "{} ({}) is not an active support person on {}; supervision is for active support persons",
                    s.name, s.id, v.date
                ),
            )),
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
    (t < MIN_THRESHOLD).then(|| {
        Problem::error(
            "small_cell_threshold",
            format!(
                "small_cell_threshold = {t} would show counts of {} in the programme report, which can single out an officer; \
                 set it to {MIN_THRESHOLD} or more",
                if t <= 1 { "1 and 2" } else { "2" }
            ),
        )
    })
}
