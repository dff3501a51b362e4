// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataTaxonomyAncestor`] and the types nested in it, from `#/components/schemas/MetadataTaxonomyAncestor`.

use crate::runtime::{self, deserialize_struct};

/// Metadata taxonomy ancestor
///
/// A node object in the metadata taxonomy that represents an ancestor.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct MetadataTaxonomyAncestor {
    /// A unique identifier of the metadata taxonomy node.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<String>,
    /// The display name of the metadata taxonomy node.
    #[cfg_attr(feature = "serde-both-ways", serde(rename = "displayName", skip_serializing_if = "Option::is_none"))]
    pub display_name: Option<String>,
    /// An index of the level to which the node belongs.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub level: Option<i64>,
}

deserialize_struct!(
    runtime,
    MetadataTaxonomyAncestor {
        id: optional::<Option<String>>("id"),
        display_name: optional::<Option<String>>("displayName"),
        level: optional::<Option<i64>>("level")
    }
);
