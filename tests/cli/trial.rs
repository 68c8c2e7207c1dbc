//! What a new user tried from the README, in both programmes and both languages: refusals with
//! the exit code of the documented rule, dry runs that say they changed nothing, reports that say
//! where they wrote.

use crate::common::*;

/// The runs of a new user's trial, as one transcript in the language `lv` chooses.
fn tried(f: &Folder, runs: &[&[&str]], lv: bool) -> String {
    let run = |args: &[&str]| if lv { f.run_lv(args) } else { f.run(args) };
    runs.iter().map(|args| transcript(&f.root, args, &run(args))).collect::<Vec<_>>().join("\n")
}

#[test]
fn refusals_and_dry_runs_a_new_user_met_in_a_thematic_folder() {
    for lv in [false, true] {
        let f = Folder::example();
        let before = f.snapshot();
        let text = tried(
            &f,
            &[
                // A name is taken where edit and rm take it; what names nothing is refused with exit 1.
                &["show", "berzina"],
                &["show", "nosuch"],
                &["consult", "show", "nosuch"],
                &["edit", "", "--set", "name=Anna"],
                &["show", " "],
                // Dry runs say what they would do and that nothing changed.
                &["erase", "berzina", "--dry-run"],
                &["rm", "berzina", "--dry-run", "--cascade"],
                &["report", "overview", "--format", "xlsx"],
                &["consult", "list", "--from", "15-10-25"],
            ],
            lv,
        );
        assert_eq!(before, f.snapshot(), "a refusal or a dry run changed the folder");
        // Every report says where it wrote.
        let wrote = tried(
            &f,
            &[
                &["report", "summary", "--output", "summary.csv"],
                &["report", "pipeline", "--output", "pipeline.json"],
                &["report", "appendix1", "--group", "rigas", "--output", "appendix1.csv"],
                &["report", "overview", "--format", "html", "--output", "overview.html"],
            ],
            lv,
        );
        for file in ["summary.csv", "pipeline.json", "appendix1.csv", "overview.html"] {
            assert!(f.path(file).exists(), "{file}");
        }
        let name = if lv { "trial-thematic-lv" } else { "trial-thematic" };
        insta::assert_snapshot!(name, format!("{text}\n{wrote}"));
    }
}

#[test]
fn refusals_and_messages_a_new_user_met_in_a_colleague_folder() {
    for lv in [false, true] {
        let f = Folder::example_colleague();
        let before = f.snapshot();
        let text = tried(
            &f,
            &[
                &["show", "nosuch"],
                // A unit and a psychologist's contact both bear the town's name.
                &["show", "daugavpils"],
                &["edit", "", "--set", "name=Jānis"],
                &["show", "g-abcd"],
            ],
            lv,
        );
        assert_eq!(before, f.snapshot(), "a refusal changed the folder");
        let more = tried(
            &f,
            &[
                // Names are taken as in a thematic folder.
                &["show", "zariņa", "--format", "csv"],
                &["edit", "ozols", "--set", "name=Jānis Ozoliņš"],
                // Training added for someone already active says so, not "make them active".
                &["support", "train", "ozolins", "--date", "2025-06-02", "--hours", "2"],
                &["report", "programme", "--year", "2025", "--output", "programme.csv"],
                &["report", "programme", "--year", "2025", "--format", "table", "--output", "programme.txt"],
            ],
            lv,
        );
        let name = if lv { "trial-colleague-lv" } else { "trial-colleague" };
        insta::assert_snapshot!(name, format!("{text}\n{more}"));
    }
}

/// A duplicate training day, as a hand edit or a git merge leaves it: `check` names it and
/// `edit --remove` takes out one entry of the day, after which the folder checks without errors.
#[test]
fn a_training_day_typed_twice_by_hand_is_removable() {
    let f = Folder::example_colleague();
    let file = "supporters/s-5ecjcx8i.toml";
    let text = f.read(file);
    let day = "[[training]]\ndate = 2025-02-03\nhours = 6\n";
    assert!(text.contains(day), "{text}");
    f.write(file, &text.replace(day, &format!("{day}\n{day}")));
    let check = f.run(&["check"]);
    assert!(check.code == 1 && check.stdout.contains("two training entries on 2025-02-03"), "{}", check.stdout);
    f.run(&["edit", "s-5ecjcx8i", "--remove", "training=2025-02-03"]).ok();
    let after = f.read(file);
    assert_eq!(after.matches("date = 2025-02-03").count(), 1, "{after}");
    let check = f.run(&["check"]);
    assert!(!check.ok().contains("error"), "{}", check.stdout);
}

/// A folder others may read is warned about by its path alone: a folder has no line or column.
#[cfg(unix)]
#[test]
fn a_wide_folder_is_named_without_a_line_and_column() {
    use std::os::unix::fs::PermissionsExt;
    let f = Folder::example();
    std::fs::set_permissions(f.path("consultations"), std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = f.run(&["check"]).ok().to_string();
    let line = out.lines().find(|l| l.contains("readable by others")).unwrap_or_default().to_string();
    assert!(line.starts_with("consultations: warning: readable by others (mode 755)"), "{out}");
    let json = f.run(&["check", "--format", "json"]).ok().to_string();
    assert!(json.contains("\"path\": \"consultations\",\n      \"line\": 0,\n      \"column\": 0"), "{json}");
}
