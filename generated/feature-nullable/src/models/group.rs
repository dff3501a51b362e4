// @generated from specs/features/nullable.yaml by the generator; do not edit.
//! [`Group`] and the types nested in it, from `#/components/schemas/Group`.

/// Received only; required readOnly stays required, optional nullable is a plain Option.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Group {
    /// Read-only: set by the server, ignored when sent.
    pub id: i64,
    pub name: String,
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<std::collections::BTreeMap<String, bool>>,
    /// Write-only: sent, never returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<super::GroupExtra>,
}

#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
pub struct GroupExtra {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Properties beyond the declared ones.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, i64>,
}
