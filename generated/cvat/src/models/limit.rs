// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Limit`] and the types nested in it, from `#/components/schemas/Limit`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Limit {
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org: Option<i64>,
    pub r#type: super::LimitTypeEnum,
    pub limits: super::LimitsField,
}
