// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ArParams`] and the types nested in it, from `#/components/schemas/ArParams`.

use crate::runtime::{self, deserialize_struct};

/// The `ArParams` schema, which the spec does not describe (`#/components/schemas/ArParams`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct ArParams {
    /// The `type` property, which the spec does not describe (`#/components/schemas/ArParams/properties/type`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub r#type: Option<super::Type837Enum>,
    /// The `task` property, which the spec does not describe (`#/components/schemas/ArParams/properties/task`).
    pub task: i64,
    /// The `job` property, which the spec does not describe (`#/components/schemas/ArParams/properties/job`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub job: Option<i64>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/ArParams/properties/frame`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub frame: Option<i64>,
    /// The `threshold` property, which the spec does not describe (`#/components/schemas/ArParams/properties/threshold`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub threshold: Option<f64>,
    /// The `cleanup` property, which the spec does not describe (`#/components/schemas/ArParams/properties/cleanup`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub cleanup: Option<bool>,
    /// The `conv_mask_to_poly` property, which the spec does not describe (`#/components/schemas/ArParams/properties/conv_mask_to_poly`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub conv_mask_to_poly: Option<bool>,
    /// The `mapping` property, which the spec does not describe (`#/components/schemas/ArParams/properties/mapping`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub mapping: Option<std::collections::BTreeMap<String, super::LabelMappingEntry>>,
    /// The `pos_points` property, which the spec does not describe (`#/components/schemas/ArParams/properties/pos_points`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub pos_points: Option<Vec<Vec<f64>>>,
    /// The `neg_points` property, which the spec does not describe (`#/components/schemas/ArParams/properties/neg_points`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub neg_points: Option<Vec<Vec<f64>>>,
    /// The `obj_bbox` property, which the spec does not describe (`#/components/schemas/ArParams/properties/obj_bbox`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub obj_bbox: Option<Vec<Vec<f64>>>,
    /// The `roi` property, which the spec does not describe (`#/components/schemas/ArParams/properties/roi`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub roi: Option<Vec<i64>>,
    /// The `shapes` property, which the spec does not describe (`#/components/schemas/ArParams/properties/shapes`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub shapes: Option<Vec<super::Shape>>,
    /// The `states` property, which the spec does not describe (`#/components/schemas/ArParams/properties/states`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub states: Option<Vec<String>>,
}

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
