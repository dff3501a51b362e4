// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AccessTokenRead`] and the types nested in it, from `#/components/schemas/AccessTokenRead`.

/// The `AccessTokenRead` schema, which the spec does not describe (`#/components/schemas/AccessTokenRead`).
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct AccessTokenRead {
    /// The `id` property, which the spec does not describe (`#/components/schemas/AccessTokenRead/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// A free-form name for the token.
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/AccessTokenRead/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_date` property, which the spec does not describe (`#/components/schemas/AccessTokenRead/properties/updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Expires
    ///
    /// Once the token expires, clients cannot use it anymore.
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The last use date of the token. This field is NOT updated after each
    /// user request. The minimum expected resolution should be 1 day.
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_used_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `read_only` property, which the spec does not describe (`#/components/schemas/AccessTokenRead/properties/read_only`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/AccessTokenRead/properties/owner`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<super::BasicUser>,
    /// The raw value of the token. Must be saved by the user, returned only once
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
