// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ArParamsRequest`] and the types nested in it, from `#/components/schemas/ArParamsRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ArParamsRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::Type837Enum>,
    pub task: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frame: Option<i64>,
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub threshold: Option<Option<f64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cleanup: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conv_mask_to_poly: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mapping: Option<std::collections::BTreeMap<String, super::LabelMappingEntryRequest>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pos_points: Option<Vec<Vec<f64>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub neg_points: Option<Vec<Vec<f64>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub obj_bbox: Option<Vec<Vec<f64>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roi: Option<Vec<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shapes: Option<Vec<super::ShapeRequest>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub states: Option<Vec<String>>,
}
