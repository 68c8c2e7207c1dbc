use crate::model::{Date, Id, Record, RecordKind, Text, word_enum};
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

use crate::model::kind::{Card, Env, Field, Kind, KindSpec, Layout, Programme, Ty, Unique};

/// Feedback: by the year it was given; one answer per consultation and side.
pub const FEEDBACK: KindSpec = KindSpec {
    kind: RecordKind::Feedback,
    programme: Programme::ThematicGroups,
    dir: "feedback",
    layout: Layout::Year,
    dated_by: Some("date"),
    prefix: 'f',
    name: "feedback",
    plural: "feedback",
    command: "feedback",
    label: None,
    person: false,
    fields: &[
        Field::new("date", Ty::Date, Card::Required).edit(),
        Field::new("from", Ty::Word(Source::WORDS), Card::Required).edit(),
        Field::new("consultations", Ty::Ref(RecordKind::Consultation), Card::NonEmpty).edit(),
        Field::new("expected", Ty::Answer, Card::Required).edit(),
        Field::new("met", Ty::Word(Met::WORDS), Card::Required).edit(),
        Field::new("comment", Ty::Answer, Card::Optional).edit(),
        Field::new("benefit", Ty::Answer, Card::Required).edit(),
    ],
    unique: &[Unique {
        fields: &["from", "consultations"],
        scope: None,
        unless: &[],
        message: "unique-feedback",
        at: "consultations",
    }],
    columns: &["id", "date", "from", "consultations", "met"],
};

impl Kind for Feedback {
    const SPEC: &'static KindSpec = &FEEDBACK;
    type Settings = ();

    fn validate(&self, env: &Env) -> Vec<crate::model::Problem> {
        let refs: Vec<Option<&crate::model::Consultation>> =
            self.consultations.iter().map(|id| (env.get)(id).and_then(crate::model::AnyRef::as_consultation)).collect();
        crate::model::rules::feedback(self, &refs)
    }

    fn any(&self) -> crate::model::AnyRef<'_> {
        crate::model::AnyRef::Feedback(self)
    }

    fn unique_keys(&self) -> Vec<(usize, String)> {
        self.consultations.iter().map(|c| (0, format!("\u{1f}{}\u{1f}{c}", self.from))).collect()
    }
}
