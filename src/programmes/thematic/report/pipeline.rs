//! The peer pipeline report: peers per stage, criteria most observed, motivations, per group.

use crate::model::{Date, Group, Motivation, PeerInfo, Sign, Stage};
use crate::programmes::thematic::folder::Folder;
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
            let stages = stage_counts(infos.iter().map(|i| i.stage()));
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

/// How many of the `stages` are each stage, every stage listed.
fn stage_counts(stages: impl Iterator<Item = Option<Stage>>) -> BTreeMap<&'static str, usize> {
    let mut out: BTreeMap<&'static str, usize> = Stage::ALL.iter().map(|s| (s.as_str(), 0)).collect();
    for s in stages.flatten() {
        *out.entry(s.as_str()).or_default() += 1;
    }
    out
}

/// The stage a peer was in at the end of `day`: their last change on or before it (`None`
/// before their first recorded change).
fn stage_by(info: &PeerInfo, day: Date) -> Option<Stage> {
    info.stages.iter().rev().find(|s| s.date <= day).map(|s| s.stage)
}

/// The peers of `groups` per stage at the end of each of `days`, counted as [`build`] counts
/// the current stages: on a day after every recorded change the counts are the same.
pub fn stages_on(folder: &Folder, groups: &[&Group], days: &[Date]) -> Vec<BTreeMap<&'static str, usize>> {
    let ids: std::collections::HashSet<_> = groups.iter().map(|g| &g.id).collect();
    let infos: Vec<&PeerInfo> =
        folder.people.iter().filter(|p| ids.contains(&p.group)).filter_map(|p| p.peer.as_ref()).collect();
    days.iter().map(|d| stage_counts(infos.iter().map(|i| stage_by(i, *d)))).collect()
}

/// The first and last day of any recorded stage change of the peers of `groups`.
pub fn change_span(folder: &Folder, groups: &[&Group]) -> Option<(Date, Date)> {
    let ids: std::collections::HashSet<_> = groups.iter().map(|g| &g.id).collect();
    let days = folder
        .people
        .iter()
        .filter(|p| ids.contains(&p.group))
        .filter_map(|p| p.peer.as_ref())
        .flat_map(|i| i.stages.iter().map(|s| s.date));
    days.fold(None, |acc, d| match acc {
        None => Some((d, d)),
        Some((a, b)) => Some((a.min(d), b.max(d))),
    })
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
