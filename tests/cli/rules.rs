//! Rules between records: each refused (or warned) when written, and found by `check` in a
//! hand-edited folder, naming both records.

use crate::common::*;

/// The file of a record, found by its ID.
fn file_of(f: &Folder, id: &str) -> String {
    let all = f.files("");
    all.into_iter().find(|p| p.ends_with(&format!("{id}.toml"))).unwrap_or_else(|| panic!("no file for {id}"))
}

/// Replaces `from` by `to` in a record's file, as a hand edit would.
fn hand_edit(f: &Folder, id: &str, from: &str, to: &str) {
    let rel = file_of(f, id);
    let text = f.read(&rel);
    assert!(text.contains(from), "{rel} lacks {from:?}:\n{text}");
    f.write(&rel, &text.replacen(from, to, 1));
}

/// `check`'s output, asserting its exit code.
fn check(f: &Folder, code: i32) -> String {
    let run = f.run(&["check"]);
    assert_eq!(run.code, code, "check:\n{}{}", run.stdout, run.stderr);
    run.stdout
}

#[test]
fn overlapping_consultations_of_one_person_are_refused_and_found() {
    let f = Folder::new();
    let (_, peer, r, o) = f.seeded();
    let first = f.run(&consult_log(&peer, &r, "2025-03-14", "16:00-17:00", "Robežas")).ok().to_string();
    // The peer cannot give another consultation at 16:30.
    refused(
        &f,
        &consult_log(&peer, &o, "2025-03-14", "16:30-17:30", "Cita"),
        1,
        &["--time", "overlaps", &first, "Līga Ozoliņa"],
    );
    // The recipient cannot receive another at that time either (planned counts too).
    let mut plan = consult_log(&peer, &r, "2025-03-14", "15:30-16:15", "Cita");
    plan[1] = "plan";
    refused(&f, &plan, 1, &["overlaps", &first, "Anna Bērziņa"]);
    // Back to back is fine, and a cancelled one does not count.
    let next = f.run(&consult_log(&peer, &o, "2025-03-14", "17:00-18:00", "Cita")).ok().to_string();
    // A hand edit that makes them overlap: check names both.
    hand_edit(&f, &next, "time = \"17:00-18:00\"", "time = \"16:45-18:00\"");
    let out = check(&f, 1);
    assert!(out.contains(&format!("overlaps {first}")) && out.contains(&format!("overlaps {next}")), "{out}");
    f.run(&["edit", &next, "--set", "status=cancelled"]).ok();
    check(&f, 0);
}

#[test]
fn a_consultation_before_the_peer_entered_the_pipeline_is_a_warning_and_stages_backfill() {
    let f = Folder::new();
    let g = f.run(&["group", "add", "Grupa", "--leader", "L", "--venue", "V"]).ok().to_string();
    let add = |kind: &str, name: &str, extra: &[&str]| {
        let mut args = vec![kind, "add", name, "--group", &g, "--role", "parent"];
        args.extend(["--consent", "peer,recipient,report", "--consent-date", "2025-01-01"]);
        args.extend(extra);
        f.run(&args).ok().to_string()
    };
    let peer = add("peer", "Līga Ozoliņa", &["--date", "2025-06-01"]);
    let r = add("participant", "Anna Bērziņa", &[]);
    let run = f.run(&consult_log(&peer, &r, "2025-03-14", "16:00-17:00", "Robežas"));
    run.ok();
    assert!(run.stderr.contains("warning: --peer: 2025-03-14 is before peer Līga Ozoliņa"), "{}", run.stderr);
    assert!(check(&f, 0).contains("entered the pipeline (active on 2025-06-01)"));
    // Backfilling: an earlier stage goes in its place; one out of order is refused.
    refused(&f, &["peer", "stage", &peer, "ended", "--date", "2025-02-01"], 1, &["does not fit"]);
    let run = f.run(&["peer", "stage", &peer, "prepared", "--date", "2025-03-01"]);
    run.ok();
    assert!(run.stderr.contains("inserted in the history"), "{}", run.stderr);
    let shown = f.run(&["peer", "show", &peer, "--format", "json"]);
    let stages: serde_json::Value = serde_json::from_str(&shown.stdout).unwrap();
    assert_eq!(stages["peer"]["stages"][0]["stage"], "prepared");
    assert_eq!(stages["peer"]["stages"][1]["stage"], "active");
    assert!(check(&f, 0).contains("no problems"));
}

#[test]
fn birth_dates_come_before_every_record_of_the_person() {
    let f = Folder::new();
    let (_, peer, r, _) = f.seeded();
    let c = f.run(&consult_log(&peer, &r, "2025-03-14", "16:00-17:00", "Robežas")).ok().to_string();
    refused(
        &f,
        &["edit", &r, "--set", "birth_date=2025-04-01"],
        1,
        &[&c, "born on 2025-04-01, after this consultation"],
    );
    refused(&f, &["edit", &r, "--set", "birth_date=2099-01-01"], 1, &["in the future"]);
    hand_edit(&f, &r, "role = \"parent\"", "role = \"parent\"\nbirth_date = 2025-04-01");
    let out = check(&f, 1);
    assert!(out.contains(&format!("Anna Bērziņa ({r}) was born on 2025-04-01, after this consultation")), "{out}");
    assert!(out.contains("birth date 2025-04-01 is after a consent on 2024-01-01"), "{out}");
    // A consent before the birth has no age to judge its giver by: the birth date is the fault.
    assert!(!out.contains(" is 0 ") && !out.contains("--by WHO"), "{out}");
    let run = f.run(&["edit", &r, "--set", "birth_date=2099-01-01"]);
    assert!(!run.stderr.contains(" is 0 ") && !run.stderr.contains("--by WHO"), "{}", run.stderr);
}

#[test]
fn consents_are_not_dated_in_the_future_and_given_by_who_may_give_them() {
    let f = Folder::new();
    let (g, _, r, _) = f.seeded();
    refused(&f, &["consent", "give", &r, "peer", "--date", "2099-01-01"], 1, &["in the future"]);
    refused(
        &f,
        &["consent", "revoke", &r, "report", "--date", "2099-01-01"],
        1,
        &["revoked on 2099-01-01, in the future"],
    );
    // An adult's consent is their own; a child's comes from a parent, guardian or foster parent.
    refused(
        &f,
        &["consent", "give", &r, "peer", "--by", "parent", "--date", "2025-01-01"],
        1,
        &["an adult gives consent themself"],
    );
    let args = ["participant", "add", "Elza Čakste", "--group", &g, "--role", "child", "--birth-date", "2012-01-01"];
    let mut by_self = args.to_vec();
    by_self.extend(["--consent", "recipient", "--consent-by", "self", "--consent-date", "2025-01-01"]);
    refused(&f, &by_self, 1, &["13 on that day", "a parent, guardian or foster parent gives consent"]);
    // Hand edits are found by check.
    hand_edit(&f, &r, "by = \"self\"", "by = \"parent\"");
    assert!(check(&f, 1).contains("an adult gives consent themself"));
    // A wrong consent is corrected, or removed.
    f.run(&["consent", "correct", &r, "recipient", "--by", "self"]).ok();
    hand_edit(&f, &r, "given = 2024-01-01", "given = 2099-01-01");
    assert!(check(&f, 1).contains("is dated in the future"));
    f.run(&["consent", "correct", "berzina", "recipient", "--on", "2099-01-01", "--given", "2024-02-01"]).ok();
    check(&f, 0);
    f.run(&["consent", "remove", "berzina", "report"]).ok();
    assert!(!f.read(&file_of(&f, &r)).contains("purpose = \"report\""));
    refused(&f, &["consent", "remove", "berzina", "report"], 1, &["has no consent for report"]);
}

#[test]
fn a_person_typed_twice_is_warned_about_and_merged_into_one() {
    let f = Folder::new();
    let (g, peer, r, _) = f.seeded();
    let add = f.run(&[
        "participant",
        "add",
        "Anna-Berzina",
        "--group",
        &g,
        "--role",
        "parent",
        "--consent",
        "recipient",
        "--consent-date",
        "2024-02-01",
    ]);
    let twin = add.ok().to_string();
    assert!(add.stderr.contains(&format!("looks like Anna Bērziņa ({r})")), "{}", add.stderr);
    let c1 = f.run(&consult_log(&peer, &r, "2025-03-14", "16:00-17:00", "Robežas")).ok().to_string();
    let c2 = f.run(&consult_log(&peer, &twin, "2025-03-21", "16:00-17:00", "Robežas")).ok().to_string();
    // A dry run lists each file and changes nothing.
    let before = f.snapshot();
    let dry = f.run(&["merge", &r, &twin, "--dry-run"]);
    let listed = dry.ok();
    assert!(listed.contains(&format!("change people/{r}.toml")), "{listed}");
    assert!(listed.contains(&format!("change consultations/2025/2025-03-21/{c2}.toml")), "{listed}");
    assert!(listed.contains(&format!("remove people/{twin}.toml")), "{listed}");
    assert!(before == f.snapshot());
    // Different birth dates: refused until told which wins.
    f.run(&["edit", &twin, "--set", "birth_date=1980-05-01"]).ok();
    f.run(&["edit", &r, "--set", "birth_date=1981-05-01"]).ok();
    refused(&f, &["merge", &r, &twin], 1, &["cannot be one person", "birth_date: 1981-05-01", "--take"]);
    // Without a terminal to ask on, a merge needs --yes, as purge and erase do.
    refused(&f, &["merge", &r, &twin, "--take", "birth_date=duplicate"], 2, &["--yes"]);
    assert_eq!(f.run(&["merge", "Anna Bērziņa", &twin, "--take", "birth_date=duplicate", "--yes"]).ok(), r);
    assert!(!f.path(&format!("people/{twin}.toml")).exists());
    let moved = f.read(&file_of(&f, &c2));
    assert!(moved.contains(&format!("recipient = \"{r}\"")), "{moved}");
    assert!(f.read(&file_of(&f, &c1)).contains(&r));
    let kept = f.read(&file_of(&f, &r));
    assert!(kept.contains("birth_date = 1980-05-01") && kept.contains("given = 2024-02-01"), "{kept}");
    assert!(check(&f, 0).contains("no problems"));
}

#[test]
fn merging_refuses_what_cannot_be_one_person() {
    let f = Folder::new();
    let (_, peer, r, o) = f.seeded();
    f.run(&consult_log(&peer, &r, "2025-03-14", "16:00-17:00", "Robežas")).ok();
    f.run(&consult_log(&o, &r, "2025-03-14", "17:00-18:00", "Cita")).fails(1, &["not a peer"]);
    let other = f.run(&["group", "add", "Cita grupa", "--leader", "L", "--venue", "V"]).ok().to_string();
    let elsewhere =
        f.run(&["participant", "add", "Anna Bērziņa", "--group", &other, "--role", "parent"]).ok().to_string();
    refused(&f, &["merge", &r, &elsewhere], 1, &["group:", "--take"]);
    refused(&f, &["merge", &r, &peer], 1, &["cannot be both peer and recipient"]);
}

#[test]
fn feedback_by_peer_recipient_and_date_and_lists_by_filter() {
    let f = Folder::new();
    let (g, peer, r, o) = f.seeded();
    let c = f.run(&consult_log(&peer, &r, "2025-03-14", "16:00-17:00", "Robežas")).ok().to_string();
    f.run(&consult_log(&peer, &o, "2025-03-15", "16:00-17:00", "Cita")).ok();
    let mut args = vec!["feedback", "record", "--peer", "ozolina", "--recipient", "berzina"];
    args.extend(["--consultation-date", "14.03.2025", "--from", "recipient", "--expected", "A", "--met", "no"]);
    args.extend(["--benefit", "B", "--date", "2025-03-20"]);
    let fb = f.run(&args).ok().to_string();
    assert!(f.read(&file_of(&f, &fb)).contains(&c));
    let mut wrong = args.clone();
    wrong[7] = "13.03.2025";
    refused(
        &f,
        &wrong,
        1,
        &["--consultation-date", "Līga Ozoliņa has no consultation with Anna Bērziņa on 2025-03-13"],
    );
    let list = |extra: &[&str]| {
        let mut a = vec!["feedback", "list", "--format", "csv"];
        a.extend(extra);
        f.run(&a).ok().lines().count() - 1
    };
    assert_eq!(list(&[]), 1);
    assert_eq!(list(&["--recipient", "berzina", "--met", "no", "--side", "recipient", "--group", &g]), 1);
    assert_eq!(list(&["--recipient", "vitolins"]), 0);
    assert_eq!(list(&["--month", "2025-04"]), 0);
    let consults = f.run(&["consult", "list", "--recipient", "vitolins", "--format", "csv"]);
    assert_eq!(consults.ok().lines().count(), 2);
}

#[test]
fn edit_and_rm_by_name_and_cancel_with_a_reason() {
    let f = Folder::new();
    let (_, peer, r, _) = f.seeded();
    f.run(&["edit", "berzina", "--set", "birth_date=1985-01-02"]).ok();
    assert!(f.read(&file_of(&f, &r)).contains("birth_date = 1985-01-02"));
    let mut plan = consult_log(&peer, &r, "2025-03-14", "16:00-17:00", "Robežas");
    plan[1] = "plan";
    let c = f.run(&plan).ok().to_string();
    f.run(&["consult", "cancel", &c, "--reason", "Saņēmēja saslima"]).ok();
    assert!(f.read(&file_of(&f, &c)).contains("reason = \"Saņēmēja saslima\""));
    refused(&f, &["rm", "vitolins", "--dry-run", "--cascade", "--bogus"], 2, &["--bogus"]);
    let gone = f.run(&["rm", "Ģirts Vītoliņš"]).ok().to_string();
    assert!(!f.path(&format!("people/{gone}.toml")).exists());
}

#[test]
fn colleague_support_rules_are_refused_and_found() {
    let f = Folder::empty();
    f.run(&["init", ".", "--programme", "colleague-support"]).ok();
    let unit =
        f.run(&["unit", "add", "Iecirknis", "--service", "Valsts policija", "--region", "Latgale"]).ok().to_string();
    let psy = f.run(&["psychologist", "add", "Dace Rozīte", "--city", "Daugavpils"]).ok().to_string();
    refused(
        &f,
        &["psychologist", "add", "X", "--city", "Rīga", "--phone", "+371 2"],
        1,
        &["not a Latvian phone number"],
    );
    f.run(&["psychologist", "add", "Y", "--city", "Rīga", "--phone", "+371 6702 3553"]).ok();
    let s = f
        .run(&[
            "support",
            "nominate",
            "Jānis Ozols",
            "--unit",
            &unit,
            "--applied",
            "2025-01-06",
            "--team-nominated",
            "--voluntary",
            "--superior-agreed",
        ])
        .ok()
        .to_string();
    f.run(&["support", "interview", &s, "--date", "2025-01-20", "--psychologist", &psy, "--decision", "approved"]).ok();
    f.run(&["support", "train", &s, "--date", "2025-02-03", "--hours", "6"]).ok();
    refused(
        &f,
        &["support", "train", &s, "--date", "2025-02-03", "--hours", "2"],
        1,
        &["two training entries on 2025-02-03"],
    );
    refused(
        &f,
        &["support", "train", &s, "--date", "2025-02-04", "--hours", "1e-300"],
        1,
        &["--hours", "at least 0.25"],
    );
    let mut incident =
        vec!["incident", "notify", "--date", "2025-05-06", "--category", "serious-injury", "--unit", &unit];
    incident.extend(["--officers", "4", "--psychologist", &psy, "--help-requested", "team"]);
    let mut future = incident.clone();
    future.extend(["--notified", "2099-05-06 21:40"]);
    refused(&f, &future, 1, &["the notification on 2099-05-06 is in the future"]);
    let mut before = incident.clone();
    before.extend(["--notified", "2025-05-05 21:40"]);
    refused(&f, &before, 1, &["before the incident on 2025-05-06"]);
    // Hand edits: a training day twice, a session with nobody present, a low threshold.
    hand_edit(&f, &s, "[[training]]", "[[training]]\ndate = 2025-02-03\nhours = 2\n\n[[training]]");
    f.write(
        "supervision/2025/v-nobodyyy.toml",
        &format!("id = \"v-nobodyyy\"\ndate = 2025-04-02\npsychologist = \"{psy}\"\nabsent = [\"{s}\"]\n"),
    );
    let config = f.read("peerlog.toml");
    assert!(config.contains("small_cell_threshold = 3"), "{config}");
    f.write("peerlog.toml", &config.replace("small_cell_threshold = 3", "small_cell_threshold = 1"));
    let out = check(&f, 1);
    assert!(out.contains("two training entries on 2025-02-03"), "{out}");
    assert!(out.contains("the session on 2025-04-02 has nobody present"), "{out}");
    assert!(out.contains("peerlog.toml") && out.contains("small_cell_threshold = 1"), "{out}");
    refused(&f, &["report", "programme"], 1, &["small_cell_threshold", "--allow-small-counts"]);
}

#[test]
fn import_reports_the_real_line_for_crlf_files_and_quoted_line_breaks() {
    let f = Folder::new();
    f.run(&["group", "add", "Rīga", "--leader", "L", "--venue", "V"]).ok();
    for end in ["\r\n", "\n"] {
        let rows = ["name,group,role", "A B,riga,parent", "C D,riga,kaķis", "\"E", "F\",riga,parent", "G H,riga,xx"];
        f.write("people.csv", &(rows.join(end) + end));
        refused(
            &f,
            &["import", "participants", "people.csv"],
            1,
            &["people.csv:3: role", "people.csv:4: name", "people.csv:6: role"],
        );
    }
}

#[test]
fn import_takes_the_latvian_answer_and_role_words() {
    let f = Folder::new();
    f.run(&["group", "add", "Rīga", "--leader", "L", "--venue", "V"]).ok();
    f.write("people.csv", "name,group,role\nAnna Bērziņa,riga,Vecāks\nElza Čakste,riga,bērns\n");
    f.run(&["import", "participants", "people.csv"]).ok();
    let list = f.run(&["participant", "list", "--format", "csv"]);
    assert!(list.ok().contains(",parent,") && list.stdout.contains(",child,"), "{}", list.stdout);
}

#[test]
fn a_consultation_on_a_day_the_peer_was_not_yet_prepared_is_a_warning() {
    let f = Folder::new();
    let (g, _, r, _) = f.seeded();
    let mut args = vec!["peer", "add", "Dace Šmite", "--group", &g, "--role", "parent", "--stage", "identified"];
    args.extend(["--date", "2025-01-01", "--consent", "peer", "--consent-date", "2025-01-01"]);
    let peer = f.run(&args).ok().to_string();
    let run = f.run(&consult_log(&peer, &r, "2025-03-14", "16:00-17:00", "Robežas"));
    let c = run.ok().to_string();
    let says = format!("peer Dace Šmite ({peer}) is identified on 2025-03-14; only prepared or active peers consult");
    assert!(run.stderr.contains(&format!("warning: --peer: {says}")), "{}", run.stderr);
    assert!(run.stderr.contains(&format!("`peerlog peer stage {peer} prepared`")), "{}", run.stderr);
    let out = check(&f, 0);
    assert!(out.contains(&format!("{c}.toml:")) && out.contains(&format!("warning: {says}")), "{out}");
    // A peer whose role had ended does not consult: refused, and an error in check.
    f.run(&["peer", "stage", &peer, "ended", "--date", "2025-03-20"]).ok();
    refused(&f, &consult_log(&peer, &r, "2025-03-21", "16:00-17:00", "Robežas"), 1, &["is ended on 2025-03-21"]);
}

#[test]
fn init_without_a_path_refuses_a_folder_above_or_inside_another() {
    let f = Folder::empty();
    f.run(&["init", "riga"]).ok();
    std::fs::create_dir_all(f.path("riga/people/notes")).unwrap();
    refused(&f, &["init"], 1, &["holds the peerlog folder", "riga", "`peerlog init PATH`"]);
    let inside = Folder::at(&f.path("riga/people/notes"));
    refused(&inside, &["init"], 1, &["lies inside the peerlog folder", "riga", "`peerlog init PATH`"]);
    // A path given is the coordinator's choice.
    f.run(&["init", "."]).ok();
}

#[test]
fn messages_about_a_record_being_added_name_no_placeholder_id() {
    let f = Folder::new();
    let (g, _, _, _) = f.seeded();
    let mut args = vec!["participant", "add", "Elza Čakste", "--group", &g, "--role", "child"];
    args.extend(["--birth-date", "2012-01-01", "--consent", "recipient", "--consent-by", "parent"]);
    args.extend(["--consent-date", "2099-01-01"]);
    let run = f.run(&args);
    run.fails(1, &["--consent: Elza Čakste's consent for recipient given on 2099-01-01 is dated in the future"]);
    assert!(!run.stderr.contains("p-new"), "{}", run.stderr);
    let c = Folder::empty();
    c.run(&["init", ".", "--programme", "colleague-support"]).ok();
    c.run(&["unit", "add", "Iecirknis", "--service", "Valsts policija", "--region", "Latgale"]).ok();
    let run = c.run(&["support", "nominate", "Jānis Ozols", "--unit", "iecirknis", "--voluntary", "--superior-agreed"]);
    run.ok();
    assert!(run.stderr.contains("Jānis Ozols was not nominated by the team"), "{}", run.stderr);
    assert!(!run.stderr.contains("s-new"), "{}", run.stderr);
}

#[test]
fn the_overview_refuses_a_masking_threshold_below_three_unless_allowed() {
    let f = Folder::example_colleague();
    let config = f.read("peerlog.toml");
    f.write("peerlog.toml", &config.replace("small_cell_threshold = 3", "small_cell_threshold = 2"));
    refused(&f, &["report", "overview"], 1, &["small_cell_threshold = 2", "--allow-small-counts"]);
    let run = f.run(&["report", "overview", "--allow-small-counts"]);
    assert!(run.ok().contains("<html"));
    assert!(run.stderr.contains("warning: small_cell_threshold is 2"), "{}", run.stderr);
}

#[test]
fn import_refuses_consultations_that_overlap_the_folder_or_each_other() {
    let f = Folder::new();
    let (_, peer, r, o) = f.seeded();
    let first = f.run(&consult_log(&peer, &r, "2025-03-14", "16:00-17:00", "Robežas")).ok().to_string();
    f.write(
        "c.csv",
        &format!(
            "peer,recipient,date,time,place,topic\n\
             {peer},{o},2025-03-14,16:30-17:30,Rīga,Cita\n\
             {peer},{o},2025-03-15,10:00-11:00,Rīga,Cita\n\
             {peer},{r},2025-03-15,10:30-11:30,Rīga,Cita\n"
        ),
    );
    refused(
        &f,
        &["import", "consultations", "c.csv"],
        1,
        &[
            &format!("c.csv:2: time: 16:30-17:30 overlaps {first} (held 16:00-17:00 on 2025-03-14)"),
            "c.csv:4: time: 10:30-11:30 overlaps line 3 (held 10:00-11:00 on 2025-03-15), where Līga Ozoliņa",
            "2 of 3 rows are wrong",
        ],
    );
    let run = f.run(&["import", "consultations", "c.csv"]);
    assert!(!run.stderr.contains("c-row"), "{}", run.stderr);
}

#[test]
fn editing_a_groups_dates_warns_about_its_consultations_outside_them() {
    let f = Folder::new();
    let (g, peer, r, _) = f.seeded();
    f.run(&["edit", &g, "--set", "model=1", "--set", "start=2025-01-01"]).ok();
    let c = f.run(&consult_log(&peer, &r, "2025-03-14", "16:00-17:00", "Robežas")).ok().to_string();
    let run = f.run(&["edit", &g, "--set", "end=2025-03-01"]);
    run.ok();
    let says = "2025-03-14 is outside the dates of Rīgas grupa";
    assert!(run.stderr.contains(&format!("warning: {c}: {says}")), "{}", run.stderr);
    assert!(f.read(&format!("groups/{g}.toml")).contains("end = 2025-03-01"));
    // check finds the same in the folder.
    let out = check(&f, 0);
    assert!(out.contains(&format!("{c}.toml")) && out.contains(says), "{out}");
    // A change that leaves them inside says nothing.
    let run = f.run(&["edit", &g, "--set", "end=2025-06-01"]);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
}

#[test]
fn counts_in_messages_agree_with_their_number() {
    let f = Folder::new();
    f.run(&["group", "add", "Rīga", "--leader", "L", "--venue", "V"]).ok();
    let run = f.run(&["export", "--output", "backup.json"]);
    run.ok();
    assert!(run.stderr.contains("exported 1 group, 0 people, 0 consultations, 0 feedback"), "{}", run.stderr);
    let lv = f.run_lv(&["export", "--output", "backup2.json"]);
    assert!(lv.stderr.contains("1 grupa, 0 personu"), "{}", lv.stderr);
    f.write("people.csv", "name,group,role\nA B,riga,kaķis\n");
    refused(&f, &["import", "participants", "people.csv"], 1, &["1 of 1 row is wrong"]);
}
