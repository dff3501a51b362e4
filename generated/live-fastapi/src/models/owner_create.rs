// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`OwnerCreate`] and the types nested in it, from `#/components/schemas/OwnerCreate`.

use crate::runtime::{self, serialize_struct};

/// OwnerCreate
#[derive(Clone, Debug, PartialEq)]
pub struct OwnerCreate {
    /// Name
    pub name: String,
    /// Email
    pub email: String,
    /// Phone
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub phone: Option<Option<String>>,
}

serialize_struct!(runtime, OwnerCreate { name: required("name"), email: required("email"), phone: nullable("phone") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    OwnerCreate {
        name: required::<String>("name"),
        email: required::<String>("email"),
        phone: nullable::<Option<String>>("phone")
    }
);
