// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabeledDataRequest`] and the types nested in it, from `#/components/schemas/LabeledDataRequest`.

/// The `LabeledDataRequest` schema, which the spec does not describe (`#/components/schemas/LabeledDataRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct LabeledDataRequest {
    /// The `version` property, which the spec does not describe (`#/components/schemas/LabeledDataRequest/properties/version`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// The `tags` property, which the spec does not describe (`#/components/schemas/LabeledDataRequest/properties/tags`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<super::LabeledImageRequest>>,
    /// The `shapes` property, which the spec does not describe (`#/components/schemas/LabeledDataRequest/properties/shapes`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shapes: Option<Vec<super::LabeledShapeRequest>>,
    /// The `tracks` property, which the spec does not describe (`#/components/schemas/LabeledDataRequest/properties/tracks`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracks: Option<Vec<super::LabeledTrackRequest>>,
    /// The `intervals` property, which the spec does not describe (`#/components/schemas/LabeledDataRequest/properties/intervals`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intervals: Option<Vec<super::LabeledIntervalRequest>>,
}
