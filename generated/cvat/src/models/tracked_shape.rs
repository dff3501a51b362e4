// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`TrackedShape`] and the types nested in it, from `#/components/schemas/TrackedShape`.

use crate::runtime::{self, deserialize_struct};

/// The `TrackedShape` schema, which the spec does not describe (`#/components/schemas/TrackedShape`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct TrackedShape {
    /// The `type` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/type`).
    pub r#type: super::ShapeType,
    /// The `occluded` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/occluded`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub occluded: Option<bool>,
    /// The `outside` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/outside`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub outside: Option<bool>,
    /// The `z_order` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/z_order`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub z_order: Option<i64>,
    /// The `rotation` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/rotation`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub rotation: Option<f64>,
    /// The `points` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/points`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub points: Option<Vec<f64>>,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/attributes`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub attributes: Option<Vec<super::AttributeVal>>,
    /// The `id` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/id`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<i64>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/frame`).
    pub frame: i64,
}

deserialize_struct!(
    runtime,
    TrackedShape {
        r#type: required::<super::ShapeType>("type"),
        occluded: optional::<Option<bool>>("occluded"),
        outside: optional::<Option<bool>>("outside"),
        z_order: optional::<Option<i64>>("z_order"),
        rotation: optional::<Option<f64>>("rotation"),
        points: optional::<Option<Vec<f64>>>("points"),
        attributes: optional::<Option<Vec<super::AttributeVal>>>("attributes"),
        id: optional::<Option<i64>>("id"),
        frame: required::<i64>("frame")
    }
);
