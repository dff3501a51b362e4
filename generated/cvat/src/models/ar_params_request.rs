// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ArParamsRequest`] and the types nested in it, from `#/components/schemas/ArParamsRequest`.

/// The `ArParamsRequest` schema, which the spec does not describe (`#/components/schemas/ArParamsRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ArParamsRequest {
    /// The `type` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/type`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::Type837Enum>,
    /// The `task` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/task`).
    pub task: i64,
    /// The `job` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/job`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job: Option<i64>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/frame`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frame: Option<i64>,
    /// The `threshold` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/threshold`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub threshold: Option<Option<f64>>,
    /// The `cleanup` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/cleanup`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cleanup: Option<bool>,
    /// The `conv_mask_to_poly` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/conv_mask_to_poly`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conv_mask_to_poly: Option<bool>,
    /// The `mapping` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/mapping`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mapping: Option<std::collections::BTreeMap<String, super::LabelMappingEntryRequest>>,
    /// The `pos_points` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/pos_points`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pos_points: Option<Vec<Vec<f64>>>,
    /// The `neg_points` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/neg_points`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub neg_points: Option<Vec<Vec<f64>>>,
    /// The `obj_bbox` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/obj_bbox`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub obj_bbox: Option<Vec<Vec<f64>>>,
    /// The `roi` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/roi`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roi: Option<Vec<i64>>,
    /// The `shapes` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/shapes`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shapes: Option<Vec<super::ShapeRequest>>,
    /// The `states` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/states`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub states: Option<Vec<String>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    ArParamsRequest {
        r#type: optional::<Option<super::Type837Enum>>("type"),
        task: required::<i64>("task"),
        job: optional::<Option<i64>>("job"),
        frame: optional::<Option<i64>>("frame"),
        threshold: nullable::<Option<f64>>("threshold"),
        cleanup: optional::<Option<bool>>("cleanup"),
        conv_mask_to_poly: optional::<Option<bool>>("conv_mask_to_poly"),
        mapping: optional::<Option<std::collections::BTreeMap<String, super::LabelMappingEntryRequest>>>("mapping"),
        pos_points: optional::<Option<Vec<Vec<f64>>>>("pos_points"),
        neg_points: optional::<Option<Vec<Vec<f64>>>>("neg_points"),
        obj_bbox: optional::<Option<Vec<Vec<f64>>>>("obj_bbox"),
        roi: optional::<Option<Vec<i64>>>("roi"),
        shapes: optional::<Option<Vec<super::ShapeRequest>>>("shapes"),
        states: optional::<Option<Vec<String>>>("states")
    }
);
