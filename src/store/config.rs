//! `peerlog.toml`: the folder's format version, programme and report settings.

use serde::{Deserialize, Serialize};

pub use super::programme::{ColleagueSettings, Programme};

/// The newest folder format this binary reads and writes.
pub const FORMAT: u32 = 1;

/// The settings file at the folder's root.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The folder format version; a newer one than [`FORMAT`] is refused.
    pub format: u32,
    /// The programme the folder keeps records of; folders from before it existed are
    /// thematic-groups folders.
    #[serde(default, skip_serializing_if = "Programme::is_default")]
    pub programme: Programme,
    #[serde(default)]
    pub report: ReportSettings,
    /// The colleague-support programme's figures (only written in such folders).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colleague: Option<ColleagueSettings>,
    #[serde(default)]
    pub agenda: AgendaSettings,
    #[serde(default)]
    pub consent: ConsentSettings,
    /// How peerlog speaks to the people using this folder.
    #[serde(default, skip_serializing_if = "UiSettings::is_default")]
    pub ui: UiSettings,
}

/// `[ui]`: the language of messages, tables and help for everyone using the folder (`--lang`
/// and `PEERLOG_LANG` still win).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct UiSettings {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<crate::i18n::Lang>,
}

impl UiSettings {
    fn is_default(&self) -> bool {
        *self == UiSettings::default()
    }
}

/// Whether consultations need the participants' recorded consent.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct ConsentSettings {
    /// On in every folder `peerlog init` creates; off when absent, so folders made before
    /// consent existed keep working until their coordinator turns it on.
    pub required: bool,
}

/// What `peerlog agenda` flags.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct AgendaSettings {
    /// A peer in one pipeline stage (before active) for longer than this many days is flagged.
    pub stuck_after_days: u32,
}

impl Default for AgendaSettings {
    fn default() -> Self {
        AgendaSettings { stuck_after_days: 30 }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            format: FORMAT,
            programme: Programme::default(),
            report: ReportSettings::default(),
            colleague: None,
            agenda: AgendaSettings::default(),
            consent: ConsentSettings { required: true },
            ui: UiSettings::default(),
        }
    }
}

impl Config {
    /// The colleague-support figures: the folder's, or the defaults where it has none.
    pub fn colleague(&self) -> ColleagueSettings {
        self.colleague.clone().unwrap_or_default()
    }
}

/// The fixed wording of the Appendix 1 sheet, so another contract needs no new release.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct ReportSettings {
    pub appendix: String,
    pub title: String,
    pub contract: String,
    pub project: String,
}

impl Default for ReportSettings {
    fn default() -> Self {
        ReportSettings {
            appendix: "Pielikums nr.1".into(),
            title: "LĪDZINIEKU KONSULTĀCIJU UZSKAITES LAPA".into(),
            contract: "Saskaņā ar Bērnu aizsardzības centra un nodibinājuma “Sociālā atbalsta un izglītības fonds” \
2024. gada 25.oktobrī noslēgto līgumu Nr. 4.2-4/140 par tematiskā atbalsta grupu nodrošināšanu bērniem ar \
uzvedības vai atkarību problēmām vai to attīstību risku un viņu ģimenēm, atbalsta grupu vadītāju mācību \
programmas izstrādi un mācību nodrošināšanu, kā arī līdzinieku konsultāciju koordinēšanu."
                .into(),
            project: "Eiropas Sociālā fonda Plus līdzfinansētais projekts Nr. 4.3.6.5/1/24/I/001 \
“Atbalsta pasākumi bērniem ar uzvedības vai atkarību problēmām un to ģimenēm”"
                .into(),
        }
    }
}
