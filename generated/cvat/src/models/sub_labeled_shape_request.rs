// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SubLabeledShapeRequest`] and the types nested in it, from `#/components/schemas/SubLabeledShapeRequest`.

use crate::runtime::{self, serialize_struct};

/// The `SubLabeledShapeRequest` schema, which the spec does not describe (`#/components/schemas/SubLabeledShapeRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct SubLabeledShapeRequest {
    /// The `type` property, which the spec does not describe (`#/components/schemas/SubLabeledShapeRequest/properties/type`).
    pub r#type: super::ShapeType,
    /// The `occluded` property, which the spec does not describe (`#/components/schemas/SubLabeledShapeRequest/properties/occluded`).
    pub occluded: Option<bool>,
    /// The `outside` property, which the spec does not describe (`#/components/schemas/SubLabeledShapeRequest/properties/outside`).
    pub outside: Option<bool>,
    /// The `z_order` property, which the spec does not describe (`#/components/schemas/SubLabeledShapeRequest/properties/z_order`).
    pub z_order: Option<i64>,
    /// The `rotation` property, which the spec does not describe (`#/components/schemas/SubLabeledShapeRequest/properties/rotation`).
    pub rotation: Option<f64>,
    /// The `points` property, which the spec does not describe (`#/components/schemas/SubLabeledShapeRequest/properties/points`).
    pub points: Option<Vec<f64>>,
    /// The `id` property, which the spec does not describe (`#/components/schemas/SubLabeledShapeRequest/properties/id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub id: Option<Option<i64>>,
    /// The `label_id` property, which the spec does not describe (`#/components/schemas/SubLabeledShapeRequest/properties/label_id`).
    pub label_id: i64,
    /// The `group` property, which the spec does not describe (`#/components/schemas/SubLabeledShapeRequest/properties/group`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub group: Option<Option<i64>>,
    /// The `source` property, which the spec does not describe (`#/components/schemas/SubLabeledShapeRequest/properties/source`).
    pub source: Option<String>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/SubLabeledShapeRequest/properties/frame`).
    pub frame: i64,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/SubLabeledShapeRequest/properties/attributes`).
    pub attributes: Option<Vec<super::AttributeValRequest>>,
    /// The `score` property, which the spec does not describe (`#/components/schemas/SubLabeledShapeRequest/properties/score`).
    pub score: Option<f64>,
}

serialize_struct!(
    runtime,
    SubLabeledShapeRequest {
        r#type: required("type"),
        occluded: optional("occluded"),
        outside: optional("outside"),
        z_order: optional("z_order"),
        rotation: optional("rotation"),
        points: optional("points"),
        id: nullable("id"),
        label_id: required("label_id"),
        group: nullable("group"),
        source: optional("source"),
        frame: required("frame"),
        attributes: optional("attributes"),
        score: optional("score")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    SubLabeledShapeRequest {
        r#type: required::<super::ShapeType>("type"),
        occluded: optional::<Option<bool>>("occluded"),
        outside: optional::<Option<bool>>("outside"),
        z_order: optional::<Option<i64>>("z_order"),
        rotation: optional::<Option<f64>>("rotation"),
        points: optional::<Option<Vec<f64>>>("points"),
        id: nullable::<Option<i64>>("id"),
        label_id: required::<i64>("label_id"),
        group: nullable::<Option<i64>>("group"),
        source: optional::<Option<String>>("source"),
        frame: required::<i64>("frame"),
        attributes: optional::<Option<Vec<super::AttributeValRequest>>>("attributes"),
        score: optional::<Option<f64>>("score")
    }
);
