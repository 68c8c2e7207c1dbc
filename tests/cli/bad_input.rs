//! Bad input: a clear message naming the field and value, a non-zero exit, nothing written.

use crate::common::*;

fn log_args<'a>(peer: &'a str, recipient: &'a str, date: &'a str, time: &'a str) -> Vec<&'a str> {
    consult_log(peer, recipient, date, time, "Tēma")
}

#[test]
fn impossible_dates_and_times() {
    let f = Folder::new();
    let (_, p, r, _) = f.seeded();
    refused(
        &f,
        &log_args(&p, &r, "31.02.2025", "16:00-17:00"),
        1,
        &["--date", "31.02.2025", "not a day of the calendar"],
    );
    refused(&f, &log_args(&p, &r, "2025/03/01", "16:00-17:00"), 1, &["--date", "2025/03/01", "2025-03-14"]);
    refused(&f, &log_args(&p, &r, "2025-03-01", "17:00-16:00"), 1, &["--time", "17:00-16:00", "ends before it starts"]);
    refused(&f, &log_args(&p, &r, "2025-03-01", "4pm"), 1, &["--time", "4pm", "16:00-17:00"]);
}

#[test]
fn unknown_and_ambiguous_references() {
    let f = Folder::new();
    let (g, p, r, _) = f.seeded();
    f.run(&["participant", "add", "Anna Kalna", "--group", &g, "--role", "parent"]).ok();
    refused(&f, &log_args(&p, "berzna", "2025-03-01", "16:00-17:00"), 1, &["--recipient", "berzna", "Anna Bērziņa"]);
    refused(
        &f,
        &log_args(&p, "anna", "2025-03-01", "16:00-17:00"),
        1,
        &["--recipient", "'anna' matches 2", "Anna Kalna"],
    );
    refused(&f, &log_args("p-zzzz", &r, "2025-03-01", "16:00-17:00"), 1, &["--peer", "p-zzzz"]);
    refused(&f, &["consult", "cancel", "c-nothing"], 1, &["c-nothing"]);
    refused(&f, &["participant", "add", "X", "--group", "nowhere", "--role", "parent"], 1, &["--group", "nowhere"]);
}

#[test]
fn same_person_as_peer_and_recipient() {
    let f = Folder::new();
    let (_, p, ..) = f.seeded();
    refused(&f, &log_args(&p, &p, "2025-03-01", "16:00-17:00"), 1, &["--recipient", "both peer and recipient"]);
}

#[test]
fn a_child_peer_under_13() {
    let f = Folder::new();
    let (g, _, r, _) = f.seeded();
    refused(&f, &["peer", "add", "Mazais Pēteris", "--group", &g, "--role", "child"], 1, &["--birth-date", "13"]);
    let kid = f.run(&[
        "peer",
        "add",
        "Jauns Pēteris",
        "--group",
        &g,
        "--role",
        "child",
        "--birth-date",
        "2012-06-01",
        "--consent",
        "peer",
        "--consent-date",
        "2024-01-01",
        "--consent-by",
        "parent",
    ]);
    let kid = kid.ok().to_string();
    refused(&f, &log_args(&kid, &r, "2025-05-31", "16:00-17:00"), 1, &["--peer", "is 12 on 2025-05-31", "at least 13"]);
    // On the 13th birthday it is allowed.
    f.run(&log_args(&kid, &r, "2025-06-01", "16:00-17:00")).ok();
}

#[test]
fn a_recipient_outside_the_peers_group() {
    let f = Folder::new();
    let (_, p, ..) = f.seeded();
    let g2 = f.run(&["group", "add", "Otra grupa", "--leader", "L", "--venue", "V"]).ok().to_string();
    let stranger = f.run(&["participant", "add", "Svešā Ieva", "--group", &g2, "--role", "parent"]).ok().to_string();
    refused(&f, &log_args(&p, &stranger, "2025-03-01", "16:00-17:00"), 1, &["--recipient", "not in the peer's group"]);
}

#[test]
fn a_participant_who_is_not_a_peer_cannot_consult() {
    let f = Folder::new();
    let (_, _, r, o) = f.seeded();
    refused(&f, &log_args(&r, &o, "2025-03-01", "16:00-17:00"), 1, &["--peer", "not a peer", "peerlog peer add"]);
}

#[test]
fn feedback_on_a_consultation_that_is_not_held() {
    let f = Folder::new();
    let (_, p, r, _) = f.seeded();
    let mut plan = log_args(&p, &r, "2025-03-01", "16:00-17:00");
    plan[1] = "plan";
    let c = f.run(&plan).ok().to_string();
    let fb = feedback_args(&c, "recipient", "2025-03-05");
    refused(&f, &fb, 1, &["--consultation", &c, "planned", "only for held"]);
}

#[test]
fn empty_required_fields() {
    let f = Folder::new();
    let (_, p, r, _) = f.seeded();
    let mut args = log_args(&p, &r, "2025-03-01", "16:00-17:00");
    args[13] = "   ";
    refused(&f, &args, 1, &["--topic is empty"]);
    refused(&f, &["group", "add", "", "--leader", "L", "--venue", "V"], 1, &["name is empty"]);
    refused(&f, &["consult", "log", "--peer", &p], 2, &["missing --recipient, --date, --time, --place, --topic"]);
}

#[test]
fn a_consultation_recorded_twice() {
    let f = Folder::new();
    let (_, p, r, _) = f.seeded();
    let c = f.run(&log_args(&p, &r, "2025-03-01", "16:00-17:00")).ok().to_string();
    refused(&f, &log_args(&p, &r, "01.03.2025.", "16:00-17:00"), 1, &[&c, "already records"]);
}

#[test]
fn duplicate_names_are_refused() {
    let f = Folder::new();
    let (g, ..) = f.seeded();
    refused(&f, &["group", "add", "rigas GRUPA", "--leader", "L", "--venue", "V"], 1, &["exists already"]);
    refused(
        &f,
        &["participant", "add", "anna berzina", "--group", &g, "--role", "parent"],
        1,
        &["already a participant"],
    );
    refused(&f, &["peer", "add", "Līga Ozoliņa", "--group", &g], 1, &["already a peer"]);
}

#[test]
fn bad_usage_exits_2() {
    let f = Folder::new();
    refused(&f, &["consult", "frobnicate"], 2, &["frobnicate"]);
    refused(&f, &["participant", "add", "X", "--group", "g", "--role", "uncle"], 2, &["uncle"]);
}

#[test]
fn everyday_mistakes_are_refused_or_warned_about() {
    let f = Folder::new();
    let (g, p, r, _) = f.seeded();
    // A held consultation cannot be in the future.
    refused(&f, &log_args(&p, &r, "2099-01-01", "16:00-17:00"), 1, &["--date", "2099-01-01 is in the future"]);
    // Years outside 1900-2100 are typos.
    refused(&f, &log_args(&p, &r, "1.1.1", "16:00-17:00"), 1, &["--date", "years run from 1900 to 2100"]);
    refused(&f, &log_args(&p, &r, "2025-03-01", "16:00-16:00"), 1, &["--time", "ends when it starts"]);
    // A single letter never picks a record; a part of a name does from the start of a word.
    refused(&f, &log_args(&p, "č", "2025-03-01", "16:00-17:00"), 1, &["--recipient", "no person is called 'č'"]);
    // Consent must be in force on the consultation's day, not only today.
    let late =
        f.run(&["participant", "add", "Ieva Ērgle", "--group", &g, "--role", "parent", "--consent", "recipient"]);
    let late = late.ok().to_string();
    refused(&f, &log_args(&p, &late, "2025-03-01", "16:00-17:00"), 1, &["--recipient", "no consent yet on 2025-03-01"]);
    // A child peer under 13 is warned about when added.
    let kid = f.run(&[
        "peer",
        "add",
        "Mazs Bērns",
        "--group",
        &g,
        "--role",
        "child",
        "--birth-date",
        "2020-01-01",
        "--consent",
        "peer",
        "--consent-by",
        "parent",
    ]);
    kid.ok();
    assert!(kid.stderr.contains("warning: --birth-date: Mazs Bērns is"), "{}", kid.stderr);
    // Moving a peer back in the pipeline is allowed, with a warning.
    let back = f.run(&["peer", "stage", &p, "identified"]);
    back.ok();
    assert!(back.stderr.contains("moves back from active to identified"), "{}", back.stderr);
    // --output-dir and --all-groups go together.
    refused(
        &f,
        &["report", "appendix1", "--group", &g, "--output-dir", "out"],
        2,
        &["--output-dir goes with --all-groups"],
    );
    refused(&f, &["report", "appendix1", "--all-groups", "--output", "x.csv"], 2, &["add --output-dir DIR"]);
    // Erasing twice says so, and succeeds: an erasure can always be finished.
    f.run(&["erase", &r, "--yes"]).ok();
    let again = f.run(&["erase", &r, "--yes"]);
    again.ok();
    assert!(
        again.stderr.contains("was erased on") && again.stderr.contains("no record holds their name"),
        "{}",
        again.stderr
    );
}
