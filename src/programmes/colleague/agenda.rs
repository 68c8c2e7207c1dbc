//! The colleague-support programme's agenda: interviews due, trained persons to activate,
//! missed supervision, open referrals and incident follow-ups.

use super::folder::ColleagueFolder;
use crate::commands::agenda::Item;
use crate::error::Result;
use crate::model::colleague::{ColleagueSettings, Course, Presence, Stage};
use crate::model::{Date, Id};
use crate::store::Store;

/// The agenda of the folder as of a day (the programme's entry in [`crate::programmes::ALL`]).
pub fn items(store: &Store, as_of: Date) -> Result<Vec<Item>> {
    Ok(agenda(&ColleagueFolder::load(store)?, &store.config.colleague(), as_of))
}

/// The agenda as of a day, oldest first.
pub fn agenda(folder: &ColleagueFolder, settings: &ColleagueSettings, as_of: Date) -> Vec<Item> {
    let course = Course::from(settings);
    let names = folder.names();
    let name = |id: &Id| names.get(id).map_or_else(|| id.to_string(), |n| n.to_string());
    let mut items = Vec::new();
    let limit = settings.supervision_missed as usize;
    for s in &folder.supporters {
        match s.stage(course, Some(as_of)) {
            Some(Stage::Nominated) => items.push(Item {
                due: s.nomination.applied,
                kind: "interview",
                group: None,
                record: s.id.clone(),
                message: msg!("colleague-agenda-interview", name = s.name.to_string(), unit = name(&s.unit)),
                next: format!("peerlog support interview {} …", s.id),
            }),
            Some(Stage::Trained) => items.push(Item {
                due: s.progress(course, Some(as_of)).completed.unwrap_or(as_of),
                kind: "activate",
                group: None,
                record: s.id.clone(),
                message: msg!("colleague-agenda-activate", name = s.name.to_string()),
                next: format!("peerlog support activate {}", s.id),
            }),
            Some(Stage::Active) if limit > 0 => {
                let missed: Vec<Date> = folder
                    .supervision
                    .iter()
                    .rev()
                    .filter(|v| v.date <= as_of)
                    .filter_map(|v| v.presence(&s.id).map(|p| (v.date, p)))
                    .filter(|(_, p)| *p != Presence::Excused)
                    .take_while(|(_, p)| *p == Presence::Absent)
                    .map(|(d, _)| d)
                    .collect();
                if let Some(&first) = missed.last()
                    && missed.len() >= limit
                {
                    let days: Vec<String> = missed.iter().rev().map(Date::to_string).collect();
                    items.push(Item {
                        due: first,
                        kind: "supervision",
                        group: None,
                        record: s.id.clone(),
                        message: msg!(
                            "colleague-agenda-supervision",
                            name = s.name.to_string(),
                            count = missed.len(),
                            days = days.join(", ")
                        ),
                        next: format!("peerlog support show {}", s.id),
                    });
                }
            }
            _ => {}
        }
    }
    for r in folder.referrals.iter().filter(|r| r.suggested <= as_of) {
        let open_days = (as_of.0 - r.suggested.0).num_days();
        if r.is_open(Some(as_of)) && open_days >= i64::from(settings.referral_open_days) {
            items.push(Item {
                due: r.suggested,
                kind: "referral",
                group: None,
                record: r.id.clone(),
                message: msg!(
                    "colleague-agenda-referral",
                    supporter = name(&r.supporter),
                    outcome = r.outcome(Some(as_of)).to_string(),
                    days = open_days
                ),
                next: format!("peerlog referral contact {0} …  |  peerlog referral decline {0}", r.id),
            });
        }
    }
    for i in folder.incidents.iter().filter(|i| i.date <= as_of && i.follow_up.is_open()) {
        items.push(Item {
            due: i.notified.date,
            kind: "incident",
            group: None,
            record: i.id.clone(),
            message: msg!(
                "colleague-agenda-incident",
                category = i.category.to_string(),
                unit = name(&i.unit),
                date = i.date.to_string(),
                follow_up = i.follow_up.to_string()
            ),
            next: format!("peerlog incident follow-up {} …", i.id),
        });
    }
    items.sort_by(|a, b| (a.due, a.kind, &a.record).cmp(&(b.due, b.kind, &b.record)));
    items
}
