// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`Organization`] and the types nested in it, from `#/components/schemas/Organization`.

use crate::runtime::{self, deserialize_struct};

/// The `Organization` schema, which the spec does not describe (`#/components/schemas/Organization`).
#[derive(Clone, Debug, PartialEq)]
pub struct Organization {
    /// The `id` property, which the spec does not describe (`#/components/schemas/Organization/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: i64,
    /// The `slug` property, which the spec does not describe (`#/components/schemas/Organization/properties/slug`).
    pub slug: String,
    /// The `name` property, which the spec does not describe (`#/components/schemas/Organization/properties/name`).
    pub name: Option<String>,
    /// The `description` property, which the spec does not describe (`#/components/schemas/Organization/properties/description`).
    pub description: Option<String>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/Organization/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub created_date: chrono::DateTime<chrono::Utc>,
    /// The `updated_date` property, which the spec does not describe (`#/components/schemas/Organization/properties/updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub updated_date: chrono::DateTime<chrono::Utc>,
    /// The `contact` property, which the spec does not describe (`#/components/schemas/Organization/properties/contact`).
    pub contact: Option<std::collections::BTreeMap<String, String>>,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/Organization/properties/owner`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub owner: super::BasicUser,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Organization {
        id: required("id"),
        slug: required("slug"),
        name: optional("name"),
        description: optional("description"),
        created_date: required("created_date"),
        updated_date: required("updated_date"),
        contact: optional("contact"),
        owner: required("owner")
    }
);

deserialize_struct!(
    runtime,
    Organization {
        id: required::<i64>("id"),
        slug: required::<String>("slug"),
        name: optional::<Option<String>>("name"),
        description: optional::<Option<String>>("description"),
        created_date: required::<chrono::DateTime<chrono::Utc>>("created_date"),
        updated_date: required::<chrono::DateTime<chrono::Utc>>("updated_date"),
        contact: optional::<Option<std::collections::BTreeMap<String, String>>>("contact"),
        owner: required::<super::BasicUser>("owner")
    }
);
