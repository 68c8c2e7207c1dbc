//! What a collaborator's push (or anyone with access) can put in the folder: links, FIFOs,
//! devices, huge files and inputs, text that would read back as something else. Each is a
//! clear error naming the path, soon, and nothing is written outside the folder.

use crate::common::*;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs `peerlog ARGS` in the folder; a run that has not ended after a minute is a hang
/// (killed, and the test fails): no command may wait on what the folder holds.
fn run_or_hang(f: &Folder, args: &[&str]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_peerlog"))
        .current_dir(&f.root)
        .env_remove("PEERLOG_DIR")
        .env("PEERLOG_ID_SEED", "tests")
        .env("XDG_CACHE_HOME", TEST_CACHE)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("peerlog {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    assert!(Command::new("mkfifo").arg(path).status().unwrap().success());
}

/// Everything in a folder outside the peerlog folder, to prove nothing was written there.
fn outside() -> Folder {
    Folder::empty()
}

#[cfg(unix)]
#[test]
fn links_in_the_folder_are_refused_and_nothing_is_written_through_them() {
    use std::os::unix::fs::symlink;
    let f = Folder::new();
    let (_, peer, rec, _) = f.seeded();
    let elsewhere = outside();
    // A record file that is a link to a record kept elsewhere.
    let person = f.files("people/")[0].clone();
    std::fs::rename(f.path(&person), elsewhere.path("kept.toml")).unwrap();
    symlink(elsewhere.path("kept.toml"), f.path(&person)).unwrap();
    let kept = elsewhere.snapshot();
    for args in [&["participant", "list"][..], &["report", "summary"], &["erase", &rec], &["consult", "list"]] {
        run_or_hang(&f, args).fails(1, &[&person, "a symbolic link, not a regular file"]);
    }
    let check = run_or_hang(&f, &["check"]);
    assert_eq!(check.code, 1);
    assert!(check.stdout.contains(&format!("{person}:1:1: error: a symbolic link")), "{}", check.stdout);
    assert!(elsewhere.snapshot() == kept, "a write went through the link");
    std::fs::remove_file(f.path(&person)).unwrap();
    std::fs::rename(elsewhere.path("kept.toml"), f.path(&person)).unwrap();
    let kept = elsewhere.snapshot();

    // A day folder (and a year folder) that is a link: no consultation goes there.
    std::fs::create_dir_all(f.path("consultations/2025")).unwrap();
    symlink(elsewhere.path(""), f.path("consultations/2025/2025-03-14")).unwrap();
    let before = f.snapshot();
    let log = consult_log(&peer, &rec, "2025-03-14", "16:00-17:00", "Robežas");
    run_or_hang(&f, &log).fails(1, &["consultations/2025/2025-03-14: a symbolic link"]);
    run_or_hang(&f, &["consult", "list"]).fails(1, &["consultations/2025/2025-03-14: a symbolic link"]);
    assert!(f.snapshot() == before);
    std::fs::remove_file(f.path("consultations/2025/2025-03-14")).unwrap();
    symlink(elsewhere.path(""), f.path("consultations/2026")).unwrap();
    let log = consult_log(&peer, &rec, "2026-01-14", "16:00-17:00", "Robežas");
    run_or_hang(&f, &log).fails(1, &["consultations/2026: a symbolic link"]);
    std::fs::remove_file(f.path("consultations/2026")).unwrap();
    assert!(elsewhere.snapshot() == kept, "a consultation was written outside the folder");

    // The lock file as a link: refused, and the link's target is never created.
    symlink(elsewhere.path("lock"), f.path(".peerlog.lock")).unwrap_or_else(|_| {
        std::fs::remove_file(f.path(".peerlog.lock")).unwrap();
        symlink(elsewhere.path("lock"), f.path(".peerlog.lock")).unwrap();
    });
    run_or_hang(&f, &["group", "list"]).fails(1, &[".peerlog.lock: a symbolic link"]);
    run_or_hang(&f, &log).fails(1, &[".peerlog.lock: a symbolic link", "peerlog makes a new one"]);
    assert!(!elsewhere.path("lock").exists(), "the lock was created outside the folder");
    let check = run_or_hang(&f, &["check"]);
    assert!(check.stdout.contains(".peerlog.lock:1:1: error: a symbolic link"), "{}", check.stdout);
    std::fs::remove_file(f.path(".peerlog.lock")).unwrap();

    // A record that links to a device.
    symlink("/dev/zero", f.path("people/p-zero.toml")).unwrap();
    run_or_hang(&f, &["participant", "list"]).fails(1, &["people/p-zero.toml", "a symbolic link"]);
    std::fs::remove_file(f.path("people/p-zero.toml")).unwrap();
    // peerlog.toml itself.
    std::fs::rename(f.path("peerlog.toml"), elsewhere.path("peerlog.toml")).unwrap();
    symlink(elsewhere.path("peerlog.toml"), f.path("peerlog.toml")).unwrap();
    run_or_hang(&f, &["group", "list"]).fails(1, &["peerlog.toml", "a symbolic link"]);
}

#[cfg(unix)]
#[test]
fn fifos_never_make_a_command_wait() {
    let f = Folder::new();
    let (g, _, _, _) = f.seeded();
    mkfifo(&f.path("people/p-pipe.toml"));
    for args in [
        &["participant", "list"][..],
        &["report", "summary"],
        &["participant", "add", "Jānis Ozols", "--group", &g, "--role", "parent"],
    ] {
        run_or_hang(&f, args).fails(1, &["people/p-pipe.toml", "a FIFO"]);
    }
    let check = run_or_hang(&f, &["check"]);
    assert!(check.stdout.contains("people/p-pipe.toml:1:1: error: a FIFO"), "{}", check.stdout);
    std::fs::remove_file(f.path("people/p-pipe.toml")).unwrap();
    std::fs::remove_file(f.path(".peerlog.lock")).ok();
    mkfifo(&f.path(".peerlog.lock"));
    run_or_hang(&f, &["group", "list"]).fails(1, &[".peerlog.lock: a FIFO"]);
    run_or_hang(&f, &["group", "add", "Cita", "--leader", "L", "--venue", "V"]).fails(1, &[".peerlog.lock: a FIFO"]);
    let check = run_or_hang(&f, &["check"]);
    assert!(check.stdout.contains(".peerlog.lock:1:1: error: a FIFO"), "{}", check.stdout);
}

#[cfg(unix)]
#[test]
fn sockets_and_devices_in_the_folder_are_named_and_never_read() {
    let f = Folder::new();
    f.seeded();
    let _socket = std::os::unix::net::UnixListener::bind(f.path("people/p-sock.toml")).unwrap();
    run_or_hang(&f, &["participant", "list"]).fails(1, &["people/p-sock.toml", "a socket"]);
    let check = run_or_hang(&f, &["check"]);
    assert!(check.stdout.contains("people/p-sock.toml:1:1: error: a socket"), "{}", check.stdout);
    std::fs::remove_file(f.path("people/p-sock.toml")).unwrap();
    // A device node (as /dev/zero is) can be made only by root, as CI runs.
    let made =
        Command::new("mknod").arg(f.path("people/p-dev.toml")).args(["c", "1", "5"]).stderr(Stdio::null()).status();
    if made.is_ok_and(|s| s.success()) {
        run_or_hang(&f, &["participant", "list"]).fails(1, &["people/p-dev.toml", "a device"]);
        let check = run_or_hang(&f, &["check"]);
        assert!(check.stdout.contains("people/p-dev.toml:1:1: error: a device"), "{}", check.stdout);
    }
}

#[test]
fn a_huge_record_file_is_refused_without_reading_it_whole() {
    let f = Folder::new();
    f.seeded();
    let big = f.path("people/p-huge.toml");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(50 << 20).unwrap();
    run_or_hang(&f, &["participant", "list"]).fails(1, &["people/p-huge.toml", "larger than 1 MiB"]);
    let check = run_or_hang(&f, &["check"]);
    assert!(
        check.stdout.contains("people/p-huge.toml:1:1: error: cannot read: the file is larger than 1 MiB"),
        "{}",
        check.stdout
    );
}

#[test]
fn a_huge_or_endless_import_is_refused_with_bounded_memory() {
    let f = Folder::new();
    f.seeded();
    let before = f.snapshot();
    let input = outside();
    // 1 GB, sparse: refused by its size before a byte is read.
    let huge = input.path("huge.csv");
    std::fs::File::create(&huge).unwrap().set_len(1 << 30).unwrap();
    run_or_hang(&f, &["import", "consultations", huge.to_str().unwrap()])
        .fails(1, &["huge.csv", "larger than 64 MiB", "nothing was imported"]);
    // An endless stream on stdin stops at the row limit.
    let mut child = Command::new(env!("CARGO_BIN_EXE_peerlog"))
        .current_dir(&f.root)
        .env("XDG_CACHE_HOME", TEST_CACHE)
        .args(["import", "consultations", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        use std::io::Write;
        let _ = stdin.write_all(b"peer,recipient,date,time,place,topic\n");
        let row = b"A B,C D,2025-03-14,16:00-17:00,R\xc4\xabga,T\n".repeat(1000);
        // Until peerlog stops reading (a broken pipe).
        while stdin.write_all(&row).is_ok() {}
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("more than 100000 rows") && stderr.contains("nothing was imported"), "{stderr}");
    assert!(f.snapshot() == before);
}

#[test]
fn text_that_would_read_back_as_something_else_is_refused_or_normalised() {
    let f = Folder::new();
    let (g, peer, rec, _) = f.seeded();
    let c = f.run(&consult_log(&peer, &rec, "2025-03-14", "16:00-17:00", "Robežas")).ok().to_string();
    // A feedback answer with a line that reads as a git conflict marker.
    for marker in ["Labi\n=======\nslikti", "<<<<<<< HEAD", "Labi\n>>>>>>> main"] {
        let mut args = feedback_args(&c, "recipient", "2025-03-20");
        args[7] = marker;
        refused(&f, &args, 1, &["--expected", "git conflict marker"]);
        let run = f.run(&args);
        assert!(!run.stderr.contains("Labi") && !run.stderr.contains("HEAD"), "echoed: {}", run.stderr);
    }
    // Only invisible characters.
    refused(
        &f,
        &consult_log(&peer, &rec, "2025-03-15", "16:00-17:00", "\u{200b}\u{feff}"),
        1,
        &["--topic", "only invisible"],
    );
    // Names: a no-break space, doubled spaces and a zero-width space are the same name.
    for same in ["Anna\u{a0}Bērziņa", "Anna  Bērziņa", "An\u{200b}na Bērziņa"] {
        refused(&f, &["participant", "add", same, "--group", &g, "--role", "parent"], 1, &["already"]);
    }
    let id =
        f.run(&["participant", "add", "Jānis\u{a0}\u{a0}Ozols", "--group", &g, "--role", "parent"]).ok().to_string();
    assert!(f.read(&format!("people/{id}.toml")).contains("name = \"Jānis Ozols\""));
    f.run(&["check", "--strict"]).ok();
}

#[test]
fn erase_writes_the_files_it_changes_anew_so_no_comment_keeps_the_name() {
    let f = Folder::new();
    let (_, _, rec, _) = f.seeded();
    let rel = format!("people/{rec}.toml");
    f.write(&rel, &format!("# Anna Bērziņa, Dzirnavu iela 5\n{}", f.read(&rel)));
    f.run(&["erase", &rec, "--yes"]).ok();
    assert!(!f.read(&rel).contains("Bērziņa"), "{}", f.read(&rel));
    f.run(&["check", "--strict"]).ok();
}
