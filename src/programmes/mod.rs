//! The programmes: each a folder with its kinds of record (`model/`), its commands, its
//! reports and its agenda, over the shared core (`model`, `store`, `output`, `error`).

pub mod colleague;
pub mod thematic;
