// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Storage`] and the types nested in it, from `#/components/schemas/Storage`.

use crate::runtime::{self, deserialize_struct};

/// The `Storage` schema, which the spec does not describe (`#/components/schemas/Storage`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Storage {
    /// The `id` property, which the spec does not describe (`#/components/schemas/Storage/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// The `location` property, which the spec does not describe (`#/components/schemas/Storage/properties/location`).
    pub location: Option<super::LocationEnum>,
    /// The `cloud_storage_id` property, which the spec does not describe (`#/components/schemas/Storage/properties/cloud_storage_id`).
    pub cloud_storage_id: Option<i64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Storage { id: optional("id"), location: optional("location"), cloud_storage_id: optional("cloud_storage_id") }
);

deserialize_struct!(
    runtime,
    Storage {
        id: optional::<Option<i64>>("id"),
        location: optional::<Option<super::LocationEnum>>("location"),
        cloud_storage_id: optional::<Option<i64>>("cloud_storage_id")
    }
);
