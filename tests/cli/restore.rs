//! `export` of both programmes and `restore`: a folder rebuilt from its export exports the same
//! document, with every ID kept; a broken document is refused naming its JSON path, and nothing
//! is written.

use crate::common::*;
use serde_json::{Value, json};
use std::path::Path;

/// Exports `f` and returns the document's text.
fn export(f: &Folder) -> String {
    let run = f.run(&["export"]);
    run.ok();
    run.stdout
}

/// Writes `doc` as `backup.json` into a fresh scratch folder, which it returns.
fn scratch_with(doc: &str) -> Folder {
    let scratch = Folder::empty();
    scratch.write("backup.json", doc);
    scratch
}

#[test]
fn export_then_restore_gives_the_same_document_and_the_same_files_for_both_programmes() {
    for (example, kinds) in [
        (Folder::example(), &["groups", "people", "consultations", "feedback"][..]),
        (
            Folder::example_colleague(),
            &["units", "supporters", "psychologists", "supervision", "contacts", "incidents", "referrals"][..],
        ),
    ] {
        let doc = export(&example);
        let parsed: Value = serde_json::from_str(&doc).unwrap();
        assert_eq!(parsed["version"], 1);
        for kind in kinds {
            assert_eq!(parsed[kind].as_array().unwrap().len(), example.files(kind).len(), "{kind}");
        }
        // Into a new folder.
        let scratch = scratch_with(&doc);
        let run = scratch.run(&["restore", "backup.json", "restored"]);
        assert_eq!(run.ok(), "", "restore prints nothing on stdout");
        assert!(run.stderr.contains("restored "), "{}", run.stderr);
        let restored = Folder::at(&scratch.path("restored"));
        assert_eq!(export(&restored), doc, "the restored folder exports the same document");
        // The record files are the same bytes as the ones exported, settings included.
        let mut original = example.snapshot();
        original.retain(|p, _| !p.starts_with("import"));
        assert!(original == restored.snapshot(), "the restored files differ from the originals");
        assert_eq!(restored.run(&["check"]).code, 0);

        // Into an existing, empty folder (a fresh git clone has only .git), named by --dir.
        let empty = Folder::empty();
        std::fs::create_dir(empty.path(".git")).unwrap();
        let backup = scratch.path("backup.json");
        empty.run(&["--dir", empty.root.to_str().unwrap(), "restore", backup.to_str().unwrap()]).ok();
        assert_eq!(export(&empty), doc);
    }
}

#[test]
fn restore_refuses_a_folder_that_is_not_empty() {
    let f = Folder::example();
    f.write("backup.json", &export(&f));
    refused(&f, &["restore", "backup.json", "."], 1, &["is not empty", "backup.json", "new folder"]);
    let other = Folder::new();
    let backup = f.path("backup.json");
    refused(&other, &["restore", backup.to_str().unwrap()], 1, &["is not empty", "peerlog.toml"]);
}

/// The thematic example's export, changed by `edit`.
fn broken(edit: impl FnOnce(&mut Value)) -> String {
    let mut doc: Value = serde_json::from_str(&export(&Folder::example())).unwrap();
    edit(&mut doc);
    serde_json::to_string_pretty(&doc).unwrap()
}

#[test]
fn a_broken_export_is_refused_naming_the_json_path_and_nothing_is_written() {
    let cases: Vec<(String, Vec<&str>)> = vec![
        (
            broken(|d| d["people"][2]["birth_date"] = json!("2011-02-30")),
            vec!["people[2].birth_date", "day of the calendar"],
        ),
        (broken(|d| d["consultations"][1]["status"] = json!("done")), vec!["consultations[1].status", "'done'"]),
        (broken(|d| d["feedback"][0]["consultations"] = json!(["c-nothere1"])), vec!["feedback[0]", "c-nothere1"]),
        (
            broken(|d| {
                let first = d["groups"][0].clone();
                d["groups"].as_array_mut().unwrap().push(first);
            }),
            vec!["groups[2]", "groups[0]'s too"],
        ),
        (broken(|d| d["units"] = json!([])), vec!["units: not a key of a thematic-groups export"]),
        (broken(|d| d["version"] = json!(7)), vec!["version 7 is newer"]),
        (
            broken(|d| {
                d.as_object_mut().unwrap().remove("feedback");
            }),
            vec!["feedback: the list is missing"],
        ),
        ("{\"format\": 1,".to_string(), vec!["line 1", "not JSON"]),
    ];
    for (doc, needles) in cases {
        let scratch = scratch_with(&doc);
        let empty = Folder::empty();
        let before = scratch.snapshot();
        let target = scratch.path("restored");
        scratch.run(&["restore", "backup.json", target.to_str().unwrap()]).fails(1, &needles);
        assert!(before == scratch.snapshot(), "the scratch folder changed: {needles:?}");
        assert!(!target.exists(), "{needles:?}: the target was created");
        // An existing empty target stays empty.
        refused(&empty, &["restore", scratch.path("backup.json").to_str().unwrap()], 1, &needles);
    }
    // Free text is never repeated: a topic in the wrong key stays out of the message.
    let doc = broken(|d| d["consultations"][0]["time"] = json!("Ļoti personīgs stāsts"));
    let scratch = scratch_with(&doc);
    let run = scratch.run(&["restore", "backup.json", "restored"]);
    run.fails(1, &["consultations[0].time"]);
    assert!(!run.stderr.contains("personīgs"), "{}", run.stderr);
}

/// The colleague-support example's export, changed by `edit`.
fn broken_colleague(edit: impl FnOnce(&mut Value)) -> String {
    let mut doc: Value = serde_json::from_str(&export(&Folder::example_colleague())).unwrap();
    edit(&mut doc);
    serde_json::to_string_pretty(&doc).unwrap()
}

/// A restore checks every record with its kind's rules and uniqueness, as `add`, `edit`,
/// `import` and `check` do, in both programmes.
#[test]
fn restore_refuses_what_the_kinds_rules_refuse_in_both_programmes() {
    let cases: Vec<(String, Vec<&str>)> = vec![
        (
            broken(|d| {
                let name = d["people"][0]["name"].clone();
                let group = d["people"][0]["group"].clone();
                d["people"][1]["name"] = name;
                d["people"][1]["group"] = group;
            }),
            vec!["people[1]: ", "of the same group has the same name"],
        ),
        (
            broken(|d| d["consultations"][0]["peer"] = d["consultations"][0]["recipient"].clone()),
            vec!["consultations[0]", "both peer and recipient"],
        ),
        (
            broken_colleague(|d| d["units"][1]["name"] = d["units"][0]["name"].clone()),
            vec!["units[1]: ", "a unit of the same name"],
        ),
        (broken_colleague(|d| d["contacts"][0]["supporter"] = json!("s-nothere1")), vec!["contacts[0]", "s-nothere1"]),
    ];
    for (doc, needles) in cases {
        let scratch = scratch_with(&doc);
        let before = scratch.snapshot();
        scratch.run(&["restore", "backup.json", "restored"]).fails(1, &needles);
        assert!(before == scratch.snapshot(), "{needles:?}: the scratch folder changed");
    }
}

#[test]
fn restore_transcripts() {
    let scratch = scratch_with(&broken(|d| {
        d["people"][2]["birth_date"] = json!("2011-02-30");
        d["consultations"][0]["peer"] = json!("p-nothere1");
    }));
    let colleague = export(&Folder::example_colleague());
    scratch.write("colleague.json", &colleague);
    let text = transcripts(
        &scratch,
        &[
            &["restore", "backup.json", "restored"],
            &["restore", "colleague.json", "iem"],
            &["restore", "colleague.json", "iem"],
        ],
    );
    assert!(Path::new(&scratch.path("iem/peerlog.toml")).is_file());
    insta::assert_snapshot!("restore", text);
}
