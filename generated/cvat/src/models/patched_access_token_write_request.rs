// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedAccessTokenWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedAccessTokenWriteRequest`.

use crate::runtime::{self, serialize_struct};

/// The `PatchedAccessTokenWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedAccessTokenWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedAccessTokenWriteRequest {
    /// A free-form name for the token. Doesn't have to be unique
    pub name: Option<String>,
    /// Expires
    ///
    /// Once the token expires, clients cannot use it anymore.
    /// If not set, the token will not expire.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub expiry_date: Option<Option<chrono::DateTime<chrono::Utc>>>,
    /// The `read_only` property, which the spec does not describe (`#/components/schemas/PatchedAccessTokenWriteRequest/properties/read_only`).
    pub read_only: Option<bool>,
}

serialize_struct!(
    runtime,
    PatchedAccessTokenWriteRequest {
        name: optional("name"),
        expiry_date: nullable("expiry_date"),
        read_only: optional("read_only")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedAccessTokenWriteRequest {
        name: optional::<Option<String>>("name"),
        expiry_date: nullable::<Option<chrono::DateTime<chrono::Utc>>>("expiry_date"),
        read_only: optional::<Option<bool>>("read_only")
    }
);
