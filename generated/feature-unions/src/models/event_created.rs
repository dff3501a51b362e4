// @generated from specs/features/unions.yaml by the generator; do not edit.
//! [`EventCreated`] and the types nested in it, from `#/components/schemas/EventCreated`.

/// The `EventCreated` schema, which the spec does not describe (`#/components/schemas/EventCreated`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EventCreated {
    /// The `event` property, which the spec does not describe (`#/components/schemas/EventCreated/properties/event`).
    pub event: String,
    /// The `id` property, which the spec does not describe (`#/components/schemas/EventCreated/properties/id`).
    pub id: String,
}
