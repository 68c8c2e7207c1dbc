//! The reports peerlog writes from a loaded folder.

pub mod appendix1;
pub mod programme;
