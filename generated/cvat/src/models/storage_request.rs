// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`StorageRequest`] and the types nested in it, from `#/components/schemas/StorageRequest`.

/// The `StorageRequest` schema, which the spec does not describe (`#/components/schemas/StorageRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct StorageRequest {
    /// The `location` property, which the spec does not describe (`#/components/schemas/StorageRequest/properties/location`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<super::LocationEnum>,
    /// The `cloud_storage_id` property, which the spec does not describe (`#/components/schemas/StorageRequest/properties/cloud_storage_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub cloud_storage_id: Option<Option<i64>>,
}
