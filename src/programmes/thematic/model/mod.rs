//! The thematic-groups programme's records (seed 001): groups, people (participants and
//! peers), peer consultations and feedback, their vocabularies and rules.

mod consultation;
mod feedback;
mod group;
mod person;
pub mod rules;
pub mod vocab;

pub use consultation::{Consultation, Status, day_dir};
pub use feedback::{Feedback, Met, Source};
pub use group::{DeliveryModel, Group};
pub use person::{Consent, GivenBy, PeerInfo, Person, Purpose, Role, Stage, StageChange};
pub use vocab::{Motivation, Preparation, Sign};
