// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabeledDataRequest`] and the types nested in it, from `#/components/schemas/LabeledDataRequest`.

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct LabeledDataRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<super::LabeledImageRequest>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shapes: Option<Vec<super::LabeledShapeRequest>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracks: Option<Vec<super::LabeledTrackRequest>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intervals: Option<Vec<super::LabeledIntervalRequest>>,
}
