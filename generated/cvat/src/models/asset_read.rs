// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AssetRead`] and the types nested in it, from `#/components/schemas/AssetRead`.

use crate::runtime::{self, deserialize_struct};

/// The `AssetRead` schema, which the spec does not describe (`#/components/schemas/AssetRead`).
#[derive(Clone, Debug, PartialEq)]
pub struct AssetRead {
    /// The `uuid` property, which the spec does not describe (`#/components/schemas/AssetRead/properties/uuid`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub uuid: Option<uuid::Uuid>,
    /// The `filename` property, which the spec does not describe (`#/components/schemas/AssetRead/properties/filename`).
    pub filename: String,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/AssetRead/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/AssetRead/properties/owner`).
    pub owner: Option<super::BasicUser>,
    /// The `guide_id` property, which the spec does not describe (`#/components/schemas/AssetRead/properties/guide_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub guide_id: Option<i64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AssetRead {
        uuid: optional("uuid"),
        filename: required("filename"),
        created_date: optional("created_date"),
        owner: optional("owner"),
        guide_id: optional("guide_id")
    }
);

deserialize_struct!(
    runtime,
    AssetRead {
        uuid: optional::<Option<uuid::Uuid>>("uuid"),
        filename: required::<String>("filename"),
        created_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_date"),
        owner: optional::<Option<super::BasicUser>>("owner"),
        guide_id: optional::<Option<i64>>("guide_id")
    }
);
