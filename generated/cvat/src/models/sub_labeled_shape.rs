// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SubLabeledShape`] and the types nested in it, from `#/components/schemas/SubLabeledShape`.

use crate::runtime::{self, deserialize_struct};

/// The `SubLabeledShape` schema, which the spec does not describe (`#/components/schemas/SubLabeledShape`).
#[derive(Clone, Debug, PartialEq)]
pub struct SubLabeledShape {
    /// The `type` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/type`).
    pub r#type: super::ShapeType,
    /// The `occluded` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/occluded`).
    pub occluded: Option<bool>,
    /// The `outside` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/outside`).
    pub outside: Option<bool>,
    /// The `z_order` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/z_order`).
    pub z_order: Option<i64>,
    /// The `rotation` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/rotation`).
    pub rotation: Option<f64>,
    /// The `points` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/points`).
    pub points: Option<Vec<f64>>,
    /// The `id` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/id`).
    pub id: Option<i64>,
    /// The `label_id` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/label_id`).
    pub label_id: i64,
    /// The `group` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/group`).
    pub group: Option<i64>,
    /// The `source` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/source`).
    pub source: Option<String>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/frame`).
    pub frame: i64,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/attributes`).
    pub attributes: Option<Vec<super::AttributeVal>>,
    /// The `score` property, which the spec does not describe (`#/components/schemas/SubLabeledShape/properties/score`).
    pub score: Option<f64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SubLabeledShape {
        r#type: required("type"),
        occluded: optional("occluded"),
        outside: optional("outside"),
        z_order: optional("z_order"),
        rotation: optional("rotation"),
        points: optional("points"),
        id: optional("id"),
        label_id: required("label_id"),
        group: optional("group"),
        source: optional("source"),
        frame: required("frame"),
        attributes: optional("attributes"),
        score: optional("score")
    }
);

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
