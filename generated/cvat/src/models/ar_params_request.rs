// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ArParamsRequest`] and the types nested in it, from `#/components/schemas/ArParamsRequest`.

use crate::runtime::{self, serialize_struct};

/// The `ArParamsRequest` schema, which the spec does not describe (`#/components/schemas/ArParamsRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct ArParamsRequest {
    /// The `type` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/type`).
    pub r#type: Option<super::Type837Enum>,
    /// The `task` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/task`).
    pub task: i64,
    /// The `job` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/job`).
    pub job: Option<i64>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/frame`).
    pub frame: Option<i64>,
    /// The `threshold` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/threshold`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub threshold: Option<Option<f64>>,
    /// The `cleanup` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/cleanup`).
    pub cleanup: Option<bool>,
    /// The `conv_mask_to_poly` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/conv_mask_to_poly`).
    pub conv_mask_to_poly: Option<bool>,
    /// The `mapping` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/mapping`).
    pub mapping: Option<std::collections::BTreeMap<String, super::LabelMappingEntryRequest>>,
    /// The `pos_points` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/pos_points`).
    pub pos_points: Option<Vec<Vec<f64>>>,
    /// The `neg_points` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/neg_points`).
    pub neg_points: Option<Vec<Vec<f64>>>,
    /// The `obj_bbox` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/obj_bbox`).
    pub obj_bbox: Option<Vec<Vec<f64>>>,
    /// The `roi` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/roi`).
    pub roi: Option<Vec<i64>>,
    /// The `shapes` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/shapes`).
    pub shapes: Option<Vec<super::ShapeRequest>>,
    /// The `states` property, which the spec does not describe (`#/components/schemas/ArParamsRequest/properties/states`).
    pub states: Option<Vec<String>>,
}

serialize_struct!(
    runtime,
    ArParamsRequest {
        r#type: optional("type"),
        task: required("task"),
        job: optional("job"),
        frame: optional("frame"),
        threshold: nullable("threshold"),
        cleanup: optional("cleanup"),
        conv_mask_to_poly: optional("conv_mask_to_poly"),
        mapping: optional("mapping"),
        pos_points: optional("pos_points"),
        neg_points: optional("neg_points"),
        obj_bbox: optional("obj_bbox"),
        roi: optional("roi"),
        shapes: optional("shapes"),
        states: optional("states")
    }
);

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
