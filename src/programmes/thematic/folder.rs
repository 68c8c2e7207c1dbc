//! Every record of a thematic-groups folder, as its reports, agenda and overview load it.

use crate::error::Result;
use crate::model::{Consultation, Feedback, Group, Person, Record};
use crate::store::{Store, load};

/// The records of a thematic-groups folder.
#[derive(Debug, Default)]
pub struct Folder {
    pub groups: Vec<Group>,
    pub people: Vec<Person>,
    pub consultations: Vec<Consultation>,
    pub feedback: Vec<Feedback>,
}

impl Folder {
    /// Loads all four kinds in parallel; fails naming every broken file.
    pub fn load(store: &Store) -> Result<Folder> {
        fn kind<T: Record>(store: &Store) -> Result<(Vec<T>, Vec<crate::store::Diagnostic>)> {
            Ok(load::all(store.root(), &store.record_paths(T::KIND)?))
        }
        let ((groups, people), (consultations, feedback)) = rayon::join(
            || rayon::join(|| kind::<Group>(store), || kind::<Person>(store)),
            || rayon::join(|| kind::<Consultation>(store), || kind::<Feedback>(store)),
        );
        let (groups, mut problems) = groups?;
        let (people, mut p) = people?;
        problems.append(&mut p);
        let (consultations, mut p) = consultations?;
        problems.append(&mut p);
        let (feedback, mut p) = feedback?;
        problems.append(&mut p);
        if !problems.is_empty() {
            return Err(crate::store::broken_many(problems));
        }
        Ok(Folder { groups, people, consultations, feedback })
    }
}
