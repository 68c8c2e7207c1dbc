//! peerlog in Latvian: the README tour prints no English, whole Latvian outputs are kept as
//! snapshots for a reviewer who reads Latvian, and what scripts read is the same in both
//! languages.

use crate::common::*;
use std::path::Path;

/// Words that only an English sentence has; none may appear in a Latvian message or table.
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "with",
    "since",
    "has",
    "is",
    "not",
    "was",
    "for",
    "are",
    "of",
    "only",
    "already",
    "error",
    "warning",
    "hint",
    "missing",
    "cannot",
    "must",
    "should",
    "there",
    "this",
    "that",
    "which",
    "into",
    "checked",
    "consultation",
    "consultations",
    "feedback",
    "group",
    "peer",
    "recipient",
    "support",
    "person",
    "persons",
    "unit",
    "training",
    "hours",
    "days",
    "referral",
    "referrals",
    "incident",
    "present",
    "absent",
    "excused",
    "contacts",
    "completed",
    "nobody",
    "set",
    "wrote",
    "inserted",
    "history",
    "from",
    "on",
    "as",
    "by",
    "nothing",
    "changed",
    "write",
    "file",
    "exists",
    "line",
    "expected",
    "found",
    "yes",
    "field",
    "value",
    "referred",
    "erased",
    "comments",
    "looks",
    "like",
    "same",
    "note",
    "suggested",
];

/// The English words of a Latvian text: words outside `backticks` and 'quotes' (commands and
/// values), in lines that are not commands (`peerlog …`) or file contents.
fn english_words(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines() {
        let mut plain = String::new();
        let mut skip = None;
        for c in line.chars() {
            match skip {
                Some(end) if c == end => skip = None,
                Some(_) => {}
                None if c == '`' || c == '\'' => skip = Some(c),
                None => plain.push(c),
            }
        }
        for word in plain.split(|c: char| !c.is_alphanumeric() && c != '-') {
            if ENGLISH.contains(&word) && !line.contains("peerlog ") {
                found.push(format!("{word}: {line}"));
            }
        }
    }
    found
}

/// Runs a shell script in a new home, with `peerlog` on the PATH and Latvian chosen:
/// (stdout, peerlog's stderr without git's advice, success).
fn run_in_latvian(script: &str) -> (String, String, bool) {
    let home = Folder::empty();
    let bin = Path::new(env!("CARGO_BIN_EXE_peerlog")).parent().unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!("set -euo pipefail\n{script}"))
        .current_dir(&home.root)
        .env("HOME", &home.root)
        .env("PATH", path)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("PEERLOG_LANG", "lv")
        .env_remove("PEERLOG_DIR")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr);
    // git's own advice is git's; peerlog's lines are checked.
    let ours: String = stderr.lines().filter(|l| !l.starts_with("hint:")).map(|l| format!("{l}\n")).collect();
    (stdout, ours, out.status.success())
}

/// The table lines of an output.
fn tables(stdout: &str) -> String {
    stdout.lines().filter(|l| l.starts_with('│')).map(|l| format!("{l}\n")).collect()
}

#[test]
fn the_readme_tour_in_latvian_prints_no_english() {
    let script = format!(
        "{}\n{}\n{}\n\
         peerlog consult list\npeerlog agenda --as-of 2025-04-15\npeerlog report summary\n\
         peerlog group show rigas\npeerlog peer show ozolina\npeerlog report pipeline\npeerlog check\n{}\n{}\n",
        sh_block("## A tour", 1).replace("git init", "git init -q"),
        sh_block("## The leader's craft", 0),
        sh_block("**Consent per purpose.**", 0),
        sh_block("## The overview", 0),
        sh_block("## Corrections and duplicates", 0),
    );
    let (stdout, ours, ok) = run_in_latvian(&script);
    assert!(ok, "the README failed in Latvian:\n{stdout}\n{ours}");
    assert!(ours.contains("Izveidota peerlog mape"), "{ours}");
    assert_eq!(english_words(&ours), Vec::<String>::new(), "English on stderr:\n{ours}");
    let tables = tables(&stdout);
    assert!(tables.contains("Līdzinieks"), "{stdout}");
    assert_eq!(english_words(&tables), Vec::<String>::new(), "English in tables:\n{tables}");
    assert!(stdout.contains("problēmu nav") || stdout.contains("pārbaudīt"), "{stdout}");
}

#[test]
fn the_colleague_support_section_in_latvian_prints_no_english() {
    let script = format!(
        "{}\npeerlog support train ozols --date 2025-02-13 --hours 2,5\n\
         peerlog support list\npeerlog support show ozols\npeerlog unit show daugavpils\n\
         peerlog supervision list\npeerlog support agenda --as-of 2025-06-30\npeerlog check\n",
        sh_block("## The second programme", 0).replace("git init", "git init -q"),
    );
    let (stdout, ours, ok) = run_in_latvian(&script);
    assert!(ok, "the colleague section failed in Latvian:\n{stdout}\n{ours}");
    assert!(ours.contains("pabeidza apmācības"), "{ours}");
    assert_eq!(english_words(&ours), Vec::<String>::new(), "English on stderr:\n{ours}");
    let tables = tables(&stdout);
    assert!(tables.contains("Struktūrvienība"), "{stdout}");
    assert_eq!(english_words(&tables), Vec::<String>::new(), "English in tables:\n{tables}");
    // Hours with a decimal comma for people.
    assert!(tables.contains("2025-02-13, 2,5 stundas") && tables.contains("38,5 no 36 stundām"), "{tables}");
}

/// A folder with one of each problem `check` finds most often.
fn broken() -> Folder {
    let f = Folder::example();
    f.write("consultations/2025/2025-03-04/c-broken1.toml", "id = \"c-broken1\"\nstatus = \"hld\"\n");
    f.write("people/p-typo0001.toml", "id = \"p-typo0001\"\nname = \"Ilze Zariņa\"\nbrith_date = 2011-01-01\n");
    f
}

#[test]
fn latvian_outputs() {
    let f = Folder::example();
    let lv = |args: &[&str]| transcript(&f.root, args, &f.run_lv(args));
    let mut out = String::new();
    out.push_str(&lv(&["agenda", "--as-of", "2025-04-15"]));
    out.push_str(&lv(&["report", "summary"]));
    out.push_str(&lv(&["peer", "show", "ozolina"]));
    let before = f.snapshot();
    out.push_str(&lv(&[
        "consult",
        "log",
        "--peer",
        "ozolina",
        "--recipient",
        "smite",
        "--date",
        "2025-03-14",
        "--time",
        "17:00-16:00",
        "--place",
        "Rīga",
        "--topic",
        "Robežas",
    ]));
    out.push_str(&lv(&[
        "consult",
        "log",
        "--peer",
        "nav-tada",
        "--recipient",
        "smite",
        "--date",
        "2025-03-14",
        "--time",
        "16:00-17:00",
        "--place",
        "Rīga",
        "--topic",
        "Robežas",
    ]));
    assert_eq!(before, f.snapshot(), "a refused write changed the folder");
    let b = broken();
    out.push_str(&transcript(&b.root, &["check"], &b.run_lv(&["check"])));
    insta::assert_snapshot!("latvian-outputs", out.replace(&*f.root.to_string_lossy(), "FOLDER"));
}

#[test]
fn latvian_outputs_of_corrections_and_colleague_support() {
    let f = Folder::example();
    let lv = |args: &[&str]| transcript(&f.root, args, &f.run_lv(args));
    let mut out = String::new();
    // A refused import: a bad row of each kind, nothing written.
    let before = f.snapshot();
    let sheets = Folder::empty();
    let csv = sheets.root.join("people.csv");
    std::fs::write(
        &csv,
        "name,group,role\nAnna Kalna,rigas,parent\nBeta Kalna,nav-tadas,parent\nCeta Liepa,rigas,tante\n",
    )
    .unwrap();
    let csv = csv.to_string_lossy().into_owned();
    out.push_str(&lv(&["import", "participants", &csv]).replace(&csv, "people.csv"));
    assert_eq!(before, f.snapshot(), "a refused import changed the folder");
    // An erasure, tried first.
    out.push_str(&lv(&["erase", "berzina", "--dry-run"]));
    out.push_str(&lv(&["erase", "berzina", "--yes"]));
    let c = Folder::example_colleague();
    let lv = |args: &[&str]| transcript(&c.root, args, &c.run_lv(args));
    out.push_str(&lv(&["support", "agenda", "--as-of", "2025-06-30"]));
    out.push_str(&lv(&["report", "programme", "--quarter", "2025-Q2"]));
    out.push_str(&lv(&["support", "activate", "pētersone", "--date", "2025-06-30"]));
    let out = out.replace(&*f.root.to_string_lossy(), "FOLDER").replace(&*c.root.to_string_lossy(), "FOLDER");
    insta::assert_snapshot!("latvian-outputs-colleague", out);
}

#[test]
fn json_and_csv_are_the_same_in_both_languages() {
    let f = Folder::example();
    let b = broken();
    let c = Folder::example_colleague();
    for (folder, args) in [
        (&f, &["consult", "list", "--format", "json"][..]),
        (&f, &["consult", "list", "--format", "csv"]),
        (&f, &["agenda", "--as-of", "2025-04-15", "--format", "json"]),
        (&f, &["agenda", "--as-of", "2025-04-15", "--format", "csv"]),
        (&f, &["report", "summary", "--format", "csv"]),
        (&f, &["report", "summary", "--format", "json"]),
        (&f, &["report", "pipeline", "--format", "csv"]),
        (&f, &["peer", "show", "ozolina", "--format", "csv"]),
        (&f, &["peer", "show", "ozolina", "--format", "json"]),
        (&f, &["consent", "list", "--format", "csv"]),
        (&f, &["report", "appendix1", "--group", "rigas"]),
        (&b, &["check", "--format", "json"]),
        (&c, &["support", "list", "--format", "json"]),
        (&c, &["support", "list", "--format", "csv"]),
        (&c, &["support", "show", "ozols", "--format", "csv"]),
        (&c, &["support", "agenda", "--as-of", "2025-06-30", "--format", "json"]),
        (&c, &["support", "agenda", "--as-of", "2025-06-30", "--format", "csv"]),
        (&c, &["report", "programme", "--format", "csv"]),
        (&c, &["report", "programme", "--format", "json"]),
        (&c, &["unit", "show", "daugavpils", "--format", "csv"]),
        (&c, &["supervision", "list", "--format", "csv"]),
        (&c, &["check", "--format", "json"]),
    ] {
        let en = folder.run(args);
        let lv = folder.run_lv(args);
        assert_eq!(en.stdout, lv.stdout, "peerlog {} differs between the languages", args.join(" "));
        assert_eq!(en.code, lv.code);
    }
}

#[test]
fn the_language_is_chosen_by_flag_environment_settings_and_locale() {
    let f = Folder::new();
    let says_lv = |run: Run| run.stdout.contains("Lietojums");
    assert!(says_lv(f.run(&["--lang", "lv", "--help"])));
    assert!(says_lv(f.run_env(&["--help"], &[("PEERLOG_LANG", "lv")])));
    assert!(says_lv(f.run_env(&["--help"], &[("LC_ALL", ""), ("LANG", "lv_LV.UTF-8")])));
    assert!(!says_lv(f.run_env(&["--lang", "en", "--help"], &[("PEERLOG_LANG", "lv")])));
    let config = f.read("peerlog.toml");
    f.write("peerlog.toml", &format!("{config}\n[ui]\nlanguage = \"lv\"\n"));
    assert!(says_lv(f.run(&["--help"])));
    assert!(!says_lv(f.run_env(&["--help"], &[("PEERLOG_LANG", "en")])));
    f.run(&["check"]).ok();
    assert!(f.run(&["check"]).stdout.contains("pārbaudīt"));
}

/// `check --format json` keeps its problems English for scripts, and its messages on stderr in
/// the chosen language.
#[test]
fn check_json_speaks_latvian_on_stderr() {
    let f = broken();
    f.write(".peerlog-tmp-c-broken2.toml", "");
    let run = f.run_lv(&["check", "--format", "json", "--fix"]);
    assert!(run.stdout.contains("is not allowed here") || run.stdout.contains("unknown key"), "{}", run.stdout);
    assert!(run.stderr.contains("pagaidu fails"), "{}", run.stderr);
    let outside = Folder::empty();
    let run = outside.run_lv(&["check", "--format", "json"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("kļūda:"), "{}", run.stderr);
    assert_eq!(english_words(&run.stderr), Vec::<String>::new(), "English on stderr:\n{}", run.stderr);
}

#[test]
fn a_refused_overlap_and_a_consent_by_the_wrong_person_speak_latvian() {
    let f = Folder::example();
    let before = f.snapshot();
    let runs: [&[&str]; 2] = [
        // Līga Ozoliņa already consults Dace Šmite at 16:00-17:00 that day.
        &[
            "consult",
            "log",
            "--peer",
            "ozolina",
            "--recipient",
            "smite",
            "--date",
            "2025-03-14",
            "--time",
            "16:30-17:30",
            "--place",
            "Rīga",
            "--topic",
            "Robežas",
        ],
        // Dace Šmite is an adult (a guardian): her consent is her own.
        &["consent", "give", "smite", "peer", "--by", "parent", "--date", "2025-03-01"],
    ];
    let mut out = String::new();
    for args in runs {
        let run = f.run_lv(args);
        assert_eq!(run.code, 1, "{args:?}:\n{}", run.stderr);
        // The commands to run are English; the sentences around them are not.
        let sentences: String = run.stderr.split('`').step_by(2).collect();
        assert_eq!(english_words(&sentences), Vec::<String>::new(), "English on stderr:\n{}", run.stderr);
        out.push_str(&transcript(&f.root, args, &run));
    }
    assert!(out.contains("pārklājas ar") && out.contains("pieaugusi persona piekrišanu dod personīgi"), "{out}");
    assert_eq!(before, f.snapshot(), "a refused write changed the folder");
    insta::assert_snapshot!("latvian-refusals-by-rules", out.replace(&*f.root.to_string_lossy(), "FOLDER"));
}

#[test]
fn a_unit_recorded_twice_is_found_in_latvian() {
    let c = Folder::example_colleague();
    let unit = c.files("units").into_iter().next().expect("a unit");
    let id = unit.trim_start_matches("units/").trim_end_matches(".toml").to_string();
    c.write("units/u-twice001.toml", &c.read(&unit).replace(&id, "u-twice001"));
    let run = c.run_lv(&["check"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let found: String = run.stdout.lines().filter(|l| l.contains("u-twice001")).map(|l| format!("{l}\n")).collect();
    assert!(found.contains("struktūrvienība ar tādu pašu nosaukumu"), "{}", run.stdout);
    assert_eq!(english_words(&found), Vec::<String>::new(), "English:\n{found}");
}

#[test]
fn a_kind_is_named_in_latvian_inside_a_latvian_message() {
    let c = Folder::example_colleague();
    let person = c.files("supporters").into_iter().next().expect("a support person");
    let id = person.trim_start_matches("supporters/").trim_end_matches(".toml").to_string();
    let run = c.run_lv(&["edit", &id, "--set", "colour=red"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("ierakstam (kolēģu atbalsta persona) nav lauka"), "{}", run.stderr);
    assert!(!run.stderr.contains("support person"), "{}", run.stderr);
    let run = c.run(&["edit", &id, "--set", "colour=red"]);
    assert!(run.stderr.contains("a support person has no field 'colour' to set"), "{}", run.stderr);
}

/// The English words of a transcript's outputs and messages, commands in backticks aside.
fn english_in_transcript(out: &str) -> Vec<String> {
    let shown: String = out
        .lines()
        .filter(|l| !l.starts_with("$ "))
        .map(|l| format!("{}\n", l.split('`').step_by(2).collect::<String>()))
        .collect();
    english_words(&shown)
}

/// The generic commands every folder has, in Latvian: `show` (kind, nested fields, yes and
/// no, the records that refer to it), `rm` and `erase` refused, an ID of the other programme,
/// and the messages of broken files: a record of another kind's ID, a value of the wrong type,
/// a torn journal, a CSV row that is not UTF-8.
#[test]
fn latvian_generic_commands_and_broken_files() {
    let c = Folder::example_colleague();
    let id = |folder: &Folder, dir: &str| {
        let file = folder.files(dir).into_iter().next().expect("a record");
        file.rsplit('/').next().unwrap().trim_end_matches(".toml").to_string()
    };
    let unit = id(&c, "units");
    let supporter = id(&c, "supporters");
    let before = c.snapshot();
    let mut out = String::new();
    for args in [
        &["show", unit.as_str()][..],
        &["show", supporter.as_str()],
        &["rm", unit.as_str()],
        &["erase", unit.as_str()],
        &["show", "g-cjr95m7i"],
        &["report", "programme", "--format", "csv", "--output", "x.xlsx"],
    ] {
        out.push_str(&transcript(&c.root, args, &c.run_lv(args)));
    }
    assert_eq!(before, c.snapshot(), "a refused command changed the folder");
    let f = Folder::example();
    f.write("groups/p-other001.toml", &f.read("groups/g-cjr95m7i.toml").replace("g-cjr95m7i", "p-other001"));
    // Private, as the folder's other files: no warning about who may read it.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(f.path("groups/p-other001.toml"), std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    f.write("groups/g-cjr95m7i.toml", &f.read("groups/g-cjr95m7i.toml").replace("model = 1", "model = \"one\""));
    out.push_str(&transcript(&f.root, &["check"], &f.run_lv(&["check"])));
    std::fs::remove_file(f.path("groups/p-other001.toml")).unwrap();
    f.write(".peerlog-journal", "peerlog journal 1\nbogus\n");
    let args = ["consult", "cancel", "c-5y6unpxb"];
    out.push_str(&transcript(&f.root, &args, &f.run_lv(&args)));
    std::fs::remove_file(f.path(".peerlog-journal")).unwrap();
    std::fs::write(f.path("people.csv"), b"name,group,role\nAnna \xff\xfeKalna,rigas,parent\n").unwrap();
    let args = ["import", "participants", "people.csv"];
    out.push_str(&transcript(&f.root, &args, &f.run_lv(&args)));
    let out = out.replace(&*f.root.to_string_lossy(), "FOLDER").replace(&*c.root.to_string_lossy(), "FOLDER");
    assert_eq!(english_in_transcript(&out), Vec::<String>::new(), "English:\n{out}");
    for latvian in [
        "struktūrvienība",
        "laukā „struktūrvienība”",
        "brīvprātīgi: jā",
        "nav persona",
        "gaidīts vesels skaitlis",
        "(grupa); tā ID",
    ] {
        assert!(out.contains(latvian), "{latvian}:\n{out}");
    }
    insta::assert_snapshot!("latvian-generic-commands", out);
}

/// Refused writes of values, consents and names, and the manual's own sections, in Latvian.
#[test]
fn latvian_refused_values_consents_and_the_manual() {
    let f = Folder::example();
    let c = Folder::example_colleague();
    let supporter = c.files("supporters").into_iter().next().expect("a support person");
    let supporter = supporter.trim_start_matches("supporters/").trim_end_matches(".toml").to_string();
    let (f_before, c_before) = (f.snapshot(), c.snapshot());
    let mut out = String::new();
    for args in [
        &["edit", "rigas", "--set", "model=3"][..],
        &["edit", "rigas", "--set", "model=x"],
        &["consent", "correct", "berzina", "peer", "--given", "2025-01-01"],
        &["consent", "correct", "berzina", "recipient"],
        &["consent", "correct", "berzina", "recipient", "--on", "2020-01-01", "--given", "2025-01-01"],
        &[
            "group",
            "add",
            "Rīgas vecāku atbalsta grupa",
            "--leader",
            "Inese Kalniņa",
            "--venue",
            "Rīga",
            "--model",
            "1",
            "--start",
            "2025-01-01",
            "--end",
            "2025-02-01",
        ],
        &["report", "summary", "--excel", "--format", "json"],
    ] {
        out.push_str(&transcript(&f.root, args, &f.run_lv(args)));
    }
    for args in [
        &["edit", supporter.as_str(), "--set", "nomination.voluntary=varbūt"][..],
        &["edit", supporter.as_str(), "--set", "nomination=x"],
        &["edit", supporter.as_str(), "--set", "name="],
    ] {
        out.push_str(&transcript(&c.root, args, &c.run_lv(args)));
    }
    assert_eq!((f_before, c_before), (f.snapshot(), c.snapshot()), "a refused write changed a folder");
    assert_eq!(english_in_transcript(&out), Vec::<String>::new(), "English:\n{out}");
    insta::assert_snapshot!("latvian-refused-values", out);
    // The manual's own sections (the rest is the help, checked with it).
    let man = f.run_lv(&["man"]).ok().to_string();
    let own: String = man
        .lines()
        .skip_while(|l| *l != ".SH \"VIDE\"")
        .take_while(|l| !l.starts_with(".SH \"PIEMĒRI\""))
        .filter(|l| !l.starts_with('.') && !l.starts_with('\\'))
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(own.contains("Nepareizs lietojums") && man.contains("peerlog \\- līdzinieku"), "{man}");
    // Bold is for names, commands and flags, which stay as they are typed.
    let plain: String = own.split("\\fB").map(|part| part.split_once("\\fR").map_or(part, |(_, rest)| rest)).collect();
    assert_eq!(english_words(&plain), Vec::<String>::new(), "English in the manual:\n{own}");
}

/// The `n`th (from 0) ```sh block after `heading` in README.lv.md.
fn lv_block(heading: &str, n: usize) -> String {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.lv.md")).unwrap();
    let rest = &readme[readme.find(heading).expect("heading in README.lv.md")..];
    let block = rest.split("```sh\n").nth(n + 1).expect("a sh block");
    block[..block.find("```").unwrap()].to_string()
}

/// The Latvian README's tour, as a Latvian reader runs it: no English on stderr or in tables.
#[test]
fn the_latvian_readme_tour_prints_no_english() {
    let script = format!(
        "{}\n{}\n{}\n{}\n",
        lv_block("## Ceļvedis", 1).replace("git init", "git init -q"),
        lv_block("## Vadītāja darbs", 0),
        lv_block("## Ministrijas pārskats", 0),
        lv_block("## Otrā programma", 0).replace("git init", "git init -q"),
    );
    let (stdout, ours, ok) = run_in_latvian(&script);
    assert!(ok, "README.lv.md failed:\n{stdout}\n{ours}");
    assert!(ours.contains("Izveidota peerlog mape kolēģu atbalsta programmai"), "{ours}");
    assert_eq!(english_words(&ours), Vec::<String>::new(), "English on stderr:\n{ours}");
    let tables = tables(&stdout);
    assert!(tables.contains("Struktūrvienība") && tables.contains("Līdzinieki"), "{stdout}");
    assert_eq!(english_words(&tables), Vec::<String>::new(), "English in tables:\n{tables}");
}

#[test]
fn a_group_or_unit_has_a_title_and_a_person_a_name_in_latvian_tables() {
    let header = |f: &Folder, args: &[&str]| f.run_lv(args).ok().lines().nth(1).unwrap_or_default().to_string();
    let thematic = Folder::example();
    let colleague = Folder::example_colleague();
    for (f, args) in [(&thematic, ["group", "list"]), (&colleague, ["unit", "list"])] {
        let h = header(f, &args);
        assert!(h.contains("Nosaukums") && !h.contains("Vārds"), "{args:?}: {h}");
    }
    for (f, args) in [(&thematic, ["participant", "list"]), (&colleague, ["support", "list"])] {
        let h = header(f, &args);
        assert!(h.contains("Vārds, uzvārds") && !h.contains("Nosaukums"), "{args:?}: {h}");
    }
    // The machine word stays in CSV.
    assert!(thematic.run_lv(&["group", "list", "--format", "csv"]).ok().starts_with("id,name,"));
}

/// peerlog records no one's gender, so a Latvian sentence about a person holds no word whose
/// form depends on it: the same sentences for women and for men, kept for a reviewer.
#[test]
fn latvian_sentences_about_a_woman_and_a_man() {
    let f = Folder::example();
    let mut out = String::new();
    let runs: [&[&str]; 10] = [
        &["participant", "add", "Anna Bērziņa", "--group", "rigas", "--role", "parent"],
        &["participant", "add", "Aivars Pūce", "--group", "jelgavas", "--role", "parent"],
        &["peer", "add", "Līga Ozoliņa", "--group", "rigas"],
        &["peer", "add", "Jānis Kļaviņš", "--group", "jelgavas"],
        &["consent", "give", "smite", "peer", "--by", "parent", "--date", "2025-03-01"],
        &["consent", "give", "pūce", "peer", "--by", "parent", "--date", "2025-03-01"],
        &[
            "consult",
            "log",
            "--peer",
            "ozolina",
            "--recipient",
            "smite",
            "--date",
            "2025-03-14",
            "--time",
            "16:30-17:30",
            "--place",
            "Rīga",
            "--topic",
            "Robežas",
        ],
        &[
            "consult",
            "log",
            "--peer",
            "kļaviņš",
            "--recipient",
            "čakste",
            "--date",
            "2025-03-26",
            "--time",
            "15:30-16:00",
            "--place",
            "Jelgava",
            "--topic",
            "Robežas",
        ],
        &[
            "consult",
            "log",
            "--peer",
            "ozolina",
            "--recipient",
            "smite",
            "--date",
            "2025-02-01",
            "--time",
            "15:30-16:00",
            "--place",
            "Rīga",
            "--topic",
            "Robežas",
        ],
        &["consent", "list"],
    ];
    let before = f.snapshot();
    for args in runs {
        out.push_str(&transcript(&f.root, args, &f.run_lv(args)));
    }
    assert_eq!(before, f.snapshot(), "a refused write changed the folder");
    // A participant becomes a peer: a woman, then a man. A name typed another way is added with
    // a warning, and then names two people.
    for args in [
        &["peer", "add", "Anna Bērziņa", "--group", "rigas", "--date", "2025-03-10"][..],
        &["peer", "add", "Aivars Pūce", "--group", "jelgavas", "--date", "2025-03-10"],
        &["participant", "add", "Anna-Berzina", "--group", "rigas", "--role", "parent"],
        &["erase", "berzina", "--dry-run"],
    ] {
        out.push_str(&transcript(&f.root, args, &f.run_lv(args)));
    }
    let out = out.replace(&*f.root.to_string_lossy(), "FOLDER");
    assert_eq!(english_in_transcript(&out), Vec::<String>::new(), "English:\n{out}");
    for gendered in ["līdzinieks Līga", " viņš ", "dalībnieks (", "(pats)", "pieaugušais", "ir arī tās"] {
        assert!(!out.contains(gendered), "{gendered}:\n{out}");
    }
    insta::assert_snapshot!("latvian-a-woman-and-a-man", out);
}

/// What the libraries and the system say, in Latvian: TOML syntax by what is wrong, JSON
/// syntax, a missing file or a file where a folder should be, a CSV column named in Latvian;
/// and a peer's fields one a line in the generic `show`, `vocab`'s lists named in a table.
#[test]
fn latvian_library_and_system_details() {
    let f = Folder::example();
    for (i, text) in ["name = \"Anna", "[peer\n", "a = [1, 2", "name = \"A\" x", "= 1"].iter().enumerate() {
        f.write(&format!("people/p-broken0{i}.toml"), &format!("{text}\n"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let private = std::fs::Permissions::from_mode(0o600);
            std::fs::set_permissions(f.path(&format!("people/p-broken0{i}.toml")), private).unwrap();
        }
    }
    let mut out = transcript(&f.root, &["check"], &f.run_lv(&["check"]));
    let f = Folder::example();
    f.write("broken.json", "{\"version\": 1,\n");
    f.write("atsauksmes.csv", "consultation,from,expected,met,benefit\nzz,recipient,a,yes,b\n");
    let runs: [&[&str]; 5] = [
        &["restore", "broken.json", "restored"],
        &["import", "participants", "nav-tada.csv"],
        &["import", "feedback", "atsauksmes.csv"],
        &["report", "summary", "--output", "broken.json/summary.csv"],
        &["show", "p-exv5h8k4"],
    ];
    for args in runs {
        out.push_str(&transcript(&f.root, args, &f.run_lv(args)));
    }
    let vocab = f.run_lv(&["vocab"]).ok().lines().take(5).map(|l| format!("{l}\n")).collect::<String>();
    out.push_str(&vocab);
    let out = out.replace(&*f.root.to_string_lossy(), "FOLDER");
    // Tables show value words (a consent's purpose `peer`) as they are typed.
    let sentences: String = out.lines().filter(|l| !l.starts_with('│')).map(|l| format!("{l}\n")).collect();
    assert_eq!(english_in_transcript(&sentences), Vec::<String>::new(), "English:\n{out}");
    assert!(out.contains("posmi:") && out.contains("│ kritērijs "), "{out}");
    for english in ["expected", "os error", "No such file", "EOF", "unclosed", "posmi: datums"] {
        assert!(!out.contains(english), "{english}:\n{out}");
    }
    insta::assert_snapshot!("latvian-library-details", out);
}
