//! Commands that remove or rewrite records (`purge`, `erase`, `rm --cascade`) list what goes and
//! ask on a terminal; without one they need `--yes`; `--dry-run` lists the same and changes nothing.

use crate::common::*;

/// The three destructive commands on the example folder, each with its person or date.
fn destructive(f: &Folder) -> Vec<Vec<String>> {
    let anna = f.run(&["participant", "list", "--format", "json"]).ok().to_string();
    let people: serde_json::Value = serde_json::from_str(&anna).unwrap();
    let dace = people
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "Dace Šmite")
        .map(|p| p["id"].as_str().unwrap().to_string())
        .expect("Dace Šmite in data-example");
    vec![
        vec!["purge".into(), "--before".into(), "2026-01-01".into()],
        vec!["erase".into(), dace.clone()],
        vec!["rm".into(), dace, "--cascade".into()],
    ]
}

#[test]
fn without_a_terminal_and_without_yes_they_are_refused_and_change_nothing() {
    let f = Folder::example();
    for args in destructive(&f) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        refused(&f, &args, 2, &["no terminal to ask on", "nothing was changed", "--yes", "--dry-run"]);
        // --dry-run lists what would go, and writes nothing either.
        let before = f.snapshot();
        let dry = f.run(&[&args[..], &["--dry-run"]].concat());
        assert!(!dry.ok().is_empty(), "{args:?} --dry-run listed nothing");
        assert!(before == f.snapshot(), "{args:?} --dry-run wrote");
    }
}

#[test]
fn with_yes_they_go_ahead_and_remove_what_the_dry_run_listed() {
    let f = Folder::example();
    let listed = f.run(&["purge", "--before", "2026-01-01", "--dry-run"]).ok().to_string();
    let removed = f.run(&["purge", "--before", "2026-01-01", "--yes"]).ok().to_string();
    assert_eq!(listed, removed);
    for line in removed.lines() {
        assert!(!f.path(line).exists(), "{line} is still there");
    }
}

#[test]
fn purge_refuses_a_cut_off_in_the_future() {
    let f = Folder::example();
    refused(&f, &["purge", "--before", "2100-12-31", "--yes"], 1, &["--before 2100-12-31 is in the future", "today"]);
}

#[cfg(unix)]
mod terminal {
    use super::*;
    use rexpect::session::PtySession;

    /// `peerlog ARGS` on a pseudo-terminal in the folder.
    fn spawn(f: &Folder, args: &str) -> PtySession {
        let mut cmd = std::process::Command::new("sh");
        cmd.current_dir(&f.root)
            .env("NO_COLOR", "1")
            .env("XDG_CACHE_HOME", TEST_CACHE)
            .env("TERM", "xterm")
            .env_remove("PEERLOG_DIR")
            .arg("-c")
            .arg(format!("stty cols 100 rows 30; exec '{}' {args}", env!("CARGO_BIN_EXE_peerlog")));
        rexpect::session::spawn_command(cmd, Some(20_000)).expect("spawn on a pty")
    }

    fn answer(p: &mut PtySession, keys: &str) -> i32 {
        p.exp_string("? (y").expect("the question, no the default");
        for k in [keys, "\r"] {
            p.send(k).unwrap();
            p.flush().unwrap();
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        p.exp_eof().ok();
        match p.process().wait().unwrap() {
            rexpect::process::WaitStatus::Exited(_, code) => code,
            other => panic!("did not exit: {other:?}"),
        }
    }

    #[test]
    fn purge_lists_the_files_and_no_leaves_the_folder_as_it_is() {
        let f = Folder::example();
        let before = f.snapshot();
        let mut p = spawn(&f, "purge --before 2026-01-01");
        p.exp_string("consultations/").expect("the list of files");
        p.exp_string("Remove these").expect("the question");
        assert_eq!(answer(&mut p, "n"), 1);
        assert!(before == f.snapshot(), "a no changed the folder");
    }

    #[test]
    fn rm_cascade_and_erase_go_ahead_on_yes() {
        let f = Folder::example();
        let args = destructive(&f);
        let person = &args[1][1];
        let consultations = f.files("consultations/").len();
        let mut p = spawn(&f, &format!("rm {person} --cascade"));
        p.exp_string("remove c-").expect("the consultations that go with the person");
        p.exp_string("(consultation on ").expect("each described as the dry run describes it");
        assert_eq!(answer(&mut p, "y"), 0);
        assert!(f.files("consultations/").len() < consultations);
        assert!(!f.run(&["participant", "list"]).ok().contains("Dace"));

        // A colleague-support folder: what goes and what changes, each described.
        let c = Folder::example_colleague();
        let before = c.snapshot();
        let mut p = spawn(&c, "rm 'Jānis Ozols' --cascade");
        p.exp_string("remove k-fbynywdw (support contact on 2025-04-11) as supporter").expect("a contact that goes");
        p.exp_string("change v-ih8mca9b (supervision session on 2025-04-02) as present")
            .expect("a session that changes");
        assert_eq!(answer(&mut p, "n"), 1);
        assert!(before == c.snapshot(), "a no changed the folder");

        let g = Folder::example();
        let mut p = spawn(&g, &format!("erase {person}"));
        p.exp_string("Erase Dace").expect("the question names the person");
        assert_eq!(answer(&mut p, "y"), 0);
        assert!(!g.run(&["participant", "list"]).ok().contains("Dace Šmite"));
    }
}
