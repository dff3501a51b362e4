// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataTaxonomy`] and the types nested in it, from `#/components/schemas/MetadataTaxonomy`.

use crate::runtime::{self, deserialize_struct};

/// Metadata taxonomy
///
/// A taxonomy object for metadata that can be used in metadata templates.
#[derive(Clone, Debug, PartialEq)]
pub struct MetadataTaxonomy {
    /// A unique identifier of the metadata taxonomy.
    pub id: String,
    /// A unique identifier of the metadata taxonomy. The identifier must be unique within
    /// the namespace to which it belongs.
    pub key: Option<String>,
    /// The display name of the metadata taxonomy. This can be seen in the Box web app.
    pub display_name: String,
    /// A namespace that the metadata taxonomy is associated with.
    pub namespace: String,
    /// Levels of the metadata taxonomy.
    pub levels: Option<Vec<super::MetadataTaxonomyLevel>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    MetadataTaxonomy {
        id: required("id"),
        key: optional("key"),
        display_name: required("displayName"),
        namespace: required("namespace"),
        levels: optional("levels")
    }
);

deserialize_struct!(
    runtime,
    MetadataTaxonomy {
        id: required::<String>("id"),
        key: optional::<Option<String>>("key"),
        display_name: required::<String>("displayName"),
        namespace: required::<String>("namespace"),
        levels: optional::<Option<Vec<super::MetadataTaxonomyLevel>>>("levels")
    }
);
