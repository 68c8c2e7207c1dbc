//! Integration tests: each drives the real `peerlog` binary through whole workflows.

mod common;

mod bad_input;
mod check;
mod colleague;
mod completion;
mod concurrency;
mod confidential;
mod crash;
mod data_example;
mod destructive;
mod edit_fields;
mod erasure;
mod flags;
mod hand_edits;
mod hostile;
mod latvian;
mod output;
mod overview;
mod performance;
mod pipeline;
mod plurals;
mod props;
mod readme;
mod records;
mod reference;
mod report;
mod restore;
mod rules;
mod schema;
mod scripting;
mod sentinel;
mod show_shape;
mod transcripts;
mod trial;
mod workflow;
