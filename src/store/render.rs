//! A record's file text: the one place a record becomes bytes.

use crate::error::{Error, Result};
use crate::model::Record;

/// The text of `record`'s file. `existing` is the text of the file it replaces (its old place
/// when it moves), if there is one, so that a renderer can keep what people wrote by hand.
/// Every write of the store ([`super::Tx`]) renders through here.
pub fn render<T: Record>(record: &T, existing: Option<&str>) -> Result<String> {
    let _ = existing;
    toml::to_string(record)
        .map_err(|e| Error::data(format!("cannot write {}: {e}", super::diag::display_path(&record.rel_path()))))
}
