// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ClientEvents`] and the types nested in it, from `#/components/schemas/ClientEvents`.

use crate::runtime::{self, deserialize_struct};

/// The `ClientEvents` schema, which the spec does not describe (`#/components/schemas/ClientEvents`).
#[derive(Clone, Debug, PartialEq)]
pub struct ClientEvents {
    /// The `events` property, which the spec does not describe (`#/components/schemas/ClientEvents/properties/events`).
    pub events: Option<Vec<super::Event>>,
    /// The `timestamp` property, which the spec does not describe (`#/components/schemas/ClientEvents/properties/timestamp`).
    pub timestamp: chrono::DateTime<chrono::Utc>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ClientEvents { events: optional("events"), timestamp: required("timestamp") }
);

deserialize_struct!(
    runtime,
    ClientEvents {
        events: optional::<Option<Vec<super::Event>>>("events"),
        timestamp: required::<chrono::DateTime<chrono::Utc>>("timestamp")
    }
);
