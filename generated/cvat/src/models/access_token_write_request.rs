// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AccessTokenWriteRequest`] and the types nested in it, from `#/components/schemas/AccessTokenWriteRequest`.

/// The `AccessTokenWriteRequest` schema, which the spec does not describe (`#/components/schemas/AccessTokenWriteRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct AccessTokenWriteRequest {
    /// A free-form name for the token. Doesn't have to be unique
    pub name: String,
    /// Expires
    ///
    /// Once the token expires, clients cannot use it anymore.
    /// If not set, the token will not expire.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub expiry_date: Option<Option<chrono::DateTime<chrono::Utc>>>,
    /// The `read_only` property, which the spec does not describe (`#/components/schemas/AccessTokenWriteRequest/properties/read_only`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AccessTokenWriteRequest {
        name: required::<String>("name"),
        expiry_date: nullable::<Option<chrono::DateTime<chrono::Utc>>>("expiry_date"),
        read_only: optional::<Option<bool>>("read_only")
    }
);
