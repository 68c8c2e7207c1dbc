//! Every record of a colleague-support folder, as reports, the agenda and the shows load it.
//!
//! ```text
//! units/u-….toml              structural units
//! supporters/s-….toml         support persons: nomination, interview, training ledger
//! psychologists/y-….toml      the directory of psychologist contacts
//! supervision/2025/v-….toml   support-group sessions with attendance
//! contacts/2025/k-….toml      support contacts (no names, no narrative)
//! incidents/2025/i-….toml     critical incident notifications
//! referrals/2025/r-….toml     referrals to level 2
//! ```

use crate::error::Result;
use crate::model::Id;
use crate::model::colleague::{Contact, Incident, Psychologist, Referral, Supervision, Supporter, Unit};
use crate::store::Store;
use std::collections::HashMap;

/// The records of a colleague-support folder.
#[derive(Debug, Default)]
pub struct ColleagueFolder {
    pub units: Vec<Unit>,
    pub supporters: Vec<Supporter>,
    pub psychologists: Vec<Psychologist>,
    pub supervision: Vec<Supervision>,
    pub contacts: Vec<Contact>,
    pub incidents: Vec<Incident>,
    pub referrals: Vec<Referral>,
}

impl ColleagueFolder {
    /// Loads every kind; fails naming every broken file of the first broken kind.
    pub fn load(store: &Store) -> Result<ColleagueFolder> {
        let mut units: Vec<Unit> = store.load()?;
        units.sort_by(|a, b| (&a.name, &a.id).cmp(&(&b.name, &b.id)));
        let mut supporters: Vec<Supporter> = store.load()?;
        supporters.sort_by(|a, b| (&a.name, &a.id).cmp(&(&b.name, &b.id)));
        let mut psychologists: Vec<Psychologist> = store.load()?;
        psychologists.sort_by(|a, b| (&a.city, &a.name, &a.id).cmp(&(&b.city, &b.name, &b.id)));
        let mut supervision: Vec<Supervision> = store.load()?;
        supervision.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
        let mut contacts: Vec<Contact> = store.load()?;
        contacts.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
        let mut incidents: Vec<Incident> = store.load()?;
        incidents.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
        let mut referrals: Vec<Referral> = store.load()?;
        referrals.sort_by(|a, b| (a.suggested, &a.id).cmp(&(b.suggested, &b.id)));
        Ok(ColleagueFolder { units, supporters, psychologists, supervision, contacts, incidents, referrals })
    }

    /// A display name for any ID of the folder: the unit's, person's or psychologist's name.
    pub fn names(&self) -> HashMap<&Id, &str> {
        let mut out: HashMap<&Id, &str> = HashMap::new();
        out.extend(self.units.iter().map(|u| (&u.id, u.name.as_str())));
        out.extend(self.supporters.iter().map(|s| (&s.id, s.name.as_str())));
        out.extend(self.psychologists.iter().map(|p| (&p.id, p.name.as_str())));
        out
    }
}
