//! Confidentiality by design: consent, erasure, retention, file modes, text limits.

use crate::common::*;
use std::path::Path;

fn log<'a>(peer: &'a str, recipient: &'a str, date: &'a str, topic: &'a str) -> Vec<&'a str> {
    consult_log(peer, recipient, date, "16:00-17:00", topic)
}

#[test]
fn consultations_need_consent_in_force() {
    let f = Folder::new();
    assert!(f.read("peerlog.toml").contains("[consent]\nrequired = true"), "on by default in new folders");
    let (g, peer, ..) = f.seeded();
    let ieva = f.run(&["participant", "add", "Ieva Ērgle", "--group", &g, "--role", "parent"]).ok().to_string();
    refused(
        &f,
        &log(&peer, &ieva, "2025-03-01", "Tēma"),
        1,
        &["--recipient", "Ieva Ērgle", "no consent", "peerlog consent give"],
    );

    f.run(&["consent", "give", &ieva, "recipient", "--date", "2025-02-01"]).ok();
    f.run(&log(&peer, &ieva, "2025-03-01", "Tēma")).ok();
    f.run(&["consent", "revoke", &ieva, "recipient", "--date", "2025-03-02"]).ok();
    refused(&f, &log(&peer, &ieva, "2025-03-08", "Tēma"), 1, &["--recipient", "revoked their consent"]);
    refused(&f, &["consent", "revoke", &ieva, "recipient"], 1, &["no consent for recipient in force"]);

    // A peer needs consent to take part as a peer.
    let dace = f
        .run(&[
            "peer",
            "add",
            "Dace Šmite",
            "--group",
            &g,
            "--role",
            "guardian",
            "--consent",
            "recipient",
            "--consent-date",
            "2024-01-01",
        ])
        .ok()
        .to_string();
    refused(&f, &log(&dace, &ieva, "2025-03-09", "Tēma"), 1, &["--peer", "Dace Šmite", "as a peer"]);

    // For a child, who gave consent is recorded, and must be said.
    let kid =
        f.run(&["participant", "add", "Elza Čakste", "--group", &g, "--role", "child", "--birth-date", "2011-09-03"]);
    let kid = kid.ok().to_string();
    refused(&f, &["consent", "give", &kid, "recipient"], 2, &["Elza Čakste is a child", "--by parent"]);
    f.run(&["consent", "give", &kid, "recipient", "report", "--by", "parent", "--date", "2025-02-01"]).ok();
    let text = f.read(&format!("people/{kid}.toml"));
    assert!(text.contains("purpose = \"recipient\"\ngiven = 2025-02-01\nby = \"parent\""), "{text}");

    let list = f.run(&["consent", "list", "--format", "csv"]).ok().to_string();
    assert!(list.contains(&format!("{ieva},Ieva Ērgle,-,revoked 2025-03-02,-")), "{list}");
}

#[test]
fn folders_that_do_not_require_consent_keep_working() {
    let f = Folder::new();
    let settings = f.read("peerlog.toml").replace("required = true", "required = false");
    f.write("peerlog.toml", &settings);
    let g = f.run(&["group", "add", "G", "--leader", "L", "--venue", "V"]).ok().to_string();
    let p = f.run(&["peer", "add", "Līga Ozoliņa", "--group", &g, "--role", "parent"]).ok().to_string();
    let r = f.run(&["participant", "add", "Anna Bērziņa", "--group", &g, "--role", "parent"]).ok().to_string();
    f.run(&log(&p, &r, "2025-03-01", "Tēma")).ok();
}

/// Every file below `root` whose text contains `needle`, ignoring case.
fn files_containing(root: &Path, needle: &str) -> Vec<String> {
    let mut hits = Vec::new();
    for entry in walk(root) {
        let text = String::from_utf8_lossy(&std::fs::read(&entry).unwrap()).to_lowercase();
        if text.contains(&needle.to_lowercase()) {
            hits.push(entry.display().to_string());
        }
    }
    hits
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() { out.extend(walk(&p)) } else { out.push(p) }
    }
    out
}

#[test]
fn erase_removes_the_name_from_every_file() {
    let f = Folder::new();
    let (g, peer, anna, girts) = f.seeded();
    let c = f.run(&log(&peer, &anna, "2025-03-01", "Kā Annai Bērziņai runāt ar dēlu")).ok().to_string();
    f.run(&log(&peer, &girts, "2025-03-02", "Ģirts stāstīja par Bērziņu ģimeni")).ok();
    f.run(&[
        "feedback",
        "record",
        "--consultation",
        &c,
        "--from",
        "recipient",
        "--expected",
        "Anna gaidīja padomu",
        "--met",
        "yes",
        "--benefit",
        "Miers",
        "--date",
        "2025-03-03",
    ])
    .ok();
    f.run(&["peer", "stage", &peer, "ended", "--note", "Turpinās ar Annu Bērziņu", "--date", "2099-04-01"]).ok();
    assert!(!files_containing(&f.root, "Bērziņ").is_empty());

    // A dry run changes nothing but says what would change.
    let before = f.snapshot();
    let dry = f.run(&["erase", &anna, "--dry-run"]);
    assert!(dry.ok().contains(&format!("people/{anna}.toml")));
    assert!(before == f.snapshot(), "--dry-run wrote");

    let run = f.run(&["erase", "anna berzina", "--yes"]);
    let out = run.ok();
    assert!(out.contains(&format!("people/{anna}.toml")) && out.contains(&c), "{out}");
    assert!(run.stderr.contains("git history still holds the old data"), "{}", run.stderr);
    for needle in ["Anna Bērziņa", "Bērziņ", "berzin"] {
        assert_eq!(files_containing(&f.root, needle), Vec::<String>::new(), "{needle} still in the folder");
    }
    // The record stays, content-free, so counts are right.
    let person = f.read(&format!("people/{anna}.toml"));
    assert!(person.contains("name = \"[dzēsts]\"") && person.contains("erased = "), "{person}");
    let held = f.run(&["consult", "list", "--status", "held", "--format", "csv"]).ok().lines().count();
    assert_eq!(held, 3, "header and both consultations");
    let _ = g;
}

#[test]
fn purge_keeps_what_later_records_need() {
    let f = Folder::new();
    let g = f.run(&["group", "add", "Vecā grupa", "--leader", "L", "--venue", "V", "--end", "2024-06-30"]);
    let g = g.ok().to_string();
    let add = |name: &str| {
        let args = [
            "participant",
            "add",
            name,
            "--group",
            &g,
            "--role",
            "parent",
            "--consent",
            "recipient",
            "--consent-date",
            "2024-01-01",
        ];
        f.run(&args).ok().to_string()
    };
    let peer = f.run(&[
        "peer",
        "add",
        "Līga Ozoliņa",
        "--group",
        &g,
        "--role",
        "parent",
        "--consent",
        "peer",
        "--consent-date",
        "2024-01-01",
        "--date",
        "2024-01-01",
    ]);
    let peer = peer.ok().to_string();
    let anna = add("Anna Bērziņa");
    let ieva = add("Ieva Ērgle");
    let old = f.run(&log(&peer, &anna, "2024-05-31", "Vecā")).ok().to_string();
    let edge = f.run(&log(&peer, &anna, "2024-06-01", "Robeža")).ok().to_string();
    let linked = f.run(&log(&peer, &ieva, "2024-05-01", "Saistītā")).ok().to_string();
    let late = f.run(&log(&peer, &ieva, "2024-06-15", "Vēlā")).ok().to_string();
    let fb = |ids: &[&str], date: &str| {
        let mut args = vec![
            "feedback",
            "record",
            "--from",
            "recipient",
            "--expected",
            "A",
            "--met",
            "yes",
            "--benefit",
            "B",
            "--date",
            date,
        ];
        for id in ids {
            args.extend(["--consultation", id]);
        }
        f.run(&args).ok().to_string()
    };
    let old_fb = fb(&[&old], "2024-05-31");
    let spanning = fb(&[&linked, &late], "2024-06-16");

    let before = f.snapshot();
    let dry = f.run(&["purge", "--before", "2024-06-01", "--dry-run"]);
    assert!(before == f.snapshot(), "--dry-run wrote");
    let listed = dry.ok().to_string();
    assert!(listed.contains(&old) && listed.contains(&old_fb), "{listed}");
    for kept in [&edge, &linked, &late, &spanning] {
        assert!(!listed.contains(kept.as_str()), "{kept} must stay: {listed}");
    }
    f.run(&["purge", "--before", "2024-06-01", "--yes"]).ok();
    assert_eq!(f.files("consultations/").len(), 3);
    assert_eq!(f.files("feedback/").len(), 1);
    assert_eq!(f.files("people/").len(), 3, "people are still named by later consultations");

    // Later, the whole group is past retention: everyone goes.
    f.run(&["purge", "--before", "2025-01-01", "--yes"]).ok();
    assert_eq!((f.files("consultations/").len(), f.files("feedback/").len(), f.files("people/").len()), (0, 0, 0));
    assert_eq!(f.files("groups/").len(), 1, "groups are kept");
}

#[cfg(unix)]
#[test]
fn files_and_folders_are_private_to_their_owner() {
    use std::os::unix::fs::PermissionsExt;
    let f = Folder::new();
    f.seeded();
    // The test made the root folder; everything peerlog made below it is private.
    for path in walk(&f.root) {
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{} is {mode:o}", path.display());
        let parent = path.parent().unwrap();
        if parent == f.root {
            continue;
        }
        let dir = std::fs::metadata(parent).unwrap().permissions().mode() & 0o777;
        assert_eq!(dir, 0o700, "{} is {dir:o}", path.parent().unwrap().display());
    }
}

#[test]
fn free_text_is_bounded_and_never_echoed_in_errors() {
    let f = Folder::new();
    let (_, peer, anna, _) = f.seeded();
    let long = format!("Slepens {}", "x".repeat(500));
    let args = log(&peer, &anna, "2025-03-01", &long);
    refused(&f, &args, 1, &["--topic", "508 characters long; the limit is 500"]);
    let run = f.run(&args);
    assert!(!run.stderr.contains("Slepens"), "the text was echoed: {}", run.stderr);
}

#[test]
fn reports_can_name_people_by_initials_or_codes() {
    let f = Folder::example();
    let table = |extra: &[&str]| {
        let mut args = vec!["report", "appendix1", "--group", "rigas", "--table-only"];
        args.extend(extra);
        let run = f.run(&args);
        run.ok();
        let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
        reader
            .records()
            .map(|r| {
                let r = r.unwrap();
                (r[1].to_string(), r[2].to_string())
            })
            .collect::<Vec<_>>()
    };
    let full = table(&[]);
    assert_eq!(full[0], ("Līga Ozoliņa".to_string(), "Anna Bērziņa".to_string()));
    assert_eq!(table(&["--names", "initials"])[0], ("L. O.".to_string(), "A. B.".to_string()));
    let codes = table(&["--names", "codes"]);
    assert!(codes[0].0.starts_with("p-") && codes[0].1.starts_with("p-"), "{codes:?}");

    // Without consent to be named, the full sheet shows initials and says so.
    let run = f.run(&["report", "appendix1", "--group", "jelgavas", "--table-only"]);
    assert!(run.ok().contains(",Ņ. Ž.,") && !run.stdout.contains("Žuravļovs"), "{}", run.stdout);
    assert!(
        run.stderr.contains("shown by initials for lack of consent to be named in the report: Ņ. Ž."),
        "{}",
        run.stderr
    );

    let summary = f.run(&["report", "summary", "--pseudonymise", "--format", "csv"]).ok().to_string();
    assert!(!summary.contains("Rīgas") && !summary.contains("Jelgavas"), "{summary}");
    assert!(summary.lines().nth(1).unwrap().starts_with("g-"), "{summary}");
}

#[test]
fn check_lists_missing_consent_and_wide_file_modes() {
    let f = Folder::new();
    let (_, peer, anna, _) = f.seeded();
    let c = f.run(&log(&peer, &anna, "2025-03-01", "Tēma")).ok().to_string();
    assert!(f.run(&["check", "--strict"]).ok().contains("no problems"));
    // Revoked later: the consultation before stays covered.
    f.run(&["consent", "revoke", &anna, "recipient", "--date", "2025-03-02"]).ok();
    assert!(f.run(&["check", "--strict"]).ok().contains("no problems"));
    // Revoked by hand to a day before it: the consultation is listed.
    let file = format!("people/{anna}.toml");
    f.write(&file, &f.read(&file).replace("revoked = 2025-03-02", "revoked = 2025-02-01"));
    let run = f.run(&["check"]);
    assert!(run.ok().contains(&format!("consultations/2025/2025-03-01/{c}.toml:")), "{}", run.stdout);
    assert!(
        run.stdout.contains("warning: Anna Bērziņa") && run.stdout.contains("revoked their consent"),
        "{}",
        run.stdout
    );
    f.run(&["check", "--strict"]).fails(1, &[]);

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        f.write(&file, &f.read(&file).replace("revoked = 2025-02-01", "revoked = 2025-03-02"));
        let path = f.path(&format!("people/{anna}.toml"));
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let run = f.run(&["check"]);
        assert!(
            run.ok().contains(&format!("people/{anna}.toml:1:1: warning: readable by others (mode 644)")),
            "{}",
            run.stdout
        );
        assert!(run.stdout.contains("chmod -R go-rwx ."), "{}", run.stdout);
    }
}

#[test]
fn names_and_places_stay_on_one_line_and_values_in_wrong_keys_are_not_echoed() {
    let f = Folder::new();
    let (g, ..) = f.seeded();
    refused(&f, &["participant", "add", "Anna\nLiepa", "--group", &g, "--role", "parent"], 1, &["line break"]);
    // Free text written by hand into a date is named by key, not repeated.
    let fb = Folder::example();
    let file = fb.files("feedback/").into_iter().next().unwrap();
    let text = fb.read(&file);
    let date_line = text.lines().find(|l| l.starts_with("date = ")).unwrap().to_string();
    fb.write(&file, &text.replace(&date_line, "date = \"Anna Bērziņa slimo ar depresiju\""));
    let run = fb.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stdout.contains(&format!("{file}:")) && !run.stdout.contains("depresiju"), "{}", run.stdout);
}

#[test]
fn erase_leaves_other_people_alone() {
    let f = Folder::new();
    let (g, peer, ..) = f.seeded();
    // Another person whose surname shares the stem, and a leader with the same first name.
    let inese = f.run(&["participant", "add", "Inese Ozola", "--group", &g, "--role", "parent"]).ok().to_string();
    f.run(&["erase", &inese, "--yes"]).ok();
    assert!(f.read(&format!("people/{peer}.toml")).contains("name = \"Līga Ozoliņa\""));
    let groups = f.files("groups/");
    assert!(
        f.read(&groups[0]).contains("leader = \"Inese Kalniņa\""),
        "the group's leader is not a record about the person"
    );
}
