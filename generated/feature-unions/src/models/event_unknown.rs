// @generated from specs/features/unions.yaml by the generator; do not edit.
//! [`EventUnknown`] and the types nested in it, from `#/components/schemas/EventUnknown`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// The `EventUnknown` schema, which the spec does not describe (`#/components/schemas/EventUnknown`).
#[derive(Clone, Debug, PartialEq)]
pub struct EventUnknown {
    /// The `event` property, which the spec does not describe (`#/components/schemas/EventUnknown/properties/event`).
    pub event: String,
    /// The `detail` property, which the spec does not describe (`#/components/schemas/EventUnknown/properties/detail`).
    pub detail: Option<String>,
}

serialize_struct!(runtime, EventUnknown { event: required("event"), detail: optional("detail") });

deserialize_struct!(
    runtime,
    EventUnknown { event: required::<String>("event"), detail: optional::<Option<String>>("detail") }
);
