// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`GenericSourceValueField`] and the types nested in it, from `#/components/schemas/GenericSource/additionalProperties`.

#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
pub struct GenericSourceValueField {}

/// Generic source
///
/// A generic event source type.
pub type GenericSource = std::collections::BTreeMap<String, super::GenericSourceValueField>;
