// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ShapeRequest`] and the types nested in it, from `#/components/schemas/ShapeRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ShapeRequest {
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
}
