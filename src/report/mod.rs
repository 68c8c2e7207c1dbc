//! The reports peerlog writes from a loaded folder.

pub mod appendix1;
