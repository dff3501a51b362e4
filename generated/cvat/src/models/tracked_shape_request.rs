// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`TrackedShapeRequest`] and the types nested in it, from `#/components/schemas/TrackedShapeRequest`.

use crate::runtime::{self, serialize_struct};

/// The `TrackedShapeRequest` schema, which the spec does not describe (`#/components/schemas/TrackedShapeRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct TrackedShapeRequest {
    /// The `type` property, which the spec does not describe (`#/components/schemas/TrackedShapeRequest/properties/type`).
    pub r#type: super::ShapeType,
    /// The `occluded` property, which the spec does not describe (`#/components/schemas/TrackedShapeRequest/properties/occluded`).
    pub occluded: Option<bool>,
    /// The `outside` property, which the spec does not describe (`#/components/schemas/TrackedShapeRequest/properties/outside`).
    pub outside: Option<bool>,
    /// The `z_order` property, which the spec does not describe (`#/components/schemas/TrackedShapeRequest/properties/z_order`).
    pub z_order: Option<i64>,
    /// The `rotation` property, which the spec does not describe (`#/components/schemas/TrackedShapeRequest/properties/rotation`).
    pub rotation: Option<f64>,
    /// The `points` property, which the spec does not describe (`#/components/schemas/TrackedShapeRequest/properties/points`).
    pub points: Option<Vec<f64>>,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/TrackedShapeRequest/properties/attributes`).
    pub attributes: Option<Vec<super::AttributeValRequest>>,
    /// The `id` property, which the spec does not describe (`#/components/schemas/TrackedShapeRequest/properties/id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub id: Option<Option<i64>>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/TrackedShapeRequest/properties/frame`).
    pub frame: i64,
}

serialize_struct!(
    runtime,
    TrackedShapeRequest {
        r#type: required("type"),
        occluded: optional("occluded"),
        outside: optional("outside"),
        z_order: optional("z_order"),
        rotation: optional("rotation"),
        points: optional("points"),
        attributes: optional("attributes"),
        id: nullable("id"),
        frame: required("frame")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    TrackedShapeRequest {
        r#type: required::<super::ShapeType>("type"),
        occluded: optional::<Option<bool>>("occluded"),
        outside: optional::<Option<bool>>("outside"),
        z_order: optional::<Option<i64>>("z_order"),
        rotation: optional::<Option<f64>>("rotation"),
        points: optional::<Option<Vec<f64>>>("points"),
        attributes: optional::<Option<Vec<super::AttributeValRequest>>>("attributes"),
        id: nullable::<Option<i64>>("id"),
        frame: required::<i64>("frame")
    }
);
