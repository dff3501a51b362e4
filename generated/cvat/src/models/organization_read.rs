// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`OrganizationRead`] and the types nested in it, from `#/components/schemas/OrganizationRead`.

use crate::runtime::{self, deserialize_struct};

/// The `OrganizationRead` schema, which the spec does not describe (`#/components/schemas/OrganizationRead`).
#[derive(Clone, Debug, PartialEq)]
pub struct OrganizationRead {
    /// The `id` property, which the spec does not describe (`#/components/schemas/OrganizationRead/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// The `slug` property, which the spec does not describe (`#/components/schemas/OrganizationRead/properties/slug`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub slug: Option<String>,
    /// The `name` property, which the spec does not describe (`#/components/schemas/OrganizationRead/properties/name`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub name: Option<String>,
    /// The `description` property, which the spec does not describe (`#/components/schemas/OrganizationRead/properties/description`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub description: Option<String>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/OrganizationRead/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_date` property, which the spec does not describe (`#/components/schemas/OrganizationRead/properties/updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub updated_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `contact` property, which the spec does not describe (`#/components/schemas/OrganizationRead/properties/contact`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub contact: Option<serde_json::Value>,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/OrganizationRead/properties/owner`).
    pub owner: Option<super::BasicUser>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    OrganizationRead {
        id: optional("id"),
        slug: optional("slug"),
        name: optional("name"),
        description: optional("description"),
        created_date: optional("created_date"),
        updated_date: optional("updated_date"),
        contact: optional("contact"),
        owner: required("owner")
    }
);

deserialize_struct!(
    runtime,
    OrganizationRead {
        id: optional::<Option<i64>>("id"),
        slug: optional::<Option<String>>("slug"),
        name: optional::<Option<String>>("name"),
        description: optional::<Option<String>>("description"),
        created_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_date"),
        updated_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("updated_date"),
        contact: optional::<Option<serde_json::Value>>("contact"),
        owner: optional::<Option<super::BasicUser>>("owner")
    }
);
