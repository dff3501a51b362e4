// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabeledShape`] and the types nested in it, from `#/components/schemas/LabeledShape`.

/// The `LabeledShape` schema, which the spec does not describe (`#/components/schemas/LabeledShape`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct LabeledShape {
    /// The `type` property, which the spec does not describe (`#/components/schemas/LabeledShape/properties/type`).
    pub r#type: super::ShapeType,
    /// The `occluded` property, which the spec does not describe (`#/components/schemas/LabeledShape/properties/occluded`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occluded: Option<bool>,
    /// The `outside` property, which the spec does not describe (`#/components/schemas/LabeledShape/properties/outside`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outside: Option<bool>,
    /// The `z_order` property, which the spec does not describe (`#/components/schemas/LabeledShape/properties/z_order`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub z_order: Option<i64>,
    /// The `rotation` property, which the spec does not describe (`#/components/schemas/LabeledShape/properties/rotation`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotation: Option<f64>,
    /// The `points` property, which the spec does not describe (`#/components/schemas/LabeledShape/properties/points`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points: Option<Vec<f64>>,
    /// The `id` property, which the spec does not describe (`#/components/schemas/LabeledShape/properties/id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `label_id` property, which the spec does not describe (`#/components/schemas/LabeledShape/properties/label_id`).
    pub label_id: i64,
    /// The `group` property, which the spec does not describe (`#/components/schemas/LabeledShape/properties/group`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<i64>,
    /// The `source` property, which the spec does not describe (`#/components/schemas/LabeledShape/properties/source`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/LabeledShape/properties/frame`).
    pub frame: i64,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/LabeledShape/properties/attributes`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<super::AttributeVal>>,
    /// The `score` property, which the spec does not describe (`#/components/schemas/LabeledShape/properties/score`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// The `elements` property, which the spec does not describe (`#/components/schemas/LabeledShape/properties/elements`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub elements: Option<Vec<super::SubLabeledShape>>,
}
