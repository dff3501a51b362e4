// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataTaxonomyLevel`] and the types nested in it, from `#/components/schemas/MetadataTaxonomyLevel`.

use crate::runtime::{self, deserialize_struct};

/// Metadata taxonomy level
///
/// A level in the metadata taxonomy represents a hierarchical category
/// within the taxonomy structure.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct MetadataTaxonomyLevel {
    /// The display name of the level as it is shown to the user.
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// A description of the level.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// An index of the level within the taxonomy. Levels are indexed starting from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<i32>,
}

deserialize_struct!(
    runtime,
    MetadataTaxonomyLevel {
        display_name: optional::<Option<String>>("displayName"),
        description: optional::<Option<String>>("description"),
        level: optional::<Option<i32>>("level")
    }
);
