// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ClientEventsRequest`] and the types nested in it, from `#/components/schemas/ClientEventsRequest`.

use crate::runtime::{self, serialize_struct};

/// The `ClientEventsRequest` schema, which the spec does not describe (`#/components/schemas/ClientEventsRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct ClientEventsRequest {
    /// The `events` property, which the spec does not describe (`#/components/schemas/ClientEventsRequest/properties/events`).
    pub events: Option<Vec<super::EventRequest>>,
    /// The `previous_event` property, which the spec does not describe (`#/components/schemas/ClientEventsRequest/properties/previous_event`).
    ///
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub previous_event: Option<Option<super::EventRequest>>,
    /// The `timestamp` property, which the spec does not describe (`#/components/schemas/ClientEventsRequest/properties/timestamp`).
    pub timestamp: chrono::DateTime<chrono::Utc>,
}

serialize_struct!(
    runtime,
    ClientEventsRequest {
        events: optional("events"),
        previous_event: nullable("previous_event"),
        timestamp: required("timestamp")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    ClientEventsRequest {
        events: optional::<Option<Vec<super::EventRequest>>>("events"),
        previous_event: nullable::<Option<super::EventRequest>>("previous_event"),
        timestamp: required::<chrono::DateTime<chrono::Utc>>("timestamp")
    }
);
