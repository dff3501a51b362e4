// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabeledData`] and the types nested in it, from `#/components/schemas/LabeledData`.

/// The `LabeledData` schema, which the spec does not describe (`#/components/schemas/LabeledData`).
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct LabeledData {
    /// The `version` property, which the spec does not describe (`#/components/schemas/LabeledData/properties/version`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// The `tags` property, which the spec does not describe (`#/components/schemas/LabeledData/properties/tags`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<super::LabeledImage>>,
    /// The `shapes` property, which the spec does not describe (`#/components/schemas/LabeledData/properties/shapes`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shapes: Option<Vec<super::LabeledShape>>,
    /// The `tracks` property, which the spec does not describe (`#/components/schemas/LabeledData/properties/tracks`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracks: Option<Vec<super::LabeledTrack>>,
    /// The `intervals` property, which the spec does not describe (`#/components/schemas/LabeledData/properties/intervals`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intervals: Option<Vec<super::LabeledInterval>>,
}
