//! Missing fields: asked for on a terminal (driven here through a real pseudo-terminal), a
//! clear exit 2 listing the missing flags without one.

use super::{consultation_id, json};
use crate::common::*;

#[test]
fn without_a_terminal_missing_flags_are_listed_and_exit_2() {
    let f = Folder::example();
    refused(
        &f,
        &["consult", "plan"],
        2,
        &["missing --peer, --recipient, --date, --time, --place, --topic", "on a terminal"],
    );
    refused(
        &f,
        &["consult", "log", "--peer", "ozolina", "--topic", "T"],
        2,
        &["missing --recipient, --date, --time, --place"],
    );
    refused(&f, &["feedback", "record"], 2, &["missing --consultation, --from, --expected, --met, --benefit"]);
    refused(
        &f,
        &["feedback", "record", "--consultation", "c-x", "--from", "peer", "--met", "yes"],
        2,
        &["missing --expected, --benefit"],
    );
}

#[cfg(unix)]
mod terminal {
    use super::*;
    use rexpect::session::PtySession;

    const ENTER: &str = "\r";
    const TAB: &str = "\t";

    /// `peerlog ARGS` on a pseudo-terminal of 100 columns in the folder.
    fn spawn(f: &Folder, args: &str) -> PtySession {
        let mut cmd = std::process::Command::new("sh");
        cmd.current_dir(&f.root)
            .env("PEERLOG_ID_SEED", "tests")
            .env("NO_COLOR", "1")
            .env("TERM", "xterm")
            .env_remove("PEERLOG_DIR")
            .arg("-c")
            .arg(format!("stty cols 100 rows 30; exec '{}' {args}", env!("CARGO_BIN_EXE_peerlog")));
        rexpect::session::spawn_command(cmd, Some(20_000)).expect("spawn on a pty")
    }

    /// Waits for `prompt` (ASCII only: rexpect reads the output byte by byte), then types `keys`.
    fn answer(p: &mut PtySession, prompt: &str, keys: &[&str]) {
        p.exp_string(prompt).unwrap_or_else(|e| panic!("no prompt {prompt:?}: {e}"));
        press(p, keys);
    }

    fn press(p: &mut PtySession, keys: &[&str]) {
        for k in keys {
            p.send(k).unwrap();
            p.flush().unwrap();
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }

    fn exit_code(p: &mut PtySession) -> i32 {
        match p.process().wait().unwrap() {
            rexpect::process::WaitStatus::Exited(_, code) => code,
            other => panic!("did not exit: {other:?}"),
        }
    }

    #[test]
    fn consult_log_asks_for_each_missing_field_with_completion_and_defaults() {
        let f = Folder::example();
        let mut p = spawn(&f, "consult log --date 2025-04-10");
        // "ozol" and tab completes the peer's name.
        answer(&mut p, "Peer:", &["ozol"]);
        p.exp_string("ga Ozoli").unwrap();
        press(&mut p, &[TAB, ENTER]);
        answer(&mut p, "Recipient:", &["Dace", ENTER]);
        // --date was given: not asked. Time and place default to the peer's last consultation.
        p.exp_string("Time:").unwrap();
        p.exp_string("(18:00-18:45)").unwrap();
        press(&mut p, &[ENTER]);
        p.exp_string("Place:").unwrap();
        p.exp_string("iela 1)").unwrap();
        press(&mut p, &[ENTER]);
        // A bad answer is explained and asked again.
        answer(&mut p, "Topic:", &["   ", ENTER]);
        p.exp_string("empty").unwrap();
        press(&mut p, &["Skolas sapulce", ENTER]);
        p.exp_string("c-").unwrap();
        assert_eq!(exit_code(&mut p), 0);
        let c = consultation_id(&f, "Līga Ozoliņa", "Dace Šmite", "2025-04-10");
        let shown = json(&f, &["consult", "show", &c, "--format", "json"]);
        assert_eq!(shown["time"], "18:00-18:45");
        assert_eq!(shown["place"], "Rīga, Brīvības iela 1");
        assert_eq!(shown["topic"], "Skolas sapulce");
        assert_eq!(shown["status"], "held");
    }

    #[test]
    fn feedback_record_asks_and_escape_cancels_without_writing() {
        let f = Folder::example();
        let c = consultation_id(&f, "Līga Ozoliņa", "Dace Šmite", "2025-03-14");
        let mut p = spawn(&f, &format!("feedback record --consultation {c} --date 2025-03-20"));
        // Select lists: the first item is taken with enter; the second with down and enter.
        answer(&mut p, "Who answered:", &[ENTER]);
        answer(&mut p, "Kas tika sagaid", &["Padomu", ENTER]);
        answer(&mut p, "gaidas piepild", &["\x1b[B", ENTER]);
        answer(&mut p, "Comment", &[ENTER]);
        answer(&mut p, "bija ieguvums", &["Drosmi", ENTER]);
        p.exp_string("f-").unwrap();
        assert_eq!(exit_code(&mut p), 0);
        let fb = super::super::feedback_on(&f, &c);
        assert_eq!(fb.len(), 1);
        assert_eq!(fb[0]["from"], "recipient");
        assert_eq!(fb[0]["met"], "partly");
        assert_eq!(fb[0]["expected"], "Padomu");
        assert!(fb[0].get("comment").is_none());

        // Escape at a prompt cancels: exit 2, nothing written.
        let before = f.snapshot();
        let mut p = spawn(&f, "consult plan");
        answer(&mut p, "Peer:", &["\x1b"]);
        p.exp_string("cancelled").unwrap();
        assert_eq!(exit_code(&mut p), 2);
        assert!(before == f.snapshot());
    }
}
