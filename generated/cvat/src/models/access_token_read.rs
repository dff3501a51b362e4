// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AccessTokenRead`] and the types nested in it, from `#/components/schemas/AccessTokenRead`.

#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
pub struct AccessTokenRead {
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// A free-form name for the token.
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
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
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<super::BasicUser>,
    /// The raw value of the token. Must be saved by the user, returned only once
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
