//! `peerlog import`: the sample files, every bad row reported, all or nothing, --dry-run.

use super::{consultation_id, feedback_on, json, person_id};
use crate::common::*;

#[test]
fn the_sample_files_import_into_data_example() {
    let f = Folder::example();
    let before = f.snapshot();
    for kind in ["participants", "consultations", "feedback"] {
        let run = f.run(&["import", kind, &format!("import/{kind}.csv"), "--dry-run"]);
        assert_eq!(run.ok(), "", "a dry run prints no IDs");
        assert!(run.stderr.contains("nothing was written"), "{}", run.stderr);
    }
    assert!(before == f.snapshot(), "--dry-run wrote something");

    let ids = f.run(&["import", "participants", "import/participants.csv"]).ok().to_string();
    let ids: Vec<&str> = ids.lines().collect();
    assert_eq!(ids.len(), 4);
    assert!(ids.iter().all(|id| id.starts_with("p-")));
    assert_eq!(person_id(&f, "Marta Kalēja"), ids[0], "IDs in row order");
    let roberts = json(&f, &["peer", "show", "Roberts Vilks", "--format", "json"]);
    assert_eq!(roberts["peer"]["stages"][0]["stage"], "prepared");
    assert_eq!(roberts["peer"]["stages"][0]["date"], "2025-03-05");
    assert_eq!(roberts["birth_date"], "2010-06-30");
    // Consent columns: purposes, who gave them for a child, and when.
    assert_eq!(roberts["consent"][0]["purpose"], "peer");
    assert_eq!(roberts["consent"][0]["by"], "guardian");
    assert_eq!(roberts["consent"][1]["given"], "2025-03-05");
    let laura = json(&f, &["participant", "list", "--group", "jelgavas", "--format", "json"]);
    assert!(laura.as_array().unwrap().iter().any(|p| p["name"] == "Laura Zvaigzne" && p["birth_date"] == "2011-02-14"));

    let out = f.run(&["import", "consultations", "import/consultations.csv"]).ok().to_string();
    assert_eq!(out.lines().count(), 3);
    let c = consultation_id(&f, "Līga Ozoliņa", "Ilze Krīgere", "2025-04-08");
    assert!(f.files("consultations/2025/2025-04-08/").iter().any(|p| p.contains(&c)));
    let shown = json(&f, &["consult", "show", &c, "--format", "json"]);
    assert_eq!(shown["place"], "Rīga, Brīvības iela 1");
    assert_eq!(shown["topic"], "Kā lūgt palīdzību, kad grūti");
    assert_eq!(shown["status"], "held");

    f.run(&["import", "feedback", "import/feedback.csv"]).ok();
    let dace = consultation_id(&f, "Līga Ozoliņa", "Dace Šmite", "2025-03-14");
    let on_dace = feedback_on(&f, &dace);
    assert_eq!(on_dace.len(), 1);
    assert_eq!(on_dace[0]["from"], "recipient");
    assert_eq!(on_dace[0]["date"], "2025-03-17");

    // Importing the same file again finds every row recorded already.
    refused(
        &f,
        &["import", "consultations", "import/consultations.csv"],
        1,
        &[
            "import/consultations.csv:2: date:",
            "import/consultations.csv:3: date:",
            "import/consultations.csv:4: date:",
            "already records",
            "3 of 3 rows are wrong; nothing was imported",
        ],
    );
}

#[test]
fn every_bad_row_is_reported_with_its_line_and_nothing_is_written() {
    let f = Folder::example();
    f.write(
        "bad.csv",
        "name,group,role,birth_date,peer_stage\n\
         Jauna Dalībniece,rigas,parent,,\n\
         Anna Bērziņa,rigas,parent,,\n\
         Kāds,nekur,uncle,2090-01-01,\n\
         ,rigas,child,,\n\
         \"Pēteris, jaunākais\",jelgavas,child,,active\n\
         Otra Dalībniece,rigas,parent,,\n\
         Otra Dalībniece,RĪGAS,parent,,\n",
    );
    refused(
        &f,
        &["import", "participants", "bad.csv"],
        1,
        &[
            "bad.csv:3: name: Anna Bērziņa (p-",
            "already a participant",
            "bad.csv:4: group: no group is called 'nekur'",
            "bad.csv:4: role: 'uncle' is not one of child, parent, foster-parent, guardian",
            "bad.csv:4: birth_date: 2090-01-01 is in the future",
            "bad.csv:5: name: is empty",
            "bad.csv:6: birth_date: Pēteris, jaunākais is a child peer without a birth date",
            "bad.csv:8: name: Otra Dalībniece (line 7) is already a participant",
            "5 of 7 rows are wrong; nothing was imported",
        ],
    );
    let run = f.run(&["import", "participants", "bad.csv"]);
    assert!(!run.stderr.contains("bad.csv:2:"), "a good row is not reported");
    assert!(!run.stderr.contains("bad.csv:7:"));
    // --dry-run reports the same and exits the same way.
    refused(&f, &["import", "participants", "bad.csv", "--dry-run"], 1, &["bad.csv:4: role"]);
}

#[test]
fn consultation_rows_get_the_checks_of_consult_log() {
    let f = Folder::example();
    f.write(
        "c.csv",
        "peer,recipient,date,time,place,topic,status\n\
         Līga Ozoliņa,Anna Bērziņa,2025-04-01,16:00-17:00,Rīga,Tēma,\n\
         Līga Ozoliņa,Anna Bērziņa,01.04.2025,16:00-17:00,Rīga,Tēma,planned\n\
         Anna Bērziņa,Līga Ozoliņa,2025-04-01,16:00-17:00,Rīga,Tēma,\n\
         Jānis Kļaviņš,Elza Čakste,2022-01-10,16:00-17:00,Jelgava,Tēma,\n\
         Līga Ozoliņa,Elza Čakste,2025-04-02,16:00-17:00,Rīga,Tēma,\n\
         Līga Ozoliņa,Anna Bērziņa,2025-04-03,17:00-16:00,Rīga,,\n\
         Līga Ozoliņa,Anna Bērziņa,2025-04-04,16:00-17:00,Rīga,Tēma,maybe\n\
         ozol,berzina,2025-03-04,17:30-18:15,Rīga,Tēma,held\n",
    );
    refused(
        &f,
        &["import", "consultations", "c.csv"],
        1,
        &[
            "c.csv:3: date: line 2 already records Līga Ozoliņa with Anna Bērziņa on 2025-04-01",
            "c.csv:4: peer: Anna Bērziņa",
            "is a participant but not a peer",
            "c.csv:5: peer: peer Jānis Kļaviņš",
            "a child peer must be at least 13",
            "c.csv:6: recipient: recipient Elza Čakste",
            "must share a group",
            "c.csv:7: time: '17:00-16:00' ends before it starts",
            "c.csv:7: topic: is empty",
            "c.csv:8: status: 'maybe' is not one of planned, held, cancelled",
            "c.csv:9: date: c-",
            "already records",
            "7 of 8 rows are wrong",
        ],
    );
    let run = f.run(&["import", "consultations", "c.csv"]);
    assert!(!run.stderr.contains("c.csv:2:"), "{}", run.stderr);
}

#[test]
fn feedback_rows_find_their_consultation_by_id_or_by_who_and_when() {
    let f = Folder::example();
    let c3 = consultation_id(&f, "Līga Ozoliņa", "Dace Šmite", "2025-03-14");
    let planned = consultation_id(&f, "Līga Ozoliņa", "Ilze Krīgere", "2025-05-20");
    let with_feedback = consultation_id(&f, "Līga Ozoliņa", "Anna Bērziņa", "2025-03-04");
    f.write(
        "fb.csv",
        &format!(
            "consultation,peer,recipient,consultation_date,from,date,expected,met,comment,benefit\n\
             {c3},,,,peer,2025-03-15,Gaidas,yes,,Ieguvums\n\
             ,Līga Ozoliņa,Dace Šmite,14.03.2025,peer,2025-03-15,Gaidas,no,,Ieguvums\n\
             {planned},,,,recipient,2025-05-21,Gaidas,yes,,Ieguvums\n\
             {with_feedback},,,,recipient,2025-03-21,Gaidas,yes,,Ieguvums\n\
             ,Līga Ozoliņa,Dace Šmite,2025-03-15,recipient,2025-03-16,Gaidas,yes,,Ieguvums\n\
             {c3},,,,recipient,2025-03-13,Gaidas,daļēji,,\n\
             c-zzzzzzzz,,,,recipient,2025-03-20,Gaidas,yes,,Ieguvums\n"
        ),
    );
    refused(
        &f,
        &["import", "feedback", "fb.csv"],
        1,
        &[
            "fb.csv:3: consultation: line 2 already holds peer feedback",
            &format!("fb.csv:4: consultation: consultation {planned} is planned"),
            "fb.csv:5: consultation: f-",
            "already holds recipient feedback",
            "fb.csv:6: consultation: Līga Ozoliņa has no consultation with Dace Šmite on 2025-03-15",
            // The Latvian answer `daļēji` is read as partly; only the empty benefit is wrong.
            "fb.csv:7: benefit: is empty",
            "fb.csv:8: consultation: no consultation has the ID 'c-zzzzzzzz'",
            "6 of 7 rows are wrong",
        ],
    );
    // The good row alone imports, found by ID prefix.
    f.write(
        "ok.csv",
        &format!(
            "Consultation;From;Expected;Met;Benefit;Comment;Date\n{};peer;Gaidas;partly;Ieguvums;\"Ar ; semikolu\";2025-03-15\n",
            &c3[..5]
        ),
    );
    let id = f.run(&["import", "feedback", "ok.csv"]).ok().to_string();
    let shown = json(&f, &["feedback", "show", &id, "--format", "json"]);
    assert_eq!(shown["consultations"][0], c3.as_str());
    assert_eq!(shown["comment"], "Ar ; semikolu");
    assert_eq!(shown["met"], "partly");
}

#[test]
fn headers_are_checked_and_spreadsheet_files_are_understood() {
    let f = Folder::example();
    f.write("unknown.csv", "name,group,role,shoe_size\nA,rigas,parent,42\n");
    refused(
        &f,
        &["import", "participants", "unknown.csv"],
        1,
        &["unknown.csv:1: column 'shoe_size' is not a participants column", "name*, group*, role*"],
    );
    f.write("short.csv", "name,role\nA,parent\n");
    refused(&f, &["import", "participants", "short.csv"], 1, &["short.csv:1:", "lacks the column group"]);
    f.write("twice.csv", "name,group,Name,role\n");
    refused(&f, &["import", "participants", "twice.csv"], 1, &["'name' appears twice"]);
    f.write("empty.csv", "");
    refused(&f, &["import", "participants", "empty.csv"], 1, &["empty"]);
    f.write("wide.csv", "name,group,role\nA,rigas,parent,extra\n");
    refused(&f, &["import", "participants", "wide.csv"], 1, &["wide.csv:2:", "3 columns"]);
    std::fs::write(f.path("latin1.csv"), b"name,group,role\nB\xe9rzi\xf2a,rigas,parent\n").unwrap();
    refused(&f, &["import", "participants", "latin1.csv"], 1, &["latin1.csv", "UTF-8"]);

    // What a spreadsheet in a Latvian locale saves: a BOM, semicolons, CRLF, headers in other case.
    let excel = "\u{feff}Name;Group;Role;Birth date\r\nMarta Kalēja;rigas;parent;\r\n\r\nAnsis Ozols;rigas;guardian;01.02.1980.\r\n";
    std::fs::write(f.path("excel.csv"), excel).unwrap();
    let ids = f.run(&["import", "participants", "excel.csv"]).ok().to_string();
    assert_eq!(ids.lines().count(), 2, "the blank line is skipped");
    let ansis = json(&f, &["participant", "list", "--format", "json"]);
    assert!(ansis.as_array().unwrap().iter().any(|p| p["name"] == "Ansis Ozols" && p["birth_date"] == "1980-02-01"));
}

#[test]
fn import_reads_stdin_and_has_no_progress_bar_without_a_terminal() {
    let f = Folder::example();
    let mut cmd = assert_cmd::Command::cargo_bin("peerlog").unwrap();
    let out = cmd
        .current_dir(&f.root)
        .env("PEERLOG_ID_SEED", "tests")
        .args(["import", "participants", "-"])
        .write_stdin("name,group,role\nNo Stdin,rigas,parent\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.trim(), "imported 1 participant from stdin", "no progress bar: {stderr:?}");
}

#[test]
fn ten_thousand_rows_import_in_one_go() {
    let f = Folder::new();
    let (g, ..) = f.seeded();
    let mut csv = String::from("name,group,role\n");
    for i in 0..10_000 {
        csv.push_str(&format!("Dalībnieks {i},{g},parent\n"));
    }
    f.write("many.csv", &csv);
    let ids = f.run(&["import", "participants", "many.csv"]).ok().to_string();
    assert_eq!(ids.lines().count(), 10_000);
    let mut unique: Vec<&str> = ids.lines().collect();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 10_000, "every ID is new");
    assert_eq!(f.files("people/").len(), 10_003);
}
