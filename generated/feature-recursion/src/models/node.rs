// @generated from specs/features/recursion.yaml by the generator; do not edit.
//! [`Node`] and the types nested in it, from `#/components/schemas/Node`.

/// A tree; children are behind a Vec, the parent needs a Box.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Node {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Box<super::Node>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<super::Node>>,
}
