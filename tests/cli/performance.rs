//! What the performance work must not change, and what makes writes independent of the folder's
//! size: a write reads only the records it checks. (Timings live in bench/, never in tests.)

use crate::common::Folder;

/// A consultation file that cannot be parsed, in a day folder no test below writes to.
fn break_another_day(f: &Folder) {
    f.write(
        "consultations/2025/2025-03-04/c-wg7373ab.toml",
        "id = \"c-wg7373ab\"\nstatus = \n",
    );
}

#[test]
fn logging_a_consultation_reads_only_the_people_and_that_day() {
    let f = Folder::example();
    break_another_day(&f);
    // By IDs: the two people are read by path, the duplicate check reads 2025-04-10 only.
    let id = f
        .run(&[
            "consult",
            "log",
            "--peer",
            "p-9fk3dqvb",
            "--recipient",
            "p-h6apk3a8",
            "--date",
            "2025-04-10",
            "--time",
            "16:00-17:00",
            "--place",
            "Rīga, Brīvības iela 1",
            "--topic",
            "Robežu noteikšana",
        ])
        .ok()
        .to_string();
    assert!(f.path(&format!("consultations/2025/2025-04-10/{id}.toml")).is_file());
    // Marking a planned consultation held finds it by ID without reading other days.
    f.run(&["consult", "log", "c-nrq89dss"]).ok();
    assert!(
        f.read("consultations/2025/2025-05-20/c-nrq89dss.toml")
            .contains("status = \"held\"")
    );
    // A command that reads every consultation still names the broken file.
    f.run(&["consult", "list"])
        .fails(1, &["consultations/2025/2025-03-04/c-wg7373ab.toml:2"]);
}

#[test]
fn a_consultation_in_the_wrong_day_folder_is_found_and_explained() {
    let f = Folder::example();
    let text = f.read("consultations/2025/2025-05-20/c-nrq89dss.toml");
    std::fs::remove_file(f.path("consultations/2025/2025-05-20/c-nrq89dss.toml")).unwrap();
    f.write("consultations/2025/2025-04-02/c-nrq89dss.toml", &text);
    f.run(&["consult", "show", "c-nrq89dss"])
        .fails(1, &["belongs at consultations/2025/2025-05-20/c-nrq89dss.toml"]);
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
