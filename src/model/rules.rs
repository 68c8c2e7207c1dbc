//! Rules that span records, shared by the commands that write and by `check`.
//!
//! Each rule returns [`Problem`]s naming the field at fault, so a write can refuse with a
//! clear message and `check` can point at the line of that field.

use super::{Consultation, Date, DeliveryModel, Feedback, Group, Id, Person, Purpose, Role, Stage, Status};
use crate::i18n::Msg;

/// How serious a problem is: errors refuse a write and fail `check`; warnings only inform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A broken rule: the field it concerns and what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub field: &'static str,
    pub severity: Severity,
    /// In the current language on stderr and in `check`'s text, in English in JSON.
    pub message: Msg,
}

impl Problem {
    pub fn error(field: &'static str, message: impl Into<Msg>) -> Problem {
        Problem { field, severity: Severity::Error, message: message.into() }
    }

    pub fn warning(field: &'static str, message: impl Into<Msg>) -> Problem {
        Problem { field, severity: Severity::Warning, message: message.into() }
    }
}

/// The youngest a child peer may be on the day of a consultation.
pub const MIN_PEER_AGE: i32 = 13;

/// A group ends on or after the day it starts.
pub fn group(g: &Group) -> Vec<Problem> {
    group_span(g.start, g.end).into_iter().collect()
}

/// A group's last day is not before its first.
pub fn group_span(start: Option<Date>, end: Option<Date>) -> Option<Problem> {
    match (start, end) {
        (Some(s), Some(e)) if e < s => {
            Some(Problem::error("end", format!("the group ends on {e}, before it starts on {s}")))
        }
        _ => None,
    }
}

/// A person's group must exist; a child peer needs a birth date so their age can be checked.
pub fn person(p: &Person, group: Option<&Group>) -> Vec<Problem> {
    let mut out = Vec::new();
    if group.is_none() {
        out.push(Problem::error("group", format!("group '{}' does not exist", p.group)));
    }
    if p.is_peer() && p.role == Role::Child && p.birth_date.is_none() && p.erased.is_none() {
        out.push(Problem::error(
            "birth_date",
            format!(
                "{} is a child peer without a birth date; it is needed to check the minimum age of {MIN_PEER_AGE}",
                p.name
            ),
        ));
    }
    let today = Date::today();
    let active = p.peer.as_ref().is_some_and(|i| i.stage() != Some(Stage::Ended));
    if let (true, Role::Child, Some(born), None) = (active, p.role, p.birth_date, p.erased)
        && born.years_until(today) < MIN_PEER_AGE
    {
        let thirteen = born.0 + chrono::Months::new(12 * MIN_PEER_AGE as u32);
        out.push(Problem::warning(
            "birth_date",
            format!(
                "{} is {} today; a child peer consults only from the age of {MIN_PEER_AGE} (from {})",
                p.name,
                born.years_until(today).max(0),
                Date(thirteen)
            ),
        ));
    }
    out
}

/// A consultation's peer and recipient: both exist, differ, share a group, and the peer is a
/// peer old enough and far enough along the pipeline to consult.
pub fn consultation(c: &Consultation, peer: Option<&Person>, recipient: Option<&Person>) -> Vec<Problem> {
    let mut out = Vec::new();
    if c.status == Status::Held && c.date > Date::today() {
        out.push(Problem::error(
            "date",
            format!("{} is in the future; a consultation is held only once it took place (plan it with `peerlog consult plan`)", c.date),
        ));
    }
    if c.peer == c.recipient {
        out.push(Problem::error(
            "recipient",
            format!("{} cannot be both peer and recipient of one consultation", c.peer),
        ));
    }
    let Some(peer) = peer else {
        out.push(Problem::error("peer", format!("peer '{}' does not exist", c.peer)));
        return out;
    };
    match &peer.peer {
        None => out.push(Problem::error(
            "peer",
            format!(
                "{} ({}) is a participant but not a peer; register them with `peerlog peer add`",
                peer.name, peer.id
            ),
        )),
        Some(info) if c.status != Status::Cancelled => {
            if let Some(stage) = info.stage_on(c.date).filter(|s| !matches!(s, Stage::Prepared | Stage::Active)) {
                let reached = [Stage::Prepared, Stage::Active].into_iter().filter_map(|s| info.reached(s)).min();
                let next = match (stage, reached) {
                    (Stage::Ended, _) => {
                        format!("their peer role ended; to resume, run `peerlog peer stage {} active`", peer.id)
                    }
                    (_, Some(day)) => {
                        format!("prepared only from {day}: check the consultation's date, or the dates of the stages")
                    }
                    _ => format!("the missing step: prepare them, then run `peerlog peer stage {} prepared`", peer.id),
                };
                out.push(Problem::error(
                    "peer",
                    format!(
                        "peer {} ({}) is {stage} on {}; only prepared or active peers consult ({next})",
                        peer.name, peer.id, c.date
                    ),
                ));
            }
        }
        Some(_) => {}
    }
    if peer.role == Role::Child {
        match peer.birth_date {
            Some(born) if born.years_until(c.date) < MIN_PEER_AGE => out.push(Problem::error(
                "peer",
                format!(
                    "peer {} ({}) is {} on {}; a child peer must be at least {MIN_PEER_AGE}",
                    peer.name,
                    peer.id,
                    born.years_until(c.date).max(0),
                    c.date
                ),
            )),
            _ => {}
        }
    }
    match recipient {
        None => out.push(Problem::error("recipient", format!("recipient '{}' does not exist", c.recipient))),
        Some(r) if r.group != peer.group => out.push(Problem::error(
            "recipient",
            format!(
                "recipient {} ({}) is in group {}, not in the peer's group {}; peer and recipient must share a group",
                r.name, r.id, r.group, peer.group
            ),
        )),
        Some(_) => {}
    }
    out
}

/// Feedback covers existing, held consultations of one recipient, given after them.
pub fn feedback(f: &Feedback, consultations: &[Option<&Consultation>]) -> Vec<Problem> {
    let mut out = Vec::new();
    if f.consultations.is_empty() {
        out.push(Problem::error("consultations", "feedback names no consultation"));
    }
    for (id, c) in f.consultations.iter().zip(consultations) {
        match c {
            None => out.push(Problem::error("consultations", format!("consultation '{id}' does not exist"))),
            Some(c) if c.status != Status::Held => out.push(Problem::error(
                "consultations",
                format!("consultation {id} is {}; feedback is only for held consultations (mark it held with `peerlog consult log {id}`)", c.status),
            )),
            Some(c) if f.date < c.date => out.push(Problem::error(
                "date",
                format!(
                    "feedback given on {} cannot be about {id} held later, on {}",
                    f.date, c.date
                ),
            )),
            Some(_) => {}
        }
    }
    let mut recipients: Vec<_> = consultations.iter().flatten().map(|c| &c.recipient).collect();
    recipients.sort();
    recipients.dedup();
    if recipients.len() > 1 {
        out.push(Problem::error(
            "consultations",
            "the consultations have different recipients; record feedback for each recipient separately",
        ));
    }
    out
}

/// Two consultations of the same peer and recipient at the same date and time: one
/// consultation recorded twice.
pub fn same_slot(a: &Consultation, b: &Consultation) -> bool {
    a.peer == b.peer && a.recipient == b.recipient && a.date == b.date && a.time == b.time
}

/// The delivery model's timing (warnings): model 1 consults while the group runs, model 2 after
/// it ends.
pub fn consultation_timing(c: &Consultation, group: &Group) -> Vec<Problem> {
    let mut out = Vec::new();
    if c.status == Status::Cancelled {
        return out;
    }
    match group.model {
        Some(DeliveryModel::DuringGroup) => {
            let before = group.start.filter(|s| c.date < *s);
            let after = group.end.filter(|e| c.date > *e);
            if let Some(edge) = before.or(after) {
                let which = if before.is_some() { "starts" } else { "ends" };
                out.push(Problem::warning(
                    "date",
                    format!(
                        "{} is outside the dates of {} (model 1: consultations while the group runs; it {which} on {edge})",
                        c.date, group.name
                    ),
                ));
            }
        }
        Some(DeliveryModel::AfterGroup) => {
            if let Some(end) = group.end.filter(|e| c.date < *e) {
                out.push(Problem::warning(
                    "date",
                    format!(
                        "{} is before {} ends on {end} (model 2: consultations after the group ends)",
                        c.date, group.name
                    ),
                ));
            }
        }
        None => {}
    }
    out
}

/// Model 2: a peer is approached in the group's closing phase, at least two meetings before its
/// last meeting (warning).
pub fn approach_timing(p: &Person, group: &Group) -> Vec<Problem> {
    let approached = p.peer.as_ref().and_then(|i| i.reached(Stage::Approached));
    match (group.model, approached, latest_approach_day(group)) {
        (Some(DeliveryModel::AfterGroup), Some(day), Some(latest)) if day > latest => vec![Problem::warning(
            "peer",
            format!(
                "{} was approached on {day}, later than two meetings before the last meeting of {} ({latest}); \
                 model 2 approaches peers at least two meetings before the end",
                p.name, group.name
            ),
        )],
        _ => Vec::new(),
    }
}

/// The last day a model 2 peer should be approached: the meeting two before the last one.
pub fn latest_approach_day(group: &Group) -> Option<Date> {
    let mut meetings = group.meetings.clone();
    meetings.sort();
    meetings.len().checked_sub(3).map(|i| meetings[i])
}

/// When the folder requires consent: a consultation's peer and recipient need consent for their
/// part in force on the consultation's date (given by then, not yet revoked). Erased people are
/// past asking.
pub fn consent(c: &Consultation, peer: &Person, recipient: &Person) -> Vec<Problem> {
    if c.status == Status::Cancelled {
        return Vec::new();
    }
    [("peer", peer, Purpose::Peer, "as a peer"), ("recipient", recipient, Purpose::Recipient, "as a recipient")]
        .into_iter()
        .filter(|(_, p, purpose, _)| p.erased.is_none() && !p.has_consent(*purpose, c.date))
        .map(|(field, p, purpose, part)| {
            let revoked = p.consent.iter().any(|k| k.purpose == purpose && k.revoked.is_some_and(|r| r <= c.date));
            let later = p.consent.iter().filter(|k| k.purpose == purpose && k.given > c.date).map(|k| k.given).min();
            let state = match (revoked, later) {
                (true, _) => "revoked their consent".to_string(),
                (false, Some(given)) => format!("no consent yet on {} (given only on {given})", c.date),
                (false, None) => "no consent".to_string(),
            };
            Problem::error(
                field,
                format!(
                    "{} ({}) has {state} to take part in consultations {part}; record it first with `peerlog consent give {} {purpose} --date DATE`",
                    p.name, p.id, p.id
                ),
            )
        })
        .collect()
}

/// Two answers from the same side about the same consultation: the consultation they share.
pub fn same_answer<'a>(a: &Feedback, b: &'a Feedback) -> Option<&'a Id> {
    if a.from != b.from {
        return None;
    }
    b.consultations.iter().find(|c| a.consultations.contains(c))
}
