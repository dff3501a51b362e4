// @generated from specs/features/nullable.yaml by the generator; do not edit.
//! [`PatchedGroup`] and the types nested in it, from `#/components/schemas/PatchedGroup`.

use crate::runtime::{self, serialize_struct};

/// Sent only; an optional nullable property distinguishes null from absent.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedGroup {
    /// The `name` property, which the spec does not describe (`#/components/schemas/PatchedGroup/properties/name`).
    pub name: Option<String>,
    /// The `permissions` property, which the spec does not describe (`#/components/schemas/PatchedGroup/properties/permissions`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub permissions: Option<Option<std::collections::BTreeMap<String, bool>>>,
    /// The `password` property, which the spec does not describe (`#/components/schemas/PatchedGroup/properties/password`).
    ///
    /// Write-only: sent, never returned.
    pub password: Option<String>,
}

serialize_struct!(
    runtime,
    PatchedGroup { name: optional("name"), permissions: nullable("permissions"), password: optional("password") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedGroup {
        name: optional::<Option<String>>("name"),
        permissions: nullable::<Option<std::collections::BTreeMap<String, bool>>>("permissions"),
        password: optional::<Option<String>>("password")
    }
);
