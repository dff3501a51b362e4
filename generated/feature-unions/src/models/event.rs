// @generated from specs/features/unions.yaml by the generator; do not edit.
//! [`Event`] and the types nested in it, from `#/components/schemas/Event`.

use crate::runtime::codec;

/// A discriminator without a mapping (the tags are the schema names). Its alternative `EventUnknown` takes the variant name `Unknown`, so the catch-all for tags it does not know is renamed, with a warning.
///
/// Decoded by the value of its `event` property; a value that no variant declares is kept in [`Self::UnknownValue`].
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum Event {
    /// The `EventCreated` alternative (`#/components/schemas/Event/oneOf/0`).
    Created(super::EventCreated),
    /// The `EventUnknown` alternative (`#/components/schemas/Event/oneOf/1`).
    Unknown(super::EventUnknown),
    /// A value whose `event` this version of the SDK does not know, kept whole as received.
    UnknownValue(serde_json::Value),
}

impl From<super::EventCreated> for Event {
    fn from(value: super::EventCreated) -> Self {
        Self::Created(value)
    }
}

impl From<super::EventUnknown> for Event {
    fn from(value: super::EventUnknown) -> Self {
        Self::Unknown(value)
    }
}

impl<'de> serde::Deserialize<'de> for Event {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        match codec::tag_of(&value, "event") {
            Some("EventCreated") => codec::variant(value).map(Self::Created),
            Some("EventUnknown") => codec::variant(value).map(Self::Unknown),
            Some(_) => Ok(Self::UnknownValue(value)),
            None => Err(codec::missing_tag("Event", "event")),
        }
    }
}
