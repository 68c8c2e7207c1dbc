//! Integration tests: each drives the real `peerlog` binary through whole workflows.

mod common;

mod bad_input;
mod data_example;
mod performance;
mod workflow;
