// @generated from specs/features/recursion.yaml by the generator; do not edit.
//! [`Node`] and the types nested in it, from `#/components/schemas/Node`.

/// A tree; children are behind a Vec, the parent needs a Box.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Node {
    /// The `name` property, which the spec does not describe (`#/components/schemas/Node/properties/name`).
    pub name: String,
    /// The `parent` property, which the spec does not describe (`#/components/schemas/Node/properties/parent`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Box<super::Node>>,
    /// The `children` property, which the spec does not describe (`#/components/schemas/Node/properties/children`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<super::Node>>,
}
