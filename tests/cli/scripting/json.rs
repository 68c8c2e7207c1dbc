//! `--format json` on every list and show command, with the shapes of docs/json.md, and `export`.

use super::json;
use crate::common::*;
use serde_json::Value;

/// The keys of a JSON object, in order.
fn keys(v: &Value) -> Vec<&str> {
    v.as_object().unwrap_or_else(|| panic!("not an object: {v}")).keys().map(String::as_str).collect()
}

fn is_iso_date(v: &Value) -> bool {
    v.as_str().is_some_and(|s| {
        s.len() == 10
            && s.as_bytes()[4] == b'-'
            && s.as_bytes()[7] == b'-'
            && s.replace('-', "").bytes().all(|b| b.is_ascii_digit())
    })
}

const GROUP: &[&str] = &["id", "name", "leader", "venue", "model", "start", "end", "meetings"];
const PERSON: &[&str] = &["id", "name", "group", "role"];
const CONSULTATION: &[&str] = &["id", "status", "peer", "recipient", "date", "time", "place", "topic"];
const FEEDBACK: &[&str] = &["id", "date", "from", "consultations", "expected", "met", "benefit"];

#[test]
fn every_list_and_show_speaks_json_in_the_documented_shapes() {
    let f = Folder::example();
    let groups = json(&f, &["group", "list", "--format", "json"]);
    assert_eq!(groups.as_array().unwrap().len(), 2);
    assert_eq!(keys(&groups[0]), GROUP);
    assert!(is_iso_date(&groups[0]["start"]));
    assert!(groups[0]["model"].is_u64());

    let group = json(&f, &["group", "show", "rigas", "--format", "json"]);
    assert_eq!(keys(&group)[..8], *GROUP);
    assert_eq!(keys(&group)[8..], ["participants", "consultations"]);
    assert!(is_iso_date(&group["meetings"][0]));
    assert_eq!(keys(&group["consultations"]), ["planned", "held", "cancelled"]);
    assert_eq!(keys(&group["participants"][0])[..4], *PERSON);

    let people = json(&f, &["participant", "list", "--format", "json"]);
    assert_eq!(people.as_array().unwrap().len(), 11);
    for p in people.as_array().unwrap() {
        assert_eq!(keys(p)[..4], *PERSON);
    }
    let peers = json(&f, &["peer", "list", "--format", "json"]);
    let kid = peers.as_array().unwrap().iter().find(|p| p["role"] == "child").unwrap();
    assert!(is_iso_date(&kid["birth_date"]));
    assert!(is_iso_date(&kid["peer"]["stages"][0]["date"]));
    assert_eq!(kid["peer"]["stages"][0]["stage"], "identified");
    assert!(is_iso_date(&kid["peer"]["observed"]["personal-growth"]));
    assert!(is_iso_date(&kid["consent"][0]["given"]));

    let peer = json(&f, &["peer", "show", "ozolina", "--format", "json"]);
    assert_eq!(keys(&peer).last(), Some(&"consultations"));
    assert_eq!(keys(&peer["consultations"][0]), CONSULTATION);

    let consultations = json(&f, &["consult", "list", "--format", "json"]);
    let first = &consultations[0];
    assert_eq!(keys(first)[..8], *CONSULTATION);
    assert_eq!(keys(first)[8..], ["group", "peer_name", "recipient_name"]);
    assert!(is_iso_date(&first["date"]));
    let dates: Vec<&str> = consultations.as_array().unwrap().iter().map(|c| c["date"].as_str().unwrap()).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "oldest first: {dates:?}");

    let id = first["id"].as_str().unwrap();
    let one = json(&f, &["consult", "show", id, "--format", "json"]);
    assert_eq!(keys(&one).last(), Some(&"feedback"));
    assert_eq!(keys(&one["feedback"][0])[..4], FEEDBACK[..4]);

    let feedback = json(&f, &["feedback", "list", "--format", "json"]);
    assert_eq!(feedback.as_array().unwrap().len(), 6);
    for fb in feedback.as_array().unwrap() {
        let k = keys(fb);
        assert!(k == FEEDBACK || k == ["id", "date", "from", "consultations", "expected", "met", "comment", "benefit"]);
        assert!(is_iso_date(&fb["date"]));
    }
    let fid = feedback[0]["id"].as_str().unwrap();
    let shown = json(&f, &["feedback", "show", fid, "--format", "json"]);
    assert_eq!(keys(&shown).last(), Some(&"consultation_records"));
    assert_eq!(shown["consultation_records"][0]["id"], shown["consultations"][0]);
    let table = f.run(&["feedback", "show", fid]).ok().to_string();
    assert!(table.contains("expected") && table.contains(fid));
}

#[test]
fn export_writes_the_whole_folder_as_one_document() {
    let f = Folder::example();
    let doc = json(&f, &["export"]);
    assert_eq!(
        keys(&doc),
        [
            "version",
            "format",
            "programme",
            "settings",
            "agenda",
            "consent",
            "groups",
            "people",
            "consultations",
            "feedback"
        ]
    );
    assert_eq!(doc["format"], 1);
    assert_eq!(doc["settings"]["title"], "LĪDZINIEKU KONSULTĀCIJU UZSKAITES LAPA");
    for (key, dir) in
        [("groups", "groups"), ("people", "people"), ("consultations", "consultations"), ("feedback", "feedback")]
    {
        let items = doc[key].as_array().unwrap();
        assert_eq!(items.len(), f.files(dir).len(), "{key}");
        let ids: Vec<&str> = items.iter().map(|i| i["id"].as_str().unwrap()).collect();
        assert!(ids.windows(2).all(|w| w[0] < w[1]), "{key} sorted by ID");
    }
    assert!(is_iso_date(&doc["consultations"][0]["date"]));
    // Same folder, same bytes; --output writes exactly what stdout shows.
    let stdout = f.run(&["export"]).stdout;
    assert_eq!(stdout, f.run(&["export"]).stdout);
    let run = f.run(&["export", "--output", "backup.json"]);
    assert_eq!(run.ok(), "", "nothing on stdout with --output");
    assert!(run.stderr.contains("exported 2 groups"));
    assert_eq!(f.read("backup.json"), stdout);
    // An existing file is replaced only with --force, and that leaves no temporary file behind.
    refused(&f, &["export", "-o", "backup.json"], 1, &["backup.json: the file exists already", "--force"]);
    f.run(&["export", "-o", "backup.json", "--force"]).ok();
    assert!(!f.snapshot().keys().any(|p| p.to_string_lossy().contains(".peerlog-tmp-")));
}

#[test]
fn export_refuses_a_broken_folder_naming_the_file() {
    let f = Folder::example();
    f.write("groups/g-brokenxx.toml", "id = \"g-brokenxx\"\nname = \n");
    refused(&f, &["export"], 1, &["groups/g-brokenxx.toml:2"]);
}
