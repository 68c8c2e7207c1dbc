//! Complete erasure: every case form of the surname, and of the first name in the person's own
//! records, from every file of the folder, comments and group fields included.

use crate::common::{Folder, consult_log, feedback_args};
use std::path::Path;

/// Every file below `dir`.
fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() { out.extend(walk(&p)) } else { out.push(p) }
    }
    out
}

/// Lower case without diacritics, as a reader typing without them would write.
fn plain(s: &str) -> String {
    s.to_lowercase()
        .chars()
        .map(|c| match c {
            'ā' => 'a',
            'č' => 'c',
            'ē' => 'e',
            'ģ' => 'g',
            'ī' => 'i',
            'ķ' => 'k',
            'ļ' => 'l',
            'ņ' => 'n',
            'š' => 's',
            'ū' => 'u',
            'ž' => 'z',
            c => c,
        })
        .collect()
}

/// The files (relative) holding `word` as a whole word, compared without case or diacritics.
fn files_with_word(root: &Path, word: &str) -> Vec<String> {
    let word = plain(word);
    walk(root)
        .into_iter()
        .filter(|p| {
            let text = plain(&String::from_utf8_lossy(&std::fs::read(p).unwrap()));
            text.split(|c: char| !c.is_alphanumeric()).any(|w| w == word)
        })
        .map(|p| p.strip_prefix(root).unwrap().display().to_string())
        .collect()
}

fn add_person(f: &Folder, g: &str, name: &str) -> String {
    let args = ["participant", "add", name, "--group", g, "--role", "parent", "--consent", "recipient,report"];
    f.run(&[&args[..], &["--consent-date", "2024-01-01"]].concat()).ok().to_string()
}

fn comment(f: &Folder, rel: &str, text: &str) {
    let body = f.read(rel);
    f.write(rel, &format!("# {text}\n{body}"));
}

fn consultation_file(f: &Folder, id: &str) -> String {
    f.files("consultations/").into_iter().find(|p| p.contains(id)).unwrap()
}

#[test]
fn every_form_of_the_name_goes_and_other_names_stay() {
    let f = Folder::new();
    let (g, peer, anna, _) = f.seeded();
    let peteris = add_person(&f, &g, "Pēteris Zvirbulis");
    let marta = add_person(&f, &g, "Marta Zvirbule");
    let own = f
        .run(&consult_log(&peer, &peteris, "2025-03-01", "16:00-17:00", "Pēterim bija grūti; Zvirbuļa ģimene"))
        .ok()
        .to_string();
    let other = f
        .run(&consult_log(&peer, &anna, "2025-03-02", "16:00-17:00", "Anna runāja par Zvirbuļiem un Pēteri"))
        .ok()
        .to_string();
    let marta_c = f
        .run(&consult_log(&peer, &marta, "2025-03-03", "16:00-17:00", "Marta Zvirbule un Inese Kalniņa"))
        .ok()
        .to_string();
    let mut fb = feedback_args(&own, "recipient", "2025-03-04");
    fb[7] = "Pēteris gaidīja padomu no Zvirbulkundzes";
    f.run(&fb).ok();
    f.run(&["peer", "stage", &peer, "ended", "--note", "Zvirbuļa kungs atnāca", "--date", "2099-04-01"]).ok();
    f.run(&["edit", &g, "--set", "venue=Zvirbuļu māja, Rīga", "--set", "name=Zvirbuļi un citi"]).ok();
    let group = format!("groups/{g}.toml");
    comment(&f, &group, "Grupu sāka Zvirbulis ar Pēteri");
    comment(&f, &consultation_file(&f, &other), "jautāt Zvirbulim");
    comment(&f, &format!("people/{peteris}.toml"), "Pēteris pārcēlās uz Jelgavu");

    let run = f.run(&["erase", &peteris, "--yes"]);
    let out = run.ok();
    let other_file = consultation_file(&f, &other);
    // Each changed file is listed; the other record with the first name alone is listed for review.
    for rel in [group.as_str(), &consultation_file(&f, &own), &other_file, &format!("people/{peer}.toml")] {
        assert!(out.contains(rel), "{rel} not listed:\n{out}");
    }
    let review: Vec<&str> = out.lines().filter(|l| l.contains("first name alone")).collect();
    assert_eq!(review.len(), 2, "{out}");
    assert!(review.iter().any(|l| l.starts_with(&other_file)) && review.iter().any(|l| l.starts_with(&group)), "{out}");
    assert!(!out.contains("Pēter"), "{out}");

    let surname = [
        "Zvirbulis",
        "Zvirbuļa",
        "Zvirbulim",
        "Zvirbuli",
        "Zvirbulī",
        "Zvirbuļi",
        "Zvirbuļu",
        "Zvirbuļiem",
        "Zvirbuļus",
        "Zvirbuļos",
        "Zvirbulkundzes",
        "Zvirbuļkungs",
    ];
    for form in surname {
        assert_eq!(files_with_word(&f.root, form), Vec::<String>::new(), "{form} is still in the folder");
    }
    let own_files = [consultation_file(&f, &own), f.files("feedback/")[0].clone(), format!("people/{peteris}.toml")];
    for form in ["Pēteris", "Pētera", "Pēterim", "Pēteri", "Pēterī"] {
        let left: Vec<String> = files_with_word(&f.root, form).into_iter().filter(|p| own_files.contains(p)).collect();
        assert_eq!(left, Vec::<String>::new(), "{form} is still in his own records");
    }
    // Other people's names stay: Marta Zvirbule, the leader Inese Kalniņa; the first name in
    // another person's record is for the coordinator to judge.
    let marta_text = f.read(&consultation_file(&f, &marta_c));
    assert!(marta_text.contains("topic = \"Marta Zvirbule un Inese Kalniņa\""), "{marta_text}");
    assert!(f.read(&format!("people/{marta}.toml")).contains("Marta Zvirbule"));
    assert!(f.read(&other_file).contains("topic = \"Anna runāja par [dzēsts] un Pēteri\""), "{}", f.read(&other_file));
    assert!(f.read(&group).contains("name = \"[dzēsts] un citi\""), "{}", f.read(&group));
    assert!(f.read(&group).contains("# Grupu sāka [dzēsts] ar Pēteri"), "{}", f.read(&group));

    // The placeholder keeps hashes, not the name; check is clean until a form comes back.
    let placeholder = f.read(&format!("people/{peteris}.toml"));
    assert!(placeholder.contains("[name_hashes]") && !placeholder.contains('#'), "{placeholder}");
    let check = f.run(&["check"]);
    assert!(!check.stdout.contains("erased"), "{}", check.stdout);
    comment(&f, &format!("people/{anna}.toml"), "Zvirbuļa meita");
    let check = f.run(&["check"]);
    let line = check.stdout.lines().find(|l| l.contains("erased")).unwrap_or_else(|| panic!("{}", check.stdout));
    assert!(line.starts_with(&format!("people/{anna}.toml:1:")) && !line.contains("Zvirbu"), "{line}");
}

#[test]
fn feminine_names_and_text_typed_without_diacritics() {
    let f = Folder::new();
    let (g, peer, anna, _) = f.seeded();
    let dace = add_person(&f, &g, "Dace Roze");
    let own = f
        .run(&consult_log(&peer, &dace, "2025-03-01", "16:00-17:00", "Dacei un ROZEI par Rozu gimeni"))
        .ok()
        .to_string();
    f.run(&consult_log(&peer, &anna, "2025-03-02", "16:00-17:00", "Rožu ģimene atnāca, Roze ne")).ok();
    let g2 =
        f.run(&["group", "add", "Rozentāla grupa", "--leader", "Ilze Rozentāle", "--venue", "Rīga"]).ok().to_string();
    f.run(&["erase", "dace roze", "--yes"]).ok();
    for form in ["Roze", "Rozes", "Rozei", "Rozi", "Rozē", "Rožu", "Rozēm", "Rozēs", "Dace", "Daces", "Dacei"] {
        let left = files_with_word(&f.root, form);
        assert!(left.iter().all(|p| !p.contains(&own)), "{form} left in her consultation: {left:?}");
        if !form.starts_with("Dac") {
            assert_eq!(left, Vec::<String>::new(), "{form} left");
        }
    }
    // Another surname that starts the same stays.
    assert!(f.read(&format!("groups/{g2}.toml")).contains("Rozentāle"));
}

/// The files (relative) that name `id`, before an erasure: the person's own records.
fn files_naming(f: &Folder, id: &str) -> Vec<String> {
    (f.snapshot().into_iter())
        .filter(|(_, b)| String::from_utf8_lossy(b).contains(id))
        .map(|(p, _)| p.display().to_string())
        .collect()
}

/// The warning `check` gives at `rel` for a form of an erased name, if any.
fn erased_warning(f: &Folder, rel: &str) -> bool {
    f.run(&["check"]).stdout.lines().any(|l| l.starts_with(&format!("{rel}:")) && l.contains("who was erased"))
}

#[test]
fn an_e_surname_goes_from_feedback_comments_and_the_settings() {
    let f = Folder::new();
    let (g, peer, anna, _) = f.seeded();
    let inga = add_person(&f, &g, "Inga Strode");
    let own =
        f.run(&consult_log(&peer, &inga, "2025-03-01", "16:00-17:00", "Ingai un Strožu ģimenei")).ok().to_string();
    let other = f.run(&consult_log(&peer, &anna, "2025-03-02", "16:00-17:00", "Par Strodēm")).ok().to_string();
    f.run(&feedback_args(&own, "recipient", "2025-03-03")).ok();
    let feedback = f.files("feedback/")[0].clone();
    comment(&f, &feedback, "Inga gaidīja vairāk; Strodes māte zvanīja");
    comment(&f, "peerlog.toml", "Strožu lieta: Ingas brālis");
    comment(&f, &consultation_file(&f, &other), "Ingas draudzene");

    let out = f.run(&["erase", &inga, "--yes"]).ok().to_string();
    assert!(out.contains(&format!("{feedback}: name cut from the comments")), "{out}");
    assert!(out.contains("peerlog.toml: name cut from comments"), "{out}");
    for form in ["Strode", "Strodes", "Strodei", "Strodi", "Strodē", "Strožu", "Strodēm", "Strodēs"] {
        assert_eq!(files_with_word(&f.root, form), Vec::<String>::new(), "{form} is still in the folder");
    }
    let own_files = [consultation_file(&f, &own), feedback.clone(), format!("people/{inga}.toml")];
    for form in ["Inga", "Ingas", "Ingai", "Ingu", "Ingā"] {
        let left: Vec<String> = files_with_word(&f.root, form).into_iter().filter(|p| own_files.contains(p)).collect();
        assert_eq!(left, Vec::<String>::new(), "{form} is still in her own records");
    }
    // The first name alone in the settings' comments and another consultation is someone's to judge.
    assert!(f.read("peerlog.toml").contains("# [dzēsts] lieta: Ingas brālis"), "{}", f.read("peerlog.toml"));
    assert!(
        out.lines().any(|l| l.starts_with(&consultation_file(&f, &other)) && l.contains("first name alone")),
        "{out}"
    );

    // check finds the first name put back into the feedback on her consultation (which names
    // no person, only the consultation), and the surname in the settings.
    assert!(!erased_warning(&f, &feedback) && !erased_warning(&f, "peerlog.toml"));
    comment(&f, &feedback, "Ingai patika");
    assert!(erased_warning(&f, &feedback), "{}", f.run(&["check"]).stdout);
    comment(&f, "peerlog.toml", "Strodes");
    assert!(erased_warning(&f, "peerlog.toml"), "{}", f.run(&["check"]).stdout);
}

#[test]
fn a_support_person_and_a_psychologist_go_from_every_file_comments_included() {
    const LACIS: &str = "s-khr254rj"; // Kristaps Lācis: an -is surname (Lāča, Lāčiem)
    const ROZITE: &str = "y-6pnbbf5y"; // Dace Rozīte: an -e surname (Rozīšu)
    let f = Folder::example_colleague();
    let clean = f.run(&["check"]).stdout;
    let lacis_own = files_naming(&f, LACIS);
    let rozite_own = files_naming(&f, ROZITE);
    assert!(lacis_own.len() > 2 && rozite_own.len() > 2, "{lacis_own:?} {rozite_own:?}");
    for rel in lacis_own.iter().chain(&rozite_own) {
        comment(&f, rel, "Kristapam un Lāčiem; Dacei Rozītei un Rozīšu ģimenei");
    }
    let unit = f.files("units/")[0].clone();
    let unit_id = unit.trim_start_matches("units/").trim_end_matches(".toml");
    f.run(&["edit", unit_id, "--set", "service=Lāča un Rozītes dienests"]).ok();
    comment(&f, &unit, "Lāču birojs");
    comment(&f, "peerlog.toml", "jautāt Lācim un Rozītei");

    f.run(&["erase", LACIS, "--yes"]).ok();
    f.run(&["erase", ROZITE, "--yes"]).ok();
    let surnames = ["Lācis", "Lāča", "Lācim", "Lāci", "Lācī", "Lāči", "Lāču", "Lāčiem", "Lāčus", "Lāčos"];
    let surnames2 = ["Rozīte", "Rozītes", "Rozītei", "Rozīti", "Rozītē", "Rozīšu", "Rozītēm", "Rozītēs"];
    for form in surnames.iter().chain(&surnames2) {
        assert_eq!(files_with_word(&f.root, form), Vec::<String>::new(), "{form} is still in the folder");
    }
    for (own, forms) in [
        (&lacis_own, &["Kristaps", "Kristapa", "Kristapam", "Kristapu"][..]),
        (&rozite_own, &["Dace", "Daces", "Dacei", "Daci"]),
    ] {
        for form in forms {
            let left: Vec<String> = files_with_word(&f.root, form).into_iter().filter(|p| own.contains(p)).collect();
            assert_eq!(left, Vec::<String>::new(), "{form} is still in the person's own records");
        }
    }
    assert!(f.read(&format!("supporters/{LACIS}.toml")).contains("[name_hashes]"));
    // check is as clean as before; a first name put back into a contact of his is found.
    assert_eq!(f.run(&["check"]).stdout, clean);
    let contact = lacis_own.iter().find(|p| p.starts_with("contacts/")).unwrap();
    comment(&f, contact, "Kristapa kolēģis");
    assert!(erased_warning(&f, contact), "{}", f.run(&["check"]).stdout);
}
