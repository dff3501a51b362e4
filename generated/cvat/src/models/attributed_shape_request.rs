// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AttributedShapeRequest`] and the types nested in it, from `#/components/schemas/AttributedShapeRequest`.

use crate::runtime::{self, serialize_struct};

/// The `AttributedShapeRequest` schema, which the spec does not describe (`#/components/schemas/AttributedShapeRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct AttributedShapeRequest {
    /// The `type` property, which the spec does not describe (`#/components/schemas/AttributedShapeRequest/properties/type`).
    pub r#type: super::ShapeType,
    /// The `occluded` property, which the spec does not describe (`#/components/schemas/AttributedShapeRequest/properties/occluded`).
    pub occluded: Option<bool>,
    /// The `outside` property, which the spec does not describe (`#/components/schemas/AttributedShapeRequest/properties/outside`).
    pub outside: Option<bool>,
    /// The `z_order` property, which the spec does not describe (`#/components/schemas/AttributedShapeRequest/properties/z_order`).
    pub z_order: Option<i64>,
    /// The `rotation` property, which the spec does not describe (`#/components/schemas/AttributedShapeRequest/properties/rotation`).
    pub rotation: Option<f64>,
    /// The `points` property, which the spec does not describe (`#/components/schemas/AttributedShapeRequest/properties/points`).
    pub points: Option<Vec<f64>>,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/AttributedShapeRequest/properties/attributes`).
    pub attributes: Option<Vec<super::AttributeValRequest>>,
}

serialize_struct!(
    runtime,
    AttributedShapeRequest {
        r#type: required("type"),
        occluded: optional("occluded"),
        outside: optional("outside"),
        z_order: optional("z_order"),
        rotation: optional("rotation"),
        points: optional("points"),
        attributes: optional("attributes")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AttributedShapeRequest {
        r#type: required::<super::ShapeType>("type"),
        occluded: optional::<Option<bool>>("occluded"),
        outside: optional::<Option<bool>>("outside"),
        z_order: optional::<Option<i64>>("z_order"),
        rotation: optional::<Option<f64>>("rotation"),
        points: optional::<Option<Vec<f64>>>("points"),
        attributes: optional::<Option<Vec<super::AttributeValRequest>>>("attributes")
    }
);
