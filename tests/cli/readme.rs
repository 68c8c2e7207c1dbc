//! The README's tour, run as written: what a new user types must work.

use crate::common::*;
use std::path::Path;

/// The first ```sh block after `heading` in README.md.
fn sh_block(heading: &str) -> String {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let after = &readme[readme.find(heading).expect("heading in README")..];
    let start = after.find("```sh\n").expect("a sh block") + "```sh\n".len();
    after[start..start + after[start..].find("```").unwrap()].to_string()
}

#[test]
fn the_readme_tour_runs_as_written() {
    let home = Folder::empty();
    let bin = Path::new(env!("CARGO_BIN_EXE_peerlog")).parent().unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let script = format!("set -euo pipefail\n{}\ncat appendix1.csv\n", sh_block("## A tour"));
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(&script)
        .current_dir(&home.root)
        .env("HOME", &home.root)
        .env("PATH", path)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env_remove("PEERLOG_DIR")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "the tour failed:\n{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        stdout.contains("1.,Līga Ozoliņa,Anna Bērziņa,\"Rīga, Brīvības iela 1, 14.03.2025., 16:00-17:00\""),
        "{stdout}"
    );
    assert!(stdout.contains("Vai minētās gaidas piepildījās? Daļēji. Vajadzēja vairāk laika"), "{stdout}");
}
