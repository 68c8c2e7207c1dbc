//! Integration tests: each drives the real `peerlog` binary through whole workflows.

mod common;

mod bad_input;
mod check;
mod concurrency;
mod data_example;
mod props;
mod workflow;
