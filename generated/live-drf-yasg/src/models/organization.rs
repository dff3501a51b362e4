// @generated from specs/live/drf-yasg.json by the generator; do not edit.
//! [`Organization`] and the types nested in it, from `#/components/schemas/Organization`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// The `Organization` schema, which the spec does not describe (`#/definitions/Organization`).
#[derive(Clone, Debug, PartialEq)]
pub struct Organization {
    /// ID
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// Slug
    pub slug: String,
    /// Name
    pub name: Option<String>,
    /// Description
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub description: Option<Option<String>>,
    /// Created date
    ///
    /// Read-only: set by the server, ignored when sent.
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Updated date
    ///
    /// Read-only: set by the server, ignored when sent.
    pub updated_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Contact
    pub contact: Option<std::collections::BTreeMap<String, String>>,
    /// The `owner` property, which the spec does not describe (`#/definitions/Organization/properties/owner`).
    pub owner: Option<super::BasicUser>,
}

serialize_struct!(
    runtime,
    Organization {
        id: optional("id"),
        slug: required("slug"),
        name: optional("name"),
        description: nullable("description"),
        created_date: optional("created_date"),
        updated_date: optional("updated_date"),
        contact: optional("contact"),
        owner: optional("owner")
    }
);

deserialize_struct!(
    runtime,
    Organization {
        id: optional::<Option<i64>>("id"),
        slug: required::<String>("slug"),
        name: optional::<Option<String>>("name"),
        description: nullable::<Option<String>>("description"),
        created_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_date"),
        updated_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("updated_date"),
        contact: optional::<Option<std::collections::BTreeMap<String, String>>>("contact"),
        owner: optional::<Option<super::BasicUser>>("owner")
    }
);
