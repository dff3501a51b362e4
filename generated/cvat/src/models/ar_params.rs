// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ArParams`] and the types nested in it, from `#/components/schemas/ArParams`.

use crate::runtime::{self, deserialize_struct};

/// The `ArParams` schema, which the spec does not describe (`#/components/schemas/ArParams`).
#[derive(Clone, Debug, PartialEq)]
pub struct ArParams {
    /// The `type` property, which the spec does not describe (`#/components/schemas/ArParams/properties/type`).
    pub r#type: Option<super::Type837Enum>,
    /// The `task` property, which the spec does not describe (`#/components/schemas/ArParams/properties/task`).
    pub task: i64,
    /// The `job` property, which the spec does not describe (`#/components/schemas/ArParams/properties/job`).
    pub job: Option<i64>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/ArParams/properties/frame`).
    pub frame: Option<i64>,
    /// The `threshold` property, which the spec does not describe (`#/components/schemas/ArParams/properties/threshold`).
    pub threshold: Option<f64>,
    /// The `cleanup` property, which the spec does not describe (`#/components/schemas/ArParams/properties/cleanup`).
    pub cleanup: Option<bool>,
    /// The `conv_mask_to_poly` property, which the spec does not describe (`#/components/schemas/ArParams/properties/conv_mask_to_poly`).
    pub conv_mask_to_poly: Option<bool>,
    /// The `mapping` property, which the spec does not describe (`#/components/schemas/ArParams/properties/mapping`).
    pub mapping: Option<std::collections::BTreeMap<String, super::LabelMappingEntry>>,
    /// The `pos_points` property, which the spec does not describe (`#/components/schemas/ArParams/properties/pos_points`).
    pub pos_points: Option<Vec<Vec<f64>>>,
    /// The `neg_points` property, which the spec does not describe (`#/components/schemas/ArParams/properties/neg_points`).
    pub neg_points: Option<Vec<Vec<f64>>>,
    /// The `obj_bbox` property, which the spec does not describe (`#/components/schemas/ArParams/properties/obj_bbox`).
    pub obj_bbox: Option<Vec<Vec<f64>>>,
    /// The `roi` property, which the spec does not describe (`#/components/schemas/ArParams/properties/roi`).
    pub roi: Option<Vec<i64>>,
    /// The `shapes` property, which the spec does not describe (`#/components/schemas/ArParams/properties/shapes`).
    pub shapes: Option<Vec<super::Shape>>,
    /// The `states` property, which the spec does not describe (`#/components/schemas/ArParams/properties/states`).
    pub states: Option<Vec<String>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ArParams {
        r#type: optional("type"),
        task: required("task"),
        job: optional("job"),
        frame: optional("frame"),
        threshold: optional("threshold"),
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

deserialize_struct!(
    runtime,
    ArParams {
        r#type: optional::<Option<super::Type837Enum>>("type"),
        task: required::<i64>("task"),
        job: optional::<Option<i64>>("job"),
        frame: optional::<Option<i64>>("frame"),
        threshold: optional::<Option<f64>>("threshold"),
        cleanup: optional::<Option<bool>>("cleanup"),
        conv_mask_to_poly: optional::<Option<bool>>("conv_mask_to_poly"),
        mapping: optional::<Option<std::collections::BTreeMap<String, super::LabelMappingEntry>>>("mapping"),
        pos_points: optional::<Option<Vec<Vec<f64>>>>("pos_points"),
        neg_points: optional::<Option<Vec<Vec<f64>>>>("neg_points"),
        obj_bbox: optional::<Option<Vec<Vec<f64>>>>("obj_bbox"),
        roi: optional::<Option<Vec<i64>>>("roi"),
        shapes: optional::<Option<Vec<super::Shape>>>("shapes"),
        states: optional::<Option<Vec<String>>>("states")
    }
);
