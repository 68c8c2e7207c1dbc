//! The leader's craft: the peer pipeline, the two delivery models and the agenda.

use crate::common::*;
use serde_json::Value;

fn json(run: &Run) -> Value {
    serde_json::from_str(run.ok()).expect("JSON on stdout")
}

/// A parent of group `g` who consented, on 2024-01-01, to consult and be consulted.
fn consenting(f: &Folder, g: &str, name: &str) -> String {
    let args = ["participant", "add", name, "--group", g, "--role", "parent", "--consent", "peer,recipient"];
    let mut args = args.to_vec();
    args.extend(["--consent-date", "2024-01-01"]);
    f.run(&args).ok().to_string()
}

fn log<'a>(peer: &'a str, recipient: &'a str, date: &'a str) -> Vec<&'a str> {
    consult_log(peer, recipient, date, "16:00-17:00", "Tēma")
}

#[test]
fn model_1_from_identification_to_feedback() {
    let f = Folder::new();
    let g = f.run(&[
        "group",
        "add",
        "Rīgas grupa",
        "--leader",
        "Inese Kalniņa",
        "--venue",
        "Rīga",
        "--model",
        "1",
        "--start",
        "2025-02-01",
        "--end",
        "2025-05-31",
    ]);
    let g = g.ok().to_string();
    f.run(&["group", "meeting", "add", &g, "--date", "2025-02-03", "--date", "2025-02-10"]).ok();
    let anna = consenting(&f, &g, "Anna Bērziņa");
    let liga = consenting(&f, &g, "Līga Ozoliņa");

    // Observing a participant starts the pipeline at "identified".
    assert_eq!(f.run(&["peer", "observe", "ozolina", "empathy", "communication", "--date", "2025-02-03"]).ok(), liga);
    let shown = json(&f.run(&["peer", "show", &liga, "--format", "json"]));
    assert_eq!(shown["peer"]["stages"][0]["stage"], "identified");
    assert_eq!(shown["peer"]["observed"]["empathy"], "2025-02-03");

    // Not yet prepared: a consultation is written with a warning that names the missing step
    // (the stage history may be incomplete); this one was typed too early, and goes again.
    let early = f.run(&log(&liga, &anna, "2025-03-04"));
    let id = early.ok().to_string();
    for says in ["warning: --peer:", "is identified", "the missing step: prepare", "prepared"] {
        assert!(early.stderr.contains(says), "{says}: {}", early.stderr);
    }
    f.run(&["rm", &id]).ok();

    for (stage, date) in [("approached", "2025-02-10"), ("motivated", "2025-02-17"), ("prepared", "2025-02-24")] {
        f.run(&["peer", "stage", &liga, stage, "--date", date]).ok();
    }
    f.run(&["peer", "motivation", &liga, "personal-experience", "altruism"]).ok();
    f.run(&["peer", "prepare", &liga, "ethics", "boundaries", "structure", "--date", "2025-02-24"]).ok();
    let c = f.run(&log(&liga, &anna, "2025-03-04")).ok().to_string();

    // Model 1: outside the group's dates is a warning, not a refusal.
    let late = f.run(&log(&liga, &anna, "2025-06-02"));
    late.ok();
    assert!(late.stderr.contains("warning: --date: 2025-06-02 is outside the dates of Rīgas grupa"), "{}", late.stderr);

    let agenda = json(&f.run(&["agenda", "--as-of", "2025-06-10", "--format", "json"]));
    let kinds: Vec<(&str, &str)> = agenda
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["kind"].as_str().unwrap(), i["record"].as_str().unwrap()))
        .collect();
    assert!(kinds.contains(&("recipient-feedback", c.as_str())), "{kinds:?}");
    assert!(kinds.contains(&("peer-feedback", c.as_str())), "{kinds:?}");
    f.run(&feedback_args(&c, "recipient", "2025-03-05")).ok();
    f.run(&feedback_args(&c, "peer", "2025-03-05")).ok();
    let agenda = json(&f.run(&["agenda", "--as-of", "2025-06-10", "--format", "json"]));
    assert!(agenda.as_array().unwrap().iter().all(|i| i["record"] != c.as_str()), "{agenda}");

    let report = json(&f.run(&["report", "pipeline", "--group", &g, "--format", "json"]));
    assert_eq!(report[0]["stages"]["prepared"], 1);
    assert_eq!(report[0]["observed"][0]["word"], "empathy");
    assert_eq!(report[0]["motivations"].as_array().unwrap().len(), 2);
}

#[test]
fn model_2_warnings_and_agenda() {
    let f = Folder::new();
    let g = f.run(&[
        "group",
        "add",
        "Jelgavas grupa",
        "--leader",
        "Māris Liepiņš",
        "--venue",
        "Jelgava",
        "--model",
        "2",
        "--start",
        "2025-01-15",
        "--end",
        "2025-03-19",
    ]);
    let g = g.ok().to_string();
    let meetings = ["2025-02-26", "2025-03-05", "2025-03-12", "2025-03-19"];
    for m in meetings {
        f.run(&["group", "meeting", "add", &g, "--date", m]).ok();
    }
    let elza = consenting(&f, &g, "Elza Čakste");
    let janis = consenting(&f, &g, "Jānis Kļaviņš");

    // Two meetings left and no peer approached: the agenda says so.
    let agenda = f.run(&["agenda", "--as-of", "2025-03-10"]);
    assert!(agenda.ok().contains("approach-peer"), "{}", agenda.stdout);
    assert!(agenda.stdout.contains("2 meetings left and no peer approached"));

    // Approached later than two meetings before the last one (2025-03-05): a warning.
    let late = f.run(&["peer", "stage", &janis, "approached", "--date", "2025-03-12"]);
    late.ok();
    assert!(
        late.stderr.contains("warning: --peer: Jānis Kļaviņš was approached on 2025-03-12, later than"),
        "{}",
        late.stderr
    );
    assert!(!f.run(&["agenda", "--as-of", "2025-03-10"]).ok().contains("approach-peer"));

    f.run(&["peer", "stage", &janis, "active", "--date", "2025-03-13"]).ok();
    // Model 2: consultations before the group's end are warned about.
    let early = f.run(&log(&janis, &elza, "2025-03-15"));
    early.ok();
    assert!(early.stderr.contains("is before Jelgavas grupa ends on 2025-03-19 (model 2"), "{}", early.stderr);
    let after = f.run(&log(&janis, &elza, "2025-03-26"));
    after.ok();
    assert!(!after.stderr.contains("warning"), "{}", after.stderr);
}

#[test]
fn stuck_peers_and_overdue_plans_follow_the_settings() {
    let f = Folder::new();
    let (g, peer, r, _) = f.seeded();
    let p = f.run(&[
        "peer",
        "add",
        "Dace Šmite",
        "--group",
        &g,
        "--role",
        "guardian",
        "--stage",
        "motivated",
        "--date",
        "2025-03-01",
    ]);
    let dace = p.ok().to_string();
    let mut plan = log(&peer, &r, "2025-03-20");
    plan[1] = "plan";
    let c = f.run(&plan).ok().to_string();

    let kinds = |as_of: &str| -> Vec<String> {
        let items = json(&f.run(&["agenda", "--as-of", as_of, "--format", "json"]));
        items
            .as_array()
            .unwrap()
            .iter()
            .map(|i| format!("{} {}", i["kind"].as_str().unwrap(), i["record"].as_str().unwrap()))
            .collect()
    };
    assert_eq!(kinds("2025-03-15"), Vec::<String>::new());
    assert_eq!(kinds("2025-04-05"), vec![format!("confirm-consultation {c}"), format!("stuck-peer {dace}")]);

    // The number of days is a setting.
    let settings = f.read("peerlog.toml").replace("stuck_after_days = 30", "stuck_after_days = 60");
    f.write("peerlog.toml", &settings);
    assert_eq!(kinds("2025-04-05"), vec![format!("confirm-consultation {c}")]);
    // Exit 0 always, also with nothing due.
    assert!(f.run(&["agenda", "--as-of", "2025-01-01"]).code == 0);
}

#[test]
fn stage_changes_keep_their_order_and_history() {
    let f = Folder::new();
    let (g, ..) = f.seeded();
    let p = f.run(&[
        "peer",
        "add",
        "Dace Šmite",
        "--group",
        &g,
        "--role",
        "guardian",
        "--stage",
        "approached",
        "--date",
        "2025-03-01",
    ]);
    let dace = p.ok().to_string();
    refused(
        &f,
        &["peer", "stage", &dace, "motivated", "--date", "2025-02-01"],
        1,
        &["--date", "does not fit between the recorded stages (approached on 2025-03-01)"],
    );
    refused(&f, &["peer", "stage", &dace, "approached"], 1, &["already approached"]);
    refused(&f, &["peer", "stage", &dace, "sleeping"], 2, &["sleeping"]);
    refused(&f, &["peer", "observe", &dace, "telepathy"], 2, &["telepathy"]);
    let anna = f.run(&["participant", "add", "Ieva Ērgle", "--group", &g, "--role", "parent"]).ok().to_string();
    refused(&f, &["peer", "motivation", &anna, "career"], 1, &["not in the peer pipeline yet", "peer observe"]);
    f.run(&["peer", "stage", &dace, "motivated", "--date", "2025-03-08", "--note", "Piekrita"]).ok();
    let text = f.read(&format!("people/{dace}.toml"));
    assert!(text.contains("stage = \"approached\"\ndate = 2025-03-01"), "{text}");
    assert!(text.contains("stage = \"motivated\"\ndate = 2025-03-08\nnote = \"Piekrita\""), "{text}");
}

#[test]
fn vocab_lists_the_seed_vocabularies_with_latvian_labels() {
    let f = Folder::new();
    let entries = json(&f.run(&["vocab", "--format", "json"]));
    let count = |list: &str| entries.as_array().unwrap().iter().filter(|e| e["list"] == list).count();
    assert_eq!((count("criterion"), count("sign"), count("motivation")), (8, 7, 11));
    assert!(count("preparation") >= 9);
    let labels: Vec<&str> = entries.as_array().unwrap().iter().map(|e| e["label"].as_str().unwrap()).collect();
    for label in [
        "Aktīva līdzdalība un iniciatīva",
        "Prasme saglabāt konfidencialitāti",
        "Iespēja stiprināt personisko dzīvesspēku",
    ] {
        assert!(labels.contains(&label), "{label} missing");
    }
}

#[test]
fn data_example_has_a_group_mid_pipeline() {
    let f = Folder::example();
    let report = json(&f.run(&["report", "pipeline", "--format", "json"]));
    let riga = report.as_array().unwrap().iter().find(|g| g["group"] == "Rīgas vecāku atbalsta grupa").unwrap();
    assert_eq!(riga["stages"]["approached"], 1);
    assert_eq!(riga["stages"]["active"], 1);
}

#[test]
fn check_warns_about_the_delivery_models() {
    let f = Folder::example();
    assert!(f.run(&["check", "--strict"]).ok().contains("no problems"));
    // Model 1: move the Rīga group's end before its last consultations; model 2: move Jelgava's later.
    let groups = f.files("groups/");
    for g in &groups {
        let text =
            f.read(g).replace("end = 2025-05-26", "end = 2025-03-31").replace("end = 2025-03-19", "end = 2025-03-31");
        f.write(g, &text);
    }
    let run = f.run(&["check"]);
    let out = run.ok();
    assert!(out.contains("warning: 2025-05-20 is outside the dates of Rīgas vecāku atbalsta grupa (model 1"), "{out}");
    assert!(
        out.contains("warning: 2025-03-26 is before Jelgavas pusaudžu atbalsta grupa ends on 2025-03-31 (model 2"),
        "{out}"
    );
    f.run(&["check", "--strict"]).fails(1, &[]);
}
