// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`Owner`] and the types nested in it, from `#/components/schemas/Owner`.

use crate::runtime::{self, deserialize_struct};

/// Owner
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Owner {
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
    /// Id
    pub id: uuid::Uuid,
    /// Created At
    pub created_at: chrono::DateTime<chrono::Utc>,
}

deserialize_struct!(
    runtime,
    Owner {
        name: required::<String>("name"),
        email: required::<String>("email"),
        phone: nullable::<Option<String>>("phone"),
        id: required::<uuid::Uuid>("id"),
        created_at: required::<chrono::DateTime<chrono::Utc>>("created_at")
    }
);
