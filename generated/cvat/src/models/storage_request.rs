// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`StorageRequest`] and the types nested in it, from `#/components/schemas/StorageRequest`.

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct StorageRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<super::LocationEnum>,
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub cloud_storage_id: Option<Option<i64>>,
}
