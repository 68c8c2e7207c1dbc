//! Every show, generic and of each programme, has one shape in every format but JSON: two
//! columns, `field` and `value`; and `rm --cascade` describes what it removes, in the dry run and
//! the run alike.

use crate::common::{Folder, transcripts};
use std::path::Path;

/// The ID of one record of each kind in a folder: the first file of each top-level folder.
fn one_of_each(f: &Folder) -> Vec<String> {
    let mut dirs: Vec<_> = std::fs::read_dir(&f.root).unwrap().map(|e| e.unwrap().path()).collect();
    dirs.sort();
    dirs.iter()
        .filter(|d| d.is_dir() && !d.ends_with("import") && !d.file_name().unwrap().to_string_lossy().starts_with('.'))
        .filter_map(|d| first_record(d))
        .collect()
}

fn first_record(dir: &Path) -> Option<String> {
    let mut entries: Vec<_> = std::fs::read_dir(dir).ok()?.map(|e| e.unwrap().path()).collect();
    entries.sort();
    entries.iter().find_map(|p| {
        if p.is_dir() {
            first_record(p)
        } else if p.extension().is_some_and(|e| e == "toml") {
            Some(p.file_stem()?.to_string_lossy().into_owned())
        } else {
            None
        }
    })
}

/// Asserts a CSV show is `field,value` and two cells on every row, none starting a formula.
#[track_caller]
fn two_columns(args: &[&str], csv_text: &str) {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(csv_text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert!(rows.len() > 2, "{args:?}: too few rows:\n{csv_text}");
    assert_eq!(&rows[0], vec!["field", "value"], "{args:?}:\n{csv_text}");
    for row in &rows {
        assert_eq!(row.len(), 2, "{args:?}: {row:?}");
        assert!(row.iter().all(|c| c == "-" || !c.starts_with(['=', '+', '-', '@'])), "{args:?}: {row:?}");
    }
}

#[test]
fn every_show_of_every_kind_is_field_and_value_in_csv() {
    let mut kinds = Vec::new();
    for f in [Folder::example(), Folder::example_colleague()] {
        for id in one_of_each(&f) {
            kinds.push(id[..2].to_string());
            let mut shows: Vec<Vec<&str>> = vec![vec!["show", &id]];
            let own = match &id[..2] {
                "g-" => Some("group"),
                "c-" => Some("consult"),
                "f-" => Some("feedback"),
                "u-" => Some("unit"),
                "s-" => Some("support"),
                "v-" => Some("supervision"),
                "y-" => Some("psychologist"),
                _ => None,
            };
            shows.extend(own.map(|cmd| vec![cmd, "show", &id]));
            for show in shows {
                let args: Vec<&str> = show.iter().copied().chain(["--format", "csv"]).collect();
                two_columns(&args, f.run(&args).ok());
                two_columns(&args, f.run_lv(&args).ok());
            }
        }
        // A peer is a person with a peer's stages.
        if f.root.join("people").is_dir() {
            let args = ["peer", "show", "Līga Ozoliņa", "--format", "csv"];
            two_columns(&args, f.run(&args).ok());
        }
    }
    kinds.sort();
    assert_eq!(kinds, ["c-", "f-", "g-", "i-", "k-", "p-", "r-", "s-", "u-", "v-", "y-"], "a kind without a record");
}

#[test]
fn a_group_shows_the_same_rows_in_csv_as_in_its_table() {
    let f = Folder::example();
    insta::assert_snapshot!(
        "show-group-csv",
        transcripts(&f, &[&["show", "rigas", "--format", "csv"], &["group", "show", "rigas", "--format", "csv"]])
    );
}

#[test]
fn a_cascading_dry_run_describes_what_it_would_remove() {
    let f = Folder::example();
    let before = f.snapshot();
    let args = ["rm", "ozolina", "--dry-run", "--cascade"];
    let en = f.transcript(&args);
    let lv = crate::common::transcript(&f.root, &args, &f.run_lv(&args));
    assert_eq!(before, f.snapshot(), "a dry run changed the folder");
    insta::assert_snapshot!("rm-dry-run-cascade", format!("{en}\n{lv}"));
}

#[test]
fn a_cascading_rm_describes_what_it_removes_as_its_dry_run_does() {
    let mut out = String::new();
    for (colleague, who) in [(false, "ozolina"), (true, "Jānis Ozols")] {
        for lang in ["en", "lv"] {
            let f = if colleague { Folder::example_colleague() } else { Folder::example() };
            let env = [("PEERLOG_LANG", lang)];
            let dry = f.run_env(&["rm", who, "--cascade", "--dry-run"], &env);
            let args = ["rm", who, "--cascade", "--yes"];
            let run = f.run_env(&args, &env);
            assert_eq!(run.code, 0, "{}", run.stderr);
            // The same IDs on stdout, the same records described on stderr, in the past tense.
            assert_eq!(run.stdout, dry.stdout);
            let past = |line: &str| {
                [
                    ("would remove", "removed"),
                    ("would change", "changed"),
                    ("tiktu dzēsts", "dzēsts"),
                    ("tiktu mainīts", "mainīts"),
                ]
                .iter()
                .fold(line.to_string(), |l, (from, to)| l.replacen(from, to, 1))
            };
            let described = |stderr: &str| {
                stderr.lines().rev().skip(1).collect::<Vec<_>>().into_iter().rev().map(past).collect::<Vec<_>>()
            };
            assert_eq!(described(&run.stderr), described(&dry.stderr), "{lang}: the run and its dry run");
            out.push_str(&crate::common::transcript(&f.root, &args, &run));
            out.push('\n');
        }
    }
    insta::assert_snapshot!("rm-cascade", out);
}

/// A record that only loses a reference must still follow its kind's rules: removing the only
/// attendee of a supervision session is refused, naming the session, in the dry run too, and
/// the folder is left as it was.
#[test]
fn a_cascade_that_would_leave_a_record_breaking_its_rules_is_refused() {
    let f = Folder::example_colleague();
    let session = f
        .files("supervision")
        .into_iter()
        .find(|rel| f.read(rel).contains(r#"present = ["s-5ecjcx8i", "s-5f23x8az", "s-ieifdaqy"]"#))
        .expect("a session of three");
    let id = Path::new(&session).file_stem().unwrap().to_string_lossy().into_owned();
    f.run(&["edit", &id, "--remove", "present=s-5f23x8az", "--remove", "present=s-ieifdaqy"]).ok();
    assert!(f.read(&session).contains(r#"present = ["s-5ecjcx8i"]"#));
    for dry_run in [&["--dry-run"][..], &["--yes"]] {
        let args = [&["rm", "s-5ecjcx8i", "--cascade"][..], dry_run].concat();
        crate::common::refused(&f, &args, 1, &["would leave records", &id, "nobody present", "nothing was changed"]);
    }
    let lv = f.run_lv(&["rm", "s-5ecjcx8i", "--cascade", "--yes"]);
    assert_eq!(lv.code, 1);
    assert!(lv.stderr.contains("vairs neatbilstu noteikumiem") && lv.stderr.contains(&id), "{}", lv.stderr);
}
