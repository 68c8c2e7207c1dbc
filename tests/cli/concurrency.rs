//! Parallel writers and writers killed mid-write: no record is lost, doubled or half-written.

use crate::check::consult;
use crate::common::*;
use std::collections::BTreeSet;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// The binary in the folder, with random IDs (as in real use).
fn peerlog(f: &Folder, args: &[String]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_peerlog"));
    cmd.current_dir(&f.root)
        .env_remove("PEERLOG_DIR")
        .env_remove("PEERLOG_ID_SEED")
        .env("XDG_CACHE_HOME", TEST_CACHE)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

#[test]
fn eight_processes_writing_fifty_consultations_each_end_with_exactly_400() {
    let f = Folder::new();
    let (_, peer, rec, _) = f.seeded();
    let ids: Vec<String> = std::thread::scope(|s| {
        let writers: Vec<_> = (0..8)
            .map(|w| {
                let (f, peer, rec) = (&f, &peer, &rec);
                s.spawn(move || {
                    (0..50)
                        .map(|n| {
                            let date = format!("2025-{:02}-{:02}", w + 1, n % 28 + 1);
                            let hour = 8 + n / 28;
                            let time = format!("{hour:02}:00-{hour:02}:45");
                            let out = peerlog(f, &consult("log", peer, rec, &date, &time)).output().unwrap();
                            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
                            String::from_utf8(out.stdout).unwrap().trim().to_string()
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        writers.into_iter().flat_map(|w| w.join().unwrap()).collect()
    });
    let unique: BTreeSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), 400, "every write got its own ID");
    let files = f.files("consultations/");
    assert_eq!(files.len(), 400);
    for id in &ids {
        assert!(files.iter().any(|p| p.ends_with(&format!("/{id}.toml"))), "{id} lost");
    }
    // 400 consultations, 4 people and a group, and peerlog.toml.
    assert_eq!(f.run(&["check", "--strict"]).ok(), "checked 405 files: no problems");
}

#[test]
fn parallel_writers_never_both_pass_a_uniqueness_check() {
    let f = Folder::new();
    let (_, peer, rec, _) = f.seeded();
    // Eight processes log the same consultation at once: the lock lets exactly one through.
    let same = consult("log", &peer, &rec, "2025-04-01", "16:00-17:00");
    let children: Vec<Child> = (0..8).map(|_| peerlog(&f, &same).spawn().unwrap()).collect();
    let outs: Vec<_> = children.into_iter().map(|c| c.wait_with_output().unwrap()).collect();
    let ok = outs.iter().filter(|o| o.status.success()).count();
    assert_eq!(ok, 1, "exactly one write passes");
    for o in outs.iter().filter(|o| !o.status.success()) {
        assert_eq!(o.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&o.stderr).contains("already records"));
    }
    // Eight processes add a group of the same name at once.
    let add: Vec<String> =
        ["group", "add", "Vasaras grupa", "--leader", "L", "--venue", "V"].iter().map(|s| s.to_string()).collect();
    let children: Vec<Child> = (0..8).map(|_| peerlog(&f, &add).spawn().unwrap()).collect();
    let ok = children.into_iter().map(|c| c.wait_with_output().unwrap()).filter(|o| o.status.success()).count();
    assert_eq!(ok, 1);
    assert_eq!(f.files("groups/").len(), 2);
    f.run(&["check", "--strict"]).ok();
}

/// A small deterministic random number generator (xorshift), so a failing run can be repeated.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn writers_killed_at_random_moments_never_leave_a_broken_record() {
    let f = Folder::new();
    let (g, peer, rec, other) = f.seeded();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut planned: Vec<String> = Vec::new();
    let (mut killed, mut finished) = (0, 0);
    let s = |a: &[&str]| a.iter().map(|x| x.to_string()).collect::<Vec<String>>();
    let mut n = 0u32;
    while killed < 110 && n < 600 {
        n += 1;
        let date = format!("2025-{:02}-{:02}", n % 12 + 1, n % 28 + 1);
        let args = match n % 5 {
            0 => consult("plan", &peer, &rec, &date, &format!("{:02}:00-{:02}:30", 8 + n / 60, 8 + n / 60)),
            1 => consult("log", &peer, &other, &date, &format!("{:02}:00-{:02}:30", 10 + n / 60, 10 + n / 60)),
            2 => s(&["participant", "add", &format!("Dalībnieks {n}"), "--group", &g, "--role", "parent"]),
            // Updates rewrite a file in place.
            3 => match planned.pop() {
                Some(id) => s(&["consult", "log", &id]),
                None => s(&["group", "add", &format!("Grupa {n}"), "--leader", "L", "--venue", "V"]),
            },
            _ => match planned.pop() {
                Some(id) => s(&["consult", "cancel", &id]),
                None => s(&["group", "add", &format!("Grupa {n}"), "--leader", "L", "--venue", "V"]),
            },
        };
        let mut child = peerlog(&f, &args).spawn().unwrap();
        // A run takes a few milliseconds: stop it anywhere from start-up to its last fsync.
        std::thread::sleep(Duration::from_micros(rng.below(5_000)));
        // `Child::kill` sends SIGKILL on Unix: no destructor, no cleanup runs.
        if child.try_wait().unwrap().is_none() && child.kill().is_ok() {
            killed += 1;
        }
        let out = child.wait_with_output().unwrap();
        if out.status.success() {
            finished += 1;
            if n.is_multiple_of(5) {
                planned.push(String::from_utf8(out.stdout).unwrap().trim().to_string());
            }
        }
        if n % 20 == 19 {
            no_errors(&f);
        }
    }
    assert!(killed >= 100, "only {killed} writers were killed");
    let left = no_errors(&f);
    eprintln!("killed {killed} writers, {finished} finished, {left} temporary files left");
    let fix = f.run(&["check", "--fix"]);
    assert_eq!(fix.code, 0, "{}", fix.stdout);
    let strict = f.run(&["check", "--strict"]);
    assert!(strict.ok().ends_with(": no problems"), "{}", strict.stdout);
}

/// Every record parses and every rule holds; the only problems allowed are warnings about
/// temporary files of the killed writes.
#[track_caller]
fn no_errors(f: &Folder) -> usize {
    let run = f.run(&["check"]);
    assert_eq!(run.code, 0, "a killed writer broke the folder:\n{}", run.stdout);
    let warnings: Vec<&str> = run.stdout.lines().filter(|l| l.contains(": warning: ")).collect();
    for line in &warnings {
        assert!(line.contains(".peerlog-tmp-"), "{line}");
    }
    warnings.len()
}

#[test]
fn readers_never_see_a_moving_consultation_twice_or_not_at_all() {
    let f = Folder::new();
    let (_, peer, rec, _) = f.seeded();
    // Eight consultations, one for each writer, each at its own hour.
    let ids: Vec<String> = (0..8)
        .map(|w| {
            let time = format!("{:02}:00-{:02}:45", 8 + w, 8 + w);
            let out = peerlog(&f, &consult("log", &peer, &rec, "2025-03-10", &time)).output().unwrap();
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            String::from_utf8(out.stdout).unwrap().trim().to_string()
        })
        .collect();
    let s = |a: &[&str]| a.iter().map(|x| x.to_string()).collect::<Vec<String>>();
    let writing = std::sync::atomic::AtomicUsize::new(8);
    let (reads, errors) = std::thread::scope(|scope| {
        for id in &ids {
            let (f, writing) = (&f, &writing);
            scope.spawn(move || {
                for n in 0..8 {
                    let date = if n % 2 == 0 { "2025-03-11" } else { "2025-03-10" };
                    let out = peerlog(f, &s(&["edit", id, "--set", &format!("date={date}")])).output().unwrap();
                    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
                }
                writing.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
            });
        }
        let readers: Vec<_> = (0..8)
            .map(|r| {
                let (f, writing) = (&f, &writing);
                scope.spawn(move || {
                    let (mut reads, mut errors) = (0, Vec::new());
                    while writing.load(std::sync::atomic::Ordering::SeqCst) > 0 {
                        let args = match r % 3 {
                            0 => s(&["consult", "list", "--format", "json"]),
                            1 => s(&["report", "appendix1", "--table-only"]),
                            _ => s(&["report", "summary"]),
                        };
                        let out = peerlog(f, &args).output().unwrap();
                        reads += 1;
                        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
                        if !out.status.success() {
                            errors.push(String::from_utf8_lossy(&out.stderr).into_owned());
                            continue;
                        }
                        let seen = match r % 3 {
                            0 => serde_json::from_str::<Vec<serde_json::Value>>(&stdout).unwrap().len(),
                            1 => csv::Reader::from_reader(stdout.as_bytes()).records().count(),
                            _ => 8,
                        };
                        if seen != 8 {
                            errors.push(format!("saw {seen} consultations:\n{stdout}"));
                        }
                    }
                    (reads, errors)
                })
            })
            .collect();
        readers.into_iter().map(|h| h.join().unwrap()).fold((0, Vec::new()), |(n, mut e), (r, mut more)| {
            e.append(&mut more);
            (n + r, e)
        })
    });
    assert!(errors.is_empty(), "{} of {reads} reads went wrong; the first:\n{}", errors.len(), errors[0]);
    assert!(reads >= 8, "only {reads} reads");
    // Every consultation is in exactly one place, the last day its writer moved it to.
    let files = f.files("consultations/");
    assert_eq!(files.len(), 8, "{files:?}");
    for id in &ids {
        assert!(files.iter().any(|p| p.ends_with(&format!("2025-03-10/{id}.toml"))), "{id} lost: {files:?}");
    }
    assert_eq!(f.run(&["check", "--strict"]).ok(), "checked 13 files: no problems");
}

#[test]
fn a_command_waiting_for_the_lock_says_so_and_goes_on_when_it_is_free() {
    use std::io::BufRead;
    let f = Folder::new();
    f.seeded();
    // Another program holds the lock as a writer would.
    let lock = std::fs::OpenOptions::new().read(true).write(true).open(f.path(".peerlog.lock")).unwrap();
    lock.lock().unwrap();
    for args in [&["group", "list"][..], &["group", "add", "Cita grupa", "--leader", "L", "--venue", "V"]] {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let mut child = peerlog(&f, &args).spawn().unwrap();
        let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
        let mut line = String::new();
        stderr.read_line(&mut line).unwrap();
        assert_eq!(line.trim(), "waiting for another peerlog command to finish with this folder …");
        lock.unlock().unwrap();
        assert!(child.wait().unwrap().success());
        lock.lock().unwrap();
    }
}
