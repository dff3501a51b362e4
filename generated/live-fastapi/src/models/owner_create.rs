// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`OwnerCreate`] and the types nested in it, from `#/components/schemas/OwnerCreate`.

/// OwnerCreate
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct OwnerCreate {
    /// Name
    pub name: String,
    /// Email
    pub email: String,
    /// Phone
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub phone: Option<Option<String>>,
}
