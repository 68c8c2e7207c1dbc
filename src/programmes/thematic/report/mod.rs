//! The thematic-groups programme's reports: the ministry's Appendix 1 sheet, the summary per
//! group and month, and the peer pipeline.

pub mod appendix1;
pub mod pipeline;
pub mod summary;
