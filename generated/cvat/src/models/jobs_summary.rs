// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`JobsSummary`] and the types nested in it, from `#/components/schemas/JobsSummary`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct JobsSummary {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    pub completed: Option<i64>,
    pub validation: Option<i64>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
