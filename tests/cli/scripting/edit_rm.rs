//! `peerlog edit` and `peerlog rm`: the checks of add, references kept whole, atomic writes.

use super::{consultation_id, feedback_on, json, log, person_id};
use crate::common::*;

#[test]
fn edit_a_consultation_moves_its_file_when_the_date_changes() {
    let f = Folder::new();
    let (_, p, r, _) = f.seeded();
    let c = log(&f, &p, &r, "2025-03-14", "16:00-17:00");
    let run = f.run(&["edit", &c[..5], "--set", "date=15.03.2025.", "--set", "time=16:30-17:30"]);
    assert_eq!(run.ok(), c, "prints the record's ID");
    assert!(run.stderr.contains("set date, time"));
    assert_eq!(f.files("consultations/"), [format!("consultations/2025/2025-03-15/{c}.toml")]);
    let text = f.read(&format!("consultations/2025/2025-03-15/{c}.toml"));
    assert!(text.contains("date = 2025-03-15\n") && text.contains("time = \"16:30-17:30\""), "{text}");
    // The same values again change nothing.
    let again = f.run(&["edit", &c, "--set", "date=2025-03-15"]);
    assert!(again.stderr.contains("nothing changed"));
    // The other fields, by name or ID as `consult log` takes them.
    f.run(&[
        "edit",
        &c,
        "--set",
        "topic=Jauna tēma",
        "--set",
        "place=Rīga, Brīvības iela 1",
        "--set",
        "status=planned",
    ])
    .ok();
    let shown = json(&f, &["consult", "show", &c, "--format", "json"]);
    assert_eq!(shown["topic"], "Jauna tēma");
    assert_eq!(shown["status"], "planned");
    f.run(&["edit", &c, "--set", "recipient=vitolins"]).ok();
    assert_eq!(json(&f, &["consult", "show", &c, "--format", "json"])["recipient_name"], "Ģirts Vītoliņš");
}

#[test]
fn edit_refuses_what_add_refuses_and_writes_nothing() {
    let f = Folder::new();
    let (g, p, r, o) = f.seeded();
    let c = log(&f, &p, &r, "2025-03-14", "16:00-17:00");
    let other = log(&f, &p, &o, "2025-03-15", "16:00-17:00");
    refused(&f, &["edit", &c, "--set", "date=31.02.2025"], 1, &["date", "not a day of the calendar"]);
    refused(&f, &["edit", &c, "--set", "time=17:00-16:00"], 1, &["time", "ends before it starts"]);
    refused(&f, &["edit", &c, "--set", "topic= "], 1, &["topic is required"]);
    refused(&f, &["edit", &c, "--set", "status=done"], 2, &["status", "planned, held, cancelled"]);
    refused(&f, &["edit", &c, "--set", "peer=berzina"], 1, &["both peer and recipient"]);
    refused(&f, &["edit", &c, "--set", "recipient=nobody"], 1, &["recipient", "nobody"]);
    // Moving it onto another consultation's slot is recording it twice.
    refused(
        &f,
        &["edit", &other, "--set", "recipient=berzina", "--set", "date=2025-03-14"],
        1,
        &[&c, "the same consultation as"],
    );
    refused(&f, &["edit", &c, "--set", "id=c-other"], 2, &["an ID never changes"]);
    refused(&f, &["edit", &c, "--set", "topic=A", "--set", "topic=B"], 2, &["topic is given twice"]);
    refused(&f, &["edit", "c-nothing", "--set", "topic=X"], 1, &["no consultation has the ID 'c-nothing'"]);
    // Groups and people.
    f.run(&["group", "add", "Otra grupa", "--leader", "L", "--venue", "V"]).ok();
    refused(&f, &["edit", &g, "--set", "name=otra GRUPA"], 1, &["a group of the same name"]);
    refused(&f, &["edit", &g, "--set", "start=2025-05-01", "--set", "end=2025-04-01"], 1, &["ends on 2025-04-01"]);
    refused(&f, &["edit", &g, "--set", "model=3"], 2, &["model", "does not exist"]);
    refused(&f, &["edit", &r, "--set", "name=Ģirts Vītoliņš"], 1, &["of the same group has the same name"]);
    refused(&f, &["edit", &r, "--set", "birth_date=2099-01-01"], 1, &["in the future"]);
    refused(&f, &["edit", &p, "--set", "role=child"], 1, &["child peer without a birth date"]);
    // A change to a person that would break their consultations.
    refused(
        &f,
        &["edit", &p, "--set", "role=child", "--set", "birth_date=2015-01-01"],
        1,
        &[&c, "would break records that refer to it", "at least 13"],
    );
}

#[test]
fn edit_groups_people_and_feedback() {
    let f = Folder::new();
    let (g, p, r, _) = f.seeded();
    let c = log(&f, &p, &r, "2025-03-14", "16:00-17:00");
    f.run(&[
        "edit",
        &g,
        "--set",
        "model=2",
        "--set",
        "start=2025-02-01",
        "--set",
        "end=2025-05-31",
        "--set",
        "meetings=2025-02-08, 2025-02-01",
        "--set",
        "venue=Rīga, Tērbatas iela 2",
    ])
    .ok();
    let group = json(&f, &["group", "show", &g, "--format", "json"]);
    assert_eq!(group["model"], 2);
    assert_eq!(group["meetings"], serde_json::json!(["2025-02-01", "2025-02-08"]));
    f.run(&["edit", &g, "--set", "model=", "--set", "meetings="]).ok();
    let group = json(&f, &["group", "show", &g, "--format", "json"]);
    assert!(group.get("model").is_none() && group.get("meetings").is_none(), "cleared: {group}");

    f.run(&["edit", &r, "--set", "birth-date=1985-07-01", "--set", "role=guardian"]).ok();
    let anna = json(&f, &["participant", "list", "--format", "json"]);
    let anna = anna.as_array().unwrap().iter().find(|x| x["id"] == r.as_str()).unwrap().clone();
    assert_eq!(anna["birth_date"], "1985-07-01");
    assert_eq!(anna["role"], "guardian");

    let fb = f
        .run(&[
            "feedback",
            "record",
            "--consultation",
            &c,
            "--from",
            "recipient",
            "--expected",
            "A",
            "--met",
            "yes",
            "--comment",
            "Piezīme",
            "--benefit",
            "B",
            "--date",
            "2025-03-20",
        ])
        .ok()
        .to_string();
    f.run(&["edit", &fb, "--set", "met=partly", "--set", "comment=", "--set", "date=2026-01-02"]).ok();
    assert_eq!(f.files("feedback/"), [format!("feedback/2026/{fb}.toml")], "moved to its new year");
    let shown = json(&f, &["feedback", "show", &fb, "--format", "json"]);
    assert_eq!(shown["met"], "partly");
    assert!(shown.get("comment").is_none());
    refused(&f, &["edit", &fb, "--set", "date=2025-03-13"], 1, &["held later"]);
    refused(&f, &["edit", &fb, "--set", "met=sometimes"], 2, &["yes, partly, no"]);
    // The consultation cannot stop being held, or move after its feedback, while feedback is on it.
    refused(&f, &["edit", &c, "--set", "status=planned"], 1, &[&fb, "would break", "feedback is only for held"]);
    refused(&f, &["edit", &c, "--set", "date=2026-02-01"], 1, &[&fb, "held later, on 2026-02-01"]);
}

#[test]
fn rm_refuses_while_records_refer_to_it_and_cascades_on_request() {
    let f = Folder::example();
    let anna = person_id(&f, "Anna Bērziņa");
    let first = consultation_id(&f, "Līga Ozoliņa", "Anna Bērziņa", "2025-03-04");
    let second = consultation_id(&f, "Līga Ozoliņa", "Anna Bērziņa", "2025-03-18");
    let shared = feedback_on(&f, &first).into_iter().find(|x| x["from"] == "recipient").unwrap();
    let shared = shared["id"].as_str().unwrap().to_string();
    refused(
        &f,
        &["rm", &anna],
        1,
        &[&format!("{anna} is referred to by 2 records"), &first, &second, "as recipient", "--cascade"],
    );
    refused(&f, &["rm", &first], 1, &[&shared, "(feedback on 2025-03-20) as consultations", "--cascade"]);
    let group = json(&f, &["group", "list", "--format", "json"])[1]["id"].as_str().unwrap().to_string();
    refused(&f, &["rm", &group], 1, &["(person Anna Bērziņa) as group"]);

    // A dry run tells and changes nothing.
    let before = f.snapshot();
    let dry = f.run(&["rm", &first, "--cascade", "--dry-run"]);
    assert!(dry.ok().contains(&first));
    assert!(
        dry.stderr.contains(&format!(
            "would change {shared} (feedback on 2025-03-20) as consultations: a reference to a removed record taken out"
        )),
        "{}",
        dry.stderr
    );
    assert!(before == f.snapshot());

    // Removing one consultation of two keeps the feedback that also covers the other.
    let removed = f.run(&["rm", &first, "--cascade", "--yes"]).ok().to_string();
    assert!(removed.lines().any(|l| l == first));
    assert!(!removed.lines().any(|l| l == shared));
    let kept = json(&f, &["feedback", "show", &shared, "--format", "json"]);
    assert_eq!(kept["consultations"], serde_json::json!([second]));

    // Removing a group takes its people, their consultations and the feedback on them.
    let people_before = json(&f, &["participant", "list", "--format", "json"]).as_array().unwrap().len();
    let gone = f.run(&["rm", &group, "--cascade", "--yes"]).ok().to_string();
    assert!(gone.lines().count() > 6, "{gone}");
    let people_after = json(&f, &["participant", "list", "--format", "json"]).as_array().unwrap().len();
    assert_eq!(people_before - people_after, 6);
    for c in json(&f, &["consult", "list", "--format", "json"]).as_array().unwrap() {
        assert_ne!(c["group"], group.as_str());
    }
    // Every remaining record still loads and refers to records that exist.
    let doc = json(&f, &["export"]);
    let people: Vec<&str> = doc["people"].as_array().unwrap().iter().map(|p| p["id"].as_str().unwrap()).collect();
    for c in doc["consultations"].as_array().unwrap() {
        assert!(people.contains(&c["peer"].as_str().unwrap()) && people.contains(&c["recipient"].as_str().unwrap()));
    }
    let consultations: Vec<&str> =
        doc["consultations"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap()).collect();
    for fb in doc["feedback"].as_array().unwrap() {
        for c in fb["consultations"].as_array().unwrap() {
            assert!(consultations.contains(&c.as_str().unwrap()));
        }
    }
}

#[test]
fn rm_a_record_nobody_refers_to() {
    let f = Folder::new();
    let (_, p, r, o) = f.seeded();
    let c = log(&f, &p, &r, "2025-03-14", "16:00-17:00");
    assert_eq!(f.run(&["rm", &o]).ok(), o);
    let fb = f
        .run(&[
            "feedback",
            "record",
            "--consultation",
            &c,
            "--from",
            "peer",
            "--expected",
            "A",
            "--met",
            "no",
            "--benefit",
            "B",
        ])
        .ok()
        .to_string();
    assert_eq!(f.run(&["rm", &fb]).ok(), fb);
    assert_eq!(f.run(&["rm", &c]).ok(), c);
    assert!(f.files("consultations/").is_empty() && f.files("feedback/").is_empty());
    refused(&f, &["rm", &c], 1, &["no consultation has the ID"]);
    refused(&f, &["rm", "Nekāda Persona"], 1, &["no person is called 'Nekāda Persona'"]);
}
