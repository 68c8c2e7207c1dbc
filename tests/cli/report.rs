//! The ministry reports: the whole Appendix 1 sheet in CSV, spreadsheet-ready CSV and XLSX,
//! periods, several groups, files written safely, and the programme summary.

use crate::common::*;
use calamine::{Data, Reader, Xlsx, open_workbook};
use std::io::Read;

const HEADERS: [&str; 6] = [
    "Nr. p.k.",
    "Līdzinieka vārds, uzvārds",
    "Līdzinieku konsultāciju saņēmēja vārds, uzvārds",
    "Līdzinieku konsultācijas norises vieta, datums un laiks (00.00.2025., 00:00-00:00)",
    "Līdzinieku konsultācijas tēma",
    "Līdzinieka konsultāciju saņēmēja atbildes uz jautājumiem: Kas tika sagaidīts no līdzinieka konsultācijas? Vai minētās gaidas piepildījās? Kāds bija ieguvums no līdzinieka konsultācijas?",
];

/// Every record of a CSV text, split by `delimiter`.
fn records(text: &str, delimiter: u8) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// The data rows (after the header) of a `--table-only` CSV.
fn table_rows(text: &str) -> Vec<Vec<String>> {
    let mut all = records(text, b',');
    assert_eq!(all.remove(0), HEADERS, "the header row comes first");
    all
}

/// Logs a held consultation in a seeded folder; returns its ID.
fn log(f: &Folder, peer: &str, recipient: &str, date: &str, time: &str, place: &str, topic: &str) -> String {
    f.run(&[
        "consult",
        "log",
        "--peer",
        peer,
        "--recipient",
        recipient,
        "--date",
        date,
        "--time",
        time,
        &format!("--place={place}"),
        &format!("--topic={topic}"),
    ])
    .ok()
    .to_string()
}

#[test]
fn the_table_the_excel_bytes_and_the_summary_of_data_example_are_pinned() {
    let f = Folder::example();
    for (group, name) in [("rigas", "riga"), ("jelgavas", "jelgava")] {
        let table = f.run(&["report", "appendix1", "--group", group, "--table-only"]);
        table.ok();
        insta::assert_binary_snapshot!(&format!("appendix1-{name}-table.csv"), table.stdout.as_bytes().to_vec());
    }
    let out = f.path("excel.csv");
    f.run(&["report", "appendix1", "--group", "rigas", "--excel", "--output", out.to_str().unwrap()]).ok();
    let excel = std::fs::read(&out).unwrap();
    insta::assert_binary_snapshot!("appendix1-riga-excel.csv", excel.clone());
    assert!(excel.starts_with("\u{feff}".as_bytes()), "UTF-8 byte order mark");
    let text = std::str::from_utf8(&excel[3..]).unwrap();
    assert!(text.ends_with("\r\n"));
    assert!(text.contains("Pielikums nr.1;;;;;\r\n"), "{text}");

    // The Excel CSV holds the same cells as the plain one, only with ';' and CR LF.
    let plain = f.run(&["report", "appendix1", "--group", "rigas"]).ok().to_string();
    assert_eq!(records(text, b';'), records(&plain, b','));

    let summary = f.run(&["report", "summary", "--format", "csv"]);
    summary.ok();
    insta::assert_binary_snapshot!("summary.csv", summary.stdout.as_bytes().to_vec());
}

#[test]
fn the_full_sheet_has_the_seed_layout_and_the_wording_of_peerlog_toml() {
    let f = Folder::example();
    let plain = f.run(&["report", "appendix1", "--group", "rigas"]).ok().to_string();
    let lines = records(&plain, b',');
    assert!(lines.iter().all(|l| l.len() == 6), "every line has six cells");
    let first: Vec<&str> = lines.iter().map(|l| l[0].as_str()).collect();
    assert_eq!(first[0], "Pielikums nr.1");
    assert_eq!(first[1], "LĪDZINIEKU KONSULTĀCIJU UZSKAITES LAPA");
    assert!(first[2].starts_with("Saskaņā ar Bērnu aizsardzības centra") && first[2].contains("Nr. 4.2-4/140"));
    assert_eq!(lines[3][..2], ["Tematiskā atbalsta grupas vadītājs", "Inese Kalniņa"]);
    assert_eq!(lines[4][..2], ["Tematiskā atbalsta grupas norises vieta", "Rīga, Brīvības iela 1"]);
    assert!(lines[5].iter().all(String::is_empty), "a blank row before the table");
    assert_eq!(lines[6], HEADERS);
    assert_eq!(first[7..11], ["1.", "2.", "3.", "4."]);
    assert!(lines[11].iter().all(String::is_empty));
    assert!(first[12].starts_with("Eiropas Sociālā fonda Plus līdzfinansētais projekts Nr. 4.3.6.5/1/24/I/001"));
    assert_eq!(lines.len(), 13);

    // Another programme changes the wording in peerlog.toml, not the program.
    let config = f.read("peerlog.toml");
    let config: String = config
        .lines()
        .map(|l| {
            if l.starts_with("project =") {
                "project = \"Cits projekts Nr. 1\"".to_string()
            } else if l.starts_with("contract =") {
                "contract = \"Saskaņā ar līgumu Nr. 7\"".to_string()
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    f.write("peerlog.toml", &config);
    let changed = f.run(&["report", "appendix1", "--group", "rigas"]).ok().to_string();
    let changed = records(&changed, b',');
    assert_eq!(changed[2][0], "Saskaņā ar līgumu Nr. 7");
    assert_eq!(changed.last().unwrap()[0], "Cits projekts Nr. 1");
}

#[test]
fn the_xlsx_workbook_reads_back_with_its_cells_as_text() {
    let f = Folder::new();
    let (g, peer, r, _) = f.seeded();
    log(&f, &peer, &r, "2025-03-14", "16:00-17:00", "Rīga, Brīvības iela 1", "=1+1");
    log(&f, &peer, &r, "2025-03-04", "09:00-10:00", "-Rīga", "Robežas, \"jā\"");
    let out = f.path("appendix1.xlsx");
    let run = f.run(&["report", "appendix1", "--group", &g, "--output", out.to_str().unwrap()]);
    assert_eq!(run.ok(), "", "nothing on stdout when writing a file");
    assert!(run.stderr.contains("appendix1.xlsx"), "{}", run.stderr);

    let mut book: Xlsx<_> = open_workbook(&out).expect("a real workbook");
    assert_eq!(book.sheet_names(), ["Rīgas grupa"]);
    let range = book.worksheet_range("Rīgas grupa").unwrap();
    let cell = |row: u32, col: u32| match range.get_value((row, col)) {
        Some(Data::String(s)) => s.clone(),
        Some(Data::Empty) | None => String::new(),
        Some(other) => panic!("cell ({row}, {col}) is not text: {other:?}"),
    };
    assert_eq!(cell(0, 0), "Pielikums nr.1");
    assert_eq!(cell(1, 0), "LĪDZINIEKU KONSULTĀCIJU UZSKAITES LAPA");
    assert!(cell(2, 0).starts_with("Saskaņā ar"));
    assert_eq!(cell(3, 0), "Tematiskā atbalsta grupas vadītājs");
    assert_eq!(cell(3, 3), "Inese Kalniņa");
    assert_eq!(cell(4, 0), "Tematiskā atbalsta grupas norises vieta");
    assert_eq!(cell(4, 3), "Rīga, Brīvības iela 1");
    for (col, h) in (0..).zip(HEADERS) {
        assert_eq!(cell(6, col), h);
    }
    // Rows by date and time; numbers and dates stay text; formula-like cells are plain strings.
    assert_eq!(cell(7, 0), "1.");
    assert_eq!(cell(7, 3), "-Rīga, 04.03.2025., 09:00-10:00");
    assert_eq!(cell(7, 4), "Robežas, \"jā\"");
    assert_eq!(cell(8, 0), "2.");
    assert_eq!(cell(8, 1), "Līga Ozoliņa");
    assert_eq!(cell(8, 2), "Anna Bērziņa");
    assert_eq!(cell(8, 4), "=1+1");
    assert!(cell(10, 0).starts_with("Eiropas Sociālā fonda Plus"));
    let formulas = book.worksheet_formula("Rīgas grupa").unwrap();
    assert!(formulas.used_cells().all(|(.., f)| f.is_empty()), "no cell is a formula");

    // The header row is bold, wrapped and frozen; the columns have widths.
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap();
    let mut sheet = String::new();
    zip.by_name("xl/worksheets/sheet1.xml").unwrap().read_to_string(&mut sheet).unwrap();
    assert!(
        sheet.contains(r#"ySplit="7""#) && sheet.contains(r#"state="frozen""#),
        "the header row is frozen: {sheet}"
    );
    assert!(sheet.contains("<cols>") && sheet.contains("customWidth=\"1\""), "{sheet}");
    let mut styles = String::new();
    zip.by_name("xl/styles.xml").unwrap().read_to_string(&mut styles).unwrap();
    assert!(styles.contains("<b/>") && styles.contains("wrapText=\"1\""), "{styles}");
}

#[test]
fn formula_like_cells_are_neutralised_in_csv_and_nothing_else_is() {
    let f = Folder::new();
    let g = f.run(&["group", "add", "Grupa", "--leader", "@vadītājs", "--venue", "+371 Rīga"]).ok().to_string();
    let peer = f
        .run(&[
            "peer",
            "add",
            "--group",
            &g,
            "--role",
            "parent",
            "--consent",
            "peer,report",
            "--consent-date",
            "2024-01-01",
            "--",
            "-Līga Ozoliņa",
        ])
        .ok()
        .to_string();
    let r = f
        .run(&[
            "participant",
            "add",
            "=HYPERLINK(\"x\")",
            "--group",
            &g,
            "--role",
            "parent",
            "--consent",
            "recipient,report",
            "--consent-date",
            "2024-01-01",
        ])
        .ok()
        .to_string();
    let c = log(&f, &peer, &r, "2025-03-14", "16:00-17:00", "Rīga, Brīvības iela 1", "@SUM(A1:A9)");
    f.run(&[
        "feedback",
        "record",
        "--consultation",
        &c,
        "--from",
        "recipient",
        "--expected=-",
        "--met",
        "no",
        "--benefit",
        "=2+2",
    ])
    .ok();
    let plain = f.run(&["report", "appendix1"]).ok().to_string();
    let lines = records(&plain, b',');
    assert_eq!(lines[3][1], "'@vadītājs");
    assert_eq!(lines[4][1], "'+371 Rīga");
    let row = &lines[7];
    assert_eq!(row[0], "1.");
    assert_eq!(row[1], "'-Līga Ozoliņa");
    assert_eq!(row[2], "'=HYPERLINK(\"x\")");
    // A dash inside a cell (the time range) is not touched; only a first character counts.
    assert_eq!(row[3], "Rīga, Brīvības iela 1, 14.03.2025., 16:00-17:00");
    assert_eq!(row[4], "'@SUM(A1:A9)");
    assert!(row[5].starts_with("Kas tika sagaidīts") && row[5].contains("? =2+2"), "{}", row[5]);

    let excel = f.run(&["report", "appendix1", "--excel", "--table-only"]).ok().to_string();
    let row = &records(excel.trim_start_matches('\u{feff}'), b';')[1];
    assert_eq!(row[1..3], ["'-Līga Ozoliņa", "'=HYPERLINK(\"x\")"]);

    // The workbook keeps them as they are, as strings.
    let out = f.path("g.xlsx");
    f.run(&["report", "appendix1", "--output", out.to_str().unwrap()]).ok();
    let mut book: Xlsx<_> = open_workbook(&out).unwrap();
    let range = book.worksheet_range("Grupa").unwrap();
    assert_eq!(range.get_value((7, 2)), Some(&Data::String("=HYPERLINK(\"x\")".into())));
    assert_eq!(range.get_value((7, 4)), Some(&Data::String("@SUM(A1:A9)".into())));
}

#[test]
fn commas_quotes_and_line_breaks_survive_a_round_trip() {
    let f = Folder::new();
    let (g, peer, r, _) = f.seeded();
    // Topics stay on one line; line breaks come from the answers cell (see the snapshots).
    let topic = "Robežas, \"nē\" un; jā | otrā daļa";
    let place = "Rīga, \"Māja\"; 2. stāvs";
    log(&f, &peer, &r, "2025-03-14", "16:00-17:00", place, topic);
    let plain = f.run(&["report", "appendix1", "--group", &g, "--table-only"]).ok().to_string();
    let rows = table_rows(&plain);
    assert_eq!(rows[0][4], topic);
    assert_eq!(rows[0][3], format!("{place}, 14.03.2025., 16:00-17:00"));

    for (flags, delimiter) in
        [(vec!["--excel"], b';'), (vec!["--excel", "--delimiter", "tab"], b'\t'), (vec!["--delimiter", "|"], b'|')]
    {
        let mut args = vec!["report", "appendix1", "--group", &g, "--table-only"];
        args.extend(flags.iter().copied());
        let text = f.run(&args).ok().to_string();
        let parsed = records(text.trim_start_matches('\u{feff}'), delimiter);
        assert_eq!(parsed[0], HEADERS, "{flags:?}");
        assert_eq!(parsed[1][4], topic, "{flags:?}");
        assert_eq!(parsed[1][3], rows[0][3], "{flags:?}");
    }
    refused(&f, &["report", "appendix1", "--group", &g, "--delimiter", "\""], 1, &["--delimiter"]);
    refused(
        &f,
        &["report", "appendix1", "--group", &g, "--delimiter", ";;"],
        1,
        &["--delimiter", "one ASCII character"],
    );
}

#[test]
fn periods_include_both_ends_and_cover_whole_months_quarters_and_years() {
    let f = Folder::new();
    let (g, peer, r, _) = f.seeded();
    let days = [
        "2024-12-31",
        "2025-01-01",
        "2025-02-28",
        "2025-03-01",
        "2025-03-31",
        "2025-04-01",
        "2025-06-30",
        "2025-07-01",
        "2025-12-31",
        "2026-01-01",
    ];
    for d in days {
        log(&f, &peer, &r, d, "16:00-17:00", "Rīga", "Tēma");
    }
    let dates = |extra: &[&str]| -> Vec<String> {
        let mut args = vec!["report", "appendix1", "--group", &g, "--table-only"];
        args.extend(extra);
        table_rows(f.run(&args).ok())
            .iter()
            .map(|row| row[3].trim_start_matches("Rīga, ").trim_end_matches(", 16:00-17:00").to_string())
            .collect()
    };
    assert_eq!(dates(&[]).len(), days.len());
    assert_eq!(dates(&["--month", "2025-03"]), ["01.03.2025.", "31.03.2025."]);
    assert_eq!(dates(&["--month", "2025-02"]), ["28.02.2025."]);
    assert_eq!(dates(&["--quarter", "2025-Q1"]), ["01.01.2025.", "28.02.2025.", "01.03.2025.", "31.03.2025."]);
    assert_eq!(dates(&["--quarter", "2025-q2"]), ["01.04.2025.", "30.06.2025."]);
    assert_eq!(
        dates(&["--year", "2025"]),
        [
            "01.01.2025.",
            "28.02.2025.",
            "01.03.2025.",
            "31.03.2025.",
            "01.04.2025.",
            "30.06.2025.",
            "01.07.2025.",
            "31.12.2025."
        ]
    );
    assert_eq!(dates(&["--from", "31.03.2025", "--to", "2025-04-01"]), ["31.03.2025.", "01.04.2025."]);
    assert_eq!(dates(&["--from", "2025-12-31"]), ["31.12.2025.", "01.01.2026."]);
    assert_eq!(dates(&["--to", "2024-12-31"]), ["31.12.2024."]);
    assert_eq!(dates(&["--from", "2025-03-15", "--to", "2025-03-15"]), Vec::<String>::new());
    // Rows are numbered within the period.
    let rows = table_rows(f.run(&["report", "appendix1", "--group", &g, "--table-only", "--month", "2025-03"]).ok());
    assert_eq!((rows[0][0].as_str(), rows[1][0].as_str()), ("1.", "2."));

    refused(&f, &["report", "appendix1", "--month", "2025-13"], 1, &["--month", "2025-03"]);
    refused(&f, &["report", "appendix1", "--quarter", "2025-Q5"], 1, &["--quarter", "Q1"]);
    refused(&f, &["report", "appendix1", "--year", "25"], 1, &["--year"]);
    refused(&f, &["report", "appendix1", "--from", "2025-04-01", "--to", "2025-03-01"], 1, &["--to", "before"]);
    refused(&f, &["report", "appendix1", "--from", "31.02.2025"], 1, &["--from"]);
    refused(&f, &["report", "appendix1", "--month", "2025-03", "--from", "2025-03-01"], 2, &["--month"]);
    // One parser for every command with a period: a quarter's number alone takes --year's year.
    let q1 = |args: &[&str]| f.run(&[&["report", "appendix1", "--group", &g][..], args].concat()).ok().to_string();
    assert_eq!(q1(&["--quarter", "1", "--year", "2025"]), q1(&["--quarter", "2025-Q1"]));
    assert_eq!(q1(&["--quarter", "2025Q1", "--year", "2025"]), q1(&["--quarter", "2025-Q1"]));
    refused(&f, &["report", "summary", "--year", "2024", "--quarter", "2025-Q1"], 2, &["--year '2024'"]);
    refused(&f, &["report", "summary", "--quarter", "Q1"], 2, &["--year", "2025-Q1"]);
}

#[test]
fn rows_are_ordered_by_date_start_time_and_id() {
    let f = Folder::new();
    let (g, peer, r, o) = f.seeded();
    let late = log(&f, &peer, &r, "2025-03-14", "18:00-19:00", "Rīga", "Vēlā");
    let early = log(&f, &peer, &o, "2025-03-14", "08:00-09:00", "Rīga", "Agrā");
    let before = log(&f, &peer, &r, "2025-03-13", "20:00-21:00", "Rīga", "Iepriekšējā");
    let _ = (late, early, before);
    let run = || f.run(&["report", "appendix1", "--group", &g, "--table-only"]).ok().to_string();
    let first = run();
    let topics: Vec<String> = table_rows(&first).into_iter().map(|r| r[4].clone()).collect();
    assert_eq!(topics, ["Iepriekšējā", "Agrā", "Vēlā"]);
    assert_eq!(first, run(), "the same bytes on every run");
}

#[test]
fn several_groups_need_a_choice_or_all_groups_to_a_folder() {
    let f = Folder::example();
    refused(
        &f,
        &["report", "appendix1"],
        2,
        &["--group is needed", "Jelgavas pusaudžu atbalsta grupa", "Rīgas vecāku atbalsta grupa", "--all-groups"],
    );
    refused(&f, &["report", "appendix1", "--all-groups"], 2, &["--output-dir"]);
    refused(&f, &["report", "appendix1", "--all-groups", "--group", "rigas", "--output-dir", "x"], 2, &["--group"]);
    refused(&f, &["report", "appendix1", "--group", "nav-tādas"], 1, &["nav-tādas"]);

    let out = f.path("reports/2025-03");
    let dir = out.to_str().unwrap();
    let run = f.run(&["report", "appendix1", "--all-groups", "--month", "2025-03", "--output-dir", dir]);
    run.ok();
    let mut files: Vec<String> =
        std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    files.sort();
    assert_eq!(files, ["jelgavas-pusaudzu-atbalsta-grupa.csv", "rigas-vecaku-atbalsta-grupa.csv"]);
    let riga = std::fs::read_to_string(out.join("rigas-vecaku-atbalsta-grupa.csv")).unwrap();
    let single = f.run(&["report", "appendix1", "--group", "rigas", "--month", "2025-03"]).ok().to_string();
    assert_eq!(riga.trim_end(), single);
    let jelgava = records(&std::fs::read_to_string(out.join("jelgavas-pusaudzu-atbalsta-grupa.csv")).unwrap(), b',');
    assert_eq!(jelgava[3][1], "Māris Liepiņš");
    assert_eq!(jelgava[7][3], "Jelgava, Lielā iela 10, 26.03.2025., 15:00-15:45");

    // A second run refuses to replace any of them, and writes nothing; --force replaces.
    std::fs::write(out.join("rigas-vecaku-atbalsta-grupa.csv"), "mine").unwrap();
    std::fs::remove_file(out.join("jelgavas-pusaudzu-atbalsta-grupa.csv")).unwrap();
    refused(
        &f,
        &["report", "appendix1", "--all-groups", "--output-dir", dir],
        1,
        &["rigas-vecaku-atbalsta-grupa.csv", "exists", "--force"],
    );
    assert!(!out.join("jelgavas-pusaudzu-atbalsta-grupa.csv").exists());
    f.run(&["report", "appendix1", "--all-groups", "--output-dir", dir, "--force", "--format", "xlsx"]).ok();
    assert!(out.join("rigas-vecaku-atbalsta-grupa.xlsx").is_file());
    assert!(out.join("jelgavas-pusaudzu-atbalsta-grupa.xlsx").is_file());
    f.run(&["report", "appendix1", "--all-groups", "--output-dir", dir, "--force"]).ok();
    assert_ne!(std::fs::read_to_string(out.join("rigas-vecaku-atbalsta-grupa.csv")).unwrap(), "mine");
}

#[test]
fn groups_whose_names_fold_alike_get_distinct_file_names() {
    let f = Folder::new();
    f.run(&["group", "add", "Rīgas grupa", "--leader", "A", "--venue", "V"]).ok();
    f.write("groups/g-zzzzzzzz.toml", "id = \"g-zzzzzzzz\"\nname = \"RIGAS  grupa!\"\nleader = \"B\"\nvenue = \"V\"\n");
    let out = f.path("out");
    f.run(&["report", "appendix1", "--all-groups", "--output-dir", out.to_str().unwrap()]).ok();
    let mut files: Vec<String> =
        std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    files.sort();
    assert_eq!(files.len(), 2, "{files:?}");
    assert!(files.iter().all(|n| n.starts_with("rigas-grupa-g-") && n.ends_with(".csv")), "{files:?}");
}

#[test]
fn output_writes_a_new_file_and_replaces_one_only_with_force() {
    let f = Folder::example();
    let out = f.path("appendix1.csv");
    let file = out.to_str().unwrap();
    let run = f.run(&["report", "appendix1", "--group", "rigas", "--output", file]);
    assert_eq!(run.ok(), "");
    assert!(run.stderr.contains("4 held consultations"), "{}", run.stderr);
    let stdout = f.run(&["report", "appendix1", "--group", "rigas"]).stdout;
    assert_eq!(std::fs::read_to_string(&out).unwrap(), stdout);

    std::fs::write(&out, "keep me").unwrap();
    refused(
        &f,
        &["report", "appendix1", "--group", "rigas", "--output", file],
        1,
        &["appendix1.csv", "exists", "--force"],
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");
    f.run(&["report", "appendix1", "--group", "rigas", "--output", file, "--force"]).ok();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), stdout);
    let strays: Vec<_> = std::fs::read_dir(&f.root)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().starts_with(".peerlog-tmp-"))
        .collect();
    assert!(strays.is_empty(), "no temporary files left behind");

    // XLSX goes to a file or a pipe (never a terminal), and has no separator.
    let piped = f.run(&["report", "appendix1", "--group", "rigas", "--format", "xlsx"]);
    assert!(piped.stdout.starts_with("PK"), "a workbook into a pipe");
    refused(&f, &["report", "appendix1", "--group", "rigas", "--excel", "--output", "x.xlsx"], 2, &["--excel"]);
    // A format that contradicts the file's name is refused.
    refused(
        &f,
        &["report", "appendix1", "--group", "rigas", "--format", "csv", "--output", "x.xlsx"],
        2,
        &["--format csv", "x.xlsx"],
    );
    // --output FILE.xlsx picks the workbook by itself.
    let book = f.path("riga.xlsx");
    f.run(&["report", "appendix1", "--group", "rigas", "-o", book.to_str().unwrap()]).ok();
    assert!(std::fs::read(&book).unwrap().starts_with(b"PK"), "a zip container");
}

#[test]
fn a_broken_or_dangling_record_fails_the_report_with_its_file() {
    let f = Folder::example();
    let c = f.files("consultations/").into_iter().find(|p| p.contains("2025-03-11")).unwrap();
    let good = f.read(&c);
    f.write(&c, &good.replace("status = \"held\"", "status = \"done\""));
    let out = f.path("a.csv");
    refused(&f, &["report", "appendix1", "--group", "rigas", "--output", out.to_str().unwrap()], 1, &[&c, "done"]);
    assert!(!out.exists(), "no report file from a broken folder");
    let run = f.run(&["report", "appendix1", "--group", "rigas"]);
    run.fails(1, &[&c]);
    assert_eq!(run.stdout, "", "no partial report on stdout");
    f.run(&["report", "summary"]).fails(1, &[&c]);

    // A consultation whose peer is gone cannot be placed in a group: it is not left out silently.
    let peer_line = good.lines().find(|l| l.starts_with("peer = ")).unwrap();
    f.write(&c, &good.replace(peer_line, "peer = \"p-gonegone\""));
    f.run(&["report", "appendix1", "--group", "rigas"]).fails(1, &[&c, "p-gonegone", "does not exist"]);
    f.write(&c, &good);
    f.run(&["report", "appendix1", "--group", "rigas"]).ok();
}

#[test]
fn summary_counts_per_group_and_month() {
    let f = Folder::example();
    let json: serde_json::Value = serde_json::from_str(f.run(&["report", "summary", "--format", "json"]).ok()).unwrap();
    let rows = json.as_array().unwrap();
    let riga_march =
        rows.iter().find(|r| r["group"] == "Rīgas vecāku atbalsta grupa" && r["month"] == "2025-03").unwrap();
    assert_eq!(riga_march["held"], 4);
    assert_eq!(riga_march["planned"], 0);
    assert_eq!(riga_march["cancelled"], 1);
    assert_eq!(riga_march["peers"], 1);
    assert_eq!(riga_march["recipients"], 3);
    assert_eq!(riga_march["held_without_recipient_feedback"], 1);
    assert_eq!(riga_march["held_without_peer_feedback"], 3);
    assert_eq!(
        (&riga_march["met_yes"], &riga_march["met_partly"], &riga_march["met_no"]),
        (&2.into(), &1.into(), &0.into())
    );
    assert_eq!(rows.len(), 4, "two groups, two months each");

    let jelgava =
        f.run(&["report", "summary", "--group", "jelgavas", "--month", "2025-04", "--format", "csv"]).ok().to_string();
    let lines = records(&jelgava, b',');
    assert_eq!(lines.len(), 2, "{jelgava}");
    assert_eq!(lines[1][..3], ["Jelgavas pusaudžu atbalsta grupa", "g-7u9zy9et", "2025-04"]);
    assert_eq!(lines[1][3..], ["2", "1", "1", "2", "2", "1", "1", "0", "0", "1"]);

    let table = f.run(&["report", "summary", "--year", "2025"]).ok().to_string();
    assert!(table.contains("Rīgas vecāku atbalsta grupa") && table.contains("2025-05"), "{table}");
    let none = f.run(&["report", "summary", "--year", "2024", "--format", "json"]).ok().to_string();
    assert_eq!(none, "[]");
}

#[test]
fn report_help_shows_examples() {
    let f = Folder::new();
    for cmd in ["appendix1", "summary"] {
        let help = f.run(&["report", cmd, "--help"]).ok().to_string();
        assert!(help.contains("Example"), "{help}");
        assert!(help.contains("--quarter"), "{help}");
    }
}

#[test]
fn output_into_a_folder_that_is_not_there_is_refused_and_makes_nothing() {
    let thematic: &[&[&str]] = &[
        &["report", "appendix1", "--group", "rigas", "--output", "nowhere/deeper/a1.csv"],
        &["report", "appendix1", "--group", "rigas", "--output", "nowhere/a1.xlsx"],
        &["report", "summary", "--output", "nowhere/summary.csv"],
        &["report", "pipeline", "--output", "nowhere/pipeline.json"],
        &["report", "overview", "--output", "nowhere/overview.html"],
        &["export", "--output", "nowhere/backup.json"],
        &["export", "--output", "/nowhere-peerlog-test/backup.json"],
        // A file where the folder should be.
        &["report", "summary", "--output", "peerlog.toml/summary.csv"],
    ];
    let colleague: &[&[&str]] = &[
        &["report", "programme", "--output", "nowhere/programme.csv"],
        &["report", "programme", "--format", "xlsx", "--output", "nowhere/programme.xlsx"],
        &["report", "overview", "--output", "nowhere/overview.html"],
        &["export", "--output", "nowhere/backup.json"],
    ];
    let mut out = String::new();
    for (colleague, runs) in [(false, thematic), (true, colleague)] {
        for lang in ["en", "lv"] {
            let f = if colleague { Folder::example_colleague() } else { Folder::example() };
            let before = f.snapshot();
            for args in runs {
                let run = f.run_env(args, &[("PEERLOG_LANG", lang)]);
                let path = args.last().unwrap();
                let folder = &path[..path.rfind('/').unwrap()];
                run.fails(1, &[path, folder]);
                let made = run.stderr.contains(&format!("mkdir -p {folder}"));
                assert_eq!(made, folder != "peerlog.toml", "{}", run.stderr);
                assert!(run.stdout.is_empty(), "{args:?}: {}", run.stdout);
                assert!(!f.path("nowhere").exists(), "{args:?} made the folder");
                assert!(!std::path::Path::new("/nowhere-peerlog-test").exists(), "{args:?} made the folder");
                assert_eq!(f.snapshot(), before, "{args:?} wrote");
                out.push_str(&crate::common::transcript(&f.root, args, &run));
                out.push('\n');
            }
        }
    }
    insta::assert_snapshot!("output-no-folder", out);
    // --output-dir is made when missing, as its help says.
    let f = Folder::example();
    f.run(&["report", "appendix1", "--all-groups", "--output-dir", "new/sheets"]).ok();
    assert_eq!(std::fs::read_dir(f.path("new/sheets")).unwrap().count(), 2);
}

#[test]
fn output_naming_a_folder_is_refused_as_a_folder_not_as_a_file_that_exists() {
    let f = Folder::example();
    std::fs::create_dir(f.path("out")).unwrap();
    let before = f.snapshot();
    for (args, lang, needles) in [
        (&["report", "summary", "--output", "out"][..], "en", &["out: that is a folder", "`out/…`"][..]),
        (&["report", "summary", "--output", "out/", "--force"], "en", &["out/: that is a folder", "`out/…`"]),
        (&["report", "appendix1", "--group", "rigas", "--output", "missing/"], "en", &["missing/: that is a folder"]),
        (&["export", "--output", "out"], "lv", &["out: tā ir mape", "`out/…`"]),
    ] {
        let run = f.run_env(args, &[("PEERLOG_LANG", lang)]);
        run.fails(1, needles);
        assert!(!run.stderr.contains("exists already") && !run.stderr.contains("--force"), "{}", run.stderr);
        assert!(run.stdout.is_empty(), "{args:?}: {}", run.stdout);
        assert_eq!(f.snapshot(), before, "{args:?} wrote");
    }
    assert!(!f.path("missing").exists());
}
