//! What the performance work must not change, and what makes writes independent of the folder's
//! size: a write reads only the records it checks. (Timings live in bench/, never in tests.)

use crate::common::Folder;

/// The ID of a person of data-example, by name.
fn person(f: &Folder, name: &str) -> String {
    let people: serde_json::Value =
        serde_json::from_str(f.run(&["participant", "list", "--format", "json"]).ok()).unwrap();
    people.as_array().unwrap().iter().find(|p| p["name"] == name).unwrap()["id"].as_str().unwrap().to_string()
}

/// The path of data-example's only consultation on `day`.
fn on_day(f: &Folder, day: &str) -> String {
    let files = f.files(&format!("consultations/{}/{day}/", &day[..4]));
    assert_eq!(files.len(), 1, "{files:?}");
    files[0].clone()
}

#[test]
fn logging_a_consultation_reads_only_the_people_and_that_day() {
    let f = Folder::example();
    let (peer, recipient) = (person(&f, "Līga Ozoliņa"), person(&f, "Ilze Krīgere"));
    let planned = on_day(&f, "2025-05-20");
    // A consultation file that cannot be parsed, in a day folder nothing below writes to.
    let broken = on_day(&f, "2025-03-04");
    f.write(&broken, "id = \"c-broken\"\nstatus = \n");
    // By IDs: the two people are read by path, the duplicate check reads 2025-04-10 only.
    let id = f
        .run(&crate::common::consult_log(&peer, &recipient, "2025-04-10", "16:00-17:00", "Robežu noteikšana"))
        .ok()
        .to_string();
    assert!(f.path(&format!("consultations/2025/2025-04-10/{id}.toml")).is_file());
    // Marking a planned consultation held finds it by ID without reading other days.
    let planned_id = planned.rsplit('/').next().unwrap().trim_end_matches(".toml").to_string();
    f.run(&["consult", "log", &planned_id]).ok();
    assert!(f.read(&planned).contains("status = \"held\""));
    // A command that reads every consultation still names the broken file.
    f.run(&["consult", "list"]).fails(1, &[&format!("{broken}:2")]);
}

#[test]
fn a_consultation_in_the_wrong_day_folder_is_found_and_explained() {
    let f = Folder::example();
    let right = on_day(&f, "2025-05-20");
    let id = right.rsplit('/').next().unwrap().trim_end_matches(".toml").to_string();
    let text = f.read(&right);
    std::fs::remove_file(f.path(&right)).unwrap();
    f.write(&format!("consultations/2025/2025-04-02/{id}.toml"), &text);
    f.run(&["consult", "show", &id]).fails(1, &[&format!("belongs at {right}")]);
}

#[test]
fn a_streamed_json_list_is_the_same_pretty_json() {
    let f = Folder::example();
    let out = f.run(&["consult", "list", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(out.ok()).unwrap();
    assert!(value.as_array().is_some_and(|a| a.len() == 11));
    assert_eq!(out.stdout, serde_json::to_string_pretty(&value).unwrap() + "\n");
    let none = f.run(&["consult", "list", "--format", "json", "--from", "2099-01-01"]);
    assert_eq!(none.ok(), "[]");
}
