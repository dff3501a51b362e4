// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SubLabeledTrack`] and the types nested in it, from `#/components/schemas/SubLabeledTrack`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct SubLabeledTrack {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    pub label_id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    pub frame: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<super::AttributeVal>>,
    pub shapes: Vec<super::TrackedShape>,
}
