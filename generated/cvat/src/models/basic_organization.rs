// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`BasicOrganization`] and the types nested in it, from `#/components/schemas/BasicOrganization`.

#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
pub struct BasicOrganization {
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
}
