// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AttributedShapeRequest`] and the types nested in it, from `#/components/schemas/AttributedShapeRequest`.

/// The `AttributedShapeRequest` schema, which the spec does not describe (`#/components/schemas/AttributedShapeRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct AttributedShapeRequest {
    /// The `type` property, which the spec does not describe (`#/components/schemas/AttributedShapeRequest/properties/type`).
    pub r#type: super::ShapeType,
    /// The `occluded` property, which the spec does not describe (`#/components/schemas/AttributedShapeRequest/properties/occluded`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occluded: Option<bool>,
    /// The `outside` property, which the spec does not describe (`#/components/schemas/AttributedShapeRequest/properties/outside`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outside: Option<bool>,
    /// The `z_order` property, which the spec does not describe (`#/components/schemas/AttributedShapeRequest/properties/z_order`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub z_order: Option<i64>,
    /// The `rotation` property, which the spec does not describe (`#/components/schemas/AttributedShapeRequest/properties/rotation`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotation: Option<f64>,
    /// The `points` property, which the spec does not describe (`#/components/schemas/AttributedShapeRequest/properties/points`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points: Option<Vec<f64>>,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/AttributedShapeRequest/properties/attributes`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<super::AttributeValRequest>>,
}
