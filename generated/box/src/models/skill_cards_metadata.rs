// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SkillCardsMetadata`] and the types nested in it, from `#/components/schemas/SkillCardsMetadata`.

use crate::runtime::{self, deserialize_struct};

/// Skills metadata instance
///
/// The metadata assigned to a using for Box skills.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SkillCardsMetadata {
    /// Whether the user can edit this metadata.
    #[cfg_attr(feature = "serde-both-ways", serde(rename = "$canEdit", skip_serializing_if = "Option::is_none"))]
    pub can_edit: Option<bool>,
    /// A UUID to identify the metadata object.
    #[cfg_attr(feature = "serde-both-ways", serde(rename = "$id", skip_serializing_if = "Option::is_none"))]
    pub id: Option<uuid::Uuid>,
    /// An ID for the parent folder.
    #[cfg_attr(feature = "serde-both-ways", serde(rename = "$parent", skip_serializing_if = "Option::is_none"))]
    pub parent: Option<String>,
    /// An ID for the scope in which this template
    /// has been applied.
    #[cfg_attr(feature = "serde-both-ways", serde(rename = "$scope", skip_serializing_if = "Option::is_none"))]
    pub scope: Option<String>,
    /// The name of the template.
    #[cfg_attr(feature = "serde-both-ways", serde(rename = "$template", skip_serializing_if = "Option::is_none"))]
    pub template: Option<String>,
    /// A unique identifier for the "type" of this instance. This is an internal
    /// system property and should not be used by a client application.
    #[cfg_attr(feature = "serde-both-ways", serde(rename = "$type", skip_serializing_if = "Option::is_none"))]
    pub r#type: Option<String>,
    /// The last-known version of the template of the object. This is an internal
    /// system property and should not be used by a client application.
    #[cfg_attr(feature = "serde-both-ways", serde(rename = "$typeVersion", skip_serializing_if = "Option::is_none"))]
    pub type_version: Option<i64>,
    /// The version of the metadata object. Starts at 0 and increases every time
    /// a user-defined property is modified.
    #[cfg_attr(feature = "serde-both-ways", serde(rename = "$version", skip_serializing_if = "Option::is_none"))]
    pub version: Option<i64>,
    /// A list of Box Skill cards that have been applied to this file.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub cards: Option<Vec<super::SkillCard>>,
}

deserialize_struct!(
    runtime,
    SkillCardsMetadata {
        can_edit: optional::<Option<bool>>("$canEdit"),
        id: optional::<Option<uuid::Uuid>>("$id"),
        parent: optional::<Option<String>>("$parent"),
        scope: optional::<Option<String>>("$scope"),
        template: optional::<Option<String>>("$template"),
        r#type: optional::<Option<String>>("$type"),
        type_version: optional::<Option<i64>>("$typeVersion"),
        version: optional::<Option<i64>>("$version"),
        cards: optional::<Option<Vec<super::SkillCard>>>("cards")
    }
);
