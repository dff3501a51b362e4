// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`TrackedShapeRequest`] and the types nested in it, from `#/components/schemas/TrackedShapeRequest`.

/// The `TrackedShapeRequest` schema, which the spec does not describe (`#/components/schemas/TrackedShapeRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct TrackedShapeRequest {
    /// The `type` property, which the spec does not describe (`#/components/schemas/TrackedShapeRequest/properties/type`).
    pub r#type: super::ShapeType,
    /// The `occluded` property, which the spec does not describe (`#/components/schemas/TrackedShapeRequest/properties/occluded`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occluded: Option<bool>,
    /// The `outside` property, which the spec does not describe (`#/components/schemas/TrackedShapeRequest/properties/outside`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outside: Option<bool>,
    /// The `z_order` property, which the spec does not describe (`#/components/schemas/TrackedShapeRequest/properties/z_order`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub z_order: Option<i64>,
    /// The `rotation` property, which the spec does not describe (`#/components/schemas/TrackedShapeRequest/properties/rotation`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotation: Option<f64>,
    /// The `points` property, which the spec does not describe (`#/components/schemas/TrackedShapeRequest/properties/points`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points: Option<Vec<f64>>,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/TrackedShapeRequest/properties/attributes`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<super::AttributeValRequest>>,
    /// The `id` property, which the spec does not describe (`#/components/schemas/TrackedShapeRequest/properties/id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub id: Option<Option<i64>>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/TrackedShapeRequest/properties/frame`).
    pub frame: i64,
}
