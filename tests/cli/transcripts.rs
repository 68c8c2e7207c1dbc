//! Whole command output as insta snapshots (tests/cli/snapshots/): the README's tour, the
//! reports and the main refusals, stdout and stderr, so a changed message, column or exit code
//! shows up as a diff in review. `INSTA_UPDATE=always cargo test --test cli` rewrites them (or
//! `cargo insta review`); read the diff before committing.

use crate::common::*;
use std::path::Path;

/// The commands of a shell block: continued lines (`\`, a trailing `|`, a `for` loop up to its
/// `done`, a here-document up to its end word) joined, comment lines left out.
fn commands(block: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut depth = 0;
    let mut heredoc: Option<String> = None;
    for line in block.lines() {
        if let Some(end) = &heredoc {
            current.push_str(line);
            if line == end {
                heredoc = None;
                out.push(std::mem::take(&mut current));
            } else {
                current.push('\n');
            }
            continue;
        }
        if current.is_empty() && (line.trim().is_empty() || line.trim_start().starts_with('#')) {
            continue;
        }
        current.push_str(line);
        if let Some((_, word)) = line.split_once("<<") {
            heredoc = Some(word.trim().trim_matches('\'').to_string());
            current.push('\n');
            continue;
        }
        let word = line.split_whitespace().next().unwrap_or_default();
        if word == "for" || word == "while" {
            depth += 1;
        }
        if word == "done" {
            depth -= 1;
        }
        let code = line.split(" #").next().unwrap_or_default().trim_end();
        if depth > 0 || code.ends_with('\\') || code.ends_with('|') {
            current.push('\n');
        } else {
            out.push(std::mem::take(&mut current));
        }
    }
    out
}

/// Runs README blocks in order, in one shell, as one transcript: each command after `$ `, its
/// stdout, its stderr after `! ` and a non-zero exit code.
fn readme_transcript(blocks: &[String]) -> String {
    let home = Folder::empty();
    let bin = Path::new(env!("CARGO_BIN_EXE_peerlog")).parent().unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let mut script = String::from("__err=$(mktemp)\n");
    for (n, command) in blocks.iter().flat_map(|b| commands(b)).enumerate() {
        script.push_str(&format!(
            "cat <<'__CMD{n}'\n\n$ {command}\n__CMD{n}\n{{ {command}\n}} 2>\"$__err\"; __rc=$?\n\
             sed -e 's/^/! /' -e 's/^! $/!/' \"$__err\"\n[ $__rc = 0 ] || echo \"[exit $__rc]\"\n"
        ));
    }
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(&script)
        .current_dir(&home.root)
        .env("HOME", &home.root)
        .env("PATH", path)
        .env("PEERLOG_ID_SEED", "readme")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_COUNT", "3")
        .env("GIT_CONFIG_KEY_0", "init.defaultBranch")
        .env("GIT_CONFIG_VALUE_0", "main")
        .env("GIT_CONFIG_KEY_1", "user.name")
        .env("GIT_CONFIG_VALUE_1", "Inese Kalniņa")
        .env("GIT_CONFIG_KEY_2", "user.email")
        .env("GIT_CONFIG_VALUE_2", "inese@example.org")
        .env_remove("PEERLOG_DIR")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.replace(&home.root.canonicalize().unwrap().to_string_lossy().into_owned(), "~")
        .replace(&home.root.to_string_lossy().into_owned(), "~")
}

#[test]
fn readme_tour() {
    let tour = readme_transcript(&[
        sh_block("## A tour", 1),
        sh_block("## The leader's craft", 0),
        sh_block("**Consent per purpose.**", 0),
        sh_block("## The ministry report (Appendix 1)", 0),
        sh_block("## Scripting", 0),
    ]);
    assert!(!tour.contains("[exit "), "a README step failed:\n{tour}");
    insta::assert_snapshot!("readme-tour", tour);
}

#[test]
fn readme_colleague_support() {
    let text =
        readme_transcript(&[sh_block("## The second programme", 0), sh_block("**Corrections.** The commands", 0)]);
    assert!(!text.contains("[exit "), "a README step failed:\n{text}");
    // `support agenda` without --as-of counts days up to today: its output is left out.
    let (before, after) = text.split_once("$ peerlog support agenda").expect("the agenda step");
    let after = &after[after.find("\n\n$ ").expect("a step after the agenda") + 1..];
    let stable = format!("{before}$ peerlog support agenda\n[output left out: it depends on today's date]\n{after}");
    insta::assert_snapshot!("readme-colleague-support", stable);
}

#[test]
fn reports_of_data_example() {
    let f = Folder::example();
    let text = transcripts(
        &f,
        &[
            &["report", "appendix1", "--group", "rigas", "--table-only"],
            &["report", "appendix1", "--group", "rigas", "--names", "initials", "--table-only"],
            &["report", "summary"],
            &["report", "summary", "--format", "json"],
            &["report", "pipeline"],
            &["report", "pipeline", "--format", "json"],
            &["agenda", "--as-of", "2025-06-30"],
            &["agenda", "--as-of", "2025-06-30", "--format", "json"],
            &["consent", "list"],
            &["consent", "list", "--format", "json"],
            &["vocab"],
            &["check"],
            &["group", "list"],
            &["peer", "list"],
            &["consult", "list", "--month", "2025-03"],
            &["feedback", "list"],
        ],
    );
    insta::assert_snapshot!("reports-thematic", text);
}

#[test]
fn reports_of_data_example_colleague() {
    let f = Folder::example_colleague();
    let text = transcripts(
        &f,
        &[
            &["report", "programme", "--year", "2025"],
            &["report", "programme", "--quarter", "2025-Q2", "--format", "json"],
            &["support", "agenda", "--as-of", "2025-06-30"],
            &["support", "agenda", "--as-of", "2025-06-30", "--format", "json"],
            &["check"],
            &["unit", "list"],
            &["support", "list"],
            &["psychologist", "list"],
            &["supervision", "list"],
            &["contact", "list"],
            &["incident", "list"],
            &["referral", "list"],
        ],
    );
    insta::assert_snapshot!("reports-colleague", text);
}

#[test]
fn main_refusals_in_a_thematic_folder() {
    let f = Folder::example();
    let outside = Folder::empty();
    let mut text = transcripts(
        &f,
        &[
            &["group", "lsit"],
            &["consult", "log", "--peer", "ozolina"],
            &["consult", "list", "--from", "2025-13-01"],
            &["peer", "show", "nobody"],
            &["report", "appendix1"],
            &["report", "appendix1", "--group", "rigas", "--month", "2025-3"],
            &["participant", "add", "Anna", "--group", "rigas", "--role", "aunt"],
            &["unit", "list"],
            &["edit", "p-zzzz", "--set", "name=X"],
            &["consent", "give", "berzina", "marketing"],
        ],
    );
    text.push('\n');
    text.push_str(&outside.transcript(&["group", "list"]));
    f.write("groups/g-broken.toml", "id = \"g-broken\"\nname = \n");
    text.push('\n');
    text.push_str(&f.transcript(&["report", "summary"]));
    insta::assert_snapshot!("refusals-thematic", text);
}

#[test]
fn main_refusals_in_a_colleague_folder() {
    let f = Folder::example_colleague();
    let text = transcripts(
        &f,
        &[
            &["group", "list"],
            &["support", "activate", "nobody", "--date", "2025-03-03"],
            &["contact", "log", "--supporter", "ozols", "--date", "2025-04-24", "--kind", "chat"],
            &["incident", "notify", "--date", "2025-05-06", "--category", "flood", "--unit", "x", "--officers", "1"],
            &["report", "programme", "--quarter", "2025-Q5"],
        ],
    );
    insta::assert_snapshot!("refusals-colleague", text);
}
