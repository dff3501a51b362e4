// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ArParams`] and the types nested in it, from `#/components/schemas/ArParams`.

/// The `ArParams` schema, which the spec does not describe (`#/components/schemas/ArParams`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct ArParams {
    /// The `type` property, which the spec does not describe (`#/components/schemas/ArParams/properties/type`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::Type837Enum>,
    /// The `task` property, which the spec does not describe (`#/components/schemas/ArParams/properties/task`).
    pub task: i64,
    /// The `job` property, which the spec does not describe (`#/components/schemas/ArParams/properties/job`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job: Option<i64>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/ArParams/properties/frame`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frame: Option<i64>,
    /// The `threshold` property, which the spec does not describe (`#/components/schemas/ArParams/properties/threshold`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
    /// The `cleanup` property, which the spec does not describe (`#/components/schemas/ArParams/properties/cleanup`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cleanup: Option<bool>,
    /// The `conv_mask_to_poly` property, which the spec does not describe (`#/components/schemas/ArParams/properties/conv_mask_to_poly`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conv_mask_to_poly: Option<bool>,
    /// The `mapping` property, which the spec does not describe (`#/components/schemas/ArParams/properties/mapping`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mapping: Option<std::collections::BTreeMap<String, super::LabelMappingEntry>>,
    /// The `pos_points` property, which the spec does not describe (`#/components/schemas/ArParams/properties/pos_points`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pos_points: Option<Vec<Vec<f64>>>,
    /// The `neg_points` property, which the spec does not describe (`#/components/schemas/ArParams/properties/neg_points`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub neg_points: Option<Vec<Vec<f64>>>,
    /// The `obj_bbox` property, which the spec does not describe (`#/components/schemas/ArParams/properties/obj_bbox`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub obj_bbox: Option<Vec<Vec<f64>>>,
    /// The `roi` property, which the spec does not describe (`#/components/schemas/ArParams/properties/roi`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roi: Option<Vec<i64>>,
    /// The `shapes` property, which the spec does not describe (`#/components/schemas/ArParams/properties/shapes`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shapes: Option<Vec<super::Shape>>,
    /// The `states` property, which the spec does not describe (`#/components/schemas/ArParams/properties/states`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub states: Option<Vec<String>>,
}
