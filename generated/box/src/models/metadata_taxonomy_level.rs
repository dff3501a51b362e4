// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataTaxonomyLevel`] and the types nested in it, from `#/components/schemas/MetadataTaxonomyLevel`.

/// Metadata taxonomy level
///
/// A level in the metadata taxonomy represents a hierarchical category
/// within the taxonomy structure.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MetadataTaxonomyLevel {
    /// The display name of the level as it is shown to the user.
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// A description of the level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// An index of the level within the taxonomy. Levels are indexed starting from 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<i32>,
}
