// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Events`] and the types nested in it, from `#/components/schemas/Events`.

use crate::runtime::{self, deserialize_struct};

/// Events
///
/// A list of event objects.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Events {
    /// The number of events returned in this response.
    pub chunk_size: Option<i64>,
    /// The stream position of the start of the next page (chunk)
    /// of events.
    pub next_stream_position: Option<super::EventsNextStreamPositionField>,
    /// A list of events.
    pub entries: Option<Vec<super::Event>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Events {
        chunk_size: optional("chunk_size"),
        next_stream_position: optional("next_stream_position"),
        entries: optional("entries")
    }
);

deserialize_struct!(
    runtime,
    Events {
        chunk_size: optional::<Option<i64>>("chunk_size"),
        next_stream_position: optional::<Option<super::EventsNextStreamPositionField>>("next_stream_position"),
        entries: optional::<Option<Vec<super::Event>>>("entries")
    }
);

/// The stream position of the start of the next page (chunk)
/// of events.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum EventsNextStreamPositionField {
    /// The `String` alternative (`#/components/schemas/Events/properties/next_stream_position/anyOf/0`).
    String(String),
    /// The `Integer` alternative (`#/components/schemas/Events/properties/next_stream_position/anyOf/1`).
    Integer(i64),
}

impl From<String> for EventsNextStreamPositionField {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<i64> for EventsNextStreamPositionField {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}
