//! Scripting and git (issue 5): JSON output and export, CSV import, edit and rm, prompts for
//! missing fields, completions and man pages, help examples, colour, and merging two clones.

mod edit_rm;
mod help;
mod import;
mod json;
mod merge;
mod prompts;

use crate::common::*;

/// Parses a command's stdout as JSON, asserting success.
#[track_caller]
pub fn json(f: &Folder, args: &[&str]) -> serde_json::Value {
    let run = f.run(args);
    serde_json::from_str(run.ok()).unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}):\n{}", run.stdout))
}

/// The ID of the consultation of `peer` (a name) with `recipient` on `date`, from `consult list`.
#[track_caller]
pub fn consultation_id(f: &Folder, peer: &str, recipient: &str, date: &str) -> String {
    let all = json(f, &["consult", "list", "--format", "json"]);
    all.as_array()
        .unwrap()
        .iter()
        .find(|c| c["peer_name"] == peer && c["recipient_name"] == recipient && c["date"] == date)
        .unwrap_or_else(|| panic!("no consultation of {peer} with {recipient} on {date}"))["id"]
        .as_str()
        .unwrap()
        .to_string()
}

/// The ID of the person called `name`, from `participant list`.
#[track_caller]
pub fn person_id(f: &Folder, name: &str) -> String {
    let all = json(f, &["participant", "list", "--format", "json"]);
    all.as_array().unwrap().iter().find(|p| p["name"] == name).unwrap_or_else(|| panic!("no person {name}"))["id"]
        .as_str()
        .unwrap()
        .to_string()
}

/// The feedback records that cover consultation `c`.
pub fn feedback_on(f: &Folder, c: &str) -> Vec<serde_json::Value> {
    let all = json(f, &["feedback", "list", "--format", "json"]);
    all.as_array()
        .unwrap()
        .iter()
        .filter(|x| x["consultations"].as_array().unwrap().iter().any(|id| id == c))
        .cloned()
        .collect()
}

/// Logs a consultation and returns its ID.
#[track_caller]
pub fn log(f: &Folder, peer: &str, recipient: &str, date: &str, time: &str) -> String {
    f.run(&[
        "consult",
        "log",
        "--peer",
        peer,
        "--recipient",
        recipient,
        "--date",
        date,
        "--time",
        time,
        "--place",
        "Rīga",
        "--topic",
        "Tēma",
    ])
    .ok()
    .to_string()
}
