// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SkillCard`] and the types nested in it, from `#/components/schemas/SkillCard`.

use crate::runtime::codec;

/// Box Skill card
///
/// Box Skill card.
///
/// Decoded by the value of its `skill_card_type` property; a value that no variant declares is kept in [`Self::Unknown`].
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum SkillCard {
    /// The `KeywordSkillCard` alternative (`#/components/schemas/SkillCard/oneOf/0`).
    KeywordSkillCard(super::KeywordSkillCard),
    /// The `TimelineSkillCard` alternative (`#/components/schemas/SkillCard/oneOf/1`).
    TimelineSkillCard(super::TimelineSkillCard),
    /// The `TranscriptSkillCard` alternative (`#/components/schemas/SkillCard/oneOf/2`).
    TranscriptSkillCard(super::TranscriptSkillCard),
    /// The `StatusSkillCard` alternative (`#/components/schemas/SkillCard/oneOf/3`).
    StatusSkillCard(super::StatusSkillCard),
    /// A value whose `skill_card_type` this version of the SDK does not know, kept whole as received.
    Unknown(serde_json::Value),
}

impl From<super::KeywordSkillCard> for SkillCard {
    fn from(value: super::KeywordSkillCard) -> Self {
        Self::KeywordSkillCard(value)
    }
}

impl From<super::TimelineSkillCard> for SkillCard {
    fn from(value: super::TimelineSkillCard) -> Self {
        Self::TimelineSkillCard(value)
    }
}

impl From<super::TranscriptSkillCard> for SkillCard {
    fn from(value: super::TranscriptSkillCard) -> Self {
        Self::TranscriptSkillCard(value)
    }
}

impl From<super::StatusSkillCard> for SkillCard {
    fn from(value: super::StatusSkillCard) -> Self {
        Self::StatusSkillCard(value)
    }
}

impl<'de> serde::Deserialize<'de> for SkillCard {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        match codec::tag_of(&value, "skill_card_type") {
            Some("keyword") => codec::variant(value).map(Self::KeywordSkillCard),
            Some("timeline") => codec::variant(value).map(Self::TimelineSkillCard),
            Some("transcript") => codec::variant(value).map(Self::TranscriptSkillCard),
            Some("status") => codec::variant(value).map(Self::StatusSkillCard),
            Some(_) => Ok(Self::Unknown(value)),
            None => Err(codec::missing_tag("SkillCard", "skill_card_type")),
        }
    }
}
