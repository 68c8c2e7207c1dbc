//! Which programme a folder keeps records of.

use super::{RecordKind, word_enum};

word_enum! {
    /// The programme of a folder, chosen once by `peerlog init --programme`.
    #[derive(Default)]
    Programme {
        /// Thematic support groups and peer consultations (seed 001): groups, participants, peers.
        #[default]
        ThematicGroups = "thematic-groups",
        /// Colleague support persons in the Interior Ministry (seed 000): units, support persons.
        ColleagueSupport = "colleague-support",
    }
}

impl Programme {
    pub fn is_default(&self) -> bool {
        *self == Programme::default()
    }

    /// The kinds of record a folder of this programme holds, in the order `check` reads them:
    /// those of [`crate::model::kind::all`] whose description names this programme.
    pub const fn kinds(self) -> &'static [RecordKind] {
        match self {
            Programme::ThematicGroups => &THEMATIC,
            Programme::ColleagueSupport => &COLLEAGUE,
        }
    }
}

const THEMATIC: [RecordKind; 4] =
    [RecordKind::Group, RecordKind::Person, RecordKind::Consultation, RecordKind::Feedback];
const COLLEAGUE: [RecordKind; 7] = [
    RecordKind::Unit,
    RecordKind::Supporter,
    RecordKind::Psychologist,
    RecordKind::Supervision,
    RecordKind::Contact,
    RecordKind::Incident,
    RecordKind::Referral,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_programme_holds_the_kinds_whose_description_names_it() {
        for p in Programme::ALL {
            let described: Vec<RecordKind> =
                crate::model::kind::all().filter(|s| s.programme == *p).map(|s| s.kind).collect();
            assert_eq!(p.kinds(), described.as_slice());
        }
    }
}
