// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabeledData`] and the types nested in it, from `#/components/schemas/LabeledData`.

#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
pub struct LabeledData {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<super::LabeledImage>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shapes: Option<Vec<super::LabeledShape>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracks: Option<Vec<super::LabeledTrack>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intervals: Option<Vec<super::LabeledInterval>>,
}
