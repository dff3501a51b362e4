// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataTaxonomyAncestor`] and the types nested in it, from `#/components/schemas/MetadataTaxonomyAncestor`.

use crate::runtime::{self, deserialize_struct};

/// Metadata taxonomy ancestor
///
/// A node object in the metadata taxonomy that represents an ancestor.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MetadataTaxonomyAncestor {
    /// A unique identifier of the metadata taxonomy node.
    pub id: Option<String>,
    /// The display name of the metadata taxonomy node.
    pub display_name: Option<String>,
    /// An index of the level to which the node belongs.
    pub level: Option<i64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    MetadataTaxonomyAncestor { id: optional("id"), display_name: optional("displayName"), level: optional("level") }
);

deserialize_struct!(
    runtime,
    MetadataTaxonomyAncestor {
        id: optional::<Option<String>>("id"),
        display_name: optional::<Option<String>>("displayName"),
        level: optional::<Option<i64>>("level")
    }
);
