//! The complete CLI reference as one snapshot: every command's `--help`, walked from clap's
//! command tree, so a changed flag, default or wording shows up as a diff in review.

use crate::common::*;
use clap::CommandFactory;

/// Every command path below `cmd`, depth first, in the order `--help` lists them.
fn paths(cmd: &clap::Command, prefix: &[String], out: &mut Vec<Vec<String>>) {
    out.push(prefix.to_vec());
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let mut next = prefix.to_vec();
        next.push(sub.get_name().to_string());
        paths(sub, &next, out);
    }
}

#[test]
fn cli_reference() {
    reference("cli-reference", "en");
}

/// The same in Latvian, for a reviewer who reads Latvian.
#[test]
fn cli_reference_latvian() {
    reference("cli-reference-lv", "lv");
}

fn reference(name: &str, lang: &str) {
    let f = Folder::empty();
    let mut all = Vec::new();
    paths(&peerlog::cli::Cli::command(), &[], &mut all);
    assert!(all.len() > 25, "only {} commands found", all.len());
    let mut reference = String::new();
    for path in &all {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let run = f.run_env(&args, &[("COLUMNS", "100"), ("PEERLOG_LANG", lang)]);
        let title = std::iter::once("peerlog").chain(path.iter().map(String::as_str)).collect::<Vec<_>>().join(" ");
        reference.push_str(&format!("===== {title}\n{}\n", run.ok()));
    }
    insta::assert_snapshot!(name, reference);
}

/// Every command that prints JSON has its shape in docs/json.md.
#[test]
fn every_json_output_is_documented() {
    let docs = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/json.md")).unwrap();
    let mut all = Vec::new();
    paths(&peerlog::cli::Cli::command(), &[], &mut all);
    let root = peerlog::cli::Cli::command();
    let mut missing = Vec::new();
    let mut found = 0;
    for path in all.iter().filter(|p| !p.is_empty()) {
        let cmd = path.iter().fold(&root, |c, name| c.find_subcommand(name).expect("walked from the tree"));
        let json = cmd
            .get_arguments()
            .any(|a| a.get_id() == "format" && a.get_possible_values().iter().any(|v| v.get_name() == "json"));
        found += usize::from(json);
        if json && !docs.contains(&format!("`{}", path.join(" "))) {
            missing.push(path.join(" "));
        }
    }
    assert!(found > 20, "only {found} commands print JSON; is the walk broken?");
    assert!(missing.is_empty(), "docs/json.md does not describe the JSON of: {missing:?}");
}
