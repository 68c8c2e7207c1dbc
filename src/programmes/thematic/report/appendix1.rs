//! Appendix 1 (Pielikums nr.1): the ministry's peer consultation record sheet.
//!
//! [`build`] gathers one group's rows; [`Sheet::lines`] lays out the whole sheet as the seed
//! does (or just the table), and the writers in [`crate::report::csv_sheet`] and [`crate::report::xlsx`]
//! turn those lines into files.

use crate::error::Result;
use crate::model::{Date, Feedback, Group, Id, Person, Purpose, Source};
use crate::programmes::thematic::folder::Folder;
use crate::report::{Index, Period, is_held};
use crate::store::config::ReportSettings;
use std::collections::HashMap;

/// The six column headers, exactly as the seed's sheet has them (line breaks removed).
pub const HEADERS: [&str; 6] = [
    "Nr. p.k.",
    "Līdzinieka vārds, uzvārds",
    "Līdzinieku konsultāciju saņēmēja vārds, uzvārds",
    "Līdzinieku konsultācijas norises vieta, datums un laiks (00.00.2025., 00:00-00:00)",
    "Līdzinieku konsultācijas tēma",
    "Līdzinieka konsultāciju saņēmēja atbildes uz jautājumiem: Kas tika sagaidīts no līdzinieka konsultācijas? Vai minētās gaidas piepildījās? Kāds bija ieguvums no līdzinieka konsultācijas?",
];

/// The three feedback questions, in the seed's order.
pub const QUESTIONS: [&str; 3] = [
    "Kas tika sagaidīts no līdzinieka konsultācijas?",
    "Vai minētās gaidas piepildījās?",
    "Kāds bija ieguvums no līdzinieka konsultācijas?",
];

/// The label of the leader field above the table.
pub const LEADER: &str = "Tematiskā atbalsta grupas vadītājs";
/// The label of the venue field above the table.
pub const VENUE: &str = "Tematiskā atbalsta grupas norises vieta";

/// One group's sheet: the header fields and the table rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub group: String,
    pub leader: String,
    pub venue: String,
    pub rows: Vec<[String; 6]>,
    /// People shown by initials because they have no consent to be named in the report.
    pub unnamed: Vec<String>,
}

/// How peers and recipients are named in the sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Names {
    /// First name and surname, as the ministry sheet asks (initials for anyone without consent
    /// to be named, when the folder requires consent).
    #[default]
    Full,
    /// Initials only (`A. B.`), for sharing outside the ministry channel.
    Initials,
    /// The person's ID (`p-3yae3jef`), for sharing outside the ministry channel.
    Codes,
}

/// `Anna Bērziņa` -> `A. B.`, from letters only: a nickname in quotes or brackets is left out
/// (`Agris "Agrītis" Bērziņš` -> `A. B.`) and each part of a hyphenated name keeps its letter
/// (`Anna-Marija Kalniņa-Ozola` -> `A.-M. K.-O.`).
pub fn initials(name: &str) -> String {
    const OPENS: &[char] = &['"', '\'', '“', '„', '«', '‘', '(', '['];
    const CLOSES: &[char] = &['"', '\'', '”', '“', '»', '’', ')', ']'];
    let word = |w: &str| {
        let parts: Vec<String> = w
            .split(['-', '‐', '–', '—'])
            .filter_map(|part| part.chars().find(|c| c.is_alphabetic()))
            .map(|c| {
                let mut upper = c.to_uppercase();
                let one = (upper.len() == 1).then(|| upper.next()).flatten();
                format!("{}.", one.unwrap_or(c))
            })
            .collect();
        (!parts.is_empty()).then(|| parts.join("-"))
    };
    let mut out = Vec::new();
    let mut nickname = false;
    for w in name.split_whitespace() {
        if !nickname && w.starts_with(OPENS) {
            nickname = true;
        }
        if !nickname {
            out.extend(word(w));
        } else if w.chars().count() > 1 && w.ends_with(CLOSES) || w.chars().count() == 1 && w.starts_with(CLOSES) {
            nickname = false;
        }
    }
    if out.is_empty() {
        // A name wholly in quotes or brackets: its words are the name.
        out.extend(name.split_whitespace().filter_map(word));
    }
    out.join(" ")
}

/// One line of the sheet, top to bottom. Every line is six cells wide in CSV.
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    /// `Pielikums nr.1`
    Appendix(String),
    /// `LĪDZINIEKU KONSULTĀCIJU UZSKAITES LAPA`
    Title(String),
    /// The sentence naming the contract.
    Contract(String),
    /// A labelled field filled from the group: leader or venue.
    Field(&'static str, String),
    Blank,
    /// The six column headers.
    Header,
    Row([String; 6]),
    /// The ESF+ project line under the table.
    Project(String),
}

impl Line {
    /// The line as six cells, left to right.
    pub fn cells(&self) -> [String; 6] {
        let first =
            |s: &str| [s.to_string(), String::new(), String::new(), String::new(), String::new(), String::new()];
        match self {
            Line::Appendix(s) | Line::Title(s) | Line::Contract(s) | Line::Project(s) => first(s),
            Line::Field(label, value) => {
                let mut cells = first(label);
                cells[1] = value.clone();
                cells
            }
            Line::Blank => first(""),
            Line::Header => HEADERS.map(str::to_string),
            Line::Row(row) => row.clone(),
        }
    }
}

impl Sheet {
    /// The sheet top to bottom: the seed's preamble (with the wording from `peerlog.toml`;
    /// an empty setting leaves its line out), the table and the project line; or, with
    /// `table_only`, the header row and the rows alone.
    pub fn lines(&self, wording: &ReportSettings, table_only: bool) -> Vec<Line> {
        let table = std::iter::once(Line::Header).chain(self.rows.iter().cloned().map(Line::Row));
        if table_only {
            return table.collect();
        }
        let text = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
        let mut lines = Vec::new();
        lines.extend(text(&wording.appendix).map(Line::Appendix));
        lines.extend(text(&wording.title).map(Line::Title));
        lines.extend(text(&wording.contract).map(Line::Contract));
        lines.push(Line::Field(LEADER, self.leader.clone()));
        lines.push(Line::Field(VENUE, self.venue.clone()));
        lines.push(Line::Blank);
        lines.extend(table);
        if let Some(project) = text(&wording.project) {
            lines.push(Line::Blank);
            lines.push(Line::Project(project));
        }
        lines
    }
}

/// Builds the sheet of `group`: its held consultations in `period`, by date, start time and
/// ID. Fails, naming the file, if a consultation in the period has a peer or recipient that
/// does not exist.
/// `consent_required` (the folder's setting) shows people without consent to be named in the
/// report by their initials.
pub fn build(folder: &Folder, group: &Group, period: Period, names: Names, consent_required: bool) -> Result<Sheet> {
    let mut sheets = build_many(folder, std::slice::from_ref(group), period, names, consent_required)?;
    Ok(sheets.remove(0))
}

/// The sheets of several groups, in the order given, from one pass over the folder.
pub fn build_many(
    folder: &Folder,
    groups: &[Group],
    period: Period,
    names: Names,
    consent_required: bool,
) -> Result<Vec<Sheet>> {
    let index = Index::new(folder);
    let today = Date::today();
    let mut held: HashMap<&Id, Vec<_>> = HashMap::new();
    for (c, peer, recipient) in index.consultations(folder, period)?.into_iter().filter(|(c, ..)| is_held(c)) {
        held.entry(&peer.group).or_default().push((c, peer, recipient));
    }
    let sheets = groups
        .iter()
        .map(|group| {
            let mut unnamed = Vec::new();
            let mut name = |p: &Person| match names {
                Names::Codes => p.id.to_string(),
                Names::Initials if p.erased.is_none() => initials(p.name.as_str()),
                Names::Full if consent_required && p.erased.is_none() && !p.has_consent(Purpose::Report, today) => {
                    unnamed.push(format!("{} ({})", initials(p.name.as_str()), p.id));
                    initials(p.name.as_str())
                }
                _ => p.name.to_string(),
            };
            let rows = held
                .get(&group.id)
                .into_iter()
                .flatten()
                .enumerate()
                .map(|(i, (c, peer, recipient))| {
                    let answers: Vec<String> =
                        index.feedback_on(&c.id, Source::Recipient).iter().map(|f| answers_cell(f)).collect();
                    [
                        format!("{}.", i + 1),
                        name(peer),
                        name(recipient),
                        format!("{}, {}, {}", c.place, c.date.latvian(), c.time),
                        c.topic.to_string(),
                        answers.join("\n\n"),
                    ]
                })
                .collect();
            unnamed.sort();
            unnamed.dedup();
            Sheet {
                group: group.name.to_string(),
                leader: group.leader.to_string(),
                venue: group.venue.to_string(),
                rows,
                unnamed,
            }
        })
        .collect();
    Ok(sheets)
}

/// The recipient's three answers, each after its question.
pub fn answers_cell(f: &Feedback) -> String {
    let met = match &f.comment {
        Some(c) => format!("{}. {c}", f.met.latvian()),
        None => f.met.latvian().to_string(),
    };
    format!("{} {}\n{} {met}\n{} {}", QUESTIONS[0], f.expected, QUESTIONS[1], QUESTIONS[2], f.benefit)
}

#[cfg(test)]
mod tests {
    use super::initials;

    #[test]
    fn initials_come_from_letters_only() {
        for (name, expected) in [
            ("Anna Bērziņa", "A. B."),
            ("Agris \"Agrītis\" Bērziņš", "A. B."),
            ("Agris „Agrītis” Bērziņš", "A. B."),
            ("Agris (Agrītis Jr.) Bērziņš", "A. B."),
            ("Anna-Marija Kalniņa-Ozola", "A.-M. K.-O."),
            ("Anna - Bērziņa", "A. B."),
            ("ēriks  ķirsis", "Ē. Ķ."),
            ("O'Brien Ann", "O. A."),
            ("\"Anna Bērziņa\"", "A. B."),
            ("1. Anna", "A."),
            ("", ""),
        ] {
            assert_eq!(initials(name), expected, "{name}");
        }
    }

    proptest::proptest! {
        #[test]
        fn initials_are_letters_and_dots(name in "\\PC{0,40}") {
            let out = initials(&name);
            proptest::prop_assert!(
                out.chars().all(|c| c.is_alphabetic() || c == '.' || c == ' ' || c == '-'),
                "{:?} -> {:?}", name, out
            );
        }
    }
}
