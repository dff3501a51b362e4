// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`TrackedShapeRequest`] and the types nested in it, from `#/components/schemas/TrackedShapeRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct TrackedShapeRequest {
    pub r#type: super::ShapeType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occluded: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outside: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub z_order: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotation: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points: Option<Vec<f64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<super::AttributeValRequest>>,
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub id: Option<Option<i64>>,
    pub frame: i64,
}
