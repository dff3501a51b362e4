// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataTaxonomyNode`] and the types nested in it, from `#/components/schemas/MetadataTaxonomyNode`.

use crate::runtime::{self, deserialize_struct};

/// Metadata taxonomy node
///
/// A node object for metadata taxonomy that can be used in metadata templates.
#[derive(Clone, Debug, PartialEq)]
pub struct MetadataTaxonomyNode {
    /// A unique identifier of the metadata taxonomy node.
    pub id: String,
    /// The display name of the metadata taxonomy node.
    pub display_name: String,
    /// An index of the level to which the node belongs.
    pub level: i64,
    /// The identifier of the parent node.
    pub parent_id: Option<String>,
    /// An array of identifiers for all ancestor nodes.
    /// Not returned for root-level nodes.
    pub node_path: Option<Vec<String>>,
    /// An array of objects for all ancestor nodes.
    /// Not returned for root-level nodes.
    pub ancestors: Option<Vec<super::MetadataTaxonomyAncestor>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    MetadataTaxonomyNode {
        id: required("id"),
        display_name: required("displayName"),
        level: required("level"),
        parent_id: optional("parentId"),
        node_path: optional("nodePath"),
        ancestors: optional("ancestors")
    }
);

deserialize_struct!(
    runtime,
    MetadataTaxonomyNode {
        id: required::<String>("id"),
        display_name: required::<String>("displayName"),
        level: required::<i64>("level"),
        parent_id: optional::<Option<String>>("parentId"),
        node_path: optional::<Option<Vec<String>>>("nodePath"),
        ancestors: optional::<Option<Vec<super::MetadataTaxonomyAncestor>>>("ancestors")
    }
);
