// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SkillCardsMetadata`] and the types nested in it, from `#/components/schemas/SkillCardsMetadata`.

/// Skills metadata instance
///
/// The metadata assigned to a using for Box skills.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SkillCardsMetadata {
    /// Whether the user can edit this metadata.
    #[serde(rename = "$canEdit", default, skip_serializing_if = "Option::is_none")]
    pub can_edit: Option<bool>,
    /// A UUID to identify the metadata object.
    #[serde(rename = "$id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<uuid::Uuid>,
    /// An ID for the parent folder.
    #[serde(rename = "$parent", default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// An ID for the scope in which this template
    /// has been applied.
    #[serde(rename = "$scope", default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// The name of the template.
    #[serde(rename = "$template", default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    /// A unique identifier for the "type" of this instance. This is an internal
    /// system property and should not be used by a client application.
    #[serde(rename = "$type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The last-known version of the template of the object. This is an internal
    /// system property and should not be used by a client application.
    #[serde(rename = "$typeVersion", default, skip_serializing_if = "Option::is_none")]
    pub type_version: Option<i64>,
    /// The version of the metadata object. Starts at 0 and increases every time
    /// a user-defined property is modified.
    #[serde(rename = "$version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// A list of Box Skill cards that have been applied to this file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cards: Option<Vec<super::SkillCard>>,
}
