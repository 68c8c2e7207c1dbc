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
