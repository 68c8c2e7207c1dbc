//! `peerlog.toml`: the folder's format version, programme and report settings, and each
//! programme's own table (`[colleague]`), which the programme describes ([`SettingsSpec`],
//! named in its `programmes::Spec`) and this module keeps by its key without knowing its type.

use serde::de::{self, DeserializeOwned, DeserializeSeed, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::fmt;

pub use crate::model::Programme;
use crate::model::kind::Settings;

/// The newest folder format this binary reads and writes.
pub const FORMAT: u32 = 1;

/// The settings file at the folder's root.
// Read by hand rather than derived ([`ConfigVisitor`]), so that a programme's table is kept
// by its key while every other key is read into its type at its line and column.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Config {
    /// The folder format version; a newer one than [`FORMAT`] is refused.
    pub format: u32,
    /// The programme the folder keeps records of; folders from before it existed are
    /// thematic-groups folders.
    #[serde(default, skip_serializing_if = "Programme::is_default")]
    pub programme: Programme,
    #[serde(default)]
    pub report: ReportSettings,
    /// Each programme's own table by its key (`colleague`), as its [`SettingsSpec`] read it:
    /// every setting, defaults filled in, in the type's order. Only written in such folders.
    #[serde(flatten)]
    #[schemars(skip)]
    pub sections: Map<String, Value>,
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
            sections: Map::new(),
            agenda: AgendaSettings::default(),
            consent: ConsentSettings { required: true },
            ui: UiSettings::default(),
        }
    }
}

impl Config {
    /// A programme's settings: its table as its type, or the defaults where the folder has none.
    pub fn settings<T: Settings>(&self) -> T {
        let table = T::KEY.and_then(|key| self.sections.get(key));
        table.and_then(|v| serde_json::from_value(v.clone()).ok()).unwrap_or_default()
    }

    /// Reads each programme's table again through its description, from the whole text of
    /// `peerlog.toml` (so a wrong setting is found at its line and column).
    pub fn read_sections(&mut self, text: &str) -> Result<(), toml::de::Error> {
        for spec in sections() {
            if self.sections.contains_key(spec.key) {
                self.sections.insert(spec.key.to_string(), (spec.read_toml)(spec.key, text)?);
            }
        }
        Ok(())
    }

    /// [`Config::read_sections`] for settings given as JSON (`restore`): a wrong setting as its
    /// path (`colleague.training_hours`) and the reason.
    pub fn read_json_sections(&mut self) -> Result<(), (String, String)> {
        for spec in sections() {
            if let Some(v) = self.sections.get_mut(spec.key) {
                *v = (spec.read_json)(v.take()).map_err(|(path, e)| (format!("{}.{path}", spec.key), e))?;
            }
        }
        Ok(())
    }
}

/// A programme's own table in `peerlog.toml`, as its `programmes::Spec` declares it: build it
/// with [`SettingsSpec::of`] from the settings' type.
pub struct SettingsSpec {
    /// The table's key (`colleague`).
    pub key: &'static str,
    /// What the table holds, for the schema.
    pub about: &'static str,
    /// Reads the table (`key`) from the whole text of `peerlog.toml`: every setting, defaults
    /// filled in; or the problem, located in the text.
    pub read_toml: fn(&str, &str) -> Result<Value, toml::de::Error>,
    /// Reads the table from JSON (an export): every setting; or the path and the reason.
    pub read_json: fn(Value) -> Result<Value, (String, String)>,
    /// The table's part of the schema of `peerlog.toml`.
    pub schema: fn(&mut schemars::SchemaGenerator) -> schemars::Schema,
}

impl SettingsSpec {
    /// The table of the settings `T`, at its key.
    pub const fn of<T: Settings + Serialize + schemars::JsonSchema>(about: &'static str) -> SettingsSpec {
        let Some(key) = T::KEY else { panic!("settings without a table") };
        SettingsSpec { key, about, read_toml: read_toml::<T>, read_json: read_json::<T>, schema: schema_of::<T> }
    }
}

/// The settings tables of every programme that has one.
pub fn sections() -> impl Iterator<Item = &'static SettingsSpec> {
    crate::programmes::ALL.iter().filter_map(|p| p.settings.as_ref())
}

fn read_toml<T: Serialize + DeserializeOwned>(key: &str, text: &str) -> Result<Value, toml::de::Error> {
    let table = Pick::<T> { key, found: None }.deserialize(toml::de::Deserializer::parse(text)?)?;
    serde_json::to_value(table).map_err(de::Error::custom)
}

fn read_json<T: Serialize + DeserializeOwned>(value: Value) -> Result<Value, (String, String)> {
    let table: T =
        serde_path_to_error::deserialize(value).map_err(|e| (e.path().to_string(), e.inner().to_string()))?;
    serde_json::to_value(table).map_err(|e| (String::new(), e.to_string()))
}

fn schema_of<T: schemars::JsonSchema>(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
    generator.subschema_for::<Option<T>>()
}

/// Reads the table `key` of a document as `T`, passing over the other keys.
struct Pick<'k, T> {
    key: &'k str,
    found: Option<T>,
}

impl<'de, T: DeserializeOwned> DeserializeSeed<'de> for Pick<'_, T> {
    type Value = Option<T>;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Option<T>, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de, T: DeserializeOwned> Visitor<'de> for Pick<'_, T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a table")
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<Option<T>, A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if key == self.key {
                self.found = Some(map.next_value()?);
            } else {
                map.next_value::<de::IgnoredAny>()?;
            }
        }
        Ok(self.found)
    }
}

/// The keys of `peerlog.toml` besides the programmes' tables (which come after `report`).
const FIELDS: [&str; 6] = ["format", "programme", "report", "agenda", "consent", "ui"];

impl<'de> Deserialize<'de> for Config {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Config, D::Error> {
        d.deserialize_map(ConfigVisitor)
    }
}

struct ConfigVisitor;

impl<'de> Visitor<'de> for ConfigVisitor {
    type Value = Config;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("the settings of a peerlog folder")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Config, A::Error> {
        // What a file without the table reads as (no consent rule, see [`ConsentSettings`]).
        let mut config = Config { consent: ConsentSettings::default(), ..Config::default() };
        let mut format = None;
        while let Some(key) = map.next_key_seed(Key)? {
            match key.as_str() {
                "format" => format = Some(map.next_value()?),
                "programme" => config.programme = map.next_value()?,
                "report" => config.report = map.next_value()?,
                "agenda" => config.agenda = map.next_value()?,
                "consent" => config.consent = map.next_value()?,
                "ui" => config.ui = map.next_value()?,
                _ => {
                    let table = map.next_value()?;
                    config.sections.insert(key, table);
                }
            }
        }
        config.format = format.ok_or_else(|| de::Error::missing_field("format"))?;
        Ok(config)
    }
}

/// A key of `peerlog.toml`: one of [`FIELDS`] or a programme's table, refused otherwise (at
/// the key, as an unknown field).
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = String;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for Key {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a setting")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<String, E> {
        static KNOWN: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
            let (before, after) = FIELDS.split_at(3);
            before.iter().copied().chain(sections().map(|s| s.key)).chain(after.iter().copied()).collect()
        });
        if KNOWN.contains(&key) { Ok(key.to_string()) } else { Err(de::Error::unknown_field(key, KNOWN.as_slice())) }
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
