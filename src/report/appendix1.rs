//! Appendix 1 (Pielikums nr.1): the ministry's peer consultation record sheet.

use crate::model::{Consultation, Date, Feedback, Group, Id, Person, Source, Status};
use crate::store::Folder;
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

/// One group's sheet: the header fields and the table rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub leader: String,
    pub venue: String,
    pub rows: Vec<[String; 6]>,
}

/// An inclusive range of days; `None` ends are open.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Period {
    pub from: Option<Date>,
    pub to: Option<Date>,
}

impl Period {
    pub fn contains(&self, d: Date) -> bool {
        self.from.is_none_or(|f| d >= f) && self.to.is_none_or(|t| d <= t)
    }
}

/// Builds the sheet of `group`: its held consultations in `period`, by date, start time and ID.
pub fn build(folder: &Folder, group: &Group, period: Period) -> Sheet {
    let people: HashMap<&Id, &Person> = folder.people.iter().map(|p| (&p.id, p)).collect();
    let mut feedback: HashMap<&Id, Vec<&Feedback>> = HashMap::new();
    for f in folder.feedback.iter().filter(|f| f.from == Source::Recipient) {
        for c in &f.consultations {
            feedback.entry(c).or_default().push(f);
        }
    }
    let mut held: Vec<&Consultation> = folder
        .consultations
        .iter()
        .filter(|c| {
            c.status == Status::Held
                && period.contains(c.date)
                && people.get(&c.peer).is_some_and(|p| p.group == group.id)
        })
        .collect();
    held.sort_by(|a, b| (a.date, a.time.start(), &a.id).cmp(&(b.date, b.time.start(), &b.id)));
    let name = |id: &Id| people.get(id).map_or_else(|| id.to_string(), |p| p.name.to_string());
    let rows = held
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let mut answers: Vec<&&Feedback> = feedback.get(&c.id).map(|v| v.iter().collect()).unwrap_or_default();
            answers.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
            [
                format!("{}.", i + 1),
                name(&c.peer),
                name(&c.recipient),
                format!("{}, {}, {}", c.place, c.date.latvian(), c.time),
                c.topic.to_string(),
                answers.iter().map(|f| answers_cell(f)).collect::<Vec<_>>().join("\n\n"),
            ]
        })
        .collect();
    Sheet { leader: group.leader.to_string(), venue: group.venue.to_string(), rows }
}

/// The recipient's three answers, each after its question.
pub fn answers_cell(f: &Feedback) -> String {
    let met = match &f.comment {
        Some(c) => format!("{}. {c}", f.met.latvian()),
        None => f.met.latvian().to_string(),
    };
    format!("{} {}\n{} {met}\n{} {}", QUESTIONS[0], f.expected, QUESTIONS[1], QUESTIONS[2], f.benefit)
}
