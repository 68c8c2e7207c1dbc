//! Record IDs: short, typeable, merge-safe, and never a path.

use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;
use std::hash::{BuildHasher, Hash, Hasher};

/// The kinds of record, each with the letter its IDs start with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordKind {
    Group,
    Person,
    Consultation,
    Feedback,
    // The colleague-support programme's kinds.
    Unit,
    Supporter,
    Psychologist,
    Supervision,
    Contact,
    Incident,
    Referral,
}

impl RecordKind {
    pub fn prefix(self) -> char {
        self.spec().prefix
    }

    pub fn name(self) -> &'static str {
        self.spec().name
    }

    /// The kind's description (`model::kind`).
    pub fn spec(self) -> &'static super::KindSpec {
        crate::with_kind!(self, T => <T as super::Kind>::SPEC)
    }

    /// Every kind, of both programmes.
    pub const ALL: [RecordKind; 11] = [
        RecordKind::Group,
        RecordKind::Person,
        RecordKind::Consultation,
        RecordKind::Feedback,
        RecordKind::Unit,
        RecordKind::Supporter,
        RecordKind::Psychologist,
        RecordKind::Supervision,
        RecordKind::Contact,
        RecordKind::Incident,
        RecordKind::Referral,
    ];

    /// The kind an ID belongs to, by its first letter.
    pub fn of(id: &str) -> Option<RecordKind> {
        let mut chars = id.chars();
        let (letter, dash) = (chars.next()?, chars.next()?);
        (dash == '-').then(|| RecordKind::ALL.into_iter().find(|k| k.prefix() == letter))?
    }
}

/// Letters used in generated IDs: no 0/o or 1/l, to stay unambiguous when read or typed.
const ALPHABET: &[u8; 32] = b"23456789abcdefghijkmnpqrstuvwxyz";
/// Random characters after the kind letter: 40 bits, so clones that add records at the same
/// time practically never pick the same one.
const RANDOM_LEN: usize = 8;

/// A record ID such as `c-k2m9xq4t`: a kind letter, a dash, lower-case letters and digits.
/// It can never hold a path separator or a dot, so it is always a safe file name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Id(String);

impl Id {
    /// Checks the form of an ID.
    pub fn parse(s: &str) -> Result<Id, String> {
        check(s)?;
        Ok(Id(s.to_string()))
    }

    /// A new ID of `kind`. Random unless `PEERLOG_ID_SEED` is set, when it is derived from the seed,
    /// the record's content and `attempt`, so that scripted folders (data-example, tests) come out
    /// the same on every run.
    pub fn generate(kind: RecordKind, content: &str, attempt: u32) -> Id {
        let bits = match std::env::var("PEERLOG_ID_SEED") {
            Ok(seed) => {
                let mut h = std::collections::hash_map::DefaultHasher::new();
                (seed, kind, content, attempt).hash(&mut h);
                h.finish()
            }
            Err(_) => getrandom::u64().unwrap_or_else(|_| {
                std::collections::hash_map::RandomState::new().hash_one((content, attempt, std::process::id()))
            }),
        };
        let mut s = format!("{}-", kind.prefix());
        for i in 0..RANDOM_LEN {
            s.push(ALPHABET[((bits >> (i * 5)) & 31) as usize] as char);
        }
        Id(s)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn kind(&self) -> RecordKind {
        RecordKind::of(&self.0).expect("validated at construction")
    }

    /// The placeholder of a record being checked before it is written (`p-new`, or `c-row5` for
    /// an import row): it has no ID yet, so messages name it without one. Generated IDs never
    /// look so (`new` is too short, and `o` is not in their alphabet).
    pub fn is_draft(&self) -> bool {
        let rest = &self.0[2..];
        rest == "new" || rest.starts_with("row")
    }

    /// `Name (id)`, or the name alone for a record not yet written.
    pub fn named(&self, name: &dyn fmt::Display) -> String {
        if self.is_draft() { name.to_string() } else { format!("{name} ({self})") }
    }
}

/// Checks the form of an ID without copying it.
fn check(s: &str) -> Result<(), String> {
    let valid = (3..=40).contains(&s.len())
        && RecordKind::of(s).is_some()
        && s[2..].bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    if valid { Ok(()) } else { Err(crate::tr!("id-not-an-id", value = super::text::shown(s))) }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        check(&s).map_err(serde::de::Error::custom)?;
        Ok(Id(s))
    }
}
