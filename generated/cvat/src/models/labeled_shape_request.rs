// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabeledShapeRequest`] and the types nested in it, from `#/components/schemas/LabeledShapeRequest`.

/// The `LabeledShapeRequest` schema, which the spec does not describe (`#/components/schemas/LabeledShapeRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct LabeledShapeRequest {
    /// The `type` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/type`).
    pub r#type: super::ShapeType,
    /// The `occluded` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/occluded`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occluded: Option<bool>,
    /// The `outside` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/outside`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outside: Option<bool>,
    /// The `z_order` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/z_order`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub z_order: Option<i64>,
    /// The `rotation` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/rotation`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotation: Option<f64>,
    /// The `points` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/points`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points: Option<Vec<f64>>,
    /// The `id` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub id: Option<Option<i64>>,
    /// The `label_id` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/label_id`).
    pub label_id: i64,
    /// The `group` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/group`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub group: Option<Option<i64>>,
    /// The `source` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/source`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/frame`).
    pub frame: i64,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/attributes`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<super::AttributeValRequest>>,
    /// The `score` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/score`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// The `elements` property, which the spec does not describe (`#/components/schemas/LabeledShapeRequest/properties/elements`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub elements: Option<Vec<super::SubLabeledShapeRequest>>,
}
