//! Hand edits kept: comments, blank lines and key order in record files survive every write.

use crate::common::{Folder, consult_log};

/// Puts a whole-line comment above the line starting with `key` and a trailing comment after it.
fn annotate(f: &Folder, rel: &str, key: &str, tag: &str) {
    let text = f.read(rel);
    let line = text.lines().find(|l| l.starts_with(key)).unwrap_or_else(|| panic!("no {key} in {text}")).to_string();
    f.write(rel, &text.replacen(&line, &format!("# {tag}: above\n{line} # {tag}: after"), 1));
}

#[track_caller]
fn assert_kept(f: &Folder, rel: &str, tag: &str) {
    let text = f.read(rel);
    assert!(text.contains(&format!("# {tag}: above\n")), "whole-line comment lost in {rel}:\n{text}");
    assert!(text.contains(&format!(" # {tag}: after\n")), "trailing comment lost in {rel}:\n{text}");
}

/// Lines of `after` not in `before`, and of `before` not in `after`.
fn changed_lines(before: &str, after: &str) -> (Vec<String>, Vec<String>) {
    let only = |x: &str, y: &str| x.lines().filter(|l| !y.lines().any(|m| m == *l)).map(String::from).collect();
    (only(after, before), only(before, after))
}

#[test]
fn comments_survive_every_write() {
    let f = Folder::new();
    let (g, peer, anna, girts) = f.seeded();
    let mut plan = consult_log(&peer, &anna, "2025-03-01", "16:00-17:00", "Tēma");
    plan[1] = "plan";
    let c = f.run(&plan).ok().to_string();
    let consultation = f.files("consultations/").into_iter().find(|p| p.contains(&c)).unwrap();
    let (group, person, peer_file) =
        (format!("groups/{g}.toml"), format!("people/{anna}.toml"), format!("people/{peer}.toml"));
    annotate(&f, &consultation, "place", "c");
    annotate(&f, &group, "venue", "g");
    annotate(&f, &person, "role", "p");
    annotate(&f, &peer_file, "name", "peer");
    // A comment on an entry of the consent list, and on a stage.
    let text = f.read(&peer_file).replacen("[[consent]]", "# consent on paper\n[[consent]]", 1);
    f.write(&peer_file, &text.replacen("stage = \"active\"", "stage = \"active\" # met twice", 1));

    let all = [(&consultation, "c"), (&group, "g"), (&person, "p"), (&peer_file, "peer")];
    let kept = |f: &Folder| {
        for (rel, tag) in all {
            assert_kept(f, rel, tag);
        }
        let peer_text = f.read(&peer_file);
        assert!(
            peer_text.contains("# consent on paper\n[[consent]]") && peer_text.contains("\" # met twice"),
            "{peer_text}"
        );
    };

    // An edit changes one line of each file: the edited one.
    for (rel, id, set, line) in [
        (&consultation, &c, "topic=Cita tēma", "topic = \"Cita tēma\""),
        (&group, &g, "leader=Māra Liepa", "leader = \"Māra Liepa\""),
        (&person, &anna, "birth_date=1985-05-02", "birth_date = 1985-05-02"),
    ] {
        let before = f.read(rel);
        f.run(&["edit", id, "--set", set]).ok();
        let (added, removed) = changed_lines(&before, &f.read(rel));
        assert_eq!(added, [line], "{rel}");
        assert!(removed.len() <= 1, "{rel}: {removed:?}");
    }
    kept(&f);

    let before = f.read(&consultation);
    f.run(&["consult", "log", &c]).ok();
    let (added, _) = changed_lines(&before, &f.read(&consultation));
    assert_eq!(added, ["status = \"held\""]);
    f.run(&["consent", "give", &anna, "peer", "--date", "2025-02-01"]).ok();
    f.run(&["peer", "stage", &peer, "ended", "--date", "2099-04-01", "--note", "Pārcēlās"]).ok();
    f.run(&["erase", &girts, "--yes"]).ok();
    kept(&f);
    assert!(f.read(&person).contains("purpose = \"peer\""));
    assert!(f.read(&peer_file).contains("stage = \"ended\""));
    f.run(&["check"]).ok();
}

#[test]
fn a_record_saved_unchanged_keeps_its_bytes() {
    let f = Folder::new();
    let (g, ..) = f.seeded();
    let rel = format!("groups/{g}.toml");
    let text = format!("# Our group\n\n{}\n# the end\n", f.read(&rel).replace("venue", "# where\nvenue"));
    f.write(&rel, &text);
    // Setting a field to the value it has writes the same bytes.
    let venue = "venue=Rīga, Brīvības iela 1";
    f.run(&["edit", &g, "--set", venue]).ok();
    assert_eq!(f.read(&rel), text);
}
