//! The generic commands on every kind of record (`edit`, `rm`, `show`, `erase`, `purge`,
//! `check`), in a colleague-support folder as a coordinator corrects it, and the uniqueness
//! rules of `check` after a merge of two clones.

use crate::common::*;
use std::path::Path;

/// A private copy of data-example-colleague.
fn example() -> Folder {
    let f = Folder::empty();
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data-example-colleague"), &f.root);
    f
}

/// `check` passes with only the example's one warning.
#[track_caller]
fn clean(f: &Folder) {
    let run = f.run(&["check"]);
    assert!(run.ok().ends_with(": 1 warning"), "{}", run.stdout);
}

const IVANOVS: &str = "s-2sfxzudz";
const OZOLS: &str = "s-5ecjcx8i";

#[test]
fn a_support_persons_misspelt_name_is_corrected_with_the_checks_of_nominate() {
    let f = example();
    f.run(&["edit", OZOLS, "--set", "name=Jānis Ozoliņš"]).ok();
    assert!(f.read(&format!("supporters/{OZOLS}.toml")).contains("name = \"Jānis Ozoliņš\""));
    let shown = f.run(&["show", OZOLS, "--format", "csv"]);
    assert!(shown.ok().lines().any(|l| l == "name,Jānis Ozoliņš"), "{}", shown.stdout);
    clean(&f);

    // The same refusals as the command that adds one: a second person of that name in the
    // unit, a unit that does not exist, an empty name; a field that does not exist is bad usage.
    refused(&f, &["edit", IVANOVS, "--set", "name=jānis ozoliņš"], 1, &["of the same unit has the same name", OZOLS]);
    refused(&f, &["edit", OZOLS, "--set", "unit=Ventspils"], 1, &["no unit is called 'Ventspils'"]);
    refused(&f, &["edit", OZOLS, "--set", "name="], 1, &["name is required"]);
    refused(&f, &["edit", OZOLS, "--set", "colleague=Anna"], 2, &["has no field 'colleague'"]);
    refused(&f, &["edit", OZOLS, "--set", "date=2025-01-01"], 2, &["ambiguous", "interview.date", "ended.date"]);
    refused(&f, &["edit", OZOLS, "--set", "interview.date=2024-12-01"], 1, &["before the application"]);
    // A change that breaks the records that refer to it: contacts need an active support person.
    refused(&f, &["edit", OZOLS, "--set", "active_since=2025-12-01"], 1, &["would break records that refer to it"]);
}

#[test]
fn a_training_day_typed_twice_is_removed_from_the_ledger() {
    let f = example();
    // `support train` refuses a second entry of a day; two clones that each recorded it merge into two.
    let path = format!("supporters/{IVANOVS}.toml");
    f.write(&path, &format!("{}\n[[training]]\ndate = 2025-02-03\nhours = 6\n", f.read(&path)));
    f.run(&["check"]).fails(1, &[]);
    assert_eq!(f.read(&path).matches("date = 2025-02-03").count(), 2);
    f.run(&["edit", IVANOVS, "--remove", "training=2025-02-03"]).ok();
    assert_eq!(f.read(&path).matches("date = 2025-02-03").count(), 1, "one of the two sessions stays");
    refused(&f, &["edit", IVANOVS, "--remove", "training=2025-07-01"], 1, &["holds no '2025-07-01'"]);
    clean(&f);
}

#[test]
fn a_contact_is_removed_and_what_refers_to_it_is_named_first() {
    let f = example();
    // k-j2hfrky3 is the contact a referral came from.
    refused(&f, &["rm", "k-j2hf"], 1, &["referred to by 1 record", "r-8k6u8v7a (referral on 2025-04-24) as contact"]);
    let dry = f.run(&["rm", "k-j2hf", "--cascade", "--dry-run"]);
    assert_eq!(dry.ok(), "k-j2hfrky3");
    assert!(dry.stderr.contains("would change r-8k6u8v7a"), "{}", dry.stderr);
    f.run(&["rm", "k-j2hf", "--cascade", "--yes"]).ok();
    assert!(f.files("contacts/").iter().all(|p| !p.contains("k-j2hfrky3")));
    assert!(!f.read("referrals/2025/r-8k6u8v7a.toml").contains("\ncontact ="), "the referral only loses the reference");
    clean(&f);

    // A contact nobody refers to goes at once; a support person with contacts only with --cascade.
    let lone =
        f.files("contacts/").into_iter().find(|p| !p.contains("k-5u3s84tr") && !p.contains("k-cz9vmd24")).unwrap();
    let id = Path::new(&lone).file_stem().unwrap().to_string_lossy().to_string();
    f.run(&["rm", &id]).ok();
    refused(&f, &["rm", OZOLS], 1, &["support contact on", "as supporter"]);
    clean(&f);
}

#[test]
fn a_support_person_is_erased_from_every_record() {
    let f = example();
    // A candidate not approved, with a reason that names Ivanovs.
    let unit = "u-ifb7sf4d";
    let cand = f
        .run(&[
            "support",
            "nominate",
            "Rita Kalna",
            "--unit",
            unit,
            "--applied",
            "2025-03-01",
            "--team-nominated",
            "--voluntary",
            "--superior-agreed",
        ])
        .ok()
        .to_string();
    f.run(&[
        "support",
        "interview",
        &cand,
        "--date",
        "2025-03-10",
        "--psychologist",
        "rozite",
        "--decision",
        "not-approved",
        "--reason",
        "Strādā maiņās ar Pāvelu Ivanovu",
    ])
    .ok();
    let before = f.snapshot();
    let dry = f.run(&["erase", "pāvels ivanovs", "--dry-run"]);
    assert!(
        dry.ok().contains(&format!("supporters/{IVANOVS}.toml"))
            && dry.ok().contains(&format!("supporters/{cand}.toml"))
    );
    assert!(before == f.snapshot(), "--dry-run wrote");

    let run = f.run(&["erase", "pāvels ivanovs", "--yes"]);
    assert!(
        run.ok().contains(&format!("supporters/{cand}.toml: name cut from the interview reason")),
        "{}",
        run.stdout
    );
    // The surname in every case form; the first name alone stays in the records of others.
    let left: Vec<_> =
        f.snapshot().into_iter().filter(|(_, b)| String::from_utf8_lossy(b).contains("Ivanov")).collect();
    assert!(left.is_empty(), "Ivanov is still in {:?}", left.iter().map(|(p, _)| p).collect::<Vec<_>>());
    let own = f.read(&format!("supporters/{IVANOVS}.toml"));
    assert!(own.contains("name = \"[dzēsts]\"") && own.contains("erased = "), "{own}");
    let again = f.run(&["erase", IVANOVS, "--yes"]);
    assert!(
        again.stderr.contains("was erased on") && again.stderr.contains("no record holds their name"),
        "{}",
        again.stderr
    );
    refused(&f, &["erase", "u-ifb7"], 2, &["a unit is not a person"]);
    clean(&f);
}

#[test]
fn check_finds_what_two_clones_added_twice() {
    let f = example();
    // Each clone added the same unit and the same psychologist, with IDs of their own.
    for (dir, id, copy) in [("units", "u-ifb7sf4d", "u-merged22"), ("psychologists", "y-tgwjmccb", "y-merged22")] {
        let text = f.read(&format!("{dir}/{id}.toml")).replace(id, copy);
        f.write(&format!("{dir}/{copy}.toml"), &text);
    }
    let run = f.run(&["check"]);
    run.fails(1, &[]);
    assert!(
        run.stdout.contains(
            "units/u-merged22.toml:2:1: error: u-ifb7sf4d (units/u-ifb7sf4d.toml) is a unit of the same name"
        ),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("units/u-ifb7sf4d.toml:2:1: error: u-merged22"), "both are named: {}", run.stdout);
    assert!(run.stdout.contains("psychologists/y-merged22.toml:2:1: error: y-tgwjmccb"), "{}", run.stdout);
    // Removing one of them (nothing refers to the copy) makes the folder whole again.
    f.run(&["rm", "u-merged22"]).ok();
    f.run(&["rm", "y-merged22"]).ok();
    clean(&f);

    // Two participants of one name in one group.
    let t = Folder::new();
    let (g, ..) = t.seeded();
    let anna = t.run(&["participant", "add", "Rūta Lapa", "--group", &g, "--role", "parent"]).ok().to_string();
    let copy = t.read(&format!("people/{anna}.toml")).replace(&anna, "p-merged22");
    t.write("people/p-merged22.toml", &copy);
    let run = t.run(&["check"]);
    run.fails(1, &[]);
    assert!(
        run.stdout.contains(&format!(
            "people/p-merged22.toml:2:1: error: {anna} (people/{anna}.toml) of the same group has the same name"
        )),
        "{}",
        run.stdout
    );
}

#[test]
fn purge_in_a_colleague_folder_keeps_what_later_records_need() {
    let f = example();
    let run = f.run(&["purge", "--before", "2025-05-01", "--dry-run"]);
    let listed = run.ok().to_string();
    // Contacts and referrals before May go (the April referral with the contact it came from);
    // what a later record refers to stays, and so do support persons still serving and units.
    for gone in ["contacts/2025/k-fbynywdw.toml", "contacts/2025/k-j2hfrky3.toml", "referrals/2025/r-8k6u8v7a.toml"] {
        assert!(listed.contains(gone), "{gone} is not listed: {listed}");
    }
    assert!(!listed.contains("supporters/") && !listed.contains("units/"), "{listed}");
    f.run(&["purge", "--before", "2025-05-01", "--yes"]).ok();
    let run = f.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
}

#[test]
fn show_prints_any_record() {
    let f = example();
    let table = f.run(&["show", "y-tgwj"]);
    assert!(table.ok().contains("Mārtiņš Kalējs") && table.ok().contains("referred to by"), "{}", table.stdout);
    let json: serde_json::Value = serde_json::from_str(f.run(&["show", "r-8k6u", "--format", "json"]).ok()).unwrap();
    assert_eq!(json["contact"], "k-j2hfrky3");
    assert_eq!(json["suggested"], "2025-04-24");
    f.run(&["show", "g-abc"]).fails(1, &["is a group ID, and this is a colleague-support folder"]);
}

#[test]
fn a_coordinators_spreadsheets_import_into_a_colleague_folder() {
    let f = example();
    f.write(
        "units.csv",
        "name;service;region\nTukuma iecirknis;Valsts policija;Kurzeme\n\
         Rīgas reģiona pārvaldes Kurzemes iecirknis;Valsts policija;Rīga\n",
    );
    refused(
        &f,
        &["import", "units", "units.csv"],
        1,
        &["units.csv:3: name:", "is a unit of the same name", "1 of 2 rows"],
    );
    f.write("units.csv", "name;service;region\nTukuma iecirknis;Valsts policija;Kurzeme\n");
    let unit = f.run(&["import", "units", "units.csv"]).ok().to_string();
    assert!(unit.starts_with("u-"), "{unit}");

    // Support persons need what `support nominate` needs: voluntary, the superior's agreement.
    let header = "name,unit,applied,team_nominated,voluntary,superior_agreed\n";
    f.write(
        "people.csv",
        &format!(
            "{header}Rita Kalna,Tukuma iecirknis,2025-03-01,yes,yes,yes\nEdgars Zars,tukuma,2025-03-02,no,no,yes\n"
        ),
    );
    refused(&f, &["import", "supporters", "people.csv"], 1, &["people.csv:3: voluntary:"]);
    f.write("people.csv", &format!("{header}Rita Kalna,Tukuma iecirknis,2025-03-01,yes,yes,yes\n"));
    let rita = f.run(&["import", "supporters", "people.csv"]).ok().to_string();

    // Training days from the course's attendance sheet; one before the interview is refused.
    f.run(&[
        "support",
        "interview",
        &rita,
        "--date",
        "2025-03-10",
        "--psychologist",
        "rozite",
        "--decision",
        "approved",
    ])
    .ok();
    f.write("training.csv", "supporter,date,hours\nRita Kalna,2025-03-17,6\nRita Kalna,2025-03-01,6\n");
    refused(&f, &["import", "training", "training.csv"], 1, &["training.csv:3:", "before the approving interview"]);
    f.write("training.csv", "supporter,date,hours\nRita Kalna,2025-03-17,6\nRita Kalna,2025-03-18,4.5\n");
    f.run(&["import", "training", "training.csv"]).ok();
    let json: serde_json::Value = serde_json::from_str(f.run(&["show", &rita, "--format", "json"]).ok()).unwrap();
    assert_eq!(json["training"].as_array().unwrap().len(), 2);

    // Contacts: facts only, by an active support person.
    let header = "date,supporter,unit,kind,help_suggested\n";
    f.write(
        "contacts.csv",
        &format!(
            "{header}2025-05-02,Jānis Ozols,u-ifb7sf4d,crisis,yes\n2025-05-03,Rita Kalna,Tukuma iecirknis,crisis,no\n"
        ),
    );
    refused(
        &f,
        &["import", "contacts", "contacts.csv"],
        1,
        &["contacts.csv:3: supporter:", "not an active support person"],
    );
    f.write("contacts.csv", &format!("{header}2025-05-02,Jānis Ozols,u-ifb7sf4d,crisis,yes\n"));
    f.run(&["import", "contacts", "contacts.csv"]).ok();
    for file in ["units.csv", "people.csv", "training.csv", "contacts.csv"] {
        std::fs::remove_file(f.path(file)).unwrap();
    }
    clean(&f);
    f.run(&["import", "participants", "x.csv"]).fails(2, &[]);
}

#[test]
fn a_second_answer_is_refused_after_the_folder_changed_by_hand() {
    let (f, cache, c1, c2, f1) = two_consultations_one_answer();
    let env = [("XDG_CACHE_HOME", cache.path().to_str().unwrap())];
    f.run_env(&feedback_args(&c1, "recipient", "2025-03-06"), &env)
        .fails(1, &[&f1, "already holds recipient feedback"]);
    // An answer about the second consultation arrives by a merge: a new file in the year folder.
    let text = f.read(&format!("feedback/2025/{f1}.toml")).replace(&f1, "f-merged22").replace(&c1, &c2);
    f.write("feedback/2025/f-merged22.toml", &text);
    let run = f.run_env(&feedback_args(&c2, "recipient", "2025-03-06"), &env);
    run.fails(1, &["f-merged22 already holds recipient feedback"]);
    // And one removed by hand no longer counts.
    std::fs::remove_file(f.path(&format!("feedback/2025/{f1}.toml"))).unwrap();
    f.run_env(&feedback_args(&c1, "recipient", "2025-03-06"), &env).ok();
}

/// While the year folder itself changed lately, every file's stamp is compared.
#[test]
fn a_second_answer_is_refused_after_a_file_was_edited_in_place_with_its_size_and_time_kept() {
    let (f, cache, c1, c2, f1) = two_consultations_one_answer();
    let env = [("XDG_CACHE_HOME", cache.path().to_str().unwrap())];
    let rel = format!("feedback/2025/{f1}.toml");
    let old = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_600_000_000);
    let set_time = || std::fs::File::options().write(true).open(f.path(&rel)).unwrap().set_modified(old).unwrap();
    set_time();
    // The cache learns the file as it is (another answer is recorded meanwhile).
    f.run_env(&feedback_args(&c2, "peer", "2025-03-05"), &env).ok();
    // By hand, in place: the answer is about the second consultation now; the file keeps its
    // size, its modification time and its folder's time.
    let before = std::fs::metadata(f.path(&rel)).unwrap();
    f.write(&rel, &f.read(&rel).replace(&c1, &c2));
    set_time();
    let after = std::fs::metadata(f.path(&rel)).unwrap();
    assert_eq!((before.len(), before.modified().unwrap()), (after.len(), after.modified().unwrap()));
    f.run_env(&feedback_args(&c2, "recipient", "2025-03-06"), &env)
        .fails(1, &[&format!("{f1} already holds recipient feedback")]);
    f.run_env(&feedback_args(&c1, "recipient", "2025-03-06"), &env).ok();
}

#[test]
fn a_year_folder_unchanged_since_is_trusted_so_an_answer_edited_in_place_is_left_to_check() {
    let (f, cache, c1, c2, f1) = two_consultations_one_answer();
    let env = [("XDG_CACHE_HOME", cache.path().to_str().unwrap())];
    // The year folder settles (its files' and its own times older than the two seconds a clock
    // tick may take): the next look-up compares every file and from then on trusts the folder
    // while it is unchanged; peerlog's own writes keep the cache current.
    settle(&f, "feedback/2025");
    f.run_env(&feedback_args(&c1, "peer", "2025-03-05"), &env).ok();
    f.run_env(&feedback_args(&c1, "recipient", "2025-03-06"), &env)
        .fails(1, &[&f1, "already holds recipient feedback"]);
    // A file added by hand (a merge) changes the folder: seen.
    let merged = f.read(&format!("feedback/2025/{f1}.toml")).replace(&f1, "f-merged22").replace(&c1, &c2);
    f.write("feedback/2025/f-merged22.toml", &merged);
    f.run_env(&feedback_args(&c2, "recipient", "2025-03-06"), &env)
        .fails(1, &["f-merged22 already holds recipient feedback"]);
    std::fs::remove_file(f.path("feedback/2025/f-merged22.toml")).unwrap();
    settle(&f, "feedback/2025");
    f.run_env(&feedback_args(&c2, "peer", "2025-03-06"), &env).ok();
    // By hand, in place: the first answer is about the second consultation now, and the folder
    // is unchanged. `feedback record` does not see it; `check` does.
    let rel = format!("feedback/2025/{f1}.toml");
    f.write(&rel, &f.read(&rel).replace(&c1, &c2));
    f.run_env(&feedback_args(&c2, "recipient", "2025-03-07"), &env).ok();
    let check = f.run_env(&["check"], &env);
    assert!(check.stdout.contains("also holds recipient feedback"), "{}", check.stdout);
    // What the cache still says of the edited file does not refuse an answer about the first.
    f.run_env(&feedback_args(&c1, "recipient", "2025-03-07"), &env).ok();
}

#[test]
fn a_record_is_found_by_id_where_it_was_last_seen_and_after_it_moved() {
    let cache = tempfile::tempdir().unwrap();
    let env = [("XDG_CACHE_HOME", cache.path().to_str().unwrap())];
    let f = Folder::new();
    let (_, peer, anna, _) = f.seeded();
    let c = f.run(&consult_log(&peer, &anna, "2025-03-01", "16:00-17:00", "Robežas")).ok().to_string();
    let day = |d: &str| format!("consultations/2025/{d}/{c}.toml");
    assert!(f.run_env(&["show", &c], &env).ok().contains("2025-03-01"));
    // Moved by peerlog, then by hand: found where it is now.
    f.run_env(&["edit", &c, "--set", "date=2025-03-08"], &env).ok();
    assert!(f.run_env(&["show", &c], &env).ok().contains("2025-03-08"));
    std::fs::create_dir_all(f.path("consultations/2025/2025-03-09")).unwrap();
    std::fs::rename(f.path(&day("2025-03-08")), f.path(&day("2025-03-09"))).unwrap();
    f.write(&day("2025-03-09"), &f.read(&day("2025-03-09")).replace("2025-03-08", "2025-03-09"));
    assert!(f.run_env(&["show", &c], &env).ok().contains("2025-03-09"));
    // Removed: not found, although remembered.
    f.run_env(&["rm", &c], &env).ok();
    f.run_env(&["show", &c], &env).fails(1, &[&c]);
    // A link put where it was remembered is not followed.
    let other = f.run(&consult_log(&peer, &anna, "2025-04-01", "16:00-17:00", "Robežas")).ok().to_string();
    f.run_env(&["show", &other], &env).ok();
    let place = format!("consultations/2025/2025-04-01/{other}.toml");
    std::fs::rename(f.path(&place), f.path("elsewhere.toml")).unwrap();
    std::os::unix::fs::symlink(f.path("elsewhere.toml"), f.path(&place)).unwrap();
    let shown = f.run_env(&["show", &other], &env);
    assert_ne!(shown.code, 0, "{}", shown.stdout);
}

/// A folder with two consultations of one peer (with Anna, then with Ģirts) and Anna's answer
/// to the first, recorded with a cache folder of its own: the folder, the cache folder, both
/// consultations' IDs and the answer's.
fn two_consultations_one_answer() -> (Folder, tempfile::TempDir, String, String, String) {
    let cache = tempfile::tempdir().unwrap();
    let env = [("XDG_CACHE_HOME", cache.path().to_str().unwrap())];
    let f = Folder::new();
    let (_, peer, anna, girts) = f.seeded();
    let c1 = f.run(&consult_log(&peer, &anna, "2025-03-01", "16:00-17:00", "Robežas")).ok().to_string();
    let c2 = f.run(&consult_log(&peer, &girts, "2025-03-02", "16:00-17:00", "Robežas")).ok().to_string();
    let f1 = f.run_env(&feedback_args(&c1, "recipient", "2025-03-05"), &env).ok().to_string();
    (f, cache, c1, c2, f1)
}

/// Puts the modification times of a folder and its files a few years back, as if nothing had
/// changed there for a while.
fn settle(f: &Folder, rel: &str) {
    let old = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_600_000_000);
    for e in std::fs::read_dir(f.path(rel)).unwrap() {
        std::fs::File::options().write(true).open(e.unwrap().path()).unwrap().set_modified(old).unwrap();
    }
    std::fs::File::open(f.path(rel)).unwrap().set_modified(old).unwrap();
}

#[test]
fn an_answer_given_in_a_later_year_counts_and_one_dated_before_its_consultation_is_left_to_check() {
    let f = Folder::new();
    let (_, peer, anna, _) = f.seeded();
    let c = f.run(&consult_log(&peer, &anna, "2025-12-30", "16:00-17:00", "Robežas")).ok().to_string();
    // Given in the new year: filed under 2026, found for a consultation of 2025.
    let first = f.run(&feedback_args(&c, "recipient", "2026-01-05")).ok().to_string();
    assert!(f.path(&format!("feedback/2026/{first}.toml")).exists());
    f.run(&feedback_args(&c, "recipient", "2025-12-31")).fails(1, &[&first, "already holds recipient feedback"]);
    // A peer's answer put by hand in 2024, before the consultation, breaks a rule that every
    // write keeps: the look-up starts at the consultation's year and does not see it, and
    // `check` names both problems.
    let text =
        f.read(&format!("feedback/2026/{first}.toml")).replace(&first, "f-byhand22").replace("recipient", "peer");
    let text = text.replace("2026-01-05", "2024-06-01");
    f.write("feedback/2024/f-byhand22.toml", &text);
    f.run(&feedback_args(&c, "peer", "2026-01-06")).ok();
    let check = f.run(&["check"]);
    assert!(
        check.stdout.contains("feedback/2024/f-byhand22.toml") && check.stdout.contains("before"),
        "{}",
        check.stdout
    );
    assert!(check.stdout.contains("also holds peer feedback"), "{}", check.stdout);
}
