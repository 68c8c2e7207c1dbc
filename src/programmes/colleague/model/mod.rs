//! The colleague-support programme (seed 000): colleague support persons in the Interior
//! Ministry's structural units (level 1) and the IeM VSC psychologists behind them (level 2).
//!
//! Confidentiality by design: peer support between officers is confidential, so these records
//! hold facts for coordination and statistics, never what was said. No record names a
//! supported colleague, only contacts, incidents and referrals as counts of facts; none of
//! them has a free-text field, and every one refuses unknown keys.

mod contact;
mod incident;
mod psychologist;
mod referral;
pub mod rules;
mod settings;
mod supervision;
mod supporter;
mod unit;

pub use crate::model::values::{Hours, Moment, Phone, Word, format_hours};
pub use contact::{Contact, ContactKind};
pub use incident::{FollowUp, HelpRequested, Incident};
pub use psychologist::Psychologist;
pub use referral::{Outcome, Referral};
pub use settings::ColleagueSettings;
pub use supervision::{Presence, Supervision};
pub use supporter::{
    Course, Decision, EndReason, Ending, Interview, Nomination, Progress, Stage, Supporter, TrainingConsultation,
    TrainingSession,
};
pub use unit::Unit;
