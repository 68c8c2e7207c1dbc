//! The language peerlog speaks to people: Latvian or English, with the messages in Project
//! Fluent files under `i18n/<language>/` (embedded in the binary).
//!
//! Only human-facing text is translated. Command and flag names, value words, record keys,
//! JSON keys, CSV headers and exit codes stay English in both languages.

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::{LazyLock, OnceLock};

pub use fluent_bundle::{FluentArgs, FluentValue};

/// A language peerlog speaks.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Default,
    serde::Serialize,
    serde::Deserialize,
    clap::ValueEnum,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    // No doc comments: they would be help texts of the values, and turn `--help` long.
    #[default]
    En,
    Lv,
}

impl Lang {
    /// The language a locale name such as `lv_LV.UTF-8` or `lv` means, if peerlog speaks it.
    pub fn from_locale(name: &str) -> Option<Lang> {
        let code = name.split(['_', '-', '.', '@']).next().unwrap_or("").to_ascii_lowercase();
        match code.as_str() {
            "lv" => Some(Lang::Lv),
            "en" | "c" | "posix" => Some(Lang::En),
            _ => None,
        }
    }
}

/// The message files of each language, in the order they are loaded.
const EN: &[(&str, &str)] = &[("messages.ftl", include_str!("../../i18n/en/messages.ftl"))];
const LV: &[(&str, &str)] = &[
    ("messages.ftl", include_str!("../../i18n/lv/messages.ftl")),
    ("help.ftl", include_str!("../../i18n/lv/help.ftl")),
];

/// The message files of a language: `(file name, text)`.
pub fn files(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En => EN,
        Lang::Lv => LV,
    }
}

static CHOSEN: OnceLock<Lang> = OnceLock::new();

/// Sets the language for the rest of the process (the first call wins).
pub fn set(lang: Lang) {
    let _ = CHOSEN.set(lang);
}

static ENGLISH_ONLY: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Runs `f` with every message in English: for what a command's output for scripts holds
/// (`check --format json`), where messages made deep in the parsers must be the same in every
/// language. Messages on stderr before and after stay in the chosen language.
pub fn in_english<T>(f: impl FnOnce() -> T) -> T {
    use std::sync::atomic::Ordering;
    ENGLISH_ONLY.store(true, Ordering::Relaxed);
    let out = f();
    ENGLISH_ONLY.store(false, Ordering::Relaxed);
    out
}

/// The language messages are in: the one [`set`] chose, else English.
pub fn lang() -> Lang {
    if ENGLISH_ONLY.load(std::sync::atomic::Ordering::Relaxed) {
        return Lang::En;
    }
    CHOSEN.get().copied().unwrap_or_default()
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static EN_BUNDLE: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| build(Lang::En));
    static LV_BUNDLE: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| build(Lang::Lv));
    match lang {
        Lang::En => &EN_BUNDLE,
        Lang::Lv => &LV_BUNDLE,
    }
}

fn build(lang: Lang) -> FluentBundle<FluentResource> {
    let code: &[u8] = match lang {
        Lang::En => b"en",
        Lang::Lv => b"lv",
    };
    let id = unic_langid::LanguageIdentifier::from_bytes(code).unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // The terminal shows no bidirectional text; isolation marks would only be stray bytes.
    bundle.set_use_isolating(false);
    // Plural forms are chosen by PLURAL($n), not by selecting on $n itself: intl_pluralrules
    // 7.0 puts 111-119 of Latvian into `other` where CLDR has `zero` (n % 100 = 11..19).
    let _ = bundle.add_function("PLURAL", move |positional, _named| match positional.first() {
        Some(FluentValue::Number(n)) => FluentValue::from(plural(lang, n.value)),
        _ => FluentValue::from("other"),
    });
    // Fractions (training hours) with at most two decimals, and a decimal comma in Latvian.
    bundle.set_formatter(Some(match lang {
        Lang::En => |value, _| match value {
            FluentValue::Number(n) if n.value.fract() != 0.0 => Some(decimal_in(Lang::En, n.value)),
            _ => None,
        },
        Lang::Lv => |value, _| match value {
            FluentValue::Number(n) if n.value.fract() != 0.0 => Some(decimal_in(Lang::Lv, n.value)),
            _ => None,
        },
    }));
    for (name, text) in files(lang) {
        // The files are tested to parse and to hold no duplicate keys (tests in this module).
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(resource, _)| {
            debug_assert!(false, "i18n/{lang:?}/{name} does not parse");
            resource
        });
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// A number for people in `lang`, with at most two decimals and none needless: `4.5`, `36`;
/// Latvian writes a decimal comma (`4,5`). JSON and CSV keep the point.
pub fn decimal_in(lang: Lang, n: f64) -> String {
    let s = format!("{n:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    match lang {
        Lang::En => s.to_string(),
        Lang::Lv => s.replace('.', ","),
    }
}

/// The CLDR plural category of `n` in `lang`: Latvian has zero (0, 10-20, 30, …, 111-119),
/// one (1, 21, 31, … but not 11) and other (2-9, 22-29, …).
pub fn plural(lang: Lang, n: f64) -> &'static str {
    if n.fract() != 0.0 || n < 0.0 {
        return "other";
    }
    let n = n as u64;
    match lang {
        Lang::En if n == 1 => "one",
        Lang::En => "other",
        Lang::Lv if n % 10 == 1 && n % 100 != 11 => "one",
        Lang::Lv if n.is_multiple_of(10) || (11..=19).contains(&(n % 100)) => "zero",
        Lang::Lv => "other",
    }
}

/// The message `key` in the current language with `args`; the key itself when it is missing
/// (a test keeps every key in both languages).
pub fn message(key: &str, args: Option<&FluentArgs>) -> String {
    message_in(lang(), key, args)
}

/// The message `key` in `lang`.
pub fn message_in(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        return key.to_string();
    };
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, args, &mut errors).into_owned()
}

/// The message `key` or its `attribute` in the current language, without arguments; `None`
/// when there is none (help texts are looked up so).
pub fn attribute(key: &str, attribute: Option<&str>) -> Option<String> {
    let bundle = bundle(lang());
    let message = bundle.get_message(key)?;
    let pattern = match attribute {
        None => message.value()?,
        Some(name) => message.get_attribute(name)?.value(),
    };
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, None, &mut errors).into_owned())
}

/// A message not yet put into words: its key and arguments. It shows in the current language
/// (`Display`) and in English for what scripts read ([`Msg::english`], and JSON through
/// `Serialize`), so a JSON output is the same in every language.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    key: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// An argument of a message: text, or a number (numbers choose plural forms).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
    /// A message inside a message, put into words in the same language.
    Msg(Box<Msg>),
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(n as f64)
            }
        }
        impl From<&$t> for Arg {
            fn from(n: &$t) -> Arg {
                Arg::Number(*n as f64)
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i32, i64, f64);

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
impl From<Msg> for Arg {
    fn from(m: Msg) -> Arg {
        Arg::Msg(Box::new(m))
    }
}

impl Msg {
    pub fn new(key: &'static str) -> Msg {
        Msg { key, args: Vec::new() }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        self.args.push((name, value.into()));
        self
    }

    /// A text that is the same in every language (a message not yet translated, or one
    /// made only of names and numbers).
    pub fn raw(text: impl Into<String>) -> Msg {
        Msg { key: "", args: vec![("", Arg::Text(text.into()))] }
    }

    /// The message in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        if self.key.is_empty() {
            return match self.args.first() {
                Some((_, Arg::Text(text))) => text.clone(),
                _ => String::new(),
            };
        }
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            match value {
                Arg::Text(s) => args.set(*name, FluentValue::from(s.as_str())),
                Arg::Number(n) => args.set(*name, FluentValue::from(*n)),
                Arg::Msg(m) => args.set(*name, FluentValue::from(m.in_lang(lang))),
            }
        }
        message_in(lang, self.key, Some(&args))
    }

    /// The text of a [`Msg::raw`] message.
    pub fn raw_text(&self) -> Option<&str> {
        match (self.key, self.args.first()) {
            ("", Some((_, Arg::Text(text)))) => Some(text),
            _ => None,
        }
    }

    /// The message in English, for JSON and other outputs scripts read.
    pub fn english(&self) -> String {
        self.in_lang(Lang::En)
    }
}

impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_lang(lang()))
    }
}

impl Eq for Msg {}

/// Messages sort as their English words, the same in every language.
impl Ord for Msg {
    fn cmp(&self, other: &Msg) -> std::cmp::Ordering {
        self.english().cmp(&other.english())
    }
}

impl PartialOrd for Msg {
    fn partial_cmp(&self, other: &Msg) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl serde::Serialize for Msg {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.english())
    }
}

impl From<String> for Msg {
    fn from(text: String) -> Msg {
        Msg::raw(text)
    }
}

impl From<&str> for Msg {
    fn from(text: &str) -> Msg {
        Msg::raw(text)
    }
}

impl From<Msg> for String {
    fn from(m: Msg) -> String {
        m.to_string()
    }
}

/// A message to show later: `msg!("key")` or `msg!("key", name = value, …)`; see [`Msg`].
#[macro_export]
macro_rules! msg {
    ($key:literal) => {
        $crate::i18n::Msg::new($key)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Msg::new($key)$(.arg(stringify!($name), $value))+
    };
}

/// A message in the current language, as a `String`: `tr!("key")` or `tr!("key", name = value, …)`,
/// where a value is text or a number (numbers choose plural forms in the message files).
#[macro_export]
macro_rules! tr {
    ($($t:tt)*) => {
        $crate::msg!($($t)*).to_string()
    };
}

pub mod help;
pub mod why;

/// Chooses the language of this run: `--lang`, else `PEERLOG_LANG`, else `[ui] language` in
/// the folder's `peerlog.toml`, else `LC_ALL`, `LC_MESSAGES` or `LANG`; English by default.
pub fn choose(args: &[OsString]) -> Lang {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    if let Some(lang) = flag_value(args, "--lang").and_then(|v| Lang::from_locale(&v)) {
        return lang;
    }
    if let Some(lang) = env("PEERLOG_LANG").and_then(|v| Lang::from_locale(&v)) {
        return lang;
    }
    if let Some(lang) = folder_language(flag_value(args, "--dir").or_else(|| env("PEERLOG_DIR")).map(PathBuf::from)) {
        return lang;
    }
    // The first of the POSIX variables that is set decides, as in every other program.
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| env(name))
        .and_then(|v| Lang::from_locale(&v))
        .unwrap_or_default()
}

/// The value of `--flag VALUE` or `--flag=VALUE` among the arguments, before a `--`.
fn flag_value(args: &[OsString], flag: &str) -> Option<String> {
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            return None;
        }
        if arg == flag {
            return args.next().map(|v| v.into_owned());
        }
        if let Some(value) = arg.strip_prefix(flag).and_then(|rest| rest.strip_prefix('=')) {
            return Some(value.to_string());
        }
    }
    None
}

/// `[ui] language` of the folder's `peerlog.toml`: the given folder's, else the nearest one
/// upwards. A missing or broken file is no language (the command reports it in its turn).
fn folder_language(dir: Option<PathBuf>) -> Option<Lang> {
    let config = match dir {
        Some(dir) => dir.join(crate::store::CONFIG_FILE),
        None => {
            let cwd = std::env::current_dir().ok()?;
            cwd.ancestors().map(|d| d.join(crate::store::CONFIG_FILE)).find(|p| p.is_file())?
        }
    };
    ui_language(&config)
}

fn ui_language(config: &Path) -> Option<Lang> {
    let text = std::fs::read_to_string(config).ok()?;
    let value: toml::Table = toml::from_str(&text).ok()?;
    value.get("ui")?.get("language")?.as_str().and_then(Lang::from_locale)
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;

    /// The keys of a language's message files, with the file each is in.
    fn keys(lang: Lang) -> Vec<(String, &'static str)> {
        let mut keys = Vec::new();
        for (name, text) in files(lang) {
            let resource = fluent_syntax::parser::parse(*text)
                .unwrap_or_else(|(_, errors)| panic!("i18n/{lang:?}/{name} does not parse: {errors:?}"));
            for entry in resource.body {
                if let ast::Entry::Message(m) = entry {
                    keys.push((m.id.name.to_string(), *name));
                }
            }
        }
        keys
    }

    /// The messages of the help files (English help is the clap definitions' doc comments).
    fn is_help(file: &str) -> bool {
        file == "help.ftl"
    }

    #[test]
    fn both_languages_have_the_same_message_keys_in_the_same_files() {
        let en: Vec<_> = keys(Lang::En).into_iter().filter(|(_, f)| !is_help(f)).collect();
        let lv: Vec<_> = keys(Lang::Lv).into_iter().filter(|(_, f)| !is_help(f)).collect();
        let missing_lv: Vec<_> = en.iter().filter(|k| !lv.contains(k)).collect();
        let missing_en: Vec<_> = lv.iter().filter(|k| !en.contains(k)).collect();
        assert!(missing_lv.is_empty(), "keys missing in i18n/lv: {missing_lv:?}");
        assert!(missing_en.is_empty(), "keys missing in i18n/en: {missing_en:?}");
        for lang in [Lang::En, Lang::Lv] {
            let mut sorted: Vec<_> = keys(lang).into_iter().map(|(k, _)| k).collect();
            sorted.sort();
            let before = sorted.len();
            sorted.dedup();
            assert_eq!(before, sorted.len(), "a key is defined twice in i18n/{lang:?}");
        }
    }

    /// Every help text of the command line (an about, an argument's help, the examples after
    /// the flags) has its Latvian text in i18n/lv/help.ftl, and that file has nothing else.
    #[test]
    fn latvian_help_has_exactly_the_english_help_texts() {
        use clap::CommandFactory;
        let english = help::english_texts(&mut crate::cli::Cli::command());
        let mut latvian = Vec::new();
        for (name, text) in files(Lang::Lv).iter().filter(|(f, _)| is_help(f)) {
            let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(_, e)| panic!("{name}: {e:?}"));
            for entry in resource.body {
                if let ast::Entry::Message(m) = entry {
                    if m.value.is_some() {
                        latvian.push((m.id.name.to_string(), None));
                    }
                    for a in m.attributes {
                        latvian.push((m.id.name.to_string(), Some(a.id.name.to_string())));
                    }
                }
            }
        }
        let show = |(k, a): &(String, Option<String>)| match a {
            None => format!("{k} = …"),
            Some(a) => format!("{k} .{a} = …"),
        };
        let missing: Vec<_> = english.iter().filter(|t| !latvian.contains(t)).map(show).collect();
        let extra: Vec<_> = latvian.iter().filter(|t| !english.contains(t)).map(show).collect();
        assert!(
            missing.is_empty(),
            "help texts with no Latvian in i18n/lv/help.ftl (the English ones: \
             `cargo test --lib english_help_as_ftl -- --ignored --nocapture`):\n{}",
            missing.join("\n")
        );
        assert!(
            extra.is_empty(),
            "Latvian help texts for no command or flag (i18n/lv/help.ftl):\n{}",
            extra.join("\n")
        );
    }

    #[test]
    fn every_message_formats_without_errors() {
        for lang in [Lang::En, Lang::Lv] {
            for (key, _) in keys(lang) {
                let bundle = bundle(lang);
                let pattern = bundle.get_message(&key).and_then(|m| m.value()).unwrap();
                let mut errors = Vec::new();
                // Missing arguments are expected here; references to unknown terms are not.
                let _ = bundle.format_pattern(pattern, None, &mut errors);
                let bad: Vec<_> = errors
                    .iter()
                    .filter(|e| {
                        !matches!(
                            e,
                            fluent_bundle::FluentError::ResolverError(
                                fluent_bundle::resolver::ResolverError::Reference(
                                    fluent_bundle::resolver::errors::ReferenceKind::Variable { .. }
                                )
                            )
                        )
                    })
                    .collect();
                assert!(bad.is_empty(), "{lang:?} {key}: {bad:?}");
            }
        }
    }

    /// Keys the code names other than in a `tr!`/`msg!` call, each with where and why; each must
    /// still be written out whole, in quotes, in the code. (A key that is a part of other
    /// messages, `{ key }`, is used too.)
    const NOT_BY_CALL: &[(&str, &str)] = &[
        ("man-", "i18n/help.rs `manual`: the manual's section headings, from a table"),
        ("overview-", "report/overview/words.rs: the page's words, put into words once a run"),
        ("unique-", "model/kind.rs `Unique::describe`: a kind's duplicate message, named in its spec"),
        ("n-consultations", "the plural test below: Latvian plural forms of one message"),
    ];

    /// The keys `tr!("key" …)`, `msg!("key" …)` and `Msg::new("key")` calls name in `code`.
    fn called_keys(code: &str) -> std::collections::HashSet<&str> {
        let mut keys = std::collections::HashSet::new();
        for call in ["tr!(", "msg!(", "Msg::new("] {
            for (at, _) in code.match_indices(call) {
                if code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                    continue; // include_str!( and the like
                }
                let rest = code[at + call.len()..].trim_start();
                if let Some(rest) = rest.strip_prefix('"')
                    && let Some(end) = rest.find('"')
                    && rest[..end].starts_with(|c: char| c.is_ascii_lowercase())
                    && rest[..end].chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                {
                    keys.insert(&rest[..end]);
                }
            }
        }
        keys
    }

    #[test]
    fn every_message_key_is_used_in_the_code() {
        let mut code = String::new();
        let mut stack = vec![PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    // Comments show calls of keys that are no keys (`tr!("key")`).
                    for line in std::fs::read_to_string(path).unwrap().lines() {
                        if !line.trim_start().starts_with("//") {
                            code.push_str(line);
                            code.push('\n');
                        }
                    }
                }
            }
        }
        let called = called_keys(&code);
        let keys: Vec<String> =
            keys(Lang::En).into_iter().filter(|(_, file)| !is_help(file)).map(|(key, _)| key).collect();
        let documented =
            |key: &str| NOT_BY_CALL.iter().any(|(k, _)| key.starts_with(k)) && code.contains(&format!("\"{key}\""));
        // A message may also be a part of others: `{ import-kind }`.
        let part = |key: &str| files(Lang::En).iter().any(|(_, text)| text.contains(&format!("{{ {key} }}")));
        let unused: Vec<_> =
            keys.iter().filter(|k| !called.contains(k.as_str()) && !documented(k) && !part(k)).collect();
        assert!(unused.is_empty(), "message keys no tr!/msg! call uses: {unused:?}");
        let missing: Vec<_> = called.iter().filter(|k| !keys.iter().any(|key| key == *k)).collect();
        assert!(missing.is_empty(), "tr!/msg! calls of keys i18n/en/messages.ftl lacks: {missing:?}");
        for (prefix, why) in NOT_BY_CALL {
            assert!(keys.iter().any(|k| k.starts_with(prefix)), "{prefix} ({why}) names no key");
        }
    }

    #[test]
    fn latvian_plurals_follow_the_language() {
        let count = |lang, n: u32| {
            let mut args = FluentArgs::new();
            args.set("count", FluentValue::from(n));
            message_in(lang, "n-consultations", Some(&args))
        };
        for (n, word) in [
            (0, "konsultāciju"),
            (1, "konsultācija"),
            (2, "konsultācijas"),
            (9, "konsultācijas"),
            (10, "konsultāciju"),
            (11, "konsultāciju"),
            (15, "konsultāciju"),
            (20, "konsultāciju"),
            (21, "konsultācija"),
            (22, "konsultācijas"),
            (101, "konsultācija"),
            (111, "konsultāciju"),
        ] {
            assert_eq!(count(Lang::Lv, n), format!("{n} {word}"));
        }
        assert_eq!(count(Lang::En, 1), "1 consultation");
        assert_eq!(count(Lang::En, 21), "21 consultations");
    }

    /// A plural select on a number variable would use intl_pluralrules, which is wrong for some
    /// Latvian numbers; every plural goes through PLURAL().
    #[test]
    fn plurals_are_chosen_by_the_plural_function() {
        fn selects<'a>(pattern: &'a ast::Pattern<&'a str>, out: &mut Vec<&'a ast::Expression<&'a str>>) {
            for element in &pattern.elements {
                if let ast::PatternElement::Placeable { expression } = element
                    && let ast::Expression::Select { variants, .. } = expression
                {
                    out.push(expression);
                    variants.iter().for_each(|v| selects(&v.value, out));
                }
            }
        }
        for lang in [Lang::En, Lang::Lv] {
            for (name, text) in files(lang) {
                let resource = fluent_syntax::parser::parse(*text).unwrap();
                for entry in &resource.body {
                    let ast::Entry::Message(m) = entry else { continue };
                    let mut found = Vec::new();
                    m.value.iter().for_each(|p| selects(p, &mut found));
                    m.attributes.iter().for_each(|a| selects(&a.value, &mut found));
                    for select in found {
                        let ast::Expression::Select { selector, variants } = select else { continue };
                        let plural = variants.iter().any(|v| {
                            matches!(&v.key, ast::VariantKey::Identifier { name } if ["zero", "one", "two", "few", "many"].contains(name))
                        });
                        let by_function = matches!(selector, ast::InlineExpression::FunctionReference { id, .. } if id.name == "PLURAL");
                        assert!(
                            !plural || by_function,
                            "i18n/{lang:?}/{name}: {} selects a plural without PLURAL()",
                            m.id.name
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn locales_name_languages() {
        assert_eq!(Lang::from_locale("lv_LV.UTF-8"), Some(Lang::Lv));
        assert_eq!(Lang::from_locale("lv"), Some(Lang::Lv));
        assert_eq!(Lang::from_locale("en_GB.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_locale("C.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_locale("de_DE.UTF-8"), None);
    }

    #[test]
    fn the_flag_is_found_in_both_spellings() {
        let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(flag_value(&args(&["peerlog", "--lang", "lv", "agenda"]), "--lang").as_deref(), Some("lv"));
        assert_eq!(flag_value(&args(&["peerlog", "agenda", "--lang=en"]), "--lang").as_deref(), Some("en"));
        assert_eq!(flag_value(&args(&["peerlog", "--", "--lang", "lv"]), "--lang"), None);
    }
}
/// For translators: `cargo test --lib english_help_as_ftl -- --ignored --nocapture` prints every
/// English help text as a skeleton of help.ftl.
#[cfg(test)]
mod translators {
    #[test]
    #[ignore]
    fn english_help_as_ftl() {
        use clap::CommandFactory;
        let mut cmd = crate::cli::Cli::command();
        cmd.build();
        fn walk(c: &clap::Command, path: &mut Vec<String>) {
            let key = format!("help-{}", path.join("-"));
            println!();
            let about = c.get_long_about().or(c.get_about()).map(|s| s.to_string()).unwrap_or_default();
            println!("{key} = {}", about.replace('\n', "\n    "));
            if let Some(a) = c.get_after_help() {
                println!("    .after = {}", a.to_string().replace('\n', "\n    "));
            }
            for arg in c.get_arguments() {
                let inherited =
                    path.len() > 1 && (arg.is_global_set() || ["help", "version"].contains(&arg.get_id().as_str()));
                if inherited {
                    continue;
                }
                if let Some(h) = arg.get_long_help().or(arg.get_help()) {
                    println!("    .{} = {}", arg.get_id(), h.to_string().replace('\n', "\n    "));
                }
            }
            for sub in c.get_subcommands() {
                if sub.get_name() == "help" {
                    continue;
                }
                path.push(sub.get_name().to_string());
                walk(sub, path);
                path.pop();
            }
        }
        walk(&cmd, &mut vec!["peerlog".into()]);
    }
}
