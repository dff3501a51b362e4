// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabeledShapeRequest`] and the types nested in it, from `#/components/schemas/LabeledShapeRequest`.

/// The `LabeledShapeRequest` schema, which the spec does not describe (`#/components/schemas/LabeledShapeRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct LabeledShapeRequest {
    /// The `type` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/type`).
    pub r#type: super::ShapeType,
    /// The `occluded` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/occluded`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub occluded: Option<bool>,
    /// The `outside` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/outside`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outside: Option<bool>,
    /// The `z_order` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/z_order`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub z_order: Option<i64>,
    /// The `rotation` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/rotation`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rotation: Option<f64>,
    /// The `points` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/points`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub points: Option<Vec<f64>>,
    /// The `id` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub id: Option<Option<i64>>,
    /// The `label_id` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/label_id`).
    pub label_id: i64,
    /// The `group` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/group`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub group: Option<Option<i64>>,
    /// The `source` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/source`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/frame`).
    pub frame: i64,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/attributes`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<super::AttributeValRequest>>,
    /// The `score` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/score`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// The `elements` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/elements`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub elements: Option<Vec<super::SubLabeledShapeRequest>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    LabeledShapeRequest {
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
        score: optional::<Option<f64>>("score"),
        elements: optional::<Option<Vec<super::SubLabeledShapeRequest>>>("elements")
    }
);
