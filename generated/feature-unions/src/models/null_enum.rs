// @generated from specs/features/unions.yaml by the generator; do not edit.
//! [`NullEnum`] and the types nested in it, from `#/components/schemas/NullEnum`.

/// The `NullEnum` schema, which the spec does not describe (`#/components/schemas/NullEnum`).
pub type NullEnum = serde_json::Value;
