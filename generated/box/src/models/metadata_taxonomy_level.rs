// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataTaxonomyLevel`] and the types nested in it, from `#/components/schemas/MetadataTaxonomyLevel`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// Metadata taxonomy level
///
/// A level in the metadata taxonomy represents a hierarchical category
/// within the taxonomy structure.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MetadataTaxonomyLevel {
    /// The display name of the level as it is shown to the user.
    pub display_name: Option<String>,
    /// A description of the level.
    pub description: Option<String>,
    /// An index of the level within the taxonomy. Levels are indexed starting from 1.
    pub level: Option<i32>,
}

serialize_struct!(
    runtime,
    MetadataTaxonomyLevel {
        display_name: optional("displayName"),
        description: optional("description"),
        level: optional("level")
    }
);

deserialize_struct!(
    runtime,
    MetadataTaxonomyLevel {
        display_name: optional::<Option<String>>("displayName"),
        description: optional::<Option<String>>("description"),
        level: optional::<Option<i32>>("level")
    }
);
