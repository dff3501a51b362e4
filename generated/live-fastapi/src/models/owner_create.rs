// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`OwnerCreate`] and the types nested in it, from `#/components/schemas/OwnerCreate`.

/// OwnerCreate
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct OwnerCreate {
    /// Name
    pub name: String,
    /// Email
    pub email: String,
    /// Phone
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub phone: Option<Option<String>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    OwnerCreate {
        name: required::<String>("name"),
        email: required::<String>("email"),
        phone: nullable::<Option<String>>("phone")
    }
);
