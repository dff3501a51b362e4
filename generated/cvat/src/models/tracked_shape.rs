// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`TrackedShape`] and the types nested in it, from `#/components/schemas/TrackedShape`.

/// The `TrackedShape` schema, which the spec does not describe (`#/components/schemas/TrackedShape`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct TrackedShape {
    /// The `type` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/type`).
    pub r#type: super::ShapeType,
    /// The `occluded` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/occluded`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occluded: Option<bool>,
    /// The `outside` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/outside`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outside: Option<bool>,
    /// The `z_order` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/z_order`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub z_order: Option<i64>,
    /// The `rotation` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/rotation`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotation: Option<f64>,
    /// The `points` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/points`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points: Option<Vec<f64>>,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/attributes`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<super::AttributeVal>>,
    /// The `id` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/TrackedShape/properties/frame`).
    pub frame: i64,
}
