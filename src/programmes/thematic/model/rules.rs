//! Rules that span records, shared by the commands that write and by `check`.
//!
//! Each rule returns [`Problem`]s naming the field at fault, so a write can refuse with a
//! clear message and `check` can point at the line of that field.

use crate::i18n::Msg;
pub use crate::model::problem::{Problem, Severity};
use crate::model::{
    Consultation, Date, DeliveryModel, Feedback, GivenBy, Group, Id, Person, Purpose, Role, Stage, Status,
};

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
            Some(Problem::error("end", msg!("rule-group-span", end = e.to_string(), start = s.to_string())))
        }
        _ => None,
    }
}

/// A person's group must exist; a child peer needs a birth date so their age can be checked.
pub fn person(p: &Person, group: Option<&Group>) -> Vec<Problem> {
    let mut out = Vec::new();
    if group.is_none() {
        out.push(Problem::error("group", msg!("rule-no-group", id = p.group.to_string())));
    }
    if p.is_peer() && p.role == Role::Child && p.birth_date.is_none() && p.erased.is_none() {
        out.push(Problem::error(
            "birth_date",
            msg!("rule-child-no-birth-date", name = p.name.to_string(), age = MIN_PEER_AGE),
        ));
    }
    let today = Date::today();
    if p.erased.is_none() {
        out.extend(own_dates(p, today));
        out.extend(consents(p, today));
    }
    let active = p.peer.as_ref().is_some_and(|i| i.stage() != Some(Stage::Ended));
    if let (true, Role::Child, Some(born), None) = (active, p.role, p.birth_date, p.erased)
        && born.years_until(today) < MIN_PEER_AGE
    {
        let thirteen = born.0 + chrono::Months::new(12 * MIN_PEER_AGE as u32);
        out.push(Problem::warning(
            "birth_date",
            msg!(
                "rule-child-too-young-today",
                name = p.name.to_string(),
                years = born.years_until(today).max(0),
                age = MIN_PEER_AGE,
                from = Date(thirteen).to_string()
            ),
        ));
    }
    out
}

/// The age from which a person gives consent themself.
pub const ADULT_AGE: i32 = 18;

/// A birth date in the past and before every dated fact of the person's own record (stages,
/// observations, preparation, consents).
fn own_dates(p: &Person, today: Date) -> Vec<Problem> {
    let mut out = Vec::new();
    let Some(born) = p.birth_date else { return out };
    if born > today {
        let fix = fix(&p.id, msg!("rule-fix-birth-date", id = p.id.to_string()));
        out.push(Problem::error(
            "birth_date",
            msg!("rule-birth-future", name = p.name.to_string(), born = born.to_string(), fix = fix),
        ));
        return out;
    }
    let mut dated: Vec<(Date, &str)> = p.consent.iter().map(|c| (c.given, "consent")).collect();
    if let Some(info) = &p.peer {
        dated.extend(info.stages.iter().map(|s| (s.date, "stage")));
        dated.extend(info.observed.values().map(|d| (*d, "observation")));
        dated.extend(info.prepared.values().map(|d| (*d, "preparation")));
    }
    if let Some((day, what)) = dated.into_iter().filter(|(d, _)| *d < born).min() {
        out.push(Problem::error(
            "birth_date",
            msg!(
                "rule-birth-after",
                name = p.name.to_string(),
                born = born.to_string(),
                what = what,
                day = day.to_string()
            ),
        ));
    }
    out
}

/// Consents dated no later than today, revoked no earlier than given, and given by someone who
/// may give it: for a person under 18 on that day a parent, guardian or foster parent; for an
/// adult the person themself or a guardian. Without a birth date the role tells a child.
fn consents(p: &Person, today: Date) -> Vec<Problem> {
    let mut out = Vec::new();
    for c in &p.consent {
        let what = || {
            msg!(
                "rule-consent-what",
                name = p.name.to_string(),
                purpose = c.purpose.to_string(),
                given = c.given.to_string()
            )
        };
        // `flag` is the flag to correct with: given, revoked, by, or none.
        let correct = |flag: &str| {
            fix(&p.id, msg!("rule-fix-consent", id = p.id.to_string(), purpose = c.purpose.to_string(), flag = flag))
        };
        if c.given > today {
            out.push(Problem::error("consent", msg!("rule-consent-future", what = what(), fix = correct("given"))));
        }
        match c.revoked {
            Some(r) if r > today => out.push(Problem::error(
                "consent",
                msg!("rule-consent-revoked-future", what = what(), revoked = r.to_string(), fix = correct("revoked")),
            )),
            Some(r) if r < c.given => out.push(Problem::error(
                "consent",
                msg!("rule-consent-revoked-before", what = what(), revoked = r.to_string(), fix = correct("none")),
            )),
            _ => {}
        }
        if let Some(why) = giver_mismatch(p, c.by, c.given) {
            out.push(Problem::error(
                "consent",
                msg!("rule-consent-by", what = what(), by = c.by.to_string(), why = why, fix = correct("by")),
            ));
        }
    }
    out
}

/// `; correct it with COMMAND` for a written record; nothing for one being added, whose flags
/// are the fix (it has no ID to name yet).
fn fix(id: &Id, command: Msg) -> Msg {
    if id.is_draft() { Msg::raw("") } else { msg!("rule-fix", command = command) }
}

/// Why `by` cannot have given a consent for `p` on `day`, if it cannot.
/// A consent before the birth date has no age to judge by: [`own_dates`] refuses that date.
pub fn giver_mismatch(p: &Person, by: GivenBy, day: Date) -> Option<Msg> {
    let (minor, age) = match p.birth_date {
        Some(born) if born > day => return None,
        Some(born) => (born.years_until(day) < ADULT_AGE, Some(born.years_until(day))),
        None => (p.role == Role::Child, None),
    };
    let age = match age {
        Some(years) => msg!("rule-age-on-day", years = years),
        None => msg!("rule-age-role", role = p.role.to_string()),
    };
    match (minor, by) {
        (true, GivenBy::Themselves) => {
            Some(msg!("rule-giver-minor", name = p.name.to_string(), age = age, adult = ADULT_AGE))
        }
        (false, GivenBy::Parent | GivenBy::FosterParent) if p.birth_date.is_some() || p.role != Role::Child => {
            Some(msg!("rule-giver-adult", name = p.name.to_string(), age = age))
        }
        _ => None,
    }
}

/// A consultation's peer and recipient: both exist, differ, share a group, and the peer is a
/// peer old enough and far enough along the pipeline to consult.
pub fn consultation(c: &Consultation, peer: Option<&Person>, recipient: Option<&Person>) -> Vec<Problem> {
    let mut out = Vec::new();
    if c.status == Status::Held && c.date > Date::today() {
        out.push(Problem::error("date", msg!("rule-held-in-future", date = c.date.to_string())));
    }
    if c.reason.is_some() && c.status != Status::Cancelled {
        out.push(Problem::error("reason", msg!("rule-reason-not-cancelled", status = c.status.to_string())));
    }
    if c.peer == c.recipient {
        out.push(Problem::error("recipient", msg!("rule-peer-is-recipient", id = c.peer.to_string())));
    }
    let Some(peer) = peer else {
        out.push(Problem::error("peer", msg!("rule-no-peer", id = c.peer.to_string())));
        return out;
    };
    match &peer.peer {
        None => out.push(Problem::error(
            "peer",
            msg!("rule-not-a-peer", name = peer.name.to_string(), id = peer.id.to_string()),
        )),
        Some(info) if c.status != Status::Cancelled => {
            let first = info.stages.first().filter(|s| c.date < s.date);
            if let Some(first) = first {
                // The history starts later: it may be incomplete (a peer registered after the
                // consultations they gave), so this is a warning with the way to backfill it.
                out.push(Problem::warning(
                    "peer",
                    msg!(
                        "rule-before-pipeline",
                        date = c.date.to_string(),
                        name = peer.name.to_string(),
                        id = peer.id.to_string(),
                        stage = first.stage.to_string(),
                        since = first.date.to_string()
                    ),
                ));
            }
            if let Some(stage) = info
                .stage_on(c.date)
                .filter(|_| first.is_none())
                .filter(|s| !matches!(s, Stage::Prepared | Stage::Active))
            {
                let reached = [Stage::Prepared, Stage::Active].into_iter().filter_map(|s| info.reached(s)).min();
                let next = match (stage, reached) {
                    (Stage::Ended, _) => msg!("rule-stage-ended", id = peer.id.to_string()),
                    (_, Some(day)) => msg!("rule-stage-prepared-later", day = day.to_string()),
                    _ => msg!("rule-stage-missing", id = peer.id.to_string()),
                };
                // Not yet prepared is a warning, as the model's timing is: the history may be
                // incomplete. A peer whose role had ended does not consult.
                let severity = if stage == Stage::Ended { Severity::Error } else { Severity::Warning };
                out.push(Problem {
                    field: "peer",
                    severity,
                    message: msg!(
                        "rule-peer-stage",
                        name = peer.name.to_string(),
                        id = peer.id.to_string(),
                        stage = stage.to_string(),
                        date = c.date.to_string(),
                        next = next
                    ),
                });
            }
        }
        Some(_) => {}
    }
    if peer.role == Role::Child {
        match peer.birth_date {
            Some(born) if born.years_until(c.date) < MIN_PEER_AGE => out.push(Problem::error(
                "peer",
                msg!(
                    "rule-child-too-young",
                    name = peer.name.to_string(),
                    id = peer.id.to_string(),
                    years = born.years_until(c.date).max(0),
                    date = c.date.to_string(),
                    age = MIN_PEER_AGE
                ),
            )),
            _ => {}
        }
    }
    for (field, who) in [("peer", Some(peer)), ("recipient", recipient)] {
        if let Some(born) = who.and_then(|p| p.birth_date).filter(|b| c.date < *b) {
            let who = who.expect("has a birth date");
            out.push(Problem::error(
                field,
                msg!(
                    "rule-born-after-consultation",
                    name = who.name.to_string(),
                    id = who.id.to_string(),
                    born = born.to_string(),
                    date = c.date.to_string()
                ),
            ));
        }
    }
    match recipient {
        None => out.push(Problem::error("recipient", msg!("rule-no-recipient", id = c.recipient.to_string()))),
        Some(r) if r.group != peer.group => out.push(Problem::error(
            "recipient",
            msg!(
                "rule-other-group",
                name = r.name.to_string(),
                id = r.id.to_string(),
                group = r.group.to_string(),
                peer_group = peer.group.to_string()
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
        out.push(Problem::error("consultations", msg!("rule-feedback-none")));
    }
    for (id, c) in f.consultations.iter().zip(consultations) {
        match c {
            None => out.push(Problem::error("consultations", msg!("rule-no-consultation", id = id.to_string()))),
            Some(c) if c.status != Status::Held => out.push(Problem::error(
                "consultations",
                msg!("rule-feedback-not-held", id = id.to_string(), status = c.status.to_string()),
            )),
            Some(c) if f.date < c.date => out.push(Problem::error(
                "date",
                msg!("rule-feedback-before", date = f.date.to_string(), id = id.to_string(), held = c.date.to_string()),
            )),
            Some(_) => {}
        }
    }
    let mut recipients: Vec<_> = consultations.iter().flatten().map(|c| &c.recipient).collect();
    recipients.sort();
    recipients.dedup();
    if recipients.len() > 1 {
        out.push(Problem::error("consultations", msg!("rule-feedback-recipients")));
    }
    out
}

/// Two consultations of the same peer and recipient at the same date and time: one
/// consultation recorded twice.
pub fn same_slot(a: &Consultation, b: &Consultation) -> bool {
    a.peer == b.peer && a.recipient == b.recipient && a.date == b.date && a.time == b.time
}

/// Two consultations, neither cancelled, that share a person (as peer or recipient) and overlap
/// in time on one day: one person cannot be in both. `None` for one consultation recorded
/// twice, which [`same_slot`] reports. `name` gives a person's name for the message.
pub fn overlap(c: &Consultation, other: &Consultation, name: &dyn Fn(&Id) -> String) -> Option<Problem> {
    if c.id == other.id
        || c.date != other.date
        || c.status == Status::Cancelled
        || other.status == Status::Cancelled
        || same_slot(c, other)
        || !(c.time.start() < other.time.end() && other.time.start() < c.time.end())
    {
        return None;
    }
    let mut shared =
        [&c.peer, &c.recipient].into_iter().filter(|p| **p == other.peer || **p == other.recipient).map(|p| {
            let part = if *p == other.peer { "peer" } else { "recipient" };
            msg!("rule-overlap-shared", name = name(p), id = p.to_string(), part = part)
        });
    let shared = match (shared.next(), shared.next()) {
        (None, _) => return None,
        (Some(one), None) => one,
        (Some(one), Some(two)) => msg!("rule-overlap-both", one = one, two = two),
    };
    // Another row of the same import has no ID yet: it is named by its line.
    let (other_name, cancel) = match other.id.as_str().strip_prefix("c-row") {
        Some(line) => (msg!("rule-overlap-line", line = line), Msg::raw("")),
        None => (Msg::raw(other.id.to_string()), msg!("rule-overlap-cancel", id = other.id.to_string())),
    };
    Some(Problem::error(
        "time",
        msg!(
            "rule-overlap",
            time = c.time.to_string(),
            other = other_name,
            status = other.status.to_string(),
            other_time = other.time.to_string(),
            date = other.date.to_string(),
            shared = shared,
            cancel = cancel
        ),
    ))
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
                    msg!(
                        "rule-model-1",
                        date = c.date.to_string(),
                        group = group.name.to_string(),
                        which = which,
                        edge = edge.to_string()
                    ),
                ));
            }
        }
        Some(DeliveryModel::AfterGroup) => {
            if let Some(end) = group.end.filter(|e| c.date < *e) {
                out.push(Problem::warning(
                    "date",
                    msg!(
                        "rule-model-2",
                        date = c.date.to_string(),
                        group = group.name.to_string(),
                        end = end.to_string()
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
            msg!(
                "rule-model-2-approach",
                name = p.name.to_string(),
                day = day.to_string(),
                group = group.name.to_string(),
                latest = latest.to_string()
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
    [("peer", peer, Purpose::Peer, "peer"), ("recipient", recipient, Purpose::Recipient, "recipient")]
        .into_iter()
        .filter(|(_, p, purpose, _)| p.erased.is_none() && !p.has_consent(*purpose, c.date))
        .map(|(field, p, purpose, part)| {
            let revoked = p.consent.iter().any(|k| k.purpose == purpose && k.revoked.is_some_and(|r| r <= c.date));
            let later = p.consent.iter().filter(|k| k.purpose == purpose && k.given > c.date).map(|k| k.given).min();
            let state = match (revoked, later) {
                (true, _) => msg!("rule-consent-revoked"),
                (false, Some(given)) => {
                    msg!("rule-consent-later", date = c.date.to_string(), given = given.to_string())
                }
                (false, None) => msg!("rule-consent-none"),
            };
            Problem::error(
                field,
                msg!(
                    "rule-consent",
                    name = p.name.to_string(),
                    id = p.id.to_string(),
                    state = state,
                    part = part,
                    purpose = purpose.to_string()
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
