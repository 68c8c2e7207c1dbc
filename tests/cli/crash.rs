//! Every multi-file command stopped after each of its file operations in turn
//! (`PEERLOG_CRASH_AFTER=k`, the store's test hook): the next command sees the whole change or
//! none of it, never a consultation twice on the Appendix 1 sheet, `check` finds nothing new,
//! an interrupted erasure (of either programme) finishes when run again, and an interrupted
//! restore leaves no peerlog folder and runs again whole.

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

/// A fresh copy of a folder.
fn copy(seed: &Folder) -> Folder {
    let f = Folder::empty();
    copy_dir(&seed.root, &f.root);
    f
}

/// Runs `args` in a copy of the base stopped after its k-th file operation, for k = 1, 2, …
/// until a run completes. After each stop, the next command (a list) finishes or undoes the
/// change; the folder must then be byte for byte as before the command or as after a run
/// that was not stopped, the list and the Appendix 1 sheet must show no consultation twice,
/// and `more` checks what else the case needs. Returns the number of stops.
fn every_stop(base: &Base, args: &[&str], more: impl Fn(&Folder, bool)) -> u32 {
    every_stop_in(
        &base.folder,
        args,
        |f, k| {
            let ids = listed_consultations(f);
            assert_eq!(ids.len(), ids.iter().collect::<BTreeSet<_>>().len(), "k={k}: a consultation listed twice");
            sheet_has_no_duplicate(f, k);
        },
        more,
    )
}

/// [`every_stop`] in a copy of any folder: `first` is the first command after the stop (it
/// finishes or undoes the change), then `check` must say what it said before the command.
fn every_stop_in(seed: &Folder, args: &[&str], first: impl Fn(&Folder, u32), more: impl Fn(&Folder, bool)) -> u32 {
    let before = seed.snapshot();
    let checked = seed.run(&["check"]).stdout;
    let (done, checked_done) = {
        let f = copy(seed);
        f.run(args).ok();
        (f.snapshot(), f.run(&["check"]).stdout)
    };
    assert!(done != before, "{args:?} changed nothing");
    for k in 1.. {
        let f = copy(seed);
        let run = f.run_env(args, &[("PEERLOG_CRASH_AFTER", &k.to_string())]);
        if run.code == 0 {
            assert!(f.snapshot() == done, "{args:?} with nothing stopped differs from the plain run");
            assert!(k > 2, "{args:?} stopped only {k} times: not a change of several files");
            return k - 1;
        }
        assert_eq!(run.code, -1, "k={k}: expected a stop by a signal, got:\n{}", run.stderr);
        first(&f, k);
        let now = f.snapshot();
        let whole = now == done;
        assert!(whole || now == before, "{args:?} stopped at k={k}: the folder holds half a change");
        let check = f.run(&["check"]);
        assert_eq!(&check.stdout, if whole { &checked_done } else { &checked }, "k={k}");
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

/// Kristaps Lācis, a support person of the colleague-support example.
const LACIS: &str = "s-khr254rj";

#[test]
fn colleague_support_erase_and_training_are_whole_or_absent_after_any_stop() {
    let seed = Folder::example_colleague();
    // Comments in his contact, a supervision session and the settings name him: erase changes
    // four files in one change.
    for rel in ["contacts/2025/k-idvu7agi.toml", "supervision/2025/v-kfs5i5cx.toml", "peerlog.toml"] {
        let text = seed.read(rel);
        seed.write(rel, &format!("# Kristapam Lācim zvanīt\n{text}"));
    }
    let first = |f: &Folder, _: u32| {
        f.run(&["support", "list", "--format", "json"]).ok();
    };
    let stops = every_stop_in(&seed, &["erase", LACIS, "--yes"], first, |f, _| {
        // Run again, the erasure finishes; nothing names him after it.
        f.run(&["erase", LACIS, "--yes"]).ok();
        for (path, bytes) in f.snapshot() {
            let text = String::from_utf8_lossy(&bytes);
            let own = path.starts_with("contacts") || path.starts_with("supervision");
            let named = text.contains("Lāc") || (own && text.contains("Kristap"));
            assert!(!named, "{} still names him", path.display());
        }
        let dry = f.run(&["erase", LACIS, "--dry-run"]);
        assert!(dry.stderr.contains("was erased on"), "{}", dry.stderr);
        assert!(dry.stdout.contains("k-idvu7agi") && dry.stdout.contains("v-kfs5i5cx"), "{}", dry.stdout);
    });
    assert!(stops >= 5, "only {stops} stops");
    // One training day for three support persons: three files, all or none.
    let train = ["support", "train", "s-2sfxzudz", "s-r8369y7j", "s-5ecjcx8i", "--date", "2025-07-01", "--hours", "6"];
    every_stop_in(&seed, &train, first, |f, whole| {
        let trained = ["s-2sfxzudz", "s-r8369y7j", "s-5ecjcx8i"]
            .iter()
            .filter(|s| f.read(&format!("supporters/{s}.toml")).contains("2025-07-01"))
            .count();
        assert_eq!(trained, if whole { 3 } else { 0 });
    });
}

#[test]
fn a_restore_stopped_anywhere_leaves_no_peerlog_folder_and_runs_again_whole() {
    let export = base().folder.run(&["export"]).stdout;
    for with_git in [false, true] {
        let scratch = Folder::empty();
        scratch.write("backup.json", &export);
        if with_git {
            // An existing folder that holds only a git checkout's `.git`.
            scratch.write("restored/.git/HEAD", "ref: refs/heads/main\n");
        }
        let args = ["restore", "backup.json", "restored"];
        let done = {
            let s = copy(&scratch);
            s.run(&args).ok();
            Folder::at(&s.path("restored")).snapshot()
        };
        for k in 1.. {
            let s = copy(&scratch);
            let run = s.run_env(&args, &[("PEERLOG_CRASH_AFTER", &k.to_string())]);
            let restored = Folder::at(&s.path("restored"));
            if run.code == 0 {
                assert!(restored.snapshot() == done, "k={k}: differs from the plain run");
                assert!(k > 10, "only {k} stops");
                break;
            }
            assert_eq!(run.code, -1, "k={k}: expected a stop by a signal, got:\n{}", run.stderr);
            assert!(s.snapshot().keys().all(|p| p.starts_with("restored") || p == std::path::Path::new("backup.json")));
            if restored.path("peerlog.toml").exists() {
                // Stopped after the settings were moved in: the restore is whole.
                assert!(restored.snapshot() == done, "k={k}: a peerlog folder before the restore ended");
                assert_eq!(restored.run(&["check"]).code, 0);
                continue;
            }
            // Stopped before: the folder is no peerlog folder yet (its settings come last) …
            // … and the same restore run again clears what was left and restores it whole.
            let again = s.run(&args);
            again.ok();
            assert!(again.stderr.contains("removed what a stopped restore had left"), "{}", again.stderr);
            assert!(restored.snapshot() == done, "k={k}: the second run differs from a plain run");
            assert_eq!(restored.run(&["check"]).code, 0);
        }
    }
}

#[test]
fn an_init_stopped_anywhere_is_no_peerlog_folder_and_runs_again_whole() {
    let done = {
        let f = Folder::empty();
        f.run(&["init", "."]).ok();
        f.snapshot()
    };
    for k in 1.. {
        let f = Folder::empty();
        let run = f.run_env(&["init", "."], &[("PEERLOG_CRASH_AFTER", &k.to_string())]);
        if run.code == 0 {
            assert!(f.snapshot() == done && k > 2, "k={k}");
            break;
        }
        assert_eq!(run.code, -1, "k={k}: expected a stop by a signal, got:\n{}", run.stderr);
        // The settings come last: stopped before them, the folder is no peerlog folder yet, and
        // `init` run again finishes it.
        if !f.path("peerlog.toml").exists() {
            f.run(&["init", "."]).ok();
        }
        // A one-file write stopped before its rename leaves its temporary file, as everywhere.
        let mut now = f.snapshot();
        now.retain(|p, _| !p.to_string_lossy().starts_with(".peerlog-tmp-"));
        assert!(now == done, "k={k}: {:?}", now.keys());
    }
}
