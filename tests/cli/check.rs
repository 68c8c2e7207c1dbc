//! `peerlog check` and broken input: a table of bad files and bad arguments. Each bad file is
//! reported by `check` at its exact line and column (in characters) and refused with the same
//! line by the writing command that meets it; every refusal leaves the folder byte-identical.

use crate::common::*;

/// A small folder built through the binary: a group with a peer, a recipient and another
/// participant, a held and a planned consultation, and the recipient's feedback.
pub struct Fx {
    pub f: Folder,
    pub g: String,
    pub peer: String,
    pub rec: String,
    pub other: String,
    pub held: String,
    pub planned: String,
    pub fb: String,
}

pub const HELD_DAY: &str = "2025-03-04";
pub const PLANNED_DAY: &str = "2025-03-11";

impl Fx {
    pub fn new() -> Fx {
        let f = Folder::new();
        let (g, peer, rec, other) = f.seeded();
        let held = run(&f, &consult("log", &peer, &rec, HELD_DAY, "17:30-18:15")).ok().to_string();
        let planned = run(&f, &consult("plan", &peer, &rec, PLANNED_DAY, "17:30-18:15")).ok().to_string();
        let fb = f
            .run(&[
                "feedback",
                "record",
                "--consultation",
                &held,
                "--from",
                "recipient",
                "--expected",
                "Uzklausīšanu",
                "--met",
                "partly",
                "--benefit",
                "Drosme runāt",
                "--date",
                "2025-03-05",
            ])
            .ok()
            .to_string();
        Fx { f, g, peer, rec, other, held, planned, fb }
    }

    pub fn group_file(&self) -> String {
        format!("groups/{}.toml", self.g)
    }
    pub fn person_file(&self, id: &str) -> String {
        format!("people/{id}.toml")
    }
    pub fn held_file(&self) -> String {
        format!("consultations/2025/{HELD_DAY}/{}.toml", self.held)
    }
    pub fn planned_file(&self) -> String {
        format!("consultations/2025/{PLANNED_DAY}/{}.toml", self.planned)
    }
    pub fn fb_file(&self) -> String {
        format!("feedback/2025/{}.toml", self.fb)
    }

    /// Replaces the first `from` in a file by `to`; returns the file.
    pub fn replace(&self, rel: &str, from: &str, to: &str) -> String {
        let text = self.f.read(rel);
        assert!(text.contains(from), "{rel} lacks {from:?}:\n{text}");
        self.f.write(rel, &text.replacen(from, to, 1));
        rel.to_string()
    }

    /// Replaces the line of `key` in a file by `line`; returns the file.
    pub fn set(&self, rel: &str, key: &str, line: &str) -> String {
        let text = self.f.read(rel);
        let old = text
            .lines()
            .find(|l| l.starts_with(&format!("{key} = ")))
            .unwrap_or_else(|| panic!("{rel} has no key {key}:\n{text}"))
            .to_string();
        self.replace(rel, &old, line)
    }

    /// Adds text after the top-level keys of a file (before any `[table]`); returns the file.
    pub fn add(&self, rel: &str, text: &str) -> String {
        let old = self.f.read(rel);
        let new = match old.find("\n[") {
            Some(i) => format!("{}\n{text}{}", &old[..i], &old[i..]),
            None => format!("{old}{text}\n"),
        };
        self.f.write(rel, &new);
        rel.to_string()
    }

    /// Copies a file to a new place, replacing `from` by `to` in its text; returns the copy.
    pub fn copy(&self, rel: &str, to_rel: &str, from: &str, to: &str) -> String {
        let text = self.f.read(rel).replacen(from, to, 1);
        self.f.write(to_rel, &text);
        to_rel.to_string()
    }

    /// A writing command that has to read the file `rel` (the `refused` half of a case).
    pub fn writer_for(&self, rel: &str) -> Vec<String> {
        let parts: Vec<&str> = rel.split('/').collect();
        let v = |a: &[&str]| a.iter().map(|s| s.to_string()).collect();
        match parts[0] {
            "people" => v(&["participant", "add", "Jauns Cilvēks", "--group", &self.g, "--role", "parent"]),
            "consultations" => consult("log", &self.peer, &self.other, parts[2], "08:00-09:00"),
            "feedback" => v(&[
                "feedback",
                "record",
                "--consultation",
                &self.held,
                "--from",
                "peer",
                "--expected",
                "A",
                "--met",
                "yes",
                "--benefit",
                "B",
                "--date",
                "2025-03-06",
            ]),
            _ => v(&["group", "add", "Cita grupa", "--leader", "L", "--venue", "V"]),
        }
    }
}

/// Runs the binary with owned arguments.
pub fn run(f: &Folder, args: &[String]) -> Run {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    f.run(&args)
}

pub fn consult(verb: &str, peer: &str, recipient: &str, date: &str, time: &str) -> Vec<String> {
    [
        "consult",
        verb,
        "--peer",
        peer,
        "--recipient",
        recipient,
        "--date",
        date,
        "--time",
        time,
        "--place",
        "Rīga, Brīvības iela 1",
        "--topic",
        "Robežu noteikšana",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// `path:line:column` of the first `needle` in a file, the column in characters; `1:1` for "".
/// A `|` in the needle marks the exact place (`date = |5`); else it is the needle's start.
pub fn locate(f: &Folder, rel: &str, needle: &str) -> String {
    if needle.is_empty() {
        return format!("{rel}:1:1");
    }
    let text = String::from_utf8_lossy(&std::fs::read(f.path(rel)).unwrap()).into_owned();
    let (head, tail) = needle.split_once('|').unwrap_or(("", needle));
    let at =
        text.find(&format!("{head}{tail}")).unwrap_or_else(|| panic!("{rel} lacks {needle:?}:\n{text}")) + head.len();
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before[before.rfind('\n').map_or(0, |i| i + 1)..].chars().count() + 1;
    format!("{rel}:{line}:{column}")
}

/// Runs `check` and returns its output line that starts with `loc: severity: `, asserting it
/// holds every fragment and that `check` changed nothing.
#[track_caller]
pub fn check_reports(f: &Folder, loc: &str, severity: &str, says: &[&str]) -> String {
    let before = f.snapshot();
    let run = f.run(&["check"]);
    assert!(before == f.snapshot(), "check changed the folder");
    assert_eq!(run.code, if severity == "error" { 1 } else { 0 }, "check exit code\n{}{}", run.stdout, run.stderr);
    let prefix = format!("{loc}: {severity}: ");
    let line = run
        .stdout
        .lines()
        .find(|l| l.starts_with(&prefix) && says.iter().all(|s| l.contains(s)))
        .unwrap_or_else(|| panic!("check output lacks a line {prefix}… with {says:?}:\n{}", run.stdout));
    let last = run.stdout.lines().last().unwrap_or_default();
    assert!(last.starts_with("checked "), "no count line:\n{}", run.stdout);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    line.to_string()
}

/// One bad file: how to break the fixture, where the problem is reported, what it says.
struct Bad {
    name: &'static str,
    /// Breaks the folder; returns the file where the problem is reported.
    setup: fn(&Fx) -> String,
    /// Text of that file where the problem is reported ("" for the file as a whole).
    at: &'static str,
    says: &'static [&'static str],
    /// A problem inside one file: the writing command that reads it refuses with the same line.
    /// Problems between records only `check` reports.
    in_file: bool,
}

const fn bad(name: &'static str, setup: fn(&Fx) -> String, at: &'static str, says: &'static [&'static str]) -> Bad {
    Bad { name, setup, at, says, in_file: true }
}

const fn rule(name: &'static str, setup: fn(&Fx) -> String, at: &'static str, says: &'static [&'static str]) -> Bad {
    Bad { name, setup, at, says, in_file: false }
}

const BAD_FILES: &[Bad] = &[
    // TOML syntax
    bad(
        "unterminated string",
        |x| x.set(&x.held_file(), "topic", "topic = \"Robežu noteikšana"),
        "noteikšana|",
        &["topic: invalid basic string"],
    ),
    bad(
        "key without a value",
        |x| x.set(&x.held_file(), "place", "place ="),
        "place =|",
        &["place: the value is missing"],
    ),
    bad(
        "duplicate key",
        |x| x.add(&x.held_file(), "status = \"planned\""),
        "status = \"planned\"",
        &["duplicate key status"],
    ),
    bad(
        "junk after a value, columns counted in characters",
        |x| x.set(&x.held_file(), "place", "place = \"Rīga, Brīvības iela 1\" ķēķis"),
        "ķēķis",
        &["expected newline"],
    ),
    bad(
        "bare word value",
        |x| x.set(&x.held_file(), "status", "status = held"),
        "status = |held",
        &["status: text is written in quotes: status = \"…\""],
    ),
    bad(
        "broken table header",
        |x| x.replace(&x.person_file(&x.peer), "[[peer.stages]]", "[[peer.stages]"),
        "[[peer.stages]|",
        &["unclosed array table"],
    ),
    bad(
        "a day not in the calendar",
        |x| x.set(&x.held_file(), "date", "date = 2025-02-30"),
        "2025-02-30",
        &["date: 2025-02-30 is not a day of the calendar"],
    ),
    // Unknown keys
    bad(
        "unknown key in a consultation",
        |x| x.add(&x.held_file(), "topik = \"Robežas\""),
        "topik",
        &["unknown key topik", "keys here are id, status"],
    ),
    bad(
        "unknown key in a group",
        |x| x.add(&x.group_file(), "vaditajs = \"Inese\""),
        "vaditajs",
        &["unknown key vaditajs"],
    ),
    bad(
        "unknown table in a person",
        |x| x.add(&x.person_file(&x.rec), "[extra]\nnote = \"x\""),
        "extra",
        &["unknown key extra"],
    ),
    bad(
        "unknown key in a peer stage",
        |x| x.replace(&x.person_file(&x.peer), "stage = \"active\"", "stage = \"active\"\nnotes = \"x\""),
        "notes",
        &["unknown key notes", "stage, date, note"],
    ),
    bad("unknown key in feedback", |x| x.add(&x.fb_file(), "comments = \"x\""), "comments", &["unknown key comments"]),
    // Wrong types and values
    bad(
        "a number for a date",
        |x| x.set(&x.held_file(), "date", "date = 5"),
        "date = |5",
        &["date: expected a date like 2025-03-14, found 5"],
    ),
    bad(
        "a number for a name",
        |x| x.set(&x.person_file(&x.rec), "name", "name = 5"),
        "name = |5",
        &["name: expected text in quotes, found 5"],
    ),
    bad(
        "unknown status",
        |x| x.set(&x.held_file(), "status", "status = \"done\""),
        "\"done\"",
        &["status: 'done' is not allowed here; use one of planned, held, cancelled"],
    ),
    bad(
        "unknown role",
        |x| x.set(&x.person_file(&x.rec), "role", "role = \"uncle\""),
        "\"uncle\"",
        &["role: 'uncle' is not allowed", "foster-parent"],
    ),
    bad(
        "a delivery model that does not exist",
        |x| x.add(&x.group_file(), "model = 3"),
        "model = |3",
        &["model 3 does not exist"],
    ),
    bad(
        "a malformed ID",
        |x| x.set(&x.held_file(), "recipient", "recipient = \"Anna\""),
        "\"Anna\"",
        &["recipient: 'Anna' is not a record ID"],
    ),
    bad(
        "an empty topic",
        |x| x.set(&x.held_file(), "topic", "topic = \"  \""),
        "\"  \"",
        &["topic: the value is empty"],
    ),
    bad(
        "a topic over 500 characters",
        |x| x.set(&x.held_file(), "topic", &format!("topic = \"{}\"", "ā".repeat(501))),
        "\"āā",
        &["topic: the value is 501 characters long; the limit is 500"],
    ),
    bad(
        "a control character in a name",
        |x| x.set(&x.person_file(&x.rec), "name", "name = \"Anna\\u0007\""),
        "\"Anna",
        &["name: the value holds a control character"],
    ),
    bad(
        "an end time before the start",
        |x| x.set(&x.held_file(), "time", "time = \"18:15-17:30\""),
        "\"18:15",
        &["time: '18:15-17:30' ends before it starts"],
    ),
    bad(
        "a time that is no time range",
        |x| x.set(&x.held_file(), "time", "time = \"4pm\""),
        "\"4pm\"",
        &["time: '4pm' is not a time range; write it as 16:00-17:00"],
    ),
    bad("a missing key", |x| x.set(&x.held_file(), "place", ""), "", &["the key place is missing"]),
    bad(
        "an unknown answer",
        |x| x.set(&x.fb_file(), "met", "met = \"maybe\""),
        "\"maybe\"",
        &["met: 'maybe' is not allowed here; use one of yes, partly, no"],
    ),
    bad(
        "text where a list belongs",
        |x| x.set(&x.fb_file(), "consultations", "consultations = \"c-abc\""),
        "\"c-abc\"",
        &["consultations: expected a list in brackets [...], found \"c-abc\""],
    ),
    bad(
        "an unknown peer stage",
        |x| x.set(&x.person_file(&x.peer), "stage", "stage = \"activ\""),
        "\"activ\"",
        &["peer.stages.stage: 'activ' is not allowed here"],
    ),
    bad(
        "a date with a time of day",
        |x| x.add(&x.person_file(&x.rec), "birth_date = 2010-01-01T10:00:00"),
        "2010-01-01T",
        &["birth_date: expected a date like 2025-03-14, found '2010-01-01T10:00:00'"],
    ),
    bad(
        "text that is no date",
        |x| x.add(&x.group_file(), "start = \"someday\""),
        "\"someday\"",
        &["start: 'someday' is not a date"],
    ),
    // Whole files
    bad(
        "not UTF-8",
        |x| {
            let rel = x.person_file(&x.rec);
            std::fs::write(x.f.path(&rel), b"id = \"p-x\"\nname = \"B\xe7rzi\xf1a\"\n").unwrap();
            rel
        },
        "name = \"B|",
        &["not UTF-8 text; save it as UTF-8"],
    ),
    bad(
        "git conflict markers in a consultation",
        |x| {
            let rel = x.held_file();
            let text = x.f.read(&rel);
            let (head, tail) = text.split_at(text.find("time").unwrap());
            let (line, rest) = tail.split_at(tail.find('\n').unwrap() + 1);
            x.f.write(
                &rel,
                &format!("{head}<<<<<<< HEAD\n{line}=======\ntime = \"17:00-18:00\"\n>>>>>>> other\n{rest}"),
            );
            rel
        },
        "<<<<<<<",
        &["git conflict marker"],
    ),
    bad(
        "git conflict markers in a person",
        |x| x.replace(&x.person_file(&x.peer), "[[peer.stages]]", "=======\n[[peer.stages]]"),
        "=======",
        &["git conflict marker"],
    ),
    bad(
        "an empty file",
        |x| {
            x.f.write(&x.group_file(), "");
            x.group_file()
        },
        "",
        &["the key id is missing"],
    ),
    bad(
        "a file named otherwise than its ID",
        |x| {
            let rel = x.person_file(&x.other);
            std::fs::rename(x.f.path(&rel), x.f.path("people/p-renamed.toml")).unwrap();
            "people/p-renamed.toml".into()
        },
        "id",
        &["the file is named p-renamed but holds record"],
    ),
    bad(
        "a consultation in another day's folder",
        |x| {
            let to = format!("consultations/2025/2025-03-05/{}.toml", x.held);
            std::fs::create_dir_all(x.f.path("consultations/2025/2025-03-05")).unwrap();
            std::fs::rename(x.f.path(&x.held_file()), x.f.path(&to)).unwrap();
            to
        },
        "id",
        &["belongs at consultations/2025/2025-03-04/", "move the file there"],
    ),
    bad(
        "a group ID in a person's file",
        |x| {
            let text = x.f.read(&x.person_file(&x.other)).replace(&x.other, "g-abcdefgh");
            std::fs::remove_file(x.f.path(&x.person_file(&x.other))).unwrap();
            x.f.write("people/g-abcdefgh.toml", &text);
            "people/g-abcdefgh.toml".into()
        },
        "id",
        &["g-abcdefgh is a group ID, but this is a person record; person IDs start with p-"],
    ),
    bad(
        "feedback in another year's folder",
        |x| {
            // A later year: `feedback record` looks at the years from its consultation's on.
            let to = format!("feedback/2026/{}.toml", x.fb);
            std::fs::create_dir_all(x.f.path("feedback/2026")).unwrap();
            std::fs::rename(x.f.path(&x.fb_file()), x.f.path(&to)).unwrap();
            to
        },
        "id",
        &["belongs at feedback/2025/"],
    ),
    // Settings
    bad(
        "a newer folder format",
        |x| {
            x.set("peerlog.toml", "format", "format = 2");
            "peerlog.toml".into()
        },
        "format = 2",
        &["format 2 is newer than this peerlog understands (up to 1)"],
    ),
    bad(
        "an unknown setting",
        |x| x.replace("peerlog.toml", "\n[report]", "\ncolour = \"blue\"\n[report]"),
        "colour",
        &["unknown key colour"],
    ),
    bad(
        "a broken settings file",
        |x| x.replace("peerlog.toml", "format = 1", "format = = 1"),
        "= 1",
        &["peerlog.toml"],
    ),
    bad(
        "text for the format version",
        |x| x.set("peerlog.toml", "format", "format = \"one\""),
        "\"one\"",
        &["format: expected a whole number"],
    ),
    // Between records: only `check` sees these
    rule(
        "a person in a group that does not exist",
        |x| x.set(&x.person_file(&x.other), "group", "group = \"g-nothere\""),
        "group",
        &["group 'g-nothere' does not exist"],
    ),
    rule(
        "a consultation with a peer who does not exist",
        |x| x.set(&x.held_file(), "peer", "peer = \"p-nothere\""),
        "peer",
        &["peer 'p-nothere' does not exist"],
    ),
    rule(
        "a consultation with a recipient who does not exist",
        |x| x.set(&x.held_file(), "recipient", "recipient = \"p-nothere\""),
        "recipient",
        &["recipient 'p-nothere' does not exist"],
    ),
    rule(
        "feedback on a consultation that does not exist",
        |x| x.set(&x.fb_file(), "consultations", "consultations = [\"c-nothere\"]"),
        "consultations",
        &["consultation 'c-nothere' does not exist"],
    ),
    rule(
        "the same ID in two files",
        |x| {
            std::fs::create_dir_all(x.f.path("consultations/2025/2025-03-05")).unwrap();
            x.copy(
                &x.held_file(),
                &format!("consultations/2025/2025-03-05/{}.toml", x.held),
                "date = 2025-03-04",
                "date = 2025-03-05",
            );
            x.held_file()
        },
        "id",
        &["is also used by consultations/2025/2025-03-05/"],
    ),
    rule(
        "two records of one consultation",
        |x| {
            x.copy(
                &x.planned_file(),
                &format!("consultations/2025/{PLANNED_DAY}/c-samesame.toml"),
                &x.planned,
                "c-samesame",
            );
            x.planned_file()
        },
        "time",
        &["the same consultation as c-samesame", "same peer, recipient, date and time"],
    ),
    rule(
        "a child peer under 13",
        |x| {
            x.set(&x.person_file(&x.peer), "role", "role = \"child\"\nbirth_date = 2013-01-01");
            x.held_file()
        },
        "peer",
        &["is 12 on 2025-03-04; a child peer must be at least 13"],
    ),
    rule(
        "a child peer without a birth date",
        |x| x.set(&x.person_file(&x.peer), "role", "role = \"child\""),
        "",
        &["child peer without a birth date"],
    ),
    rule(
        "a recipient outside the peer's group",
        |x| {
            x.copy(&x.group_file(), "groups/g-othergrp.toml", &x.g, "g-othergrp");
            x.set(&x.person_file(&x.rec), "group", "group = \"g-othergrp\"");
            x.held_file()
        },
        "recipient",
        &["is in group g-othergrp, not in the peer's group"],
    ),
    rule(
        "a participant who is not a peer consulting",
        |x| x.set(&x.held_file(), "peer", &format!("peer = \"{}\"", x.other)),
        "peer",
        &["is a participant but not a peer"],
    ),
    rule(
        "the same person as peer and recipient",
        |x| x.set(&x.held_file(), "recipient", &format!("recipient = \"{}\"", x.peer)),
        "recipient",
        &["cannot be both peer and recipient"],
    ),
    rule(
        "feedback on a consultation that is not held",
        |x| {
            x.set(&x.held_file(), "status", "status = \"planned\"");
            x.fb_file()
        },
        "consultations",
        &["is planned; feedback is only for held consultations"],
    ),
    rule(
        "feedback dated before its consultation",
        |x| x.set(&x.fb_file(), "date", "date = 2025-03-01"),
        "date",
        &["feedback given on 2025-03-01 cannot be about", "held later, on 2025-03-04"],
    ),
    rule(
        "two answers of one side on one consultation",
        |x| {
            x.copy(&x.fb_file(), "feedback/2025/f-twotimes.toml", &x.fb, "f-twotimes");
            x.fb_file()
        },
        "consultations",
        &["f-twotimes also holds recipient feedback on"],
    ),
    rule(
        "a group that ends before it starts",
        |x| x.add(&x.group_file(), "start = 2025-05-01\nend = 2025-04-01"),
        "end",
        &["the group ends on 2025-04-01, before it starts on 2025-05-01"],
    ),
];

#[test]
fn every_bad_file_is_located_by_check_and_refused_by_the_command_that_meets_it() {
    assert!(BAD_FILES.len() >= 40, "{} cases", BAD_FILES.len());
    let mut failures = Vec::new();
    for case in BAD_FILES {
        let result = std::panic::catch_unwind(|| {
            let fx = Fx::new();
            let rel = (case.setup)(&fx);
            let loc = locate(&fx.f, &rel, case.at);
            let line = check_reports(&fx.f, &loc, "error", case.says);
            eprintln!("{:<55} {line}", case.name);
            if case.in_file {
                let args = fx.writer_for(&rel);
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                let mut needles = vec![loc.as_str()];
                needles.extend(case.says);
                refused(&fx.f, &args, 1, &needles);
            }
        });
        if result.is_err() {
            failures.push(case.name);
        }
    }
    assert!(failures.is_empty(), "failed cases: {failures:?}");
}

/// One bad command line: the exit code and what the message says; nothing is written.
struct BadArgs {
    args: fn(&Fx) -> Vec<String>,
    code: i32,
    says: &'static [&'static str],
}

fn strings(a: &[&str]) -> Vec<String> {
    a.iter().map(|s| s.to_string()).collect()
}

const BAD_ARGS: &[BadArgs] = &[
    BadArgs { args: |_| strings(&["check", "--format", "xml"]), code: 2, says: &["'xml'", "text, json"] },
    BadArgs { args: |_| strings(&["check", "people"]), code: 2, says: &["unexpected argument 'people'"] },
    BadArgs { args: |_| strings(&["check", "--strict=yes"]), code: 2, says: &["--strict"] },
    BadArgs {
        args: |_| strings(&["check", "--dir", "nowhere"]),
        code: 2,
        says: &["nowhere is not a peerlog folder", "peerlog init nowhere"],
    },
    BadArgs {
        args: |x| consult("log", &x.peer, &x.rec, "2025-03-20", "25:00-26:00"),
        code: 1,
        says: &["--time", "'25:00-26:00' is not a time range"],
    },
    BadArgs {
        args: |x| consult("plan", &x.peer, &x.rec, "2025-13-01", "10:00-11:00"),
        code: 1,
        says: &["--date", "not a day of the calendar"],
    },
    BadArgs { args: |x| consult("log", &x.peer, &x.rec, HELD_DAY, "17:30-18:15"), code: 1, says: &["already records"] },
    BadArgs {
        args: |x| {
            strings(&[
                "feedback",
                "record",
                "--consultation",
                &x.held,
                "--from",
                "peer",
                "--expected",
                "A",
                "--met",
                "maybe",
                "--benefit",
                "B",
            ])
        },
        code: 2,
        says: &["'maybe'", "yes, partly, no"],
    },
    BadArgs {
        args: |x| {
            strings(&[
                "feedback",
                "record",
                "--consultation",
                &x.held,
                "--from",
                "peer",
                "--expected",
                "A",
                "--met",
                "yes",
                "--benefit",
                "B",
                "--date",
                "2025-03-01",
            ])
        },
        code: 1,
        says: &["--date: feedback given on 2025-03-01 cannot be about", "held later"],
    },
    BadArgs {
        args: |x| {
            strings(&[
                "feedback",
                "record",
                "--consultation",
                &x.held,
                "--from",
                "recipient",
                "--expected",
                "A",
                "--met",
                "yes",
                "--benefit",
                "B",
            ])
        },
        code: 1,
        says: &["already holds recipient feedback"],
    },
    BadArgs {
        args: |x| {
            strings(&[
                "feedback",
                "record",
                "--consultation",
                &x.planned,
                "--from",
                "recipient",
                "--expected",
                "A",
                "--met",
                "yes",
                "--benefit",
                "B",
            ])
        },
        code: 1,
        says: &["--consultation", "is planned; feedback is only for held"],
    },
    BadArgs {
        args: |_| {
            strings(&[
                "group",
                "add",
                "Vasaras grupa",
                "--leader",
                "L",
                "--venue",
                "V",
                "--start",
                "2025-05-01",
                "--end",
                "2025-04-01",
            ])
        },
        code: 1,
        says: &["--end: the group ends on 2025-04-01, before it starts on 2025-05-01"],
    },
    BadArgs {
        args: |x| {
            strings(&[
                "peer",
                "add",
                "Nākotnes Bērns",
                "--group",
                &x.g,
                "--role",
                "child",
                "--birth-date",
                "2099-01-01",
            ])
        },
        code: 1,
        says: &["--birth-date: 2099-01-01 is in the future"],
    },
    BadArgs {
        args: |_| strings(&["group", "add", &"Ā".repeat(501), "--leader", "L", "--venue", "V"]),
        code: 1,
        says: &["name is 501 characters long; the limit is 500"],
    },
    BadArgs {
        args: |x| strings(&["consult", "cancel", &x.held]),
        code: 1,
        says: &["is held; only planned consultations can be cancelled"],
    },
];

#[test]
fn bad_arguments_are_refused_and_write_nothing() {
    let fx = Fx::new();
    for case in BAD_ARGS {
        let args = (case.args)(&fx);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        refused(&fx.f, &args, case.code, case.says);
    }
}

#[test]
fn check_outside_a_folder_is_bad_usage() {
    Folder::empty().run(&["check"]).fails(2, &["no peerlog folder"]);
}

#[test]
fn a_clean_folder_checks_clean() {
    let fx = Fx::new();
    let run = fx.f.run(&["check"]);
    assert_eq!(run.ok(), "checked 8 files: no problems");
    let example = Folder::example();
    let run = example.run(&["check", "--strict"]);
    assert!(run.ok().starts_with("checked "), "{}", run.stdout);
    assert!(run.ok().ends_with(": no problems"), "{}", run.stdout);
}

#[test]
fn check_lists_every_problem_at_once_sorted_by_file() {
    let fx = Fx::new();
    // Two problems in one file, and problems in three more.
    fx.set(&fx.held_file(), "status", "status = \"done\"");
    fx.add(&fx.held_file(), "topik = \"x\"");
    fx.set(&fx.person_file(&fx.other), "group", "group = \"g-nothere\"");
    fx.add(&fx.group_file(), "vaditajs = \"x\"");
    fx.add(&fx.fb_file(), "komentars = \"x\"");
    let run = fx.f.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 6, "{}", run.stdout);
    assert!(lines[0].starts_with("consultations/") && lines[0].contains("status: 'done'"));
    assert!(lines[1].starts_with("consultations/") && lines[1].contains("unknown key topik"));
    assert!(lines[2].starts_with("feedback/") && lines[2].contains("unknown key komentars"));
    assert!(lines[3].starts_with("groups/") && lines[3].contains("unknown key vaditajs"));
    assert!(lines[4].starts_with("people/") && lines[4].contains("g-nothere"));
    assert_eq!(lines[5], "checked 8 files: 5 errors");
}

#[test]
fn check_as_json() {
    let fx = Fx::new();
    fx.set(&fx.held_file(), "time", "time = \"18:15-17:30\"");
    std::fs::write(fx.f.path("people/.peerlog-tmp-abc123"), "id = \"p-").unwrap();
    let run = fx.f.run(&["check", "--format", "json"]);
    assert_eq!(run.code, 1);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(v["files"], 8);
    assert_eq!(v["errors"], 1);
    assert_eq!(v["warnings"], 1);
    let problems = v["problems"].as_array().unwrap();
    assert_eq!(problems[0]["path"], fx.held_file());
    assert_eq!(problems[0]["line"], 6);
    assert_eq!(problems[0]["column"], 8);
    assert_eq!(problems[0]["severity"], "error");
    assert_eq!(problems[1]["path"], "people/.peerlog-tmp-abc123");
    assert_eq!(problems[1]["severity"], "warning");
}

#[test]
fn warnings_fail_only_with_strict_and_fix_removes_only_temporary_files() {
    let fx = Fx::new();
    let temp = format!("consultations/2025/{HELD_DAY}/.peerlog-tmp-Xy12ab");
    fx.f.write(&temp, "id = \"c-half");
    fx.f.write(".peerlog-tmp-root01", "format =");
    fx.f.write("groups/notes.txt", "Piezīmes");
    fx.f.write("people/.DS_Store", "");
    let records = fx.f.files("");
    let run = fx.f.run(&["check"]);
    assert_eq!(run.code, 0, "warnings alone pass:\n{}", run.stdout);
    assert!(run.stdout.contains(&format!("{temp}:1:1: warning: temporary file left by an interrupted write")));
    assert!(run.stdout.contains(".peerlog-tmp-root01:1:1: warning: temporary file"));
    assert!(run.stdout.contains("groups/notes.txt:1:1: warning: not a record"));
    assert!(!run.stdout.contains("DS_Store"), "hidden files are not records:\n{}", run.stdout);
    assert!(run.stdout.ends_with("checked 8 files: 3 warnings\n"), "{}", run.stdout);
    // Loaders ignore temporary files.
    fx.f.run(&["consult", "list"]).ok();

    let strict = fx.f.run(&["check", "--strict"]);
    assert_eq!(strict.code, 1);
    assert!(strict.stdout.contains(&format!("{temp}:1:1: error: temporary file")));
    assert!(strict.stdout.ends_with("checked 8 files: 3 errors\n"), "{}", strict.stdout);

    let fix = fx.f.run(&["check", "--fix"]);
    assert_eq!(fix.code, 0);
    assert!(fix.stderr.contains(&format!("removed {temp}")), "{}", fix.stderr);
    assert!(!fx.f.path(&temp).exists() && !fx.f.path(".peerlog-tmp-root01").exists());
    assert!(fx.f.path("groups/notes.txt").exists(), "--fix removes only temporary files");
    assert!(fx.f.path("people/.DS_Store").exists());
    assert_eq!(fx.f.files(""), records, "no record touched");
    assert!(fix.stdout.ends_with("checked 8 files: 1 warning\n"), "{}", fix.stdout);
}

#[test]
fn a_newer_format_stops_every_command_and_check_reports_only_that() {
    let fx = Fx::new();
    fx.set("peerlog.toml", "format", "format = 7");
    fx.add(&fx.held_file(), "future_key = 1");
    let run = fx.f.run(&["check"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout,
        "peerlog.toml:3:1: error: format 7 is newer than this peerlog understands (up to 1)\nchecked 1 file: 1 error\n"
    );
    refused(&fx.f, &["consult", "list"], 1, &["peerlog.toml:3:1", "upgrade peerlog"]);
}

#[test]
fn a_broken_file_does_not_hide_the_problems_of_the_records_that_point_to_it() {
    let fx = Fx::new();
    // The peer's file is broken: consultations naming the peer are not also reported as
    // pointing to a missing peer, while their own problems still are.
    fx.add(&fx.person_file(&fx.peer), "x = 1");
    fx.set(&fx.held_file(), "time", "time = \"18:15-17:30\"");
    let run = fx.f.run(&["check"]);
    assert_eq!(run.code, 1);
    assert!(!run.stdout.contains("does not exist"), "{}", run.stdout);
    assert!(run.stdout.contains("unknown key x"));
    assert!(run.stdout.contains("ends before it starts"));
}

#[test]
fn a_broken_file_is_reported_the_same_by_check_and_by_readers() {
    let fx = Fx::new();
    fx.set(&fx.held_file(), "time", "time = \"18:15-17:30\"");
    let line = check_reports(&fx.f, &format!("{}:6:8", fx.held_file()), "error", &["ends before it starts"]);
    for args in [
        vec!["consult", "list"],
        vec!["consult", "show", &fx.held],
        vec!["peer", "show", &fx.peer],
        vec!["report", "appendix1", "--group", &fx.g],
    ] {
        let run = fx.f.run(&args);
        assert_eq!(run.code, 1, "{args:?}");
        assert!(run.stderr.contains(&line), "{args:?}:\n{}", run.stderr);
        assert!(run.stderr.contains("peerlog check"), "{}", run.stderr);
    }
}

#[test]
fn a_line_break_or_tab_written_by_hand_in_a_one_line_field_is_an_error_as_on_write() {
    // The writers refuse them (`name holds a line break or a tab`); a hand edit through an
    // escape, a multi-line string or a raw tab must not pass `check`.
    let f = Folder::example();
    let c = "consultations/2025/2025-03-04/c-iv2y4v95.toml";
    let p = "people/p-3yae3jef.toml";
    f.write(
        c,
        &f.read(c).replace("topic = \"Kā runāt", "topic = \"\"\"Kā\nrunāt").replace("robežām\"", "robežām\"\"\""),
    );
    f.write(p, &f.read(p).replace("name = \"Dace Šmite\"", "name = \"Dace\\tŠmite\""));
    let u = "units/u-anzf7rs3.toml";
    let g = Folder::example_colleague();
    g.write(u, &g.read(u).replace("region = \"Rīga\"", "region = 'Rī\tga'"));
    for (f, expected) in [
        (
            &f,
            &[&format!("{c}:8:1: error: topic holds a line break or a tab"), &format!("{p}:2:1: error: name holds")][..],
        ),
        (&g, &[&format!("{u}:4:1: error: region holds a line break or a tab")][..]),
    ] {
        let before = f.snapshot();
        let run = f.run(&["check"]);
        assert_eq!(run.code, 1, "{}", run.stdout);
        for e in expected {
            assert!(run.stdout.contains(e.as_str()), "{e}:\n{}", run.stdout);
        }
        assert_eq!(f.snapshot(), before);
    }
    // A tab as the space around `=` is fine.
    let f = Folder::example();
    f.write(p, &f.read(p).replace("name = ", "name\t=\t"));
    assert!(f.run(&["check"]).ok().contains("no problems"), "{p}");
}

#[test]
fn a_line_break_in_a_key_of_a_table_is_reported_at_that_key_not_at_a_namesake() {
    // `ended.reason` (a word) comes first in the file; the broken one is `interview.reason`.
    let f = Folder::example_colleague();
    let s = "supporters/s-2sfxzudz.toml";
    let text = f.read(s).replacen(
        "[interview]\n",
        "[ended]\ndate = 2025-06-01\nreason = \"withdrew\"\n\n[interview]\nreason = \"Ne\\nkā\"\n",
        1,
    );
    let line = text.lines().position(|l| l == "reason = \"Ne\\nkā\"").expect("written") + 1;
    f.write(s, &text);
    let run = f.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let expected = format!("{s}:{line}:1: error: reason holds a line break or a tab");
    assert!(run.stdout.contains(&expected), "{expected}:\n{}", run.stdout);
}
