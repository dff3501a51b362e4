// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ShapeRequest`] and the types nested in it, from `#/components/schemas/ShapeRequest`.

use crate::runtime::{self, serialize_struct};

/// The `ShapeRequest` schema, which the spec does not describe (`#/components/schemas/ShapeRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct ShapeRequest {
    /// The `type` property, which the spec does not describe (`#/components/schemas/ShapeRequest/properties/type`).
    pub r#type: super::ShapeType,
    /// The `occluded` property, which the spec does not describe (`#/components/schemas/ShapeRequest/properties/occluded`).
    pub occluded: Option<bool>,
    /// The `outside` property, which the spec does not describe (`#/components/schemas/ShapeRequest/properties/outside`).
    pub outside: Option<bool>,
    /// The `z_order` property, which the spec does not describe (`#/components/schemas/ShapeRequest/properties/z_order`).
    pub z_order: Option<i64>,
    /// The `rotation` property, which the spec does not describe (`#/components/schemas/ShapeRequest/properties/rotation`).
    pub rotation: Option<f64>,
    /// The `points` property, which the spec does not describe (`#/components/schemas/ShapeRequest/properties/points`).
    pub points: Option<Vec<f64>>,
}

serialize_struct!(
    runtime,
    ShapeRequest {
        r#type: required("type"),
        occluded: optional("occluded"),
        outside: optional("outside"),
        z_order: optional("z_order"),
        rotation: optional("rotation"),
        points: optional("points")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    ShapeRequest {
        r#type: required::<super::ShapeType>("type"),
        occluded: optional::<Option<bool>>("occluded"),
        outside: optional::<Option<bool>>("outside"),
        z_order: optional::<Option<i64>>("z_order"),
        rotation: optional::<Option<f64>>("rotation"),
        points: optional::<Option<Vec<f64>>>("points")
    }
);
