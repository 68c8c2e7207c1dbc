//! Finding the feedback about given consultations without reading every feedback file.

use super::Store;
use crate::error::Result;
use crate::model::{Feedback, Id, RecordKind};
use std::path::PathBuf;

/// The feedback files that name one of `consultations`.
pub fn about(store: &Store, consultations: &[Id]) -> Result<Vec<PathBuf>> {
    let all: Vec<Feedback> = store.load()?;
    Ok(all
        .into_iter()
        .filter(|f| f.consultations.iter().any(|c| consultations.contains(c)))
        .map(|f| crate::model::Record::rel_path(&f))
        .collect())
}

#[allow(dead_code)]
const KIND: RecordKind = RecordKind::Feedback;
