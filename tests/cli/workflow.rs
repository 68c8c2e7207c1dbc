//! The everyday workflow, from `init` to the Appendix 1 sheet.

use crate::common::*;

#[test]
fn init_creates_the_folder_and_refuses_to_overwrite_it() {
    let f = Folder::empty();
    let run = f.run(&["init", "records"]);
    assert_eq!(run.ok(), "", "init prints nothing on stdout");
    for name in ["peerlog.toml", ".gitattributes", ".gitignore", "groups", "people", "consultations", "feedback"] {
        assert!(f.path("records").join(name).exists(), "{name} missing");
    }
    assert!(f.read("records/peerlog.toml").contains("format = 1"));
    let attributes = f.read("records/.gitattributes");
    assert!(attributes.contains("* text=auto eol=lf") && attributes.contains("*.csv -text"), "{attributes}");
    refused(&f, &["init", "records"], 1, &["already holds peerlog.toml"]);
}

#[test]
fn commands_outside_a_folder_suggest_init() {
    let f = Folder::empty();
    f.run(&["group", "list"]).fails(2, &["no peerlog folder", "peerlog init"]);
}

#[test]
fn the_folder_is_found_from_a_subfolder_from_dir_and_from_peerlog_dir() {
    let f = Folder::new();
    let (g, ..) = f.seeded();
    std::fs::create_dir_all(f.path("people/sub")).unwrap();
    let mut cmd = assert_cmd::Command::cargo_bin("peerlog").unwrap();
    let out = cmd
        .current_dir(f.path("people/sub"))
        .env("XDG_CACHE_HOME", TEST_CACHE)
        .args(["group", "list", "--format", "csv"])
        .output()
        .unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().contains(&g));
    let elsewhere = Folder::empty();
    let dir = f.root.to_str().unwrap();
    assert!(elsewhere.run(&["--dir", dir, "group", "list", "--format", "csv"]).ok().contains(&g));
    assert!(elsewhere.run_env(&["group", "list", "--format", "csv"], &[("PEERLOG_DIR", dir)]).ok().contains(&g));
}

#[test]
fn a_whole_group_from_plan_to_appendix1() {
    let f = Folder::new();
    let g = f.run(&["group", "add", "Rīgas grupa", "--leader", "Inese Kalniņa", "--venue", "Rīga, Brīvības iela 1"]);
    let g = g.ok().to_string();
    assert!(g.starts_with("g-"), "a write prints only the new ID: {g}");
    let anna = f.run(&["participant", "add", "Anna Bērziņa", "--group", "rigas", "--role", "parent"]).ok().to_string();
    // A participant who becomes a peer is promoted, not duplicated.
    let liga = f.run(&["participant", "add", "Līga Ozoliņa", "--group", &g, "--role", "parent"]).ok().to_string();
    let promoted = f.run(&[
        "peer",
        "add",
        "liga ozolina",
        "--group",
        &g,
        "--consent",
        "peer,report",
        "--consent-date",
        "2024-01-01",
    ]);
    assert_eq!(promoted.ok(), liga);
    assert_eq!(f.files("people/").len(), 2);
    f.run(&["consent", "give", &anna, "recipient", "report", "--date", "2025-02-01"]).ok();

    // Names match without case and diacritics; a planned consultation becomes held.
    let c = f.run(&[
        "consult",
        "plan",
        "--peer",
        "ozolina",
        "--recipient",
        "BERZINA",
        "--date",
        "14.03.2025",
        "--time",
        "16:00-17:00",
        "--place",
        "Rīga, Brīvības iela 1",
        "--topic",
        "Robežas",
    ]);
    let c = c.ok().to_string();
    assert!(f.read(&format!("consultations/2025/2025-03-14/{c}.toml")).contains("status = \"planned\""));
    assert_eq!(f.run(&["consult", "log", &c[..5]]).ok(), c);
    let held = f.read(&format!("consultations/2025/2025-03-14/{c}.toml"));
    assert!(held.contains("status = \"held\""), "{held}");
    assert!(held.contains("date = 2025-03-14"), "dates are TOML dates: {held}");

    let fb = f.run(&[
        "feedback",
        "record",
        "--consultation",
        &c,
        "--from",
        "recipient",
        "--expected",
        "Uzklausīšanu",
        "--met",
        "partly",
        "--comment",
        "Vajadzēja vairāk laika",
        "--benefit",
        "Drosme runāt",
        "--date",
        "2025-03-20",
    ]);
    assert!(fb.ok().starts_with("f-"));

    let csv = f.run(&["report", "appendix1", "--group", "rīgas grupa", "--table-only"]).ok().to_string();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][0], "1.");
    assert_eq!(&rows[0][1], "Līga Ozoliņa");
    assert_eq!(&rows[0][2], "Anna Bērziņa");
    assert_eq!(&rows[0][3], "Rīga, Brīvības iela 1, 14.03.2025., 16:00-17:00");
    assert_eq!(&rows[0][4], "Robežas");
    assert_eq!(
        &rows[0][5],
        "Kas tika sagaidīts no līdzinieka konsultācijas? Uzklausīšanu\n\
         Vai minētās gaidas piepildījās? Daļēji. Vajadzēja vairāk laika\n\
         Kāds bija ieguvums no līdzinieka konsultācijas? Drosme runāt"
    );
    let _ = anna;
}

#[test]
fn planned_and_cancelled_consultations_stay_out_of_appendix1() {
    let f = Folder::new();
    let (g, peer, r, o) = f.seeded();
    let base = ["--time", "16:00-17:00", "--place", "Rīga", "--topic", "Tēma"];
    let plan = |who: &str, date: &str| {
        let mut args = vec!["consult", "plan", "--peer", &peer, "--recipient", who, "--date", date];
        args.extend(base);
        f.run(&args).ok().to_string()
    };
    let planned = plan(&r, "2025-03-01");
    let cancelled = plan(&o, "2025-03-02");
    assert_eq!(f.run(&["consult", "cancel", &cancelled]).ok(), cancelled);
    let mut args = vec!["consult", "log", "--peer", &peer, "--recipient", &o, "--date", "2025-03-03"];
    args.extend(base);
    f.run(&args).ok();
    let csv = f.run(&["report", "appendix1", "--group", &g, "--table-only"]).ok().to_string();
    assert_eq!(csv.lines().count(), 2, "header and the one held row:\n{csv}");
    assert!(csv.contains("03.03.2025."));
    let listed = f.run(&["consult", "list", "--status", "planned", "--format", "csv"]).ok().to_string();
    assert!(listed.contains(&planned) && !listed.contains(&cancelled));
}

#[test]
fn lists_and_shows_print_tables_json_and_csv() {
    let f = Folder::new();
    let (g, peer, r, _) = f.seeded();
    let c = f
        .run(&[
            "consult",
            "log",
            "--peer",
            &peer,
            "--recipient",
            &r,
            "--date",
            "2025-03-14",
            "--time",
            "16:00-17:00",
            "--place",
            "Rīga",
            "--topic",
            "Tēma",
        ])
        .ok()
        .to_string();
    let table = f.run(&["consult", "list"]).ok().to_string();
    assert!(table.contains("Līga Ozoliņa") && table.contains("2025-03-14"), "{table}");
    let json: serde_json::Value = serde_json::from_str(f.run(&["consult", "list", "--format", "json"]).ok()).unwrap();
    assert_eq!(json[0]["id"], c.as_str());
    assert_eq!(json[0]["date"], "2025-03-14");
    assert_eq!(json[0]["peer_name"], "Līga Ozoliņa");
    let group: serde_json::Value =
        serde_json::from_str(f.run(&["group", "show", &g, "--format", "json"]).ok()).unwrap();
    assert_eq!(group["consultations"]["held"], 1);
    assert_eq!(group["participants"].as_array().unwrap().len(), 3);
    let peers = f.run(&["peer", "list", "--format", "csv"]).ok().to_string();
    assert_eq!(peers.lines().count(), 2, "{peers}");
    let shown: serde_json::Value =
        serde_json::from_str(f.run(&["peer", "show", "ozol", "--format", "json"]).ok()).unwrap();
    assert_eq!(shown["consultations"][0]["id"], c.as_str());
    let one: serde_json::Value =
        serde_json::from_str(f.run(&["consult", "show", &c, "--format", "json"]).ok()).unwrap();
    assert_eq!(one["recipient_name"], "Anna Bērziņa");
}

#[test]
fn one_feedback_covers_several_consultations() {
    let f = Folder::new();
    let (g, peer, r, _) = f.seeded();
    let log = |date: &str| {
        f.run(&[
            "consult",
            "log",
            "--peer",
            &peer,
            "--recipient",
            &r,
            "--date",
            date,
            "--time",
            "16:00-17:00",
            "--place",
            "Rīga",
            "--topic",
            "Tēma",
        ])
        .ok()
        .to_string()
    };
    let (a, b) = (log("2025-03-01"), log("2025-03-08"));
    f.run(&[
        "feedback",
        "record",
        "--consultation",
        &a,
        "--consultation",
        &b,
        "--from",
        "recipient",
        "--expected",
        "Atbalstu",
        "--met",
        "yes",
        "--benefit",
        "Miers",
        "--date",
        "2025-03-09",
    ])
    .ok();
    let csv = f.run(&["report", "appendix1", "--group", &g, "--table-only"]).ok().to_string();
    assert_eq!(csv.matches("Atbalstu").count(), 2, "{csv}");
}

#[test]
fn saving_is_stable_and_files_are_plain_toml() {
    let f = Folder::new();
    let (_, peer, ..) = f.seeded();
    let text = f.read(&format!("people/{peer}.toml"));
    assert!(text.starts_with(&format!("id = \"{peer}\"\nname = \"Līga Ozoliņa\"\n")), "{text}");
    assert!(!text.contains(&f.root.to_string_lossy().to_string()), "no absolute paths");
}

#[test]
fn ids_do_not_repeat_across_clones() {
    // Two clones adding the same-looking record at the same time get different file names.
    let a = Folder::new();
    let b = Folder::new();
    let args = ["group", "add", "Grupa", "--leader", "L", "--venue", "V"];
    let ga = a.run_env(&args, &[("PEERLOG_ID_SEED", "")]);
    let mut cmd = assert_cmd::Command::cargo_bin("peerlog").unwrap();
    let gb = cmd
        .current_dir(&b.root)
        .env("XDG_CACHE_HOME", TEST_CACHE)
        .env_remove("PEERLOG_ID_SEED")
        .args(args)
        .output()
        .unwrap();
    assert_ne!(ga.ok(), String::from_utf8_lossy(&gb.stdout).trim());
}

#[test]
fn lists_take_the_period_flags_of_the_reports() {
    let f = Folder::example();
    let ids = |args: &[&str]| -> usize {
        let mut all = vec!["consult", "list", "--format", "csv"];
        all.extend(args);
        f.run(&all).ok().lines().count() - 1
    };
    assert_eq!(ids(&["--month", "2025-04"]), 4);
    assert_eq!(ids(&["--from", "2025-04-02", "--to", "2025-04-03"]), 2);
    assert_eq!(ids(&["--quarter", "2025-Q2"]), 5);
    assert_eq!(ids(&["--year", "2025"]), 11);
    f.run(&["consult", "list", "--from", "2025-05-01", "--to", "2025-04-01"]).fails(1, &["is before --from"]);
    f.run(&["consult", "list", "--month", "2025-04", "--year", "2025"]).fails(2, &["--year"]);
}
