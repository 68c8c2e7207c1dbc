//! The programme summary: per group and month, how many consultations were held, planned and
//! cancelled, who took part, and what the feedback says.

use crate::error::Result;
use crate::model::{Group, Id, Met, Source, Status};
use crate::programmes::thematic::folder::Folder;
use crate::report::{Index, Period};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The counts of one group in one month.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MonthRow {
    pub group: String,
    pub group_id: String,
    /// `2025-03`
    pub month: String,
    pub held: usize,
    pub planned: usize,
    pub cancelled: usize,
    /// Distinct peers of the held consultations.
    pub peers: usize,
    /// Distinct recipients of the held consultations.
    pub recipients: usize,
    pub held_without_recipient_feedback: usize,
    pub held_without_peer_feedback: usize,
    /// The recipients' "were expectations met" answers to held consultations (the latest
    /// answer when a consultation has several).
    pub met_yes: usize,
    pub met_partly: usize,
    pub met_no: usize,
}

/// The headers of the table and CSV forms, in the order of [`MonthRow::cells`].
pub const HEADERS: [&str; 13] = [
    "group",
    "group_id",
    "month",
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
];

/// The headers of the table form (without the group ID), for people.
pub const TABLE_HEADERS: [&str; 12] = [
    "group",
    "month",
    "held",
    "planned",
    "cancelled",
    "peers",
    "recipients",
    "held, no recipient feedback",
    "held, no peer feedback",
    "met: yes",
    "met: partly",
    "met: no",
];

impl MonthRow {
    pub fn cells(&self) -> Vec<String> {
        let n = [
            self.held,
            self.planned,
            self.cancelled,
            self.peers,
            self.recipients,
            self.held_without_recipient_feedback,
            self.held_without_peer_feedback,
            self.met_yes,
            self.met_partly,
            self.met_no,
        ];
        [self.group.clone(), self.group_id.clone(), self.month.clone()]
            .into_iter()
            .chain(n.iter().map(ToString::to_string))
            .collect()
    }
}

/// One row per group (in the order given) and month with any consultation in `period`.
pub fn build(folder: &Folder, groups: &[Group], period: Period) -> Result<Vec<MonthRow>> {
    let index = Index::new(folder);
    let mut by_group: HashMap<&Id, Vec<_>> = HashMap::new();
    for (c, peer, recipient) in index.consultations(folder, period)? {
        by_group.entry(&peer.group).or_default().push((c, peer, recipient));
    }
    let mut out = Vec::new();
    for group in groups {
        #[derive(Default)]
        struct Acc<'a> {
            row: MonthRow,
            peers: BTreeSet<&'a Id>,
            recipients: BTreeSet<&'a Id>,
        }
        let mut months: BTreeMap<(i32, u32), Acc> = BTreeMap::new();
        for (c, peer, recipient) in by_group.get(&group.id).into_iter().flatten() {
            let acc = months.entry((c.date.year(), c.date.month())).or_default();
            let row = &mut acc.row;
            match c.status {
                Status::Planned => row.planned += 1,
                Status::Cancelled => row.cancelled += 1,
                Status::Held => {
                    row.held += 1;
                    acc.peers.insert(&peer.id);
                    acc.recipients.insert(&recipient.id);
                    match index.feedback_on(&c.id, Source::Recipient).last() {
                        None => row.held_without_recipient_feedback += 1,
                        Some(f) => match f.met {
                            Met::Yes => row.met_yes += 1,
                            Met::Partly => row.met_partly += 1,
                            Met::No => row.met_no += 1,
                        },
                    }
                    if index.feedback_on(&c.id, Source::Peer).is_empty() {
                        row.held_without_peer_feedback += 1;
                    }
                }
            }
        }
        for ((year, month), acc) in months {
            out.push(MonthRow {
                group: group.name.to_string(),
                group_id: group.id.to_string(),
                month: format!("{year:04}-{month:02}"),
                peers: acc.peers.len(),
                recipients: acc.recipients.len(),
                ..acc.row
            });
        }
    }
    Ok(out)
}
