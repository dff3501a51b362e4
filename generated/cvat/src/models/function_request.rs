// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionRequest`] and the types nested in it, from `#/components/schemas/FunctionRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct FunctionRequest {
    pub provider: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Write-only: sent, never returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<super::KindEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels_v2: Option<Vec<super::FunctionLabelRequest>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_pos_points: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_neg_points: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub startswith_box: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub startswith_box_optional: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supported_shape_types: Option<Vec<super::ShapeType>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility: Option<super::VisibilityEnum>,
}
