//! The thematic-groups programme's agenda: consultations to confirm, feedback to collect,
//! peers stuck in a stage, model 2 groups close to their end with no peer approached.

use super::folder::Folder;
use crate::commands::agenda::Item;
use crate::error::Result;
use crate::model::rules::latest_approach_day;
use crate::model::{Date, DeliveryModel, Id, Source, Stage, Status};
use crate::store::Store;
use std::collections::HashSet;

/// The agenda of the folder as of a day (the programme's entry in [`crate::programmes::ALL`]).
pub fn items(store: &Store, as_of: Date) -> Result<Vec<Item>> {
    Ok(agenda(&Folder::load(store)?, as_of, store.config.agenda.stuck_after_days))
}

/// Everything due on `as_of`, oldest first.
pub fn agenda(folder: &Folder, as_of: Date, stuck_after_days: u32) -> Vec<Item> {
    let people: std::collections::HashMap<&Id, &crate::model::Person> =
        folder.people.iter().map(|p| (&p.id, p)).collect();
    let name = |id: &Id| people.get(id).map_or_else(|| id.to_string(), |p| p.name.to_string());
    let group_of = |id: &Id| people.get(id).map(|p| p.group.clone());
    let answered: HashSet<(&Id, Source)> =
        folder.feedback.iter().flat_map(|f| f.consultations.iter().map(move |c| (c, f.from))).collect();
    let mut items = Vec::new();
    for c in &folder.consultations {
        let Some(group) = group_of(&c.peer) else { continue };
        let who = msg!(
            "agenda-who",
            peer = name(&c.peer),
            recipient = name(&c.recipient),
            date = c.date.to_string(),
            time = c.time.to_string()
        );
        match c.status {
            Status::Planned if c.date < as_of => items.push(Item {
                due: c.date,
                kind: "confirm-consultation",
                group: Some(group),
                record: c.id.clone(),
                message: msg!("agenda-confirm", id = c.id.to_string(), who = who.clone()),
                next: format!("peerlog consult log {0}  |  peerlog consult cancel {0}", c.id),
            }),
            Status::Held => {
                for (source, kind) in [(Source::Recipient, "recipient-feedback"), (Source::Peer, "peer-feedback")] {
                    if !answered.contains(&(&c.id, source)) && c.date <= as_of {
                        items.push(Item {
                            due: c.date,
                            kind,
                            group: Some(group.clone()),
                            record: c.id.clone(),
                            message: msg!(
                                "agenda-feedback",
                                id = c.id.to_string(),
                                who = who.clone(),
                                source = source.to_string()
                            ),
                            next: format!("peerlog feedback record --consultation {} --from {source} …", c.id),
                        });
                    }
                }
            }
            _ => {}
        }
    }
    for p in &folder.people {
        let Some(info) = &p.peer else { continue };
        let (Some(stage), Some(since)) = (info.stage(), info.since()) else {
            continue;
        };
        let Some(due) = since.0.checked_add_days(chrono::Days::new(u64::from(stuck_after_days))).map(Date) else {
            continue;
        };
        if stage < Stage::Active && due < as_of {
            let next = match stage {
                Stage::Identified => Stage::Approached,
                Stage::Approached => Stage::Motivated,
                Stage::Motivated => Stage::Prepared,
                _ => Stage::Active,
            };
            items.push(Item {
                due,
                kind: "stuck-peer",
                group: Some(p.group.clone()),
                record: p.id.clone(),
                message: msg!(
                    "agenda-stuck",
                    name = p.name.to_string(),
                    stage = stage.to_string(),
                    since = since.to_string(),
                    days = stuck_after_days
                ),
                next: format!("peerlog peer stage {} {next}", p.id),
            });
        }
    }
    for g in folder.groups.iter().filter(|g| g.model == Some(DeliveryModel::AfterGroup)) {
        let left = g.meetings.iter().filter(|m| **m >= as_of).count();
        let approached = folder
            .people
            .iter()
            .any(|p| p.group == g.id && p.peer.as_ref().is_some_and(|i| i.reached(Stage::Approached).is_some()));
        if (1..=2).contains(&left) && !approached {
            items.push(Item {
                due: latest_approach_day(g).unwrap_or(as_of),
                kind: "approach-peer",
                group: Some(g.id.clone()),
                record: g.id.clone(),
                message: msg!("agenda-approach", group = g.name.to_string(), left = left),
                next: "peerlog peer stage PERSON approached".to_string(),
            });
        }
    }
    items.sort_by(|a, b| (a.due, a.kind, &a.record).cmp(&(b.due, b.kind, &b.record)));
    items
}
