// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ArParams`] and the types nested in it, from `#/components/schemas/ArParams`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ArParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::Type837Enum>,
    pub task: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frame: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cleanup: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conv_mask_to_poly: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mapping: Option<std::collections::BTreeMap<String, super::LabelMappingEntry>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pos_points: Option<Vec<Vec<f64>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub neg_points: Option<Vec<Vec<f64>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub obj_bbox: Option<Vec<Vec<f64>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roi: Option<Vec<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shapes: Option<Vec<super::Shape>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub states: Option<Vec<String>>,
}
