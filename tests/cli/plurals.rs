//! Counts in messages take the singular for one and the plural for more, in both languages
//! (Latvian also the form of 0, 10–20, 30, …: "0 konsultāciju").

use crate::common::*;

#[test]
fn counts_are_singular_for_one_and_plural_for_more() {
    let f = Folder::example();
    let mut out = String::new();
    for lang in ["en", "lv"] {
        for before in ["2025-03-12", "2025-03-15"] {
            let run = f.run(&["--lang", lang, "purge", "--before", before, "--dry-run"]);
            run.ok();
            out.push_str(&run.stderr);
        }
        let run = f.run(&["--lang", lang, "export", "--output", "all.json"]);
        run.ok();
        out.push_str(&run.stderr.replace(&*f.root.to_string_lossy(), "FOLDER"));
        std::fs::remove_file(f.root.join("all.json")).unwrap();
    }
    assert!(out.contains("would remove 1 feedback from before 2025-03-12"), "{out}");
    assert!(out.contains("would remove 2 consultations, 2 feedback from before 2025-03-15"), "{out}");
    assert!(out.contains("2025-03-12: 1 atgriezeniskā saite"), "{out}");
    assert!(out.contains("2025-03-15: 2 konsultācijas, 2 atgriezeniskās saites"), "{out}");
    insta::assert_snapshot!("plural-counts", out);
}
