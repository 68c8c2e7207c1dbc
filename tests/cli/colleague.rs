//! The second programme, colleague support persons (seed 000): a colleague-support folder from
//! nomination to the quarterly report, through the real binary.

use crate::common::*;
use std::io::Read;
use std::path::Path;

/// An initialised, empty colleague-support folder.
fn colleague() -> Folder {
    let f = Folder::empty();
    f.run(&["init", ".", "--programme", "colleague-support"]).ok();
    f
}

/// A unit and a psychologist; returns (unit, psychologist).
fn basics(f: &Folder) -> (String, String) {
    let unit = f
        .run(&["unit", "add", "Daugavpils iecirknis", "--service", "Valsts policija", "--region", "Latgale"])
        .ok()
        .to_string();
    let psy = f.run(&["psychologist", "add", "Dace Rozīte", "--city", "Daugavpils"]).ok().to_string();
    (unit, psy)
}

fn nominate(f: &Folder, name: &str, unit: &str) -> String {
    f.run(&[
        "support",
        "nominate",
        name,
        "--unit",
        unit,
        "--applied",
        "2025-01-06",
        "--team-nominated",
        "--voluntary",
        "--superior-agreed",
    ])
    .ok()
    .to_string()
}

/// Interviews, trains (six days of six hours, three consultations) and activates on 2025-03-03.
fn make_active(f: &Folder, people: &[&str], psy: &str) {
    for s in people {
        f.run(&["support", "interview", s, "--date", "2025-01-20", "--psychologist", psy, "--decision", "approved"])
            .ok();
    }
    for day in ["2025-02-03", "2025-02-04", "2025-02-05", "2025-02-10", "2025-02-11", "2025-02-12"] {
        let mut args = vec!["support", "train"];
        args.extend(people);
        args.extend(["--date", day, "--hours", "6"]);
        f.run(&args).ok();
    }
    for s in people {
        for day in ["2025-02-17", "2025-02-20", "2025-02-24"] {
            f.run(&["support", "consultation", s, "--date", day, "--psychologist", psy]).ok();
        }
        f.run(&["support", "activate", s, "--date", "2025-03-03"]).ok();
    }
}

fn stage(f: &Folder, who: &str) -> String {
    let out = f.run(&["support", "show", who, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(out.ok()).unwrap();
    v["stage"].as_str().unwrap_or("").to_string()
}

/// Edits one setting line of peerlog.toml's [colleague] table.
fn set(f: &Folder, key: &str, value: &str) {
    let text = f.read("peerlog.toml");
    let edited: Vec<String> = text
        .lines()
        .map(|l| if l.starts_with(&format!("{key} = ")) { format!("{key} = {value}") } else { l.to_string() })
        .collect();
    assert_ne!(text.lines().collect::<Vec<_>>(), edited, "no setting {key}");
    f.write("peerlog.toml", &(edited.join("\n") + "\n"));
}

fn csv_rows(text: &str) -> Vec<csv::StringRecord> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let mut rows = vec![header];
    rows.extend(reader.records().map(Result::unwrap));
    rows
}

/// The value of `column` in the CSV report row of `unit` (by name) and `quarter`.
fn cell(report: &[csv::StringRecord], quarter: &str, unit: &str, column: &str) -> String {
    let col = report[0].iter().position(|h| h == column).unwrap_or_else(|| panic!("no column {column}"));
    let row = report[1..]
        .iter()
        .find(|r| &r[0] == quarter && &r[2] == unit)
        .unwrap_or_else(|| panic!("no row {quarter} {unit}"));
    row[col].to_string()
}

#[test]
fn init_records_the_programme_and_makes_its_folders() {
    let f = colleague();
    let settings = f.read("peerlog.toml");
    for needle in [
        "programme = \"colleague-support\"",
        "training_hours = 36",
        "training_days = 6",
        "training_consultations = 3",
        "supervision_missed = 2",
        "small_cell_threshold = 3",
    ] {
        assert!(settings.contains(needle), "{needle} missing:\n{settings}");
    }
    assert!(!settings.contains("[report]"), "no Appendix 1 wording here");
    for dir in ["units", "supporters", "psychologists", "supervision", "contacts", "incidents", "referrals"] {
        assert!(f.path(dir).is_dir(), "{dir} missing");
    }
    assert!(!f.path("groups").exists());
    // A thematic-groups folder stays as it was: no programme line, the default.
    let t = Folder::new();
    assert!(!t.read("peerlog.toml").contains("programme"));
    refused(&f, &["init", "."], 1, &["already holds peerlog.toml"]);
    Folder::empty().run(&["init", ".", "--programme", "choir"]).fails(2, &["choir", "colleague-support"]);
}

#[test]
fn commands_of_the_other_programme_are_refused_with_exit_2() {
    let f = colleague();
    refused(
        &f,
        &["group", "add", "Rīgas grupa", "--leader", "Inese Kalniņa", "--venue", "Rīga"],
        2,
        &["`peerlog group` is for thematic-groups folders", "is a colleague-support folder", "unit, support"],
    );
    refused(&f, &["report", "appendix1"], 2, &["`peerlog report appendix1` is for thematic-groups"]);
    refused(&f, &["peer", "list"], 2, &["thematic-groups"]);

    let t = Folder::new();
    refused(
        &t,
        &["unit", "add", "Daugavpils iecirknis", "--service", "Valsts policija", "--region", "Latgale"],
        2,
        &[
            "`peerlog unit` is for colleague-support folders",
            "is a thematic-groups folder",
            "peerlog init PATH --programme colleague-support",
        ],
    );
    refused(&t, &["report", "programme"], 2, &["`peerlog report programme` is for colleague-support"]);
    refused(&t, &["support", "agenda"], 2, &["colleague-support"]);

    // A folder written before programmes existed (no programme key) is a thematic-groups folder.
    let old = Folder::example();
    assert!(!old.read("peerlog.toml").contains("programme"));
    old.run(&["group", "list"]).ok();
    refused(&old, &["contact", "list"], 2, &["is a thematic-groups folder"]);
}

#[test]
fn nobody_becomes_active_without_an_approved_interview_and_completed_training() {
    let f = colleague();
    let (unit, psy) = basics(&f);
    // Voluntary and agreed by the superior, or not recorded at all.
    refused(
        &f,
        &["support", "nominate", "Jānis Ozols", "--unit", &unit, "--applied", "2025-01-06", "--superior-agreed"],
        1,
        &["voluntary", "--voluntary", "nothing was written"],
    );
    refused(
        &f,
        &["support", "nominate", "Jānis Ozols", "--unit", "daugavpils", "--voluntary"],
        1,
        &["direct superior's agreement", "--superior-agreed"],
    );
    let run = f.run(&[
        "support",
        "nominate",
        "Jānis Ozols",
        "--unit",
        "daugavpils",
        "--applied",
        "06.01.2025",
        "--voluntary",
        "--superior-agreed",
    ]);
    let ozols = run.ok().to_string();
    assert!(ozols.starts_with("s-"));
    assert!(run.stderr.contains("not nominated by the team"), "{}", run.stderr);
    assert_eq!(stage(&f, "ozols"), "nominated");
    let file = f.read(&format!("supporters/{ozols}.toml"));
    for needle in ["applied = 2025-01-06", "team_nominated = false", "voluntary = true", "superior_agreed = true"] {
        assert!(file.contains(needle), "{needle}:\n{file}");
    }
    refused(
        &f,
        &["support", "nominate", "janis ozols", "--unit", &unit, "--voluntary", "--superior-agreed"],
        1,
        &["already a support person or candidate"],
    );

    // No activation, no training before an approved interview.
    refused(
        &f,
        &["support", "activate", "ozols", "--date", "2025-03-03"],
        1,
        &["nobody becomes active", "no approved interview", "0 of 36 hours"],
    );
    refused(
        &f,
        &["support", "train", "ozols", "--date", "2025-02-03", "--hours", "6"],
        1,
        &["no approved interview", "support interview"],
    );

    // A decision not to approve needs a short reason, and ends the road.
    let kalns = nominate(&f, "Oskars Kalns", &unit);
    refused(
        &f,
        &[
            "support",
            "interview",
            &kalns,
            "--date",
            "2025-01-20",
            "--psychologist",
            "rozite",
            "--decision",
            "not-approved",
        ],
        1,
        &["short reason", "--reason"],
    );
    let long = "x".repeat(201);
    refused(
        &f,
        &[
            "support",
            "interview",
            &kalns,
            "--date",
            "2025-01-20",
            "--psychologist",
            "rozite",
            "--decision",
            "not-approved",
            "--reason",
            &long,
        ],
        1,
        &["at most 200 characters"],
    );
    f.run(&[
        "support",
        "interview",
        &kalns,
        "--date",
        "2025-01-20",
        "--psychologist",
        "rozite",
        "--decision",
        "not-approved",
        "--reason",
        "Pašlaik pārāk liela slodze",
    ])
    .ok();
    assert_eq!(stage(&f, &kalns), "not-approved");
    refused(&f, &["support", "train", &kalns, "--date", "2025-02-03", "--hours", "6"], 1, &["no approved interview"]);

    // The interview follows the application.
    refused(
        &f,
        &["support", "interview", "ozols", "--date", "2025-01-02", "--psychologist", &psy, "--decision", "approved"],
        1,
        &["before the application on 2025-01-06"],
    );
    f.run(&["support", "interview", "ozols", "--date", "2025-01-20", "--psychologist", &psy, "--decision", "approved"])
        .ok();
    assert_eq!(stage(&f, "ozols"), "interviewed");
    refused(
        &f,
        &["support", "interview", "ozols", "--date", "2025-01-21", "--psychologist", &psy, "--decision", "approved"],
        1,
        &["was interviewed on 2025-01-20"],
    );

    // The ledger: five days of six hours are not the course.
    for day in ["2025-02-03", "2025-02-04", "2025-02-05", "2025-02-10", "2025-02-11"] {
        f.run(&["support", "train", "ozols", "--date", day, "--hours", "6"]).ok();
    }
    assert_eq!(stage(&f, "ozols"), "in-training");
    refused(&f, &["support", "train", "ozols", "--date", "2025-02-12", "--hours", "25"], 1, &["--hours", "at most 24"]);
    // Too many decimals: said without a rounded number that would look fine.
    let decimals = ["support", "train", "ozols", "--date", "2025-02-12", "--hours", "4.567"];
    refused(&f, &decimals, 1, &["more than two decimals"]);
    assert!(!f.run(&decimals).stderr.contains("4.57"));
    refused(
        &f,
        &["support", "activate", "ozols", "--date", "2025-03-03"],
        1,
        &[
            "nobody becomes active",
            "has not completed training by 2025-03-03",
            "30 of 36 hours",
            "5 of 6 days",
            "0 of 3 individual consultations",
        ],
    );
    f.run(&["support", "train", "ozols", "--date", "12.02.2025", "--hours", "4,5"]).ok();
    f.run(&["support", "train", "ozols", "--date", "2025-02-13", "--hours", "1.5"]).ok();
    for day in ["2025-02-17", "2025-02-20"] {
        f.run(&["support", "consultation", "ozols", "--date", day, "--psychologist", &psy]).ok();
    }
    refused(&f, &["support", "activate", "ozols", "--date", "2025-03-03"], 1, &["2 of 3 individual consultations"]);
    assert_eq!(stage(&f, "ozols"), "in-training");
    let last = f.run(&["support", "consultation", "ozols", "--date", "2025-02-24", "--psychologist", &psy]);
    last.ok();
    assert!(last.stderr.contains("completed training on 2025-02-24"), "{}", last.stderr);
    assert_eq!(stage(&f, "ozols"), "trained");
    // Activation cannot be dated before training was complete.
    refused(
        &f,
        &["support", "activate", "ozols", "--date", "2025-02-20"],
        1,
        &["has not completed training by 2025-02-20"],
    );
    assert_eq!(f.run(&["support", "activate", "ozols", "--date", "2025-03-03"]).ok(), ozols);
    assert_eq!(stage(&f, "ozols"), "active");
    let shown = f.run(&["support", "show", "ozols", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(shown.ok()).unwrap();
    assert_eq!(v["training_hours"], 36.0);
    assert_eq!(v["training_days"], 7);
    assert_eq!(v["training_completed"], "2025-02-24");
    assert_eq!(v["active_since"], "2025-03-03");
    refused(&f, &["support", "activate", "ozols"], 1, &["is active since 2025-03-03"]);

    f.run(&["support", "end", "ozols", "--date", "2025-09-30", "--reason", "left-service"]).ok();
    assert_eq!(stage(&f, "ozols"), "ended");
    refused(&f, &["support", "train", "ozols", "--date", "2025-10-01", "--hours", "2"], 1, &["ended on 2025-09-30"]);
}

#[test]
fn trained_follows_the_course_in_the_folder_settings() {
    let f = colleague();
    let (unit, psy) = basics(&f);
    let s = nominate(&f, "Inga Strode", &unit);
    f.run(&["support", "interview", &s, "--date", "2025-01-20", "--psychologist", &psy, "--decision", "approved"]).ok();
    f.run(&["support", "train", &s, "--date", "2025-02-03", "--hours", "6"]).ok();
    f.run(&["support", "consultation", &s, "--date", "2025-02-04", "--psychologist", &psy]).ok();
    assert_eq!(stage(&f, &s), "in-training");
    set(&f, "training_hours", "6");
    set(&f, "training_days", "1");
    set(&f, "training_consultations", "1");
    assert_eq!(stage(&f, &s), "trained");
    f.run(&["support", "activate", &s, "--date", "2025-02-05"]).ok();
    assert_eq!(stage(&f, &s), "active");
}

#[test]
fn contacts_hold_no_names_and_no_narrative() {
    let f = colleague();
    let (unit, psy) = basics(&f);
    let s = nominate(&f, "Jānis Ozols", &unit);
    let trainee = nominate(&f, "Pāvels Ivanovs", &unit);
    refused(
        &f,
        &["contact", "log", "--supporter", &s, "--date", "2025-04-11", "--kind", "crisis", "--professional-help", "no"],
        1,
        &["not an active support person on 2025-04-11"],
    );
    make_active(&f, &[&s], &psy);
    let base = ["contact", "log", "--supporter", "ozols", "--date", "2025-04-11", "--kind", "after-event"];
    // There is no flag for a name or a story, and the answer on professional help is explicit.
    for extra in [
        &["--professional-help", "no", "--note", "Runājām par šķiršanos"][..],
        &["--professional-help", "no", "--colleague", "Anna Liepa"][..],
        &[][..],
    ] {
        let mut args = base.to_vec();
        args.extend(extra);
        refused(&f, &args, 2, &[]);
    }
    let mut args = base.to_vec();
    args.extend(["--professional-help", "yes"]);
    let run = f.run(&args);
    let k = run.ok().to_string();
    assert!(run.stderr.contains("peerlog referral suggest"), "{}", run.stderr);
    let path = format!("contacts/2025/{k}.toml");
    let text = f.read(&path);
    let table: toml::Table = toml::from_str(&text).unwrap();
    let keys: Vec<&str> = table.keys().map(String::as_str).collect();
    assert_eq!(keys, ["date", "help_suggested", "id", "kind", "supporter", "unit"]);
    // A hand-edited name or story is refused by every command that reads contacts.
    for (added, key) in [("colleague = \"Anna Liepa\"", "colleague"), ("note = \"Runājām par šķiršanos\"", "note")]
    {
        f.write(&path, &format!("{text}{added}\n"));
        let unknown = format!("unknown key {key}");
        f.run(&["contact", "list"]).fails(1, &[&path, &unknown]);
        f.run(&["report", "programme"]).fails(1, &[&unknown]);
        // The refusal names the key, never the value written there.
        assert!(!f.run(&["contact", "list"]).stderr.contains("Anna Liepa"));
    }
    f.write(&path, &text);
    let listed = f.run(&["contact", "list", "--format", "csv"]);
    assert!(listed.ok().contains("after-event,yes"), "{}", listed.stdout);
    refused(
        &f,
        &["contact", "log", "--supporter", &trainee, "--kind", "crisis", "--professional-help", "no"],
        1,
        &["not an active support person"],
    );
}

#[test]
fn supervision_attendance_and_the_agenda() {
    let f = colleague();
    let (unit, psy) = basics(&f);
    let a = nominate(&f, "Jānis Ozols", &unit);
    let b = nominate(&f, "Inga Strode", &unit);
    let c = nominate(&f, "Laura Zariņa", &unit);
    make_active(&f, &[&a, &b, &c], &psy);
    let trainee = nominate(&f, "Pāvels Ivanovs", &unit);
    refused(
        &f,
        &["supervision", "add", "--date", "2025-04-02", "--psychologist", &psy, "--present", &trainee],
        1,
        &["not an active support person on 2025-04-02"],
    );
    refused(
        &f,
        &["supervision", "add", "--date", "2025-04-02", "--psychologist", &psy, "--region", "Kurzeme"],
        1,
        &["no unit is in the region 'Kurzeme'"],
    );
    // Who is neither present nor excused is recorded absent.
    let s1 = f.run(&["supervision", "add", "--date", "2025-04-02", "--psychologist", &psy, "--present", "ozols"]);
    let s1 = s1.ok().to_string();
    let text = f.read(&format!("supervision/2025/{s1}.toml"));
    assert!(text.contains(&format!("present = [\"{a}\"]")), "{text}");
    assert!(text.contains(&b) && text.contains(&c), "{text}");
    f.run(&[
        "supervision",
        "add",
        "--date",
        "2025-05-07",
        "--psychologist",
        &psy,
        "--region",
        "latgale",
        "--present",
        "ozols",
        "--excused",
        "zarina",
    ])
    .ok();
    let agenda = f.run(&["support", "agenda", "--as-of", "2025-06-30", "--format", "json"]);
    let items: serde_json::Value = serde_json::from_str(agenda.ok()).unwrap();
    let flagged: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] == "supervision")
        .map(|i| i["record"].as_str().unwrap())
        .collect();
    assert_eq!(flagged, [b.as_str()], "Strode missed two in a row; Zariņa was excused once");
    let table = f.run(&["support", "agenda", "--as-of", "2025-06-30"]);
    assert!(table.ok().contains("Inga Strode missed the last 2 supervision sessions (2025-04-02, 2025-05-07)"));
    // The limit comes from the settings.
    set(&f, "supervision_missed", "3");
    let agenda = f.run(&["support", "agenda", "--as-of", "2025-06-30", "--format", "json"]);
    assert!(!agenda.ok().contains("\"supervision\""), "{}", agenda.stdout);
    // An attendance mark can be corrected.
    f.run(&["supervision", "mark", &s1, "strode", "excused"]).ok();
    let shown = f.run(&["supervision", "show", &s1, "--format", "csv"]);
    assert!(shown.ok().contains(&format!("{b},Inga Strode: excused")), "{}", shown.stdout);
}

#[test]
fn referrals_close_the_loop_and_incidents_are_followed_up() {
    let f = colleague();
    let (unit, psy) = basics(&f);
    let s = nominate(&f, "Jānis Ozols", &unit);
    make_active(&f, &[&s], &psy);
    let trainee = nominate(&f, "Pāvels Ivanovs", &unit);
    refused(
        &f,
        &["referral", "suggest", "--supporter", &trainee, "--date", "2025-04-24"],
        1,
        &["not an active support person on 2025-04-24"],
    );
    let k = f
        .run(&[
            "contact",
            "log",
            "--supporter",
            "ozols",
            "--date",
            "2025-04-24",
            "--kind",
            "crisis",
            "--professional-help",
            "yes",
        ])
        .ok()
        .to_string();
    let r = f
        .run(&["referral", "suggest", "--supporter", "ozols", "--date", "2025-04-24", "--contact", &k])
        .ok()
        .to_string();
    let text = f.read(&format!("referrals/2025/{r}.toml"));
    let table: toml::Table = toml::from_str(&text).unwrap();
    let keys: Vec<&str> = table.keys().map(String::as_str).collect();
    assert_eq!(keys, ["contact", "id", "suggested", "supporter", "unit"], "no names beyond the support person's");
    refused(
        &f,
        &["referral", "suggest", "--supporter", "ozols", "--date", "2025-04-24", "--contact", &k],
        1,
        &["already has referral"],
    );
    refused(&f, &["referral", "accept", &r, "--date", "2025-04-20"], 1, &["before the referral was suggested"]);
    let open = f.run(&["referral", "list", "--open", "--format", "csv"]);
    assert!(open.ok().contains(&r));
    // Open for 14 days (the setting) puts it on the agenda.
    let agenda = f.run(&["support", "agenda", "--as-of", "2025-05-08"]);
    assert!(agenda.ok().contains(&r), "{}", agenda.stdout);
    f.run(&["referral", "accept", &r, "--date", "2025-04-25"]).ok();
    refused(&f, &["referral", "contact", &r, "--date", "2025-05-02"], 2, &["--psychologist"]);
    f.run(&["referral", "contact", &r, "--date", "2025-05-02", "--psychologist", "rozite"]).ok();
    let closed = f.read(&format!("referrals/2025/{r}.toml"));
    assert!(closed.contains("first_contact = 2025-05-02") && closed.contains(&psy), "{closed}");
    refused(&f, &["referral", "decline", &r, "--date", "2025-05-03"], 1, &["is closed (first-contact)"]);
    assert!(!f.run(&["referral", "list", "--open"]).ok().contains(&r));
    assert!(!f.run(&["support", "agenda", "--as-of", "2025-06-30"]).ok().contains(&r));

    // Incidents: categories from the settings, notified after the incident, follow-up tracked.
    let notify = |category: &str, notified: &str| {
        vec![
            "incident".to_string(),
            "notify".into(),
            "--date".into(),
            "2025-05-06".into(),
            "--category".into(),
            category.into(),
            "--unit".into(),
            unit.clone(),
            "--officers".into(),
            "4".into(),
            "--notified".into(),
            notified.into(),
            "--psychologist".into(),
            psy.clone(),
            "--help-requested".into(),
            "team".into(),
        ]
    };
    let run = |v: Vec<String>| {
        let refs: Vec<&str> = v.iter().map(String::as_str).collect();
        f.run(&refs)
    };
    let snapshot = f.snapshot();
    run(notify("car-crash", "2025-05-06 21:40")).fails(1, &["'car-crash' is not one of", "serious-injury"]);
    run(notify("Nelaime ar ...", "2025-05-06 21:40")).fails(1, &["--category", "not a category"]);
    run(notify("serious-injury", "2025-05-05 21:40")).fails(1, &["before the incident on 2025-05-06"]);
    run(notify("serious-injury", "21:40")).fails(1, &["--notified", "2025-03-14 18:30"]);
    assert!(snapshot == f.snapshot(), "refused notifications wrote nothing");
    let i = run(notify("serious-injury", "06.05.2025 21:40")).ok().to_string();
    let text = f.read(&format!("incidents/2025/{i}.toml"));
    assert!(text.contains("notified = 2025-05-06T21:40:00"), "{text}");
    assert!(text.contains("follow_up = \"pending\""), "{text}");
    assert!(f.run(&["support", "agenda", "--as-of", "2025-05-07"]).ok().contains(&i));
    f.run(&["incident", "follow-up", &i[..4], "done"]).ok();
    assert!(!f.run(&["support", "agenda", "--as-of", "2025-05-07"]).ok().contains(&i));
    assert!(!f.run(&["incident", "list", "--open"]).ok().contains(&i));
}

#[test]
fn the_quarterly_report_masks_small_counts() {
    let f = colleague();
    let (unit, psy) = basics(&f);
    f.run(&["unit", "add", "Rīgas iecirknis", "--service", "Valsts policija", "--region", "Rīga"]).ok();
    let s = nominate(&f, "Jānis Ozols", &unit);
    make_active(&f, &[&s], &psy);
    let contact = |date: &str, kind: &str, help: &str| {
        f.run(&["contact", "log", "--supporter", "ozols", "--date", date, "--kind", kind, "--professional-help", help])
            .ok();
    };
    for _ in 0..3 {
        contact("2025-04-11", "at-scene", "no");
    }
    contact("2025-05-02", "after-event", "yes");
    contact("2025-07-02", "crisis", "no");
    let csv = f.run(&["report", "programme", "--quarter", "2025-Q2", "--format", "csv"]);
    let report = csv_rows(csv.ok());
    assert_eq!(report.len(), 3, "a row per unit for the one quarter:\n{}", csv.stdout);
    let at = |column: &str| cell(&report, "2025-Q2", "Daugavpils iecirknis", column);
    assert_eq!(at("contacts_at_scene"), "3", "3 is not under the threshold");
    assert_eq!(at("contacts_after_event"), "<3", "1 is masked");
    assert_eq!(at("contacts_crisis"), "0", "0 singles nobody out");
    assert_eq!(at("contacts_help_suggested"), "<3");
    assert_eq!(at("active"), "<3");
    assert_eq!(cell(&report, "2025-Q2", "Rīgas iecirknis", "active"), "0");

    // Period flags: a year gives its four quarters; --quarter with --year; bad ones refused.
    let year = csv_rows(f.run(&["report", "programme", "--year", "2025", "--format", "csv"]).ok());
    assert_eq!(year.len(), 1 + 4 * 2);
    assert_eq!(cell(&year, "2025-Q1", "Daugavpils iecirknis", "training_completed"), "<3");
    assert_eq!(cell(&year, "2025-Q3", "Daugavpils iecirknis", "contacts_crisis"), "<3");
    let q = f.run(&["report", "programme", "--quarter", "2", "--year", "2025", "--format", "csv"]);
    assert_eq!(q.ok(), csv.ok());
    f.run(&["report", "programme", "--quarter", "2025-Q5"]).fails(1, &["--quarter", "2025-Q5"]);
    f.run(&["report", "programme", "--quarter", "2"]).fails(2, &["needs a year"]);
    f.run(&["report", "programme", "--quarter", "2025-Q2", "--from", "2025-04-01"]).fails(2, &["--from"]);
    // The period flags of every other report: --month too.
    let april = f.run(&["report", "programme", "--month", "2025-04", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(april.ok()).unwrap();
    assert_eq!((v["from"].as_str(), v["to"].as_str()), (Some("2025-04-01"), Some("2025-04-30")));

    // JSON: numbers, and the masked count as a string.
    let json = f.run(&["report", "programme", "--quarter", "2025-Q2", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(json.ok()).unwrap();
    assert_eq!(v["small_cell_threshold"], 3);
    let row = &v["rows"][0];
    assert_eq!(row["unit_name"], "Daugavpils iecirknis");
    assert_eq!(row["contacts_at_scene"], 3);
    assert_eq!(row["contacts_after_event"], "<3");
    assert_eq!(row["contacts_crisis"], 0);

    // The threshold comes from the settings.
    set(&f, "small_cell_threshold", "5");
    let report = csv_rows(f.run(&["report", "programme", "--quarter", "2025-Q2", "--format", "csv"]).ok());
    assert_eq!(cell(&report, "2025-Q2", "Daugavpils iecirknis", "contacts_at_scene"), "<5");
    set(&f, "small_cell_threshold", "3");

    // The table leaves zeros out of a section, and says 0 for a section with nothing to count,
    // as CSV and JSON do; xlsx is a workbook with the same masked cells.
    let table = f.run(&["report", "programme", "--quarter", "2025-Q2"]);
    assert!(table.ok().contains("at scene 3, after event <3, help suggested <3"), "{}", table.stdout);
    let riga: Vec<&str> = table
        .stdout
        .lines()
        .find(|l| l.contains("Rīgas iecirknis"))
        .unwrap()
        .split(['│', '┆'])
        .map(str::trim)
        .collect();
    assert_eq!(
        riga[1..riga.len() - 1],
        ["2025-Q2", "Rīgas iecirknis", "0", "0", "0", "0", "0", "0"],
        "{}",
        table.stdout
    );
    f.run(&["report", "programme", "--quarter", "2025-Q2", "--format", "xlsx", "--output", "q2.xlsx"]).ok();
    let sheet = xlsx_text(&f.path("q2.xlsx"));
    assert!(sheet.contains("Daugavpils iecirknis") && sheet.contains("contacts_at_scene"));
    assert!(sheet.contains("&lt;3"), "masked cells in the workbook");
}

/// The shared strings and first sheet of a workbook, as text.
fn xlsx_text(path: &Path) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut out = String::new();
    for name in ["xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"] {
        zip.by_name(name).unwrap().read_to_string(&mut out).unwrap();
    }
    out
}

#[test]
fn the_psychologist_directory_lists_by_city() {
    let f = colleague();
    f.run(&[
        "psychologist",
        "add",
        "IeM VSC psihologi, Rīga",
        "--city",
        "Rīga",
        "--phone",
        "67023553",
        "--phone",
        "2566 7470",
    ])
    .ok();
    f.run(&["psychologist", "add", "IeM VSC psihologi, Daugavpils", "--city", "Daugavpils", "--phone", "26369561"])
        .ok();
    refused(
        &f,
        &["psychologist", "add", "X", "--city", "Rīga", "--phone", "+371 2"],
        1,
        &["--phone", "not a Latvian phone number", "67023553"],
    );
    let list = f.run(&["psychologist", "list", "--format", "csv"]);
    let rows = csv_rows(list.ok());
    assert_eq!(&rows[1][1], "Daugavpils");
    assert_eq!(&rows[2][3], "67023553, 25667470");
    let riga = f.run(&["psychologist", "list", "--city", "riga", "--format", "csv"]);
    assert_eq!(csv_rows(riga.ok()).len(), 2);
}

#[test]
fn data_example_colleague_matches_what_its_script_builds() {
    assert_script_builds("build-data-example-colleague.sh", "data-example-colleague");
}

#[test]
fn report_and_agenda_of_data_example_colleague() {
    let f = Folder::empty();
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data-example-colleague"), &f.root);
    let report = f.run(&["report", "programme", "--year", "2025", "--format", "csv"]);
    report.ok();
    insta::assert_binary_snapshot!("programme-2025.csv", report.stdout.as_bytes().to_vec());
    let agenda = f.run(&["support", "agenda", "--as-of", "2025-06-30", "--format", "csv"]);
    agenda.ok();
    insta::assert_binary_snapshot!("colleague-agenda-2025-06-30.csv", agenda.stdout.as_bytes().to_vec());
    // `agenda` is the same agenda, in the same shape as in a thematic-groups folder.
    let json = f.run(&["support", "agenda", "--as-of", "2025-06-30", "--format", "json"]);
    assert_eq!(f.run(&["agenda", "--as-of", "2025-06-30", "--format", "json"]).ok(), json.ok());
    let first = &serde_json::from_str::<serde_json::Value>(json.ok()).unwrap()[0];
    let keys: Vec<&str> = first.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["due", "kind", "record", "message", "next"]);
    let directory = f.run(&["psychologist", "list", "--format", "csv"]);
    for phone in ["67023553", "25667470", "28618182", "26369561", "25667164", "25666401", "25668915"] {
        assert!(directory.ok().contains(phone), "{phone} missing from the directory");
    }
}

#[test]
fn check_applies_the_programme_rules_to_hand_edited_files() {
    let f = Folder::empty();
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data-example-colleague"), &f.root);
    let clean = f.run(&["check"]);
    assert!(clean.ok().contains("checked 40 files: 1 warning"), "{}", clean.stdout);

    // An approved interview turned into a refusal by hand: the active support person no longer
    // qualifies; a unit that does not exist; a name written into a contact.
    let supporter = f.files("supporters/").into_iter().next().unwrap();
    let text = f.read(&supporter);
    f.write(
        &supporter,
        &text.replacen("decision = \"approved\"", "decision = \"not-approved\"\nreason = \"Nav gatavs\"", 1),
    );
    let contact = f.files("contacts/").into_iter().next().unwrap();
    let contact_text = f.read(&contact);
    f.write(&contact, &format!("{contact_text}colleague = \"Anna Liepa\"\n"));
    let run = f.run(&["check"]);
    run.fails(1, &[]);
    assert!(run.stdout.contains(&format!("{supporter}:")), "{}", run.stdout);
    assert!(
        run.stdout.contains(&format!("{contact}:")) && run.stdout.contains("unknown key colleague"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("Anna Liepa"), "a value written by hand is never echoed: {}", run.stdout);
}

#[test]
fn export_writes_the_programme_and_its_settings() {
    let f = colleague();
    let doc: serde_json::Value = serde_json::from_str(&f.run(&["export"]).stdout).unwrap();
    assert_eq!(doc["programme"], "colleague-support");
    assert_eq!(doc["colleague"]["training_hours"], 36);
    assert!(doc["units"].is_array() && doc.get("groups").is_none(), "{doc}");
}

/// The programme's own table in peerlog.toml is read through the programme's description, and
/// a wrong setting there is found at its line and column, by `check` and by every command.
#[test]
fn a_wrong_setting_of_the_programme_is_located() {
    let f = colleague();
    let settings = f.read("peerlog.toml");
    let line = settings.lines().position(|l| l.starts_with("training_hours = ")).unwrap() + 1;
    for (setting, at, reason) in [
        ("training_hourz = 36", 1, "unknown key training_hourz"),
        ("training_hours = \"many\"", 18, "colleague.training_hours: expected a whole number"),
    ] {
        f.write("peerlog.toml", &settings.replace("training_hours = 36", setting));
        let located = format!("peerlog.toml:{line}:{at}: error: {reason}");
        let check = f.run(&["check"]);
        check.fails(1, &[]);
        assert!(check.stdout.contains(&located), "{}", check.stdout);
        refused(&f, &["unit", "list"], 1, &[&located]);
    }
    // A table the folder's file leaves out is the defaults, whole, in the export.
    f.write("peerlog.toml", "format = 1\nprogramme = \"colleague-support\"\n[colleague]\ntraining_hours = 30\n");
    let doc: serde_json::Value = serde_json::from_str(f.run(&["export"]).ok()).unwrap();
    assert_eq!(doc["colleague"]["training_hours"], 30);
    assert_eq!(doc["colleague"]["training_days"], 6);
}

#[test]
fn attendance_refusals_of_edit_name_no_flag_of_another_command() {
    // `edit` has no --present: the rule says what is wrong, in words that fit edit, mark and check.
    let f = Folder::example_colleague();
    let before = f.snapshot();
    for lang in ["en", "lv"] {
        let run = f.run_env(&["edit", "v-ih8mca9b", "--set", "present="], &[("PEERLOG_LANG", lang)]);
        run.fails(
            1,
            &[if lang == "en" { "at least one support person must be marked present" } else { "vismaz vienai" }],
        );
        assert!(!run.stderr.contains("--present"), "{}", run.stderr);
        let run = f.run_env(&["edit", "v-ih8mca9b", "--set", "absent=s-5ecjcx8i"], &[("PEERLOG_LANG", lang)]);
        run.fails(
            1,
            &["s-5ecjcx8i", if lang == "en" { "keep one of present, absent and excused" } else { "atstājiet vienu" }],
        );
    }
    assert_eq!(f.snapshot(), before);
}
