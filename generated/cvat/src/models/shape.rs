// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Shape`] and the types nested in it, from `#/components/schemas/Shape`.

use crate::runtime::{self, deserialize_struct};

/// The `Shape` schema, which the spec does not describe (`#/components/schemas/Shape`).
#[derive(Clone, Debug, PartialEq)]
pub struct Shape {
    /// The `type` property, which the spec does not describe (`#/components/schemas/Shape/properties/type`).
    pub r#type: super::ShapeType,
    /// The `occluded` property, which the spec does not describe (`#/components/schemas/Shape/properties/occluded`).
    pub occluded: Option<bool>,
    /// The `outside` property, which the spec does not describe (`#/components/schemas/Shape/properties/outside`).
    pub outside: Option<bool>,
    /// The `z_order` property, which the spec does not describe (`#/components/schemas/Shape/properties/z_order`).
    pub z_order: Option<i64>,
    /// The `rotation` property, which the spec does not describe (`#/components/schemas/Shape/properties/rotation`).
    pub rotation: Option<f64>,
    /// The `points` property, which the spec does not describe (`#/components/schemas/Shape/properties/points`).
    pub points: Option<Vec<f64>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Shape {
        r#type: required("type"),
        occluded: optional("occluded"),
        outside: optional("outside"),
        z_order: optional("z_order"),
        rotation: optional("rotation"),
        points: optional("points")
    }
);

deserialize_struct!(
    runtime,
    Shape {
        r#type: required::<super::ShapeType>("type"),
        occluded: optional::<Option<bool>>("occluded"),
        outside: optional::<Option<bool>>("outside"),
        z_order: optional::<Option<i64>>("z_order"),
        rotation: optional::<Option<f64>>("rotation"),
        points: optional::<Option<Vec<f64>>>("points")
    }
);
