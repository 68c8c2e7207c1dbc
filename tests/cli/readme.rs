//! The README's tour, run as written: what a new user types must work.

use crate::common::*;
use std::path::Path;

#[test]
fn the_readme_tour_and_its_next_sections_run_as_written() {
    let home = Folder::empty();
    let bin = Path::new(env!("CARGO_BIN_EXE_peerlog")).parent().unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    // The tour (after the install block), then the pipeline, consent, scripting, overview and corrections
    // sections in its folder.
    let script = format!(
        "set -euo pipefail\n{}\ncat appendix1.csv\n{}\n{}\npeerlog report appendix1 --group rigas --table-only\n{}\n{}\n{}\n",
        sh_block("## A tour", 1),
        sh_block("## The leader's craft", 0),
        sh_block("**Consent per purpose.**", 0),
        sh_block("## Scripting", 0),
        sh_block("## The overview", 0),
        sh_block("## Corrections and duplicates", 0),
    );
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(&script)
        .current_dir(&home.root)
        .env("HOME", &home.root)
        .env("PATH", path)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_COUNT", "2")
        .env("GIT_CONFIG_KEY_0", "user.name")
        .env("GIT_CONFIG_VALUE_0", "Inese Kalniņa")
        .env("GIT_CONFIG_KEY_1", "user.email")
        .env("GIT_CONFIG_VALUE_1", "inese@example.org")
        .env_remove("PEERLOG_DIR")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the README failed:\n{stdout}\n{stderr}");
    assert!(!stderr.contains("warning:"), "the README's steps warn:\n{stderr}");
    assert!(
        stdout.contains("1.,Līga Ozoliņa,Anna Bērziņa,\"Rīga, Brīvības iela 1, 14.03.2025., 16:00-17:00\""),
        "{stdout}"
    );
    assert!(stdout.contains("Vai minētās gaidas piepildījās? Daļēji. Vajadzēja vairāk laika"), "{stdout}");
    // The pipeline section: Bērziņa prepared; the consent section: her report consent revoked.
    assert!(stdout.contains("1.,Līga Ozoliņa,A. B.,"), "{stdout}");
    // The overview section: both pages have their eight charts.
    for page in ["overview.html", "rigas-q1.html"] {
        let html = std::fs::read_to_string(home.root.join("peerlog/riga").join(page)).unwrap();
        assert_eq!(html.matches("<svg class=\"chart\"").count(), 8, "{page}");
    }
}
