//! Dynamic shell completion (`COMPLETE=SHELL peerlog -- …`): the folder's records by name.

use crate::common::*;

/// The completions a shell would get for the last word of `line`.
fn complete(f: &Folder, shell: &str, line: &[&str]) -> Vec<String> {
    let index = line.len().to_string(); // bash counts the command itself as word 0
    let args = [&["--", "peerlog"][..], line].concat();
    let run = f.run_env(&args, &[("COMPLETE", shell), ("_CLAP_COMPLETE_INDEX", &index), ("_CLAP_IFS", "\n")]);
    // fish prints `value<TAB>help`; bash only the values.
    run.ok().lines().map(|l| l.split('\t').next().unwrap_or_default().to_string()).collect()
}

fn names(f: &Folder, args: &[&str]) -> Vec<String> {
    let list: serde_json::Value = serde_json::from_str(f.run(args).ok()).unwrap();
    list.as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap().to_string()).collect()
}

#[test]
fn peers_groups_and_record_ids_complete_from_the_folder() {
    let f = Folder::example();
    let mut peers = names(&f, &["peer", "list", "--format", "json"]);
    peers.sort();
    assert!(peers.len() >= 2);
    for shell in ["fish", "bash"] {
        let got = complete(&f, shell, &["consult", "log", "--peer", ""]);
        assert_eq!(got, peers, "{shell}");
    }
    // A participant who is not a peer is offered as a recipient only.
    let people = names(&f, &["participant", "list", "--format", "json"]);
    let not_peer = people.iter().find(|p| !peers.contains(p)).expect("a participant who is no peer");
    assert!(complete(&f, "fish", &["consult", "log", "--recipient", ""]).contains(not_peer));
    assert!(!complete(&f, "fish", &["consult", "log", "--peer", ""]).contains(not_peer));
    // Typed letters narrow the list.
    let first = &peers[0];
    let prefix: String = first.chars().take(2).collect();
    assert!(complete(&f, "fish", &["consult", "log", "--peer", &prefix]).iter().all(|c| c.starts_with(&prefix)));
    // Groups by name, consultations by ID, and the value words of a flag.
    let groups = complete(&f, "fish", &["report", "appendix1", "--group", ""]);
    assert!(groups.iter().any(|g| g.starts_with("Rīgas")), "{groups:?}");
    let ids: Vec<String> =
        complete(&f, "fish", &["consult", "show", ""]).into_iter().filter(|i| !i.starts_with('-')).collect();
    assert_eq!(ids.len(), f.files("consultations/").len());
    assert!(ids.iter().all(|i| i.starts_with("c-")), "{ids:?}");
    assert!(complete(&f, "fish", &["consult", "list", "--status", ""]).contains(&"held".to_string()));
    // --dir on the line being completed names the folder, wherever the shell is.
    let elsewhere = Folder::empty();
    let dir = f.root.to_str().unwrap();
    let got = complete(&elsewhere, "fish", &["--dir", dir, "consult", "log", "--peer", ""]);
    assert_eq!(got, peers);
    // Outside any folder there is nothing to offer, and no error.
    assert!(complete(&elsewhere, "fish", &["consult", "log", "--peer", ""]).is_empty());
}

#[test]
fn colleague_records_complete_too() {
    let f = Folder::empty();
    copy_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data-example-colleague"), &f.root);
    let supporters: Vec<String> =
        complete(&f, "fish", &["support", "show", ""]).into_iter().filter(|s| !s.starts_with('-')).collect();
    assert_eq!(supporters.len(), f.files("supporters/").len(), "{supporters:?}");
    assert!(!complete(&f, "fish", &["supervision", "add", "--psychologist", ""]).is_empty());
    assert!(!complete(&f, "fish", &["contact", "list", "--unit", ""]).is_empty());
}

#[test]
fn the_registration_script_calls_peerlog_back() {
    let f = Folder::empty();
    for shell in ["bash", "zsh", "fish"] {
        let script = f.run_env(&[], &[("COMPLETE", shell)]);
        assert!(script.ok().contains("COMPLETE="), "{shell}:\n{}", script.stdout);
    }
}
