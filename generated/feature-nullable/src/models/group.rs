// @generated from specs/features/nullable.yaml by the generator; do not edit.
//! [`Group`] and the types nested in it, from `#/components/schemas/Group`.

use crate::runtime::{self, deserialize_struct};

/// Received only; required readOnly stays required, optional nullable is a plain Option.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// The `id` property, which the spec does not describe (`#/components/schemas/Group/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: i64,
    /// The `name` property, which the spec does not describe (`#/components/schemas/Group/properties/name`).
    pub name: String,
    /// The `description` property, which the spec does not describe (`#/components/schemas/Group/properties/description`).
    pub description: Option<String>,
    /// The `permissions` property, which the spec does not describe (`#/components/schemas/Group/properties/permissions`).
    pub permissions: Option<std::collections::BTreeMap<String, bool>>,
    /// The `secret` property, which the spec does not describe (`#/components/schemas/Group/properties/secret`).
    ///
    /// Write-only: sent, never returned.
    pub secret: Option<String>,
    /// The `extra` property, which the spec does not describe (`#/components/schemas/Group/properties/extra`).
    pub extra: Option<super::GroupExtra>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Group {
        id: required("id"),
        name: required("name"),
        description: required("description"),
        permissions: optional("permissions"),
        secret: optional("secret"),
        extra: optional("extra")
    }
);

deserialize_struct!(
    runtime,
    Group {
        id: required::<i64>("id"),
        name: required::<String>("name"),
        description: optional::<Option<String>>("description"),
        permissions: optional::<Option<std::collections::BTreeMap<String, bool>>>("permissions"),
        secret: optional::<Option<String>>("secret"),
        extra: optional::<Option<super::GroupExtra>>("extra")
    }
);

/// An inline schema, which the spec does not describe (`#/components/schemas/Group/properties/extra`).
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct GroupExtra {
    /// The `note` property, which the spec does not describe (`#/components/schemas/Group/properties/extra/properties/note`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Properties beyond the declared ones.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, i64>,
}
