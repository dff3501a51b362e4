// @generated from specs/features/recursion.yaml by the generator; do not edit.
//! [`Node`] and the types nested in it, from `#/components/schemas/Node`.

use crate::runtime::{self, deserialize_struct};

/// A tree; children are behind a Vec, the parent needs a Box.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Node {
    /// The `name` property, which the spec does not describe (`#/components/schemas/Node/properties/name`).
    pub name: String,
    /// The `parent` property, which the spec does not describe (`#/components/schemas/Node/properties/parent`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub parent: Option<Box<super::Node>>,
    /// The `children` property, which the spec does not describe (`#/components/schemas/Node/properties/children`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub children: Option<Vec<super::Node>>,
}

deserialize_struct!(
    runtime,
    Node {
        name: required::<String>("name"),
        parent: optional::<Option<Box<super::Node>>>("parent"),
        children: optional::<Option<Vec<super::Node>>>("children")
    }
);
