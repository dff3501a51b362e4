// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Usage`] and the types nested in it, from `#/components/schemas/Usage`.

#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
pub struct Usage {
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_id: Option<i64>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_ai_agent_calls: Option<String>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_ai_agent_calls: Option<String>,
}
