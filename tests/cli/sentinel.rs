//! Free text is never repeated in a message: sentinel text goes through every free-text field
//! and flag of every kind of both programmes, and through closed-list flags, import cells,
//! `edit --set` and hand-edited files, in ways that make peerlog refuse or warn; stderr never
//! holds it.

use crate::common::*;

/// What the messages must never show (compared without case).
const MARK: &str = "zx9q";
/// Free text as a coordinator might type it, with the mark.
const TEXT: &str = "Slepeni Zx9q vārdi";

fn long() -> String {
    format!("{TEXT} {}", "garš ".repeat(120))
}

/// Runs commands and collects every one whose stderr shows the mark.
struct Probe<'a> {
    f: &'a Folder,
    leaks: Vec<String>,
    runs: usize,
}

impl<'a> Probe<'a> {
    fn new(f: &'a Folder) -> Probe<'a> {
        Probe { f, leaks: Vec::new(), runs: 0 }
    }

    /// Runs `args` in both languages and returns the English run.
    fn run(&mut self, args: &[&str]) -> Run {
        self.runs += 1;
        let lv = self.f.run_lv(args);
        self.look(args, &lv, "lv");
        let en = self.f.run(args);
        self.look(args, &en, "en");
        en
    }

    /// Runs `args`, which must fail or warn, and leave the folder as it was when it failed.
    fn refused(&mut self, args: &[&str]) {
        let before = self.f.snapshot();
        let run = self.run(args);
        assert!(run.code != 0, "not refused: {args:?}\n{}", run.stderr);
        assert!(before == self.f.snapshot(), "the folder changed: {args:?}");
    }

    fn look(&mut self, args: &[&str], run: &Run, lang: &str) {
        if run.stderr.to_lowercase().contains(MARK) {
            let shown: Vec<String> = args.iter().map(|a| a.chars().take(40).collect()).collect();
            self.leaks.push(format!("[{lang}] {shown:?}\n{}", run.stderr));
        }
    }

    /// `check` and a command that reads every record, on a hand-edited folder.
    fn readers(&mut self) {
        self.run(&["check"]);
        self.run(&["export"]);
    }

    #[track_caller]
    fn assert_quiet(&self) {
        assert!(
            self.leaks.is_empty(),
            "{} of {} commands repeated free text:\n\n{}",
            self.leaks.len(),
            self.runs,
            self.leaks.join("\n")
        );
    }
}

/// Replaces `from` by `to` in a file, as a hand edit would.
fn edit_file(f: &Folder, rel: &str, from: &str, to: &str) {
    let text = f.read(rel);
    assert!(text.contains(from), "{rel} lacks {from:?}:\n{text}");
    f.write(rel, &text.replacen(from, to, 1));
}

fn file_of(f: &Folder, id: &str) -> String {
    f.files("").into_iter().find(|p| p.ends_with(&format!("{id}.toml"))).unwrap_or_else(|| panic!("no file for {id}"))
}

#[test]
fn thematic_groups_never_repeat_free_text() {
    let f = Folder::new();
    let (g, peer, r, _) = f.seeded();
    let c = f.run(&consult_log(&peer, &r, "2025-03-14", "16:00-17:00", "Robežas")).ok().to_string();
    let mut plan = consult_log(&peer, &r, "2025-03-21", "16:00-17:00", "Robežas");
    plan[1] = "plan";
    let planned = f.run(&plan).ok().to_string();
    let long = long();
    let multi = format!("Pirmā rinda\n{TEXT}");
    let marker = format!("<<<<<<< {TEXT}");
    let mut p = Probe::new(&f);

    // Free-text flags: too long, on two lines, a conflict marker.
    for bad in [long.as_str(), multi.as_str(), marker.as_str()] {
        p.refused(&["group", "add", "Jauna grupa", "--leader", "Inese Kalniņa", "--venue", bad]);
        p.refused(&consult_log(&peer, &r, "2025-03-15", "16:00-17:00", bad));
        let mut place = consult_log(&peer, &r, "2025-03-15", "16:00-17:00", "Robežas");
        place[11] = bad;
        p.refused(&place);
        p.refused(&["consult", "cancel", &planned, "--reason", bad]);
        p.refused(&["peer", "stage", &peer, "ended", "--date", "2025-04-01", "--note", bad]);
        // Answers may run over several lines.
        for flag in ["--expected", "--benefit", "--comment"].into_iter().filter(|_| bad != multi) {
            let mut args = feedback_args(&c, "recipient", "2025-03-15");
            args.extend([flag, bad]);
            if let Some(i) = args.iter().position(|a| *a == flag) {
                args[i + 1] = bad;
            }
            p.refused(&args);
        }
        p.refused(&["edit", &c, "--set", &format!("topic={bad}")]);
        p.refused(&["edit", &c, "--set", &format!("place={bad}")]);
        p.refused(&["edit", &g, "--set", &format!("venue={bad}")]);
    }
    // Free text where a word, a date, a time or a number belongs.
    p.refused(&["group", "add", "Jauna grupa", "--leader", "L", "--venue", "V", "--model", TEXT]);
    p.refused(&["group", "add", "Jauna grupa", "--leader", "L", "--venue", "V", "--start", TEXT]);
    p.refused(&["group", "meeting", "add", &g, "--date", TEXT]);
    let person = ["participant", "add", "Jauns Cilvēks", "--group", &g];
    p.refused(&[&person[..], &["--role", TEXT]].concat());
    p.refused(&[&person[..], &["--role", "parent", "--birth-date", TEXT]].concat());
    p.refused(&[&person[..], &["--role", "parent", "--consent", TEXT]].concat());
    p.refused(&[&person[..], &["--role", "child", "--consent", "recipient", "--consent-by", TEXT]].concat());
    p.refused(&[&person[..], &["--role", "parent", "--consent", "recipient", "--consent-date", TEXT]].concat());
    p.refused(&["peer", "add", "Jauns Cilvēks", "--group", &g, "--role", "parent", "--stage", TEXT]);
    p.refused(&["peer", "add", "Jauns Cilvēks", "--group", &g, "--role", "parent", "--date", TEXT]);
    p.refused(&consult_log(&peer, &r, TEXT, "16:00-17:00", "Robežas"));
    p.refused(&consult_log(&peer, &r, "2025-03-15", TEXT, "Robežas"));
    // A value without quotes: its second word is a stray argument.
    let mut stray = consult_log(&peer, &r, "2025-03-15", "16:00-17:00", "Robežas");
    stray.push(TEXT);
    p.refused(&stray);
    for (flag, value) in [("--met", TEXT), ("--from", TEXT), ("--date", TEXT)] {
        let mut args = feedback_args(&c, "recipient", "2025-03-15");
        let i = args.iter().position(|a| *a == flag).unwrap();
        args[i + 1] = value;
        p.refused(&args);
    }
    let mut by_day = vec!["feedback", "record", "--peer", &peer, "--recipient", &r, "--consultation-date", TEXT];
    by_day.extend(["--from", "recipient", "--expected", "A", "--met", "yes", "--benefit", "B"]);
    p.refused(&by_day);
    by_day[7] = "2025-03-14";
    by_day.extend(["--consultation-time", TEXT]);
    p.refused(&by_day);
    p.refused(&["peer", "stage", &peer, TEXT]);
    p.refused(&["peer", "stage", &peer, "ended", "--date", TEXT]);
    p.refused(&["peer", "observe", &peer, TEXT]);
    p.refused(&["peer", "motivation", &peer, TEXT]);
    p.refused(&["peer", "prepare", &peer, TEXT]);
    p.refused(&["consent", "give", &r, TEXT]);
    p.refused(&["consent", "give", &r, "peer", "--date", TEXT]);
    p.refused(&["consent", "correct", &r, "recipient", "--given", TEXT]);
    p.refused(&["consent", "correct", &r, "recipient", "--by", TEXT]);
    p.refused(&["consent", "correct", &r, "recipient", "--revoked", TEXT]);
    p.refused(&["consult", "list", "--status", TEXT]);
    p.refused(&["consult", "list", "--from", TEXT]);
    p.refused(&["feedback", "list", "--met", TEXT]);
    p.refused(&["report", "appendix1", "--group", &g, "--month", TEXT]);
    p.refused(&["report", "appendix1", "--group", &g, "--delimiter", TEXT]);
    p.refused(&["report", "summary", "--quarter", TEXT]);
    p.refused(&["agenda", "--as-of", TEXT]);
    p.refused(&["purge", "--before", TEXT, "--dry-run"]);
    p.refused(&["merge", &r, &peer, "--take", TEXT]);
    // edit --set and --remove, well and badly formed.
    let no_equals = format!("topic {TEXT}");
    for set in [
        no_equals.as_str(),
        &format!("status={TEXT}"),
        &format!("date={TEXT}"),
        &format!("time={TEXT}"),
        &format!("{TEXT}=1"),
        &format!("nosuchfield={TEXT}"),
    ] {
        p.refused(&["edit", &c, "--set", set]);
    }
    p.refused(&["edit", &r, "--set", &format!("role={TEXT}")]);
    p.refused(&["edit", &r, "--set", &format!("birth_date={TEXT}")]);
    p.refused(&["edit", &g, "--set", &format!("model={TEXT}")]);
    p.refused(&["edit", &peer, "--remove", &no_equals]);
    p.refused(&["edit", &peer, "--remove", &format!("peer.observed={TEXT}")]);

    // Import: free text in every column, too long where text belongs.
    let cell = format!("\"{TEXT}\"");
    let long_cell = format!("\"{long}\"");
    f.write(
        "people.csv",
        &format!(
            "name,group,role,birth_date,peer_stage,peer_since,consent,consent_by,consent_date\n\
             Jauns Cilvēks,{g},{cell},{cell},{cell},{cell},{cell},{cell},{cell}\n"
        ),
    );
    p.refused(&["import", "participants", "people.csv"]);
    f.write(
        "consultations.csv",
        &format!(
            "peer,recipient,date,time,place,topic,status\n\
             {peer},{r},{cell},{cell},{long_cell},{long_cell},{cell}\n\
             {peer},{r},2025-03-14,16:30-17:30,\"{marker}\",\"{multi}\",held\n"
        ),
    );
    p.refused(&["import", "consultations", "consultations.csv"]);
    f.write(
        "feedback.csv",
        &format!(
            "consultation,from,expected,met,benefit,comment,date\n\
             {c},{cell},{long_cell},{cell},{long_cell},{long_cell},{cell}\n\
             {c},recipient,\"{marker}\",yes,B,,2025-03-15\n"
        ),
    );
    p.refused(&["import", "feedback", "feedback.csv"]);
    f.write(
        "feedback2.csv",
        &format!(
            "peer,recipient,consultation_date,consultation_time,from,expected,met,benefit\n\
             {peer},{r},{cell},{cell},recipient,A,yes,B\n"
        ),
    );
    p.refused(&["import", "feedback", "feedback2.csv"]);
    // A warning on a good write names no free text either.
    let model = f.run(&["group", "add", "Modeļa grupa", "--leader", "L", "--venue", "V", "--model", "1"]);
    let _ = model.ok();

    // Hand edits, read by check and by every command that meets them.
    let cf = file_of(&f, &c);
    let original = f.read(&cf);
    for (from, to) in [
        ("topic = \"Robežas\"", format!("topic = \"{long}\"")),
        ("topic = \"Robežas\"", format!("topic = \"{}\"", multi.replace('\n', "\\n"))),
        ("status = \"held\"", format!("status = \"{TEXT}\"")),
        ("time = \"16:00-17:00\"", format!("time = \"{TEXT}\"")),
        ("date = 2025-03-14", format!("date = \"{TEXT}\"")),
        ("date = 2025-03-14", format!("date = {TEXT}")),
        ("topic = \"Robežas\"", format!("topic = {TEXT}")),
        ("topic = \"Robežas\"", format!("topic = \"Robežas\"\n{TEXT}")),
        ("topic = \"Robežas\"", format!("topic = \"Robežas\"\nplace = \"{TEXT}\"")),
        ("topic = \"Robežas\"", format!("topic = [\"{TEXT}\"]")),
    ] {
        f.write(&cf, &original);
        edit_file(&f, &cf, from, &to);
        p.readers();
        p.run(&["consult", "show", &c]);
        p.run(&["report", "appendix1", "--group", &g]);
    }
    f.write(&cf, &original);
    let pf = file_of(&f, &r);
    let person_text = f.read(&pf);
    for (from, to) in [
        ("role = \"parent\"", format!("role = \"{TEXT}\"")),
        ("by = \"self\"", format!("by = \"{TEXT}\"")),
        ("purpose = \"recipient\"", format!("purpose = \"{TEXT}\"")),
    ] {
        f.write(&pf, &person_text);
        edit_file(&f, &pf, from, &to);
        p.readers();
    }
    f.write(&pf, &person_text);
    p.assert_quiet();
}

#[test]
fn colleague_support_never_repeats_free_text() {
    let f = Folder::example_colleague();
    let long = long();
    let mut p = Probe::new(&f);
    let s = "ozols";
    for bad in [long.as_str(), &format!("a\n{TEXT}")] {
        p.refused(&["unit", "add", "Jauns iecirknis", "--service", bad, "--region", "Latgale"]);
        p.refused(&["unit", "add", "Jauns iecirknis", "--service", "Valsts policija", "--region", bad]);
        p.refused(&["psychologist", "add", "Jauns psihologs", "--city", bad]);
        p.refused(&["psychologist", "add", "Jauns psihologs", "--city", "Rīga", "--division", bad]);
        let mut interview = vec!["support", "nominate", "Jauns Kolēģis", "--unit", "daugavpils"];
        interview.extend(["--voluntary", "--superior-agreed", "--applied", bad]);
        p.refused(&interview);
    }
    let mut interview = vec!["support", "interview", s, "--date", "2025-01-21", "--psychologist", "kalejs"];
    interview.extend(["--decision", "not-approved", "--reason"]);
    let long_reason = [&interview[..], &[long.as_str()]].concat();
    p.refused(&long_reason);
    p.refused(&["psychologist", "add", "Jauns psihologs", "--city", "Rīga", "--phone", TEXT]);
    p.refused(&["support", "interview", s, "--date", "2025-01-21", "--psychologist", "kalejs", "--decision", TEXT]);
    p.refused(&["support", "train", s, "--date", "2025-06-01", "--hours", TEXT]);
    p.refused(&["support", "train", s, "--date", TEXT, "--hours", "6"]);
    p.refused(&["support", "end", s, "--reason", TEXT]);
    p.refused(&["contact", "log", "--supporter", s, "--date", "2025-06-01", "--kind", TEXT]);
    p.refused(&["contact", "log", "--supporter", s, "--kind", "crisis", "--professional-help", TEXT]);
    let mut incident = vec!["incident", "notify", "--date", "2025-05-06", "--unit", "daugavpils"];
    incident.extend(["--psychologist", "kalejs", "--help-requested", "team"]);
    let with = |extra: &[&'static str]| [&incident[..], extra].concat();
    p.refused(&with(&["--category", TEXT, "--officers", "4", "--notified", "2025-05-06 21:40"]));
    p.refused(&with(&["--category", "serious-injury", "--officers", TEXT, "--notified", "2025-05-06 21:40"]));
    p.refused(&with(&["--category", "serious-injury", "--officers", "4", "--notified", TEXT]));
    let u =
        f.run(&["unit", "list", "--format", "csv"]).ok().lines().nth(1).unwrap().split(',').next().unwrap().to_string();
    p.refused(&["edit", &u, "--set", &format!("service={long}")]);
    p.refused(&["edit", &u, "--set", &format!("service {TEXT}")]);
    p.refused(&["edit", &u, "--set", &format!("region={TEXT}\nx")]);

    // Imports of every colleague-support kind.
    let cell = format!("\"{TEXT}\"");
    let long_cell = format!("\"{long}\"");
    for (kind, text) in [
        ("units", format!("name,service,region\nJauns,{long_cell},{long_cell}\n")),
        ("psychologists", format!("name,city,phone,division\nJauns,{long_cell},{cell},{long_cell}\n")),
        (
            "supporters",
            format!(
                "name,unit,applied,team_nominated,voluntary,superior_agreed\nJauns,daugavpils,{cell},{cell},{cell},{cell}\n"
            ),
        ),
        ("contacts", format!("supporter,date,kind,professional_help\n{s},{cell},{cell},{cell}\n")),
        ("training", format!("supporter,date,hours\n{s},{cell},{cell}\n")),
    ] {
        let file = format!("{kind}.csv");
        f.write(&file, &text);
        p.refused(&["import", kind, &file]);
    }

    // Hand edits.
    let incident = f.files("incidents").into_iter().next().unwrap();
    let text = f.read(&incident);
    let category = text.lines().find(|l| l.starts_with("category")).unwrap().to_string();
    edit_file(&f, &incident, &category, &format!("category = \"{TEXT}\""));
    p.readers();
    p.run(&["report", "programme"]);
    f.write(&incident, &text);
    let contact = f.files("contacts").into_iter().next().unwrap();
    let text = f.read(&contact);
    let kind = text.lines().find(|l| l.starts_with("kind")).unwrap().to_string();
    edit_file(&f, &contact, &kind, &format!("kind = \"{TEXT}\""));
    p.readers();
    f.write(&contact, &text);
    p.assert_quiet();
}
