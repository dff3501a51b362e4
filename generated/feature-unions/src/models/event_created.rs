// @generated from specs/features/unions.yaml by the generator; do not edit.
//! [`EventCreated`] and the types nested in it, from `#/components/schemas/EventCreated`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// The `EventCreated` schema, which the spec does not describe (`#/components/schemas/EventCreated`).
#[derive(Clone, Debug, PartialEq)]
pub struct EventCreated {
    /// The `event` property, which the spec does not describe (`#/components/schemas/EventCreated/properties/event`).
    pub event: String,
    /// The `id` property, which the spec does not describe (`#/components/schemas/EventCreated/properties/id`).
    pub id: String,
}

serialize_struct!(runtime, EventCreated { event: required("event"), id: required("id") });

deserialize_struct!(runtime, EventCreated { event: required::<String>("event"), id: required::<String>("id") });
