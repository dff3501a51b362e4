// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AccessTokenRead`] and the types nested in it, from `#/components/schemas/AccessTokenRead`.

use crate::runtime::{self, deserialize_struct};

/// The `AccessTokenRead` schema, which the spec does not describe (`#/components/schemas/AccessTokenRead`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AccessTokenRead {
    /// The `id` property, which the spec does not describe (`#/components/schemas/AccessTokenRead/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// A free-form name for the token.
    ///
    /// Read-only: set by the server, ignored when sent.
    pub name: Option<String>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/AccessTokenRead/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_date` property, which the spec does not describe (`#/components/schemas/AccessTokenRead/properties/updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub updated_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Expires
    ///
    /// Once the token expires, clients cannot use it anymore.
    ///
    /// Read-only: set by the server, ignored when sent.
    pub expiry_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The last use date of the token. This field is NOT updated after each
    /// user request. The minimum expected resolution should be 1 day.
    ///
    /// Read-only: set by the server, ignored when sent.
    pub last_used_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `read_only` property, which the spec does not describe (`#/components/schemas/AccessTokenRead/properties/read_only`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub read_only: Option<bool>,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/AccessTokenRead/properties/owner`).
    pub owner: Option<super::BasicUser>,
    /// The raw value of the token. Must be saved by the user, returned only once
    pub value: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AccessTokenRead {
        id: optional("id"),
        name: optional("name"),
        created_date: optional("created_date"),
        updated_date: optional("updated_date"),
        expiry_date: optional("expiry_date"),
        last_used_date: optional("last_used_date"),
        read_only: optional("read_only"),
        owner: optional("owner"),
        value: optional("value")
    }
);

deserialize_struct!(
    runtime,
    AccessTokenRead {
        id: optional::<Option<i64>>("id"),
        name: optional::<Option<String>>("name"),
        created_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_date"),
        updated_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("updated_date"),
        expiry_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("expiry_date"),
        last_used_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("last_used_date"),
        read_only: optional::<Option<bool>>("read_only"),
        owner: optional::<Option<super::BasicUser>>("owner"),
        value: optional::<Option<String>>("value")
    }
);
