//! `edit --set` for every editable field of every kind of both programmes, found from the
//! kinds' descriptions (so a new field is tested without a line here): a malformed value is
//! refused (the field named, the folder unchanged, free text never repeated) with the exit code
//! and the reason the flag of the same type gives, and a good one is taken.

use crate::common::Folder;
use peerlog::model::kind::{Field, Ty};
use peerlog::model::{Programme, RecordKind};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// A value no field of the type takes.
fn bad(ty: Ty) -> &'static str {
    match ty {
        Ty::Line | Ty::Answer => "<<<<<<< Dēls atkal",
        Ty::Date => "31.02.2025",
        Ty::Time => "17:00-16:00",
        Ty::Moment => "vakar vakarā",
        Ty::Hours => "six",
        Ty::Count => "many",
        Ty::Flag => "maybe",
        Ty::Phone => "12",
        Ty::Word(_) => "maybee",
        Ty::Category => "Nāve",
        Ty::Model => "3",
        Ty::Ref(_) => "Nav Tāda",
        Ty::Table => unreachable!("a table is not set"),
    }
}

/// The flags that read a value of the type with the reader `edit --set` uses, if there are any.
fn flags_reading(ty: Ty) -> Vec<Vec<String>> {
    use clap::builder::ValueParser;
    use peerlog::model::colleague::{Hours, Moment, Phone, Word};
    use peerlog::model::{Date, Text, TimeRange};
    let parser: ValueParser = match ty {
        Ty::Line | Ty::Answer => clap::value_parser!(Text).into(),
        Ty::Date => clap::value_parser!(Date).into(),
        Ty::Time => clap::value_parser!(TimeRange).into(),
        Ty::Moment => clap::value_parser!(Moment).into(),
        Ty::Hours => clap::value_parser!(Hours).into(),
        Ty::Phone => clap::value_parser!(Phone).into(),
        Ty::Category => clap::value_parser!(Word).into(),
        Ty::Count => return crate::flags::flags_where(&|arg| arg.get_long() == Some("officers")),
        // Value words and the delivery model are clap's possible values (bad usage, exit 2);
        // references are found in the folder.
        Ty::Flag | Ty::Word(_) | Ty::Model | Ty::Ref(_) | Ty::Table => return Vec::new(),
    };
    crate::flags::flags_of(&parser)
}

/// The exit code of a value the field cannot take: a word out of a closed list is bad usage
/// (2), as clap refuses a flag's value words; malformed text, dates, times and numbers are
/// invalid input (1), as the flags' readers refuse them; a name that finds no record is the
/// data's (1).
fn refused_with(ty: Ty) -> i32 {
    match ty {
        Ty::Word(_) | Ty::Model | Ty::Flag => 2,
        _ => 1,
    }
}

/// The flags that take one of a closed list of words, as a field of the type does.
fn flags_choosing(ty: Ty) -> Vec<Vec<String>> {
    let words: &[&str] = match ty {
        Ty::Word(words) => words,
        Ty::Model => &["1", "2"],
        _ => return Vec::new(),
    };
    crate::flags::flags_where(&|arg| {
        let values = arg.get_possible_values();
        !values.is_empty() && values.iter().all(|v| words.contains(&v.get_name()))
    })
}

/// A value the field takes: new text for free text, otherwise the record's own value as a
/// user may type it (a date as 14.03.2025, a word in capitals, a flag as ja or ne); nothing
/// where the record has none.
fn good(field: &Field, value: Option<&toml::Value>) -> String {
    if field.ty.is_text() && value.is_some() {
        return "Anna\u{a0} Jaunā".to_string();
    }
    let one = |v: &toml::Value| match v {
        toml::Value::String(s) => match field.ty {
            Ty::Word(_) => s.to_uppercase(),
            _ => s.clone(),
        },
        toml::Value::Datetime(d) if field.ty == Ty::Date => {
            let s = d.to_string();
            format!("{}.{}.{}", &s[8..10], &s[5..7], &s[0..4])
        }
        toml::Value::Datetime(d) => d.to_string().replace('T', " "),
        toml::Value::Boolean(b) => (if *b { "ja" } else { "ne" }).to_string(),
        other => other.to_string(),
    };
    match value {
        Some(toml::Value::Array(items)) => items.iter().map(one).collect::<Vec<_>>().join(","),
        Some(v) => one(v),
        None => String::new(),
    }
}

/// The value at a field's path in a record.
fn at<'a>(table: &'a toml::Table, path: &str) -> Option<&'a toml::Value> {
    let mut parts = path.split('.');
    let mut v = table.get(parts.next()?)?;
    for p in parts {
        v = v.as_table()?.get(p)?;
    }
    Some(v)
}

/// What a run changed in the folder: files gone and new, and the lines that changed.
fn changes(before: &BTreeMap<PathBuf, Vec<u8>>, after: &BTreeMap<PathBuf, Vec<u8>>) -> String {
    let mut out = String::new();
    for (path, old) in before {
        let shown = path.to_string_lossy().replace('\\', "/");
        match after.get(path) {
            None => out.push_str(&format!("    gone: {shown}\n")),
            Some(new) if new != old => {
                let (old, new) = (String::from_utf8_lossy(old), String::from_utf8_lossy(new));
                out.push_str(&format!("    changed: {shown}\n"));
                for l in old.lines().filter(|l| !new.lines().any(|n| n == *l)) {
                    out.push_str(&format!("      - {l}\n"));
                }
                for l in new.lines().filter(|l| !old.lines().any(|o| o == *l)) {
                    out.push_str(&format!("      + {l}\n"));
                }
            }
            Some(_) => {}
        }
    }
    for path in after.keys().filter(|p| !before.contains_key(*p)) {
        out.push_str(&format!("    new: {}\n", path.to_string_lossy().replace('\\', "/")));
    }
    out
}

/// Every record of the folder: its ID's kind, the file's table.
fn records(folder: &Folder) -> Vec<(RecordKind, toml::Table)> {
    let mut out = Vec::new();
    for (path, bytes) in folder.snapshot() {
        if path.extension().is_none_or(|e| e != "toml") || path == std::path::Path::new("peerlog.toml") {
            continue;
        }
        let table: toml::Table = toml::from_str(&String::from_utf8_lossy(&bytes)).unwrap();
        let id = table.get("id").and_then(toml::Value::as_str).unwrap().to_string();
        let kind = peerlog::model::Id::parse(&id).unwrap().kind();
        out.push((kind, table));
    }
    out
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("    {l}\n")).collect()
}

#[test]
fn every_editable_field_of_every_kind_refuses_a_bad_value_and_takes_a_good_one() {
    let mut out = String::new();
    for programme in Programme::ALL {
        let example = || match programme {
            Programme::ThematicGroups => Folder::example(),
            Programme::ColleagueSupport => Folder::example_colleague(),
        };
        let all = records(&example());
        for kind in programme.kinds() {
            let spec = kind.spec();
            out.push_str(&format!("# {} ({programme})\n", spec.name));
            let fields: Vec<&Field> = spec.editable().collect();
            assert!(!fields.is_empty(), "{}: nothing to edit", spec.name);
            for field in fields {
                // A record that has the field, where one does.
                let of_kind: Vec<&toml::Table> = all.iter().filter(|(k, _)| k == kind).map(|(_, t)| t).collect();
                let record = of_kind.iter().find(|t| at(t, field.path).is_some()).or(of_kind.first());
                let record = record.unwrap_or_else(|| panic!("the example has no {}", spec.name));
                let id = record.get("id").and_then(toml::Value::as_str).unwrap();
                out.push_str(&format!("\n## {} ({:?}, {:?}) of {id}\n", field.path, field.ty, field.card));

                let f = example();
                let before = f.snapshot();
                let set = format!("{}={}", field.path, bad(field.ty));
                let run = f.run(&["edit", id, "--set", &set]);
                assert_eq!(run.code, refused_with(field.ty), "{id} --set {set}:\n{}", run.stderr);
                assert!(run.stdout.is_empty(), "{id} --set {set}: {}", run.stdout);
                assert!(run.stderr.contains(field.key()), "{id} --set {set}:\n{}", run.stderr);
                assert!(!run.stderr.contains("Dēls"), "free text repeated:\n{}", run.stderr);
                assert_eq!(f.snapshot(), before, "{id} --set {set} wrote");
                out.push_str(&format!(
                    "  $ peerlog edit {id} --set {set}  # exit {}\n{}",
                    run.code,
                    indent(&run.stderr)
                ));
                // The exit code of a flag taking the same words.
                for flag in flags_choosing(field.ty) {
                    let mut args: Vec<&str> = flag.iter().map(String::as_str).collect();
                    args.push(bad(field.ty));
                    let by_flag = Folder::empty().run(&args);
                    assert_eq!(by_flag.code, run.code, "{args:?}:\n{}", by_flag.stderr);
                    out.push_str(&format!("    as peerlog {}  # exit {}\n", args.join(" "), by_flag.code));
                }
                // The reason of a flag of the same type, the flag named as the field.
                if let Some(flag) = flags_reading(field.ty).first() {
                    let name = flag.last().unwrap();
                    let mut args: Vec<&str> = flag.iter().map(String::as_str).collect();
                    args.push(bad(field.ty));
                    let by_flag = Folder::empty().run(&args);
                    assert_eq!(by_flag.code, run.code, "{args:?}:\n{}", by_flag.stderr);
                    let reason = by_flag.stderr.lines().next().unwrap().replacen(name.as_str(), field.key(), 1);
                    assert_eq!(run.stderr.lines().next().unwrap(), reason, "{args:?} and --set {set}");
                }

                let value = good(field, at(record, field.path));
                let set = format!("{}={value}", field.path);
                let run = f.run(&["edit", id, "--set", &set]);
                assert_eq!(run.code, 0, "{id} --set {set}:\n{}", run.stderr);
                assert_eq!(run.stdout.trim_end(), id);
                out.push_str(&format!("  $ peerlog edit {id} --set {set}  # exit 0\n{}", indent(&run.stderr)));
                out.push_str(&changes(&before, &f.snapshot()));
            }
            out.push('\n');
        }
    }
    insta::assert_snapshot!("edit-every-field", out);
}

/// Runs each line in a copy of the example folder of `programme`, in English and in Latvian:
/// each is refused with its exit code and writes nothing.
fn refusals(example: fn() -> Folder, runs: &[(&[&str], i32)]) -> String {
    let mut out = String::new();
    for lang in ["en", "lv"] {
        let f = example();
        let before = f.snapshot();
        for (args, code) in runs {
            let run = f.run_env(args, &[("PEERLOG_LANG", lang)]);
            assert_eq!(run.code, *code, "{lang} {args:?}:\n{}", run.stderr);
            assert!(run.stdout.is_empty(), "{args:?}: {}", run.stdout);
            assert_eq!(f.snapshot(), before, "{args:?} wrote");
            out.push_str(&crate::common::transcript(&f.root, args, &run));
            out.push('\n');
        }
    }
    out
}

#[test]
fn a_value_edit_cannot_read_is_bad_usage_and_one_the_folder_refuses_is_the_datas() {
    let thematic = refusals(
        Folder::example,
        &[
            // Bad usage (2), as the flags: a word out of the list, a field that does not exist.
            (&["edit", "c-iv2y4v95", "--set", "status=done"], 2),
            (&["edit", "g-7u9zy9et", "--set", "model=3"], 2),
            (&["edit", "f-5v527phk", "--set", "met=maybe", "--set", "comment="], 2),
            (&["edit", "c-iv2y4v95", "--set", "colour=red"], 2),
            // Invalid input (1), as the flags: a malformed day, time or number.
            (&["edit", "c-iv2y4v95", "--set", "date=31.02.2025"], 1),
            (&["edit", "c-iv2y4v95", "--set", "time=17:00-16:00"], 1),
            (&["edit", "g-7u9zy9et", "--remove", "meetings=31.02.2025"], 1),
            // The data's (1): a record that is not there, a name another group has.
            (&["edit", "c-iv2y4v95", "--set", "peer=Nav Tāda"], 1),
            (&["edit", "f-5v527phk", "--set", "consultations=c-iv2y4v95 c-zzzz"], 1),
            (&["edit", "g-7u9zy9et", "--set", "name=Rīgas vecāku atbalsta grupa"], 1),
        ],
    );
    insta::assert_snapshot!("edit-refusals-thematic", thematic);
    let colleague = refusals(
        Folder::example_colleague,
        &[
            (&["edit", "k-2nscjupf", "--set", "kind=phone"], 2),
            (&["edit", "k-2nscjupf", "--set", "help_suggested=maybe"], 2),
            (&["edit", "i-fxwuuhk4", "--set", "follow_up=later"], 2),
            (&["edit", "s-ieifdaqy", "--set", "ended.reason=retired"], 2),
            (&["edit", "s-2sfxzudz", "--set", "nomination=yes"], 2),
            (&["edit", "i-fxwuuhk4", "--set", "officers=many"], 1),
            (&["edit", "s-2sfxzudz", "--remove", "training=32.01.2025"], 1),
            (&["edit", "v-ih8mca9b", "--remove", "present=Nav Tāda"], 1),
            (&["edit", "s-2sfxzudz", "--set", "interview.date=32.01.2025"], 1),
            (&["edit", "s-2sfxzudz", "--set", "unit=Nav Tāda"], 1),
            (&["edit", "v-ih8mca9b", "--set", "present=Jānis Ozols,Nav Tāda"], 1),
            (&["edit", "s-2sfxzudz", "--set", "name=Jānis Ozols"], 1),
        ],
    );
    insta::assert_snapshot!("edit-refusals-colleague", colleague);
}

#[test]
fn a_list_of_references_takes_names_with_spaces_and_ids() {
    let f = Folder::example_colleague();
    let file = "supervision/2025/v-ih8mca9b.toml";
    // Names with a space, separated by commas; IDs by commas or spaces.
    let set = "present=Jānis Ozols, inga strode,s-5f23x8az s-ieifdaqy";
    f.run(&["edit", "v-ih8mca9b", "--set", set]).ok();
    assert!(
        f.read(file).contains(r#"present = ["s-5ecjcx8i", "s-gby9eebg", "s-5f23x8az", "s-ieifdaqy"]"#),
        "{}",
        f.read(file)
    );
    f.run(&["edit", "v-ih8mca9b", "--set", "present=Laura Zariņa", "--set", "excused=Kristaps Lācis"]).ok();
    let text = f.read(file);
    assert!(text.contains(r#"present = ["s-5f23x8az"]"#), "{text}");
    assert!(text.contains(r#"excused = ["s-khr254rj"]"#), "{text}");
    // A name that finds no one is named whole.
    f.run_lv(&["edit", "v-ih8mca9b", "--set", "absent=Jānis Ozols,Nav Tāda"]).fails(1, &["'Nav Tāda'"]);
    f.run(&["edit", "v-ih8mca9b", "--set", "absent=Nav Tāda"]).fails(1, &["'Nav Tāda'"]);
    // A thematic list: a feedback's consultations by ID, with commas or spaces; meeting days alike.
    let t = Folder::example();
    t.run(&["edit", "g-7u9zy9et", "--set", "meetings=15.01.2025, 22.01.2025 29.01.2025"]).ok();
    let group = t.read("groups/g-7u9zy9et.toml");
    assert!(group.contains("meetings = [2025-01-15, 2025-01-22, 2025-01-29]"), "{group}");
}
