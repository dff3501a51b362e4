// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Function`] and the types nested in it, from `#/components/schemas/Function`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Function {
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    pub provider: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<super::KindEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels_v2: Option<Vec<super::FunctionLabel>>,
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
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<super::BasicUser>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility: Option<super::VisibilityEnum>,
}
