//! The peer pipeline report: peers per stage, criteria most observed, motivations, per group.

use crate::model::{Group, Motivation, Sign, Stage};
use crate::store::Folder;
use serde::Serialize;
use std::collections::BTreeMap;

/// One group's pipeline.
#[derive(Debug, Serialize)]
pub struct GroupPipeline {
    pub group: String,
    pub group_id: String,
    /// People per current stage, every stage listed.
    pub stages: BTreeMap<&'static str, usize>,
    /// Observed criteria and signs, most observed first.
    pub observed: Vec<Count>,
    /// Motivations, most frequent first.
    pub motivations: Vec<Count>,
}

/// How many peers have one vocabulary word.
#[derive(Debug, Serialize)]
pub struct Count {
    pub word: &'static str,
    pub label: &'static str,
    pub count: usize,
}

/// The pipeline of each of `groups`, in the order given.
pub fn build(folder: &Folder, groups: &[&Group]) -> Vec<GroupPipeline> {
    groups
        .iter()
        .map(|g| {
            let infos: Vec<_> =
                folder.people.iter().filter(|p| p.group == g.id).filter_map(|p| p.peer.as_ref()).collect();
            let stages = Stage::ALL
                .iter()
                .map(|s| (s.as_str(), infos.iter().filter(|i| i.stage() == Some(*s)).count()))
                .collect();
            let mut observed: Vec<Count> = Sign::ALL
                .iter()
                .map(|s| Count {
                    word: s.as_str(),
                    label: s.latvian(),
                    count: infos.iter().filter(|i| i.observed.contains_key(s)).count(),
                })
                .filter(|c| c.count > 0)
                .collect();
            let mut motivations: Vec<Count> = Motivation::ALL
                .iter()
                .map(|m| Count {
                    word: m.as_str(),
                    label: m.latvian(),
                    count: infos.iter().filter(|i| i.motivations.contains(m)).count(),
                })
                .filter(|c| c.count > 0)
                .collect();
            // Stable sorts: equal counts keep the vocabulary's order.
            observed.sort_by_key(|c| std::cmp::Reverse(c.count));
            motivations.sort_by_key(|c| std::cmp::Reverse(c.count));
            GroupPipeline { group: g.name.to_string(), group_id: g.id.to_string(), stages, observed, motivations }
        })
        .collect()
}

/// Flat rows (group, what, word, count) for a table or CSV.
pub fn rows(report: &[GroupPipeline]) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for g in report {
        for s in Stage::ALL {
            out.push(vec![g.group.clone(), "stage".into(), s.to_string(), g.stages[s.as_str()].to_string()]);
        }
        for (what, counts) in [("observed", &g.observed), ("motivation", &g.motivations)] {
            for c in counts {
                out.push(vec![g.group.clone(), what.into(), c.word.to_string(), c.count.to_string()]);
            }
        }
    }
    out
}
