//! Help with examples, completions, man pages, colour, --quiet and exit codes.

use crate::common::*;

/// The subcommands a `--help` text lists.
fn subcommands(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|l| l.trim() != "Commands:")
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        // Command lines are indented by two; wrapped descriptions by more.
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_string)
        .collect()
}

#[test]
fn every_help_ends_with_an_example() {
    let f = Folder::empty();
    let mut queue: Vec<Vec<String>> = vec![vec![]];
    let mut seen = 0;
    while let Some(path) = queue.pop() {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let help = f.run(&args).ok().to_string();
        seen += 1;
        // The last paragraph is "Example:" or "Examples:" followed by indented command lines.
        let last = help.rsplit("\n\n").next().unwrap();
        let mut lines = last.lines();
        let heading = lines.next().unwrap_or_default();
        assert!(
            heading == "Example:" || heading == "Examples:",
            "`peerlog {}` does not end with an example:\n{help}",
            path.join(" ")
        );
        let body: Vec<&str> = lines.collect();
        assert!(!body.is_empty(), "`peerlog {} --help`: empty example", path.join(" "));
        assert!(
            body[0].trim_start().starts_with("peerlog ") && body.iter().all(|l| l.starts_with("  ")),
            "`peerlog {} --help`: the example is not a peerlog command line:\n{last}",
            path.join(" ")
        );
        for sub in subcommands(&help) {
            let mut next = path.clone();
            next.push(sub);
            queue.push(next);
        }
    }
    assert!(seen > 25, "only {seen} help texts found; is the Commands: parsing broken?");
}

#[test]
fn completions_for_four_shells() {
    let f = Folder::empty();
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef peerlog"),
        ("fish", "complete -c peerlog"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let out = f.run(&["completions", shell]).ok().to_string();
        assert!(out.contains(marker), "{shell}: {marker} missing");
        for sub in ["consult", "import", "edit", "export"] {
            assert!(out.contains(sub), "{shell} completion lacks {sub}");
        }
    }
    refused(&f, &["completions", "tcsh"], 2, &["tcsh"]);
}

#[test]
fn man_pages() {
    let f = Folder::empty();
    let page = f.run(&["man"]).ok().to_string();
    assert!(page.contains(".TH peerlog"), "{page}");
    for heading in [
        "NAME",
        "SYNOPSIS",
        "DESCRIPTION",
        "OPTIONS",
        "COMMANDS",
        "ENVIRONMENT",
        "FILES",
        "\"EXIT STATUS\"",
        "EXAMPLES",
    ] {
        assert!(page.contains(&format!("\n.SH {heading}\n")), "no {heading} section");
    }
    f.run(&["man", "--output-dir", "man1"]).ok();
    let dir = f.path("man1");
    for page in ["peerlog.1", "peerlog-consult-log.1", "peerlog-import.1", "peerlog-edit.1"] {
        assert!(dir.join(page).is_file(), "{page} missing");
    }
    // Every page links only to pages that were written: no peerlog-help(1).
    for entry in std::fs::read_dir(&dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for link in text.split("\\fB").skip(1).filter_map(|s| s.split_once("\\fR(1)")).map(|(name, _)| name) {
            assert!(dir.join(format!("{link}.1")).is_file(), "a link to {link}(1), which was not written");
        }
    }
    assert!(!dir.join("peerlog-help.1").exists());
}

/// Renders the pages with `man` where it is installed: no warnings, and the sections as a reader
/// sees them, NAME on one line.
#[test]
fn man_pages_render_with_man() {
    let have_man = std::process::Command::new("man").arg("--version").output().is_ok_and(|o| o.status.success());
    if !have_man {
        eprintln!("skipped: `man` is not installed (apt-get install man-db)");
        return;
    }
    let f = Folder::empty();
    f.run(&["man", "--output-dir", "man1"]).ok();
    for entry in std::fs::read_dir(f.path("man1")).unwrap() {
        let path = entry.unwrap().path();
        let out = std::process::Command::new("man")
            .args(["--warnings", "-l"])
            .arg(&path)
            .env("MANWIDTH", "200")
            .env("MANPAGER", "cat")
            .env("LC_ALL", "C.UTF-8")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success() && out.stderr.is_empty(),
            "{}: {}",
            path.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        let lines: Vec<&str> = text.lines().collect();
        let name = lines.iter().position(|l| *l == "NAME").expect("NAME");
        assert!(lines[name + 2].trim().is_empty(), "{}: NAME is more than one line:\n{text}", path.display());
        for heading in ["SYNOPSIS", "DESCRIPTION"] {
            assert!(lines.contains(&heading), "{}: no {heading}", path.display());
        }
        if path.ends_with("peerlog.1") {
            for needle in [
                "ENVIRONMENT",
                "PEERLOG_DIR",
                "NO_COLOR",
                "FILES",
                "peerlog.toml",
                "EXIT STATUS",
                "EXAMPLES",
                "COMMANDS",
            ] {
                assert!(text.contains(needle), "peerlog(1) lacks {needle}");
            }
        }
    }
}

#[test]
fn colour_only_on_a_terminal_and_never_with_no_color() {
    let f = Folder::new();
    f.seeded();
    const ESC: char = '\u{1b}';
    // Not a terminal (the tests capture the streams): plain text.
    let plain = f.run(&["group", "show", "nowhere"]);
    plain.fails(1, &["error: "]);
    assert!(!plain.stderr.contains(ESC));
    assert!(!f.run(&["group", "list"]).stdout.contains(ESC));
    // Forced colour (as a terminal would get): a coloured error label and bold table headers.
    let forced = f.run_env(&["group", "show", "nowhere"], &[("CLICOLOR_FORCE", "1")]);
    assert!(forced.stderr.contains(ESC), "{:?}", forced.stderr);
    assert!(f.run_env(&["group", "list"], &[("CLICOLOR_FORCE", "1")]).stdout.contains(ESC));
    // NO_COLOR wins over everything.
    let never = f.run_env(&["group", "show", "nowhere"], &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]);
    assert!(!never.stderr.contains(ESC), "{:?}", never.stderr);
    let table = f.run_env(&["group", "list"], &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]);
    assert!(!table.stdout.contains(ESC));
}

#[test]
fn quiet_leaves_only_results_and_errors() {
    let f = Folder::example();
    let loud = f.run(&["import", "participants", "import/participants.csv", "--dry-run"]);
    assert!(loud.ok().is_empty() && loud.stderr.contains("all 4 rows are good"));
    let quiet = f.run(&["--quiet", "import", "participants", "import/participants.csv"]);
    assert_eq!(quiet.ok().lines().count(), 4, "the four new IDs");
    assert_eq!(quiet.stderr, "");
    // Errors still show.
    f.run(&["-q", "edit", "c-nothing", "--set", "topic=X"]).fails(1, &["c-nothing"]);
}

#[test]
fn exit_codes_of_the_new_commands() {
    let f = Folder::example();
    let c = super::consultation_id(&f, "Līga Ozoliņa", "Dace Šmite", "2025-03-14");
    // 0: success.
    f.run(&["edit", &c, "--set", "topic=Jauna tēma"]).ok();
    f.run(&["export"]).ok();
    // 1: refused for the data's sake.
    refused(&f, &["edit", &c, "--set", "date=31.02.2025"], 1, &["date", "31.02.2025"]);
    refused(&f, &["import", "participants", "missing.csv"], 1, &["missing.csv"]);
    // 2: bad usage.
    refused(&f, &["edit", &c, "--set", "colour=red"], 2, &["colour", "topic"]);
    refused(&f, &["edit", &c, "--set", "topic"], 2, &["FIELD=VALUE"]);
    refused(&f, &["edit", "berzina", "--set", "topic=X"], 2, &["a person has no field 'topic'"]);
    refused(&f, &["rm"], 2, &["<ID>"]);
    refused(&f, &["import", "groups", "x.csv"], 2, &["groups"]);
    let outside = Folder::empty();
    outside.run(&["export"]).fails(2, &["no peerlog folder"]);
}
