// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedAccessTokenWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedAccessTokenWriteRequest`.

/// The `PatchedAccessTokenWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedAccessTokenWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct PatchedAccessTokenWriteRequest {
    /// A free-form name for the token. Doesn't have to be unique
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Expires
    ///
    /// Once the token expires, clients cannot use it anymore.
    /// If not set, the token will not expire.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub expiry_date: Option<Option<chrono::DateTime<chrono::Utc>>>,
    /// The `read_only` property, which the spec does not describe (`#/components/schemas/PatchedAccessTokenWriteRequest/properties/read_only`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
}
