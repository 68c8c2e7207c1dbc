//! Two coordinators' clones add, edit and remove different records at the same time; `git merge`
//! joins them without a conflict and the folder is whole afterwards. Real git, temporary folders.

use super::{consultation_id, json, person_id};
use crate::common::*;
use std::path::Path;

/// Runs git in `dir` with a fixed identity and no user or system configuration.
#[track_caller]
fn git(dir: &Path, args: &[&str]) -> String {
    let out = std::process::Command::new("git")
        .current_dir(dir)
        .args(["-c", "init.defaultBranch=main", "-c", "core.autocrlf=false"])
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Koordinatore")
        .env("GIT_AUTHOR_EMAIL", "k@example.invalid")
        .env("GIT_COMMITTER_NAME", "Koordinatore")
        .env("GIT_COMMITTER_EMAIL", "k@example.invalid")
        .output()
        .expect("git is installed");
    assert!(
        out.status.success(),
        "git {args:?} failed in {}:\n{}{}",
        dir.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Runs peerlog in a clone with that clone's own ID seed, as two machines would pick IDs.
fn pl(f: &Folder, seed: &str, args: &[&str]) -> String {
    f.run_env(args, &[("PEERLOG_ID_SEED", seed)]).ok().to_string()
}

#[test]
fn two_clones_merge_without_conflict_and_the_folder_stays_whole() {
    let tmp = Folder::empty();
    let origin = Folder::at(&tmp.path("origin"));
    crate::common::copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data-example"), &origin.root);
    git(&origin.root, &["init", "-q"]);
    git(&origin.root, &["add", "-A"]);
    git(&origin.root, &["commit", "-qm", "the folder"]);
    git(tmp.root.as_path(), &["clone", "-q", "origin", "a"]);
    git(tmp.root.as_path(), &["clone", "-q", "origin", "b"]);
    let a = Folder::at(&tmp.path("a"));
    let b = Folder::at(&tmp.path("b"));

    let liga = person_id(&a, "Līga Ozoliņa");
    let janis = person_id(&a, "Jānis Kļaviņš");
    let anna = person_id(&a, "Anna Bērziņa");
    let nikita = person_id(&a, "Ņikita Žuravļovs");
    let dace_c = consultation_id(&a, "Līga Ozoliņa", "Dace Šmite", "2025-03-14");
    let elza_c = consultation_id(&a, "Jānis Kļaviņš", "Elza Čakste", "2025-04-09");
    let kristine_c = consultation_id(&a, "Līga Ozoliņa", "Kristīne Ērgle", "2025-03-25");
    let ilze_c = consultation_id(&a, "Līga Ozoliņa", "Ilze Krīgere", "2025-05-20");

    // Coordinator A: adds a participant and a consultation on a new day, edits one consultation
    // (moving it to another day), removes a cancelled one.
    pl(&a, "clone-a", &["participant", "add", "Marta Kalēja", "--group", "rigas", "--role", "parent"]);
    let a_new = pl(
        &a,
        "clone-a",
        &[
            "consult",
            "log",
            "--peer",
            &liga,
            "--recipient",
            &anna,
            "--date",
            "2025-04-22",
            "--time",
            "17:00-18:00",
            "--place",
            "Rīga",
            "--topic",
            "No A",
        ],
    );
    pl(&a, "clone-a", &["edit", &dace_c, "--set", "date=2025-03-13", "--set", "topic=Labots A klonā"]);
    pl(&a, "clone-a", &["rm", &kristine_c]);
    git(&a.root, &["add", "-A"]);
    git(&a.root, &["commit", "-qm", "A's work"]);

    // Coordinator B, at the same time: adds a consultation on the same new day, edits other
    // records, removes a consultation with its feedback and imports participants.
    let b_new = pl(
        &b,
        "clone-b",
        &[
            "consult",
            "log",
            "--peer",
            &janis,
            "--recipient",
            &nikita,
            "--date",
            "2025-04-22",
            "--time",
            "15:00-15:45",
            "--place",
            "Jelgava",
            "--topic",
            "No B",
        ],
    );
    pl(&b, "clone-b", &["edit", &elza_c, "--set", "status=cancelled"]);
    pl(&b, "clone-b", &["edit", &ilze_c, "--set", "time=18:30-19:15"]);
    pl(&b, "clone-b", &["edit", &anna, "--set", "birth_date=1984-05-06"]);
    let b_rm = consultation_id(&b, "Rūta Ķēniņa", "Aivars Pūce", "2025-04-03");
    pl(&b, "clone-b", &["rm", &b_rm, "--cascade", "--yes"]);
    pl(&b, "clone-b", &["import", "participants", "import/participants.csv"]);
    git(&b.root, &["add", "-A"]);
    git(&b.root, &["commit", "-qm", "B's work"]);

    // B merges A's work: no conflict.
    git(&b.root, &["fetch", "-q", "../a", "main"]);
    git(&b.root, &["merge", "-q", "--no-edit", "FETCH_HEAD"]);
    assert_eq!(git(&b.root, &["diff", "--name-only", "--diff-filter=U"]), "", "no conflicted files");
    assert_eq!(git(&b.root, &["status", "--porcelain"]), "", "a clean work tree");

    // Every change of both sides is there.
    let merged = Folder::at(&b.root);
    let consultations = json(&merged, &["consult", "list", "--format", "json"]);
    let ids: Vec<&str> = consultations.as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap()).collect();
    assert!(ids.contains(&a_new.as_str()) && ids.contains(&b_new.as_str()));
    assert!(!ids.contains(&kristine_c.as_str()) && !ids.contains(&b_rm.as_str()));
    let dace = json(&merged, &["consult", "show", &dace_c, "--format", "json"]);
    assert_eq!((dace["date"].as_str(), dace["topic"].as_str()), (Some("2025-03-13"), Some("Labots A klonā")));
    assert_eq!(json(&merged, &["consult", "show", &elza_c, "--format", "json"])["status"], "cancelled");
    assert_eq!(json(&merged, &["consult", "show", &ilze_c, "--format", "json"])["time"], "18:30-19:15");
    assert_eq!(merged.files("consultations/2025/2025-04-22/").len(), 2);
    person_id(&merged, "Marta Kalēja");
    person_id(&merged, "Roberts Vilks");

    // The merged folder is whole: every record loads and every reference resolves. Both clones
    // added Marta Kalēja (A by hand, B in the import): `check` names the two records, and that
    // is all it finds (not --strict: a git clone's files carry the umask's modes, which `check`
    // warns about).
    let check = merged.run(&["check"]);
    assert_eq!(check.code, 1, "peerlog check after the merge:\n{}{}", check.stdout, check.stderr);
    let errors: Vec<&str> = check.stdout.lines().filter(|l| l.contains(": error: ")).collect();
    assert_eq!(errors.len(), 2, "{}", check.stdout);
    assert!(errors.iter().all(|l| l.starts_with("people/") && l.contains("of the same group has the same name")));
    let doc = json(&merged, &["export"]);
    let people: Vec<&str> = doc["people"].as_array().unwrap().iter().map(|p| p["id"].as_str().unwrap()).collect();
    let groups: Vec<&str> = doc["groups"].as_array().unwrap().iter().map(|g| g["id"].as_str().unwrap()).collect();
    for p in doc["people"].as_array().unwrap() {
        assert!(groups.contains(&p["group"].as_str().unwrap()));
    }
    for c in doc["consultations"].as_array().unwrap() {
        assert!(people.contains(&c["peer"].as_str().unwrap()) && people.contains(&c["recipient"].as_str().unwrap()));
    }
    let cs: Vec<&str> = doc["consultations"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap()).collect();
    for fb in doc["feedback"].as_array().unwrap() {
        for c in fb["consultations"].as_array().unwrap() {
            assert!(cs.contains(&c.as_str().unwrap()), "feedback {} names a removed consultation", fb["id"]);
        }
    }
}
