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

/// The largest count of a chart's value axis and its length in the SVG's units: (top, length).
fn axis(svg: ElementRef) -> (f64, f64) {
    let ticks: Vec<(f64, f64)> = svg
        .select(&sel("g.axis line.grid"))
        .zip(svg.select(&sel("g.axis text")))
        .map(|(l, t)| {
            let at = l.value().attr("x1").unwrap().parse::<f64>().unwrap();
            (text(t).parse::<f64>().unwrap(), at)
        })
        .collect();
    let (first, last) = (ticks.first().unwrap(), ticks.last().unwrap());
    assert_eq!(first.0, 0.0);
    (last.0, last.1 - first.1)
}

/// Asserts that every chart of the page draws the numbers of its table: each bar or column
/// segment is the cell of its row and series, each cell of a series that is not 0 has its bar,
/// each row of the table has its bar or column (the per-group charts: the busiest 25), and a
/// masked count (`<N`) is drawn hatched to N - 1, never to its true length. Returns how many
/// numbers it compared.
fn charts_draw_their_tables(doc: &Html) -> usize {
    let mut compared = 0;
    for svg in doc.select(&sel("svg.chart")) {
        let id = svg.value().id().unwrap();
        let t = table(doc, id);
        let (header, body) = (&t[0], &t[1..]);
        // The colleague tables have two row headers (quarter, unit) and list the rows in the
        // chart's order; the others have one, the row's or column's label (a month end, for a
        // month).
        let row_heads = doc
            .select(&sel(&format!("table[data-chart=\"{id}\"] tbody tr")))
            .next()
            .unwrap()
            .select(&sel("th"))
            .count();
        let drawn: Vec<ElementRef> = svg.select(&sel("g.column, g.row")).collect();
        let most = if ["per-group", "pipeline-groups"].contains(&id) { 25 } else { usize::MAX };
        assert_eq!(drawn.len(), body.len().min(most), "{id}: a bar or column for each row of the table");
        let mut series: Vec<String> = svg.select(&sel("g.legend text")).map(text).collect();
        for r in svg.select(&sel("rect[data-series]")) {
            let s = r.value().attr("data-series").unwrap().to_string();
            if !series.contains(&s) {
                series.push(s);
            }
        }
        let column = |s: &str| header.iter().position(|h| h == s).unwrap_or_else(|| panic!("{id}: no column {s}"));
        for (i, g) in drawn.iter().enumerate() {
            let row = if row_heads == 2 {
                &body[i]
            } else {
                let label = g.value().attr("data-category").or(g.value().attr("data-label")).unwrap();
                let rows: Vec<&Vec<String>> = match body.iter().find(|r| r[0] == label) {
                    Some(r) => vec![r],
                    None => body.iter().filter(|r| r[0].starts_with(&format!("{label}-"))).collect(),
                };
                assert_eq!(rows.len(), 1, "{id}: one row for {label}");
                rows[0]
            };
            let mut bars = BTreeMap::new();
            for r in g.select(&sel("rect[data-series]")) {
                let (s, v) = (r.value().attr("data-series").unwrap(), r.value().attr("data-value").unwrap());
                assert_eq!(row[column(s)], v, "{id}: {s} of {row:?}");
                compared += 1;
                if let Some(t) = v.strip_prefix('<') {
                    // Hatched, and as long as a count of t - 1 would be.
                    assert!(r.value().attr("class").unwrap().ends_with(" masked"), "{id}: {v} not hatched");
                    let (top, length) = axis(svg);
                    let width: f64 = r.value().attr("width").unwrap().parse().unwrap();
                    let most = t.parse::<f64>().unwrap() - 1.0;
                    assert!((width - length * most / top).abs() < 0.2, "{id}: {v} drawn {width} long, not {most}");
                }
                bars.insert(s.to_string(), v.to_string());
            }
            for s in &series {
                let cell = &row[column(s)];
                if cell != "0" {
                    assert_eq!(bars.get(s), Some(cell), "{id}: {s} of {row:?} is not drawn");
                }
            }
        }
    }
    compared
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

/// Asserts that no text of the data made an element or an entity of its own: the only
/// elements are the page's own, and `<` and `&` of the data appear only escaped.
fn unescaped_nowhere(html: &str, doc: &Html) {
    assert!(doc.select(&sel("b, i, img")).next().is_none(), "an element from the data");
    assert!(!html.to_lowercase().contains("<script"), "a script element");
    let names: std::collections::BTreeSet<&str> =
        doc.root_element().descendent_elements().map(|e| e.value().name()).collect();
    let page = "html head meta title style body svg defs pattern rect line header h1 dl div dt dd p nav ol li \
                a main section h2 ul span figure figcaption strong g text table caption thead tr th tbody td footer";
    let page: Vec<&str> = page.split_whitespace().collect();
    for name in &names {
        assert!(page.contains(name), "an element <{name}> the page does not make");
    }
    // Every text of the parsed page, written back escaped, is in the page as it was written.
    for t in doc.root_element().text() {
        let escaped = t.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
        if t.contains(['<', '&']) && !t.contains('{') {
            assert!(html.contains(&escaped), "{t:?} is not escaped");
        }
    }
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
        let no_peer: u64 = rows.iter().map(|r| n(&r["held_without_peer_feedback"])).sum();
        let completeness = keyed(&doc, "completeness");
        assert_eq!(completeness["from the recipient"], [(held - missing).to_string(), missing.to_string()]);
        assert_eq!(completeness["from the peer"], [(held - no_peer).to_string(), no_peer.to_string()]);
        // The pipeline is today's, whatever the period, as `report pipeline` (which has none) shows it.
        let pipeline = json(&f, &["report", "pipeline", "--format", "json"]);
        let per_group = keyed(&doc, "pipeline-groups");
        assert_eq!(per_group.len(), pipeline.as_array().unwrap().len());
        for g in pipeline.as_array().unwrap() {
            let stages = ["identified", "approached", "motivated", "prepared", "active", "ended"];
            let expect: Vec<String> = stages.iter().map(|s| n(&g["stages"][s]).to_string()).collect();
            assert_eq!(per_group[g["group"].as_str().unwrap()], expect);
        }
        // The key figures: held, the share with the recipient's feedback, the share met.
        let sum = |k: &str| rows.iter().map(|r| n(&r[k])).sum::<u64>();
        let (yes, partly, no) = (sum("met_yes"), sum("met_partly"), sum("met_no"));
        let percent = |part: u64, whole: u64| (part * 100 + whole / 2).checked_div(whole).map(|p| format!("{p}%"));
        let cards: Vec<String> = doc.select(&sel("ul.cards li span.big")).map(text).collect();
        assert_eq!(cards[0], held.to_string());
        assert_eq!(Some(&cards[1]), percent(held - missing, held).as_ref());
        assert_eq!(Some(&cards[2]), percent(yes + partly, yes + partly + no).as_ref());
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
    let cards: Vec<String> = doc.select(&sel("ul.cards li span.big")).map(text).collect();
    assert_eq!(cards[3], totals[4].to_string(), "active peers");
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
    assert_eq!(cards[4], items.len().to_string(), "things due");
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

    let c = Folder::example_colleague();
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
    unescaped_nowhere(&html, &doc);
    assert!(charts_draw_their_tables(&doc) > 0);
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
    let unit = unit.ok().to_string();
    let nominate = ["support", "nominate", "<b>Jānis</b> & <script>", "--unit", &unit, "--applied", "2025-01-06"];
    c.run(&[&nominate[..], &["--team-nominated", "--voluntary", "--superior-agreed"]].concat()).ok();
    let psy =
        ["psychologist", "add", "<script>Dace</script> & Rozīte", "--city", "<b>Rīga</b>", "--division", "<i>&</i>"];
    let psy = c.run(&psy).ok().to_string();
    c.run(&[
        "incident",
        "notify",
        "--date",
        "2025-05-06",
        "--category",
        "other",
        "--unit",
        &unit,
        "--officers",
        "4",
        "--notified",
        "2025-05-06 21:40",
        "--psychologist",
        &psy,
        "--help-requested",
        "team",
    ])
    .ok();
    let (html, doc) = overview(&c, &[]);
    self_contained(&html, &doc);
    unescaped_nowhere(&html, &doc);
    assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)"));
    assert_eq!(table(&doc, "training")[1][1], NASTY);
    assert_eq!(table(&doc, "incidents")[2][1..], [NASTY, "<3"]);
    assert!(charts_draw_their_tables(&doc) > 0);
    for never in ["Jānis", "Dace", "Rozīte", "&lt;i&gt;", "&lt;b&gt;Rīga"] {
        assert!(!html.contains(never), "{never}");
    }
}

#[test]
fn colleague_counts_are_the_programme_reports_with_small_counts_masked() {
    let f = Folder::example_colleague();
    let three = Folder::example_colleague();
    let settings = f.read("peerlog.toml");
    assert!(settings.contains("small_cell_threshold = 3"));
    f.write("peerlog.toml", &settings.replace("small_cell_threshold = 3", "small_cell_threshold = 5"));
    for (f, period) in [
        (&three, &[][..]),
        (&three, &["--quarter", "2025-Q2"][..]),
        (&three, &["--year", "2025"][..]),
        (&f, &[][..]),
        (&f, &["--from", "2025-04-01", "--to", "2025-06-30"][..]),
    ] {
        let (html, doc) = overview(f, period);
        self_contained(&html, &doc);
        let mut args = vec!["report", "programme", "--format", "json"];
        args.extend(period);
        let report = json(f, &args);
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
        for k in 1..threshold {
            assert!(!html.contains(&format!("data-value=\"{k}\"")), "a small count is drawn");
        }
        assert!(html.contains(&format!("Counts from 1 to {} are shown as &lt;{threshold}", threshold - 1)));
        assert!(charts_draw_their_tables(&doc) > 0);
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
    let wrote = f.run(&["report", "overview", "--as-of", "2025-06-01", "--output", "o.html"]);
    assert_eq!((wrote.ok(), wrote.stderr.as_str()), ("", "wrote o.html\n"));
    assert_eq!(f.read("o.html").trim_end(), stdout);
    let wrote = f.run_lv(&["report", "overview", "--as-of", "2025-06-01", "--output", "lv.html"]);
    assert_eq!((wrote.ok(), wrote.stderr.as_str()), ("", "ierakstīts lv.html\n"));
    refused(&f, &["report", "overview", "--output", "o.html"], 1, &["o.html", "exists", "--force"]);
    f.run(&["report", "overview", "--as-of", "2025-06-01", "--output", "o.html", "--force"]).ok();
    refused(&f, &["report", "overview", "--unit", "x"], 2, &["--unit", "--group"]);
    refused(&f, &["report", "overview", "--month", "2025-13"], 1, &["--month"]);
    refused(&f, &["report", "overview", "--group", "nosuch"], 1, &["nosuch"]);
    refused(&f, &["report", "overview", "--as-of", "someday"], 1, &["--as-of"]);

    let c = Folder::example_colleague();
    refused(&c, &["report", "overview", "--group", "x"], 2, &["--group", "--unit"]);
    refused(&c, &["report", "overview", "--as-of", "2025-01-01"], 2, &["--as-of"]);
    // In Latvian too.
    f.run_lv(&["report", "overview", "--unit", "x"])
        .fails(2, &["--unit ir kolēģu atbalsta", "norādiet grupu ar --group"]);
    c.run_lv(&["report", "overview", "--as-of", "2025-01-01"])
        .fails(2, &["--as-of ir tematisko atbalsta grupu", "atstājiet --as-of neminētu"]);

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

#[test]
fn every_chart_draws_the_numbers_of_its_table() {
    let (f, c) = (Folder::example(), Folder::example_colleague());
    for (folder, args) in [
        (&f, &["--as-of", "2025-06-30"][..]),
        (&f, &["--as-of", "2025-06-30", "--quarter", "2025-Q2", "--pseudonymise"][..]),
        (&f, &["--as-of", "2025-04-15", "--group", "rigas", "--month", "2025-03"][..]),
        (&c, &[][..]),
        (&c, &["--unit", "daugavpils", "--quarter", "2025-Q2", "--pseudonymise"][..]),
    ] {
        let (_, doc) = overview(folder, args);
        let charts = doc.select(&sel("svg.chart")).count();
        assert!(charts >= 5, "{args:?}: {charts} charts");
        assert!(charts_draw_their_tables(&doc) > charts, "{args:?}");
    }
}

/// A folder of many groups: the per-group charts draw the 25 busiest, the tables list every group.
#[test]
fn per_group_charts_draw_the_busiest_groups_and_their_tables_list_all() {
    let f = Folder::new();
    for i in 0..27 {
        let name = format!("Grupa {i:02}");
        let g = f.run(&["group", "add", &name, "--leader", "Inese Kalniņa", "--venue", "Rīga"]).ok().to_string();
        let add = |kind: &str, name: &str, consent: &str| {
            let mut args = vec![kind, "add", name, "--group", &g, "--role", "parent", "--consent", consent];
            args.extend(["--consent-date", "2024-01-01"]);
            if kind == "peer" {
                args.extend(["--date", "2024-01-01"]);
            }
            f.run(&args).ok().to_string()
        };
        let peer = add("peer", "Līga Ozoliņa", "peer,report");
        let r = add("participant", "Anna Bērziņa", "recipient,report");
        // Groups 05 and 20 are the busiest, with two consultations; the others have one.
        let times: &[&str] = if i == 5 || i == 20 { &["16:00-17:00", "18:00-19:00"] } else { &["16:00-17:00"] };
        for t in times {
            f.run(&consult_log(&peer, &r, "2025-03-14", t, "Tēma")).ok();
        }
    }
    let (html, doc) = overview(&f, &["--as-of", "2025-03-15"]);
    charts_draw_their_tables(&doc);
    for id in ["per-group", "pipeline-groups"] {
        assert_eq!(keyed(&doc, id).len(), 27, "{id}: the table lists every group");
        assert_eq!(drawn(&doc, id).keys().map(|(g, _)| g).collect::<std::collections::BTreeSet<_>>().len(), 25);
    }
    let consultations = drawn(&doc, "per-group");
    for busiest in ["Grupa 05", "Grupa 20"] {
        assert_eq!(consultations[&(busiest.to_string(), "held".to_string())], "2");
    }
    assert!(html.contains("The chart shows the 25 groups with the most consultations; the table lists every group."));
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
    let (_, doc) = overview(&Folder::example_colleague(), &[]);
    insta::assert_snapshot!("overview-data-example-colleague", as_text(&doc));
}

/// PEERLOG_LANG=lv (or `--lang lv`) gives a Latvian page: its language, every heading, note,
/// caption and table header.
#[test]
fn the_example_overviews_in_latvian() {
    for (f, args, name) in [
        (Folder::example(), &["--as-of", "2025-06-30"][..], "overview-data-example-lv"),
        (Folder::example_colleague(), &[][..], "overview-data-example-colleague-lv"),
    ] {
        let mut all = vec!["report", "overview"];
        all.extend(args);
        let html = f.run_lv(&all).ok().to_string();
        assert!(html.contains("<html lang=\"lv\""), "{html}");
        let doc = Html::parse_document(&html);
        insta::assert_snapshot!(name, as_text(&doc));
    }
}

/// docs/overview-*.png are screenshots of the example overviews, taken by
/// `scripts/overview-screenshots.sh --docs`, which records the pages it took them of in
/// docs/overview-screenshots.sha256: a change to a page fails here until its picture is taken anew.
#[test]
fn the_screenshots_in_docs_are_of_the_current_pages() {
    use sha2::{Digest, Sha256};
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
    let recorded = std::fs::read_to_string(docs.join("overview-screenshots.sha256")).unwrap();
    for (f, args, page) in [
        (Folder::example(), &["--as-of", "2025-06-30"][..], "overview-thematic.html"),
        (Folder::example_colleague(), &[][..], "overview-colleague.html"),
    ] {
        f.run(&[&["report", "overview", "--output", page][..], args].concat()).ok();
        let hash: String =
            Sha256::digest(std::fs::read(f.root.join(page)).unwrap()).iter().map(|b| format!("{b:02x}")).collect();
        assert!(
            recorded.lines().any(|l| l == format!("{hash}  {page}")),
            "{page} is no longer the page of docs/{}.png: run scripts/overview-screenshots.sh --docs",
            page.trim_end_matches(".html")
        );
    }
}
