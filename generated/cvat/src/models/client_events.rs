// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ClientEvents`] and the types nested in it, from `#/components/schemas/ClientEvents`.

use crate::runtime::{self, deserialize_struct};

/// The `ClientEvents` schema, which the spec does not describe (`#/components/schemas/ClientEvents`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct ClientEvents {
    /// The `events` property, which the spec does not describe (`#/components/schemas/ClientEvents/properties/events`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub events: Option<Vec<super::Event>>,
    /// The `timestamp` property, which the spec does not describe (`#/components/schemas/ClientEvents/properties/timestamp`).
    pub timestamp: chrono::DateTime<chrono::Utc>,
}

deserialize_struct!(
    runtime,
    ClientEvents {
        events: optional::<Option<Vec<super::Event>>>("events"),
        timestamp: required::<chrono::DateTime<chrono::Utc>>("timestamp")
    }
);
