// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`Owner`] and the types nested in it, from `#/components/schemas/Owner`.

/// Owner
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Owner {
    /// Name
    pub name: String,
    /// Email
    pub email: String,
    /// Phone
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub phone: Option<Option<String>>,
    /// Id
    pub id: uuid::Uuid,
    /// Created At
    pub created_at: chrono::DateTime<chrono::Utc>,
}
