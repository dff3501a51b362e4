// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedLabeledDataRequest`] and the types nested in it, from `#/components/schemas/PatchedLabeledDataRequest`.

/// The `PatchedLabeledDataRequest` schema, which the spec does not describe (`#/components/schemas/PatchedLabeledDataRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedLabeledDataRequest {
    /// The `version` property, which the spec does not describe (`#/components/schemas/PatchedLabeledDataRequest/properties/version`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// The `tags` property, which the spec does not describe (`#/components/schemas/PatchedLabeledDataRequest/properties/tags`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<super::LabeledImageRequest>>,
    /// The `shapes` property, which the spec does not describe (`#/components/schemas/PatchedLabeledDataRequest/properties/shapes`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shapes: Option<Vec<super::LabeledShapeRequest>>,
    /// The `tracks` property, which the spec does not describe (`#/components/schemas/PatchedLabeledDataRequest/properties/tracks`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracks: Option<Vec<super::LabeledTrackRequest>>,
    /// The `intervals` property, which the spec does not describe (`#/components/schemas/PatchedLabeledDataRequest/properties/intervals`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intervals: Option<Vec<super::LabeledIntervalRequest>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedLabeledDataRequest {
        version: optional::<Option<i64>>("version"),
        tags: optional::<Option<Vec<super::LabeledImageRequest>>>("tags"),
        shapes: optional::<Option<Vec<super::LabeledShapeRequest>>>("shapes"),
        tracks: optional::<Option<Vec<super::LabeledTrackRequest>>>("tracks"),
        intervals: optional::<Option<Vec<super::LabeledIntervalRequest>>>("intervals")
    }
);
