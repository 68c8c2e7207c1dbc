//! Bar charts as inline SVG, written with maud so that every label is escaped.
//!
//! Two shapes: [`Columns`] (vertical bars stacked by series, one per category, such as months)
//! and [`Bars`] (horizontal bars, one row per label, stacked, grouped or centred as a funnel).
//! Colours come from the page's style sheet through the classes `s0`, `s1`, …, so the charts
//! print and restyle with the page; [`hatchings`], once per page, holds the fills of masked
//! bars. A masked count (see [`Value::Masked`]) is drawn hatched up
//! to the largest value it may stand for, never at its true size.

use maud::{Markup, html};

/// One series of a chart: its name in the legend and its colour class.
#[derive(Debug, Clone)]
pub struct Series {
    pub label: String,
    /// `s0` to `s7`.
    pub class: &'static str,
}

impl Series {
    /// Series named `labels`, coloured in order.
    pub fn list<S: AsRef<str>>(labels: &[S]) -> Vec<Series> {
        const CLASSES: [&str; 8] = ["s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7"];
        labels
            .iter()
            .enumerate()
            .map(|(i, l)| Series { label: l.as_ref().to_string(), class: CLASSES[i % CLASSES.len()] })
            .collect()
    }
}

/// A count as a chart draws it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    Count(u64),
    /// A count from 1 to `threshold - 1`, hidden so that no one can be singled out.
    Masked(u32),
}

impl Value {
    /// The length a bar gets: the count, or the largest count a masked value may be.
    fn extent(self) -> u64 {
        match self {
            Value::Count(n) => n,
            Value::Masked(t) => u64::from(t.saturating_sub(1)),
        }
    }

    fn label(self) -> String {
        match self {
            Value::Count(n) => n.to_string(),
            Value::Masked(t) => format!("<{t}"),
        }
    }
}

/// Vertical stacked bars: one column per category, one segment per series.
#[derive(Debug, Clone)]
pub struct Columns {
    /// Unique in the page; prefixes the SVG's element IDs.
    pub id: String,
    /// Read by screen readers as the chart's name.
    pub title: String,
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    /// `values[category][series]`.
    pub values: Vec<Vec<u64>>,
}

/// How a [`Bars`] chart lays out a row's series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// One bar per row, series end to end.
    Stacked,
    /// One thin bar per series in each row.
    Grouped,
    /// One bar per row, centred: a funnel when the rows are stages.
    Funnel,
}

/// One row of a [`Bars`] chart.
#[derive(Debug, Clone)]
pub struct Row {
    pub label: String,
    /// A heading drawn above this row (such as the quarter the next rows belong to).
    pub heading: Option<String>,
    /// One value per series.
    pub values: Vec<Value>,
}

/// Horizontal bars: one row per label.
#[derive(Debug, Clone)]
pub struct Bars {
    pub id: String,
    pub title: String,
    pub series: Vec<Series>,
    pub rows: Vec<Row>,
    pub layout: Layout,
}

const WIDTH: f64 = 720.0;
/// The width of one character of the labels, roughly, for the label column and label cuts.
const CHAR: f64 = 6.6;
const LEGEND: f64 = 22.0;

/// The top of the value axis and the step between its ticks: a 1, 2 or 5 times a power of ten
/// step, with four to eight ticks up to at least `max` (and at least 1).
pub fn ticks(max: u64) -> (u64, u64) {
    let max = max.max(1);
    let mut step = 1u64;
    loop {
        for m in [1, 2, 5] {
            let s = step * m;
            if max.div_ceil(s) <= 5 {
                return (max.div_ceil(s) * s, s);
            }
        }
        step = step.saturating_mul(10);
    }
}

/// A label cut to `chars` characters, with an ellipsis when cut.
pub fn cut(label: &str, chars: usize) -> String {
    if label.chars().count() <= chars {
        label.to_string()
    } else {
        let mut s: String = label.chars().take(chars.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}

fn num(x: f64) -> String {
    let s = format!("{x:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// Where each of `lengths` starts when they are laid end to end from 0.
fn starts<T: Copy + Default + std::ops::Add<Output = T>>(lengths: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut at = T::default();
    lengths
        .into_iter()
        .map(|l| {
            let start = at;
            at = at + l;
            start
        })
        .collect()
}

/// The width a legend entry takes.
fn legend_width(s: &Series) -> f64 {
    16.0 + s.label.chars().count() as f64 * CHAR + 18.0
}

fn legend(series: &[Series], y: f64) -> Markup {
    let xs = starts(series.iter().map(legend_width));
    html! {
        g class="legend" {
            @for (s, x) in series.iter().zip(xs) {
                rect class=(s.class) x=(num(x)) y=(num(y)) width="12" height="12" {}
                text x=(num(x + 16.0)) y=(num(y + 10.5)) { (s.label) }
            }
        }
    }
}

/// The hatchings of masked bars, one per series colour, for the page to hold once: a masked
/// bar of series `sN` is filled with `url(#hatch-sN)` by the style sheet.
pub fn hatchings() -> Markup {
    html! {
        svg class="defs" width="0" height="0" aria-hidden="true" focusable="false" {
            defs {
                @for i in 0..8 {
                    pattern id=(format!("hatch-s{i}")) width="5" height="5" patternUnits="userSpaceOnUse"
                        patternTransform="rotate(45)" {
                        rect class="hatch-bg" width="5" height="5" {}
                        line class=(format!("hatch-line h{i}")) x1="1" y1="0" x2="1" y2="5" {}
                    }
                }
            }
        }
    }
}

/// Legend rows needed for `series` in the chart's width.
fn legend_lines(series: &[Series]) -> usize {
    let mut lines = 1;
    let mut x = 0.0;
    for s in series {
        let w = legend_width(s);
        if x > 0.0 && x + w > WIDTH {
            lines += 1;
            x = 0.0;
        }
        x += w;
    }
    lines
}

/// Legends wrapped over lines.
fn legend_wrapped(series: &[Series], top: f64) -> Markup {
    let mut lines: Vec<Vec<Series>> = vec![Vec::new()];
    let mut x = 0.0;
    for s in series {
        let w = legend_width(s);
        if x > 0.0 && x + w > WIDTH {
            lines.push(Vec::new());
            x = 0.0;
        }
        x += w;
        lines.last_mut().expect("a line").push(s.clone());
    }
    html! {
        @for (i, line) in lines.iter().enumerate() {
            (legend(line, top + i as f64 * LEGEND))
        }
    }
}

/// The SVG of stacked columns.
pub fn columns(c: &Columns) -> Markup {
    let n = c.categories.len().max(1);
    let max = c.values.iter().map(|v| v.iter().sum::<u64>()).max().unwrap_or(0);
    let (top, step) = ticks(max);
    let left = 44.0;
    let legend_h = legend_lines(&c.series) as f64 * LEGEND;
    let plot_top = legend_h + 8.0;
    let plot_h = 220.0;
    let plot_w = WIDTH - left - 8.0;
    let slot = plot_w / n as f64;
    let bar = (slot * 0.7).min(48.0);
    // Category labels: at most one every 64 pixels.
    let every = (64.0 / slot).ceil().max(1.0) as usize;
    let height = plot_top + plot_h + 24.0;
    let y_of = |v: u64| plot_top + plot_h - plot_h * v as f64 / top as f64;
    html! {
        svg class="chart" viewBox=(format!("0 0 {} {}", num(WIDTH), num(height))) role="img"
            aria-labelledby=(format!("{}-title", c.id)) id=(c.id) {
            title id=(format!("{}-title", c.id)) { (c.title) }
            (legend_wrapped(&c.series, 0.0))
            g class="axis" {
                @for i in 0..=(top / step) {
                    @let v = i * step;
                    line class="grid" x1=(num(left)) x2=(num(WIDTH - 8.0)) y1=(num(y_of(v))) y2=(num(y_of(v))) {}
                    text x=(num(left - 6.0)) y=(num(y_of(v) + 4.0)) text-anchor="end" { (v) }
                }
            }
            @for (i, cat) in c.categories.iter().enumerate() {
                @let x = left + slot * i as f64 + (slot - bar) / 2.0;
                @let values = c.values.get(i).map(Vec::as_slice).unwrap_or(&[]);
                g class="column" data-category=(cat) {
                    title { (cat) ": " @for (j, s) in c.series.iter().enumerate() {
                        @if j > 0 { ", " } (s.label) " " (values.get(j).copied().unwrap_or(0))
                    } }
                    @let v = |j: usize| values.get(j).copied().unwrap_or(0);
                    @let bases = starts((0..c.series.len()).map(v));
                    @for (j, (s, base)) in c.series.iter().zip(bases).enumerate() {
                        @if v(j) > 0 {
                            rect class=(s.class) x=(num(x)) width=(num(bar)) data-series=(s.label) data-value=(v(j))
                                y=(num(y_of(base + v(j)))) height=(num(y_of(base) - y_of(base + v(j)))) {}
                        }
                    }
                    @if i % every == 0 {
                        text class="cat" x=(num(x + bar / 2.0)) y=(num(plot_top + plot_h + 16.0)) text-anchor="middle" {
                            (cut(cat, 10))
                        }
                    }
                }
            }
            line class="baseline" x1=(num(left)) x2=(num(WIDTH - 8.0)) y1=(num(y_of(0))) y2=(num(y_of(0))) {}
        }
    }
}

/// The SVG of horizontal bars.
pub fn bars(b: &Bars) -> Markup {
    let longest = b.rows.iter().map(|r| r.label.chars().count()).max().unwrap_or(0).min(40);
    let left = (longest as f64 * CHAR + 12.0).max(60.0);
    let plot_w = WIDTH - left - 40.0;
    let extent = |r: &Row| -> u64 {
        match b.layout {
            Layout::Grouped => r.values.iter().map(|v| v.extent()).max().unwrap_or(0),
            _ => r.values.iter().map(|v| v.extent()).sum(),
        }
    };
    let max = b.rows.iter().map(extent).max().unwrap_or(0);
    let (top, step) = ticks(max);
    let k = b.series.len().max(1) as f64;
    let bar_h = if b.layout == Layout::Grouped { 12.0 } else { 18.0 };
    // A grouped row of zeros takes the height of one bar.
    let row_h = |r: &Row| {
        if b.layout == Layout::Grouped && r.values.iter().any(|v| *v != Value::Count(0)) {
            bar_h * k + 8.0
        } else {
            bar_h + 8.0
        }
    };
    let legend_h =
        if b.series.len() > 1 || b.layout == Layout::Grouped { legend_lines(&b.series) as f64 * LEGEND } else { 0.0 };
    let plot_top = legend_h + 22.0;
    let headings = b.rows.iter().filter(|r| r.heading.is_some()).count() as f64;
    let plot_h = b.rows.iter().map(row_h).sum::<f64>() + headings * 20.0;
    let height = plot_top + plot_h + 6.0;
    let x_of = |v: u64| left + plot_w * v as f64 / top as f64;
    // Each row's top, with the space its heading takes.
    let mut y = plot_top;
    let tops: Vec<(f64, Option<f64>)> = b
        .rows
        .iter()
        .map(|r| {
            let heading = r.heading.as_ref().map(|_| {
                y += 20.0;
                y - 6.0
            });
            let t = y;
            y += row_h(r);
            (t, heading)
        })
        .collect();
    html! {
        svg class="chart" viewBox=(format!("0 0 {} {}", num(WIDTH), num(height))) role="img"
            aria-labelledby=(format!("{}-title", b.id)) id=(b.id) {
            title id=(format!("{}-title", b.id)) { (b.title) }
            @if legend_h > 0.0 { (legend_wrapped(&b.series, 0.0)) }
            @if b.layout != Layout::Funnel {
                g class="axis" {
                    @for i in 0..=(top / step) {
                        @let v = i * step;
                        line class="grid" x1=(num(x_of(v))) x2=(num(x_of(v))) y1=(num(plot_top - 4.0)) y2=(num(plot_top + plot_h)) {}
                        text x=(num(x_of(v))) y=(num(plot_top - 8.0)) text-anchor="middle" { (v) }
                    }
                }
            }
            @for (i, (r, (row_top, heading))) in b.rows.iter().zip(&tops).enumerate() {
                @if let (Some(h), Some(hy)) = (&r.heading, heading) {
                    text class="heading" x="0" y=(num(*hy)) { (cut(h, 90)) }
                }
                @if b.layout == Layout::Grouped && i % 2 == 0 {
                    rect class="band" x="0" y=(num(row_top - 3.0)) width=(num(WIDTH)) height=(num(row_h(r) - 2.0)) {}
                }
                g class="row" data-label=(r.label) {
                    title { (r.label) ": " @for (j, s) in b.series.iter().enumerate() {
                        @if j > 0 { ", " } (s.label) " " (r.values.get(j).map(|v| v.label()).unwrap_or_default())
                    } }
                    text class="label" x=(num(left - 6.0)) y=(num(row_top + (row_h(r) - 8.0) / 2.0 + 4.0)) text-anchor="end" {
                        (cut(&r.label, 40))
                    }
                    @match b.layout {
                        Layout::Grouped => {
                            @for (j, (s, v)) in b.series.iter().zip(&r.values).enumerate() {
                                @let by = row_top + bar_h * j as f64;
                                @let w = x_of(v.extent()) - left;
                                @if let Value::Masked(_) = v {
                                    rect class=(format!("{} masked", s.class)) x=(num(left)) y=(num(by)) width=(num(w)) height=(num(bar_h - 1.0))
                                        data-series=(s.label) data-value=(v.label()) {}
                                } @else if w > 0.0 {
                                    rect class=(s.class) x=(num(left)) y=(num(by)) width=(num(w)) height=(num(bar_h - 1.0))
                                        data-series=(s.label) data-value=(v.label()) {}
                                }
                                @if *v != Value::Count(0) {
                                    text class="value" x=(num(left + w + 4.0)) y=(num(by + bar_h - 1.5)) { (v.label()) }
                                }
                            }
                        }
                        _ => {
                            @let total: u64 = r.values.iter().map(|v| v.extent()).sum();
                            @let start = if b.layout == Layout::Funnel { left + (plot_w - (x_of(total) - left)) / 2.0 } else { left };
                            @let widths: Vec<f64> = r.values.iter().map(|v| x_of(v.extent()) - left).collect();
                            @let xs = starts(widths.iter().copied());
                            @for ((s, v), (w, x)) in b.series.iter().zip(&r.values).zip(widths.iter().zip(&xs)) {
                                @if *w > 0.0 {
                                    rect class=(s.class) x=(num(start + x)) y=(num(*row_top)) width=(num(*w)) height=(num(bar_h))
                                        data-series=(s.label) data-value=(v.label()) {}
                                }
                            }
                            text class="value" x=(num(start + widths.iter().sum::<f64>() + 4.0)) y=(num(row_top + bar_h - 5.0)) { (total) }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_reach_the_maximum_in_round_steps() {
        assert_eq!(ticks(0), (1, 1));
        assert_eq!(ticks(1), (1, 1));
        assert_eq!(ticks(5), (5, 1));
        assert_eq!(ticks(7), (8, 2));
        assert_eq!(ticks(10), (10, 2));
        assert_eq!(ticks(11), (15, 5));
        assert_eq!(ticks(99), (100, 20));
        assert_eq!(ticks(1234), (1500, 500));
        for max in 0..5000 {
            let (top, step) = ticks(max);
            assert!(top >= max && top % step == 0 && top / step <= 5, "{max}: {top} {step}");
        }
    }

    #[test]
    fn long_labels_are_cut_with_an_ellipsis() {
        assert_eq!(cut("Rīga", 10), "Rīga");
        assert_eq!(cut("Rīgas vecāku atbalsta grupa", 10), "Rīgas vec…");
    }

    #[test]
    fn columns_stack_their_series_and_escape_labels() {
        let c = Columns {
            id: "c".into(),
            title: "<b>&".into(),
            categories: vec!["2025-03".into(), "<x>".into()],
            series: Series::list(&["held", "planned"]),
            values: vec![vec![3, 1], vec![0, 2]],
        };
        let svg = columns(&c).into_string();
        assert!(svg.contains("<title id=\"c-title\">&lt;b&gt;&amp;</title>"), "{svg}");
        assert!(svg.contains("&lt;x&gt;") && !svg.contains("<x>"));
        // Three segments drawn: zero counts get no rectangle.
        assert_eq!(svg.matches("<rect class=\"s").count(), 2 + 3);
        assert!(svg.contains("2025-03: held 3, planned 1"));
    }

    #[test]
    fn masked_values_are_hatched_to_the_largest_value_they_may_be() {
        let b = Bars {
            id: "m".into(),
            title: "contacts".into(),
            series: Series::list(&["crisis"]),
            rows: vec![
                Row { label: "Unit".into(), heading: Some("2025-Q2".into()), values: vec![Value::Masked(3)] },
                Row { label: "Other".into(), heading: None, values: vec![Value::Count(4)] },
            ],
            layout: Layout::Grouped,
        };
        let svg = bars(&b).into_string();
        assert!(svg.contains("<rect class=\"s0 masked\""));
        assert!(svg.contains(">&lt;3</text>"));
        assert!(svg.contains("Unit: crisis &lt;3"));
        assert!(svg.contains(">2025-Q2</text>"));
        // The scale runs to 4 (the largest count); the masked bar is half of it (2 of 4).
        let (top, _) = ticks(4);
        assert_eq!(top, 4);
    }
}
