// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SubLabeledShape`] and the types nested in it, from `#/components/schemas/SubLabeledShape`.

use crate::runtime::{self, deserialize_struct};

/// The `SubLabeledShape` schema, which the spec does not describe (`#/components/schemas/SubLabeledShape`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SubLabeledShape {
    /// The `type` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/type`).
    pub r#type: super::ShapeType,
    /// The `occluded` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/occluded`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub occluded: Option<bool>,
    /// The `outside` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/outside`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub outside: Option<bool>,
    /// The `z_order` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/z_order`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub z_order: Option<i64>,
    /// The `rotation` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/rotation`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub rotation: Option<f64>,
    /// The `points` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/points`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub points: Option<Vec<f64>>,
    /// The `id` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/id`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<i64>,
    /// The `label_id` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/label_id`).
    pub label_id: i64,
    /// The `group` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/group`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub group: Option<i64>,
    /// The `source` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/source`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub source: Option<String>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/frame`).
    pub frame: i64,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/attributes`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub attributes: Option<Vec<super::AttributeVal>>,
    /// The `score` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/score`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub score: Option<f64>,
}

deserialize_struct!(
    runtime,
    SubLabeledShape {
        r#type: required::<super::ShapeType>("type"),
        occluded: optional::<Option<bool>>("occluded"),
        outside: optional::<Option<bool>>("outside"),
        z_order: optional::<Option<i64>>("z_order"),
        rotation: optional::<Option<f64>>("rotation"),
        points: optional::<Option<Vec<f64>>>("points"),
        id: optional::<Option<i64>>("id"),
        label_id: required::<i64>("label_id"),
        group: optional::<Option<i64>>("group"),
        source: optional::<Option<String>>("source"),
        frame: required::<i64>("frame"),
        attributes: optional::<Option<Vec<super::AttributeVal>>>("attributes"),
        score: optional::<Option<f64>>("score")
    }
);
