// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`Owner`] and the types nested in it, from `#/components/schemas/Owner`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// Owner
#[derive(Clone, Debug, PartialEq)]
pub struct Owner {
    /// Name
    pub name: String,
    /// Email
    pub email: String,
    /// Phone
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub phone: Option<Option<String>>,
    /// Id
    pub id: uuid::Uuid,
    /// Created At
    pub created_at: chrono::DateTime<chrono::Utc>,
}

serialize_struct!(
    runtime,
    Owner {
        name: required("name"),
        email: required("email"),
        phone: nullable("phone"),
        id: required("id"),
        created_at: required("created_at")
    }
);

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
