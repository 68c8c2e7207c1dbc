//! `check` for the colleague-support programme: the rules between its records, run on every
//! record of the folder (see [`crate::store::check`] for what every programme shares).

use crate::model::kind::Env;
use crate::model::names::NameHashes;
use crate::model::{AnyRef, Id, Kind, RecordKind};
use crate::store::Diagnostic;
use crate::store::check::{
    self, Link, Scanned, consent_rule, erased_names, index, link_of, parse_all, taking_part, unique, validate_all,
};
use crate::store::load::{self, Loaded};
use std::collections::HashSet;
use std::path::Path;

/// The rules of the colleague-support programme between records: each kind's
/// [`Kind::validate`], the uniqueness of names, the table's
/// small-count threshold, and erased names left in the folder.
pub fn rules(s: &Scanned, out: &mut Vec<Diagnostic>) {
    let (root, files, config) = (s.root, s.records, s.config);
    use crate::model::colleague::{Contact, Incident, Psychologist, Referral, Supervision, Supporter, Unit};
    // A reference to a file that did not parse is not reported as missing as well.
    let mut broken = HashSet::new();
    let units: Vec<Loaded<Unit>> = parse_all(root, &files[0], out, &mut broken);
    let supporters: Vec<Loaded<Supporter>> = parse_all(root, &files[1], out, &mut broken);
    let psychologists: Vec<Loaded<Psychologist>> = parse_all(root, &files[2], out, &mut broken);
    let supervision: Vec<Loaded<Supervision>> = parse_all(root, &files[3], out, &mut broken);
    let contacts: Vec<Loaded<Contact>> = parse_all(root, &files[4], out, &mut broken);
    let incidents: Vec<Loaded<Incident>> = parse_all(root, &files[5], out, &mut broken);
    let referrals: Vec<Loaded<Referral>> = parse_all(root, &files[6], out, &mut broken);
    let unit_ids = index(&units, out);
    let supporter_ids = index(&supporters, out);
    let psychologist_ids = index(&psychologists, out);
    let supervision_ids = index(&supervision, out);
    let contact_ids = index(&contacts, out);
    let incident_ids = index(&incidents, out);
    let referral_ids = index(&referrals, out);
    let get = |id: &Id| -> Option<AnyRef<'_>> {
        match id.kind() {
            RecordKind::Unit => unit_ids.get(id).map(|r| r.record.any()),
            RecordKind::Supporter => supporter_ids.get(id).map(|r| r.record.any()),
            RecordKind::Psychologist => psychologist_ids.get(id).map(|r| r.record.any()),
            RecordKind::Supervision => supervision_ids.get(id).map(|r| r.record.any()),
            RecordKind::Contact => contact_ids.get(id).map(|r| r.record.any()),
            RecordKind::Incident => incident_ids.get(id).map(|r| r.record.any()),
            RecordKind::Referral => referral_ids.get(id).map(|r| r.record.any()),
            _ => None,
        }
    };
    let exists = |id: &Id| get(id).is_some() || broken.contains(id.as_str());
    let settings = config.colleague();
    if let Some(p) = crate::model::colleague::rules::threshold(settings.small_cell_threshold)
        && let Ok(text) = load::read_text(root, Path::new(crate::store::CONFIG_FILE))
    {
        out.push(Diagnostic::at_key(Path::new(crate::store::CONFIG_FILE), &text, p.field, p.severity, p.message));
    }
    let env = Env { get: &get, exists: &exists, consent: consent_rule(config), settings: &settings, writing: false };
    validate_all(&units, &env, |_| true, out);
    validate_all(&supporters, &env, |_| true, out);
    validate_all(&psychologists, &env, |_| true, out);
    validate_all(&supervision, &env, |_| true, out);
    validate_all(&contacts, &env, |_| true, out);
    validate_all(&incidents, &env, |_| true, out);
    validate_all(&referrals, &env, |_| true, out);
    unique(&units, out);
    unique(&supporters, out);
    unique(&psychologists, out);
    let erased: Vec<(&Id, &NameHashes)> = (supporters.iter().map(|r| (&r.record.id, &r.record.name_hashes)))
        .chain(psychologists.iter().map(|r| (&r.record.id, &r.record.name_hashes)))
        .filter(|(_, h)| !h.is_empty())
        .collect();
    if erased.is_empty() {
        return;
    }
    let links: Vec<Link> = (units.iter().map(link_of))
        .chain(supporters.iter().map(link_of))
        .chain(psychologists.iter().map(link_of))
        .chain(supervision.iter().map(link_of))
        .chain(contacts.iter().map(link_of))
        .chain(incidents.iter().map(link_of))
        .chain(referrals.iter().map(link_of))
        .collect();
    let erased = taking_part(erased, &links);
    let mut texts: Vec<(&Path, &str)> = (units.iter().map(|r| (r.rel.as_path(), r.text.as_str())))
        .chain(supporters.iter().map(|r| (r.rel.as_path(), r.text.as_str())))
        .chain(psychologists.iter().map(|r| (r.rel.as_path(), r.text.as_str())))
        .chain(supervision.iter().map(|r| (r.rel.as_path(), r.text.as_str())))
        .chain(contacts.iter().map(|r| (r.rel.as_path(), r.text.as_str())))
        .chain(incidents.iter().map(|r| (r.rel.as_path(), r.text.as_str())))
        .chain(referrals.iter().map(|r| (r.rel.as_path(), r.text.as_str())))
        .collect();
    let settings = check::settings_text(root);
    texts.extend(settings.as_deref().map(|t| (Path::new(crate::store::CONFIG_FILE), t)));
    let others = || {
        (supporters.iter().filter(|s| s.record.name_hashes.is_empty()).map(|s| s.record.name.as_str()))
            .chain(psychologists.iter().filter(|p| p.record.name_hashes.is_empty()).map(|p| p.record.name.as_str()))
    };
    erased_names(&erased, &texts, others, out);
}
