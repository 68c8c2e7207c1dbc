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

/// Latvian counts take three forms: 1, 21, 31, … (`21 konsultācija`), 2–9, 22–29, …
/// (`6 atgriezeniskās saites`) and 0, 10–20, 30, … (`0 ierakstu`, `11 konsultāciju`).
#[test]
fn latvian_counts_of_purge_take_the_forms_of_0_10_to_20_and_21() {
    let f = Folder::example();
    let mut out = String::new();
    let mut lv = |args: &[&str]| {
        let run = f.run_lv(args);
        run.ok();
        out.push_str(&run.stderr);
    };
    lv(&["purge", "--before", "2020-01-01", "--dry-run"]);
    lv(&["purge", "--before", "2025-12-31", "--dry-run"]);
    // Ten more consultations make 21.
    let rows: String =
        (1..=10).map(|d| format!("Līga Ozoliņa,Ilze Krīgere,2025-05-{d:02},10:00-11:00,Rīga,Robežas,held\n")).collect();
    f.write("ten.csv", &format!("peer,recipient,date,time,place,topic,status\n{rows}"));
    lv(&["import", "consultations", "ten.csv"]);
    lv(&["purge", "--before", "2025-12-31", "--dry-run"]);
    assert_eq!(
        out,
        "tiktu dzēsts 0 ierakstu no laika pirms 2020-01-01\n\
         tiktu dzēsti ieraksti no laika pirms 2025-12-31: 11 personu, 11 konsultāciju, 6 atgriezeniskās saites\n\
         no ten.csv importēts 10 ierakstu (konsultācijas)\n\
         tiktu dzēsti ieraksti no laika pirms 2025-12-31: 11 personu, 21 konsultācija, 6 atgriezeniskās saites\n"
    );
}
