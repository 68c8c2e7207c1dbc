//! The reports peerlog writes from a loaded folder.
//!
//! [`appendix1`] builds the ministry sheet as lines of cells; [`csv_sheet`] and [`xlsx`] write
//! it out; [`summary`] counts a programme's consultations; [`period`] is the range of days a
//! report covers.

pub mod csv_sheet;
pub mod overview;
pub mod period;
pub mod xlsx;

use crate::error::{Error, Result};
use crate::model::{Consultation, Feedback, Id, Person, Record, Source, Status};
use crate::programmes::thematic::folder::Folder;
use crate::store::diag::display_path;
use std::collections::HashMap;

pub use period::Period;

/// Lookups over a loaded folder shared by the reports.
pub struct Index<'a> {
    pub people: HashMap<&'a Id, &'a Person>,
    /// Feedback by the consultations it covers, oldest first.
    pub feedback: HashMap<(&'a Id, Source), Vec<&'a Feedback>>,
}

impl<'a> Index<'a> {
    pub fn new(folder: &'a Folder) -> Index<'a> {
        let people = folder.people.iter().map(|p| (&p.id, p)).collect();
        let mut feedback: HashMap<(&Id, Source), Vec<&Feedback>> = HashMap::new();
        for f in &folder.feedback {
            for c in &f.consultations {
                feedback.entry((c, f.from)).or_default().push(f);
            }
        }
        for list in feedback.values_mut() {
            list.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
            list.dedup_by(|a, b| a.id == b.id);
        }
        Index { people, feedback }
    }

    /// The feedback from `source` about consultation `c`, oldest first.
    pub fn feedback_on(&self, c: &'a Id, source: Source) -> &[&'a Feedback] {
        self.feedback.get(&(c, source)).map_or(&[], Vec::as_slice)
    }

    /// The consultations in `period` (any status) with their peer and recipient, refusing
    /// any whose peer or recipient does not exist: a report never leaves one out silently.
    pub fn consultations(
        &self,
        folder: &'a Folder,
        period: Period,
    ) -> Result<Vec<(&'a Consultation, &'a Person, &'a Person)>> {
        let mut out = Vec::new();
        let mut problems = Vec::new();
        for c in folder.consultations.iter().filter(|c| period.contains(c.date)) {
            let peer = self.people.get(&c.peer).copied();
            let recipient = self.people.get(&c.recipient).copied();
            match (peer, recipient) {
                (Some(p), Some(r)) => out.push((c, p, r)),
                (None, _) => problems.push(format!(
                    "{}: {}",
                    display_path(&c.rel_path()),
                    tr!("report-no-peer", id = c.peer.to_string())
                )),
                (Some(_), None) => problems.push(format!(
                    "{}: {}",
                    display_path(&c.rel_path()),
                    tr!("report-no-recipient", id = c.recipient.to_string())
                )),
            }
        }
        if !problems.is_empty() {
            problems.sort();
            return Err(Error::data(problems.join("\n")).hint(tr!("report-fix-files-hint")));
        }
        // Date, start time, then ID: the same order on every run.
        out.sort_by(|a, b| (a.0.date, a.0.time.start(), &a.0.id).cmp(&(b.0.date, b.0.time.start(), &b.0.id)));
        Ok(out)
    }
}

/// Whether a consultation counts as held.
pub fn is_held(c: &Consultation) -> bool {
    c.status == Status::Held
}
