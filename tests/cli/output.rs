//! One output path: every CSV peerlog writes is safe to open in a spreadsheet, every report
//! writes CSV, --excel CSV and XLSX, `--output` takes the format from the file name, `-o -` is
//! stdout, and the same records give the same workbook bytes.

use crate::common::*;

/// Cells that a spreadsheet would run as a formula: they begin with = + - @, a tab or a CR
/// (a lone "-" is the tables' "none" and runs nothing).
fn live_formulas(csv_text: &str, delimiter: u8) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(csv_text.trim_start_matches('\u{feff}').as_bytes());
    let mut found = Vec::new();
    for record in reader.records() {
        for cell in record.expect("valid CSV").iter() {
            if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && cell != "-" {
                found.push(cell.to_string());
            }
        }
    }
    found
}

/// A thematic-groups folder whose every free text begins with a formula character; returns
/// (group, peer, consultation, feedback).
fn hostile_groups() -> (Folder, [String; 4]) {
    let f = Folder::new();
    let g = f
        .run(&[
            "group",
            "add",
            "=HYPERLINK(\"http://x\",\"y\")",
            "--leader",
            "+Inese Kalniņa",
            "--venue",
            "@SUM(1+1)",
            "--model",
            "1",
            "--start",
            "2025-02-03",
            "--end",
            "2025-05-26",
        ])
        .ok()
        .to_string();
    f.run(&[
        "participant",
        "add",
        "=Anna Bērziņa",
        "--group",
        &g,
        "--role",
        "parent",
        "--consent",
        "recipient,report",
        "--consent-date",
        "2025-02-03",
    ])
    .ok();
    let p = f
        .run(&[
            "peer",
            "add",
            "@Līga Ozoliņa",
            "--group",
            &g,
            "--role",
            "parent",
            "--consent",
            "peer,report",
            "--consent-date",
            "2025-02-03",
            "--stage",
            "prepared",
            "--date",
            "2025-02-10",
        ])
        .ok()
        .to_string();
    f.run(&["peer", "stage", &p, "active", "--date", "2025-03-01", "--note", "-2 stundas"]).ok();
    let c = f
        .run(&[
            "consult",
            "log",
            "--peer",
            "ozolina",
            "--recipient",
            "berzina",
            "--date",
            "2025-03-14",
            "--time",
            "16:00-17:00",
            "--place",
            "+Rīga",
            "--topic",
            "-Robežas",
        ])
        .ok()
        .to_string();
    let fb = f
        .run(&[
            "feedback",
            "record",
            "--consultation",
            &c,
            "--from",
            "recipient",
            "--expected",
            "=1+1",
            "--met",
            "partly",
            "--comment",
            "-2 stundas",
            "--benefit",
            "\t@x",
            "--date",
            "2025-03-15",
        ])
        .ok()
        .to_string();
    (f, [g, p, c, fb])
}

#[test]
fn no_csv_of_a_thematic_folder_holds_a_live_formula() {
    let (f, [g, p, c, fb]) = hostile_groups();
    let commands: Vec<Vec<&str>> = vec![
        vec!["group", "list", "--format", "csv"],
        vec!["group", "show", &g, "--format", "csv"],
        vec!["participant", "list", "--format", "csv"],
        vec!["peer", "list", "--format", "csv"],
        vec!["peer", "show", &p, "--format", "csv"],
        vec!["consult", "list", "--format", "csv"],
        vec!["consult", "show", &c, "--format", "csv"],
        vec!["feedback", "list", "--format", "csv"],
        vec!["feedback", "show", &fb, "--format", "csv"],
        vec!["show", &g, "--format", "csv"],
        vec!["show", &p, "--format", "csv"],
        vec!["show", &fb, "--format", "csv"],
        vec!["consent", "list", "--format", "csv"],
        vec!["agenda", "--as-of", "2025-06-01", "--format", "csv"],
        vec!["vocab", "--format", "csv"],
        vec!["report", "appendix1", "--group", &g],
        vec!["report", "appendix1", "--group", &g, "--table-only"],
        vec!["report", "summary", "--format", "csv"],
        vec!["report", "pipeline", "--format", "csv"],
    ];
    for args in &commands {
        let out = f.run(args);
        let text = out.ok();
        assert!(!text.is_empty(), "{args:?} printed nothing");
        assert_eq!(live_formulas(text, b','), Vec::<String>::new(), "{args:?}:\n{text}");
    }
    // The spreadsheet-ready variant of every report.
    for args in [
        vec!["report", "appendix1", "--group", &g, "--excel"],
        vec!["report", "summary", "--excel"],
        vec!["report", "pipeline", "--excel"],
    ] {
        let text = f.run(&args).ok().to_string();
        assert!(text.starts_with('\u{feff}') && text.contains("\r\n"), "{args:?} is not --excel CSV");
        assert_eq!(live_formulas(&text, b';'), Vec::<String>::new(), "{args:?}:\n{text}");
    }
}

#[test]
fn no_csv_of_a_colleague_folder_holds_a_live_formula() {
    // The example year, plus a unit, a psychologist and a candidate with formula-like names.
    let f = Folder::empty();
    copy_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data-example-colleague"), &f.root);
    let unit = f
        .run(&["unit", "add", "=Daugavpils", "--service", "+Valsts policija", "--region", "@Latgale"])
        .ok()
        .to_string();
    let psy = f.run(&["psychologist", "add", "=Dace Rozīte", "--city", "-Daugavpils"]).ok().to_string();
    let s = f
        .run(&[
            "support",
            "nominate",
            "@Jānis Ozols",
            "--unit",
            &unit,
            "--applied",
            "2025-01-06",
            "--voluntary",
            "--superior-agreed",
        ])
        .ok()
        .to_string();
    f.run(&["support", "interview", &s, "--date", "2025-01-20", "--psychologist", &psy, "--decision", "approved"]).ok();
    let sessions = f.run(&["supervision", "list", "--format", "json"]).ok().to_string();
    let sessions: serde_json::Value = serde_json::from_str(&sessions).unwrap();
    let v = sessions[0]["id"].as_str().expect("a session in the example").to_string();
    let commands: Vec<Vec<&str>> = vec![
        vec!["unit", "list", "--format", "csv"],
        vec!["unit", "show", &unit, "--format", "csv"],
        vec!["psychologist", "list", "--format", "csv"],
        vec!["psychologist", "show", &psy, "--format", "csv"],
        vec!["show", &unit, "--format", "csv"],
        vec!["show", &s, "--format", "csv"],
        vec!["support", "list", "--format", "csv"],
        vec!["support", "show", &s, "--format", "csv"],
        vec!["support", "agenda", "--as-of", "2025-06-30", "--format", "csv"],
        vec!["supervision", "list", "--format", "csv"],
        vec!["supervision", "show", &v, "--format", "csv"],
        vec!["contact", "list", "--format", "csv"],
        vec!["referral", "list", "--format", "csv"],
        vec!["incident", "list", "--format", "csv"],
        vec!["report", "programme", "--year", "2025", "--format", "csv"],
    ];
    for args in &commands {
        let out = f.run(args);
        let text = out.ok();
        assert_eq!(live_formulas(text, b','), Vec::<String>::new(), "{args:?}:\n{text}");
    }
    let text = f.run(&["report", "programme", "--year", "2025", "--excel", "--format", "csv"]).ok().to_string();
    assert_eq!(live_formulas(&text, b';'), Vec::<String>::new(), "{text}");
}

/// Every report, with the folder it needs.
fn reports() -> Vec<(Folder, Vec<&'static str>)> {
    let colleague = Folder::empty();
    copy_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data-example-colleague"), &colleague.root);
    vec![
        (Folder::example(), vec!["report", "appendix1", "--group", "rigas"]),
        (Folder::example(), vec!["report", "summary"]),
        (Folder::example(), vec!["report", "pipeline"]),
        (colleague, vec!["report", "programme", "--year", "2025"]),
    ]
}

#[test]
fn every_report_writes_a_workbook_the_same_bytes_each_time_and_into_a_pipe() {
    for (f, args) in reports() {
        let first = f.path("first.xlsx");
        let second = f.path("second.xlsx");
        f.run(&[&args[..], &["--output", first.to_str().unwrap()]].concat()).ok();
        f.run(&[&args[..], &["-o", second.to_str().unwrap()]].concat()).ok();
        let bytes = std::fs::read(&first).unwrap();
        assert!(bytes.starts_with(b"PK"), "{args:?} --output x.xlsx wrote no workbook");
        assert!(bytes == std::fs::read(&second).unwrap(), "{args:?}: two runs gave different workbooks");
        let mut book: calamine::Xlsx<_> = calamine::open_workbook(&first).expect("a workbook calamine reads");
        use calamine::Reader;
        let sheet = book.worksheet_range_at(0).expect("a sheet").expect("readable");
        assert!(sheet.height() > 1, "{args:?}: an empty sheet");
        // Into a pipe, with --format xlsx.
        let piped = f.run(&[&args[..], &["--format", "xlsx"]].concat());
        assert!(piped.stdout.starts_with("PK"), "{args:?} | head -c 2 is not PK");
        // SOURCE_DATE_EPOCH sets the creation time, and only that.
        let dated = f.path("dated.xlsx");
        f.run_env(&[&args[..], &["-o", dated.to_str().unwrap()]].concat(), &[("SOURCE_DATE_EPOCH", "1700000000")]).ok();
        let dated = std::fs::read(&dated).unwrap();
        assert!(dated != bytes, "{args:?}: SOURCE_DATE_EPOCH not honoured");
    }
}

#[test]
fn every_report_writes_csv_and_json_chosen_by_the_file_name_and_dash_is_stdout() {
    for (f, args) in reports() {
        let csv = f.path("r.csv");
        f.run(&[&args[..], &["--output", csv.to_str().unwrap()]].concat()).ok();
        let text = std::fs::read_to_string(&csv).unwrap();
        assert!(text.lines().count() > 1 && text.contains(','), "{args:?} .csv:\n{text}");
        let stdout = f.run(&[&args[..], &["--format", "csv", "-o", "-"]].concat()).ok().to_string();
        assert_eq!(stdout, text.trim_end(), "{args:?}: -o - is stdout");
        assert!(!f.path("-").exists(), "{args:?} wrote a file named -");
        if args[1] != "appendix1" {
            let json = f.path("r.json");
            f.run(&[&args[..], &["--output", json.to_str().unwrap()]].concat()).ok();
            let value: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
            assert!(!value.is_null(), "{args:?} .json");
        }
        refused(&f, &[&args[..], &["--format", "xlsx", "--output", "x.csv"]].concat(), 2, &["x.csv"]);
        refused(&f, &[&args[..], &["--excel", "--output", "x.xlsx"]].concat(), 2, &["--excel"]);
    }
}

#[test]
fn show_csv_has_one_shape_for_every_kind() {
    let f = Folder::example();
    let g = f.run(&["group", "list", "--format", "json"]).ok().to_string();
    let g: serde_json::Value = serde_json::from_str(&g).unwrap();
    let id = g[0]["id"].as_str().unwrap();
    let shown = f.run(&["group", "show", id, "--format", "csv"]).ok().to_string();
    assert!(shown.starts_with("field,value\n"), "{shown}");
    let c = f.run(&["consult", "list", "--format", "json"]).ok().to_string();
    let c: serde_json::Value = serde_json::from_str(&c).unwrap();
    let shown = f.run(&["consult", "show", c[0]["id"].as_str().unwrap(), "--format", "csv"]).ok().to_string();
    assert!(shown.starts_with("field,value\n"), "{shown}");
}

#[test]
fn free_text_flags_take_values_that_begin_with_a_dash() {
    let (f, [_, _, c, _]) = hostile_groups();
    let fb = f.run(&["feedback", "show", &c, "--format", "json"]);
    assert_eq!(fb.code, 1, "a consultation ID is not feedback");
    let shown = f.run(&["consult", "show", &c, "--format", "json"]).ok().to_string();
    assert!(shown.contains("\"topic\": \"-Robežas\""), "{shown}");
    assert!(shown.contains("-2 stundas"), "{shown}");
}

#[test]
fn export_to_dash_is_the_document_on_stdout_without_a_note() {
    for f in [Folder::example(), Folder::example_colleague()] {
        let plain = f.run(&["export"]);
        let dash = f.run(&["export", "-o", "-"]);
        assert_eq!(dash.ok(), plain.ok());
        assert_eq!(dash.stderr, "", "a note on stderr for -o -");
        assert!(!f.path("-").exists(), "export -o - wrote a file named -");
    }
}
