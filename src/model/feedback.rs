use super::{Date, Id, Record, RecordKind, Text, word_enum};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// Answers to the three feedback questions, about one or several held consultations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Feedback {
    pub id: Id,
    pub date: Date,
    pub from: Source,
    pub consultations: Vec<Id>,
    /// Kas tika sagaidīts no līdzinieka konsultācijas?
    pub expected: Text,
    /// Vai minētās gaidas piepildījās?
    pub met: Met,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    /// Kāds bija ieguvums no līdzinieka konsultācijas?
    pub benefit: Text,
}

impl Record for Feedback {
    const KIND: RecordKind = RecordKind::Feedback;

    fn id(&self) -> &Id {
        &self.id
    }

    fn rel_path(&self) -> PathBuf {
        PathBuf::from(format!("feedback/{}/{}.toml", self.date.year(), self.id))
    }
}

word_enum! {
    /// Who gave the feedback.
    Source { Recipient = "recipient", Peer = "peer" }
}

word_enum! {
    /// Whether the recipient's expectations were met.
    Met { Yes = "yes", Partly = "partly", No = "no" }
}

impl Met {
    /// The answer as the ministry sheet writes it.
    pub fn latvian(self) -> &'static str {
        match self {
            Met::Yes => "Jā",
            Met::Partly => "Daļēji",
            Met::No => "Nē",
        }
    }
}
