// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Events`] and the types nested in it, from `#/components/schemas/Events`.

use crate::runtime::{self, deserialize_struct};

/// The `Events` schema, which the spec does not describe (`#/components/schemas/Events`).
#[derive(Clone, Debug, PartialEq)]
pub struct Events {
    /// The `webhook_type` property, which the spec does not describe (`#/components/schemas/Events/properties/webhook_type`).
    pub webhook_type: super::WebhookType,
    /// The `events` property, which the spec does not describe (`#/components/schemas/Events/properties/events`).
    pub events: Vec<super::EventsEnum>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Events { webhook_type: required("webhook_type"), events: required("events") }
);

deserialize_struct!(
    runtime,
    Events {
        webhook_type: required::<super::WebhookType>("webhook_type"),
        events: required::<Vec<super::EventsEnum>>("events")
    }
);
