// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SkillCardsMetadata`] and the types nested in it, from `#/components/schemas/SkillCardsMetadata`.

use crate::runtime::{self, deserialize_struct};

/// Skills metadata instance
///
/// The metadata assigned to a using for Box skills.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SkillCardsMetadata {
    /// Whether the user can edit this metadata.
    pub can_edit: Option<bool>,
    /// A UUID to identify the metadata object.
    pub id: Option<uuid::Uuid>,
    /// An ID for the parent folder.
    pub parent: Option<String>,
    /// An ID for the scope in which this template
    /// has been applied.
    pub scope: Option<String>,
    /// The name of the template.
    pub template: Option<String>,
    /// A unique identifier for the "type" of this instance. This is an internal
    /// system property and should not be used by a client application.
    pub r#type: Option<String>,
    /// The last-known version of the template of the object. This is an internal
    /// system property and should not be used by a client application.
    pub type_version: Option<i64>,
    /// The version of the metadata object. Starts at 0 and increases every time
    /// a user-defined property is modified.
    pub version: Option<i64>,
    /// A list of Box Skill cards that have been applied to this file.
    pub cards: Option<Vec<super::SkillCard>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SkillCardsMetadata {
        can_edit: optional("$canEdit"),
        id: optional("$id"),
        parent: optional("$parent"),
        scope: optional("$scope"),
        template: optional("$template"),
        r#type: optional("$type"),
        type_version: optional("$typeVersion"),
        version: optional("$version"),
        cards: optional("cards")
    }
);

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
