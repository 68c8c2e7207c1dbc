//! A fast reader for the record files peerlog writes: one `key = value` per line.
//!
//! It reads a strict subset of TOML — bare keys; one-line strings without escapes (basic or
//! literal); local dates; decimal integers; booleans; one-line arrays of these; blank lines and
//! comments — and hands the values to serde straight from the text, with no document tree in
//! between. A file with
//! anything else (a table header, an escape, a float, a datetime, a second `=` on a line, a
//! key given twice...), or a value the record type refuses, gives `None`, and the caller reads
//! it with the `toml` crate, whose errors locate the problem. So the subset decides only how
//! fast a file is read, never whether it is accepted or what it means: where this reader
//! gives a value, the `toml` crate gives the same one (a property test compares the two).

use serde::de::value::{Error, MapDeserializer, SeqDeserializer};
use serde::de::{DeserializeOwned, Deserializer, IntoDeserializer, Visitor};

/// The record in `text`, or `None` when the text is not in the subset or the record type
/// refuses a value (the caller then reads it with the `toml` crate).
pub fn from_str<T: DeserializeOwned>(text: &str) -> Option<T> {
    let entries = entries(text)?;
    T::deserialize(MapDeserializer::<_, Error>::new(entries.into_iter())).ok()
}

/// The key under which the toml crate hands a date's text to serde (`toml_datetime`'s
/// protocol; were it to change, dates would go to the toml crate, and the test that this reader
/// reads peerlog's files would fail).
const DATETIME_KEY: &str = "$__toml_private_datetime";

/// One value of the subset.
#[derive(Debug)]
enum Value<'a> {
    Str(&'a str),
    /// A local date, `YYYY-MM-DD` (checked when it is read).
    Date(&'a str),
    Int(i64),
    Bool(bool),
    Array(Vec<Value<'a>>),
}

/// The keys and values of a flat file, in file order; `None` outside the subset.
fn entries(text: &str) -> Option<Vec<(&str, Value<'_>)>> {
    let mut out: Vec<(&str, Value)> = Vec::with_capacity(12);
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        // A line break is LF or CR LF; a CR anywhere else is the toml crate's to judge.
        let line = match (line.strip_suffix('\r'), lines.peek()) {
            (Some(line), Some(_)) => line,
            (Some(_), None) => return None,
            (None, _) => line,
        };
        let s = skip_space(line);
        if s.is_empty() {
            continue;
        }
        if s.starts_with('#') {
            comment(s)?;
            continue;
        }
        let key_len = s.bytes().take_while(|&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-').count();
        let (key, rest) = s.split_at(key_len);
        let rest = skip_space(rest).strip_prefix('=')?;
        if key.is_empty() || out.iter().any(|(k, _)| *k == key) {
            return None;
        }
        let (value, rest) = value(skip_space(rest), true)?;
        let rest = skip_space(rest);
        if !rest.is_empty() {
            comment(rest)?;
        }
        out.push((key, value));
    }
    Some(out)
}

fn skip_space(s: &str) -> &str {
    s.trim_start_matches([' ', '\t'])
}

/// A comment (`#` to the end of the line) with no control character but tab.
fn comment(s: &str) -> Option<()> {
    let ok = s.starts_with('#') && s.bytes().all(|b| (b >= 0x20 || b == b'\t') && b != 0x7f);
    ok.then_some(())
}

/// The value at the start of `s` and what follows it; arrays only where `array` allows.
fn value(s: &str, array: bool) -> Option<(Value<'_>, &str)> {
    let b = s.as_bytes();
    match *b.first()? {
        // A basic string without escapes, or a literal string (peerlog writes one for a text
        // holding `"`); `"""` or `'''` (a multi-line string) ends up here as an empty string
        // followed by a quote, which the caller refuses.
        quote @ (b'"' | b'\'') => {
            let inner = &s[1..];
            let end = memchr::memchr(quote, inner.as_bytes())?;
            let text = &inner[..end];
            let escape = quote == b'"' && text.contains('\\');
            let plain = !escape && text.bytes().all(|b| (b >= 0x20 || b == b'\t') && b != 0x7f);
            plain.then_some((Value::Str(text), &inner[end + 1..]))
        }
        b'[' if array => {
            let mut items = Vec::new();
            let mut rest = skip_space(&s[1..]);
            loop {
                if let Some(after) = rest.strip_prefix(']') {
                    return Some((Value::Array(items), after));
                }
                let (item, after) = value(rest, false)?;
                items.push(item);
                rest = skip_space(after);
                match rest.as_bytes().first()? {
                    b',' => rest = skip_space(&rest[1..]),
                    b']' => {}
                    _ => return None,
                }
            }
        }
        b't' => s.strip_prefix("true").map(|rest| (Value::Bool(true), rest)),
        b'f' => s.strip_prefix("false").map(|rest| (Value::Bool(false), rest)),
        b'0'..=b'9' | b'-' => {
            let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
            let date = b.len() >= 10 && (0..4).chain(5..7).chain(8..10).all(digit) && b[4] == b'-' && b[7] == b'-';
            if date {
                return Some((Value::Date(&s[..10]), &s[10..]));
            }
            let sign = usize::from(b[0] == b'-');
            let digits = b[sign..].iter().take_while(|b| b.is_ascii_digit()).count();
            // No leading zero, and few enough digits for an i64.
            if digits == 0 || digits > 18 || (digits > 1 && b[sign] == b'0') {
                return None;
            }
            let end = sign + digits;
            Some((Value::Int(s[..end].parse().ok()?), &s[end..]))
        }
        _ => None,
    }
}

impl<'de> IntoDeserializer<'de, Error> for Value<'de> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

impl<'de> Deserializer<'de> for Value<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::Str(s) => visitor.visit_borrowed_str(s),
            Value::Int(n) => visitor.visit_i64(n),
            Value::Bool(b) => visitor.visit_bool(b),
            // As the toml crate hands over a date: a map of one private key to its text.
            Value::Date(s) => visitor.visit_map(MapDeserializer::new(std::iter::once((DATETIME_KEY, s)))),
            Value::Array(items) => visitor.visit_seq(SeqDeserializer::new(items.into_iter())),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self {
            Value::Str(s) => visitor.visit_enum(s.into_deserializer()),
            other => other.deserialize_any(visitor),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What the toml crate reads, where this reader reads anything.
    fn agrees<T: DeserializeOwned + PartialEq + std::fmt::Debug>(text: &str) -> Result<bool, TestCaseError> {
        let Some(fast) = from_str::<T>(text) else { return Ok(false) };
        let slow = toml::from_str::<T>(text);
        prop_assert!(slow.is_ok(), "read {text:?}, which the toml crate refuses: {slow:?}");
        prop_assert_eq!(fast, slow.unwrap(), "{:?}", text);
        Ok(true)
    }

    #[test]
    fn reads_what_peerlog_writes_and_leaves_the_rest() {
        let consultation = "id = \"c-zb4shph5\"\nstatus = \"held\"\npeer = \"p-7m8rpzi3\"\n\
            recipient = \"p-jyayitq4\"\ndate = 2023-01-05\ntime = \"15:00-16:00\"\n\
            place = \"Rēzekne, Skolas iela 26\"\ntopic = \"Laika plānošana\"\n";
        let table = from_str::<toml::Table>(consultation).expect("in the subset");
        assert_eq!(table, toml::from_str::<toml::Table>(consultation).unwrap());
        let read = from_str::<crate::model::Consultation>(consultation).expect("a consultation");
        assert_eq!(read, toml::from_str(consultation).unwrap());
        let feedback = "# hand note\nid = \"f-a2vvwht9\"  # trailing\r\ndate = 2023-09-13\nfrom = \"recipient\"\n\
            consultations = [\"c-4xsj3ce6\", ]\nexpected = \"x\"\nmet = \"no\"\nbenefit = \"y\"\n";
        let read = from_str::<crate::model::Feedback>(feedback).expect("a feedback");
        assert_eq!(read, toml::from_str(feedback).unwrap());
        assert!(from_str::<toml::Table>("meetings = [2022-11-14, 2022-11-21]\nmodel = 1\nok = true\n").is_some());
        for outside in [
            "[peer]\na = 1\n",
            "a = \"x\\\"y\"\n",
            "a = 1.5\n",
            "a = 2025-03-04T10:00\n",
            "a = 2025-03-04 10:00\n",
            "a = '''x'''\n",
            "a = \"\"\"x\"\"\"\n",
            "a.b = 1\n",
            "a = 1\na = 2\n",
            "a = 1 b = 2\n",
            "a = 01\n",
            "a = [[1]]\n",
            "a = 1\r",
            "\u{feff}a = 1\n",
        ] {
            assert!(from_str::<toml::Table>(outside).is_none(), "{outside:?}");
        }
        // A value the record refuses: left to the toml crate, which says where.
        assert!(from_str::<crate::model::Consultation>(&consultation.replace("held", "maybe")).is_none());
    }

    /// Every record file of both example folders: each kind read as the toml crate reads it,
    /// and the flat kinds (most files of a large folder) read by this reader.
    #[test]
    fn reads_the_example_folders_as_the_toml_crate_does() -> Result<(), TestCaseError> {
        let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for folder in ["data-example", "data-example-colleague"] {
            let root = manifest.join(folder);
            for kind in crate::model::RecordKind::ALL {
                let paths = crate::store::load::record_paths(&root, kind).expect("listed");
                let mut fast = 0;
                for rel in &paths {
                    let text = std::fs::read_to_string(root.join(rel)).expect("read");
                    fast += usize::from(crate::with_kind!(kind, T => agrees::<T>(&text)?));
                }
                let flat = matches!(kind.prefix(), 'c' | 'f' | 'k' | 'v' | 'y' | 'u');
                prop_assert!(!flat || fast == paths.len(), "{folder}: {fast} of {} {kind:?} read fast", paths.len());
            }
        }
        Ok(())
    }

    /// Pieces of lines, valid and not, in TOML and near it.
    fn line() -> impl Strategy<Value = String> {
        let key = prop_oneof![
            Just("id".to_string()),
            Just("date".to_string()),
            Just("status".to_string()),
            "[a-z_-]{1,3}",
            "[a-z.\"' ]{1,4}",
        ];
        let atom = prop_oneof![
            "\"[ -~āēīū\\\\\"\t\u{7f}\u{85}]{0,6}\"",
            "'[ -~ā\t\u{7f}]{0,5}'",
            "[+-]?[0-9_]{1,4}",
            "[0-9]{4}-[0-9]{2}-[0-9]{2}",
            "(19|20)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])",
            "[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}",
            Just("true".to_string()),
            Just("false".to_string()),
            "[0-9]\\.[0-9]",
            "[a-z]{1,4}",
        ];
        let value = prop_oneof![
            3 => atom.clone(),
            1 => prop::collection::vec(atom, 0..3).prop_map(|v| format!("[{}]", v.join(", "))),
            1 => "\\[[ ,\"a-z0-9-]{0,8}\\]",
        ];
        let space = "[ \t]{0,2}";
        prop_oneof![
            6 => (key, space, space, value, prop_oneof![Just(String::new()), "[ \t]*#[ -~\t]{0,4}"])
                .prop_map(|(k, s1, s2, v, c)| format!("{k}{s1}={s2}{v}{c}")),
            1 => "[ \t]*(#[ -~\t\u{1}]{0,4})?",
            1 => "\\[{1,2}[a-z.]{1,4}\\]{1,2}",
        ]
    }

    proptest! {
        /// Wherever this reader gives a value, the toml crate gives the same: as a table (which
        /// shows every key, type and value), and as a consultation and a feedback record.
        #[test]
        fn gives_what_the_toml_crate_gives(lines in prop::collection::vec(line(), 0..8), crlf in any::<bool>()) {
            let text = lines.join(if crlf { "\r\n" } else { "\n" });
            agrees::<toml::Table>(&text)?;
            agrees::<crate::model::Consultation>(&text)?;
            agrees::<crate::model::Feedback>(&text)?;
        }

        /// A consultation as peerlog writes it, its values drawn freely: read by this reader
        /// whenever it is written with no escape and accepted, and always as the toml crate
        /// reads it.
        #[test]
        fn reads_consultations_as_the_toml_crate_does(
            place in "[ -~āčēģīķļņšūžĀ\"\\\\]{1,12}",
            topic in "[ -~ĒŠ\u{200b}]{1,12}",
            day in 1u32..=31,
        ) {
            let (place, topic) = (toml::Value::from(place).to_string(), toml::Value::from(topic).to_string());
            let c = format!(
                "id = \"c-zb4shph5\"\nstatus = \"held\"\npeer = \"p-7m8rpzi3\"\nrecipient = \"p-jyayitq4\"\n\
                 date = 2023-01-{day:02}\ntime = \"15:00-16:00\"\nplace = {place}\ntopic = {topic}\n",
            );
            let read = agrees::<crate::model::Consultation>(&c)?;
            // Written on one line with no escape (a text holding `"` goes into a literal string).
            let multi_or_escaped = |v: &str| {
                v.starts_with("\"\"\"") || v.starts_with("'''") || (v.starts_with('"') && v.contains('\\'))
            };
            let plain = !multi_or_escaped(&place) && !multi_or_escaped(&topic);
            let accepted = toml::from_str::<crate::model::Consultation>(&c).is_ok();
            prop_assert_eq!(read, plain && accepted, "{:?}", c);
        }
    }
}
