// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`GenericSource`] and the types nested in it, from `#/components/schemas/GenericSource`.

/// Generic source
///
/// A generic event source type.
pub type GenericSource = std::collections::BTreeMap<String, serde_json::Value>;
