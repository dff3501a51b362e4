// @generated from specs/features/openapi31.yaml by the generator; do not edit.
//! [`Adoption`] and the types nested in it, from `#/components/schemas/Adoption`.

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Adoption {
    pub pet_id: i64,
    pub at: chrono::DateTime<chrono::Utc>,
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub note: Option<Option<String>>,
}
