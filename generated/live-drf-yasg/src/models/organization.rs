// @generated from specs/live/drf-yasg.json by the generator; do not edit.
//! [`Organization`] and the types nested in it, from `#/components/schemas/Organization`.

/// The `Organization` schema, which the spec does not describe (`#/definitions/Organization`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Organization {
    /// ID
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Slug
    pub slug: String,
    /// Name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub description: Option<Option<String>>,
    /// Created date
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Updated date
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Contact
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<std::collections::BTreeMap<String, String>>,
    /// The `owner` property, which the spec does not describe (`#/definitions/Organization/properties/owner`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<super::BasicUser>,
}
