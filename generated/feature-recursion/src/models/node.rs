// @generated from specs/features/recursion.yaml by the generator; do not edit.
//! [`Node`] and the types nested in it, from `#/components/schemas/Node`.

use crate::runtime::{self, deserialize_struct};

/// A tree; children are behind a Vec, the parent needs a Box.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// The `name` property, which the spec does not describe (`#/components/schemas/Node/properties/name`).
    pub name: String,
    /// The `parent` property, which the spec does not describe (`#/components/schemas/Node/properties/parent`).
    pub parent: Option<Box<super::Node>>,
    /// The `children` property, which the spec does not describe (`#/components/schemas/Node/properties/children`).
    pub children: Option<Vec<super::Node>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Node { name: required("name"), parent: optional("parent"), children: optional("children") }
);

deserialize_struct!(
    runtime,
    Node {
        name: required::<String>("name"),
        parent: optional::<Option<Box<super::Node>>>("parent"),
        children: optional::<Option<Vec<super::Node>>>("children")
    }
);
