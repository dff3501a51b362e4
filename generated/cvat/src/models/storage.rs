// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Storage`] and the types nested in it, from `#/components/schemas/Storage`.

#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
pub struct Storage {
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<super::LocationEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_storage_id: Option<i64>,
}
