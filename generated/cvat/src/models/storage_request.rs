// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`StorageRequest`] and the types nested in it, from `#/components/schemas/StorageRequest`.

use crate::runtime::{self, serialize_struct};

/// The `StorageRequest` schema, which the spec does not describe (`#/components/schemas/StorageRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StorageRequest {
    /// The `location` property, which the spec does not describe (`#/components/schemas/StorageRequest/properties/location`).
    pub location: Option<super::LocationEnum>,
    /// The `cloud_storage_id` property, which the spec does not describe (`#/components/schemas/StorageRequest/properties/cloud_storage_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub cloud_storage_id: Option<Option<i64>>,
}

serialize_struct!(
    runtime,
    StorageRequest { location: optional("location"), cloud_storage_id: nullable("cloud_storage_id") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    StorageRequest {
        location: optional::<Option<super::LocationEnum>>("location"),
        cloud_storage_id: nullable::<Option<i64>>("cloud_storage_id")
    }
);
