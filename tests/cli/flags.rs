//! Flag values parse into their types while the line is parsed: the same malformed value gets
//! the same exit code and the same message, naming the flag, from every command of both
//! programmes that takes one. The flags are found in the command tree by the type they parse
//! into, so a new date flag is tested without a line here.

use crate::common::Folder;
use clap::CommandFactory;
use clap::builder::ValueParser;
use peerlog::model::colleague::{Hours, Moment, Phone, Word};
use peerlog::model::{Date, Text, TimeRange};

/// Every flag in the command tree whose parser is `parser`, as the words that reach it:
/// `["consult", "log", "--date"]`.
pub fn flags_of(parser: &ValueParser) -> Vec<Vec<String>> {
    flags_where(&|arg| arg.get_value_parser().type_id() == parser.type_id())
}

/// Every flag in the command tree that `pick` picks.
pub fn flags_where(pick: &dyn Fn(&clap::Arg) -> bool) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    walk(&peerlog::cli::Cli::command(), &mut Vec::new(), pick, &mut out);
    out
}

fn walk(cmd: &clap::Command, path: &mut Vec<String>, pick: &dyn Fn(&clap::Arg) -> bool, out: &mut Vec<Vec<String>>) {
    for arg in cmd.get_arguments() {
        if let Some(long) = arg.get_long()
            && pick(arg)
            && !arg.is_global_set()
        {
            let mut line = path.clone();
            line.push(format!("--{long}"));
            out.push(line);
        }
    }
    for sub in cmd.get_subcommands() {
        path.push(sub.get_name().to_string());
        walk(sub, path, pick, out);
        path.pop();
    }
}

/// Runs each flag with `value` outside any folder; asserts one exit code and one message, the
/// flag named in it, and returns that message with the flag as FLAG.
fn same_everywhere(lines: &[Vec<String>], value: &str, code: i32, lang: &str) -> String {
    let outside = Folder::empty();
    let mut shapes = std::collections::BTreeMap::<String, Vec<String>>::new();
    for line in lines {
        let flag = line.last().unwrap().clone();
        let mut args: Vec<&str> = line.iter().map(String::as_str).collect();
        args.push(value);
        let run = outside.run_env(&args, &[("PEERLOG_LANG", lang)]);
        assert_eq!(run.code, code, "{args:?}:\n{}", run.stderr);
        assert!(run.stdout.is_empty(), "{args:?}: {}", run.stdout);
        assert!(run.stderr.contains(&flag), "{args:?} does not name {flag}:\n{}", run.stderr);
        shapes.entry(run.stderr.replace(&flag, "FLAG")).or_default().push(line.join(" "));
    }
    assert_eq!(shapes.len(), 1, "different messages for {value:?}: {shapes:#?}");
    shapes.into_keys().next().unwrap()
}

#[test]
fn a_malformed_value_is_refused_alike_by_every_command() {
    let cases: [(&str, ValueParser, &[&str]); 7] = [
        // The last is not one short word: never repeated, it may be about a person.
        ("date", clap::value_parser!(Date).into(), &["32.13.2025", "15.10.25", "Dēls atkal lietoja"]),
        ("time range", clap::value_parser!(TimeRange).into(), &["4pm", "17:00-16:00"]),
        ("hours", clap::value_parser!(Hours).into(), &["six", "30"]),
        ("day and time", clap::value_parser!(Moment).into(), &["vakar vakarā"]),
        ("phone", clap::value_parser!(Phone).into(), &["12"]),
        ("category", clap::value_parser!(Word).into(), &["Nāve"]),
        ("free text", clap::value_parser!(Text).into(), &[" ", "<<<<<<< Dēls"]),
    ];
    let mut out = String::new();
    for (what, parser, values) in cases {
        let lines = flags_of(&parser);
        assert!(!lines.is_empty(), "no flag parses a {what}");
        out.push_str(&format!("## {what} ({} of them)\n", lines.len()));
        for line in &lines {
            out.push_str(&format!("  {}\n", line.join(" ")));
        }
        for value in values {
            for lang in ["en", "lv"] {
                let shown = match value.trim() {
                    "" => "' '",
                    v if v.contains(' ') => "(free text)",
                    v => v,
                };
                out.push_str(&format!("\n$ peerlog COMMAND FLAG {shown}  # {lang}, exit 1\n"));
                out.push_str(&same_everywhere(&lines, value, 1, lang));
            }
        }
        out.push('\n');
    }
    // Flags of their own types: the period's parts, a count, a date or none.
    for (long, value) in
        [("month", "2025-13"), ("quarter", "2025-Q5"), ("year", "25"), ("officers", "many"), ("revoked", "someday")]
    {
        let lines = flags_where(&|arg| arg.get_long() == Some(long));
        assert!(!lines.is_empty(), "no --{long}");
        out.push_str(&format!("## --{long} ({} of them)\n", lines.len()));
        for lang in ["en", "lv"] {
            out.push_str(&format!("\n$ peerlog COMMAND FLAG {value}  # {lang}, exit 1\n"));
            out.push_str(&same_everywhere(&lines, value, 1, lang));
        }
        out.push('\n');
    }
    assert!(!out.contains("Dēls"), "free text repeated:\n{out}");
    insta::assert_snapshot!("malformed-values", out);
}

/// A word that is not one of a flag's value words is bad usage (exit 2) for every flag of
/// words, in both languages, and free text typed there is never repeated.
#[test]
fn a_word_that_is_no_value_word_is_refused_alike_by_every_command() {
    let outside = Folder::empty();
    let mut lines = Vec::new();
    words(&peerlog::cli::Cli::command(), &mut Vec::new(), &mut lines);
    assert!(lines.len() > 20, "{lines:?}");
    for line in &lines {
        for lang in ["en", "lv"] {
            for value in ["maybee", "Dēls atkal lietoja"] {
                let mut args: Vec<&str> = line.iter().map(String::as_str).collect();
                args.push(value);
                let run = outside.run_env(&args, &[("PEERLOG_LANG", lang)]);
                assert_eq!(run.code, 2, "{args:?}:\n{}", run.stderr);
                assert!(run.stderr.contains(line.last().unwrap().as_str()), "{args:?}:\n{}", run.stderr);
                assert_eq!(run.stderr.contains("maybee"), value == "maybee", "{args:?}:\n{}", run.stderr);
                assert!(!run.stderr.contains("Dēls"), "{args:?}:\n{}", run.stderr);
            }
        }
    }
}

fn words(cmd: &clap::Command, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    for arg in cmd.get_arguments() {
        if let Some(long) = arg.get_long()
            && !arg.get_possible_values().is_empty()
            && arg.get_action().takes_values()
        {
            let mut line = path.clone();
            line.push(format!("--{long}"));
            out.push(line);
        }
    }
    for sub in cmd.get_subcommands() {
        path.push(sub.get_name().to_string());
        words(sub, path, out);
        path.pop();
    }
}

/// A refused edit names the fields as `edit --set` does (`peer`); the add command names its
/// flags (`--peer`), though both run the same rules.
#[test]
fn edit_names_fields_where_the_add_command_names_flags() {
    let f = Folder::new();
    let (_, peer, recipient, _) = f.seeded();
    let c =
        f.run(&crate::common::consult_log(&peer, &recipient, "2025-03-14", "16:00-17:00", "Robežas")).ok().to_string();
    let same = crate::common::consult_log(&recipient, &recipient, "2025-03-15", "16:00-17:00", "Robežas");
    let add = f.run(&same);
    add.fails(1, &["--recipient: "]);
    let edit = f.run(&["edit", &c, "--set", &format!("peer={recipient}")]);
    edit.fails(1, &[&format!("{c}: recipient: "), "\npeer: "]);
    assert!(!edit.stderr.contains("--peer") && !edit.stderr.contains("--recipient"), "{}", edit.stderr);
    let feedback = f.run(&crate::common::feedback_args(&c, "recipient", "2025-03-20")).ok().to_string();
    let edit = f.run(&["edit", &feedback, "--set", "date=2025-03-01"]);
    edit.fails(1, &[&format!("{feedback}: date: ")]);
    assert!(!edit.stderr.contains("--date"), "{}", edit.stderr);
}
