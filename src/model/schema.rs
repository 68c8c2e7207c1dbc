//! JSON Schemas of the value types whose serde code is written by hand, so that the schemas of
//! the record files (docs/schema/, made by `store::schema`) say what the files may hold.

use super::values::{Hours, Moment, Phone, Word};
use super::{Date, DeliveryModel, Id, MAX_TEXT, Text, TimeRange};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use std::borrow::Cow;

macro_rules! schema {
    // A string that matches a pattern, the shape of most of them.
    ($ty:ty, $name:literal, $description:literal, pattern $pattern:literal $(, max $max:literal)?) => {
        schema!($ty, $name, {
            "description": $description,
            "type": "string",
            "pattern": $pattern
            $(, "maxLength": $max)?
        });
    };
    ($ty:ty, $name:literal, $schema:tt) => {
        impl JsonSchema for $ty {
            fn schema_name() -> Cow<'static, str> {
                $name.into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!($schema)
            }
        }
    };
}

schema!(Id, "Id", "A record ID: the kind's letter, a dash, lower-case letters and digits (c-k2m9xq4t).",
    pattern "^[gpcfuysvkir]-[a-z0-9]+$", max 40);
schema!(Text, "Text", {
    "description": "Free text, trimmed and not empty; names, places and topics stay on one line.",
    "type": "string",
    "minLength": 1,
    "maxLength": MAX_TEXT
});
schema!(Date, "Date", {
    "description": "A day: a TOML date such as 2025-03-14 (years 1900 to 2100).",
    "type": "string",
    "format": "date"
});
schema!(TimeRange, "TimeRange", "Start and end, 24 hours: 16:00-17:00.",
    pattern "^[0-2]?[0-9]:[0-5][0-9]-[0-2]?[0-9]:[0-5][0-9]$");
schema!(Hours, "Hours", {
    "description": "Hours of a training session: more than 0, at most 24.",
    "type": "number",
    "exclusiveMinimum": 0,
    "maximum": 24
});
schema!(Moment, "Moment", "A local day and time: a TOML date-time such as 2025-05-06T21:40:00.",
    pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?$");
schema!(Phone, "Phone", "A phone number: digits, optionally after a +.", pattern "^\\+?[0-9]{3,15}$");
schema!(Word, "Category", "A category of the folder's settings: lower-case words joined by dashes.",
    pattern "^[a-z0-9]+(-[a-z0-9]+)*$", max 40);
schema!(DeliveryModel, "DeliveryModel", {
    "description": "1: consultations while the group runs; 2: after it ends.",
    "type": "integer",
    "enum": [1, 2]
});
