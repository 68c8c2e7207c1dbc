//! Which programme a folder keeps records of, and the colleague-support programme's settings
//! (both described in `model`; named here for the code that reads `peerlog.toml`).

pub use crate::model::Programme;
pub use crate::model::colleague::ColleagueSettings;
