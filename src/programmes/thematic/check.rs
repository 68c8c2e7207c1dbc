//! `check` for the thematic-groups programme: the rules between its records, run on every
//! record of the folder (see [`crate::store::check`] for what every programme shares).

use crate::model::kind::Env;
use crate::model::names::NameHashes;
use crate::model::rules;
use crate::model::{AnyRef, Consultation, Feedback, Group, Id, Kind, Person, RecordKind, Status};
use crate::store::Diagnostic;
use crate::store::check::{
    self, Link, Scanned, consent_rule, erased_names, index, link, parse_all, taking_part, unique, validate_all,
};
use crate::store::load::Loaded;
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// The rules of the thematic-groups programme between records: each kind's [`Kind::validate`]
/// (the very rules its commands enforce when they write), its uniqueness, overlapping
/// consultations, and erased names left in the folder.
pub fn rules(s: &Scanned, out: &mut Vec<Diagnostic>) {
    let (root, files, config) = (s.root, s.records, s.config);
    // The stems of files that did not parse: records that refer to them are checked once they
    // are fixed, instead of reporting each reference as missing.
    let mut broken = HashSet::new();
    let groups: Vec<Loaded<Group>> = parse_all(root, &files[0], out, &mut broken);
    let people: Vec<Loaded<Person>> = parse_all(root, &files[1], out, &mut broken);
    let consultations: Vec<Loaded<Consultation>> = parse_all(root, &files[2], out, &mut broken);
    let feedback: Vec<Loaded<Feedback>> = parse_all(root, &files[3], out, &mut broken);
    let is_broken = |id: &Id| broken.contains(id.as_str());

    let group_ids = index(&groups, out);
    let person_ids = index(&people, out);
    let consultation_ids = index(&consultations, out);
    let feedback_ids = index(&feedback, out);
    let get = |id: &Id| -> Option<AnyRef<'_>> {
        match id.kind() {
            RecordKind::Group => group_ids.get(id).map(|r| r.record.any()),
            RecordKind::Person => person_ids.get(id).map(|r| r.record.any()),
            RecordKind::Consultation => consultation_ids.get(id).map(|r| r.record.any()),
            RecordKind::Feedback => feedback_ids.get(id).map(|r| r.record.any()),
            _ => None,
        }
    };
    let exists = |id: &Id| get(id).is_some() || is_broken(id);
    let env = Env { get: &get, exists: &exists, consent: consent_rule(config), settings: &(), writing: false };
    validate_all(&groups, &env, |_| true, out);
    validate_all(&people, &env, |p| !is_broken(&p.group), out);
    validate_all(&consultations, &env, |c| !is_broken(&c.peer) && !is_broken(&c.recipient), out);
    validate_all(&feedback, &env, |f| !f.consultations.iter().any(is_broken), out);
    unique(&groups, out);
    unique(&people, out);
    unique(&consultations, out);
    unique(&feedback, out);
    overlaps(&consultations, &person_ids, out);
    let erased: Vec<(&Id, &NameHashes)> = (people.iter().filter(|p| !p.record.name_hashes.is_empty()))
        .map(|p| (&p.record.id, &p.record.name_hashes))
        .collect();
    if erased.is_empty() {
        // The process ends after the report: freeing every record one by one is time for nothing.
        std::mem::forget((group_ids, person_ids, consultation_ids, feedback_ids, broken));
        std::mem::forget((groups, people, consultations, feedback));
        return;
    }
    let links: Vec<Link> =
        (consultations.iter().map(|c| link(c, vec![c.record.peer.clone(), c.record.recipient.clone()])))
            .chain(feedback.iter().map(|f| link(f, f.record.consultations.clone())))
            .collect();
    let erased = taking_part(erased, &links);
    let mut texts: Vec<(&Path, &str)> = (groups.iter().map(|r| (r.rel.as_path(), r.text.as_str())))
        .chain(people.iter().map(|r| (r.rel.as_path(), r.text.as_str())))
        .chain(consultations.iter().map(|r| (r.rel.as_path(), r.text.as_str())))
        .chain(feedback.iter().map(|r| (r.rel.as_path(), r.text.as_str())))
        .collect();
    let settings = check::settings_text(root);
    texts.extend(settings.as_deref().map(|t| (Path::new(crate::store::CONFIG_FILE), t)));
    let others = || {
        (people.iter().filter(|p| p.record.erased.is_none()).map(|p| p.record.name.as_str()))
            .chain(groups.iter().map(|g| g.record.leader.as_str()))
    };
    erased_names(&erased, &texts, others, out);
    // The process ends after the report: freeing every record one by one is time for nothing.
    std::mem::forget((group_ids, person_ids, consultation_ids, feedback_ids, broken));
    std::mem::forget((groups, people, consultations, feedback));
}

/// Consultations of one day that share a person and overlap in time.
fn overlaps(consultations: &[Loaded<Consultation>], people: &HashMap<&Id, &Loaded<Person>>, out: &mut Vec<Diagnostic>) {
    let mut days: HashMap<_, Vec<&Loaded<Consultation>>> = HashMap::new();
    for c in consultations.iter().filter(|c| c.record.status != Status::Cancelled) {
        days.entry(c.record.date).or_default().push(c);
    }
    let name = |id: &Id| people.get(id).map(|p| p.record.name.to_string()).unwrap_or_else(|| id.to_string());
    let days: Vec<Vec<&Loaded<Consultation>>> = days.into_values().filter(|d| d.len() > 1).collect();
    let found: Vec<Diagnostic> = days
        .par_iter()
        .flat_map_iter(|day| {
            day.iter().flat_map(move |c| {
                day.iter().filter_map(move |other| {
                    let p = rules::overlap(&c.record, &other.record, &name)?;
                    Some(Diagnostic::at_key(&c.rel, &c.text, p.field, p.severity, p.message))
                })
            })
        })
        .collect();
    out.extend(found);
}
