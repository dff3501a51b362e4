// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Storage`] and the types nested in it, from `#/components/schemas/Storage`.

use crate::runtime::{self, deserialize_struct};

/// The `Storage` schema, which the spec does not describe (`#/components/schemas/Storage`).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Storage {
    /// The `id` property, which the spec does not describe (`#/components/schemas/Storage/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<i64>,
    /// The `location` property, which the spec does not describe (`#/components/schemas/Storage/properties/location`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub location: Option<super::LocationEnum>,
    /// The `cloud_storage_id` property, which the spec does not describe (`#/components/schemas/Storage/properties/cloud_storage_id`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub cloud_storage_id: Option<i64>,
}

deserialize_struct!(
    runtime,
    Storage {
        id: optional::<Option<i64>>("id"),
        location: optional::<Option<super::LocationEnum>>("location"),
        cloud_storage_id: optional::<Option<i64>>("cloud_storage_id")
    }
);
