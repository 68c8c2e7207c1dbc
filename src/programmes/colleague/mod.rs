//! Colleague support persons in the Interior Ministry (seed 000).

pub mod agenda;
pub mod check;
pub mod commands;
pub mod folder;
pub mod model;
pub mod overview;
pub mod report;

use crate::error::Result;
use crate::model::colleague::ColleagueSettings;
use crate::model::kind::Settings;
use crate::model::{Programme, RecordKind};
use crate::store::Config;
use crate::store::config::{ConsentSettings, SettingsSpec};

pub const PROGRAMME: super::Spec = super::Spec {
    programme: Programme::ColleagueSupport,
    commands: &[
        "unit",
        "support",
        "psychologist",
        "supervision",
        "contact",
        "incident",
        "referral",
        "report programme",
    ],
    agenda: agenda::items,
    check: check::rules,
    by_name: Some(by_name),
    settings: Some(SettingsSpec::of::<ColleagueSettings>(
        "The colleague-support programme's figures (only written in such folders).",
    )),
    siblings: None,
    answers: None,
    new_config,
    settings_text,
    overview: overview::page,
};

/// The support person, unit or psychologist a name (not an ID) given to `edit`, `rm` or `show`
/// names: refused when it names none, or records of two kinds.
fn by_name(store: &crate::store::Store, command: &str, query: &str) -> Result<(RecordKind, String)> {
    use crate::commands::record::resolve;
    use crate::error::Error;
    let q = query.trim();
    let tried: Vec<(RecordKind, Result<crate::model::Id>)> =
        NAMED.iter().map(|&k| (k, resolve(store, command, k, q))).collect();
    let found: Vec<(RecordKind, &crate::model::Id)> =
        tried.iter().filter_map(|(k, r)| r.as_ref().ok().map(|id| (*k, id))).collect();
    match found.as_slice() {
        [(kind, id)] => Ok((*kind, id.to_string())),
        [] => {
            // Several of one kind are told as such; else none of the first kind (support persons).
            let ambiguous = tr!("resolve-ambiguous-name-hint");
            let mut errors: Vec<Error> = tried.into_iter().filter_map(|(_, r)| r.err()).collect();
            let at = errors.iter().position(|e| e.hints.contains(&ambiguous)).unwrap_or(0);
            Err(errors.swap_remove(at).hint(crate::commands::record::takes(command, Programme::ColleagueSupport)))
        }
        several => {
            let records: Vec<String> = several.iter().map(|(k, id)| format!("{} {id}", k.spec().named())).collect();
            Err(Error::data(tr!("resolve-names-several", query = q, records = records.join(", ")))
                .hint(tr!("resolve-person-or-group-hint")))
        }
    }
}

/// The kinds of this programme found by name.
const NAMED: [RecordKind; 3] = [RecordKind::Supporter, RecordKind::Unit, RecordKind::Psychologist];

impl Config {
    /// The colleague-support figures: the folder's, or the defaults where it has none.
    pub fn colleague(&self) -> ColleagueSettings {
        self.settings()
    }
}

/// A new folder's settings: the programme's figures, and no consent rule (a thematic one).
fn new_config() -> Config {
    let figures = serde_json::to_value(ColleagueSettings::default()).unwrap_or_default();
    Config {
        programme: Programme::ColleagueSupport,
        sections: ColleagueSettings::KEY.map(|key| (key.to_string(), figures)).into_iter().collect(),
        // What the settings file without a [consent] table reads as.
        consent: ConsentSettings::default(),
        ..Config::default()
    }
}

/// `peerlog.toml` of a colleague-support folder: no Appendix 1 wording, the programme's figures.
#[derive(serde::Serialize)]
struct ColleagueConfig {
    format: u32,
    programme: Programme,
    colleague: ColleagueSettings,
}

const COLLEAGUE_HEADER: &str = "\
# peerlog settings. `format` is the folder's format version; `programme` is fixed at init.
# [colleague] holds the programme's figures:
#   training_hours, training_days, training_consultations: what the course requires before a
#     support person counts as trained (36 hours over 6 days, and 3 individual consultations);
#   supervision_missed: `support agenda` flags an active support person who missed this many
#     supervision sessions in a row (excused absences do not count);
#   referral_open_days: `support agenda` flags a referral still open after this many days;
#   small_cell_threshold: `report programme` shows counts from 1 to this minus 1 as \"<N\";
#   incident_categories: the categories an incident notification may have.
";

/// `peerlog.toml` with the comments on the programme's figures; the short form, without the
/// thematic settings, unless the folder changed one.
fn settings_text(config: &Config) -> Result<String> {
    use crate::commands::init::to_toml;
    let short = to_toml(&ColleagueConfig {
        format: config.format,
        programme: Programme::ColleagueSupport,
        colleague: config.colleague(),
    })?;
    let same = toml::from_str::<Config>(&short).is_ok_and(|c| c == *config);
    Ok(format!("{COLLEAGUE_HEADER}{}", if same { short } else { to_toml(config)? }))
}
