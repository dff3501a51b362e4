// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`TrackedShape`] and the types nested in it, from `#/components/schemas/TrackedShape`.

use crate::runtime::{self, deserialize_struct};

/// The `TrackedShape` schema, which the spec does not describe (`#/components/schemas/TrackedShape`).
#[derive(Clone, Debug, PartialEq)]
pub struct TrackedShape {
    /// The `type` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/type`).
    pub r#type: super::ShapeType,
    /// The `occluded` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/occluded`).
    pub occluded: Option<bool>,
    /// The `outside` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/outside`).
    pub outside: Option<bool>,
    /// The `z_order` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/z_order`).
    pub z_order: Option<i64>,
    /// The `rotation` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/rotation`).
    pub rotation: Option<f64>,
    /// The `points` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/points`).
    pub points: Option<Vec<f64>>,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/attributes`).
    pub attributes: Option<Vec<super::AttributeVal>>,
    /// The `id` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/id`).
    pub id: Option<i64>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/frame`).
    pub frame: i64,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TrackedShape {
        r#type: required("type"),
        occluded: optional("occluded"),
        outside: optional("outside"),
        z_order: optional("z_order"),
        rotation: optional("rotation"),
        points: optional("points"),
        attributes: optional("attributes"),
        id: optional("id"),
        frame: required("frame")
    }
);

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
