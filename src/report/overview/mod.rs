//! `report overview`: one self-contained HTML page with charts of a folder, for both programmes.
//!
//! The page takes its numbers from the reports' own code — [`summary`], [`pipeline`], the
//! agenda and [`programme`] — and only adds them up or lays them out; [`chart`] draws them as
//! inline SVG, and every chart has its numbers in a table beside it. Everything is written with
//! maud, which escapes every text; the page loads nothing (a Content-Security-Policy forbids it)
//! and needs no script. All human text is in [`words`].

pub mod chart;
pub mod words;

use super::Period;
use crate::model::{Date, Stage};
use crate::programmes::colleague::report::{self as programme, COLUMNS, Cell, SECTIONS};
use crate::programmes::thematic::report::pipeline::GroupPipeline;
use crate::programmes::thematic::report::summary::MonthRow;
use chart::{Bars, Columns, Layout, Row, Series, Value};
use maud::{DOCTYPE, Markup, PreEscaped, html};
use std::collections::BTreeMap;
pub use words::{Words, words};

/// Groups drawn at most in a per-group chart; the table beside it lists them all.
pub const CHART_GROUPS: usize = 25;
/// Agenda items listed at most; the chart of kinds counts them all.
pub const AGENDA_ITEMS: usize = 200;

/// One thing due on the agenda, without names: the record's ID says what it is about.
#[derive(Debug, Clone)]
pub struct Due {
    pub due: Date,
    /// The agenda's kind word, such as `peer-feedback`.
    pub kind: &'static str,
    pub group: String,
    pub record: String,
}

/// What a thematic-groups overview shows; groups already named or pseudonymised.
#[derive(Debug)]
pub struct Thematic<'a> {
    pub period: Period,
    pub as_of: Date,
    /// The group asked for, if one was.
    pub group: Option<String>,
    pub pseudonymise: bool,
    /// `report summary`'s rows.
    pub summary: &'a [MonthRow],
    /// `report pipeline`'s groups.
    pub pipeline: &'a [GroupPipeline],
    /// Peers per stage at the end of each month.
    pub over_time: Vec<(Date, BTreeMap<&'static str, usize>)>,
    /// The agenda, oldest first.
    pub agenda: Vec<Due>,
}

/// What a colleague-support overview shows.
#[derive(Debug)]
pub struct Colleague<'a> {
    pub report: &'a programme::Report<'a>,
    pub threshold: u32,
    /// The unit asked for, if one was.
    pub unit: Option<String>,
    pub pseudonymise: bool,
}

/// The style sheet: screen and A4 print. A constant, never data.
const STYLE: &str = include_str!("overview.css");

/// A table of a chart's numbers: the first `head` cells of a row are its headers.
struct Table {
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
    head: usize,
}

fn table(chart: &str, caption: &str, t: &Table) -> Markup {
    html! {
        table data-chart=(chart) {
            caption { (caption) }
            thead { tr { @for (i, h) in t.headers.iter().enumerate() { th scope="col" class=[(i < t.head).then_some("head")] { (h) } } } }
            tbody {
                @for r in &t.rows {
                    tr {
                        @for (i, c) in r.iter().enumerate() {
                            @if i < t.head { th scope="row" { (c) } } @else { td { (c) } }
                        }
                    }
                }
            }
        }
    }
}

/// A chart and its table side by side, under one caption.
fn figure(w: &Words, id: &str, caption: &str, note: &str, chart: Option<Markup>, t: &Table) -> Markup {
    html! {
        figure class="figure" id=(format!("{id}-figure")) {
            figcaption { strong { (caption) } @if !note.is_empty() { " " span class="note" { (note) } } }
            @if t.rows.is_empty() {
                p class="empty" { (w.nothing) }
            } @else {
                div class=(if t.headers.len() > 4 || t.head > 1 { "pair below" } else { "pair" }) {
                    div class="chart-box" aria-describedby=(format!("{id}-note")) {
                        @if let Some(c) = chart { (c) }
                        p class="sr-note" id=(format!("{id}-note")) { (w.chart_note) }
                    }
                    div class="table-box" { (table(id, &format!("{}: {}", caption, w.numbers), t)) }
                }
            }
        }
    }
}

/// A section of the page with its heading.
struct Section {
    id: &'static str,
    heading: String,
    note: String,
    body: Markup,
}

fn page(w: &Words, title: &str, facts: &[(String, String)], notes: &[String], sections: &[Section]) -> String {
    html! {
        (DOCTYPE)
        html lang=(w.lang) {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content="peerlog report overview";
                title { (title) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                (chart::hatchings())
                header {
                    h1 { (title) }
                    dl class="facts" {
                        @for (k, v) in facts { div { dt { (k) } dd { (v) } } }
                    }
                    @for n in notes { p class="note" { (n) } }
                    nav aria-label=(w.contents) {
                        ol { @for s in sections { li { a href=(format!("#{}", s.id)) { (s.heading) } } } }
                    }
                }
                main {
                    @for s in sections {
                        section id=(s.id) aria-labelledby=(format!("{}-h", s.id)) {
                            h2 id=(format!("{}-h", s.id)) { (s.heading) }
                            @if !s.note.is_empty() { p class="note" { (s.note) } }
                            (s.body)
                        }
                    }
                }
                footer { p { (w.made_by) } }
            }
        }
    }
    .into_string()
}

fn period_text(w: &Words, from: Option<Date>, to: Option<Date>) -> String {
    match (from, to) {
        (None, None) => w.whole_record.to_string(),
        (f, t) => format!(
            "{} – {}",
            f.map(|d| d.to_string()).unwrap_or_default(),
            t.map(|d| d.to_string()).unwrap_or_default()
        ),
    }
}

fn percent(part: usize, whole: usize) -> String {
    (part * 100 + whole / 2).checked_div(whole).map_or_else(|| "–".to_string(), |p| format!("{p}%"))
}

/// Every month from the first to the last of `months` (`2025-03`), gaps included.
fn month_range(months: &[&str]) -> Vec<String> {
    let parse = |m: &str| -> Option<i32> {
        let (y, mm) = m.split_once('-')?;
        Some(y.parse::<i32>().ok()? * 12 + mm.parse::<i32>().ok()? - 1)
    };
    let idx: Vec<i32> = months.iter().filter_map(|m| parse(m)).collect();
    match (idx.iter().min(), idx.iter().max()) {
        (Some(a), Some(b)) => {
            (*a..=*b).map(|i| format!("{:04}-{:02}", i.div_euclid(12), i.rem_euclid(12) + 1)).collect()
        }
        _ => Vec::new(),
    }
}

/// The thematic-groups overview page.
pub fn thematic(t: &Thematic, w: &Words) -> String {
    let rows = t.summary;
    // Per month, over the groups shown.
    let mut per_month: BTreeMap<&str, [usize; 7]> = BTreeMap::new();
    for r in rows {
        let m = per_month.entry(r.month.as_str()).or_default();
        for (acc, v) in m.iter_mut().zip([
            r.held,
            r.planned,
            r.cancelled,
            r.met_yes,
            r.met_partly,
            r.met_no,
            r.held_without_recipient_feedback,
        ]) {
            *acc += v;
        }
    }
    let months = month_range(&per_month.keys().copied().collect::<Vec<_>>());
    let month_values = |m: &str| per_month.get(m).copied().unwrap_or_default();
    // Per group, over the period, in the summary's order.
    let mut per_group: Vec<(&str, [usize; 3])> = Vec::new();
    for r in rows {
        match per_group.last_mut() {
            Some((g, v)) if *g == r.group => {
                v[0] += r.held;
                v[1] += r.planned;
                v[2] += r.cancelled;
            }
            _ => per_group.push((r.group.as_str(), [r.held, r.planned, r.cancelled])),
        }
    }
    let total = |f: fn(&MonthRow) -> usize| rows.iter().map(f).sum::<usize>();
    let held = total(|r| r.held);
    let no_recipient = total(|r| r.held_without_recipient_feedback);
    let no_peer = total(|r| r.held_without_peer_feedback);
    let (yes, partly, no) = (total(|r| r.met_yes), total(|r| r.met_partly), total(|r| r.met_no));
    let stage_total = |s: &str| t.pipeline.iter().map(|g| g.stages.get(s).copied().unwrap_or(0)).sum::<usize>();

    let hpc = Series::list(&[w.held, w.planned, w.cancelled]);
    let mut sections = Vec::new();

    // At a glance.
    let cards = [
        (held.to_string(), format!("{} ({})", w.held, period_text(w, t.period.from, t.period.to))),
        (percent(held - no_recipient, held), w.with_recipient_feedback.to_string()),
        (percent(yes + partly, yes + partly + no), w.expectations_met.to_string()),
        (stage_total(Stage::Active.as_str()).to_string(), w.active_peers.to_string()),
        (t.agenda.len().to_string(), w.due_now.to_string()),
    ];
    sections.push(Section {
        id: "glance",
        heading: w.key_figures.to_string(),
        note: String::new(),
        body: html! { ul class="cards" { @for (n, l) in &cards { li { span class="big" { (n) } " " span { (l) } } } } },
    });

    // Consultations.
    let month_table = Table {
        headers: vec![w.month.into(), w.held.into(), w.planned.into(), w.cancelled.into()],
        rows: months
            .iter()
            .map(|m| {
                let v = month_values(m);
                vec![m.clone(), v[0].to_string(), v[1].to_string(), v[2].to_string()]
            })
            .collect(),
        head: 1,
    };
    let month_chart = chart::columns(&Columns {
        id: "per-month".into(),
        title: w.consultations_per_month.into(),
        categories: months.clone(),
        series: hpc.clone(),
        values: months.iter().map(|m| month_values(m)[..3].iter().map(|v| *v as u64).collect()).collect(),
    });
    let mut busiest: Vec<&(&str, [usize; 3])> = per_group.iter().collect();
    busiest.sort_by_key(|(_, v)| std::cmp::Reverse(v.iter().sum::<usize>()));
    busiest.truncate(CHART_GROUPS);
    let group_chart = chart::bars(&Bars {
        id: "per-group".into(),
        title: w.consultations_per_group.into(),
        series: hpc.clone(),
        rows: busiest
            .iter()
            .map(|(g, v)| Row {
                label: g.to_string(),
                heading: None,
                values: v.iter().map(|n| Value::Count(*n as u64)).collect(),
            })
            .collect(),
        layout: Layout::Stacked,
    });
    let group_table = Table {
        headers: vec![w.group.into(), w.held.into(), w.planned.into(), w.cancelled.into()],
        rows: per_group
            .iter()
            .map(|(g, v)| vec![g.to_string(), v[0].to_string(), v[1].to_string(), v[2].to_string()])
            .collect(),
        head: 1,
    };
    let group_note = if per_group.len() > CHART_GROUPS {
        format!("{} {}", w.consultations_per_group_note, w.busiest_groups.replace("{n}", &CHART_GROUPS.to_string()))
    } else {
        w.consultations_per_group_note.to_string()
    };
    let full_table = Table {
        headers: vec![
            w.group.into(),
            w.month.into(),
            w.held.into(),
            w.planned.into(),
            w.cancelled.into(),
            w.peers.into(),
            w.recipients.into(),
            w.held_no_recipient_feedback.into(),
            w.held_no_peer_feedback.into(),
            w.met_yes.into(),
            w.met_partly.into(),
            w.met_no.into(),
        ],
        rows: rows
            .iter()
            .map(|r| {
                let mut c = r.cells();
                c.remove(1);
                c
            })
            .collect(),
        head: 2,
    };
    sections.push(Section {
        id: "consultations",
        heading: w.consultations.to_string(),
        note: String::new(),
        body: html! {
            (figure(w, "per-month", w.consultations_per_month, w.consultations_per_month_note, Some(month_chart), &month_table))
            (figure(w, "per-group", w.consultations_per_group, &group_note, Some(group_chart), &group_table))
            @if !full_table.rows.is_empty() {
                div class="table-box wide" { (table("summary", w.per_group_and_month, &full_table)) }
            }
        },
    });

    // Feedback.
    let given_missing = Series::list(&[w.given, w.missing]);
    let completeness = chart::bars(&Bars {
        id: "completeness".into(),
        title: w.completeness.into(),
        series: given_missing,
        rows: [(w.recipient_feedback, no_recipient), (w.peer_feedback, no_peer)]
            .iter()
            .map(|(l, missing)| Row {
                label: l.to_string(),
                heading: None,
                values: vec![Value::Count((held - missing) as u64), Value::Count(*missing as u64)],
            })
            .collect(),
        layout: Layout::Stacked,
    });
    let completeness_table = Table {
        headers: vec![String::new(), w.given.into(), w.missing.into()],
        rows: if held == 0 {
            Vec::new()
        } else {
            [(w.recipient_feedback, no_recipient), (w.peer_feedback, no_peer)]
                .iter()
                .map(|(l, m)| vec![l.to_string(), (held - m).to_string(), m.to_string()])
                .collect()
        },
        head: 1,
    };
    let met_chart = chart::columns(&Columns {
        id: "met".into(),
        title: w.met_per_month.into(),
        categories: months.clone(),
        series: Series::list(&[w.met_yes, w.met_partly, w.met_no]),
        values: months.iter().map(|m| month_values(m)[3..6].iter().map(|v| *v as u64).collect()).collect(),
    });
    let met_table = Table {
        headers: vec![
            w.month.into(),
            w.met_yes.into(),
            w.met_partly.into(),
            w.met_no.into(),
            w.held_no_recipient_feedback.into(),
        ],
        rows: if yes + partly + no + no_recipient == 0 {
            Vec::new()
        } else {
            months
                .iter()
                .map(|m| {
                    let v = month_values(m);
                    vec![m.clone(), v[3].to_string(), v[4].to_string(), v[5].to_string(), v[6].to_string()]
                })
                .collect()
        },
        head: 1,
    };
    sections.push(Section {
        id: "feedback",
        heading: w.feedback.to_string(),
        note: w.feedback_note.to_string(),
        body: html! {
            (figure(w, "completeness", w.completeness, "", Some(completeness), &completeness_table))
            (figure(w, "met", w.met_per_month, "", Some(met_chart), &met_table))
        },
    });

    // The pipeline.
    let stage_words: Vec<&str> = Stage::ALL.iter().map(|s| s.as_str()).collect();
    let stage_label = |i: usize| w.stages.get(i).copied().unwrap_or(stage_words[i]);
    let funnel = chart::bars(&Bars {
        id: "funnel".into(),
        title: w.pipeline.into(),
        series: Series::list(&[w.peers]),
        rows: stage_words
            .iter()
            .enumerate()
            .map(|(i, s)| Row {
                label: stage_label(i).into(),
                heading: None,
                values: vec![Value::Count(stage_total(s) as u64)],
            })
            .collect(),
        layout: Layout::Funnel,
    });
    let any_peer = stage_words.iter().any(|s| stage_total(s) > 0);
    let funnel_table = Table {
        headers: vec![w.stage.into(), w.peers.into()],
        rows: if any_peer {
            stage_words
                .iter()
                .enumerate()
                .map(|(i, s)| vec![stage_label(i).into(), stage_total(s).to_string()])
                .collect()
        } else {
            Vec::new()
        },
        head: 1,
    };
    let stage_series = Series::list(&(0..stage_words.len()).map(stage_label).collect::<Vec<_>>());
    let mut busiest: Vec<&GroupPipeline> = t.pipeline.iter().collect();
    busiest.sort_by_key(|g| std::cmp::Reverse(g.stages.values().sum::<usize>()));
    busiest.truncate(CHART_GROUPS);
    let per_group_pipeline = chart::bars(&Bars {
        id: "pipeline-groups".into(),
        title: w.pipeline_per_group.into(),
        series: stage_series.clone(),
        rows: busiest
            .iter()
            .map(|g| Row {
                label: g.group.clone(),
                heading: None,
                values: stage_words
                    .iter()
                    .map(|s| Value::Count(g.stages.get(s).copied().unwrap_or(0) as u64))
                    .collect(),
            })
            .collect(),
        layout: Layout::Stacked,
    });
    let pipeline_table = Table {
        headers: std::iter::once(w.group.to_string())
            .chain((0..stage_words.len()).map(|i| stage_label(i).to_string()))
            .collect(),
        rows: if any_peer {
            t.pipeline
                .iter()
                .map(|g| {
                    std::iter::once(g.group.clone())
                        .chain(stage_words.iter().map(|s| g.stages.get(s).copied().unwrap_or(0).to_string()))
                        .collect()
                })
                .collect()
        } else {
            Vec::new()
        },
        head: 1,
    };
    let over_time_chart = chart::columns(&Columns {
        id: "over-time".into(),
        title: w.over_time.into(),
        categories: t.over_time.iter().map(|(d, _)| d.iso()[..7].to_string()).collect(),
        series: stage_series.clone(),
        values: t
            .over_time
            .iter()
            .map(|(_, c)| stage_words.iter().map(|s| c.get(s).copied().unwrap_or(0) as u64).collect())
            .collect(),
    });
    let over_time_table = Table {
        headers: std::iter::once(w.month_end.to_string())
            .chain((0..stage_words.len()).map(|i| stage_label(i).to_string()))
            .collect(),
        rows: t
            .over_time
            .iter()
            .map(|(d, c)| {
                std::iter::once(d.to_string())
                    .chain(stage_words.iter().map(|s| c.get(s).copied().unwrap_or(0).to_string()))
                    .collect()
            })
            .collect(),
        head: 1,
    };
    let group_pipeline_note = if t.pipeline.len() > CHART_GROUPS {
        w.busiest_groups.replace("{n}", &CHART_GROUPS.to_string())
    } else {
        String::new()
    };
    sections.push(Section {
        id: "pipeline",
        heading: w.pipeline.to_string(),
        note: w.pipeline_note.to_string(),
        body: html! {
            (figure(w, "funnel", w.pipeline, "", Some(funnel), &funnel_table))
            (figure(w, "pipeline-groups", w.pipeline_per_group, &group_pipeline_note, Some(per_group_pipeline), &pipeline_table))
            (figure(w, "over-time", w.over_time, w.over_time_note, Some(over_time_chart), &over_time_table))
        },
    });

    // The agenda.
    let kinds: Vec<(&str, usize)> =
        w.agenda_kinds.iter().map(|(k, label)| (*label, t.agenda.iter().filter(|d| d.kind == *k).count())).collect();
    let kinds_chart = chart::bars(&Bars {
        id: "agenda-kinds".into(),
        title: w.agenda_by_kind.into(),
        series: Series::list(&[w.count]),
        rows: kinds
            .iter()
            .map(|(l, n)| Row { label: l.to_string(), heading: None, values: vec![Value::Count(*n as u64)] })
            .collect(),
        layout: Layout::Stacked,
    });
    let kinds_table = Table {
        headers: vec![w.what.into(), w.count.into()],
        rows: if t.agenda.is_empty() {
            Vec::new()
        } else {
            kinds.iter().map(|(l, n)| vec![l.to_string(), n.to_string()]).collect()
        },
        head: 1,
    };
    let items = Table {
        headers: vec![w.due.into(), w.what.into(), w.group.into(), w.record.into()],
        rows: t
            .agenda
            .iter()
            .take(AGENDA_ITEMS)
            .map(|d| vec![d.due.to_string(), w.agenda_kind(d.kind).to_string(), d.group.clone(), d.record.clone()])
            .collect(),
        head: 1,
    };
    sections.push(Section {
        id: "agenda",
        heading: w.agenda.to_string(),
        note: w.agenda_note.to_string(),
        body: html! {
            (figure(w, "agenda-kinds", w.agenda_by_kind, "", Some(kinds_chart), &kinds_table))
            @if !items.rows.is_empty() {
                div class="table-box wide" { (table("agenda", w.agenda, &items)) }
                @if t.agenda.len() > AGENDA_ITEMS { p class="note" { (w.more(t.agenda.len() - AGENDA_ITEMS)) } }
            }
        },
    });

    let mut facts = vec![
        (w.period.to_string(), period_text(w, t.period.from, t.period.to)),
        (w.groups.to_string(), t.group.clone().unwrap_or_else(|| w.every_group.to_string())),
        (w.as_of.to_string(), t.as_of.to_string()),
    ];
    facts.retain(|(_, v)| !v.is_empty());
    let mut notes = vec![w.no_names.to_string()];
    if t.pseudonymise {
        notes.push(w.pseudonymised.to_string());
    }
    notes.push(w.same_numbers_thematic.to_string());
    page(w, w.title_thematic, &facts, &notes, &sections)
}

/// The colleague-support overview page.
pub fn colleague(c: &Colleague, w: &Words) -> String {
    let unit_label = |r: &programme::Row| if c.pseudonymise { r.unit.id.to_string() } else { r.unit.name.to_string() };
    let cell = |r: &programme::Row, i: usize| Cell::of(r.values[i], c.threshold);
    let value = |cell: Cell| match cell {
        Cell::Count(n) => Value::Count(n),
        Cell::Masked(t) => Value::Masked(t),
    };
    // Which programme columns each chart shows, in the order.
    let column = |name: &str| COLUMNS.iter().position(|c| *c == name).expect("a programme column");
    let range = |title: &str| SECTIONS.iter().find(|(t, _)| *t == title).map(|(_, r)| r.clone()).unwrap_or(0..0);
    let stages_and_training: Vec<usize> = range(SECTIONS[0].0).chain(range(SECTIONS[1].0)).collect();
    let charts: [(&str, &str, &str, Vec<usize>); 5] = [
        ("contacts", w.contacts, w.contacts_note, range(SECTIONS[3].0).collect()),
        ("incidents", w.incidents, w.incidents_note, vec![column("incidents_notified")]),
        ("referrals", w.referrals, w.referrals_note, range(SECTIONS[5].0).collect()),
        ("supervision", w.supervision, w.supervision_note, range(SECTIONS[2].0).collect()),
        ("training", w.training, w.training_note, stages_and_training),
    ];
    let rows = &c.report.rows;
    let mut sections = Vec::new();
    for (id, title, note, cols) in charts {
        let series = Series::list(&cols.iter().map(|i| w.programme_columns[*i]).collect::<Vec<_>>());
        let mut last_quarter = None;
        let bars = Bars {
            id: id.to_string(),
            title: title.to_string(),
            series: series.clone(),
            rows: rows
                .iter()
                .map(|r| {
                    let heading = (last_quarter != Some(r.quarter)).then(|| r.quarter.to_string());
                    last_quarter = Some(r.quarter);
                    Row { label: unit_label(r), heading, values: cols.iter().map(|i| value(cell(r, *i))).collect() }
                })
                .collect(),
            layout: Layout::Grouped,
        };
        let masked = bars.rows.iter().any(|r| r.values.iter().any(|v| matches!(v, Value::Masked(_))));
        let svg = chart::bars(&bars);
        let t = Table {
            headers: [w.quarter, w.unit]
                .into_iter()
                .chain(cols.iter().map(|i| w.programme_columns[*i]))
                .map(String::from)
                .collect(),
            rows: rows
                .iter()
                .map(|r| {
                    [r.quarter.to_string(), unit_label(r)]
                        .into_iter()
                        .chain(cols.iter().map(|i| cell(r, *i).to_string()))
                        .collect()
                })
                .collect(),
            head: 2,
        };
        sections.push(Section {
            id,
            heading: title.to_string(),
            note: note.to_string(),
            body: html! {
                (figure(w, id, title, if masked { w.masked_legend } else { "" }, Some(svg), &t))
            },
        });
    }
    let facts = vec![
        (w.period.to_string(), period_text(w, c.report.first, c.report.last)),
        (w.units.to_string(), c.unit.clone().unwrap_or_else(|| w.every_unit.to_string())),
    ];
    let mut notes = vec![w.no_names.to_string(), w.masking(c.threshold)];
    if c.pseudonymise {
        notes.push(w.pseudonymised.to_string());
    }
    notes.push(w.same_numbers_colleague.to_string());
    page(w, w.title_colleague, &facts, &notes, &sections)
}
