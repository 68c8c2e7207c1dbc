//! `report overview`: the HTML page's charts and tables carry the same numbers as `report
//! summary`, `report pipeline`, `agenda` and `report programme`; every text is escaped; no
//! person is named; small counts stay masked; the page loads nothing.

use crate::common::*;
use scraper::{ElementRef, Html, Selector};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn text(e: ElementRef) -> String {
    e.text().collect::<String>()
}

/// The overview on stdout, parsed.
fn overview(f: &Folder, args: &[&str]) -> (String, Html) {
    let mut all = vec!["report", "overview"];
    all.extend(args);
    let out = f.run(&all);
    let html = out.ok().to_string();
    let doc = Html::parse_document(&html);
    (html, doc)
}

/// The rows (header row first) of the table of chart `id`.
fn table(doc: &Html, id: &str) -> Vec<Vec<String>> {
    let t = doc.select(&sel(&format!("table[data-chart=\"{id}\"]"))).next().unwrap_or_else(|| panic!("no table {id}"));
    t.select(&sel("tr")).map(|tr| tr.select(&sel("th, td")).map(text).collect()).collect()
}

/// The table of chart `id` as a map from its first cell to the rest (header row left out).
fn keyed(doc: &Html, id: &str) -> BTreeMap<String, Vec<String>> {
    table(doc, id).into_iter().skip(1).map(|mut r| (r.remove(0), r)).collect()
}

/// What the SVG of chart `id` draws: (column or row label, series) to value, zeros left out.
fn drawn(doc: &Html, id: &str) -> BTreeMap<(String, String), String> {
    let svg = doc.select(&sel(&format!("svg#{id}"))).next().unwrap_or_else(|| panic!("no chart {id}"));
    let mut out = BTreeMap::new();
    for g in svg.select(&sel("g.column, g.row")) {
        let label = g.value().attr("data-category").or(g.value().attr("data-label")).unwrap().to_string();
        for r in g.select(&sel("rect[data-series]")) {
            let key = (label.clone(), r.value().attr("data-series").unwrap().to_string());
            assert!(out.insert(key, r.value().attr("data-value").unwrap().to_string()).is_none());
        }
    }
    out
}

fn json(f: &Folder, args: &[&str]) -> Value {
    serde_json::from_str(f.run(args).ok()).unwrap()
}

fn n(v: &Value) -> u64 {
    v.as_u64().unwrap()
}

/// Every person's name, and each word of it that is no word of a group's or unit's name or a
/// city, in the
/// folder's people, support persons, psychologists and group leaders.
fn person_names(f: &Folder) -> Vec<String> {
    let mut places = Vec::new();
    for dir in ["groups", "units", "psychologists"] {
        for file in f.files(dir) {
            for line in f.read(&file).lines() {
                let key = if dir == "psychologists" { "city = \"" } else { "name = \"" };
                if let Some(v) = line.strip_prefix(key) {
                    places.extend(v.trim_end_matches('"').split([' ', ',']).map(String::from));
                }
            }
        }
    }
    let mut out = Vec::new();
    for dir in ["people", "groups", "supporters", "psychologists"] {
        for file in f.files(dir) {
            for line in f.read(&file).lines() {
                for key in ["name = \"", "leader = \""] {
                    if dir == "groups" && key == "name = \"" {
                        continue; // groups are named, people are not
                    }
                    if let Some(v) = line.strip_prefix(key).and_then(|v| v.strip_suffix('"')) {
                        out.push(v.to_string());
                        out.extend(
                            v.split([' ', ','])
                                .filter(|w| w.chars().count() >= 4 && !places.iter().any(|p| p == w))
                                .map(String::from),
                        );
                    }
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Asserts that the page loads nothing and runs nothing.
fn self_contained(html: &str, doc: &Html) {
    assert!(doc.select(&sel("script, link, img, iframe, object, embed, audio, video")).next().is_none());
    for needle in ["src=", "http://", "https://", "@import", "@font-face", "url(http", "//fonts"] {
        assert!(!html.contains(needle), "the page holds {needle}");
    }
    let csp = doc.select(&sel("meta[http-equiv=\"Content-Security-Policy\"]")).next().expect("a CSP");
    assert!(csp.value().attr("content").unwrap().starts_with("default-src 'none'"));
    assert!(html.contains("@media print") && html.contains("size: A4"));
}

fn colleague_example() -> Folder {
    let f = Folder::empty();
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data-example-colleague"), &f.root);
    f
}

#[test]
fn thematic_numbers_are_the_summarys_the_pipelines_and_the_agendas() {
    let f = Folder::example();
    for period in [&[][..], &["--month", "2025-03"][..], &["--from", "2025-04-01"][..]] {
        let mut args = vec!["--as-of", "2025-06-01"];
        args.extend(period);
        let (html, doc) = overview(&f, &args);
        self_contained(&html, &doc);
        let mut summary_args = vec!["report", "summary", "--format", "json"];
        summary_args.extend(period);
        let summary = json(&f, &summary_args);
        let rows = summary.as_array().unwrap();
        assert!(!rows.is_empty());

        // Per month: the summary's rows added up over the groups.
        let mut months: BTreeMap<String, [u64; 6]> = BTreeMap::new();
        let mut groups: BTreeMap<String, [u64; 3]> = BTreeMap::new();
        for r in rows {
            let m = months.entry(r["month"].as_str().unwrap().to_string()).or_default();
            for (i, k) in ["held", "planned", "cancelled", "met_yes", "met_partly", "met_no"].iter().enumerate() {
                m[i] += n(&r[k]);
            }
            let g = groups.entry(r["group"].as_str().unwrap().to_string()).or_default();
            for (i, k) in ["held", "planned", "cancelled"].iter().enumerate() {
                g[i] += n(&r[k]);
            }
        }
        let per_month = keyed(&doc, "per-month");
        let chart = drawn(&doc, "per-month");
        for (m, v) in &months {
            assert_eq!(per_month[m], v[..3].iter().map(u64::to_string).collect::<Vec<_>>(), "{m}");
            for (i, s) in ["held", "planned", "cancelled"].iter().enumerate() {
                let bar = chart.get(&(m.clone(), s.to_string())).map_or(0, |v| v.parse().unwrap());
                assert_eq!(bar, v[i], "{m} {s} drawn");
            }
            let met = &keyed(&doc, "met")[m];
            assert_eq!(met[..3], v[3..].iter().map(u64::to_string).collect::<Vec<_>>(), "{m} met");
        }
        // Months without consultations between two with some are zeros.
        for (m, v) in &per_month {
            if !months.contains_key(m) {
                assert_eq!(v, &["0", "0", "0"]);
            }
        }
        let per_group = keyed(&doc, "per-group");
        assert_eq!(per_group.len(), groups.len());
        for (g, v) in &groups {
            assert_eq!(per_group[g], v.iter().map(u64::to_string).collect::<Vec<_>>(), "{g}");
        }
        // The whole summary, row by row, as `report summary` prints it.
        let whole = table(&doc, "summary");
        assert_eq!(whole.len(), rows.len() + 1);
        for (r, line) in rows.iter().zip(&whole[1..]) {
            let mut expect = vec![r["group"].as_str().unwrap().to_string(), r["month"].as_str().unwrap().to_string()];
            for k in [
                "held",
                "planned",
                "cancelled",
                "peers",
                "recipients",
                "held_without_recipient_feedback",
                "held_without_peer_feedback",
                "met_yes",
                "met_partly",
                "met_no",
            ] {
                expect.push(n(&r[k]).to_string());
            }
            assert_eq!(line, &expect);
        }
        // Feedback completeness.
        let held: u64 = rows.iter().map(|r| n(&r["held"])).sum();
        let missing: u64 = rows.iter().map(|r| n(&r["held_without_recipient_feedback"])).sum();
        let completeness = keyed(&doc, "completeness");
        assert_eq!(completeness["from the recipient"], [(held - missing).to_string(), missing.to_string()]);
    }

    // The pipeline: per group and in total, as `report pipeline` counts.
    let (_, doc) = overview(&f, &["--as-of", "2025-06-01"]);
    let pipeline = json(&f, &["report", "pipeline", "--format", "json"]);
    let stages = ["identified", "approached", "motivated", "prepared", "active", "ended"];
    let per_group = keyed(&doc, "pipeline-groups");
    let mut totals = [0u64; 6];
    for g in pipeline.as_array().unwrap() {
        let expect: Vec<String> = stages.iter().map(|s| n(&g["stages"][s]).to_string()).collect();
        assert_eq!(per_group[g["group"].as_str().unwrap()], expect);
        for (t, s) in totals.iter_mut().zip(stages) {
            *t += n(&g["stages"][s]);
        }
    }
    assert!(totals.iter().sum::<u64>() > 0);
    let funnel = keyed(&doc, "funnel");
    for (t, s) in totals.iter().zip(stages) {
        assert_eq!(funnel[s], [t.to_string()], "{s}");
        let bar = drawn(&doc, "funnel").get(&(s.to_string(), "peers".to_string())).map_or(0, |v| v.parse().unwrap());
        assert_eq!(bar, *t, "{s} drawn");
    }
    // Over time: the last month end comes after every stage change, so it is the pipeline now.
    let over = table(&doc, "over-time");
    assert!(over.len() > 2);
    assert_eq!(over.last().unwrap()[1..], totals.iter().map(u64::to_string).collect::<Vec<_>>());

    // The agenda, oldest first, as `agenda` lists it, by record.
    let agenda = json(&f, &["agenda", "--as-of", "2025-06-01", "--format", "json"]);
    let items = agenda.as_array().unwrap();
    assert!(!items.is_empty());
    let listed = table(&doc, "agenda");
    assert_eq!(listed.len(), items.len() + 1);
    for (item, line) in items.iter().zip(&listed[1..]) {
        assert_eq!(line[0], item["due"].as_str().unwrap());
        assert_eq!(line[3], item["record"].as_str().unwrap());
    }
    let kinds = table(&doc, "agenda-kinds");
    let total: usize = kinds[1..].iter().map(|r| r[1].parse::<usize>().unwrap()).sum();
    assert_eq!(total, items.len());

    // One group: the summary's and the agenda's rows of that group only.
    let (_, doc) = overview(&f, &["--group", "jelgav", "--as-of", "2025-06-01"]);
    let summary = json(&f, &["report", "summary", "--group", "jelgav", "--format", "json"]);
    assert_eq!(table(&doc, "summary").len(), summary.as_array().unwrap().len() + 1);
    let agenda = json(&f, &["agenda", "--group", "jelgav", "--as-of", "2025-06-01", "--format", "json"]);
    assert_eq!(table(&doc, "agenda").len(), agenda.as_array().unwrap().len() + 1);
}

#[test]
fn no_person_is_named_and_pseudonymise_hides_the_groups() {
    let f = Folder::example();
    let names = person_names(&f);
    assert!(names.iter().any(|n| n == "Ozoliņa"), "{names:?}");
    let (html, doc) = overview(&f, &["--as-of", "2025-06-01"]);
    for name in &names {
        assert!(!html.contains(name.as_str()), "{name} is in the overview");
    }
    let groups = json(&f, &["group", "list", "--format", "json"]);
    let group_names: Vec<&str> = groups.as_array().unwrap().iter().map(|g| g["name"].as_str().unwrap()).collect();
    assert!(group_names.iter().all(|g| html.contains(g)), "groups are shown by name");
    assert!(!keyed(&doc, "per-group").is_empty());

    let (html, doc) = overview(&f, &["--as-of", "2025-06-01", "--pseudonymise"]);
    for g in &group_names {
        assert!(!html.contains(g), "{g} is in the pseudonymised overview");
    }
    let ids: Vec<&str> = groups.as_array().unwrap().iter().map(|g| g["id"].as_str().unwrap()).collect();
    assert_eq!(keyed(&doc, "per-group").keys().map(String::as_str).collect::<Vec<_>>(), {
        let mut ids = ids.clone();
        ids.sort();
        ids
    });

    let c = colleague_example();
    let names = person_names(&c);
    assert!(!names.is_empty());
    let (html, _) = overview(&c, &[]);
    for name in &names {
        assert!(!html.contains(name.as_str()), "{name} is in the colleague overview");
    }
    let units = json(&c, &["unit", "list", "--format", "json"]);
    let (html, _) = overview(&c, &["--pseudonymise"]);
    for u in units.as_array().unwrap() {
        assert!(!html.contains(u["name"].as_str().unwrap()));
        assert!(html.contains(u["id"].as_str().unwrap()));
    }
}

const NASTY: &str = "<script>alert(\"x\")</script> & <b>Co</b> 'q' &amp;";

#[test]
fn every_text_is_escaped() {
    let f = Folder::new();
    let g = f.run(&["group", "add", NASTY, "--leader", "<i>Inese</i> & Kalniņa", "--venue", "<img src=x> & Rīga"]);
    let g = g.ok().to_string();
    let add = |kind: &str, name: &str, consent: &str| {
        let args = [
            kind,
            "add",
            name,
            "--group",
            &g,
            "--role",
            "parent",
            "--consent",
            consent,
            "--consent-date",
            "2024-01-01",
        ];
        f.run(&args).ok().to_string()
    };
    let peer = add("peer", "<script>Līga</script> & Ozoliņa", "peer,recipient,report");
    let r = add("participant", "<b>Anna</b> & Bērziņa", "recipient,report");
    let c = f.run(&consult_log(&peer, &r, "2025-03-14", "16:00-17:00", "<script>topic</script> & more"));
    let c = c.ok().to_string();
    f.run(&[
        "feedback",
        "record",
        "--consultation",
        &c,
        "--from",
        "recipient",
        "--expected",
        "<b>&",
        "--met",
        "partly",
        "--benefit",
        "</table><script>",
        "--date",
        "2025-03-20",
    ])
    .ok();
    let (html, doc) = overview(&f, &["--as-of", "2025-06-01"]);
    self_contained(&html, &doc);
    assert!(doc.select(&sel("b, i")).next().is_none(), "no element from the data");
    assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;Co&lt;/b&gt;"));
    // The group's name comes back whole as text, in the tables and the charts.
    assert_eq!(keyed(&doc, "per-group").keys().collect::<Vec<_>>(), [NASTY]);
    assert!(drawn(&doc, "per-group").keys().all(|(label, _)| label == NASTY));
    let titles: Vec<String> = doc.select(&sel("svg g.row title")).map(text).collect();
    assert!(titles.iter().any(|t| t.starts_with(NASTY)), "{titles:?}");
    // People and free text never appear, escaped or not.
    for never in ["Līga", "Anna", "Inese", "topic", "&lt;img"] {
        assert!(!html.contains(never), "{never}");
    }

    let c = Folder::empty();
    c.run(&["init", ".", "--programme", "colleague-support"]).ok();
    let unit = c.run(&["unit", "add", NASTY, "--service", "<b>VP</b> & co", "--region", "Latgale"]);
    let nominate = ["support", "nominate", "<b>Jānis</b>", "--unit", unit.ok(), "--applied", "2025-01-06"];
    c.run(&[&nominate[..], &["--team-nominated", "--voluntary", "--superior-agreed"]].concat()).ok();
    let (html, doc) = overview(&c, &[]);
    self_contained(&html, &doc);
    assert!(doc.select(&sel("b")).next().is_none());
    assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)"));
    assert_eq!(table(&doc, "training")[1][1], NASTY);
    assert!(!html.contains("Jānis"));
}

#[test]
fn colleague_counts_are_the_programme_reports_with_small_counts_masked() {
    let f = colleague_example();
    for period in [&[][..], &["--quarter", "2025-Q2"][..], &["--year", "2025"][..]] {
        let (html, doc) = overview(&f, period);
        self_contained(&html, &doc);
        let mut args = vec!["report", "programme", "--format", "json"];
        args.extend(period);
        let report = json(&f, &args);
        let rows = report["rows"].as_array().unwrap();
        assert!(!rows.is_empty());
        let threshold = n(&report["small_cell_threshold"]);
        let charts: [(&str, &[&str]); 5] = [
            (
                "contacts",
                &[
                    "contacts_at_scene",
                    "contacts_after_event",
                    "contacts_crisis",
                    "contacts_self_referral",
                    "contacts_help_suggested",
                ],
            ),
            ("incidents", &["incidents_notified"]),
            (
                "referrals",
                &["referrals_awaiting_answer", "referrals_accepted", "referrals_first_contact", "referrals_declined"],
            ),
            ("supervision", &["supervision_present", "supervision_absent", "supervision_excused"]),
            (
                "training",
                &[
                    "nominated",
                    "interviewed",
                    "not_approved",
                    "in_training",
                    "trained",
                    "active",
                    "ended",
                    "training_completed",
                ],
            ),
        ];
        let mut masked = 0;
        for (id, columns) in charts {
            let t = table(&doc, id);
            assert_eq!(t.len(), rows.len() + 1, "{id}");
            let svg = doc.select(&sel(&format!("svg#{id}"))).next().unwrap();
            let bars: Vec<ElementRef> = svg.select(&sel("g.row")).collect();
            assert_eq!(bars.len(), rows.len());
            for ((r, line), g) in rows.iter().zip(&t[1..]).zip(&bars) {
                assert_eq!(line[0], r["quarter"].as_str().unwrap());
                assert_eq!(line[1], r["unit_name"].as_str().unwrap());
                let drawn: Vec<String> = g
                    .select(&sel("rect[data-value]"))
                    .map(|e| e.value().attr("data-value").unwrap().to_string())
                    .collect();
                let mut expect_drawn = Vec::new();
                for (col, cell) in columns.iter().zip(&line[2..]) {
                    let v = &r[*col];
                    let shown = v.as_u64().map_or_else(|| v.as_str().unwrap().to_string(), |n| n.to_string());
                    assert_eq!(cell, &shown, "{id} {col}");
                    if let Some(k) = v.as_u64() {
                        assert!(k == 0 || k >= threshold, "{col}: {k} shown though under the threshold");
                    } else {
                        assert_eq!(shown, format!("<{threshold}"));
                        masked += 1;
                    }
                    if shown != "0" {
                        expect_drawn.push(shown);
                    }
                }
                assert_eq!(drawn, expect_drawn, "{id}: bars drawn");
            }
        }
        assert!(masked > 0, "the example has small counts");
        assert!(!html.contains("data-value=\"1\"") && !html.contains("data-value=\"2\""), "a small count is drawn");
    }

    // A unit's own rows.
    let (_, doc) = overview(&f, &["--unit", "daugavpils"]);
    let t = table(&doc, "contacts");
    assert!(t.len() > 1 && t[1..].iter().all(|r| r[1].contains("Daugavpils")));
}

#[test]
fn output_flags_and_refusals() {
    let f = Folder::example();
    let (stdout, _) = overview(&f, &["--as-of", "2025-06-01", "-o", "-"]);
    assert!(stdout.starts_with("<!DOCTYPE html>"));
    f.run(&["report", "overview", "--as-of", "2025-06-01", "--output", "o.html"]).ok();
    assert_eq!(f.read("o.html").trim_end(), stdout);
    refused(&f, &["report", "overview", "--output", "o.html"], 1, &["o.html", "exists", "--force"]);
    f.run(&["report", "overview", "--as-of", "2025-06-01", "--output", "o.html", "--force"]).ok();
    refused(&f, &["report", "overview", "--unit", "x"], 2, &["--unit", "--group"]);
    refused(&f, &["report", "overview", "--month", "2025-13"], 1, &["--month"]);
    refused(&f, &["report", "overview", "--group", "nosuch"], 1, &["nosuch"]);
    refused(&f, &["report", "overview", "--as-of", "someday"], 1, &["--as-of"]);

    let c = colleague_example();
    refused(&c, &["report", "overview", "--group", "x"], 2, &["--group", "--unit"]);
    refused(&c, &["report", "overview", "--as-of", "2025-01-01"], 2, &["--as-of"]);

    // An empty folder of either programme: a page that says so.
    let e = Folder::new();
    let (html, doc) = overview(&e, &[]);
    self_contained(&html, &doc);
    assert!(html.contains("No records in this period."));
    let e = Folder::empty();
    e.run(&["init", ".", "--programme", "colleague-support"]).ok();
    let (html, _) = overview(&e, &[]);
    assert!(html.contains("No records in this period."));
}

/// Every heading, note and table of a page as text, one table row a line.
fn as_text(doc: &Html) -> String {
    let mut out = String::new();
    for e in doc.select(&sel("h1, header dl div, header p, h2, ul.cards li, section > p, figcaption, table")) {
        if e.value().name() == "table" {
            for row in e.select(&sel("caption, tr")) {
                let cells: Vec<String> = if row.value().name() == "caption" {
                    vec![text(row)]
                } else {
                    row.select(&sel("th, td")).map(text).collect()
                };
                out.push_str(&format!("  | {}\n", cells.join(" | ")));
            }
        } else if e.value().name() == "div" {
            out.push_str(&format!("{}\n", e.text().collect::<Vec<_>>().join(": ")));
        } else {
            out.push_str(&format!("{}: {}\n", e.value().name(), text(e)));
        }
    }
    out
}

#[test]
fn the_example_overviews_as_text() {
    let (_, doc) = overview(&Folder::example(), &["--as-of", "2025-06-30"]);
    insta::assert_snapshot!("overview-data-example", as_text(&doc));
    let (_, doc) = overview(&colleague_example(), &[]);
    insta::assert_snapshot!("overview-data-example-colleague", as_text(&doc));
}

/// PEERLOG_LANG=lv (or `--lang lv`) gives a Latvian page: its language, every heading, note,
/// caption and table header.
#[test]
fn the_example_overviews_in_latvian() {
    for (f, args, name) in [
        (Folder::example(), &["--as-of", "2025-06-30"][..], "overview-data-example-lv"),
        (colleague_example(), &[][..], "overview-data-example-colleague-lv"),
    ] {
        let mut all = vec!["report", "overview"];
        all.extend(args);
        let html = f.run_lv(&all).ok().to_string();
        assert!(html.contains("<html lang=\"lv\""), "{html}");
        let doc = Html::parse_document(&html);
        insta::assert_snapshot!(name, as_text(&doc));
    }
}
