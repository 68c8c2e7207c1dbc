//! Every multi-file command stopped after each of its file operations in turn
//! (`PEERLOG_CRASH_AFTER=k`, the store's test hook): the next command sees the whole change or
//! none of it, never a consultation twice on the Appendix 1 sheet, `check` finds nothing wrong,
//! and an interrupted erasure finishes when run again.

use crate::common::*;
use std::collections::BTreeSet;

/// A folder with a group, a peer, two recipients, three consultations and two feedback records.
struct Base {
    folder: Folder,
    recipient: String,
    other: String,
    /// Consultations: the first names the recipient's surname in its topic.
    c: [String; 3],
    /// Feedback on c[0] (from the recipient) and on c[2].
    f: [String; 2],
}

fn base() -> Base {
    let folder = Folder::new();
    let (_, peer, recipient, other) = folder.seeded();
    let log = |r: &str, date: &str, topic: &str| {
        folder.run(&consult_log(&peer, r, date, "16:00-17:00", topic)).ok().to_string()
    };
    let c = [
        log(&recipient, "2025-03-14", "Bērziņas dēla gaitas skolā"),
        log(&recipient, "2025-03-21", "Robežas"),
        log(&other, "2025-04-02", "Atbalsts ģimenē"),
    ];
    let f = [
        folder.run(&feedback_args(&c[0], "recipient", "2025-03-20")).ok().to_string(),
        folder.run(&feedback_args(&c[2], "recipient", "2025-04-05")).ok().to_string(),
    ];
    assert!(folder.run(&["check"]).ok().ends_with(": no problems"));
    Base { folder, recipient, other, c, f }
}

/// A fresh copy of the base folder.
fn copy(base: &Base) -> Folder {
    let f = Folder::empty();
    copy_dir(&base.folder.root, &f.root);
    f
}

/// Runs `args` in a copy of the base stopped after its k-th file operation, for k = 1, 2, …
/// until a run completes. After each stop, the next command (a list) finishes or undoes the
/// change; the folder must then be byte for byte as before the command or as after a run
/// that was not stopped, and `more` checks what else the case needs. Returns the number of
/// stops.
fn every_stop(base: &Base, args: &[&str], more: impl Fn(&Folder, bool)) -> u32 {
    let before = base.folder.snapshot();
    let done = {
        let f = copy(base);
        f.run(args).ok();
        f.snapshot()
    };
    assert!(done != before, "{args:?} changed nothing");
    for k in 1.. {
        let f = copy(base);
        let run = f.run_env(args, &[("PEERLOG_CRASH_AFTER", &k.to_string())]);
        if run.code == 0 {
            assert!(f.snapshot() == done, "{args:?} with nothing stopped differs from the plain run");
            assert!(k > 2, "{args:?} stopped only {k} times: not a change of several files");
            return k - 1;
        }
        assert_eq!(run.code, -1, "k={k}: expected a stop by a signal, got:\n{}", run.stderr);
        let ids = listed_consultations(&f);
        let now = f.snapshot();
        let whole = now == done;
        assert!(whole || now == before, "{args:?} stopped at k={k}: the folder holds half a change");
        assert_eq!(ids.len(), ids.iter().collect::<BTreeSet<_>>().len(), "k={k}: a consultation listed twice");
        sheet_has_no_duplicate(&f, k);
        let check = f.run(&["check"]);
        assert!(check.ok().ends_with(": no problems"), "k={k}: {}", check.stdout);
        more(&f, whole);
    }
    unreachable!()
}

/// The consultation IDs `consult list` prints (the first command after a stop).
fn listed_consultations(f: &Folder) -> Vec<String> {
    let out = f.run(&["consult", "list", "--format", "json"]);
    let list: Vec<serde_json::Value> = serde_json::from_str(out.ok()).unwrap();
    list.iter().map(|c| c["id"].as_str().unwrap().to_string()).collect()
}

#[track_caller]
fn sheet_has_no_duplicate(f: &Folder, k: u32) {
    let sheet = f.run(&["report", "appendix1", "--table-only"]);
    // Each data row without its number (the first column).
    let rows: Vec<Vec<String>> = csv::Reader::from_reader(sheet.ok().as_bytes())
        .records()
        .map(|r| r.unwrap().iter().skip(1).map(str::to_string).collect())
        .collect();
    let unique: BTreeSet<&Vec<String>> = rows.iter().collect();
    assert_eq!(rows.len(), unique.len(), "k={k}: the Appendix 1 sheet lists a consultation twice:\n{}", sheet.stdout);
}

#[test]
fn an_edit_that_moves_a_consultation_or_a_feedback_is_whole_or_absent_after_any_stop() {
    let b = base();
    let stops = every_stop(&b, &["edit", &b.c[1], "--set", "date=2025-03-28"], |f, whole| {
        let files = f.files("consultations/");
        let at: Vec<&String> = files.iter().filter(|p| p.contains(&b.c[1])).collect();
        let day = if whole { "2025-03-28" } else { "2025-03-21" };
        assert_eq!(at.len(), 1, "{at:?}");
        assert!(at[0].contains(day), "{at:?}");
    });
    assert!(stops >= 5, "only {stops} stops");
    // Feedback lives in its year's folder: a new year moves it.
    every_stop(&b, &["edit", &b.f[0], "--set", "date=2026-01-10"], |f, _| {
        assert_eq!(f.files("feedback/").iter().filter(|p| p.contains(&b.f[0])).count(), 1);
    });
}

#[test]
fn an_import_is_one_transaction_after_any_stop() {
    let b = base();
    let csv = Folder::empty();
    csv.write(
        "spring.csv",
        "peer,recipient,date,time,place,topic\n\
         Līga Ozoliņa,Anna Bērziņa,2025-05-02,10:00-11:00,Rīga,Ģimenes dienas\n\
         Līga Ozoliņa,Anna Bērziņa,2025-05-09,10:00-11:00,Rīga,Skolas gaitas\n\
         Līga Ozoliņa,Ģirts Vītoliņš,2025-05-16,10:00-11:00,Rīga,Brīvais laiks\n",
    );
    let file = csv.path("spring.csv");
    let args = ["import", "consultations", file.to_str().unwrap()];
    let stops = every_stop(&b, &args, |f, whole| {
        assert_eq!(f.files("consultations/").len(), if whole { 6 } else { 3 });
        if !whole {
            // Nothing was imported, so the same file imports whole now.
            f.run(&args).ok();
            assert_eq!(f.files("consultations/").len(), 6);
        }
    });
    assert!(stops >= 9, "only {stops} stops");
}

#[test]
fn an_interrupted_erase_finishes_when_run_again() {
    let b = base();
    // A comment in the settings file names her too: erase rewrites peerlog.toml in the same change.
    let settings = b.folder.read("peerlog.toml");
    b.folder.write("peerlog.toml", &format!("# Bērziņas ģimene atnāca martā\n{settings}"));
    let r = b.recipient.clone();
    every_stop(&b, &["erase", &r, "--yes"], |f, _| {
        f.run(&["erase", &r, "--yes"]).ok();
        let person = f.read(&format!("people/{r}.toml"));
        assert!(!person.contains("Bērziņa") && person.contains("erased"), "{person}");
        let files = f.snapshot();
        for (path, bytes) in &files {
            assert!(!String::from_utf8_lossy(bytes).contains("Bērziņ"), "{} still names her", path.display());
        }
        // A dry run of the erased person lists what still refers to her: by ID only.
        let dry = f.run(&["erase", &r, "--dry-run"]);
        assert_eq!(dry.ok().lines().count(), 2, "{}", dry.stdout);
        assert!(dry.stdout.contains(&b.c[0]) && dry.stdout.contains(&b.c[1]), "{}", dry.stdout);
        assert!(dry.stderr.contains("was erased on"), "{}", dry.stderr);
        assert!(f.snapshot() == files, "a dry run wrote");
    });
}

#[test]
fn rm_cascade_and_purge_are_whole_or_absent_after_any_stop() {
    let b = base();
    let o = b.other.clone();
    every_stop(&b, &["rm", &o, "--cascade", "--yes"], |f, whole| {
        let gone = [format!("people/{o}.toml")];
        assert_eq!(f.path(&gone[0]).exists(), !whole);
        // No record is left pointing at a removed one.
        assert_eq!(f.files("feedback/").len(), if whole { 1 } else { 2 });
    });
    every_stop(&b, &["purge", "--before", "2025-04-01", "--yes"], |f, whole| {
        assert_eq!(f.files("consultations/").len(), if whole { 1 } else { 3 });
        assert_eq!(f.files("feedback/").len(), if whole { 1 } else { 2 });
    });
}

#[test]
fn a_merge_of_two_people_is_whole_or_absent_after_any_stop() {
    let b = base();
    let (keep, dup) = (b.recipient.clone(), b.other.clone());
    let stops = every_stop(&b, &["merge", &keep, &dup, "--take", "role=keep", "--yes"], |f, whole| {
        assert_eq!(f.path(&format!("people/{dup}.toml")).exists(), !whole);
        let text: String = f.snapshot().values().map(|v| String::from_utf8_lossy(v).into_owned()).collect();
        assert_eq!(text.contains(&dup), !whole, "a reference to the merged person is left (or moved too early)");
    });
    assert!(stops >= 3, "{stops}");
}
